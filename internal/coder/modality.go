package coder

import (
	"strings"

	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/morph"
)

// modality decides how the text presents the event, in this order:
// negated ("no mencionaron la reunión"), hypothetical (a conditional or a
// modal of possibility governing the trigger), intended or planned (a
// governing verb of promise, agreement or plan, a planning adjective next
// to a nominal event, a future tense), assessed (a third party's
// assessment earlier in the sentence), else asserted.
func (r *run) modality(m match, f morph.Form, c clause, s doc.Sentence, p *pattern) string {
	h := m.head
	// negation within three words before the trigger, in its clause (four
	// for a nominal event after a preposition and an article: "no
	// asistieron a la reunión")
	neg := 3
	if p.Noun && h-2 >= c.start && r.word(h-2) && r.info[h-2].foldIs(kPrep) {
		neg = 4
	}
	for j := h - 1; j >= c.start && j >= h-neg; j-- {
		if _, ok := r.lx.cueAt(r.info, j, h, kNegation); ok {
			// "no sólo condenaron la guerra sino que...", "not only
			// condemned": a negation opening a phrase of addition (cue
			// kind notonly) negates nothing
			if _, add := r.lx.cueAt(r.info, j, h, kNotOnly); add {
				continue
			}
			// "el Movimiento Sin Tierra ocupó una hacienda": a Spanish
			// capitalised word inside a sentence is part of a name
			if r.d.Lang == "es" && r.d.Tokens[j].Cap && j > s.FirstTok && !r.capsWord(j) {
				continue
			}
			// "Doctors Without Borders treated the wounded": a word of an
			// actor's name negates nothing
			if r.inActor(j) {
				continue
			}
			// "los campesinos sin tierra ocuparon": a set phrase opening
			// on the negation word (cue kind fixed) negates nothing
			if _, fx := r.lx.cueAt(r.info, j, h, kFixed); fx {
				continue
			}
			// "si el gobierno no nos escucha radicalizaremos": a finite
			// verb of its own between negates that verb, not a finite
			// trigger (an auxiliary or a clitic does not: "no ha
			// negociado", "no se reunirá")
			if r.negatesOther(j, h, c) {
				break
			}
			// "no reprimió la marcha", "ordenó no reprimir las protestas":
			// a repression not done leaves the protest it names told
			if p.Noun && p.Code[:2] == "14" && r.repressionBetween(j+1, h) {
				break
			}
			return doc.Negated
		}
	}
	if r.negationAcross(h, c) {
		return doc.Negated
	}
	if f == morph.Cond {
		// "anunció que se reuniría con los campesinos": the future of a
		// report, not a supposition
		if r.d.Lang == "es" && r.reportedCond(h, s) {
			return futureModality(p)
		}
		return doc.Hypothetical
	}
	// a headline in capitals drops its accents: "PROTESTARAN" is the
	// future "protestarán", not the imperfect subjunctive
	if r.d.Lang == "es" && f == morph.Subj && r.capsFuture(h) {
		f = morph.Fut
	}
	// 'vowed to "hunt down the perpetrators"': an opening quotation mark
	// right before the trigger is no word between it and what governs it
	hb, win := h-1, 4
	if hb > c.start && r.quoteAt(hb) {
		hb--
		win++
	}
	// an English bare verb after "to" is an infinitive
	if r.d.Lang == "en" && !p.Noun && hb >= 0 && r.info[hb].fold == "to" && (f == morph.Other || f == morph.Pres) {
		f = morph.Inf
	}
	// ... and so is a gerund after "to" and a verb of intent ("committed
	// to lifting the curfew", "is committed to removing subsidies")
	if r.d.Lang == "en" && !p.Noun && h > 1 && r.info[h-1].fold == "to" && f == morph.Ger && r.word(h-2) && r.isCue(kIntended, h-2) {
		f = morph.Inf
	}
	// "agreed to cut a fuel levy and suspend new fines", "se comprometió
	// a liberar a los presos y retirar las tropas": an infinitive joined
	// by "and"/"y" to an infinitive before it is promised, refused or
	// supposed as that one is
	if !p.Noun && (f == morph.Inf || r.d.Lang == "en" && (f == morph.Pres || f == morph.Other)) {
		if q := r.coordInfinitive(h, s.FirstTok); q >= 0 {
			qm := match{p: m.p, head: q, end: q + 1, toks: []int{q}, words: 1}
			// (a plan is left as it was: "scheduled to give a speech and
			// meet with dissidents" keeps the meeting)
			if md := r.modality(qm, morph.Inf, r.cs[clauseOf(r.cs, q)], s, p); md == doc.Intended || md == doc.Negated || md == doc.Hypothetical {
				return md
			}
		}
	}
	// governing verbs and auxiliaries before the trigger (further for a
	// nominal event: "convocó a una nueva jornada de protestas")
	if p.Noun {
		win = 6
	}
	for j := h - 1; j >= c.start && j >= h-win; j-- {
		if !r.word(j) {
			if j == h-1 && hb < j {
				continue
			}
			break
		}
		// a Spanish capitalised word inside a sentence is a name, no
		// verb: "de Irán en el marco de los disturbios" holds no "irán"
		if r.d.Lang == "es" && r.d.Tokens[j].Cap && j > s.FirstTok && !r.capsWord(j) {
			continue
		}
		// (nor is an English capitalised word of an actor's name a modal:
		// "Theresa May condemned")
		if r.d.Lang == "en" && r.d.Tokens[j].Cap && j > s.FirstTok && r.inActor(j) && !r.capsWord(j) {
			continue
		}
		// (a verb of a phase of one going on, "continuarán sus protestas",
		// "concluirán su manifestación", tells it is under way)
		if p.Noun && r.hasForm(j, morph.Fut) && !r.isCue(kDet, j) && !r.isCue(kPhase, j) { // not "la primera huelga"
			return futureModality(p) // "harán protestas"
		}
		// an infinitive under a verb in the future ("volverán a marchar")
		// is as planned as that verb (a gerund is not: "seguirán
		// protestando" tells a protest going on)
		if !p.Noun && f == morph.Inf && r.hasForm(j, morph.Fut) && !r.isCue(kDet, j) {
			return futureModality(p)
		}
		// a participle under a passive auxiliary in the future or the
		// conditional ("serán reprimidos", "serían detenidos")
		// (a protest that will stay so, "las carreteras seguirán
		// bloqueadas", is going on)
		if !p.Noun && f == morph.Part && r.isCue(kPassive, j) && !(p.Code[:2] == "14" && r.isCue(kStative, j) && r.isCue(kPhase, j)) {
			if r.hasForm(j, morph.Fut) {
				return futureModality(p)
			}
			if r.hasForm(j, morph.Cond) {
				return doc.Hypothetical
			}
		}
		if _, ok := r.lx.cueAt(r.info, j, h, kFuture); ok {
			// (its conditional, "irían a la huelga", "iría a negociar",
			// is a supposition)
			if r.hasForm(j, morph.Cond) {
				return doc.Hypothetical
			}
			return futureModality(p)
		}
		// (a phrase of one on the brink of an act, "estuvieron a punto
		// de enfrentarse", "were about to clash", tells it not done; a
		// single word is seen below)
		if e, ok := r.lx.cueAt(r.info, j, h, kHypothetical); ok && e == h && e > j+1 {
			return doc.Hypothetical
		}
		if r.isCue(kHypothetical, j) {
			// "announced it would free 150 prisoners": the future of a
			// report, not a condition
			if r.d.Lang == "en" && r.info[j].fold == "would" && r.reportedFuture(j, s) {
				return futureModality(p)
			}
			return doc.Hypothetical
		}
		// (a promise or offer announced, "anunció una promesa de
		// ayuda", is made: it stays an intent)
		// ("is set to visit", "is due to sign": a phrase of plan ending
		// before the trigger counts as its word does)
		// (nor is an arrest: "anunció la detención de siete pandilleros"
		// tells one made)
		if (r.isCue(kPlanned, j) || r.plannedPhrase(j, h)) && (f == morph.Inf || p.Noun) && !(p.Noun && (p.Code[:2] == "03" || strings.HasPrefix(p.Code, "173"))) {
			return doc.Planned
		}
		// an English bare form right after a verb of planning is its
		// object noun, in a headline with no article ("Truckers Plan
		// Strike for March", "unions announce protests")
		if r.d.Lang == "en" && !p.Noun && j == h-1 && (f == morph.Other || f == morph.Pres || f == morph.Plural) && r.isCue(kPlanned, j) {
			return doc.Planned
		}
		// English "will" is a future ("will sign a treaty": the treaty
		// is as planned as the signing)
		if r.isCue(kIntended, j) && r.d.Lang == "en" && r.info[j].fold == "will" {
			return futureModality(p)
		}
		if r.intendedAt(j, h) && (f == morph.Inf || p.Noun) {
			return doc.Intended
		}
		// "Irán pidió este martes reanudar las relaciones con Egipto",
		// "called for resuming talks": an appeal with no addressee
		// before an infinitive asks for the speaker's own act, a wish
		if !p.Noun && (f == morph.Inf || f == morph.Ger) && r.isCue(kWish, j) && r.verbAt(j) && (r.onlyTimeBetween(j, h) || r.d.Lang == "en" && j == h-2 && r.info[h-1].fold == "to") {
			return doc.Intended
		}
	}
	// a protest named as the object of a verb of announcing, calling or
	// agreeing further back, past its time, its addressees and adjectives
	// ("anunció el jueves una jornada nacional de protesta", "llamaron
	// este jueves a los trabajadores a una movilización")
	if p.Noun && p.Code[:2] == "14" {
		if md, _ := r.governingPlan(h, c); md != "" {
			return md
		}
	}
	// a planning word right after a nominal event ("la reunión planificada")
	if p.Noun {
		for j := m.end; j < c.end && j <= m.end+1; j++ {
			// ... but not the participle that names who called it ("la
			// huelga convocada por las centrales"): that says nothing of
			// when the protest is
			if r.word(j) && r.isCue(kPlanned, j) && !r.namesOrganizer(j, c) {
				return doc.Planned
			}
		}
		// ... or past a complement of duration ("la huelga de 36 horas
		// programada para el jueves")
		if r.plannedPastDuration(m, c) {
			return doc.Planned
		}
	}
	// "la protesta del miércoles se iniciará con ...", "la movilización
	// ha sido convocada para el lunes", "the march will start at noon": a
	// nominal event whose predicate is in the future or planned
	if p.Noun && r.futurePredicate(m, c) {
		return futureModality(p)
	}
	if f == morph.Fut {
		return futureModality(p)
	}
	if p.Code[:2] == "03" { // an expressed intent is an intention
		return doc.Intended
	}
	// "si el gobierno hondureño las reprime": a one-word condition before
	// the trigger's subject, with no verb or clause opening between
	for j := h - 1; j >= s.FirstTok && j >= h-8; j-- {
		if !r.word(j) || r.isCue(kClause, j) {
			break
		}
		if r.info[j].foldIs(kCondition) {
			return doc.Hypothetical
		}
		// "would keep striking until Islamabad pulled its troops out":
		// what a clause opened by "until" tells of an actor is the
		// condition of an end, not a fact
		if r.d.Lang == "en" && r.info[j].foldIs(kUntil) && r.untilClause(j, h, s.FirstTok) {
			return doc.Hypothetical
		}
		if j < h-1 && !r.info[j].function && r.finiteVerb(j) {
			break
		}
	}
	// a clause opening with "si"/"if"
	if r.word(c.start) && r.info[c.start].foldIs(kHypothetical) && (r.info[c.start].fold == "si" || r.info[c.start].fold == "if") {
		return doc.Hypothetical
	}
	// a finite verb joined by "y"/"and" to the one before is a statement of
	// its own ("acusó a Ucrania de sabotaje y exigió ..."): the cues of the
	// first verb do not reach it
	lo := s.FirstTok
	if isFinite(f) {
		j := h - 1
		for j > lo && r.word(j) && r.isCue(kConjSkip, j) && h-j < 3 {
			j--
		}
		if j >= lo && r.word(j) && r.isCue(kCoord, j) {
			lo = j
		}
	}
	if r.denied(lo, h) {
		return doc.Negated
	}
	for j := lo; j < h; j++ {
		if r.word(j) && r.isCue(kAssessed, j) {
			// not the assessment of a relative clause the trigger is
			// outside ("Alemania, a la que Polonia acusa de ..., condenó")
			if k := clauseOf(r.cs, j); r.cs[k] != c && r.closedRel(r.cs, k) && r.cs[k].end <= h {
				continue
			}
			return doc.Assessed
		}
	}
	return doc.Asserted
}

// plannedPhrase reports a phrase of plan of several words (cue kind
// planned: "set to", "due to") starting at j and ending before h.
func (r *run) plannedPhrase(j, h int) bool {
	if !r.info[j].firstBits.has(kPlanned) {
		return false
	}
	e, ok := r.lx.cueAt(r.info, j, h, kPlanned)
	return ok && e > j+1 && e <= h
}

// hasForm reports whether token j reads as a verb in form f.
func (r *run) hasForm(j int, f morph.Form) bool {
	for _, a := range r.info[j].an {
		if a.Verb && a.Form == f {
			return true
		}
	}
	return false
}

// futureModality: a future meeting, visit or signing is planned; any
// other future act is a promise.
func futureModality(p *pattern) string {
	switch p.Code[:2] {
	case "04", "14":
		return doc.Planned
	}
	if p.Code == "057" {
		return doc.Planned // "firmarán un tratado el viernes": a ceremony set for a day
	}
	return doc.Intended
}

// reportedFuture reports an English "would" (at j) that tells what a
// speaker said would happen: a reporting verb a few words before it with
// no punctuation between ("said it would", "announced that Israel would"),
// and no condition anywhere after it in the sentence ("would strike if").
func (r *run) reportedFuture(j int, s doc.Sentence) bool {
	for k := j; k < s.EndTok; k++ {
		if r.word(k) && r.isCue(kCondition, k) {
			return false
		}
	}
	for k := j - 1; k >= s.FirstTok && k >= j-6; k-- {
		if !r.word(k) {
			return false
		}
		if r.isCue(kReport, k) {
			for _, a := range r.info[k].an {
				if a.Verb {
					return true
				}
			}
		}
	}
	return false
}

// negatesOther reports a finite verb other than the finite trigger at h
// between a negation at j and h, no auxiliary, clitic or function word;
// after a condition opening the clause before the negation, any word
// that is none of these (a verb the analyser does not know: "si el
// gobierno no nos escucha radicalizaremos").
func (r *run) negatesOther(j, h int, c clause) bool {
	if !r.finiteVerb(h) {
		return false
	}
	cond := false
	for k := c.start; k < j; k++ {
		if r.word(k) && r.isCue(kCondition, k) {
			cond = true
		}
	}
	for k := j + 1; k < h; k++ {
		if r.word(k) && !r.info[k].function && !r.isCue(kAux, k) && !r.isCue(kReflexive, k) && !r.isCue(kPassive, k) && (cond || r.finiteVerb(k)) {
			return true
		}
	}
	return false
}

// reportedCond reports a Spanish conditional (at h) that tells what a
// speaker said would happen, like English "said it would": a reporting
// verb and the complementiser "que" a few words before it with no
// punctuation between ("anunció el sábado que se reuniría", "dijo que el
// gobierno enviaría"), and no condition anywhere in the sentence ("dijo
// que marcharían si ...").
func (r *run) reportedCond(h int, s doc.Sentence) bool {
	for k := s.FirstTok; k < s.EndTok; k++ {
		if r.word(k) && r.isCue(kCondition, k) {
			return false
		}
	}
	que := false
	for k := h - 1; k >= s.FirstTok && k >= h-8; k-- {
		if !r.word(k) {
			return false
		}
		if r.info[k].foldIs(kCompl) {
			que = true
			continue
		}
		if que && r.isCue(kReport, k) && r.finiteVerb(k) {
			return true
		}
	}
	return false
}

// namesOrganizer reports a participle of an organiser verb followed by an
// agent preposition ("convocada por", "called by"): it names who called
// the event, not when it is.
func (r *run) namesOrganizer(j int, c clause) bool {
	return r.isCue(kOrganizer, j) && r.hasForm(j, morph.Part) && j+1 < c.end && r.word(j+1) && r.info[j+1].foldIs(kAgent)
}

// promised reports an act told as intended that is promised, offered,
// agreed or announced ("se comprometió a liberar", "agreed to withdraw",
// "will supply", "enviará"), not merely tried: an attempt ("intentaron
// reunirse", "para buscar el diálogo") is the nearest cue of intent
// before the trigger in the words that modality reads.
func (r *run) promised(m match, c clause, p *pattern) bool {
	win := 4
	if p.Noun {
		win = 6
	}
	if m.head-1 > c.start && r.quoteAt(m.head-1) {
		win++
	}
	for j := m.head - 1; j >= c.start && j >= m.head-win; j-- {
		if !r.word(j) {
			if j == m.head-1 && r.quoteAt(j) {
				continue
			}
			break
		}
		if r.intendedAt(j, m.head) && !(r.d.Lang == "en" && r.info[j].fold == "will") {
			_, try := r.lx.cueAt(r.info, j, m.head, kAttempt)
			return !try
		}
	}
	return true
}

// vowed reports an explicit cue of intent (not "will", not an attempt)
// among the words before the trigger that modality reads.
func (r *run) vowed(m match, c clause) bool {
	win := 4
	if m.head-1 > c.start && r.quoteAt(m.head-1) {
		win++
	}
	for j := m.head - 1; j >= c.start && j >= m.head-win; j-- {
		if !r.word(j) {
			if j == m.head-1 && r.quoteAt(j) {
				continue
			}
			return false
		}
		if r.intendedAt(j, m.head) && !(r.d.Lang == "en" && r.info[j].fold == "will") {
			_, try := r.lx.cueAt(r.info, j, m.head, kAttempt)
			return !try
		}
	}
	return false
}

// intendedAt reports a cue of intent at j, a word or a phrase ending
// before the trigger at h; a verb's form right after a determiner is a
// noun ("a la espera del resultado de las negociaciones": a wait, not a
// hope), unless the form itself is the cue ("su deseo de"); "está
// dispuesto": a form of a verb that folds to a determiner is none.
func (r *run) intendedAt(j, h int) bool {
	if !r.isCue(kIntended, j) {
		// a phrase ending before the trigger ("listo para", "ready to")
		_, ok := r.lx.cueAt(r.info, j, h, kIntended)
		return ok
	}
	if !r.word(j-1) || !r.isCue(kDet, j-1) || r.info[j].foldIs(kIntended) {
		return true
	}
	for _, a := range r.info[j-1].an {
		if a.Verb {
			return true
		}
	}
	// ... but a noun phrase of intent of several words is one ("un
	// intento de presionar")
	e, ok := r.lx.cueAt(r.info, j, h, kIntended)
	return ok && e > j+1
}

// futurePredicate reports a nominal event followed, in its clause, by the
// verb it is the subject of in the future tense ("se iniciará", "tendrá
// lugar"; English "will"), but for a verb of a phase of what is going on
// ("las protestas continuarán", cue kind phase), or by an auxiliary and a participle of plan
// ("ha sido convocada", "is scheduled"); only words of no verb reading
// (its complements: "la protesta del miércoles") and a reflexive pronoun
// may stand between. A participle that names who called it ("la huelga
// convocada por las centrales") tells nothing of when.
func (r *run) futurePredicate(m match, c clause) bool {
	// the subject: no preposition before it ("En protesta contra X habían
	// sido convocadas ...")
	for b := m.head - 1; b >= c.start && b >= m.head-3 && r.word(b); b-- {
		if r.info[b].foldIs(kPrep) {
			return false
		}
		if !r.isCue(kDet, b) {
			break
		}
	}
	for j := m.end; j < c.end && j <= m.end+6; j++ {
		if !r.word(j) || r.isCue(kClause, j) {
			return false
		}
		if r.d.Lang == "en" && r.isCue(kAux, j) && r.info[j].fold == "will" {
			// "the protests will continue": going on
			return !(j+1 < c.end && r.word(j+1) && r.isCue(kPhase, j+1))
		}
		if !r.verbAt(j) || r.inActor(j) || r.isCue(kDet, j) || r.info[j].foldIs(kPrep) || r.isCue(kReflexive, j) {
			continue
		}
		if r.hasForm(j, morph.Fut) {
			return !r.isCue(kPhase, j)
		}
		// an auxiliary, then a participle of plan within two words
		for k := j; k < c.end && k <= j+2 && r.word(k) && r.verbAt(k); k++ {
			if r.isCue(kPlanned, k) && (r.hasForm(k, morph.Part) || r.d.Lang == "en") && !r.namesOrganizer(k, c) {
				return k > j
			}
		}
		return false
	}
	return false
}

// planReach is how far before a protest noun the verb whose object it is
// may stand.
const planReach = 10

// governingPlan returns the modality a protest noun at h takes from the
// nearest verb before it in its clause when that verb (or a noun of
// calling: "hizo un llamamiento a una huelga") is a planned or intended
// cue: planned or intended and the cue's first token, else "" and -1.
// Any other verb, a punctuation mark or a word that opens a clause stops
// the search.
func (r *run) governingPlan(h int, c clause) (string, int) {
	for j := h - 1; j >= c.start && j >= h-planReach; j-- {
		if r.d.Tokens[j].Kind == doc.Number || r.d.Tokens[j].Text == "-" || r.openingQuote(j) {
			continue // "a 24-hour strike", "un paro de 48 horas", 'una "jornada de protesta"'
		}
		if !r.word(j) || r.isCue(kClause, j) {
			return "", -1
		}
		if _, ok := r.lx.cueAt(r.info, j, h, kPlanned); ok {
			return doc.Planned, j
		}
		if _, ok := r.lx.cueAt(r.info, j, h, kIntended); ok {
			return doc.Intended, j
		}
		if r.otherVerb(j) {
			return "", -1
		}
	}
	return "", -1
}

// plannedPastDuration reports a planning participle right after a
// duration complement of a nominal event: a preposition, a number and one
// word ("de 36 horas", "of 48 hours"), then the cue.
func (r *run) plannedPastDuration(m match, c clause) bool {
	j := m.end
	if j+3 >= c.end || !r.word(j) || !r.info[j].foldIs(kPrep) || r.d.Tokens[j+1].Kind != doc.Number || !r.word(j+2) || r.otherVerb(j+2) {
		return false
	}
	j += 3
	return r.word(j) && r.isCue(kPlanned, j) && !r.namesOrganizer(j, c)
}

// capsFuture reports a word written all in capitals that reads as an
// imperfect subjunctive of the third person ("PROTESTARAN", "MARCHARA"),
// the form an unaccented future takes.
func (r *run) capsFuture(h int) bool {
	t := r.d.Tokens[h].Text
	if len(t) < 4 || strings.ToUpper(t) != t || strings.ToLower(t) == t {
		return false
	}
	w := r.info[h].fold
	return strings.HasSuffix(w, "aran") || strings.HasSuffix(w, "eran") || strings.HasSuffix(w, "ara") || strings.HasSuffix(w, "era")
}

// openingQuote reports a quotation mark at j that opens a quotation: it
// touches the word after it and not the one before.
func (r *run) openingQuote(j int) bool {
	t := r.d.Tokens
	return quoteMark(t[j].Text) && j+1 < len(t) && t[j].End == t[j+1].Start && (j == 0 || t[j-1].End < t[j].Start)
}

// otherVerb reports a word at j with a verb reading that is no determiner,
// preposition, actor or time word ("una" of unir, "de" of dar).
func (r *run) otherVerb(j int) bool {
	return r.verbAt(j) && !r.isCue(kDet, j) && !r.info[j].foldIs(kPrep) && !r.inActor(j) && !r.timeTok[j]
}

// onlyTimeBetween reports that only words of time expressions (or none)
// stand between tokens a and b ("pidió este martes reanudar").
func (r *run) onlyTimeBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if !r.timeTok[k] {
			return false
		}
	}
	return true
}

// negationAcross reports a negation cue of a verb and the preposition
// that governs the trigger ("abstenerse de", "refrain from") whose verb
// stands a few words before that preposition, past words of time or manner
// of its own ("se abstuvieron hasta ahora de arrestarlos", "refrained so
// far from arresting"): no finite verb, punctuation, conjunction or
// relative between.
func (r *run) negationAcross(h int, c clause) bool {
	k := h - 1
	if k <= c.start || !r.word(k) || !r.info[k].foldIs(kPrep) {
		return false
	}
	for j := k - 1; j >= c.start && j >= k-4; j-- {
		if !r.word(j) || r.isCue(kCoord, j) || r.isCue(kRelPron, j) || r.isCue(kClause, j) || r.inActor(j) {
			return false
		}
		if j < k-1 {
			for _, ws := range r.cueWords(j, kNegation) {
				if len(ws) == 2 && r.info[k].has(ws[1]) {
					return true
				}
			}
		}
		if r.finiteVerb(j) {
			return false
		}
	}
	return false
}

// cueWords lists the phrases of cue kind k whose first word is the word at
// j or one of its lemmas.
func (r *run) cueWords(j int, k cueKind) [][]string {
	out := r.lx.byFirst[k][r.info[j].fold]
	for _, a := range r.info[j].an {
		if a.Lemma != r.info[j].fold {
			out = append(out[:len(out):len(out)], r.lx.byFirst[k][a.Lemma]...)
		}
	}
	return out
}

// repressionBetween reports a verb in [lo, hi) that starts a pattern of
// repression of a protest (175, which tells the protest took place).
func (r *run) repressionBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if q := k - r.curFirst; q >= 0 && q < len(r.sentMatches) {
			for _, vm := range r.sentMatches[q] {
				if !vm.p.Noun && tellsProtest(vm.p.Code) {
					return true
				}
			}
		}
	}
	return false
}

// sameFormPast reports an English past that is written as its verb ("cut",
// "let", "put", "set").
func (r *run) sameFormPast(h int) bool {
	for _, a := range r.info[h].an {
		if a.Verb && a.Form == morph.Past && a.Lemma == r.info[h].fold {
			return true
		}
	}
	return false
}

// quoteAt reports a quotation mark at token j ('vowed to "hunt down"').
func (r *run) quoteAt(j int) bool {
	if j < 0 || j >= len(r.d.Tokens) || r.word(j) {
		return false
	}
	switch r.d.Tokens[j].Text {
	case "\"", "“", "”", "«", "»", "'", "‘", "’":
		return true
	}
	return false
}

// coordInfinitive returns the infinitive an infinitive trigger at h is
// joined to by a coordinating word right before it ("to cut a fuel levy
// and suspend", "liberar a los presos y retirar"), within sixteen words
// back in its sentence, past commas and numbers but no other punctuation, no word
// that opens a clause and no finite verb; -1 when none. English has its
// infinitive after "to" or a modal of intent or supposition ("will
// reduce the levy and freeze the fines", "would close the border and
// expel").
func (r *run) coordInfinitive(h, lo int) int {
	j := h - 1
	if j <= lo || !r.word(j) || !r.isCue(kCoord, j) {
		return -1
	}
	for q := j - 1; q > lo && q >= j-16; q-- {
		if !r.word(q) {
			if r.d.Tokens[q].Kind == doc.Punct && r.d.Tokens[q].Text != "," {
				return -1
			}
			continue // a comma, a number
		}
		if r.isCue(kClause, q) || r.isCue(kCoord, q) && q != j-1 {
			return -1
		}
		if r.d.Lang == "en" {
			if (r.info[q-1].fold == "to" || r.isCue(kIntended, q-1) || r.isCue(kHypothetical, q-1)) && !r.info[q].function && !r.inActor(q) {
				return q
			}
			if r.hasForm(q, morph.Past) && r.finiteVerb(q) && !r.inActor(q) {
				return -1
			}
			continue
		}
		if r.hasForm(q, morph.Inf) && !r.inActor(q) {
			return q
		}
		if r.finiteVerb(q) && !r.info[q].function && !r.inActor(q) {
			return -1
		}
	}
	return -1
}

// denied reports whether the trigger at h lies in what a denial between lo
// and h denies: the complement of a verb of denial ("negó que sus tropas
// atacaran", "denied that its troops had shelled") or a claim rejected
// ("rechazó la acusación de que ...", "dismissed allegations that ...").
// A verb of saying after the denial reports a statement of its own
// ("denied the charges and said its forces attacked"), and so does a
// clause joined after it with a subject of its own ("negó el acceso y sus
// tropas atacaron").
func (r *run) denied(lo, h int) bool {
	for j := lo; j < h; j++ {
		if !r.word(j) || !r.verbAt(j) {
			continue
		}
		deny := r.isCue(kDeny, j)
		if !deny && !r.isCue(kRejectVerb, j) {
			continue
		}
		claim := false
		for k := j + 1; k < h; k++ {
			if !r.word(k) {
				continue
			}
			if r.isCue(kClaim, k) {
				claim = true
				continue
			}
			if r.isCue(kReport, k) || r.isCue(kCoord, k) && k+1 < h && (r.finiteVerb(k+1) || r.isCue(kDet, k+1)) {
				deny, claim = false, false
				break
			}
		}
		if deny || claim {
			return true
		}
	}
	return false
}

// untilClause reports a clause opened by "until" at j whose subject, an
// actor, stands right before the trigger at h, with no coordinator,
// punctuation or time expression between ("until the army withdrew";
// not "marched until dusk and then attacked"), after a verb told as
// willed, future or supposed from lo on ("would keep fighting until",
// "vowed to fight until"; "the talks went on until Russia withdrew" tells
// a fact).
func (r *run) untilClause(j, h, lo int) bool {
	willed := false
	for k := lo; k < j && !willed; k++ {
		willed = r.word(k) && (r.isCue(kHypothetical, k) || r.isCue(kFuture, k) || r.isCue(kIntended, k))
	}
	if !willed {
		return false
	}
	actor := false
	for k := j + 1; k < h; k++ {
		if !r.word(k) || r.isCue(kCoord, k) || r.timeTok[k] {
			return false
		}
		actor = actor || r.inActor(k)
	}
	return actor && r.inActor(h-1)
}
