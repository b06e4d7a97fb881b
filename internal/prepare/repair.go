package prepare

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// maxRepeat is the longest phrase, in words, whose immediate repetition is
// repaired ("de la reunión de la reunión").
const maxRepeat = 4

// repair is one machine-translation repair found in the text.
type repair struct {
	at   int    // raw offset, for the warning
	what string // warning text
	e    edit   // raw edit
	p    edit   // the same edit in prepared-text offsets
}

// findRepairs looks for repeated words or phrases and stray capitals in the
// tokens of a prepared text (text, mapped to raw by m).
func findRepairs(raw string, toks []doc.Token, sents []doc.Sentence, m offsetMapper, lx *lexicon) []repair {
	f := repairFinder{raw: raw, toks: toks, m: m, lx: lx}
	for _, s := range sents {
		f.sentence(s)
	}
	return f.reps
}

// offsetMapper maps prepared offsets to raw ones: a *doc.OffsetMap or an
// *editMap.
type offsetMapper interface {
	Start(p int) int
	End(p int) int
}

// repairFinder looks for repairs one sentence at a time, so that the
// splitter can hand it each sentence while its tokens are fresh in the cache.
type repairFinder struct {
	raw     string
	toks    []doc.Token
	m       offsetMapper
	lx      *lexicon
	reps    []repair
	deleted []bool   // tokens of removed repeats
	keys    []uint32 // lowerKey of each token of the sentence at hand
	cands   []int    // the tokens where a repeat may start
}

// foldKey sums up a folded form in a word (its length and three of its
// bytes): two equal forms have equal keys, and so have two equal
// lower-cased forms (their folds are equal), so that unequal keys rule out
// a repeat without reading the strings.
func foldKey(s string) uint32 {
	if s == "" {
		return 0
	}
	return uint32(len(s))<<24 ^ uint32(s[len(s)/2])<<16 ^ uint32(s[len(s)-1])<<8 ^ uint32(s[0])
}

// sentence keeps four keys at hand: maxRepeat must be 4.
var _ = [1]int{}[maxRepeat-4]

func (f *repairFinder) rawOf(s doc.Span) doc.Span {
	return doc.Span{Start: f.m.Start(s.Start), End: f.m.End(s.End)}
}

// sentence looks for the repairs of one sentence.
func (f *repairFinder) sentence(s doc.Sentence) {
	raw, toks, m, lx := f.raw, f.toks, f.m, f.lx
	if n := len(f.deleted); n > 0 && n < len(toks) { // more tokens since it was made
		f.deleted = append(f.deleted, make([]bool, len(toks)-n)...)
	}
	// the keys of the sentence's tokens, and where a repeat may start: at
	// a token whose key comes again in the maxRepeat tokens after it (the
	// four keys before each are kept at hand to find those)
	first, size := s.FirstTok, s.EndTok-s.FirstTok
	keys := slices.Grow(f.keys[:0], size)[:size]
	cands := f.cands[:0]
	var p1, p2, p3, p4 uint32
	for k := range keys {
		key := foldKey(toks[first+k].Fold)
		keys[k] = key
		if key == p1 || key == p2 || key == p3 || key == p4 {
			for m := 1; m <= maxRepeat && m <= k; m++ {
				if keys[k-m] == key {
					cands = append(cands, first+k-m)
				}
			}
		}
		p4, p3, p2, p1 = p3, p2, p1, key
	}
	slices.Sort(cands)
	f.keys, f.cands = keys, cands
	next := first // where the next repeat may start
	for _, i := range cands {
		if i < next || toks[i].Kind != doc.Word {
			continue // inside the last repeat, or no repeat starts here (see sameRun)
		}
		next = i + 1
		n, c := repeatAt(toks, keys, s.FirstTok, i, s.EndTok, lx)
		if n == 0 {
			continue
		}
		whole := f.rawOf(doc.Span{Start: toks[i].Start, End: toks[i+c*n-1].End})
		kind := "word"
		if n > 1 {
			kind = "phrase"
		}
		cut := doc.Span{Start: toks[i+n-1].End, End: toks[i+c*n-1].End}
		f.reps = append(f.reps, repair{at: whole.Start,
			what: "repaired repeated " + kind + " '" + raw[whole.Start:whole.End] + "' at " + strconv.Itoa(whole.Start),
			e:    edit{m.End(cut.Start), whole.End, ""},
			p:    edit{cut.Start, cut.End, ""}})
		if f.deleted == nil {
			f.deleted = make([]bool, len(toks), cap(toks)) // (room for the tokens still to come)
		}
		for k := i + n; k < i+c*n; k++ {
			f.deleted[k] = true
		}
		next = i + c*n
	}
	// a headline has no stray capitals; whether the sentence is one is
	// asked only once it has a candidate (most sentences have none)
	deleted := f.deleted
	asked := false
	for i := s.FirstTok + 1; i < s.EndTok-1; i++ {
		if t := &toks[i]; !t.Cap || t.Kind != doc.Word {
			continue // (strayCapital's first test, inline)
		}
		if len(deleted) > 0 && deleted[i] || !strayCapital(toks, i, s.EndTok, deleted, lx) {
			continue
		}
		if !asked {
			if headline(toks[s.FirstTok:s.EndTok]) {
				return
			}
			asked = true
		}
		t := &toks[i]
		r := f.rawOf(t.Span)
		first, size := utf8.DecodeRuneInString(t.Text)
		low := string(unicode.ToLower(first)) + t.Text[size:]
		f.reps = append(f.reps, repair{at: r.Start,
			what: "repaired stray capital '" + raw[r.Start:r.End] + "' at " + strconv.Itoa(r.Start),
			e:    edit{r.Start, r.End, low},
			p:    edit{t.Start, t.End, low}})
	}
}

// repeatAt returns the length n (in words) of a phrase starting at token i
// that is immediately repeated, and how many times c it occurs in a row
// (c >= 2); n is 0 when there is none. Legitimate repeats ("had had") are
// left alone. keys are the lowerKey of the tokens from first on: unequal
// keys rule out equal words before their strings are read.
func repeatAt(toks []doc.Token, keys []uint32, first, i, end int, lx *lexicon) (n, c int) {
	fi := toks[i].Fold
	top := min((end-i)/2, maxRepeat) // i+2*n <= end
	for n = top; n >= 1; n-- {
		if keys[i+n-first] != keys[i-first] {
			continue
		}
		// lengths and first bytes first: most words differ there (equal
		// folds are needed for equal lower-cased forms; samePhrase compares
		// those)
		if fo := toks[i+n].Fold; len(fo) != len(fi) || len(fo) > 0 && fo[0] != fi[0] || fo != fi || !sameRun(toks, i, 2*n) {
			continue
		}
		if !sameKeys(keys, i-first, i+n-first, n) || !samePhrase(toks, i, i+n, n) {
			continue
		}
		if !plausibleRepeat(toks, i, n, lx) {
			return 0, 0
		}
		c = 2
		for i+(c+1)*n <= end && sameKeys(keys, i-first, i+c*n-first, n) && sameRun(toks, i, (c+1)*n) && samePhrase(toks, i, i+c*n, n) {
			c++
		}
		return n, c
	}
	return 0, 0
}

// plausibleRepeat reports whether the phrase of n words at i, said twice, is
// an artifact rather than language: not a listed repeat ("had had", "Bora
// Bora"), not a name after a particle ("de De Gaulle"), not a short
// reduplicated name ("Colo Colo", "Mieh Mieh") or words in capitals, not a
// figure of speech ("years and years", "de controversia en controversia").
func plausibleRepeat(toks []doc.Token, i, n int, lx *lexicon) bool {
	var b strings.Builder
	for k := i; k < i+2*n; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Lower())
	}
	if lx.repeats[b.String()] {
		return false
	}
	first, second := &toks[i], &toks[i+n]
	if second.Cap && !first.Cap {
		return false
	}
	if allCaps(first.Text) || allCaps(second.Text) {
		return false
	}
	if n == 1 && first.Cap && second.Cap && utf8.RuneCountInString(first.Text) < 5 {
		return false
	}
	if n == 2 {
		// a word and a conjunction or preposition, over and over
		a, b := lx.function[toks[i].Fold], lx.function[toks[i+1].Fold]
		linker := func(c wordClass) bool { return c == classConj || c == classPrep }
		if linker(a) && b == classNone || a == classNone && linker(b) {
			return false
		}
	}
	return true
}

// allCaps reports whether a word has two or more letters, all capitals.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// sameRun reports whether tokens [i, i+k) are words separated by single
// spaces; abbreviations and initials ("J. R. R.") are not words here.
func sameRun(toks []doc.Token, i, k int) bool {
	for j := i; j < i+k; j++ {
		if toks[j].Kind != doc.Word || strings.HasSuffix(toks[j].Text, ".") {
			return false
		}
		if j > i && toks[j].Start != toks[j-1].End+1 {
			return false
		}
	}
	return true
}

// sameKeys reports whether the n keys at a and at b are equal, as they are
// when the n tokens there have equal lower-cased forms.
func sameKeys(keys []uint32, a, b, n int) bool {
	for k := 0; k < n; k++ {
		if keys[a+k] != keys[b+k] {
			return false
		}
	}
	return true
}

// samePhrase compares n tokens at a and at b, ignoring case ("él el" is
// no repeat).
func samePhrase(toks []doc.Token, a, b, n int) bool {
	for k := 0; k < n; k++ {
		if x, y := &toks[a+k], &toks[b+k]; x.Fold != y.Fold || x.Lower() != y.Lower() {
			return false
		}
	}
	return true
}

// headline reports whether a sentence is written in title case or capitals
// (a headline): most of its longer words are capitalised (doc.Headline).
func headline(toks []doc.Token) bool {
	return doc.Headline(toks, func(w string) bool { return len(w) >= 4 && !shortWide(w) })
}

// shortWide reports whether a word of four bytes or more has fewer than
// four letters (runes): never when its first four bytes are ASCII, nor
// from 13 bytes up (three runes take at most 12).
func shortWide(s string) bool {
	if len(s) >= 13 || s[0]|s[1]|s[2]|s[3] < utf8.RuneSelf {
		return false
	}
	return utf8.RuneCountInString(s) < 4
}

// strayCapital reports whether token i, inside a sentence, is a capitalised
// word that is not a name: an adverb or auxiliary from the function-word
// lists, a relative or an object pronoun before a verb (lexicon.innerWord),
// or a verb form by its ending, that machine translation capitalised
// ("Putin Realizó una llamada", "Pyongyang También apoyará"). It is never
// the first word, never follows a colon, quote, bracket, article or
// preposition, and is always followed by a lower-case word (a capital after
// it would make it part of a name: "El Salvador", "The Hague").
func strayCapital(toks []doc.Token, i, end int, deleted []bool, lx *lexicon) bool {
	t := &toks[i]
	if t.Kind != doc.Word || !t.Cap || t.Text[len(t.Text)-1] == '.' {
		return false
	}
	// title case only: the second letter is lower case
	_, n := utf8.DecodeRuneInString(t.Text)
	if r2, _ := utf8.DecodeRuneInString(t.Text[n:]); !unicode.IsLower(r2) {
		return false
	}
	p := i - 1
	for p > 0 && len(deleted) > 0 && deleted[p] {
		p--
	}
	prev := &toks[p]
	switch {
	case prev.Kind == doc.Word && prev.Text[len(prev.Text)-1] != '.':
	case prev.Kind == doc.Number, prev.Text == ",":
	default:
		return false
	}
	if i+1 >= end {
		return false
	}
	next := &toks[i+1]
	if r, _ := utf8.DecodeRuneInString(next.Text); next.Kind != doc.Word || !unicode.IsLower(r) {
		return false
	}
	prevCap := prev.Kind == doc.Word && prev.Cap
	if w := t.Lower(); lx.inner[w] || !prevCap && lx.innerWord(t, next) {
		// a relative or complementiser, which no name is, or an object
		// pronoun before a verb after a lower-case word ("exigieron al
		// presidente Que haga", "para Que", "la corte La rechazó")
		return true
	}
	if c := lx.function[prev.Fold]; prev.Kind == doc.Word && (c == classDet || c == classPrep) {
		return false // after an article or preposition: a noun or name ("del Este", "en Castelló")
	}
	switch lx.function[t.Fold] {
	case classAdv:
		return true
	case classAux:
		return !prevCap
	case classNone:
	default:
		// a capitalised article, pronoun or conjunction mid-sentence more
		// often starts a sentence glued to the last one than it is an
		// artifact; the splitter deals with it
		return false
	}
	found, adverb := endingOf(t, lx)
	if !found {
		return false
	}
	if adverb {
		return true
	}
	if lx.function[prev.Fold] == classConj {
		return false // a name in a list ("Vila-real y Castelló de la Plana")
	}
	// a name followed by its verb ("Teherán consideró") or by a conjunction
	// ("Pedro Rosselló y su partido") is no verb itself
	return lx.function[next.Fold] != classConj && !lx.verbEnding(next.Lower())
}

// endingOf is lx.ending of a token's lower-cased form, which for a short
// word is made on the stack rather than allocated.
func endingOf(t *doc.Token, lx *lexicon) (found, adverb bool) {
	var buf [32]byte
	if len(t.Text) > len(buf) || isASCII(t.Text) {
		return lx.ending(t.Lower())
	}
	return lx.ending(string(appendLower(buf[:0], t.Text)))
}
