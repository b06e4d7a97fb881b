package timex

import (
	"unicode"
	"unicode/utf8"
)

// token kinds of the time scanner.
const (
	kWord uint8 = iota
	kNum
	kPunct
)

// rawTok is a token of the scanner: a word (letters, with inner apostrophes,
// or dotted single letters such as "a.m."), a run of digits, or one
// punctuation character.
type rawTok struct {
	start, end int
	kind       uint8
	space      bool // whitespace before it
	newline    bool // a line break before it
	cap        bool // starts with an upper-case letter
}

// scanText splits text into tokens, appending to buf.
func scanText(text string, buf []rawTok) []rawTok {
	space, nl := true, true
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				space = true
				i++
				continue
			case c == '\n':
				space, nl = true, true
				i++
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					j++
				}
				buf = append(buf, rawTok{start: i, end: j, kind: kNum, space: space, newline: nl})
				space, nl = false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j := scanWord(text, i)
				buf = append(buf, rawTok{start: i, end: j, kind: kWord, space: space, newline: nl, cap: c >= 'A' && c <= 'Z'})
				space, nl = false, false
				i = j
				continue
			default:
				buf = append(buf, rawTok{start: i, end: i + 1, kind: kPunct, space: space, newline: nl})
				space, nl = false, false
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			j := scanWord(text, i)
			buf = append(buf, rawTok{start: i, end: j, kind: kWord, space: space, newline: nl, cap: unicode.IsUpper(r)})
		case unicode.IsSpace(r):
			space = true
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl = true
			}
			i += n
			continue
		default:
			buf = append(buf, rawTok{start: i, end: i + n, kind: kPunct, space: space, newline: nl})
		}
		space, nl = false, false
		i = buf[len(buf)-1].end
	}
	return buf
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				j++
				continue
			}
			// a possessive "'s" is a token of its own: Friday's
			if c == '\'' && j+1 < len(text) && (text[j+1] == 's' || text[j+1] == 'S') && (j+2 == len(text) || !isASCIILetter(text[j+2])) {
				break
			}
			// inner apostrophe: o'clock, won't
			if (c == '\'') && j > i && j+1 < len(text) && isASCIILetter(text[j+1]) {
				j++
				continue
			}
			// dotted single letters: a.m., p.m., U.S.
			if c == '.' && j-i >= 1 && j+2 < len(text) && isASCIILetter(text[j+1]) && text[j+2] == '.' && (j-i == 1 || text[j-2] == '.') {
				j += 3
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			if r == '\u2019' && j > i && j+n < len(text) && isASCIILetter(text[j+n]) && !((text[j+n] == 's' || text[j+n] == 'S') && (j+n+1 == len(text) || !isASCIILetter(text[j+n+1]))) {
				j += n
				continue
			}
			break
		}
		j += n
	}
	// a.m. written "a.m" or a final dot after a dotted word
	return j
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// fold lower-cases s and removes diacritics (ñ becomes n); the curly
// apostrophe becomes a straight one.
func fold(s string) string {
	return string(foldTo(nil, s))
}

// foldTo appends the folded form of s to b.
func foldTo(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == '\u2019' {
			b = append(b, '\'')
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldMap[r]; ok {
			b = append(b, f)
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// foldMap maps Latin letters with diacritics to their base letter.
var foldMap = func() map[rune]byte {
	m := map[rune]byte{}
	add := func(base byte, rs string) {
		for _, r := range rs {
			m[r] = base
		}
	}
	add('a', "áàâäãåÁÀÂÄÃÅ")
	add('e', "éèêëÉÈÊË")
	add('i', "íìîïÍÌÎÏ")
	add('o', "óòôöõÓÒÔÖÕ")
	add('u', "úùûüÚÙÛÜ")
	add('n', "ñÑ")
	add('c', "çÇ")
	return m
}()
