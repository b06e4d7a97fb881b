package coder_test

import "testing"

// TestPatrolVessel: a patrol boat of a country ("una patrullera maltesa",
// "un patrullero de Malta") is its armed force (MIL), not its government.
func TestPatrolVessel(t *testing.T) {
	for _, text := range []string{
		"Una patrullera de Malta interceptó un barco pesquero italiano.",
		"Un patrullero maltés interceptó un barco pesquero italiano.",
	} {
		d := run(t, "es", "2025-06-17", text)
		if got := partyCode(d, "191", false); got != "MLTMIL" {
			t.Errorf("%q: source %q, want MLTMIL", text, got)
		}
	}
}
