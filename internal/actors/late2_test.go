package actors

import "testing"

// The head of a body named with a comma apposition giving only the person's
// background (a former post, a nationality) speaks for the body.
func TestHeadOfBodyWithBackgroundApposition(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es jefe de la misión", lang: "es", text: "La OEA envió observadores a Bolivia. El jefe de la misión, un excanciller uruguayo, pidió calma.", want: []want{{"la misión", "IGOOAS"}, {"excanciller uruguayo", "IGOOAS"}}},
		{name: "en head of the delegation", lang: "en", text: "The African Union sent observers to Malawi. The head of the mission, a former Kenyan minister, said the vote was calm.", want: []want{{"the mission", "IGOAU"}, {"Kenyan minister", "IGOAU"}}},
		{name: "es presidente de Uruguay stays", lang: "es", text: "El presidente de Uruguay, un excanciller, dijo que habrá diálogo.", want: []want{{"El presidente de Uruguay", "URYGOV"}, {"excanciller", "URYELI"}}},
		{name: "en no head word before the body", lang: "en", text: "The African Union sent observers to Malawi. Observers met the mission, a Kenyan minister said.", want: []want{{"Kenyan minister", "KENGOV"}}},
		{name: "es a second sentence is no apposition", lang: "es", text: "La OEA envió observadores. Habló el jefe de la misión. Un excanciller uruguayo pidió calma.", want: []want{{"excanciller uruguayo", "URYELI"}}},
	})
}
