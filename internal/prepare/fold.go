package prepare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s lower-cased with diacritics removed (á→a, ñ→n, ü→u): the
// matching key of a token. Other stages may use it to fold dictionary
// entries the same way.
func Fold(s string) string { return fold(s) }

// lower returns s lower-cased, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// fold lower-cases s and strips its diacritics, without allocating when s is
// lower-case ASCII.
func fold(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if upper {
			return strings.ToLower(s)
		}
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = toLowerRune(r)
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
			continue
		}
		if f, ok := latinFold[r]; ok {
			if f != 0 {
				b.WriteRune(f)
			}
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue // a combining mark
		}
		// other letters: decompose and drop the marks
		d := norm.NFD.String(string(r))
		for _, c := range d {
			if !unicode.Is(unicode.Mn, c) {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}

// toLowerRune lower-cases one rune, fast for ASCII.
func toLowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// latinFold folds the lower-case Latin letters with diacritics met in Spanish
// and English news (a table of Unicode facts, not of words).
var latinFold = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'ā': 'a', 'ă': 'a', 'ą': 'a',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ė': 'e', 'ę': 'e', 'ě': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i', 'į': 'i', 'ı': 'i',
	'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ø': 'o', 'ō': 'o', 'ő': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u', 'ů': 'u', 'ű': 'u', 'ų': 'u',
	'ñ': 'n', 'ń': 'n', 'ň': 'n', 'ç': 'c', 'ć': 'c', 'č': 'c', 'ý': 'y', 'ÿ': 'y',
	'ś': 's', 'š': 's', 'ş': 's', 'ș': 's', 'ź': 'z', 'ż': 'z', 'ž': 'z', 'ł': 'l',
	'ř': 'r', 'ď': 'd', 'đ': 'd', 'ť': 't', 'ţ': 't', 'ț': 't', 'ğ': 'g',
	'º': 'o', 'ª': 'a',
}
