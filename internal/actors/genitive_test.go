package actors

import "testing"

// A major town's name in the genitive before an agent, a town the
// article names as a place elsewhere, gives the agent the town's country
// ("Misrata's armed brigades" are Libya's); a surname in the genitive, or
// a town the article never names as a place, gives none.
func TestTownGenitive(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en a town's militias", lang: "en", text: "Turkey condemned the shelling of ports in Misrata. Misrata's militias attacked the port.", want: []want{{"militias", "LBYREB"}}},
		{name: "en a town's police", lang: "en", text: "Clashes broke out in Benghazi on Monday. Benghazi's police arrested 12 protesters.", want: []want{{"police", "LBYCOP"}}},
		{name: "en a surname's supporters", lang: "en", text: "Turkey backs the government. Smith's supporters attacked the police.", want: []want{{"supporters", "TURCVL"}}},
		{name: "en a town never named as a place", lang: "en", text: "Turkey backs the government. Misrata's militias attacked the port.", want: []want{{"militias", "TURREB"}}},
	})
}
