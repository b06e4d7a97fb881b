package prepare

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// tokInfo is what the sentence splitter needs to know about a token beyond
// doc.Token, in one byte. It is kept small: the splitter and the quote
// matcher walk the infos of every token, and read doc.Token (much larger)
// only where needed.
type tokInfo uint8

const (
	infoBreaks  tokInfo = 3      // line breaks in the white space before the token: 0, 1, or 2 for more
	infoAbbr    tokInfo = 3 << 2 // the abbrKind of an abbreviation ending in a period
	infoInitial tokInfo = 1 << 4 // an initial: one capital and a period ("J.")
	infoQuote   tokInfo = 1 << 5 // a double quote mark
	// the splitter has nothing to do at the token: no line break before
	// it, not capitalised, no punctuation, abbreviation or initial (a
	// token rewritten by a repair keeps its first answer, false)
	infoPlain tokInfo = 1 << 6
)

// the abbrKinds fit in infoAbbr's two bits
var _ = [1]int{}[abbrDate>>2]

// breaksInfo returns the info of a token after nl line breaks.
func breaksInfo(nl uint8) tokInfo { return tokInfo(min(nl, 2)) }

// nl returns the line breaks before the token: 0, 1, or 2 for two or more.
func (f tokInfo) nl() uint8      { return uint8(f & infoBreaks) }
func (f tokInfo) abbr() abbrKind { return abbrKind(f & infoAbbr >> 2) }
func (f tokInfo) initial() bool  { return f&infoInitial != 0 }
func (f tokInfo) quote() bool    { return f&infoQuote != 0 }
func (f tokInfo) plain() bool    { return f&infoPlain != 0 }

// infoLanes repeats an info in each byte of a word, for load8Infos.
const infoLanes = 0x0101010101010101

// load8Infos returns the first eight infos of in as a little-endian word
// (in[0] in the low bits).
func load8Infos(in []tokInfo) uint64 {
	in = in[:8]
	return uint64(in[0]) | uint64(in[1])<<8 | uint64(in[2])<<16 | uint64(in[3])<<24 |
		uint64(in[4])<<32 | uint64(in[5])<<40 | uint64(in[6])<<48 | uint64(in[7])<<56
}

// b2u is 1 for true, 0 for false.
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// tokenize splits text into tokens. Sent is left 0; the splitter sets it.
func tokenize(text string, lx *lexicon) ([]doc.Token, []tokInfo) {
	z := newTokenizer(text, lx)
	z.run(math.MaxInt)
	return z.made()
}

// tokenizer splits a text into tokens a stretch at a time, so that the
// splitter can take each stretch while its tokens are still in the cache.
type tokenizer struct {
	text  string
	lx    *lexicon
	toks  []doc.Token // as long as allocated; made() holds the tokens so far
	infos []tokInfo
	nt    int   // tokens made
	i     int   // where the next token is looked for
	nl    uint8 // line breaks seen since the last token
	ar    arena
}

// newTokenizer returns a tokenizer of text whose token slice is allocated
// once, at the estimated size.
func newTokenizer(text string, lx *lexicon) *tokenizer {
	n := estimateTokens(text)
	return &tokenizer{text: text, lx: lx, toks: make([]doc.Token, n), infos: make([]tokInfo, n)}
}

// made returns the tokens made so far and their infos.
func (z *tokenizer) made() ([]doc.Token, []tokInfo) { return z.toks[:z.nt], z.infos[:z.nt] }

// done reports whether the whole text is tokenised.
func (z *tokenizer) done() bool { return z.i >= len(z.text) }

// run makes tokens until more than min are made and the last one made
// opens a paragraph (a blank line before it), or the text ends.
func (z *tokenizer) run(min int) {
	text, lx, toks, infos, nt, nl, i := z.text, z.lx, z.toks, z.infos, z.nt, z.nl, z.i
	for i < len(text) {
		c := text[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				if c == '\n' && nl < math.MaxUint8 {
					nl++
				}
				i++
				continue
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		// the commonest token: ASCII letters and digits from a letter up to
		// an ASCII byte that neither joins words, nor follows an
		// abbreviation or a currency, nor starts an e-mail domain; no web
		// address. (What the general path below makes of it, made with
		// fewer values kept at hand.)
		// Letters of U+00C0-U+017F (á ñ ü ł ő: two bytes each) take the
		// same path.
		if k := asciiWord[c]; (k&(wordLower|wordUpper) != 0 || k == 0 && wideLatin(text, i)) && quickWords {
			j, seen := asciiRun(text, i+1+int(b2u(k == 0)), wordLower|wordUpper|wordDigit)
			wide := k == 0
			for j < len(text) && text[j] >= utf8.RuneSelf && wideLatin(text, j) {
				var more uint8
				j, more = asciiRun(text, j+2, wordLower|wordUpper|wordDigit)
				seen |= more
				wide = true
			}
			if (j >= len(text) || text[j] < utf8.RuneSelf && !wordGoesOn[text[j]] && text[j] != '@') &&
				(c|0x20 != 'h' && c|0x20 != 'w' || !isLinkStart(text, i)) {
				if nt == len(toks) { // the estimate fell short
					toks = append(toks, doc.Token{})[:nt]
					toks = toks[:cap(toks)]
					infos = append(infos, make([]tokInfo, len(toks)-len(infos))...)
				}
				t, w := &toks[nt], text[i:j]
				if wide {
					cp := k == wordUpper
					if k == 0 {
						cp = unicode.IsUpper(rune(c&0x1f)<<6 | rune(text[i+1]&0x3f))
					}
					t.Start, t.End, t.Text, t.Fold, t.Kind, t.Sent, t.Cap = i, j, w, z.ar.fold(w), doc.Word, 0, cp
					infos[nt] = breaksInfo(nl) | infoPlain*tokInfo(b2u(nl == 0 && !cp))
				} else if (seen|k)&wordUpper == 0 {
					t.Start, t.End, t.Text, t.Fold, t.Kind, t.Sent, t.Cap = i, j, w, w, doc.Word, 0, false
					infos[nt] = breaksInfo(nl) | infoPlain*tokInfo(b2u(nl == 0))
				} else {
					cp := k == wordUpper
					t.Start, t.End, t.Text, t.Fold, t.Kind, t.Sent, t.Cap = i, j, w, z.ar.lowerASCII(w), doc.Word, 0, cp
					infos[nt] = breaksInfo(nl) | infoPlain*tokInfo(b2u(nl == 0 && !cp))
				}
				nt++
				i = j
				brk := nt > min && nl >= 2
				nl = 0
				if brk {
					break
				}
				if i < len(text) && text[i] == ' ' {
					i++ // the commonest gap: one space
				}
				continue
			}
		}
		nl0 := nl
		var abbr abbrKind
		var initial, quote bool
		nl = 0
		var end int
		var kind doc.TokenKind
		shape := shapeUnknown
		switch {
		case isLetter(r):
			if h := c | 0x20; (h == 'h' || h == 'w') && isLinkStart(text, i) {
				end, kind = scanLink(text, i), doc.Symbol
				break
			}
			afterNumber := nt > 0 && toks[nt-1].Kind == doc.Number
			end, kind, abbr, initial, shape = scanWord(text, i, lx, afterNumber)
			if end < len(text) && text[end] == '@' && kind == doc.Word && abbr == abbrNone && !initial {
				if e := scanEmail(text, end); e > end {
					end, kind, shape = e, doc.Symbol, shapeUnknown
				}
			}
		case '0' <= c && c <= '9':
			end, kind = scanNumber(text, i), doc.Number
		case c == '.':
			end, kind = i+1, doc.Punct
			for end < len(text) && text[end] == '.' {
				end++
			}
		default:
			end, kind = i+n, punctKind(r)
			quote = c == '"'
		}
		if nt == len(toks) { // the estimate fell short
			toks = append(toks, doc.Token{})[:nt]
			toks = toks[:cap(toks)]
			infos = append(infos, make([]tokInfo, len(toks)-len(infos))...)
		}
		var plain bool
		if t := &toks[nt]; kind == doc.Word && shape == shapeLower {
			// the commonest token, as fillToken makes it
			w := text[i:end]
			t.Start, t.End, t.Text, t.Fold, t.Kind, t.Sent, t.Cap = i, end, w, w, doc.Word, 0, false
			plain = nl0 == 0 && abbr != abbrOther && !initial
		} else {
			fillToken(t, text, i, end, kind, shape, &z.ar)
			plain = nl0 == 0 && !t.Cap && kind != doc.Punct && (kind != doc.Word || abbr != abbrOther && !initial)
		}
		infos[nt] = breaksInfo(nl0) | tokInfo(abbr)<<2 | infoInitial*tokInfo(b2u(initial)) |
			infoQuote*tokInfo(b2u(quote)) | infoPlain*tokInfo(b2u(plain))
		nt++
		i = end
		if nt > min && nl0 >= 2 {
			break
		}
	}
	z.toks, z.infos, z.nt, z.nl, z.i = toks, infos, nt, nl, i
}

// quickWords lets the tokenizer make plain ASCII words on a short path;
// tests turn it off to check that the general path makes the same tokens.
var quickWords = true

// wideLatin reports whether text[j:] starts with a letter of U+00C0-U+017F
// (Latin-1 and Latin Extended-A: two bytes, the first 0xc3 to 0xc5), all of
// them letters but × and ÷.
func wideLatin(text string, j int) bool {
	if j+1 >= len(text) {
		return false
	}
	c, d := text[j], text[j+1]
	return c-0xc3 <= 0xc5-0xc3 && d&0xc0 == 0x80 && (c != 0xc3 || d != 0x97 && d != 0xb7)
}

// boundary counts the bytes that end or make a token: white space, ASCII
// punctuation, and the lead bytes of the UTF-8 blocks that hold only
// punctuation and symbols (U+0080-U+00BF: ¡ ¿ º; U+2000-U+2FFF: — … €).
var boundary = func() (t [256]uint8) {
	for _, c := range " \n\t\r.,;:!?\"'()[]{}%$#@&*+=<>/-" {
		t[c] = 1
	}
	t[0xc2], t[0xe2] = 1, 1
	return t
}()

// estimateTokens estimates, slightly over, the number of tokens of text
// cheaply, so that the token slice is allocated once. A long text is
// sampled: one block of sampleBlock bytes in every sampleEvery, with a
// wider margin (an estimate that falls short makes the slice grow once:
// slower, not wrong).
func estimateTokens(text string) int {
	if len(text) <= sampleFrom {
		n := 16 + countBoundaries(text)
		return n + n/32
	}
	n, seen := 0, 0
	for at := 0; at < len(text); at += sampleEvery * sampleBlock {
		b := text[at:min(at+sampleBlock, len(text))]
		n += countBoundaries(b)
		seen += len(b)
	}
	n = int(int64(n) * int64(len(text)) / int64(seen))
	return 16 + n + n/32 + n/64
}

// Texts longer than sampleFrom bytes have their tokens estimated from one
// block of sampleBlock bytes in every sampleEvery.
const (
	sampleFrom  = 64 << 10
	sampleBlock = 512
	sampleEvery = 8
)

// countBoundaries counts the bytes of text that end or make a token.
func countBoundaries(text string) int {
	n := 0
	i := 0
	for ; i+8 <= len(text); i += 8 {
		s := text[i : i+8]
		n += int(boundary[s[0]]) + int(boundary[s[1]]) + int(boundary[s[2]]) + int(boundary[s[3]]) +
			int(boundary[s[4]]) + int(boundary[s[5]]) + int(boundary[s[6]]) + int(boundary[s[7]])
	}
	for ; i < len(text); i++ {
		n += int(boundary[text[i]])
	}
	return n
}

// makeToken returns a token of text[start:end].
func makeToken(text string, start, end int, kind doc.TokenKind, ar *arena) doc.Token {
	var t doc.Token
	fillToken(&t, text, start, end, kind, shapeUnknown, ar)
	return t
}

// wordShape is what the word scanner learnt of a word's bytes, so that
// fillToken need not look at them again.
type wordShape uint8

const (
	shapeUnknown wordShape = iota
	shapeLower             // ASCII, no capital
	shapeUpper             // ASCII, some capital
	shapeWide              // some byte beyond ASCII
)

// fillToken sets every field of a token to those of text[start:end] (Sent
// to 0), in place; shape, when known, tells what its bytes are.
func fillToken(t *doc.Token, text string, start, end int, kind doc.TokenKind, shape wordShape, ar *arena) {
	s := text[start:end]
	t.Start, t.End, t.Text, t.Kind, t.Sent, t.Cap = start, end, s, kind, 0, false
	if kind != doc.Word && kind != doc.Symbol {
		t.Fold = s
		return
	}
	// one look at the bytes: ASCII capitals, and any byte beyond ASCII
	upper, ascii := shape == shapeUpper, shape != shapeWide
	if shape == shapeUnknown {
		k := 0
		for ; k < len(s); k++ {
			c := s[k]
			if c >= utf8.RuneSelf {
				break
			}
			if 'A' <= c && c <= 'Z' {
				upper = true
			}
		}
		ascii = k == len(s)
	}
	if c := s[0]; c < utf8.RuneSelf {
		t.Cap = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(s)
		t.Cap = unicode.IsUpper(r)
	}
	switch {
	case ascii && upper:
		t.Fold = ar.lowerASCII(s)
	case ascii:
		t.Fold = s
	default:
		t.Fold = ar.fold(s) // (folding lower-cases too)
	}
}

// asciiClass tells, for each ASCII byte, whether it is a letter (1) or a
// digit (2).
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 1, 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	return t
}()

// asciiWord tells, for each byte, whether it is an ASCII lower-case letter,
// capital or digit (0 for every other byte, all those beyond ASCII too).
const (
	wordLower uint8 = 1 << iota
	wordUpper
	wordDigit
)

var asciiWord = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = wordLower, wordUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = wordDigit
	}
	return t
}()

// asciiRun returns the end of the run of bytes from j whose asciiWord
// classes are in mask, and the classes seen. (A function of its own, so that
// the loop keeps its few variables in registers.)
func asciiRun(s string, j int, mask uint8) (int, uint8) {
	var seen uint8
	for ; j < len(s); j++ {
		f := asciiWord[s[j]] & mask
		if f == 0 {
			break
		}
		seen |= f
	}
	return j, seen
}

// wordGoesOn marks the ASCII bytes after letters that scanWord must look
// at: inner apostrophes and hyphens, an abbreviation's period, US$.
var wordGoesOn = [utf8.RuneSelf]bool{'\'': true, '-': true, '.': true, '$': true}

// isLetter reports whether r starts or continues a word.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r] == 1
	}
	return unicode.IsLetter(r)
}

// isWordRune reports whether r continues a word: letters, digits, marks.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r] != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// punctKind classifies a rune that is neither letter, digit nor space.
func punctKind(r rune) doc.TokenKind {
	switch r {
	case '%', '‰', '#', '@', '&', '°', '$', '€', '£', '¥', '+', '=', '<', '>', '~', '^', '|':
		return doc.Symbol
	}
	if unicode.IsPunct(r) {
		return doc.Punct
	}
	return doc.Symbol
}

// scanWord scans a word from i: letters, digits and marks, with inner
// apostrophes and hyphens (O'Brien, pro-ruso), abbreviations with their
// periods (EE.UU., Sr., U.S.; a date abbreviation only after a number:
// "3 mar."), initials ("J.") and currency prefixes (US$).
//
// The shape it returns describes text[i:end] when known.
func scanWord(text string, i int, lx *lexicon, afterNumber bool) (int, doc.TokenKind, abbrKind, bool, wordShape) {
	// the commonest word: ASCII letters and digits up to an ASCII byte
	// that neither joins words nor follows an abbreviation or a currency
	j, seen := asciiRun(text, i, wordLower|wordUpper|wordDigit)
	if j >= len(text) || text[j] < utf8.RuneSelf && !wordGoesOn[text[j]] {
		if seen&wordUpper != 0 {
			return j, doc.Word, abbrNone, false, shapeUpper
		}
		return j, doc.Word, abbrNone, false, shapeLower
	}
	upper := seen&(wordLower|wordDigit) == 0 // ASCII capitals only, for US$
	anyUpper, wide := seen&wordUpper != 0, false
	for j < len(text) {
		// a run of ASCII letters and digits, one table look-up a byte
		var seen uint8
		j, seen = asciiRun(text, j, wordLower|wordUpper|wordDigit)
		if seen&(wordLower|wordDigit) != 0 {
			upper = false
		}
		if seen&wordUpper != 0 {
			anyUpper = true
		}
		if j >= len(text) {
			break
		}
		var r rune
		n := 1
		if c := text[j]; c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				upper, wide = false, true
				j += n
				continue
			}
		}
		if r == '\'' || r == '-' || r == '‐' || r == '‑' {
			if next, _ := runeAt(text, j+n); isWordRune(next) && (r != '\'' || isLetter(next)) {
				upper = false
				wide = wide || n > 1
				j += n
				continue
			}
		}
		break
	}
	shape := shapeLower // of text[i:j]
	switch {
	case wide:
		shape = shapeWide
	case anyUpper:
		shape = shapeUpper
	}
	if j >= len(text) {
		return j, doc.Word, abbrNone, false, shape
	}
	switch text[j] {
	case '$':
		if upper && j-i <= 3 {
			return j + 1, doc.Symbol, abbrNone, false, shapeUnknown
		}
	case '.':
		// the longest run of letter groups joined by periods: EE.UU. U.S.A.
		k := j
		groups, short := 1, j-i <= 2
		for k+1 < len(text) && text[k] == '.' {
			r, _ := runeAt(text, k+1)
			if !isLetter(r) {
				break
			}
			g := k + 1
			for g < len(text) {
				r, n := runeAt(text, g)
				if !isLetter(r) {
					break
				}
				g += n
			}
			if g-(k+1) > 2 {
				short = false
			}
			groups++
			k = g
		}
		if k < len(text) && text[k] == '.' && k > j {
			if a := lx.abbrev(text[i : k+1]); a != abbrNone && a != abbrDate {
				return k + 1, doc.Word, a, false, shapeUnknown
			}
			if short && groups >= 2 {
				return k + 1, doc.Word, abbrOther, false, shapeUnknown // p.m., U.S.A., e.g.
			}
		}
		switch a := lx.abbrev(text[i : j+1]); {
		case a == abbrDate && afterNumber:
			return j + 1, doc.Word, abbrOther, false, shapeUnknown
		case a != abbrNone && a != abbrDate:
			return j + 1, doc.Word, a, false, shapeUnknown
		}
		if r, n := runeAt(text, i); i+n == j && unicode.IsUpper(r) {
			return j + 1, doc.Word, abbrNone, true, shapeUnknown // an initial
		}
	}
	return j, doc.Word, abbrNone, false, shape
}

// isLinkStart reports whether a web address starts at i (http://, https://,
// www.).
func isLinkStart(text string, i int) bool {
	c := text[i] | 0x20
	if c != 'h' && c != 'w' || i+4 >= len(text) {
		return false
	}
	if c2 := text[i+1] | 0x20; c2 != 't' && c2 != 'w' {
		return false
	}
	for _, p := range []string{"http://", "https://", "www."} {
		if len(text)-i > len(p) && strings.EqualFold(text[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// scanLink scans a web address up to white space, leaving out closing
// punctuation that follows it ("see www.example.com.").
func scanLink(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := runeAt(text, j)
		if r == ' ' || r == '\n' || r == '"' || r == '\'' || r == '<' || r == '>' || unicode.IsSpace(r) {
			break
		}
		j += n
	}
	for j > i {
		switch text[j-1] {
		case '.', ',', ';', ':', '!', '?', ')', ']':
			j--
			continue
		}
		break
	}
	return j
}

// scanEmail extends a word ending at at ('@') over an e-mail domain
// (name@example.com); it returns at when no domain with a period follows.
func scanEmail(text string, at int) int {
	j, dots, last := at+1, 0, at+1
	for j < len(text) {
		r, n := runeAt(text, j)
		switch {
		case isWordRune(r) || r == '-' || r == '_':
			j += n
			last = j
			continue
		case r == '.' && j+1 < len(text):
			if next, _ := runeAt(text, j+1); isWordRune(next) {
				dots++
				j += n
				continue
			}
		}
		break
	}
	if dots == 0 {
		return at
	}
	return last
}

// scanNumber scans a number from i: digits with inner separators (15,000
// 15.000 3,5 2.5 1.000.000 10:30 12/08/2025) and an ordinal suffix (1º, 2ª,
// 1st, 3rd).
func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if '0' <= c && c <= '9' {
			j++
			continue
		}
		if (c == '.' || c == ',' || c == ':' || c == '/') && j+1 < len(text) && '0' <= text[j+1] && text[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	if r, n := runeAt(text, j); r == 'º' || r == 'ª' {
		if next, _ := runeAt(text, j+n); !isWordRune(next) {
			return j + n
		}
	}
	if j+2 <= len(text) {
		switch text[j : j+2] {
		case "st", "nd", "rd", "th":
			if next, _ := runeAt(text, j+2); !isWordRune(next) {
				return j + 2
			}
		}
	}
	return j
}
