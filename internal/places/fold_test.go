package places

import (
	"strings"
	"testing"
)

// TestKeyOfLatin checks the table fold against the normalising one: every
// rune below latinLimit alone and inside words, and words of other scripts.
func TestKeyOfLatin(t *testing.T) {
	words := []string{"Córdoba", "KÍEV", "EE.UU.", "O'Higgins", "'Asir'", "D`Arc", "Ñuñoa", "São Tomé",
		"Łódź", "İstanbul", "Ærø", "straße", "Dnipró's", "plain", "''", "", "x\xffy", "Kyiv’s", "Москва", "東京"}
	for r := rune(0); r < latinLimit+16; r++ {
		words = append(words, string(r), "A"+string(r)+"b", strings.Repeat(string(r), 40))
	}
	for _, w := range words {
		want := strings.Trim(foldSlow(w), "'")
		if got := keyOf(w); got != want {
			t.Errorf("keyOf(%q) = %q, want %q", w, got, want)
		}
	}
}
