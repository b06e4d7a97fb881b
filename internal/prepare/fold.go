package prepare

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s lower-cased with diacritics removed (á→a, ñ→n, ü→u): the
// matching key of a token. Other stages may use it to fold dictionary
// entries the same way.
func Fold(s string) string { return fold(s) }

// needsLower reports whether s has a byte that lower-casing may change.
func needsLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}

// isASCII reports whether s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fold lower-cases s and strips its diacritics, without allocating when s is
// lower-case ASCII.
func fold(s string) string {
	if !needsLower(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// latinBase is the first rune of the two-byte Latin runes (U+0080-U+017F:
// Latin-1 and Latin Extended-A) whose lower-cased and folded forms are
// tabled, so that Spanish and English words need no rune decoding.
const latinBase, latinEnd = 0x80, 0x180

var latinLower, latinFolded = func() (lo, fo [latinEnd - latinBase]string) {
	for r := rune(latinBase); r < latinEnd; r++ {
		lo[r-latinBase] = string(utf8.AppendRune(nil, unicode.ToLower(r)))
		fo[r-latinBase] = string(appendFoldRune(nil, r))
	}
	return
}()

// latinAt returns the rune of a two-byte sequence at s[i] when it is one of
// the tabled Latin runes (lead bytes 0xC2-0xC5), or -1.
func latinAt(s string, i int) rune {
	if c := s[i]; c >= 0xc2 && c <= 0xc5 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
		return rune(c&0x1f)<<6 | rune(s[i+1]&0x3f)
	}
	return -1
}

// appendLower appends s lower-cased to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		if r := latinAt(s, i); r >= 0 {
			dst = append(dst, latinLower[r-latinBase]...)
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// appendFold appends s lower-cased and without diacritics to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		if r := latinAt(s, i); r >= 0 {
			dst = append(dst, latinFolded[r-latinBase]...)
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		dst = appendFoldRune(dst, r)
	}
	return dst
}

// appendFoldRune appends a non-ASCII rune lower-cased and without
// diacritics to dst.
func appendFoldRune(dst []byte, r rune) []byte {
	r = unicode.ToLower(r)
	if f, ok := latinFold[r]; ok {
		if f != 0 {
			dst = utf8.AppendRune(dst, f)
		}
		return dst
	}
	if unicode.Is(unicode.Mn, r) {
		return dst // a combining mark
	}
	// other letters: decompose and drop the marks
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			dst = utf8.AppendRune(dst, d)
		}
	}
	return dst
}

// arena hands out strings carved from large byte chunks, so that the folded
// forms of a document's tokens cost a few allocations instead of one each. Bytes are never changed once a string points at them.
type arena struct {
	buf  []byte
	next int // size of the next chunk: it doubles from 512 bytes to 64 KB
}

const arenaChunk = 64 << 10

// lowerASCII returns an ASCII s lower-cased.
func (a *arena) lowerASCII(s string) string {
	a.reserve(len(s))
	start := len(a.buf)
	a.buf = a.buf[:start+len(s)]
	out := a.buf[start:]
	for i := range out {
		out[i] = asciiLower[s[i]]
	}
	return a.take(start)
}

// asciiLower maps each byte to itself but for ASCII capitals, lower-cased.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// fold returns s folded; s itself when that changes nothing.
func (a *arena) fold(s string) string {
	if !needsLower(s) {
		return s
	}
	a.reserve(len(s) + 8)
	start := len(a.buf)
	a.buf = appendFold(a.buf, s)
	return a.takeOr(start, s)
}

// takeOr is take, but when the bytes appended since start equal s it gives
// them back and returns s.
func (a *arena) takeOr(start int, s string) string {
	if string(a.buf[start:]) == s {
		a.buf = a.buf[:start]
		return s
	}
	return a.take(start)
}

// reserve makes room for n more bytes without moving what was handed out.
func (a *arena) reserve(n int) {
	if cap(a.buf)-len(a.buf) < n {
		switch {
		case a.next == 0:
			a.next = 512
		case a.next < arenaChunk:
			a.next *= 2
		}
		size := a.next
		if n > size {
			size = n
		}
		a.buf = make([]byte, 0, size)
	}
}

// take returns the bytes appended since start as a string. If appending
// outgrew the chunk (a rune that grew when lower-cased), the bytes were
// moved to a fresh array that nothing else uses, which is just as safe.
func (a *arena) take(start int) string {
	b := a.buf[start:len(a.buf):len(a.buf)]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
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
