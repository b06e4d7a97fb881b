package doc

import "testing"

// TestTokenLower checks the lower-cased form made on demand: a token's Fold
// when that is its ASCII text lower-cased, the text lower-cased otherwise
// (tokens made by hand may carry no Fold, or a Fold of another shape).
func TestTokenLower(t *testing.T) {
	for _, c := range []struct {
		text, fold, want string
	}{
		{"casa", "casa", "casa"},
		{"Gobierno", "gobierno", "gobierno"},
		{"EE.UU.", "ee.uu.", "ee.uu."},
		{"Perú", "peru", "perú"},
		{"ÁLVARO", "alvaro", "álvaro"},
		{"año", "ano", "año"},
		{"Kyiv", "", "kyiv"},        // no Fold: lower-cased here
		{"Nueva", "nuevo", "nueva"}, // a Fold that is not the text lower-cased
		{"U.S.", "us", "u.s."},
		{",", ",", ","},
		{"", "", ""},
	} {
		tk := Token{Text: c.text, Fold: c.fold}
		if got := tk.Lower(); got != c.want {
			t.Errorf("Token{%q, %q}.Lower() = %q, want %q", c.text, c.fold, got, c.want)
		}
	}
}
