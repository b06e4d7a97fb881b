package actors

import "testing"

// Those who serve in a force or crew its vessels (kind crew), after a
// possessive that stands for an armed force, are that force (MIL); the
// sailors of a shipping firm keep their own role, civilians.
func TestCrewOfAForce(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en a navy's sailors are military", lang: "en", text: "The Libyan navy said its sailors had fired warning shots.", want: []want{{"its sailors", "LBYMIL"}}},
		{name: "en an army's crew members are military", lang: "en", text: "The Sudanese army said its crew members were safe.", want: []want{{"its crew members", "SDNMIL"}}},
		{name: "en a firm's sailors stay civilians", lang: "en", text: "A Greek shipping company said its sailors were safe.", want: []want{{"its sailors", "GRCCVL"}}},
		{name: "en a government's sailors stay civilians", lang: "en", text: "The Greek government said its sailors were safe.", want: []want{{"its sailors", "GRCCVL"}}},
	})
}
