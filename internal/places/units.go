package places

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/doc"
	"golang.org/x/text/unicode/norm"
)

// unit is what the matcher walks over: a word of the prepared text, with
// hyphenated words split ("Winston-Salem" is two units) and dots dropped from
// the key ("EE.UU." -> "eeuu"), so that names match whatever the tokenizer
// decided about inner punctuation.
type unit struct {
	key        string // folded, without dots
	start, end int    // byte span in Doc.Text
	sent       int    // sentence index
	cap        bool   // first letter upper case
	upper      bool   // every letter upper case
	caps       bool   // in a sentence written in capitals (a headline), where capitals say nothing of names
	first      bool   // first word of its sentence
	gap        bool   // punctuation other than . - ' stands between it and the previous unit
	tok        int    // index of the source token
}

// units derives the matching units of d from its tokens (or, when the
// tokenizer has not run, from a tokenization of its own).
func units(d *doc.Doc) []unit { return unitsIn(d, doc.Span{Start: 0, End: len(d.Text)}) }

// unitsIn derives the units of the tokens inside span.
func unitsIn(d *doc.Doc, span doc.Span) []unit { return appendUnits(nil, d, span) }

// appendUnits appends the units of the tokens inside span to us.
func appendUnits(us []unit, d *doc.Doc, span doc.Span) []unit {
	toks := d.Tokens
	if len(toks) == 0 && d.Text != "" {
		toks = tokenize(d.Text)
	} else if span.Start > 0 || span.End < len(d.Text) {
		a, b := d.TokenAt(span.Start), d.TokenAt(span.End)
		for b < len(toks) && toks[b].Start < span.End {
			b++
		}
		toks = toks[a:b]
	}
	us = slices.Grow(us, len(toks))
	from := len(us)
	lastSent := -1
	for i, t := range toks {
		if t.Kind != doc.Word {
			continue
		}
		first := int(t.Sent) != lastSent
		lastSent = int(t.Sent)
		off := 0
		for rest, more := t.Text, true; more; {
			var part string
			part, rest, more = strings.Cut(rest, "-")
			s := t.Start + off
			off += len(part) + 1
			part = trimPossessive(part)
			if part == "" {
				continue
			}
			k, ok := plainKey(&t, part)
			if !ok {
				k = keyOfAs(part, t.Fold)
			}
			if k == "" {
				continue
			}
			if f, ok := enyeAsNN(part); ok {
				k = keyOf(f) // "NARInnO": Nariño, its Ñ lost to a lower-cased "nn"
			}
			r, _ := utf8.DecodeRuneInString(part)
			gap := false
			if n := len(us); n > 0 {
				between := d.Text[min(us[n-1].end, s):s]
				// (a possessive ending dropped from the unit before is no gap:
				// "Cox's Bazar" is one name)
				if strings.HasPrefix(between, "'s") || strings.HasPrefix(between, "'S") {
					between = between[2:]
				} else if strings.HasPrefix(between, "’s") || strings.HasPrefix(between, "’S") {
					between = between[4:]
				}
				gap = !onlyJoiners(between)
				// the first word after a dateline's dash opens the story's
				// sentence ("GENEVA — In Caracas, ...", "LIMA, 12 jun – En
				// Cusco, ..."): its capital is the sentence's, not a name's
				if !first && s == t.Start && dashOpens(between) {
					first = true
				}
			}
			us = append(us, unit{key: k, start: s, end: s + len(part), sent: int(t.Sent),
				cap: unicode.IsUpper(r), upper: isUpper(part), first: first, gap: gap, tok: i})
			first = false
		}
	}
	markCaps(us[from:])
	return us
}

// dashOpens reports text between two words that ends with a dash set off
// by blanks (" — ", ", 12 jun – "): what follows opens a clause.
func dashOpens(between string) bool {
	t := strings.TrimRight(between, " \t")
	if len(t) == len(between) {
		return false
	}
	for _, d := range []string{" —", " –", " -", " --"} {
		if strings.HasSuffix(t, d) {
			return true
		}
	}
	return t == "—" || t == "–"
}

// markCaps sets caps on the units of each sentence written in capitals: of
// three or more words of two letters or more, four in five are all capitals
// ("EN TORNO A GROZNY", "POLICE ARREST 40 PROTESTERS").
func markCaps(us []unit) {
	for a := 0; a < len(us); {
		b, words, upper := a, 0, 0
		for ; b < len(us) && us[b].sent == us[a].sent; b++ {
			if us[b].end-us[b].start >= 2 {
				words++
				if us[b].upper {
					upper++
				}
			}
		}
		if words >= 3 && upper*5 >= words*4 {
			for k := a; k < b; k++ {
				us[k].caps = true
			}
		}
		a = b
	}
}

// onlyJoiners reports whether s holds nothing but blanks, newlines, dots,
// hyphens and apostrophes (' and ’): no gap between two units.
func onlyJoiners(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '.', '-', '\'':
		case 0xe2: // ’ is e2 80 99
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
				i += 2
				continue
			}
			return false
		default:
			return false
		}
	}
	return true
}

// trimPossessive drops an English possessive ending: "Russia's" -> "Russia"
// ('s, ’s, 'S or ’S, after two bytes or more).
func trimPossessive(s string) string {
	n := len(s)
	if n < 4 || (s[n-1] != 's' && s[n-1] != 'S') {
		return s
	}
	if s[n-2] == '\'' {
		return s[:n-2]
	}
	if n > 5 && s[n-4] == 0xe2 && s[n-3] == 0x80 && s[n-2] == 0x99 {
		return s[:n-4]
	}
	return s
}

// plainKey returns the token's fold as the key of part when part is the
// whole word and of ASCII letters and digits only: keyOf would only
// lower-case it, as the tokenizer did.
func plainKey(t *doc.Token, part string) (string, bool) {
	if len(part) != len(t.Text) || len(t.Fold) != len(part) {
		return "", false
	}
	for i := 0; i < len(part); i++ {
		if c := part[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return "", false
		}
	}
	return t.Fold, true
}

func isUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// keyOf folds a word as the tokenizer's Fold does (lower case, diacritics
// removed) and drops dots and apostrophes variants to one form.
func keyOf(s string) string { return keyOfAs(s, "") }

// keyOfAs is keyOf, returning same when the key is its text (see
// keyOfLatinAs).
func keyOfAs(s, same string) string {
	if k, ok := keyOfLatinAs(s, same); ok {
		return k
	}
	return strings.Trim(foldSlow(s), "'")
}

// foldSlow is keyOf before the trim of apostrophes.
func foldSlow(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '.':
		case r == '’' || r == '`' || r == 'ʹ' || r == 'ʼ':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// latinLimit: runes below it (ASCII, Latin-1, Latin Extended-A and -B) are
// letters or signs whose lower case decomposes to a letter and combining
// marks only, so that a word of them folds rune by rune.
const latinLimit = 0x250

// latinFold holds foldSlow of each rune below latinLimit.
var latinFold = func() (t [latinLimit]string) {
	for r := rune(0); r < latinLimit; r++ {
		t[r] = foldSlow(string(r))
	}
	return t
}()

// keyOfLatin is keyOf for a word of runes below latinLimit (ok false
// otherwise): folded rune by rune from a table, without normalising, and
// without allocating when nothing changes.
func keyOfLatin(s string) (string, bool) { return keyOfLatinAs(s, "") }

// keyOfLatinAs is keyOfLatin, returning same rather than a new string when
// the key is same's text (a token's Fold: no allocation then).
func keyOfLatinAs(s, same string) (string, bool) {
	if keyUnchanged(s) {
		return strings.Trim(s, "'"), true
	}
	var buf [64]byte
	b := buf[:0]
	for _, r := range s {
		if r >= latinLimit {
			return "", false
		}
		b = append(b, latinFold[r]...)
	}
	i, j := trimApos(b, 0)
	if string(b[i:j]) == same {
		return same, true
	}
	return string(b[i:j]), true
}

// keyUnchanged reports whether s is its own key but for apostrophes at its
// edges: ASCII with no capital, dot or backquote.
func keyUnchanged(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') || c == '.' || c == '`' {
			return false
		}
	}
	return true
}

// trimApos gives the bounds of b[start:] without the apostrophes at its
// edges.
func trimApos(b []byte, start int) (int, int) {
	i, j := start, len(b)
	for i < j && b[i] == '\'' {
		i++
	}
	for j > i && b[j-1] == '\'' {
		j--
	}
	return i, j
}

// NameKeys splits a place name into the folded unit keys the matcher uses
// ("Nueva York" -> "nueva", "york"); the gazetteer generator stores names so.
func NameKeys(name string) []string { return nameKeys(name) }

// nameKeys splits a gazetteer name into its unit keys.
func nameKeys(name string) []string {
	var ks []string
	for _, t := range tokenize(name) {
		if t.Kind != doc.Word {
			continue
		}
		for _, part := range strings.Split(t.Text, "-") {
			// (an English possessive ending is dropped, as units drop it:
			// "Cox's Bazar" is "cox bazar")
			if k := keyOf(trimPossessive(part)); k != "" {
				ks = append(ks, k)
			}
		}
	}
	return ks
}

// tokenize is a small fallback tokenizer used for gazetteer names and for
// documents that reach this stage without tokens: words are letters and
// digits with inner apostrophes, hyphens and dots; every other non-space
// rune is a punctuation token. Sentences break after . ! ? followed by space.
func tokenize(text string) []doc.Token {
	var toks []doc.Token
	sent := int32(0)
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case isWordRune(r):
			j := wordEnd(text, i, w)
			s := text[i:j]
			fr, _ := utf8.DecodeRuneInString(s)
			toks = append(toks, doc.Token{Span: doc.Span{Start: i, End: j}, Text: s,
				Fold: keyOf(s), Kind: doc.Word, Sent: sent, Cap: unicode.IsUpper(fr)})
			i = j
		default:
			toks = append(toks, doc.Token{Span: doc.Span{Start: i, End: i + w}, Text: text[i : i+w], Kind: doc.Punct, Sent: sent})
			i += w
			if r == '.' || r == '!' || r == '?' || r == '\n' {
				if i >= len(text) || unicode.IsSpace(rune(text[i])) {
					sent++
				}
			}
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isInner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '.' }

// wordEnd returns the end of the word of tokenize that starts at i with a
// word rune w bytes long.
func wordEnd(text string, i, w int) int {
	j := i + w
	for j < len(text) {
		r2, w2 := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r2) {
			j += w2
			continue
		}
		if isInner(r2) && j+w2 < len(text) {
			r3, _ := utf8.DecodeRuneInString(text[j+w2:])
			if isWordRune(r3) {
				j += w2
				continue
			}
			// keep the final dot of an abbreviation such as EE.UU.
			if r2 == '.' && strings.ContainsRune(text[i:j], '.') {
				j += w2
				break
			}
		}
		break
	}
	return j
}

// appendKey appends keyOf(s) to b (without making the key a string).
func appendKey(b []byte, s string) []byte {
	if keyUnchanged(s) {
		return append(b, strings.Trim(s, "'")...)
	}
	start := len(b)
	for _, r := range s {
		if r >= latinLimit {
			return append(b[:start], strings.Trim(foldSlow(s), "'")...)
		}
		b = append(b, latinFold[r]...)
	}
	i, j := trimApos(b, start)
	n := copy(b[start:], b[i:j])
	return b[:start+n]
}

// joinedNameKey is strings.Join(nameKeys(name), " ") made without the
// tokens and key slices in between.
func joinedNameKey(name string) string {
	var buf [128]byte
	return string(appendJoinedNameKey(buf[:0], name))
}

// appendJoinedNameKey appends joinedNameKey(name) to b.
func appendJoinedNameKey(b []byte, name string) []byte {
	b0 := len(b)
	for i := 0; i < len(name); {
		r, w := utf8.DecodeRuneInString(name[i:])
		if !isWordRune(r) {
			i += w
			continue
		}
		j := wordEnd(name, i, w)
		for rest, more := name[i:j], true; more; {
			var part string
			part, rest, more = strings.Cut(rest, "-")
			n0 := len(b)
			if len(b) > b0 {
				b = append(b, ' ')
			}
			n1 := len(b)
			if b = appendKey(b, trimPossessive(part)); len(b) == n1 {
				b = b[:n0] // an empty key
			}
		}
		i = j
	}
	return b
}

// enyeAsNN reads a word written in capitals but for a lower-case "nn"
// ("NARInnO", "OCAnnA"), the mark some feeds leave of a capital Ñ they
// could not lower-case back, as the word with Ñ ("NARIÑO", "OCAÑA").
func enyeAsNN(w string) (string, bool) {
	i := strings.Index(w, "nn")
	if i < 1 || len(w) < 4 {
		return "", false
	}
	for j := 0; j < len(w); j++ {
		c := w[j]
		if j == i || j == i+1 {
			continue
		}
		if c >= 'a' && c <= 'z' || c >= 0x80 {
			return "", false // (other lower-case or non-ASCII letters: a plain word)
		}
	}
	return w[:i] + "Ñ" + w[i+2:], true
}
