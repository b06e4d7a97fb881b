package prepare

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNFCStableTwoBytes checks the answer for each two-byte rune, which
// nfcStable decodes itself, against its table, in each of the first
// eight places of a text; and broken two-byte sequences.
func TestNFCStableTwoBytes(t *testing.T) {
	nfcStable("")
	for r := rune(0x80); r < 0x800; r++ {
		for k := 0; k < 9; k++ {
			s := strings.Repeat("a", k) + string(r) + "bc"
			if got := nfcStable(s); got != stable[r] {
				t.Fatalf("nfcStable(%q) = %v, want %v", s, got, stable[r])
			}
		}
	}
	for _, s := range []string{"a\xc3", "a\xc3(", "\xc3\xc3", "\xdf", "\xc1\x81"} {
		if nfcStable(s) {
			t.Errorf("nfcStable(%q) = true, want false", s)
		}
	}
}

// TestNFCStable checks the quick NFC test against norm: it may say no to an
// NFC text, never yes to one that is not.
func TestNFCStable(t *testing.T) {
	nfcStable("")
	var runes []rune
	for r := rune(0x80); r < stableLimit; r++ {
		if stable[r] {
			runes = append(runes, r)
		}
	}
	if len(runes) < 1000 {
		t.Fatalf("only %d runes tabled as stable", len(runes))
	}
	for i, a := range runes {
		for _, b := range []rune{runes[(i*7919)%len(runes)], runes[(i*104729+13)%len(runes)], 'a', ' '} {
			s := string(a) + string(b) + "e"
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("%q: stable runes but not NFC", s)
			}
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"El niño, el cañón y «Ángel» — 3 €", true},
		{"e\u0301", false},      // a combining mark
		{"A\u030a", false},      // composes to Å
		{"\u212b", false},       // Ångström sign: not its own NFC form
		{"\u1100\u1161", false}, // Hangul jamo that compose
		{"\U0001F600", false},   // beyond the table: norm decides
	} {
		if got := nfcStable(tc.s); got != tc.want {
			t.Errorf("nfcStable(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if tc.want && !norm.NFC.IsNormalString(tc.s) {
			t.Errorf("%q is not NFC", tc.s)
		}
	}
}
