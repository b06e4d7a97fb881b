package coder

import (
	"strings"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// Who an act answers when it names no one: replies, reactions to the
// clause before, and the state acting on itself.

// sameState reports two codes of one state: equal, or of one country with
// each the bare country or its government ("Bolivia", "La Paz", "el
// gobierno boliviano").
func sameState(a, b *doc.Actor) bool {
	if a.Code == b.Code {
		return true
	}
	state := func(c string) bool { return len(c) == 3 || c[3:] == "GOV" }
	return sameLand(a, b.Code) && state(a.Code) && state(b.Code)
}

// opensContrast reports a clause whose first words, read up to end, set
// it against the one before ("mientras que", "whereas").
func (r *run) opensContrast(c clause, end int) bool {
	for j := c.start; j < c.end && j <= c.start+1; j++ {
		if r.word(j) {
			_, ok := r.lx.cueAt(r.info, j, end, kContrast)
			return ok
		}
	}
	return false
}

// repliedTo reports a trigger inside the complement of a verb of reply
// ("respondió que está dispuesto a abrir", "replied that it would"): the
// reply verb, then its complementiser, within eight words before it.
func (r *run) repliedTo(m match, s doc.Sentence) bool {
	for j := m.head - 2; j >= s.FirstTok && j >= m.head-8; j-- {
		if r.word(j) && r.isCue(kReply, j) && r.finiteVerb(j) && r.word(j+1) && r.isCue(kAppealComp, j+1) {
			return true
		}
	}
	return false
}

// addresser is the source of the latest event of the last three sentences
// aimed at the speaker or its country by another country or organisation:
// whom a reply answers.
func (r *run) addresser(si int, speaker *doc.Actor) *doc.Actor {
	return r.latest(si, 3, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if e.Source == nil || e.Target == nil || cd.sent > si ||
			!(e.Target.Code == speaker.Code || sameLand(e.Target, speaker.Code)) || sameLand(e.Source, speaker.Code) {
			return nil
		}
		return e.Source
	})
}

// clauseRefTarget is the party of the latest event of the sentence before a
// relative on the whole clause ("lo que") that opens at most six words
// before the trigger: its source, or its target when the speaker did it.
func (r *run) clauseRefTarget(m match, s doc.Sentence, si int, srcActs []int) *doc.Actor {
	at := -1
	for j := m.head - 1; j >= s.FirstTok && j >= m.head-7; j-- {
		if _, ok := r.lx.cueAt(r.info, j, m.head, kClauseRef); ok && r.word(j) {
			at = j
			break
		}
	}
	if at < 0 {
		return nil
	}
	self := ""
	if len(srcActs) > 0 {
		self = r.d.Actors[srcActs[0]].Code
	}
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent != si {
			break
		}
		e := &cd.ev
		if cd.head >= at || e.Source == nil {
			continue
		}
		a := e.Source
		if a.Code == self {
			if a = e.Target; a == nil || a.Code == self {
				return nil
			}
		}
		b := *a
		return &b
	}
	return nil
}

// relSubjectAfter returns the subject of a relative clause right after a
// nominal event ("las maniobras que Estados Unidos y el Reino Unido
// iniciaron", "the drills that Japan and the US began"): a relative
// pronoun, a group, then a finite verb (a clitic or negation between);
// nil when the relative has no subject of its own.
func (r *run) relSubjectAfter(m match, gs []*group, s doc.Sentence) *group {
	j := m.end
	if j >= s.EndTok || !r.word(j) || !r.info[j].foldIs(kRelPron) {
		return nil
	}
	for _, g := range gs {
		if g.start < j+1 {
			continue
		}
		if g.reporter {
			return nil
		}
		for k := j + 1; k < g.start; k++ {
			if !r.word(k) || !r.isCue(kDet, k) {
				return nil // only a determiner before the subject
			}
		}
		for k := g.end; k < s.EndTok && k <= g.end+2; k++ {
			if !r.word(k) {
				return nil
			}
			if r.finiteVerb(k) && !r.info[k].function {
				return g
			}
		}
		return nil
	}
	return nil
}

// relSubjectPostposed returns the subject told after the verb of a
// Spanish relative clause right after a nominal event ("la huelga que
// realizan desde el lunes los mineros", "las marchas que convocó ayer el
// sindicato"): the relative pronoun, a finite verb whose number is not
// the noun's (so the pronoun is its object, not its subject), then only
// times (a preposition before one) and determiners before a group no
// preposition governs; nil otherwise.
func (r *run) relSubjectPostposed(m match, gs []*group, s doc.Sentence) *group {
	j := m.end
	if r.d.Lang != "es" || j+1 >= s.EndTok || !r.word(j) || !r.info[j].foldIs(kRelPron) {
		return nil
	}
	v := j + 1
	if !r.word(v) || r.inActor(v) || !r.finiteVerb(v) || r.info[v].function {
		return nil
	}
	if strings.HasSuffix(r.info[v].fold, "n") == r.pluralWord(m.toks[len(m.toks)-1]) {
		return nil // the verb agrees with the noun: the pronoun may be its subject
	}
	for _, g := range gs {
		if g.start <= v {
			continue
		}
		if g.reporter || g.start > v+6 {
			return nil
		}
		for k := v + 1; k < g.start; k++ {
			if !r.word(k) || !(r.timeTok[k] || r.isCue(kDet, k) && !r.isCue(kPersonal, k) || r.info[k].foldIs(kPrep) && k+1 < g.start && r.timeTok[k+1]) {
				return nil
			}
		}
		return g
	}
	return nil
}

// namesPair reports an actor mention with a word of a pair in it or right
// before it ("los dos gobiernos", "ambos mandatarios").
func (r *run) namesPair(ai int) bool {
	t := r.aTok[ai]
	for j := t[0] - 2; j < t[1]; j++ {
		if j >= 0 && r.word(j) {
			if _, ok := r.lx.cueAt(r.info, j, t[1], kPair); ok {
				return true
			}
		}
	}
	return false
}

// agentPhraseBefore reports an agent phrase of several words ending right
// before the group at i, or before its determiners ("detenidos por parte
// de la policía"), or with the group's own first word ("por parte del
// ejército", when the mention holds the "del"), within lo..i.
func (r *run) agentPhraseBefore(i, lo int) bool {
	e := i
	for e > lo && r.word(e-1) && r.isCue(kDet, e-1) {
		e--
	}
	ends := []int{e}
	if r.word(i) && r.info[i].foldIs(kPrep) {
		ends = append(ends, i+1)
	}
	for _, e := range ends {
		for j := e - 2; j >= lo && j >= e-4; j-- {
			if end, ok := r.lx.cueAt(r.info, j, e, kAgent); ok && end == e && end-j > 1 {
				return true
			}
		}
	}
	return false
}

// groupEndsAt reports an actor group ending right before token i.
func (r *run) groupEndsAt(gs []*group, i int) bool {
	for _, g := range gs {
		if g.end == i {
			return true
		}
	}
	return false
}
