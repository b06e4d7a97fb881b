package coder

import (
	"strconv"
	"strings"

	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/morph"
)

// A toll is a casualty or arrest report that names its victims by their
// count and no one who acted: "los enfrentamientos dejaron 16 muertos",
// "un saldo de tres muertos", "se produjeron ocho detenciones", "DOCE
// MUERTOS EN PROTESTAS", "the clashes left 12 dead". The count says that
// force was used on that many people, by someone the text does not name:
// the act of its pattern (option toll) with no source and, unless the
// victims are an actor ("dejaron tres campesinos muertos"), no target.
// The occurrence is what makes it an event, not a state or a history
// ("los 20 heridos fueron trasladados", "veteranos heridos en la guerra"):
// a word of cue kind toll right before the count (a verb or noun of
// result: "dejar", "causar", "saldo", "hubo", "se produjeron"), right
// after a count that opens its clause ("una treintena de detenidos se
// registraron"), or a headline with no verb that opens with the count.

// tollAt reports whether the word of a toll pattern at m.head is counted
// as the toll of an occurrence; victims is the actor group it counts, if
// any.
func (r *run) tollAt(m match, gs []*group, s doc.Sentence) (ok bool, victims *group) {
	if forceful(m.p.Code) && r.mishap(s) {
		return false, nil
	}
	start, counted := r.countStart(m.head, s)
	// "dejaron tres campesinos muertos": the count names the victims
	for _, g := range gs {
		if counted && g.start > start && g.end == m.head {
			victims = g
		}
		if !counted && g.end == m.head && g.start > s.FirstTok && (r.qtyTok[g.start] || r.qtyTok[g.start-1]) {
			start, counted, victims = g.start, true, g
			for start > s.FirstTok && r.qtyTok[start-1] {
				start--
			}
		}
	}
	if !counted && !r.pluralWord(m.head) {
		return false, nil
	}
	// a word of result before the count, past other counts of the list
	// ("un saldo de un muerto, 30 heridos y más de cien detenidos") and
	// at most three other words ("dejó como saldo parcial ocho muertos")
	words := 0
	listed := true // every word passed is the noun of another count
	for j := start - 1; j >= s.FirstTok; j-- {
		if r.timeTok[j] {
			continue
		}
		t := &r.d.Tokens[j]
		if t.Kind == doc.Punct {
			if t.Text == "," && counted {
				continue
			}
			break
		}
		if r.isCue(kToll, j) {
			// "protestas populares que dejaron dos muertos": a relative
			// that names a protest by its toll recalls it, no new event
			if r.protestRelative(j, s) {
				return false, nil
			}
			// an uncounted plural only right after it ("saldo de
			// muertos", "hubo detenciones")
			return counted || words == 0 && j >= start-2, victims
		}
		// "terminó en enfrentamientos, con al menos 23 heridos y 41
		// detenidos", "la marcha acabó con 30 detenidos", "ended with 40
		// arrested": "con"/"with" right before a count, after a comma or
		// a verb of ending (cue kind degenerate), tells the result of
		// what the clause told (not "se reunió con 20 detenidos"), past
		// other counts of the list ("con 23 heridos y 41 detenidos")
		if f := r.info[j].fold; counted && listed && (f == "con" || f == "with") && j > s.FirstTok {
			b := j - 1
			if t := &r.d.Tokens[b]; t.Kind == doc.Punct && t.Text == "," || r.word(b) && r.finiteVerb(b) && r.isCue(kDegenerate, b) {
				return true, victims
			}
		}
		// "informó que dos estudiantes fueron detenidos": a clause opened
		// between the word of result and the count is the count's own
		if r.isCue(kClause, j) {
			break
		}
		// "liberaron a 20 detenidos": the object of another verb (not the
		// "al" of a count, "al menos 41 detenidos")
		if r.info[j].foldIs(kPersonal) && !r.qtyTok[j] {
			break
		}
		if r.qtyTok[j] || r.isCue(kCoord, j) || r.info[j].function {
			continue
		}
		if r.finiteVerb(j) && !r.isCue(kPassive, j) {
			break
		}
		if j == s.FirstTok || !r.qtyTok[j-1] {
			listed = false
		}
		if words++; words > 3 {
			break
		}
	}
	// "una treintena de detenidos se registraron": a count opening its
	// clause, followed by a word of result
	if counted && r.opensClause(start, s) {
		n := 0
		for j := m.head + 1; j < s.EndTok && n < 2; j++ {
			if !r.word(j) {
				break
			}
			if r.info[j].foldIs(kReflexive) || r.timeTok[j] {
				continue
			}
			if r.isCue(kToll, j) && r.finiteVerb(j) {
				return true, victims
			}
			n++
		}
	}
	// "DOCE MUERTOS EN PROTESTAS", "Al menos cinco detenidos, dos de
	// ellos menores, en la marcha": a headline with no verb that opens
	// with the count
	if r.opensClause(start, s) && !r.anyFinite(s) {
		return counted, victims
	}
	return false, nil
}

// countStart returns the first token of the count that ends with the word
// at i ("al menos 16 heridos", "una veintena de muertos"), and whether
// there is one.
func (r *run) countStart(i int, s doc.Sentence) (int, bool) {
	if !r.qtyTok[i] {
		return i, false
	}
	lo, hi := r.d.Tokens[i].Start, r.d.Tokens[i].End
	for _, q := range r.d.Quantities {
		if q.Start <= lo && q.End == hi {
			a := r.d.TokenAt(q.Start)
			if a < s.FirstTok || a >= i {
				return i, false
			}
			// "una veintena de muertos": its article too
			for a > s.FirstTok && r.word(a-1) && r.isCue(kDet, a-1) && !r.info[a-1].foldIs(kPrep) {
				a--
			}
			return a, true
		}
	}
	return i, false
}

// opensClause reports whether token i opens its sentence, or follows a
// colon or a dateline's dash ("ALBANIA: TRES MUERTOS").
func (r *run) opensClause(i int, s doc.Sentence) bool {
	if i == s.FirstTok {
		return true
	}
	t := r.d.Tokens[i-1]
	return t.Kind == doc.Punct && (t.Text == ":" || t.Text == "-" || t.Text == "—" || t.Text == "(") && (i-1 == s.FirstTok || i-1 == r.datelineEnd || t.Text == ":")
}

// anyFinite reports whether some word of the sentence reads as a finite
// verb: not a second-person form ("PROTESTAS" is the plural noun in news)
// nor a word after an article or a preposition ("EN UN TIROTEO").
func (r *run) anyFinite(s doc.Sentence) bool {
	for j := s.FirstTok; j < s.EndTok; j++ {
		if r.word(j) && r.finiteVerb(j) && !r.secondPerson(j) && !r.info[j].function &&
			!(j > s.FirstTok && r.word(j-1) && (r.isCue(kDet, j-1) || r.info[j-1].foldIs(kPrep))) {
			return true
		}
	}
	return false
}

// mishap reports a word of the sentence that names a disaster, an
// accident or an illness (cue kind mishap): the dead it leaves were not
// killed by anyone ("el terremoto dejó 30 muertos", "the crash left
// nine dead").
func (r *run) mishap(s doc.Sentence) bool {
	for j := s.FirstTok; j < s.EndTok; j++ {
		if r.word(j) && r.isCue(kMishap, j) {
			return true
		}
	}
	return false
}

// forceAfter returns, for a casualty, the head of a nominal act of force
// (roots 18 to 20) that its clause places it in right after it: "en"/"in"
// and at most three words before the noun, no finite verb between, a
// comma aside passed ("dos muertos, uno de ellos un niño, en un ataque");
// -1 if none.
func (r *run) forceAfter(m match, c clause) int {
	in := -1
	for j := m.end; j < c.end && j < m.end+14; j++ {
		if !r.word(j) {
			continue
		}
		if r.finiteVerb(j) {
			return -1
		}
		if in >= 0 && j-in <= 3 && j-r.curFirst < len(r.sentMatches) {
			for _, nm := range r.sentMatches[j-r.curFirst] {
				if nm.p.Noun && nm.head == j && nm.p.Code[:2] >= "18" && nm.p.Code[:2] <= "20" {
					return j
				}
			}
		}
		if f := r.info[j].fold; f == "en" || f == "in" {
			in = j
		}
	}
	return -1
}

// attackParties gives the doer and the target of the act of force whose
// noun is at h: an actor right after the noun ("un ataque guerrillero")
// or after "de"/"by" is its doer, one after "contra"/"against"/"on" its
// target (up to the next finite verb of the clause).
func (r *run) attackParties(h int, c clause, gs []*group) (src, tgt *group) {
	for _, g := range gs {
		if g.start <= h || g.start >= c.end || g.reporter || len(g.acts) == 0 {
			continue
		}
		for j := h + 1; j < g.start; j++ {
			if r.word(j) && r.finiteVerb(j) {
				return src, tgt
			}
		}
		switch p := r.prepBefore(g.start, h+1); {
		case g.start == h+1 || (p == "de" || p == "by") && g.start <= h+4:
			if src == nil && tgt == nil {
				src = g
			}
		case p == "contra" || p == "against" || p == "on":
			if tgt == nil {
				tgt = g
			}
		}
	}
	return src, tgt
}

// mishapAfter reports a disaster or an accident (cue kind mishap) that
// the casualty at m is placed in right after it: "en"/"in" and at most
// three words before the mishap's word, no finite verb between, a comma
// aside passed ("cinco heridos, dos de gravedad, en un accidente de
// tráfico", "were injured in a bus crash"); the verb "storm" of "gunmen
// stormed a market" is none.
func (r *run) mishapAfter(m match, s doc.Sentence) bool {
	in := -1
	for j := m.end; j < s.EndTok && j < m.end+14; j++ {
		if !r.word(j) {
			continue
		}
		if r.finiteVerb(j) {
			return false
		}
		if in >= 0 && j-in <= 4 && r.isCue(kMishap, j) {
			return true
		}
		if f := r.info[j].fold; f == "en" || f == "in" {
			in = j
		}
	}
	return false
}

// tollEvent makes the event of a toll found at m: no source, the counted
// victims (if an actor) as target.
func (r *run) tollEvent(si int, s doc.Sentence, m match, c, reg clause, victims *group, gs []*group, reps []doc.Reporter) bool {
	p := m.p
	np := *p
	np.Noun = true // modality as of a nominal event ("dejará muertos")
	mod := r.modality(m, morph.Other, c, s, &np)
	if mod == doc.Negated {
		return true // "no hubo detenidos": none
	}
	// "los bombardeos de Israel contra Gaza dejaron cien muertos": the
	// dead of an act of force its sentence told with its doer are that
	// act's toll, no second event
	if r.assaultToldBefore(si, m) {
		return true
	}
	date := r.dateNear(m, reg, s)
	if date == "" {
		date = r.dateAhead(m, s)
	}
	// "la marcha terminó el miércoles en enfrentamientos en Lima, con 41
	// detenidos": a toll with no date or place of its own has those of
	// the occurrence its sentence told before it
	// (past other counts of its list: "con 23 heridos y 41 detenidos")
	var when, where *doc.Event
	for i := len(r.evs) - 1; i >= 0 && r.evs[i].sent == si; i-- {
		if e := &r.evs[i].ev; r.evs[i].head < m.head {
			if when == nil && e.Date != "" {
				when = e
			}
			if where == nil && e.Location != nil {
				where = e
			}
		}
	}
	if date == "" && when != nil {
		date = when.Date
	}
	// a count of long ago is history told as background ("la muerte de
	// 4 detenidos en 1984"), no event of the news
	if r.stale(date) {
		return true
	}
	// "dejó 20 detenidos por la policía": the agent named after the count
	var src *doc.Actor
	if r.agentNext(m) {
		if g := r.agentAfter(m, c, gs); g != nil && len(g.acts) > 0 {
			a := r.d.Actors[g.acts[0]]
			src = &a
		}
	}
	var tgts []*doc.Actor
	if victims != nil {
		for _, ai := range victims.acts {
			a := r.d.Actors[ai]
			tgts = append(tgts, &a)
		}
	}
	// "dos muertos en un ataque contra la policía", "two dead in an
	// attack on police": a toll with no one named, placed in an act of
	// force right after it, fell in that act: its doer and its target are
	// the act's
	if src == nil && len(tgts) == 0 && forceful(p.Code) {
		// (past a comma aside: "dos muertos, uno de ellos un niño, en un
		// ataque contra una patrulla"; a finite verb stops the search)
		sc := clause{c.start, s.EndTok}
		if h := r.forceAfter(m, sc); h >= 0 {
			sg, tg := r.attackParties(h, sc, gs)
			if sg != nil {
				a := r.d.Actors[sg.acts[0]]
				src = &a
			}
			if tg != nil {
				for _, ai := range tg.acts {
					a := r.d.Actors[ai]
					tgts = append(tgts, &a)
				}
			}
		}
	}
	if len(tgts) == 0 {
		tgts = []*doc.Actor{nil}
	}
	for _, tgt := range tgts {
		pr := [2]*doc.Actor{src, tgt}
		ev := doc.Event{
			Source: src, Target: tgt, Cameo: p.Code, Modality: mod, Date: date,
			Evidence: doc.Evidence{Sentence: si, Span: s.Span,
				Trigger: doc.Span{Start: r.d.Tokens[m.head].Start, End: r.d.Tokens[m.toks[len(m.toks)-1]].End},
				Pattern: p.Origin},
		}
		for _, rp := range reps {
			if (tgt == nil || rp.Span != tgt.Span) && (src == nil || rp.Span != src.Span) {
				ev.ReportedBy = append(ev.ReportedBy, rp)
			}
		}
		ev.Location = r.placeFor(m, r.placeRegion(m, reg, c), pr)
		if ev.Location == nil {
			ev.Location = r.wherePlace(c)
		}
		if ev.Location == nil && where != nil {
			pl := *where.Location
			ev.Location = &pl
		}
		if ev.Location == nil {
			ev.Location = r.sentencePlace(m, s, pr)
		}
		if ev.Location == nil && r.dateline != nil && (sameCountry(src, r.dateline) || sameCountry(tgt, r.dateline) || r.datelineParty(p.Code, s, reps)) {
			pl := *r.dateline
			ev.Location = &pl
		}
		ev.Source = r.placed(ev.Source, ev.Target, ev.Location, s)
		ev.Target = r.placed(ev.Target, ev.Source, ev.Location, s)
		ev.Quantities = r.quantitiesIn(c)
		n := 0
		if tgt != nil {
			n++
		}
		if src != nil {
			n++
		}
		ev.Confidence = confidence(m, n)
		r.evs = append(r.evs, &cand{ev: ev, sent: si, head: m.head, noun: true})
	}
	return true
}

// stale reports an event date more than a year before the article's own
// date.
func (r *run) stale(date string) bool {
	if r.d.Date.IsZero() || !isDate(date) {
		return false
	}
	y, err := strconv.Atoi(date[:4])
	return err == nil && y < r.d.Date.Year()-1
}

// pluralWord reports a word read as a plural noun or written as one
// ("heridos", "arrests").
func (r *run) pluralWord(j int) bool {
	return r.plural(j) || strings.HasSuffix(r.info[j].fold, "s")
}

// protestRelative reports a word of result at j in a relative clause
// whose antecedent is a protest noun ("las protestas, que el fin de
// semana provocaron cuatro muertos", "tras protestas que dejaron 80
// muertos"): times, adverbs and auxiliaries may stand between the
// relative pronoun and the word, a comma and up to three words (an
// adjective, a place) between the noun and the pronoun.
func (r *run) protestRelative(j int, s doc.Sentence) bool {
	k := r.relativeOf(j, s)
	if k < 0 {
		return false
	}
	// "la huelga que paralizó el país y que ha dejado ...": a second
	// relative joined to a first one on the same noun
	if k-1 > s.FirstTok && r.word(k-1) && r.isCue(kCoord, k-1) {
		for a := k - 2; a > s.FirstTok && a >= k-12; a-- {
			if !r.word(a) && r.d.Tokens[a].Text != "," {
				break
			}
			if r.word(a) && r.isCue(kRelPron, a) {
				k = a
				break
			}
		}
	}
	n := 0
	for a := k - 1; a >= s.FirstTok && n < 5; a-- {
		if r.d.Tokens[a].Kind == doc.Punct {
			if r.d.Tokens[a].Text == "," {
				continue
			}
			return false
		}
		if r.protestNounAt(a) {
			return true
		}
		n++
	}
	return false
}

// relativeOf returns the relative pronoun that opens the clause of the
// verb at j ("que en el fin de semana provocaron"), or -1.
func (r *run) relativeOf(j int, s doc.Sentence) int {
	// back to the relative pronoun, past times, auxiliaries, adverbs,
	// function words and up to three other words ("que en el fin de
	// semana provocaron")
	k, words := j-1, 0
	for ; k > s.FirstTok; k-- {
		if r.timeTok[k] {
			continue
		}
		if !r.word(k) || r.isCue(kRelPron, k) {
			break
		}
		if r.info[k].function || r.isCue(kPerfect, k) || r.isCue(kPassive, k) || strings.HasSuffix(r.info[k].fold, "mente") {
			continue
		}
		if r.finiteVerb(k) && !r.secondPerson(k) {
			return -1
		}
		if words++; words > 3 {
			return -1
		}
	}
	if k <= s.FirstTok || !r.word(k) || !r.isCue(kRelPron, k) {
		return -1
	}
	return k
}

// relativeCount reports a participle counted right after a word of cue
// kind toll that a relative pronoun opens ("los hechos que dejaron 16
// heridos"): its doer is the relative's antecedent, never an actor named
// outside the relative clause.
func (r *run) relativeCount(m match, s doc.Sentence) bool {
	start, counted := r.countStart(m.head, s)
	if !counted {
		return false
	}
	for j := start - 1; j >= s.FirstTok && j >= start-3; j-- {
		if r.timeTok[j] || r.word(j) && r.info[j].function {
			continue
		}
		if !r.word(j) || !r.isCue(kToll, j) {
			return false
		}
		return r.relativeOf(j, s) >= 0
	}
	return false
}

// countedPatient reports a count right before the passive auxiliary of
// the trigger, or opening the phrase that ends there, within its clause
// ("tres fueron detenidos", "unos 75 miembros de grupos religiosos fueron
// detenidos", "three were arrested").
func (r *run) countedPatient(m match, c clause) bool {
	j := m.head - 1
	for j > c.start && r.word(j) && (strings.HasSuffix(r.info[j].fold, "mente") || r.isCue(kPassive, j) || r.isCue(kPerfect, j)) {
		j--
	}
	for n := 0; j >= c.start && n < 6; j-- {
		if r.countWord(j) || r.word(j) && r.ellipticCount(j, c) {
			return true
		}
		if !r.word(j) || r.finiteVerb(j) {
			return false
		}
		if !r.info[j].function {
			n++
		}
	}
	return false
}

// countedObject reports a count right after the trigger and the personal
// "a" ("detuvieron a 75 religiosos", "arrested 40 protesters"), times
// aside.
func (r *run) countedObject(m match, c clause) bool {
	j := m.end
	for j < c.end && r.timeTok[j] {
		j++
	}
	if j < c.end && r.word(j) && r.info[j].foldIs(kPersonal) {
		j++
	}
	return j < c.end && r.countWord(j) && (r.d.Lang == "en" || r.word(j-1) && r.info[j-1].foldIs(kPersonal))
}

// countWord reports a token that counts: inside a quantity, a number in
// digits or in words ("three", the quantity stage's number words), or a
// plural collective noun ("decenas", "dozens").
func (r *run) countWord(j int) bool {
	return r.qtyTok[j] || digits(strings.ReplaceAll(strings.ReplaceAll(r.d.Tokens[j].Text, ",", ""), ".", "")) ||
		r.word(j) && (r.lx.numbers[r.info[j].fold] || r.isCue(kCollective, j) && r.pluralWord(j))
}

// fightToldBefore reports a mutual fight (root 19, symmetric: "un combate
// entre el ejército y la guerrilla") with its sides named, told in sentence
// si before m.
func (r *run) fightToldBefore(si int, m match) bool {
	for i := len(r.evs) - 1; i >= 0 && r.evs[i].sent == si; i-- {
		if e := &r.evs[i].ev; r.evs[i].head < m.head && e.Cameo[:2] == "19" && e.Symmetric && e.Source != nil && e.Target != nil {
			return true
		}
	}
	return false
}

// assaultToldBefore reports, for a pattern of assault or military force,
// an act of those roots with its doer named earlier in sentence si: the
// casualties m counts are that act's ("los bombardeos de Israel dejaron
// cien muertos", "an offensive against the rebels killed twenty").
func (r *run) assaultToldBefore(si int, m match) bool {
	if c := m.p.Code[:2]; c < "18" || c > "20" {
		return false
	}
	for i := len(r.evs) - 1; i >= 0 && r.evs[i].sent == si; i-- {
		if e := &r.evs[i].ev; r.evs[i].head < m.head && e.Cameo[:2] >= "18" && e.Cameo[:2] <= "20" && e.Source != nil {
			return true
		}
	}
	return false
}

// clashAfter returns, for a casualty told in the passive with no agent,
// the head of a riot or clash noun (145, or a mutual fight of root 19)
// that its clause places it in right after it: "en"/"in" and at most two
// words before the noun, no verb or punctuation between ("resultaron
// heridos este lunes en los enfrentamientos", "were injured in the
// clashes"); -1 if none. A frame, "durante los disturbios", only dates
// the casualty and gives no event of its own.
func (r *run) clashAfter(m match, c clause) int {
	in := -1
	for j := m.end; j < c.end && j < m.end+10; j++ {
		if !r.word(j) || r.finiteVerb(j) {
			return -1
		}
		if in >= 0 && j-in <= 3 {
			for _, nm := range r.sentMatches[j-r.curFirst] {
				if nm.p.Noun && (nm.p.Code == "145" || nm.p.Code[:2] == "19" && nm.p.Sym) {
					return nm.head
				}
			}
		}
		if f := r.info[j].fold; f == "en" || f == "in" {
			in = j
		}
	}
	return -1
}

// clashToll reports a casualty counted in a riot or clash (clashAfter)
// that its sentence tells as an event of force of its own: the
// casualties are that clash's toll, not an assault of their own (with no
// such event, "heridos en choques" with no side named, they stay one).
func (r *run) clashToll(c *cand) bool {
	if c.tollOf == 0 {
		return false
	}
	for _, o := range r.evs {
		if o.sent == c.sent && o.head == c.tollOf-1 && (o.ev.Cameo[:3] == "145" || o.ev.Cameo[:2] == "19") {
			return true
		}
	}
	return false
}

// arrestingForce gives an arrest (or a dispersal, 175) told with no agent ("con 41 detenidos",
// "fueron detenidos tras los choques con la policía") the police its
// sentence names as its source, one force only and not its patient: the
// article names who arrests. A toll of arrests with no patient named
// falls on those who made the protest its sentence tells ("la marcha de
// los docentes terminó en enfrentamientos con la policía, con 41
// detenidos"). With no police named in its sentence, the arrest is made by
// the police or troops that did the story's latest act of force or
// coercion in the sentences before ("La policía desalojó la vía ... 27
// personas fueron detenidas", "The police battalion imposed a curfew ...
// Eleven suspects have been arrested"), else by the body of the state
// that reports it ("fueron detenidas, según el Ministerio de Seguridad",
// "were detained, the interior ministry said"); a police force of no
// country named takes the country of where the arrest was made.
func (r *run) arrestingForce(c *cand) {
	e := &c.ev
	if e.Cameo != "173" && e.Cameo != "175" || e.Source != nil || c.sent >= len(r.d.Sentences) {
		return
	}
	if e.Target != nil && hasRole(e.Target, []string{"COP", "MIL", "GOV", "JUD"}) {
		return
	}
	s := r.d.Sentences[c.sent]
	var force *doc.Actor
	for i := range r.d.Actors {
		a := &r.d.Actors[i]
		if a.Start < s.Start || a.End > s.End || !hasRole(a, []string{"COP"}) {
			continue
		}
		if force != nil && force.Code != a.Code {
			return
		}
		force = a
	}
	if e.Target == nil && force != nil {
		for _, o := range r.evs {
			if o.sent == c.sent && o.ev.Cameo[:2] == "14" && o.ev.Source != nil && !hasRole(o.ev.Source, stateRoles) {
				t := *o.ev.Source
				e.Target = &t
				break
			}
		}
	}
	// (as another event of the sentence codes it, with the country it
	// took there, when that is the country of the arrest's patient or place)
	land := ""
	if e.Target != nil {
		land = e.Target.Country
	}
	if land == "" && e.Location != nil {
		land = e.Location.Country
	}
	if force == nil {
		// (not a participle qualifying those an arrest told elsewhere
		// fell on: "rescataron a dos personas detenidas por el robo")
		if !r.toldArrest(e) {
			return
		}
		if force = r.storyForce(c, land); force == nil {
			force = r.reportingState(e)
		}
		if force == nil {
			return
		}
	}
	f := *force
	for _, o := range r.evs {
		for _, a := range []*doc.Actor{o.ev.Source, o.ev.Target} {
			if o.sent == c.sent && a != nil && f.Country == "" && a.Code != a.Country && a.Code[len(a.Country):] == f.Code && (land == "" || a.Country == land) {
				f = *a
			}
		}
	}
	if f.Country == "" {
		// ("twelve people were detained in Blantyre, a police spokesman
		// said": the police of where they were held)
		if e.Location != nil && len(e.Location.Country) == 3 {
			f = *landed(&f, e.Location.Country)
		} else if len(land) == 3 {
			f = *landed(&f, land)
		}
	}
	e.Source = &f
}

// storyForce is the police or troops of the latest act of force or
// coercion (roots 15, 17 to 20) told as done by one of them, or of an
// armed act (18 to 20) done to them, before the
// arrest c, in its sentence or the two before it, of the country land
// when that is known; nil if none.
func (r *run) storyForce(c *cand, land string) *doc.Actor {
	for i := len(r.evs) - 1; i >= 0; i-- {
		o := r.evs[i]
		if o == c || o.sent > c.sent || o.sent == c.sent && o.head >= c.head {
			continue
		}
		if o.sent < c.sent-2 {
			break
		}
		a := o.ev.Source
		// (or the police or troops an armed act fell on, who then fought
		// back: "mineros armados dispararon contra una patrulla de la
		// policía ... Otros 23 mineros fueron detenidos")
		if t := o.ev.Target; (a == nil || !hasRole(a, []string{"COP", "MIL"})) && t != nil && o.ev.Cameo[:2] >= "18" && o.ev.Cameo[:2] <= "20" && hasRole(t, []string{"COP", "MIL"}) {
			a = t
		}
		if a == nil || o.ev.Modality != doc.Asserted || !(o.ev.Cameo[:2] == "15" || forceful(o.ev.Cameo)) || !hasRole(a, []string{"COP", "MIL"}) {
			continue
		}
		if land != "" && a.Country != "" && a.Country != land {
			continue
		}
		return a
	}
	return nil
}

// reportingState is the body of a state that reports the event e (a
// ministry, the police, the army, prosecutors); nil if none.
func (r *run) reportingState(e *doc.Event) *doc.Actor {
	for _, rp := range e.ReportedBy {
		for i := range r.d.Actors {
			a := &r.d.Actors[i]
			if a.Span == rp.Span && hasRole(a, []string{"GOV", "COP", "MIL", "JUD"}) {
				return a
			}
		}
	}
	return nil
}

// toldArrest reports the trigger of e told as an act: after a passive
// auxiliary ("fueron detenidas", "have been arrested"), past an adverb
// ("were later released"), right after a number ("con 41 detenidos"), or
// sharing the auxiliary of a participle before it joined by "y"/"and"
// ("fueron heridas y otras tantas arrestadas").
func (r *run) toldArrest(e *doc.Event) bool {
	h := r.d.TokenAt(e.Evidence.Trigger.Start)
	if e.Evidence.Sentence < len(r.d.Sentences) {
		first := r.curFirst
		r.curFirst = r.d.Sentences[e.Evidence.Sentence].FirstTok
		elided := r.elidedPassive(h)
		r.curFirst = first
		if elided {
			return true
		}
	}
	for j := h - 1; j >= 0 && j >= h-2; j-- {
		if r.d.Tokens[j].Kind == doc.Number && j == h-1 {
			return true
		}
		if !r.word(j) {
			return false
		}
		if r.isCue(kPassive, j) {
			return true
		}
		if !r.mannerAdverb(j) {
			return false
		}
	}
	return false
}
