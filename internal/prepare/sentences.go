package prepare

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// split groups tokens into sentences and sets each token's Sent.
//
// A sentence ends at a line break (news headlines and paragraphs carry no
// final period; a single line break followed by a lower-case word continues
// a hard-wrapped sentence), and after . ! ? or an ellipsis (with the closing
// quotes and brackets that follow) unless the next word is lower case, the
// mark lies inside a quotation that goes on, or (for an ellipsis) no capital
// follows. An abbreviation or initial ends a sentence only when a capitalised
// function word or a line break follows it; a title (Sr., Gen.) never does.
// Two sentences glued without a mark are split (see glued).
func split(toks []doc.Token, infos []tokInfo, lx *lexicon) []doc.Sentence {
	return splitEach(toks, infos, lx, nil)
}

// splitEach is split, calling each (when not nil) with every sentence as
// soon as it is made. Once each returns true, the tokens' Sent is no longer
// set (the caller will split again).
func splitEach(toks []doc.Token, infos []tokInfo, lx *lexicon, each func(doc.Sentence) bool) []doc.Sentence {
	if len(toks) == 0 {
		return nil
	}
	return splitRange(make([]doc.Sentence, 0, len(toks)/20+1), toks, infos, 0, len(toks), lx, each, nil)
}

// chunkTokens is about how many tokens tokenizeSplit has made before the
// splitter takes them: at 80 bytes a token they are still in the cache.
const chunkTokens = 0

// tokenizeSplit tokenises text, splits the tokens into sentences, hands
// each sentence to the repair finder f and applies its repairs to the
// tokens, as tokenize, splitEach, patch and resplit would one after the
// other, but a stretch of whole paragraphs at a time, so that every step
// reads tokens still in the cache and no token moves more than once.
//
// The tokens of a stretch keep the offsets of text until f has seen them
// (f maps them to the raw text); then the repairs of the stretch are
// applied (removed tokens dropped, rewritten ones made again from their
// new text), their offsets become those of the repaired text, and a
// stretch with repairs is split again. A paragraph is split alone as it is
// among all the tokens (see splitRange); the one token after a stretch,
// which the splitter peeks at, is never repaired (it opens a sentence).
// The tokens' Text and Fold may point into text rather than the
// repaired text: their bytes are the same.
func tokenizeSplit(text string, lx *lexicon, f *repairFinder) ([]doc.Token, []doc.Sentence) {
	z := newTokenizer(text, lx)
	r0 := 0 // f's repairs before the stretch at hand
	each := func(s doc.Sentence) bool {
		f.sentence(s)
		return len(f.reps) > r0
	}
	var sents []doc.Sentence
	var scratch []bool
	var eds []edit
	shift := 0 // repaired minus text offsets after the repairs so far
	for a := 0; ; {
		z.run(a + chunkTokens)
		toks, infos := z.made()
		b := len(toks)
		if !z.done() {
			b-- // the last token opens the next stretch
		}
		f.toks = toks
		if b > a {
			if sents == nil {
				sents = make([]doc.Sentence, 0, len(z.toks)/20+1)
			}
			s0 := len(sents)
			r0 = len(f.reps)
			sents = splitRange(sents, toks, infos, a, b, lx, each, &scratch)
			if len(f.reps) == r0 {
				if shift != 0 {
					for k := a; k < b; k++ {
						toks[k].Start += shift
						toks[k].End += shift
					}
					for k := s0; k < len(sents); k++ {
						sents[k].Start += shift
						sents[k].End += shift
					}
				}
			} else {
				eds = eds[:0]
				for _, r := range f.reps[r0:] {
					eds = append(eds, r.p)
				}
				sortEdits(eds)
				var end int
				end, shift = patchRun(toks, infos, a, b, eds, shift, &z.ar)
				clear(f.deleted[min(a, len(f.deleted)):min(b, len(f.deleted))])
				if b < len(toks) { // the token after the stretch moves up
					toks[end], infos[end] = toks[b], infos[b]
				}
				z.nt = end + len(toks) - b
				toks, infos = z.made()
				sents = splitRange(sents[:s0], toks, infos, a, end, lx, nil, &scratch)
				b = end
			}
		}
		if z.done() {
			toks, _ := z.made()
			return toks, sents
		}
		a = b
	}
}

// sortEdits sorts the few edits of a paragraph by start, without the
// allocations of sort.Slice.
func sortEdits(eds []edit) {
	for i := 1; i < len(eds); i++ {
		for k := i; k > 0 && eds[k].start < eds[k-1].start; k-- {
			eds[k], eds[k-1] = eds[k-1], eds[k]
		}
	}
}

// patchRun applies repairs to tokens [a, b) in place, as patch does: eds
// are in the offsets of the text before repair, sorted, each removing whole
// tokens or rewriting one. Kept tokens are packed from a on, and shift
// plus what the edits before each one added is added to its offsets. It
// returns the end of the kept tokens and the shift after all the edits.
func patchRun(toks []doc.Token, infos []tokInfo, a, b int, eds []edit, shift int, ar *arena) (int, int) {
	w, e := a, 0
	for k := a; k < b; k++ {
		// the tokens before the next edit are kept: moved up and shifted
		// without the tests below
		lim := math.MaxInt
		if e < len(eds) {
			lim = eds[e].start
		}
		for ; k < b && toks[k].Start < lim; k++ {
			if w != k {
				toks[w] = toks[k]
			}
			toks[w].Start += shift
			toks[w].End += shift
			infos[w] = infos[k]
			w++
		}
		if k == b {
			break
		}
		t := &toks[k]
		for e < len(eds) && eds[e].end <= t.Start {
			shift += len(eds[e].rep) - (eds[e].end - eds[e].start)
			e++
		}
		switch {
		case e < len(eds) && eds[e].rep == "" && eds[e].start <= t.Start && t.End <= eds[e].end:
			continue // removed
		case e < len(eds) && eds[e].start == t.Start && eds[e].end == t.End:
			start, kind, rep := t.Start+shift, t.Kind, eds[e].rep
			shift += len(rep) - (t.End - t.Start)
			e++
			fillToken(&toks[w], rep, 0, len(rep), kind, shapeUnknown, ar)
			toks[w].Start, toks[w].End = start, start+len(rep)
		default:
			if w != k {
				toks[w] = *t
			}
			toks[w].Start += shift
			toks[w].End += shift
		}
		infos[w] = infos[k]
		w++
	}
	for ; e < len(eds); e++ {
		shift += len(eds[e].rep) - (eds[e].end - eds[e].start)
	}
	return w, shift
}

// splitRange is splitEach over toks[lo:hi], a run of whole paragraphs (lo
// is 0 or a token after a blank line, and so is hi unless it is the end),
// appending its sentences to sents. The splitter's state starts afresh
// after a blank line, so that the sentences are those of a split of all
// the tokens. scratch, when not nil, lends its memory to the quote marks.
func splitRange(sents []doc.Sentence, toks []doc.Token, infos []tokInfo, lo, hi int, lx *lexicon, each func(doc.Sentence) bool, scratch *[]bool) []doc.Sentence {
	var inQuote []bool
	if scratch != nil {
		inQuote = quotedInto(*scratch, toks[lo:hi], infos[lo:hi])
		*scratch = inQuote
	} else {
		inQuote = quoted(toks[lo:hi], infos[lo:hi])
	}
	// (no closure for a sentence's end: first and setSent stay in
	// registers)
	first := lo
	setSent := true
	for i := lo; i < hi; i++ {
		if infos[i].plain() {
			continue
		}
		if i > first {
			if nl := infos[i].nl(); nl > 0 && breaksLine(toks, infos, i, lx) || nl == 0 && toks[i].Cap && glued(toks, i, lx) {
				sents, setSent = endSentence(sents, toks, first, i-1, setSent, each)
				first = i
			}
		}
		t := &toks[i]
		switch t.Kind {
		case doc.Punct:
			if t.Text == "." && i == first+1 && isListMark(&toks[first]) {
				break // "1. El gobierno...", "IV. Conclusiones": a list or section mark
			}
			if !isTerminal(t.Text) {
				break
			}
			// take in closing quotes, brackets and further marks
			j := i + 1
			for j < hi && infos[j].nl() == 0 && toks[j].Kind == doc.Punct && closesAfterTerminal(toks, j) {
				j++
			}
			if j == hi || infos[j].nl() > 0 {
				sents, setSent = endSentence(sents, toks, first, j-1, setSent, each)
				first = j
				i = j - 1
				continue
			}
			if inQuote[j-1-lo] && inQuote[j-lo] {
				continue // a quotation goes on
			}
			if startsSentence(&toks[j], t.Text == "…" || len(t.Text) > 1 && t.Text[0] == '.') {
				sents, setSent = endSentence(sents, toks, first, j-1, setSent, each)
				first = j
				i = j - 1
			}
		case doc.Word:
			if (infos[i].abbr() == abbrOther || infos[i].initial()) && i+1 < hi && infos[i+1].nl() == 0 {
				n := &toks[i+1]
				if n.Cap && n.Kind == doc.Word && lx.function[n.Fold] != classNone && !inQuote[i+1-lo] {
					sents, setSent = endSentence(sents, toks, first, i, setSent, each)
					first = i + 1
				}
			}
		}
	}
	if first < hi {
		sents, _ = endSentence(sents, toks, first, hi-1, setSent, each)
	}
	return sents
}

// endSentence appends the sentence of tokens [first, last], sets their Sent
// while setSent holds and hands the sentence to each (when not nil); it
// returns the sentences and whether Sent is still to be set (no longer once
// each returns true).
func endSentence(sents []doc.Sentence, toks []doc.Token, first, last int, setSent bool, each func(doc.Sentence) bool) ([]doc.Sentence, bool) {
	sents = append(sents, doc.Sentence{Span: doc.Span{Start: toks[first].Start, End: toks[last].End}, FirstTok: first, EndTok: last + 1})
	if setSent {
		n := int32(len(sents) - 1)
		for k := first; k <= last; k++ {
			toks[k].Sent = n
		}
	}
	if each != nil && each(sents[len(sents)-1]) {
		setSent = false
	}
	return sents, setSent
}

// glued reports whether token i starts a sentence glued to the previous one
// without a mark, as when a headline or caption loses its line break
// ("to realize calls The iPhone plays", "llamadas El iPhone reproduce"): a
// capitalised article, pronoun or conjunction right after a lower-case
// content word and before a lower-case word, unless it is one that cannot
// open a sentence there (lexicon.innerWord).
func glued(toks []doc.Token, i int, lx *lexicon) bool {
	t := &toks[i]
	if t.Kind != doc.Word || !t.Cap || i+1 >= len(toks) {
		return false
	}
	// the neighbours first, the word lists last: most capitals are names
	// next to other capitals or after function words
	x := &toks[i+1]
	if r, _ := utf8.DecodeRuneInString(x.Text); x.Kind != doc.Word || !unicode.IsLower(r) {
		return false
	}
	p := &toks[i-1]
	if r, _ := utf8.DecodeRuneInString(p.Text); p.Kind != doc.Word || !unicode.IsLower(r) || p.Text[len(p.Text)-1] == '.' {
		return false
	}
	_, n := utf8.DecodeRuneInString(t.Text)
	if r2, _ := utf8.DecodeRuneInString(t.Text[n:]); !unicode.IsLower(r2) {
		return false // one letter ("A") or capitals ("US")
	}
	switch lx.function[t.Fold] {
	case classDet, classPron, classConj:
	default:
		return false
	}
	if lx.innerWord(t, x) {
		return false // a stray capital, lower-cased by the repairs ("la corte La rechazó")
	}
	return lx.function[p.Fold] == classNone
}

// breaksLine reports whether the line break before token i ends a sentence:
// always after a blank line; after a single break unless the text is
// hard-wrapped: the line before ends in a word or comma and the next starts
// with a lower-case word, or the line before ends in an article,
// preposition or conjunction, where no sentence or headline ends.
func breaksLine(toks []doc.Token, infos []tokInfo, i int, lx *lexicon) bool {
	if infos[i].nl() > 1 {
		return true
	}
	p, t := &toks[i-1], &toks[i]
	if p.Kind == doc.Word && !p.Cap && (t.Kind == doc.Word || t.Kind == doc.Number) {
		switch lx.function[p.Fold] {
		case classDet, classPrep, classConj:
			return false
		}
	}
	if t.Kind != doc.Word || t.Cap {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsLower(r) {
		return true
	}
	return !(p.Kind == doc.Word || p.Text == ",")
}

// isListMark reports whether a token that opens a sentence and is followed
// by a period numbers a list item or section: a number of up to three
// digits, one letter, or a Roman numeral.
func isListMark(t *doc.Token) bool {
	switch t.Kind {
	case doc.Number:
		return len(t.Text) <= 3
	case doc.Word:
		if utf8.RuneCountInString(t.Text) == 1 {
			return true
		}
		if len(t.Text) > 5 {
			return false
		}
		for i := 0; i < len(t.Text); i++ {
			switch t.Text[i] {
			case 'I', 'V', 'X', 'L', 'C':
			default:
				return false
			}
		}
		return true
	}
	return false
}

// isTerminal reports whether a punctuation token can end a sentence.
func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "…":
		return true
	}
	return len(s) > 1 && s[0] == '.' // "..."
}

// closesAfterTerminal reports whether punctuation token j, right after a
// terminal mark, belongs to the sentence that mark ends: closing quotes and
// brackets, and more terminal marks ("?!").
func closesAfterTerminal(toks []doc.Token, j int) bool {
	switch toks[j].Text {
	case ")", "]", "}", "!", "?", ".", "…":
		return true
	case `"`, "'":
		// a closing quote touches the mark before it
		return toks[j].Start == toks[j-1].End
	}
	return false
}

// startsSentence reports whether token t can start a new sentence after a
// terminal mark. After an ellipsis only a capitalised word or an opening
// mark starts one.
func startsSentence(t *doc.Token, ellipsis bool) bool {
	switch t.Kind {
	case doc.Word:
		if t.Cap {
			return true
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		return !unicode.IsLower(r) && !ellipsis // a caseless script
	case doc.Number, doc.Symbol:
		return !ellipsis
	}
	switch t.Text {
	case `"`, "'", "¿", "¡", "(", "[", "—", "–", "-", "•", "*":
		return true
	}
	return false
}

// quoted marks the tokens inside a double quotation that opens and closes on
// the same line: inQuote[i] is true for the quotes and everything between.
// A quote mark is opening when white space (or the line start) precedes it
// and a token touches it on the right, closing in the mirror case; one with
// space on both sides is ignored, and so is an unmatched one or a pair
// further apart than maxQuote bytes, so that machine-translation debris (a
// stray ») does not swallow the rest of a paragraph.
func quoted(toks []doc.Token, infos []tokInfo) []bool {
	return quotedInto(nil, toks, infos)
}

// quotedInto is quoted, reusing buf's memory when it is large enough.
func quotedInto(buf []bool, toks []doc.Token, infos []tokInfo) []bool {
	var in []bool
	if cap(buf) >= len(toks) {
		in = buf[:len(toks)]
		clear(in)
	} else {
		in = make([]bool, len(toks))
	}
	open := -1
	for i := 0; i < len(infos); i++ {
		// most tokens are neither quote marks nor after a line break:
		// eight such infos are passed over at once
		for i+8 <= len(infos) && load8Infos(infos[i:])&(uint64(infoBreaks|infoQuote)*infoLanes) == 0 {
			i += 8
		}
		if i == len(infos) {
			break
		}
		if infos[i].nl() > 0 {
			open = -1
		}
		if !infos[i].quote() { // toks[i].Text != `"`
			continue
		}
		spaceBefore := i == 0 || infos[i].nl() > 0 || toks[i-1].End < toks[i].Start
		spaceAfter := i+1 == len(toks) || infos[i+1].nl() > 0 || toks[i+1].Start > toks[i].End
		var isOpen, isClose bool
		switch {
		case spaceBefore && spaceAfter:
			continue
		case spaceBefore:
			isOpen = true
		case spaceAfter || toks[i+1].Kind == doc.Punct:
			isClose = true
		default: // inside a word ("a"b): alternate
			isOpen, isClose = open < 0, open >= 0
		}
		if isClose && open >= 0 {
			if toks[i].End-toks[open].Start <= maxQuote {
				for k := open; k <= i; k++ {
					in[k] = true
				}
			}
			open = -1
		} else if isOpen {
			open = i
		}
	}
	return in
}

// maxQuote is the longest quotation, in bytes, inside which sentences are
// kept together; longer pairs are more likely mismatched marks.
const maxQuote = 400
