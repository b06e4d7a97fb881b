package prepare

import (
	"html"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// edit rewrites raw[start:end] as rep. A prepared text is the raw text with
// a sorted list of non-overlapping edits applied.
type edit struct {
	start, end int
	rep        string
}

// apply builds the prepared text of raw under edits, with its offset map.
func apply(raw string, edits []edit) (string, *doc.OffsetMap) {
	return applyText(raw, edits), offsetMap(raw, edits)
}

// applyText builds the prepared text of raw under edits.
func applyText(raw string, edits []edit) string {
	if len(edits) == 0 {
		return raw
	}
	n := len(raw)
	for _, e := range edits {
		n += len(e.rep) - (e.end - e.start)
	}
	var b strings.Builder
	b.Grow(n)
	at := 0
	for _, e := range edits {
		b.WriteString(raw[at:e.start])
		b.WriteString(e.rep)
		at = e.end
	}
	b.WriteString(raw[at:])
	return b.String()
}

// offsetMap builds the offset map of raw under edits.
func offsetMap(raw string, edits []edit) *doc.OffsetMap {
	m := &doc.OffsetMap{}
	m.Grow(2*len(edits) + 1) // at most a run and a replacement an edit
	at := 0
	for _, e := range edits {
		m.Copy(e.start - at)
		m.Replace(e.end-e.start, len(e.rep))
		at = e.end
	}
	m.Copy(len(raw) - at)
	return m
}

// editMap maps prepared offsets back to raw ones straight from a sorted edit
// list, exactly as the doc.OffsetMap built from the same edits would, so that
// repairs can be placed before the map is built.
type editMap struct {
	edits []edit
	pend  []int // prepared offset where each edit's replacement ends
}

func newEditMap(raw string, edits []edit) *editMap {
	pend := make([]int, len(edits))
	delta := 0 // prepared minus raw offsets so far
	for k, e := range edits {
		delta += len(e.rep) - (e.end - e.start)
		pend[k] = e.end + delta
	}
	return &editMap{edits: edits, pend: pend}
}

// at finds prepared byte q: the first edit whose replacement ends after q,
// and whether q lies inside that replacement.
func (m *editMap) at(q int) (k int, inside bool) {
	k = sort.SearchInts(m.pend, q+1) // first pend > q
	return k, k < len(m.edits) && m.pend[k]-len(m.edits[k].rep) <= q
}

// copied maps p in the copied run that follows edit k-1.
func (m *editMap) copied(k, p int) int {
	if k == 0 {
		return p
	}
	return m.edits[k-1].end + (p - m.pend[k-1])
}

// Start maps a prepared offset used as the start of a span.
func (m *editMap) Start(p int) int {
	k, inside := m.at(p)
	if inside {
		return m.edits[k].start // inside a replacement: its raw start
	}
	return m.copied(k, p)
}

// End maps a prepared offset used as the (exclusive) end of a span.
func (m *editMap) End(p int) int {
	if p <= 0 {
		return m.Start(p)
	}
	k, inside := m.at(p - 1)
	if inside {
		return m.edits[k].end // inside a replacement: its raw end
	}
	return m.copied(k, p)
}

// merge adds edits to a sorted list; an added edit replaces the ones it
// covers (a repair spans whole characters, so it covers whole edits).
// Every edit spans at least one raw byte.
func merge(edits, add []edit) []edit {
	if len(add) == 0 {
		return edits
	}
	sort.Slice(add, func(i, j int) bool { return add[i].start < add[j].start })
	out := make([]edit, 0, len(edits)+len(add))
	i := 0
	for _, a := range add {
		for i < len(edits) && edits[i].end <= a.start {
			out = append(out, edits[i])
			i++
		}
		for i < len(edits) && edits[i].start < a.end {
			i++ // covered by the repair
		}
		out = append(out, a)
	}
	return append(out, edits[i:]...)
}

// normalizer collects the edits that normalise a raw text.
type normalizer struct {
	edits    []edit
	mojibake int // characters repaired from UTF-8 read as Windows-1252
	firstMoj int // raw offset of the first of them
}

// normalize lists the edits that normalise raw: Unicode NFC, quote marks,
// white space, line breaks, invisible characters, HTML character references
// and characters encoded twice.
func normalize(raw string) *normalizer {
	z := &normalizer{}
	if nfcStable(raw) || norm.NFC.IsNormalString(raw) {
		z.span(raw, 0, len(raw))
		return z
	}
	pos := 0
	for pos < len(raw) {
		n := norm.NFC.QuickSpanString(raw[pos:])
		z.span(raw, pos, pos+n)
		pos += n
		if pos >= len(raw) {
			break
		}
		end := pos + norm.NFC.NextBoundaryInString(raw[pos:], true)
		if seg := raw[pos:end]; norm.NFC.IsNormalString(seg) {
			z.span(raw, pos, end)
		} else {
			z.edits = append(z.edits, edit{pos, end, norm.NFC.String(seg)})
		}
		pos = end
	}
	return z
}

// stableLimit bounds the runes whose NFC stability is tabled, and
// stableRanges are the blocks tabled (Latin, Greek, Cyrillic, general
// punctuation, currency signs): the rest is left to norm.
const stableLimit = 0x2200

var stableRanges = [][2]rune{{0x80, 0x530}, {0x1e00, 0x2070}, {0x20a0, 0x2200}}

var (
	stableOnce sync.Once
	stable     *[stableLimit]bool
)

// nfcStable reports, cheaply, whether raw is certainly in NFC: every rune is
// ASCII or a tabled rune that is its own NFC form, a starter (combining
// class 0) and composes with nothing before it, so that the Unicode quick
// check answers yes. It is false for texts that may still be NFC (which
// norm then decides).
func nfcStable(raw string) bool {
	stableOnce.Do(func() {
		var t [stableLimit]bool
		var buf [utf8.UTFMax]byte
		for _, rg := range stableRanges {
			for r := rg[0]; r < rg[1]; r++ {
				s := string(buf[:utf8.EncodeRune(buf[:], r)])
				p := norm.NFC.PropertiesString(s)
				t[r] = p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s)
			}
		}
		stable = &t
	})
	t := stable
	for i := 0; i < len(raw); {
		if i+8 <= len(raw) {
			// skip the ASCII bytes of the next eight at once
			if h := load8(raw, i) & highBits; h == 0 {
				i += 8
				continue
			} else if k := bits.TrailingZeros64(h) / 8; k > 0 {
				i += k
			}
		} else if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		if c := raw[i]; c >= 0xc2 && c < 0xe0 && i+1 < len(raw) && raw[i+1]&0xc0 == 0x80 {
			// a two-byte rune (below stableLimit), decoded here
			if !t[rune(c&0x1f)<<6|rune(raw[i+1]&0x3f)] {
				return false
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(raw[i:])
		if r >= stableLimit || !t[r] {
			return false
		}
		i += n
	}
	return true
}

// wordAtATime lets the normaliser skip runs of plain bytes in a tight loop;
// tests turn it off to check that the answers are the same byte by byte.
var wordAtATime = true

// load8 returns the 8 bytes at s[i] as a little-endian word (byte s[i] in
// the low bits); the compiler makes it one load.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// skipPlain returns the end of the run of plain bytes from i (before to)
// with single spaces between them, the commonest case of span's loop (a
// space before a plain byte, after anything but a line break). It is a
// function of its own so that its few variables stay in registers.
func skipPlain(raw string, i, to int) int {
	if to > len(raw) {
		to = len(raw)
	}
	for i < to {
		// eight bytes at once when the loop below would pass them all:
		// each plain or a single space between plain bytes (the last such
		// a space is left for the next look, as its next byte is not in
		// x; a space first needs a byte before it that is no line break).
		// Each byte below 0x80 is compared in its own lane: adding 0x80-lo
		// sets a lane's high bit when the byte is lo or more.
		if i+8 <= to {
			if x := load8(raw, i); x&highBits == 0 {
				const lanes = 0x0101010101010101
				printable := (x + (0x80-0x21)*lanes) &^ (x + (0x80-0x7f)*lanes) & highBits // '!' to '~'
				space := ^(x ^ ' '*lanes + 0x7f*lanes) & highBits
				odd := ^(x ^ '`'*lanes + 0x7f*lanes) | ^(x ^ '&'*lanes + 0x7f*lanes)
				if printable&^odd|space == highBits && space&(space>>8) == 0 &&
					(space&0x80 == 0 || i > 0 && raw[i-1] != '\n' && raw[i-1] != '\r') {
					i += 8 - int(space>>63)
					continue
				}
			}
		}
		for stop := min(i+8, to); i < stop; {
			c := raw[i]
			if plainByte[c] {
				i++
				continue
			}
			if c == ' ' && i > 0 && i+1 < to && plainByte[raw[i+1]] && raw[i-1] != '\n' && raw[i-1] != '\r' {
				i += 2
				continue
			}
			return i
		}
	}
	return i
}

// highBits holds each byte's high bit.
const highBits = 0x8080808080808080

// Character classes of the normaliser.
const (
	cOther = iota
	cSpace // horizontal white space
	cBreak // line break
	cDrop  // invisible: removed
	cDQuote
	cSQuote
)

// classify returns the class of the rune at raw[i] and its size.
func classify(raw string, i int) (int, int) {
	c := raw[i]
	if c < utf8.RuneSelf {
		switch {
		case c == ' ', c == '\t', c == '\v', c == '\f':
			return cSpace, 1
		case c == '\n', c == '\r':
			return cBreak, 1
		case c == '`':
			return cSQuote, 1
		case c < ' ', c == 0x7f:
			return cSpace, 1
		}
		return cOther, 1
	}
	r, n := utf8.DecodeRuneInString(raw[i:])
	switch r {
	case '«', '»', '“', '”', '„', '‟', '〝', '〞', '＂':
		return cDQuote, n
	case '‘', '’', '‚', '‛', '‹', '›', '′', '＇', '´':
		return cSQuote, n
	case 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0x85:
		if r == 0x85 {
			return cBreak, n
		}
		return cSpace, n
	case 0x2028, 0x2029:
		return cBreak, n
	case 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad:
		return cDrop, n
	}
	if r >= 0x2000 && r <= 0x200a {
		return cSpace, n
	}
	return cOther, n
}

// cp1252 maps the Windows-1252 characters of bytes 0x80-0x9F back to their
// bytes (a table of facts of that encoding).
var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91,
	'’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98,
	'™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}

// byte1252 returns the Windows-1252 (or Latin-1) byte of a rune, or false.
func byte1252(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xff {
		return byte(r), true
	}
	b, ok := cp1252[r]
	return b, ok
}

// mojibake repairs one character at raw[i] that was encoded in UTF-8, read
// as Windows-1252 and encoded again ("Ã©" for "é", "â€œ" for "“"): the runes
// from i, taken back to single bytes, must form exactly one valid UTF-8
// character of two or three bytes. It returns the end of the garbled runes
// and the character (quote marks and spaces normalised), or false.
func mojibake(raw string, i, to int) (int, string, bool) {
	r0, n := utf8.DecodeRuneInString(raw[i:])
	b0, ok := byte1252(r0)
	if !ok {
		return 0, "", false
	}
	// Only the leads that Spanish and English text produces: Â and Ã
	// (U+0080-U+00FF: á ñ ¿ NBSP), Å (Œ Š) and â (U+2000-U+20CF: “ ’ — … €).
	// Other Latin-1 capitals followed by a symbol ("ACCIÓN»") are left alone.
	size := 0
	switch b0 {
	case 0xc2, 0xc3, 0xc5:
		size = 2
	case 0xe2:
		size = 3
	default:
		return 0, "", false
	}
	var buf [4]byte
	buf[0] = b0
	j := i + n
	for k := 1; k < size; k++ {
		if j >= to {
			return 0, "", false
		}
		r, m := utf8.DecodeRuneInString(raw[j:])
		b, ok := byte1252(r)
		if !ok || b < 0x80 || b > 0xbf {
			return 0, "", false
		}
		buf[k] = b
		j += m
	}
	dec, m := utf8.DecodeRune(buf[:size])
	if dec == utf8.RuneError || m != size || size == 3 && (dec < 0x2000 || dec > 0x20cf) {
		return 0, "", false
	}
	rep := string(dec)
	switch k, _ := classify(rep, 0); k {
	case cDQuote:
		rep = `"`
	case cSQuote:
		rep = "'"
	case cSpace:
		rep = " "
	case cDrop:
		rep = ""
	}
	return j, rep, true
}

// entity decodes an HTML character reference at raw[i] ("&quot;",
// "&#8220;", "&nbsp;"), left in text scraped from web pages and feeds. It
// returns the end of the reference and its normalised replacement (quote
// marks and spaces as elsewhere), or false when there is none.
func entity(raw string, i, to int) (int, string, bool) {
	j := i + 1
	for j < to && j-i <= 10 && raw[j] != ';' && raw[j] != '&' && raw[j] > ' ' {
		j++
	}
	if j >= to || raw[j] != ';' || j == i+1 {
		return 0, "", false
	}
	ref := raw[i : j+1]
	dec := html.UnescapeString(ref)
	if dec == ref || !utf8.ValidString(dec) {
		return 0, "", false
	}
	switch k, n := classify(dec, 0); {
	case n != len(dec) || k == cOther:
	case k == cDQuote:
		dec = `"`
	case k == cSQuote:
		dec = "'"
	case k == cSpace:
		dec = " "
	case k == cBreak:
		dec = "\n"
	case k == cDrop:
		dec = ""
	}
	return j + 1, dec, true
}

// wide reports whether a run of white space holds three spaces or more.
func wide(run string) bool {
	n := 0
	for _, r := range run {
		if r == ' ' || r == 0xa0 || r == '\t' {
			n++
		}
	}
	return n >= 3
}

// plainByte marks the ASCII bytes that the normaliser keeps as they are
// whatever surrounds them.
var plainByte = func() (t [256]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = c != '`' && c != '&'
	}
	return t
}()

// span adds the edits for raw[from:to].
func (z *normalizer) span(raw string, from, to int) {
	edits := z.edits
	i := from
	for i < to {
		if wordAtATime {
			if i = skipPlain(raw, i, to); i >= to {
				break
			}
		}
		c := raw[i]
		if plainByte[c] {
			i++
			continue
		}
		// a single space between two printable ASCII characters, the
		// commonest case, needs no edit
		if c == ' ' && i > 0 && i+1 < to && raw[i+1] > ' ' && raw[i+1] < 0x7f && raw[i-1] != '\n' && raw[i-1] != '\r' {
			i++
			continue
		}
		if c == '&' {
			if end, rep, ok := entity(raw, i, to); ok {
				edits = append(edits, edit{i, end, rep})
				i = end
				continue
			}
			i++
			continue
		}
		if c == 0xc3 { // U+00C0-U+00FF: a possible mojibake lead
			// but only Â Ã Å â lead one (see mojibake), and no rune of
			// the block needs an edit: the accented letters, the
			// commonest bytes beyond ASCII, are passed over here
			if wordAtATime && i+1 < to {
				if d := raw[i+1]; d >= 0x80 && d < 0xc0 && d != 0x82 && d != 0x83 && d != 0x85 && d != 0xa2 {
					i += 2
					continue
				}
			}
			if end, rep, ok := mojibake(raw, i, to); ok {
				if z.mojibake == 0 {
					z.firstMoj = i
				}
				z.mojibake++
				edits = append(edits, edit{i, end, rep})
				i = end
				continue
			}
		}
		k, n := classify(raw, i)
		switch k {
		case cOther:
		case cDQuote:
			edits = append(edits, edit{i, i + n, `"`})
		case cSQuote:
			edits = append(edits, edit{i, i + n, "'"})
		case cDrop:
			edits = append(edits, edit{i, i + n, ""})
		case cBreak:
			if c == '\r' {
				if i+1 < to && raw[i+1] == '\n' {
					edits = append(edits, edit{i, i + 2, "\n"})
					n = 2
				} else {
					edits = append(edits, edit{i, i + 1, "\n"})
				}
			} else if c != '\n' {
				edits = append(edits, edit{i, i + n, "\n"})
			}
		case cSpace:
			j := i + n
			for j < to {
				k2, n2 := classify(raw, j)
				if k2 != cSpace {
					break
				}
				j += n2
			}
			edge := i == 0 || j >= len(raw)
			if !edge {
				if k1, _ := classify(raw, j); k1 == cBreak {
					edge = true
				}
				if p := raw[i-1]; p == '\n' || p == '\r' {
					edge = true
				}
			}
			switch {
			case edge:
				edits = append(edits, edit{i, j, ""})
			case wide(raw[i:j]):
				// a wide gap in running text separates a headline or a
				// dateline from what follows, as a line break would
				edits = append(edits, edit{i, j, "\n"})
			case j-i != 1 || c != ' ':
				edits = append(edits, edit{i, j, " "})
			}
			n = j - i
		}
		i += n
	}
	z.edits = edits
}
