package prepare

import "github.com/atalaya-events/atalaya/internal/doc"

// The whole-document steps that Prepare applied one after the other before
// it took the text a stretch of paragraphs at a time (see tokenizeSplit):
// patch all the tokens after the repairs, then split again the touched
// paragraphs. They are kept as the reference the tests compare Prepare
// with (prepareSteps, TestResplitMatchesSplit).

// patch updates the tokens of a prepared text after repairs (given in its
// offsets, sorted, each a deleted run of whole tokens or a rewritten token)
// to the repaired text: removed tokens dropped, later offsets shifted.
//
// It also tells where the tokens changed, for resplit: touched lists, in
// order, the new index of each patched token and of the token after each
// run of removed ones (len(toks) when they were the last); cuts, where and
// how many tokens were removed.
func patch(toks []doc.Token, infos []tokInfo, eds []edit, text string) (_ []doc.Token, _ []tokInfo, touched []int, cuts []cut) {
	w, shift, e := 0, 0, 0
	var ar arena
	for k := 0; k < len(toks); k++ {
		// the run of tokens before the next edit's start (or after the
		// last edit) only moves: shift it in bulk, and leave the tokens
		// before the first edit as they are (their text is the same)
		if e == len(eds) || toks[k].Start < eds[e].start && eds[e].start <= eds[e].end {
			k2 := len(toks)
			if e < len(eds) {
				k2 = k + 1
				for k2 < len(toks) && toks[k2].Start < eds[e].start {
					k2++
				}
			}
			w = shiftRun(toks, infos, w, k, k2, shift, text)
			k = k2 - 1
			continue
		}
		t := &toks[k]
		for e < len(eds) && eds[e].end <= t.Start {
			shift += len(eds[e].rep) - (eds[e].end - eds[e].start)
			e++
		}
		switch {
		case e < len(eds) && eds[e].rep == "" && eds[e].start <= t.Start && t.End <= eds[e].end:
			if n := len(cuts); n > 0 && cuts[n-1].at == w {
				cuts[n-1].n++
			} else {
				cuts = append(cuts, cut{at: w, n: 1})
				touched = append(touched, w)
			}
			continue // removed
		case e < len(eds) && eds[e].start == t.Start && eds[e].end == t.End:
			start := t.Start + shift
			shift += len(eds[e].rep) - (t.End - t.Start)
			e++
			fillToken(&toks[w], text, start, t.End+shift, t.Kind, shapeUnknown, &ar)
			if n := len(touched); n == 0 || touched[n-1] != w {
				touched = append(touched, w)
			}
		default:
			if w != k {
				toks[w] = *t
				t = &toks[w]
			}
			t.Start += shift
			t.End += shift
			t.Text = text[t.Start:t.End]
		}
		infos[w] = infos[k]
		w++
	}
	return toks[:w], infos[:w], touched, cuts
}

// shiftRun moves tokens [k, k2) to w, adding shift to their offsets (their
// text taken from the patched text), as patch does with a token no edit
// touches; it returns the index after them.
func shiftRun(toks []doc.Token, infos []tokInfo, w, k, k2, shift int, text string) int {
	if w != k {
		copy(toks[w:], toks[k:k2])
		copy(infos[w:], infos[k:k2])
	}
	end := w + k2 - k
	if w != k || shift != 0 {
		for i := w; i < end; i++ {
			t := &toks[i]
			t.Start += shift
			t.End += shift
			t.Text = text[t.Start:t.End]
		}
	}
	return end
}

// cut is a run of n tokens removed by patch before the token that became
// number at.
type cut struct{ at, n int }

// resplit splits the tokens again after patch, as split would: the
// paragraphs (runs of tokens between blank lines) that no repair touched
// keep their sentences of the first split, old, over the tokens before
// patching; the others are split afresh. A change at token t is felt by
// the splitter at t and t-1 (glued looks one token ahead), so that a
// paragraph [a,b) is split again when some touched t lies in [a,b].
func resplit(toks []doc.Token, infos []tokInfo, lx *lexicon, old []doc.Sentence, touched []int, cuts []cut) []doc.Sentence {
	sents := make([]doc.Sentence, 0, len(old))
	oi, ti, ci, shift := 0, 0, 0, 0
	var scratch []bool
	for a := 0; a < len(toks); {
		b := a + 1
		for b < len(toks) && infos[b].nl() < 2 {
			b++
		}
		for ti < len(touched) && touched[ti] < a {
			ti++
		}
		for ci < len(cuts) && cuts[ci].at <= a {
			shift += cuts[ci].n
			ci++
		}
		if ti < len(touched) && touched[ti] <= b {
			sents = splitRange(sents, toks, infos, a, b, lx, nil, &scratch)
			a = b
			continue
		}
		// untouched: the old sentences of old tokens [a+shift, b+shift)
		for oi < len(old) && old[oi].FirstTok < a+shift {
			oi++
		}
		if oi == len(old) || old[oi].FirstTok != a+shift {
			return split(toks, infos, lx) // not expected; be safe
		}
		for ; oi < len(old) && old[oi].EndTok <= b+shift; oi++ {
			f, e := old[oi].FirstTok-shift, old[oi].EndTok-shift
			n := int32(len(sents))
			for k := f; k < e; k++ {
				toks[k].Sent = n
			}
			sents = append(sents, doc.Sentence{Span: doc.Span{Start: toks[f].Start, End: toks[e-1].End}, FirstTok: f, EndTok: e})
		}
		if len(sents) == 0 || sents[len(sents)-1].EndTok != b {
			return split(toks, infos, lx) // not expected; be safe
		}
		a = b
	}
	return sents
}
