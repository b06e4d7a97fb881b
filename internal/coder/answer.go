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

// countedPair reports an actor mention told as a pair: a word of a pair
// in it or right before it ("ambos gobiernos"), or a number right before
// its first word or inside it ("the two governments", "los dos gobiernos").
func (r *run) countedPair(ai int) bool {
	if r.namesPair(ai) {
		return true
	}
	t := r.aTok[ai]
	for j := max(t[0]-1, 0); j < t[1]-1; j++ {
		if r.word(j) && r.lx.numbers[r.info[j].fold] {
			return true
		}
	}
	return false
}

// reporterBefore reports an actor that ends before token i with a verb of
// saying between them: the reporter of what is told from i on ("Fuentes
// diplomáticas dijeron que ...", "officials said both sides ...").
func (r *run) reporterBefore(ai, i int) bool {
	for j := r.aTok[ai][1]; j < i; j++ {
		if r.word(j) && r.isCue(kReport, j) {
			return true
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

// sidesAt returns the end of a phrase naming the two sides of the story
// that starts at j, after determiners (cue kind sides: "ambas partes",
// "los dos bandos", "las partes en conflicto", "both warring parties");
// 0 when none does. A one-word phrase needs a number or a pair word
// before it ("los dos países", not "los países"), or a determiner alone
// when it is of the kind sidesalone ("entre las partes", "the parties").
func (r *run) sidesAt(j, end int) int {
	for j < end && r.word(j) && r.isCue(kDet, j) {
		j++
	}
	counted := false
	if j < end && r.word(j) && (r.lx.numbers[r.info[j].fold] || r.isCue(kPair, j)) {
		j, counted = j+1, true
	}
	if j >= end || !r.word(j) {
		return 0
	}
	e, ok := r.lx.cueAt(r.info, j, end, kSides)
	if !ok || !counted && e-j < 2 && !(r.isCue(kSidesAlone, j) && j > 0 && r.word(j-1) && r.isCue(kDet, j-1)) {
		return 0
	}
	return e
}

// sidesObject reports whether the addressee or object of the verb at
// m.head is a phrase naming the two sides ("urged both sides to",
// "llamó a las dos partes a la contención"): right after the verb or
// after a preposition or the personal "a", past a time.
// (or right after the pattern's last word, past a preposition: "se
// ofreció a mediar entre las partes", "ofreció su mediación a ambos
// países", "offered to mediate between the two governments")
func (r *run) sidesObject(m match, s doc.Sentence) bool {
	for _, j := range []int{m.head + 1, m.end} {
		for j < s.EndTok && r.timeTok[j] {
			j++ // past a time ("exhortó el martes a las dos partes")
		}
		for n := 0; n < 2 && j < s.EndTok && r.word(j) && (r.isCue(kPrep, j) || r.isCue(kTgt, j) || r.isCue(kPersonal, j)) && !r.isCue(kDet, j); n++ {
			j++
		}
		if r.sidesAt(j, s.EndTok) > 0 {
			return true
		}
	}
	return false
}

// sidesSubject reports whether the subject of the verb at m.head is a
// phrase naming the two sides ("Ambas partes acordaron", "Both sides
// agreed"), ending right before it or before one auxiliary word, within
// the clause c; or before up to three words with no actor and no
// punctuation among them, the verbs that govern the pattern's infinitive
// ("both countries had agreed to hold talks").
// It returns the phrase's first token, or -1 when there is none.
func (r *run) sidesSubject(m match, c clause) int {
	for j := max(c.start, m.head-7); j < m.head; j++ {
		if e := r.sidesAt(j, m.head); e > 0 && (e == m.head || e == m.head-1 || e >= m.head-3 && r.wordsBetween(e, m.head) == m.head-e && !r.actorIn(e, m.head)) {
			return j
		}
	}
	return -1
}

// sidesAfter reports whether the actor at ai is followed by "de"/"of" and a
// phrase naming the two sides ("los ministros de Exteriores de los dos
// países", "the foreign ministers of both countries").
func (r *run) sidesAfter(ai int, s doc.Sentence) bool {
	e := r.aTok[ai][1]
	return e < s.EndTok && r.word(e) && r.isCue(kGenitive, e) && r.sidesAt(e+1, s.EndTok) > 0 || r.sidesOwner(ai, s)
}

// sidesOwner reports whether the actor at ai is owned by an English
// possessive phrase naming the two sides, right before it or before up to
// two lower-case modifiers ("the two countries' foreign ministers", "the
// heads of the two countries' intergovernmental commissions").
func (r *run) sidesOwner(ai int, s doc.Sentence) bool {
	if r.d.Lang != "en" {
		return false
	}
	j := r.aTok[ai][0]
	for n := 0; n < 2 && j-1 > s.FirstTok && r.word(j-1) && !r.d.Tokens[j-1].Cap && !r.inActor(j-1) && !r.info[j-1].function; n++ {
		j--
	}
	// the genitive: a token of its own ("countries '") or the word's end
	// ("countries'")
	end := j
	if j-1 > s.FirstTok && (r.d.Tokens[j-1].Text == "'" || r.d.Tokens[j-1].Text == "'s" || r.d.Tokens[j-1].Text == "’") {
		end = j - 1
	} else if j-1 > s.FirstTok && r.word(j-1) && (strings.HasSuffix(r.d.Tokens[j-1].Text, "s'") || strings.HasSuffix(r.d.Tokens[j-1].Text, "s’")) {
		end = j // the word with its mark is the phrase's last
	} else {
		return false
	}
	for k := max(s.FirstTok, end-4); k < end; k++ {
		if r.sidesAt(k, end) == end {
			return true
		}
	}
	return false
}

// storyPair returns the two parties of the article's main pair in the
// eight sentences up to si, neither of them the state of exclude: the two
// sides a phrase such as "ambas partes" or "both sides" names. The pair
// told in most events wins, the latest on a tie, and parties of two
// countries come first (a border clash before the domestic row it sets
// off). Mutual acts come first of all (the two parties to a truce, not the
// government and the foreign pilots one of them is to free). A third
// party's offer to mediate or appeal for calm to the sides (039, 0256:
// "Moscú está dispuesto a mediar si Bakú y Ereván se lo piden") is no act
// of the pair. Nil when there is none.
func (r *run) storyPair(si int, exclude *doc.Actor) (a, b *doc.Actor) {
	// a mediation between two ("medió entre Caracas y Georgetown"): the
	// two sides are those it is between, and the mediator's own meetings
	// and visits with each are no act of the pair
	med, ma, mb := r.mediation(si)
	for pass := 0; pass < 4; pass++ {
		mutual, abroad := pass < 2, pass%2 == 0
		type seen struct {
			n    int
			a, b *doc.Actor
		}
		var best *seen
		count := map[string]*seen{}
		for cd := range r.recent(si, 8) {
			e := &cd.ev
			if e.Source == nil || e.Target == nil || e.Source.Country == "" || e.Target.Country == "" || sameState(e.Source, e.Target) || oneParty(e.Source, e.Target) {
				continue
			}
			if mutual && !e.Symmetric {
				continue
			}
			if strings.HasPrefix(e.Cameo, "039") || e.Cameo == "0256" {
				continue // a mediator and the sides, not the sides
			}
			if med != nil && (sameState(e.Source, med) || sameState(e.Target, med)) {
				continue
			}
			if abroad && e.Source.Country == e.Target.Country {
				continue
			}
			if exclude != nil && exclude.Country != "" && (sameLand(e.Source, exclude.Code) || sameLand(e.Target, exclude.Code)) {
				continue
			}
			k := e.Source.Code + " " + e.Target.Code
			if abroad {
				k = e.Source.Country + " " + e.Target.Country
				if e.Target.Country < e.Source.Country {
					k = e.Target.Country + " " + e.Source.Country
				}
			}
			c := count[k]
			if c == nil {
				c = &seen{a: e.Source, b: e.Target}
				count[k] = c
			}
			c.n++
			if best == nil || c.n > best.n {
				best = c
			}
		}
		if best != nil {
			s, t := *best.a, *best.b
			return &s, &t
		}
		if med != nil && (exclude == nil || exclude.Country == "" || !sameLand(ma, exclude.Code) && !sameLand(mb, exclude.Code)) {
			s, t := *ma, *mb
			return &s, &t
		}
	}
	return nil, nil
}

// mediation returns the mediator and the two sides of the latest
// mediation between two (045, one trigger with two targets of different
// states) told in the eight sentences up to si; nils if none.
func (r *run) mediation(si int) (med, a, b *doc.Actor) {
	for i := len(r.evs) - 1; i > 0; i-- {
		cd := r.evs[i]
		if cd.sent < si-8 {
			break
		}
		e, o := &cd.ev, &r.evs[i-1].ev
		if cd.sent > si || e.Cameo != "045" || o.Cameo != "045" || e.Evidence.Trigger != o.Evidence.Trigger || e.Source == nil || e.Target == nil || o.Target == nil {
			continue
		}
		if e.Target.Country == "" || o.Target.Country == "" || sameState(e.Target, o.Target) || sameState(e.Source, e.Target) || sameState(e.Source, o.Target) {
			continue
		}
		return e.Source, o.Target, e.Target
	}
	return nil, nil, nil
}

// sidesComplement reports whether a noun pattern is followed by one of its
// target prepositions and a phrase naming the two sides ("talks between
// the two sides", "el diálogo entre las partes").
// Not a noun that a preposition governs, close before it ("an offer for
// direct talks between the two neighbours"): an act proposed, not held.
func (r *run) sidesComplement(m match, s doc.Sentence) bool {
	for k := max(s.FirstTok, m.head-3); k < m.head; k++ {
		if r.word(k) && r.info[k].foldIs(kPrep) && !r.isCue(kDet, k) {
			return false
		}
	}
	j := m.end
	return j+1 < s.EndTok && r.word(j) && m.p.Tgt[r.info[j].fold] && r.sidesAt(j+1, s.EndTok) > 0
}

// countryless reports whether none of the actors has a country.
func (r *run) countryless(acts []int) bool {
	for _, ai := range acts {
		if r.d.Actors[ai].Country != "" {
			return false
		}
	}
	return true
}
