package places

import (
	"os"
	"path/filepath"
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

// TestUnitKeysAreKeyOf: the units of a prepared text (which take a plain
// ASCII word's key from its token's fold) have the keys keyOf gives their
// words.
func TestUnitKeysAreKeyOf(t *testing.T) {
	d := prepDoc(t, "es", "Evo Morales, O'Higgins y la OTAN en EE.UU., Winston-Salem y McDonald's: 25 DE MAYO, Córdoba, B52, Kyiv’s x`y, NARInnO.")
	us := units(d)
	if len(us) < 15 {
		t.Fatalf("%d units", len(us))
	}
	for _, u := range us {
		w := d.Text[u.start:u.end]
		want := keyOf(w)
		if f, ok := enyeAsNN(w); ok {
			want = keyOf(f)
		}
		if u.key != want {
			t.Errorf("unit %q has key %q, want %q", w, u.key, want)
		}
	}
}

// TestJoinedNameKey checks the lean joined key against nameKeys on names
// and on every line and word pair of the example articles.
func TestJoinedNameKey(t *testing.T) {
	names := []string{"", "Nueva York", "Winston-Salem", "EE.UU.", "Côte d'Ivoire", "Russia's Kursk region",
		"-x-", "a--b", "O’Higgins", "St. John's", "Москва-Сити", "¿Dónde? ¡Aquí!", "x\xff-y", "Kursk. Belgorod"}
	files, _ := filepath.Glob("../../examples/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		lines := strings.Split(string(b), "\n")
		names = append(names, lines...)
		for _, l := range lines {
			ws := strings.Fields(l)
			for i := 0; i+1 < len(ws); i++ {
				names = append(names, ws[i]+" "+ws[i+1])
			}
		}
	}
	for _, n := range names {
		if got, want := joinedNameKey(n), strings.Join(nameKeys(n), " "); got != want {
			t.Errorf("joinedNameKey(%q) = %q, want %q", n, got, want)
		}
	}
	if len(names) < 100 {
		t.Errorf("only %d names checked", len(names))
	}
}
