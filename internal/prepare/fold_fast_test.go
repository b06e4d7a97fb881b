package prepare

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFastLowerFold checks the quick paths of lower-casing and folding (the
// Latin tables, the test for words that lower-casing leaves alone) against
// rune-by-rune lower-casing and folding.
func TestFastLowerFold(t *testing.T) {
	words := []string{"telefónica", "Ángel", "ÑANDÚ", "señor", "İstanbul", "Łódź", "straße", "ǅemal",
		"Москва", "ΑΘΉΝΑ", "naïve", "ª", "1º", "x\xffy", "\xc3", "é\xc3", "año\xe2\x80", "ǈ", "Ⱥ"}
	for r := rune(0x80); r < 0x250; r++ {
		words = append(words, "a"+string(r)+"b")
	}
	for _, w := range words {
		var slowLower, slowFold []byte
		for i := 0; i < len(w); {
			r, n := utf8.DecodeRuneInString(w[i:])
			if r < utf8.RuneSelf {
				slowLower = appendLower(slowLower, w[i:i+1])
				slowFold = appendFold(slowFold, w[i:i+1])
			} else {
				slowLower = utf8.AppendRune(slowLower, unicode.ToLower(r))
				slowFold = appendFoldRune(slowFold, r)
			}
			i += n
		}
		if got := string(appendLower(nil, w)); got != string(slowLower) {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, slowLower)
		}
		if got := string(appendFold(nil, w)); got != string(slowFold) {
			t.Errorf("appendFold(%q) = %q, want %q", w, got, slowFold)
		}
		var ar arena
		if got := ar.fold(w); got != string(slowFold) {
			t.Errorf("arena fold(%q) = %q, want %q", w, got, slowFold)
		}
	}
}

// TestFoldOfLower checks what tokens rely on since they keep no lower-cased
// form: folding a word gives what folding its lower-cased form gives, so
// that equal lower-cased forms have equal folds.
func TestFoldOfLower(t *testing.T) {
	var words []string
	for r := rune(0x41); r < 0x3000; r++ {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			words = append(words, string(r), "A"+string(r)+"e")
		}
	}
	words = append(words, "ÁNGEL", "İSTANBUL", "ǅemal", "ΣΟΦΟΣ", "MÜNCHEN")
	for _, w := range words {
		lower := string(appendLower(nil, w))
		if a, b := string(appendFold(nil, w)), string(appendFold(nil, lower)); a != b {
			t.Errorf("fold(%q) = %q, but fold(lower) = fold(%q) = %q", w, a, lower, b)
		}
	}
}

// TestLowerASCII checks the arena's ASCII lower-casing on every ASCII byte.
func TestLowerASCII(t *testing.T) {
	var b strings.Builder
	for c := 0; c < utf8.RuneSelf; c++ {
		b.WriteByte(byte(c))
	}
	var ar arena
	for _, w := range []string{b.String(), "EE.UU.", "NATO", "McDonald", "x"} {
		if got, want := ar.lowerASCII(w), strings.ToLower(w); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", w, got, want)
		}
	}
}
