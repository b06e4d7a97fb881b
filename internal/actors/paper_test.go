package actors

import "testing"

// A country's or capital's name closed by a capitalised newspaper word
// (kind paper) is a news outlet of that country, MED; a longer
// capitalised name after it is no outlet, nor is a lower-case word.
func TestOutletNamedLikeAPlace(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en a country's name and Today", lang: "en", text: "The ministry revoked the licence of a local news website, Kampuchea Today.", want: []want{{"Kampuchea Today", "KHMMED"}}},
		{name: "en a capital's name and Independent", lang: "en", text: "The Kyiv Independent said Russian troops shelled the town.", want: []want{{"The Kyiv Independent", "UKRMED"}, {"Russian troops", "RUSMIL"}}},
		{name: "en a stray capital repaired still names the outlet", lang: "en", text: "Troops clashed with rebels, the news site Myanmar Now reported.", want: []want{{"Myanmar now", "MMRMED"}}},
		{name: "en Observer", lang: "en", text: "Police arrested a reporter for the Libya Observer.", want: []want{{"the Libya Observer", "LBYMED"}}},
		{name: "en a longer name is no outlet", lang: "en", text: "The Kosovo Independent Election Commission rejected the appeal.", want: []want{{"The Kosovo Independent Election Commission", "XKXGOV"}}},
		{name: "en lower case today is no outlet", lang: "en", text: "Libya today accused Egypt of aggression.", want: []want{{"Libya", "LBY"}, {"Egypt", "EGY"}}},
	})
}
