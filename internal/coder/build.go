package coder

import (
	"github.com/atalaya-events/atalaya/internal/actors"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/morph"
	"github.com/atalaya-events/atalaya/internal/places"
)

// threatenProtest is the CAMEO code of a protest announced for the future
// (CAMEO 133, "threaten with political dissent, protest").
const threatenProtest = "133"

// easeDissent is the CAMEO code of a protest called off or ended by those
// who made it.
const easeDissent = "082"

// violentProtest is the CAMEO code of a violent protest or riot.
const violentProtest = "145"

// maxReach is how far after its clause a target may be looked for when the
// clause itself names none.
const maxReach = 14

// build turns a match into events; it reports whether any was made.
func (r *run) build(si int, s doc.Sentence, m match, gs []*group, cs []clause, subj []*group, reps []doc.Reporter) bool {
	warnedThreat := false // a suffered act a warning tells of, the warner's threat (warnedBy)
	p := m.p
	k := clauseOf(cs, m.head)
	c := cs[k]
	reg := r.region(m, c)
	// (a phrasal verb's alternative, "break up", has its form on the
	// verb: "was broken up" is a participle)
	verbOf := func(alt string) string {
		if v, _, ok := strings.Cut(alt, " "); ok {
			return v
		}
		return alt
	}
	headForm, _ := r.info[m.head].formOf(verbOf(p.Toks[0][0]))
	for _, alt := range p.Toks[0] {
		if f, v := r.info[m.head].formOf(verbOf(alt)); v {
			headForm = f
			break
		}
	}
	// "pledged to cut subsidies", "agreed to let the pound float": an
	// English past written as its verb, right after "to", is that verb
	if r.d.Lang == "en" && !p.Noun && headForm == morph.Past && m.head > 0 && r.info[m.head-1].fold == "to" && r.sameFormPast(m.head) {
		headForm = morph.Inf
	}
	// "pidió a los donantes que aporten fondos", "exigió la liberación de
	// los presos", "urged the parties to negotiate": an act of cooperation,
	// aid or yielding asked for is kept, whatever is made of it, to pick
	// the sub-code of the appeal or demand asking for it (finish)
	askedHere := false
	if prefixCode(r.c.appeal, p.Code) != "" && (!p.Noun && (r.governedBy(m, s, kAppeal, kAppealComp) || r.appealInfinitive(m, s) || r.demandedInfinitive(m, s)) ||
		p.Noun && r.appealObject(m, s)) {
		r.asked = append(r.asked, askedAct{sent: si, head: m.head, end: m.end, code: p.Code})
		askedHere = true
	}
	// "manifestó su determinación de", "manifestaron que": a verb told
	// with what it expresses right after it, a clause or a possessive
	// after a singular verb, is no such act ("4.500 inválidos manifiestan
	// su cólera" is a crowd's protest)
	if p.Intrans && !p.Noun && m.head+1 < s.EndTok && r.word(m.head+1) &&
		(r.isCue(kClause, m.head+1) || r.isCue(kOwner, m.head+1) && r.singularVerb(m.head, headForm)) {
		return false
	}
	// "Managua negó haber enviado tropas a la zona", "denied having sent
	// troops": the act denied right after "negar haber" / "deny having"
	// (a denial, 016, of its own) is not told as done
	if !p.Noun && m.head >= 2 && r.word(m.head-1) && r.word(m.head-2) &&
		(r.info[m.head-1].fold == "haber" && r.info[m.head-2].has("negar") ||
			r.info[m.head-1].fold == "having" && r.info[m.head-2].has("deny")) {
		return false
	}
	// "exhortó al sindicato a instalar una mesa de diálogo": a noun inside
	// the words of an act asked for is part of what is asked, no event
	// of its own (a protest asked to be lifted is going on: below)
	if p.Noun && p.Code[:2] != "14" {
		for i := len(r.asked) - 1; i >= 0 && r.asked[i].sent == si; i-- {
			if r.asked[i].head < m.head && m.head < r.asked[i].end {
				return false
			}
		}
	}
	// "negó las acusaciones y advirtió que ...": a pattern closed by the
	// complementiser of its verb ("negar que", "deny that") takes no
	// "que"/"that" of a later verb
	if last := m.toks[len(m.toks)-1]; !p.Noun && last > m.head+1 && r.info[last].foldIs(kClause) && r.finiteBetween(m.head+1, last) {
		return false
	}
	// "announced it would prohibit all aid", "anunció que recortará la
	// ayuda": a pattern headed by a verb of saying does not reach into
	// the clause it reports (a clause word, a subject pronoun or a finite
	// verb before its next word)
	if !p.Noun && len(m.toks) > 1 && r.isCue(kReport, m.head) && r.reportedGap(m.head+1, m.toks[1]) {
		return false
	}
	// "invited Li Qiang to a meeting with ASEAN leaders", "urged the two
	// sides to talks": a meeting or talks someone is invited or urged to
	// is asked for, not held
	if p.Code[:2] == "04" && !r.finiteVerb(m.head) && r.invitedTo(m, s) {
		return false
	}
	// a noun pattern on a word read as a finite verb with no determiner
	// before it, or a verb pattern on a word after a determiner, is the
	// other part of speech
	detBefore := m.head > s.FirstTok && r.isCue(kDet, m.head-1) && (!r.inActor(m.head-1) || r.inActor(m.head)) &&
		morph.Fold(r.d.Tokens[m.head-1].Lower()) == r.d.Tokens[m.head-1].Lower() // "está" is no "esta"
	// "y los liberó", "las detuvieron": a plural object clitic that is
	// also an article ("los", "las") before a finite verb that does not
	// end in -s is the clitic: a plural noun would end in -s
	if detBefore && !p.Noun && r.d.Lang == "es" && r.isCue(kConjSkip, m.head-1) && isFinite(headForm) &&
		strings.HasSuffix(r.info[m.head-1].fold, "s") && !strings.HasSuffix(r.info[m.head].fold, "s") {
		detBefore = false
	}
	// "al disparar la policía contra la marcha", "al reprimir los
	// soldados a los manifestantes": an infinitive of an act of force
	// right after the contraction of the personal "a" and the article
	// ("al") tells the act (when or as it was done), not a noun
	// (acts of force and coercion: "al recibir una pedrada", "al sostener
	// que" read other patterns' words there)
	if detBefore && !p.Noun && r.d.Lang == "es" && headForm == morph.Inf && r.isCue(kPersonal, m.head-1) && forceCode(p.Code) {
		detBefore = false
	}
	if p.Noun && !detBefore && isFinite(headForm) && r.info[m.head].fold != p.Toks[0][0] {
		return false
	}
	// "suicide bombers have attacked": an English noun pattern whose
	// later word reads only as a past or a participle ("suicide attack")
	// is that verb's clause, no nominal event
	if p.Noun && !p.Obj && !p.Numbered && r.d.Lang == "en" && len(m.toks) > 1 && r.verbPastOnly(m.toks[len(m.toks)-1]) {
		return false
	}
	// "Houthis Attack Ship": in an English headline in title case, an act
	// word right after an actor, written as an event verb and followed by
	// a word that is no preposition nor an -s verb, is the headline's
	// verb (the actors stage reads it so), not the noun ("Taliban Attack
	// Kills Five", "Israeli Attack on Gaza" keep the noun)
	if p.Noun && !detBefore && r.titleVerbAt(m.head, s) {
		return false
	}
	// "ejecutó las obras a tiempo", "desapareció los documentos a la
	// prensa": a verb pattern that ends in the personal "a" of its
	// target ("ejecutar a", "desaparecer a") does not reach past a direct
	// object of its verb to a later "a"
	if r.objectBeforePersonal(m) {
		return false
	}
	// "La Unace reclama la renuncia": a finite verb whose letters only
	// an adjective's feminine or plural reading leads to the noun
	// ("reclama" -> "reclamo") is the verb, not that noun
	if p.Noun && !detBefore && r.d.Lang == "es" && r.finiteVerb(m.head) && headForm == morph.Other && !r.nounSpelling(m.head, p) {
		return false
	}
	// "desalojó", "arrestó": a finite Spanish form written with a final
	// accented "ó" is the preterite, not the noun it folds to ("desalojo")
	if p.Noun && !detBefore && r.d.Lang == "es" && r.finiteVerb(m.head) && strings.HasSuffix(r.d.Tokens[m.head].Lower(), "ó") {
		return false
	}
	// "accused criminal elements of looting": the act one is accused of,
	// named by a gerund, is an allegation (while "culpó a X de las
	// protestas" blames X for protests that took place)
	if p.Noun && !detBefore && r.hasForm(m.head, morph.Ger) && r.governedBy(m, s, kAccuse, kAccuseComp) {
		return false
	}
	// "accusing them of financing a network that organised rallies",
	// "lo acusan de organizar protestas": a bare noun that is the object
	// of a verb inside the act one is accused of is part of the
	// allegation, no act told as done
	if p.Noun && !detBefore && r.allegedObject(m, s) {
		return false
	}
	// "la Fiscalía lo acusa de disturbios", "acusados de sabotaje": a bare
	// Spanish noun right after the "de" of an accusation is the charge,
	// no act told as done (with a determiner, "de los disturbios del
	// lunes", it names acts that took place)
	// ("culpa a la deuda de protestas" blames for acts that took place)
	if p.Noun && !detBefore && r.d.Lang == "es" && m.head > s.FirstTok && r.word(m.head-1) && r.isCue(kAccuseComp, m.head-1) && r.chargedBy(m, s) && r.governedBy(m, s, kAccuse, kAccuseComp) {
		return false
	}
	// "iniciaron una huelga de hambre para protestar por", "started a
	// hunger strike to protest X's decision": a protest in the infinitive
	// after a preposition, following a protest of the sentence, is that
	// protest's purpose: it names its target, not a second event
	// (so is support in the infinitive: "desfilaron para apoyar a los
	// dirigentes en huelga", "marched to back the strikers" is a rally
	// for them, aimed at them)
	var purposeOf *cand
	if !p.Noun && (p.Code[:2] == "14" || p.Code[:2] == "05") && m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].foldIs(kPrep) &&
		(r.hasForm(m.head, morph.Inf) || r.d.Lang == "en") {
		purposeOf = r.protestBefore(si, m.head)
		// (support only right after the protest's own clause: no finite
		// verb between, "protestas de quienes creen que el gobierno cedió
		// para alcanzar el acuerdo" is no rally for the accord)
		if purposeOf != nil && p.Code[:2] == "05" {
			for j := purposeOf.head + 1; j < m.head-1; j++ {
				if r.word(j) && r.finiteVerb(j) && !r.info[j].function {
					purposeOf = nil
					break
				}
			}
		}
	}
	// "desplegó 1.500 soldados en la frontera para reforzar su control",
	// "convocó a los gremios para dialogar": an act in a Spanish
	// infinitive of purpose ("para") after an act of the same root of its
	// sentence is what that act is for, not a second one
	if !p.Noun && p.Code[:2] != "14" && !tellsProtest(p.Code) && r.d.Lang == "es" && m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].fold == "para" &&
		r.hasForm(m.head, morph.Inf) && r.purposeRootBefore(si, m.head, p.Code[:2]) {
		// (its words are spent: "convocó al encargado de negocios para
		// entregarle una nota de protesta" holds no protest besides)
		return m.words > 1
	}
	// "convocó al embajador de Perú para protestar por la detención": a
	// protest in a Spanish infinitive of purpose after an official
	// complaint (114) of its sentence is what the complaint is for
	if !p.Noun && p.Code[:2] == "14" && r.d.Lang == "es" && m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].fold == "para" &&
		r.hasForm(m.head, morph.Inf) && r.purposeRootBefore(si, m.head, "114") {
		return false
	}
	// ("summoned China's ambassador to protest": so in English, the
	// protest read as a crowd's or as an official complaint)
	// (the summons may have made no event of its own, a second telling
	// of a protest lodged before: its pattern is enough)
	if (!p.Noun || !r.plural(m.head)) && (p.Code[:2] == "14" || p.Code == "114") && r.d.Lang == "en" && m.words == 1 && m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].fold == "to" &&
		(r.purposeRootBefore(si, m.head, "114") || r.complaintBefore(m, s)) {
		return false
	}
	// "marcharon para exigir aumentos", "realizaban un paro exigiendo
	// aumentos", "marched to demand higher wages": a demand or appeal told
	// by an infinitive of purpose or a gerund after a protest of its
	// sentence says what the protest is for (CAMEO 141x); addressed to no
	// one, it is no second event (below). (A demand noun after "en", the
	// pattern option purpose, stays the clause subject's demand.)
	var demandOf *cand
	if (p.Code[:2] == "10" || p.Code[:2] == "02") && !p.Noun && m.head > s.FirstTok &&
		(r.word(m.head-1) && r.info[m.head-1].foldIs(kPrep) && (r.hasForm(m.head, morph.Inf) || r.d.Lang == "en") || r.hasForm(m.head, morph.Ger)) {
		demandOf = r.protestBefore(si, m.head)
		if demandOf == nil {
			demandOf = r.protestThreatBefore(si, m.head)
		}
	}
	// "la marcha que el domingo reclamó medidas": a demand told in a
	// relative clause on a protest says what the protest is for: no
	// second event
	// (so is a stance the protest takes: "una manifestación que apoyaba
	// a Irak", "las marchas que rechazaban el tratado", "la protesta que
	// denunció los abusos" are the protest's support or disapproval)
	protestRel := (p.Code[:2] == "10" || p.Code[:2] == "02" || p.Code[:2] == "05" || p.Code[:2] == "11" || p.Code[:2] == "12") && !p.Noun && r.protestRelClause(c)
	// "Para protestar contra X, los maestros bloquearon la carretera": a
	// fronted protest infinitive whose sentence goes on to a protest is
	// that protest's purpose, not a second event
	if !p.Noun && p.Code[:2] == "14" && r.frontedProtest(m, s) {
		return false
	}
	// "summoned the chargé d'affaires to hand him a protest note": an
	// English infinitive of purpose right after an act of the same root in
	// its clause tells how that act was done, not a second one
	// (a protest's purpose lends its target below: "to protest X's
	// decision")
	if !p.Noun && r.d.Lang == "en" && p.Code[:2] != "14" && m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].fold == "to" {
		// (unless that act named no target: "fired into the air to
		// disperse the crowd" is told by the dispersal, which names it)
		if cd := r.sameRootBefore(si, m, c); cd != nil && cd.ev.Target != nil {
			return true
		}
	}
	// '..., advirtió Vargas, secretario del sindicato': a Spanish verb of
	// warning or threat right after the comma that closes what it
	// reports, with only its subject after it (no object, no clause),
	// attributes those words, whose own acts are coded where they are
	// told; it is no threat of its own
	if !p.Noun && m.words == 1 && p.Code[:2] == "13" && r.d.Lang == "es" && r.postposedAttribution(m, s) {
		return false
	}
	// 'gritaron "¡Saddam, ataca a Tel Aviv!"', 'una camiseta que pedía
	// "paremos la guerra"': the words of a slogan tell no event
	if r.sloganQuote(m.head, s) {
		return false
	}
	// '"...", manifestó el arzobispo': a one-word reporting verb right
	// after a quotation attributes it; it is no event of its own
	if !p.Noun && m.words == 1 && r.isCue(kReport, m.head) && r.afterQuote(m.head, s) {
		return false
	}
	// "..., manifestaron representantes de la empresa", "así lo
	// manifestó el ministro", "... manifestaron representantes de
	// PerúRail": a verb that both reports and protests, with only its
	// subject after it, after a comma or a neuter clitic standing for
	// what was said, or with a subject that speaks for others (cue kind
	// speaker), reports; it is no protest
	if !p.Noun && m.words == 1 && p.Code[:2] == "14" && r.d.Lang == "es" && r.isCue(kReport, m.head) && r.reportingSense(m, s) {
		return false
	}
	// "warned China against attacking Taiwan", "protests over building
	// the dam": an act named by a gerund after a word of opposition is
	// what someone opposes, not something that happened
	if !p.Noun && r.d.Lang == "en" && m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].foldIs(kAgainst) &&
		r.info[m.head-1].foldIs(kPrep) && r.hasForm(m.head, morph.Ger) {
		return false
	}
	// "blocked the road with burning tyres", "with felled trees and
	// burning tyres": an -ing form right after "with" (or after "and" in
	// a "with" phrase) qualifies what something was done with
	if !p.Noun && r.d.Lang == "en" && r.withAttributive(m, s) {
		return false
	}
	// "efforts to end the fighting", "promised to halt attacks": an act
	// right after a verb that ends it is not one that happens
	if r.ceasedBy(m, s) {
		return false
	}
	// "bombarded Aleppo overnight, killing at least eight people", "disparó
	// obuses contra la ciudad, provocando dos heridos": a casualty told in
	// a clause that a comma and a gerund open, after an act of force of
	// the sentence, is that act's toll, not an assault of its own (a
	// passive told by a gerund, "resultando heridas dos personas", tells
	// the casualty itself, like "resultaron heridas")
	// (so is a killing by armed forces, "exchanged fire, killing two
	// soldiers": a word a toll pattern also reads is a casualty)
	if !p.Noun && (p.Code[:2] == "18" || p.Code[:2] == "19" && r.casualtyWord(m.head)) && r.gerundOpens(c) && !r.isCue(kPassive, c.start+1) && r.eventBefore(si, m.head, forceful) {
		return true
	}
	// "imposed sanctions on three officials, freezing their assets and
	// banning them from entering the country", "impuso sanciones ...,
	// prohibiéndoles la entrada": a measure of coercion (roots 16, 17)
	// told by a gerund after a comma, following a measure of those roots
	// of its sentence, says what that measure is, not a second one
	if !p.Noun && (p.Code[:2] == "16" || p.Code[:2] == "17") && r.gerundAfterComma(m.head, s) && r.eventBefore(si, m.head, coercive) {
		return false
	}
	// "la policía desalojó el bloqueo ... dos manifestantes resultaron
	// heridos durante el desalojo": a casualty with no agent, framed by an
	// act of force the article told before with its doer, is that act's
	// toll, no act of its own
	if !p.Noun && p.Code[:2] == "18" && !(m.end < s.EndTok && r.isCue(kAgent, m.end)) && r.framedByToldForce(si, s) {
		return false
	}
	// "la protesta de los agricultores obligó a la empresa a suspender su
	// servicio": what a protest forces is its consequence, no coercion by
	// anyone
	if !p.Noun && p.Code == "170" && r.protestNounSubject(m, c) {
		return false
	}
	// "dejaron 16 heridos", "se produjeron ocho detenciones": a casualty
	// or arrest counted as the toll of an occurrence (toll.go)
	if p.Toll {
		if ok, victims := r.tollAt(m, gs, s); ok {
			return r.tollEvent(si, s, m, c, reg, victims, gs, reps)
		}
		if p.TollOnly {
			return false
		}
	}
	// "El Ministerio del Interior informó de 17 heridos", "la policía
	// reportó 12 lesionados": a count of casualties a verb of saying
	// reports is a toll whoever tells it did not cause, also for a
	// pattern that is no toll elsewhere ("herir")
	if !p.Noun && !p.Toll && p.Code[:2] == "18" && r.reportedCount(m, s) {
		if ok, victims := r.tollAt(m, gs, s); ok {
			return r.tollEvent(si, s, m, c, reg, victims, gs, reps)
		}
	}
	// "la fiscalía investiga los hechos que dejaron 16 heridos": wounded
	// counted in a relative on what wounded them were not wounded by the
	// main clause's subject (the clause tells no doer it could take)
	if !p.Noun && !p.Toll && p.Code[:2] == "18" && r.relativeCount(m, s) {
		return false
	}
	// "el ciberataque que paralizó los sistemas del puerto": an act of
	// protest told of a nominal event of another kind is what that event
	// did, no protest
	if !p.Noun && p.Code[:2] == "14" && r.eventAntecedent(m, c) {
		return false
	}
	prepBefore := m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].foldIs(kPrep) && !r.info[m.head-1].foldIs(kPersonal)
	// (not in a headline in capitals: "POLICE ARREST 40 PROTESTERS")
	properName := r.d.Lang == "en" && r.d.Tokens[m.head].Cap && m.head > s.FirstTok && r.d.Tokens[m.head-1].Text != ":" && !r.capsSentence(s) && !r.titleSentence(s) &&
		!(m.head-1 == s.FirstTok && r.d.Tokens[m.head-1].Kind == doc.Punct)
	// "bans on travel", "advised against travel": an English base form
	// after a preposition other than "to" is a noun; so is one after a
	// word that frames another event ("during rallies against the law",
	// "amid protests"; talks after which something was signed are still
	// told by their verb pattern)
	framePrep := r.d.Lang == "en" && m.head > s.FirstTok && r.word(m.head-1) && r.isCue(kFrame, m.head-1)
	prepNoun := (prepBefore || framePrep) && r.d.Lang == "en" && r.info[m.head-1].fold != "to" &&
		!r.hasForm(m.head, morph.Ger) && !r.hasForm(m.head, morph.Past) && !r.hasForm(m.head, morph.Part)
	// "the government faces protests by farmers", "Protests by farmers
	// continued": an English -s form right after a finite verb that is no
	// auxiliary, or opening the sentence, is a plural noun (no verb of
	// the third person stands there)
	sNoun := false
	if r.d.Lang == "en" && r.plural(m.head) && strings.HasSuffix(r.d.Tokens[m.head].Lower(), "s") && r.nounPatternAt(m.head) {
		sNoun = m.head == s.FirstTok ||
			r.word(m.head-1) && r.finiteVerb(m.head-1) && !r.isCue(kAux, m.head-1) && !r.isCue(kPassive, m.head-1) && !r.isCue(kSubjPron, m.head-1)
	}
	// "investigating alleged war crimes", "denied reported abuses": an
	// English -ed form right after a gerund or a past form and right before
	// a word that no actor holds is an adjective of the noun that follows
	// (not after a military action a country names, which is a noun and
	// the subject: "Israeli shelling killed five Palestinians")
	adjPart := false
	if r.d.Lang == "en" && len(m.toks) == 1 && m.head > s.FirstTok && m.head+1 < s.EndTok && r.word(m.head-1) && r.word(m.head+1) && !r.inActor(m.head-1) &&
		(r.hasForm(m.head, morph.Past) || r.hasForm(m.head, morph.Part)) &&
		(r.hasForm(m.head-1, morph.Ger) || r.hasForm(m.head-1, morph.Past)) && !r.isCue(kAux, m.head-1) && !r.isCue(kPassive, m.head-1) &&
		!r.inActor(m.head+1) && !r.isCue(kDet, m.head+1) && !r.isCue(kClause, m.head+1) && !r.info[m.head+1].foldIs(kPrep) {
		adjPart = true
	}
	// "el cobarde atentado": a Spanish participle that a noun pattern
	// also reads, after a determiner and a word that is no verb, no
	// auxiliary and no actor's, with no agent after it, is that noun
	// qualified by an adjective, not the verb ("la carretera bloqueada
	// por los campesinos" keeps the participle)
	// (a quotation opened between: 'el «cobarde atentado»')
	dq := m.head - 2
	if dq > s.FirstTok && !r.word(dq) && quoteMark(r.d.Tokens[dq].Text) {
		dq--
	}
	if r.d.Lang == "es" && len(m.toks) == 1 && dq >= s.FirstTok && r.word(dq) && r.word(m.head-1) &&
		r.isCue(kDet, dq) && !r.info[dq].foldIs(kPrep) && r.hasForm(m.head, morph.Part) &&
		!r.inActor(m.head-1) && !r.inActor(dq) && !r.info[m.head-1].function && !r.info[m.head-1].verbReading() &&
		!r.isCue(kPassive, m.head-1) && !r.isCue(kPerfect, m.head-1) && !r.timeTok[m.head-1] && r.nounPatternAt(m.head) && !r.agentSoon(m.head+1) {
		adjPart = true
	}
	// "last month's rallies", "Russia's attacks": after a name or a time
	// in the possessive, an English word is a noun
	possNoun := false
	if r.d.Lang == "en" && m.head > s.FirstTok+1 && r.word(m.head-1) {
		pl := r.d.Tokens[m.head-1].Lower()
		possNoun = (strings.HasSuffix(pl, "'s") || strings.HasSuffix(pl, "’s")) &&
			(r.inActor(m.head-1) || r.timeTok[m.head-1] || r.d.Tokens[m.head-1].Cap)
	}
	// "las posibles protestas", "su tradicional marcha", "en violenta
	// protesta", "Protestas violentas": a word a noun pattern also reads,
	// after a determiner or a preposition and adjectives, or in a
	// second-person form no news text uses ("protestas", "marchas"), is
	// the noun
	if !p.Noun && r.d.Lang == "es" && (p.Code[:2] == "14" || p.Code[:2] == "13" || p.Code[:2] == "11" || p.Code[:2] == "12" || p.Code[:2] == "10") && r.spelledNounAt(m.head) && (r.secondPerson(m.head) || r.nounAfterAdjectives(m.head, s.FirstTok) || r.afterFinite(m.head, headForm, s.FirstTok) ||
		m.head > s.FirstTok && r.word(m.head-1) && (r.isCue(kFrame, m.head-1) || r.isCue(kSequel, m.head-1))) {
		return false
	}
	// "salieron a las calles para manifestar su indignación", "se
	// concentraron frente a la ONU para expresar su oposición a la
	// guerra": a disapproval or rejection voiced by a phrase of expression
	// (two pattern words or more) in an infinitive of purpose after a
	// protest of the sentence is what the protest was for, no act of its own
	if !p.Noun && (p.Code[:2] == "11" || p.Code[:2] == "12") && m.words >= 2 && m.head > s.FirstTok &&
		(r.hasForm(m.head, morph.Inf) || r.d.Lang == "en") && r.word(m.head-1) && r.isCue(kFronted, m.head-1) && r.protestBefore(si, m.head) != nil {
		return true
	}
	// "Paro de transportistas paraliza Lima", "PROTESTA DE MINEROS EN
	// QUITO": a word a noun pattern also reads, opening the sentence (a
	// headline) and followed by "de" and a group, is the noun that group
	// makes, not a verb with no subject before it
	if !p.Noun && r.d.Lang == "es" && r.nounPatternAt(m.head) && r.opensSentence(m.head, s) && r.genitiveGroupAfter(m.head, s) {
		return false
	}
	// "Policía reprime marcha de jubilados", "Carabineros dispersan marcha
	// estudiantil": a word a noun pattern also reads, right after a word
	// that can only be a finite verb, is that verb's object, the noun (two
	// finite verbs do not stand side by side)
	if !p.Noun && r.d.Lang == "es" && m.words == 1 && m.head > s.FirstTok && r.nounPatternAt(m.head) && r.word(m.head-1) && !r.inActor(m.head-1) && r.onlyFinite(m.head-1) {
		return false
	}
	// (for acts of force, only the second-person form: "por temor a
	// nuevos ataques"; "intervino en París y desalojó a ..." is the verb)
	if !p.Noun && r.d.Lang == "es" && forceful(p.Code) && r.nounPatternAt(m.head) && r.secondPerson(m.head) {
		return false
	}
	// "el planeado desfile del partido", "el esperado encuentro": a
	// Spanish word in a subjunctive form after a determiner and a
	// participle is a noun, not the verb
	detPart := r.d.Lang == "es" && m.head-2 >= s.FirstTok && r.word(m.head-2) && r.word(m.head-1) && r.isCue(kDet, m.head-2) && !r.info[m.head-2].foldIs(kPrep) &&
		r.hasForm(m.head-1, morph.Part) && !r.inActor(m.head-1) && !r.isCue(kPassive, m.head-1) && r.hasForm(m.head, morph.Subj)
	// "enfrenta demandas judiciales": a demand verb in the second person
	// is the plural noun even where no noun pattern reads it
	if !p.Noun && r.d.Lang == "es" && p.Code[:2] == "10" && r.secondPerson(m.head) {
		return false
	}
	// "helped the two exiled dissidents": an English participle after a
	// determiner and a number qualifies the noun after it, as one right
	// after the determiner does
	numPart := r.d.Lang == "en" && m.head-2 >= s.FirstTok && m.head+1 < s.EndTok && r.word(m.head-2) && r.word(m.head-1) && r.word(m.head+1) &&
		r.isCue(kDet, m.head-2) && r.countWord(m.head-1) && (r.hasForm(m.head, morph.Part) || r.hasForm(m.head, morph.Past))
	// (a Spanish participle read as an actor, "detenidas", with no
	// determiner before it and its agent right after it is the verb:
	// "doce heridos y decenas detenidas por la policía")
	agentPart := r.d.Lang == "es" && headForm == morph.Part && r.agentNext(m)
	if !p.Noun && (detBefore && (!r.info[m.head].verbReading() || r.hasForm(m.head, morph.Part)) || r.inActor(m.head) && !agentPart || prepBefore && isFinite(headForm) || prepNoun || properName || possNoun || sNoun || adjPart || detPart || numPart) {
		return false // a word of a noun phrase or of an actor's name
	}
	if p.Noun && properName {
		return false // "between March and June", "the Strike Force"
	}
	// "..., a una persona , CHOCÓ": a verb written in capitals in a
	// sentence that is not is a name (a place of a dateline, an
	// acronym), not the verb ("chocó")
	if !p.Noun && len(m.toks) == 1 && r.capsWord(m.head) && !r.capsSentence(s) {
		return false
	}
	// "los líderes de la huelga", "the organisers of the march": a
	// nominal event owned by the actor before it names who they are
	if p.Noun && r.actorOwns(m.head, s) {
		return false
	}
	if p.Purpose && !(m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].foldIs(kPurpose)) {
		return false
	}
	// "la ley atenta contra la libertad de prensa", "atentó contra la
	// soberanía de Bolivia", "an attack on democracy": an assault whose
	// target preposition opens a noun of cue kind abstract (a freedom, an
	// institution, a principle) is a figure of speech, no act of force
	if (p.Code[:2] == "18" || p.Code[:2] == "19") && r.abstractTarget(m, s) {
		return false
	}
	// "los agricultores enfrentan pérdidas", "se enfrenta a una pena de
	// 20 años", "no enfrentan cargos": a verb of clashing whose object is
	// a thing, not a party, tells facing it, no clash
	if !p.Noun && p.Sym && m.words == 1 && (p.Code == "145" || p.Code[:2] == "19") && r.facedThing(m, c) {
		return false
	}
	// "un enfrentamiento armado", "armed clashes": a mutual clash told as
	// armed (cue kind armed right after the noun, or before it in
	// English) is a fight between armed sides, no riot
	if p.Noun && p.Sym && p.Code[:2] == "14" && (m.end < s.EndTok && r.word(m.end) && r.isCue(kArmed, m.end) || m.head > s.FirstTok && r.word(m.head-1) && r.isCue(kArmed, m.head-1)) {
		return false
	}
	if p.Received && r.receivedBy(m, c) < 0 {
		return false
	}
	if p.Numbered && !r.numberAfter(m.end, s) {
		return false
	}
	// "Russian bombing killed ten civilians": an armed act that, with the
	// country qualifying it, is the subject actor of a verb of an event
	// right after it is told by that verb
	if p.Noun && (p.Code[:2] == "18" || p.Code[:2] == "19" || p.Code[:2] == "20") && r.subjectAct(m, gs) {
		return false
	}
	// "una manifestación realizada en protesta por el despido": a verb
	// pattern's last word after a purpose cue that is none of its own
	// words is that purpose, not the verb's object
	if !p.Noun && len(m.toks) > 1 {
		last := m.toks[len(m.toks)-1]
		if prev := m.toks[len(m.toks)-2]; last-1 > prev && r.word(last-1) && r.info[last-1].foldIs(kPurpose) {
			return false
		}
	}
	if p.State && r.stateReading(m, s) {
		return false
	}
	// "se negó a enviar tropas a Siria", "refused to meet X": a one-word
	// pattern that opens a refusal cue governs the act after it; the
	// refusal is coded from that act (or by a longer pattern naming it),
	// and the governed act's object is no target of the bare verb
	if !p.Noun && len(p.Toks) == 1 {
		if e, ok := r.lx.cueAt(r.info, m.head, s.EndTok, kRefusal); ok && e < s.EndTok && r.word(e) && r.hasForm(e, morph.Inf) {
			return false
		}
	}
	// "criticó las manifestaciones", "la policía dispersó la marcha", "puso
	// fin a una huelga de hambre": a protest named as the object of a verb
	// that made another event is what that event is about, not a protest
	// told by this sentence
	if p.Code[:2] == "14" && (p.Noun && r.objectOfEvent(m, si, c) || r.nounReading(m, p, gs) && r.passiveOfEvent(m, s, gs)) {
		// ... nor is the protest noun of its complement ("agredió una
		// manifestación de protesta"): its words are taken
		if j := m.end + 1; j < s.EndTok && r.word(m.end) && r.info[m.end].foldIs(kPrep) {
			if k := j - r.curFirst; k >= 0 && k < len(r.sentMatches) {
				for _, nm := range r.sentMatches[k] {
					if nm.p.Noun && nm.p.Code[:2] == "14" {
						r.consumed = append(r.consumed, nm.toks...)
						break
					}
				}
			}
		}
		return true
	}
	// "protestas contra el acuerdo del gobierno con el FMI", "en protesta
	// por la visita de Arafat": an act named as what a protest is against
	// is the protest's cause, not an event this sentence tells
	if p.Noun && p.Code[:2] != "14" && r.protestAgainst(m, c) {
		return false
	}
	var src, tgt *group
	var srcActs, tgtActs []int
	// the makers of a protest a speaker's predicate is about
	var speakerTarget *doc.Actor
	var ordered *group      // the forces an order addresses, when their orderer is the source
	var sent *group         // the forces a nominal deployment sends, when their sender is the source
	byForce := ""           // the code of the military action a casualty was caused by
	clashAt := 0            // one past the head of the riot or clash noun a casualty was counted in
	impersonal := false     // a Spanish impersonal plural ("detienen a ...")
	protestPatient := false // a nominal protest is the patient of a passive of force
	passive := false
	reduced := false   // a participle qualifying a group: told as a fact, not what is asked
	agentOnly := false // a reduced passive on a noun naming no actor: its agent must be named
	mt := m            // the match whose target prepositions name the target
	// "shipping drones to Misrata's brigades in breach of a U.N. arms
	// embargo": a noun (or a word read as a verb there) after a phrase of
	// cue kind breached is the rule an act breaches, no event told
	if r.breachedRule(m.head, s.FirstTok) {
		return false
	}
	if p.Noun {
		// a nominal event in a frame ("durante el llamado del martes")
		// dates the event it names instead of being one
		// so does one told again after a preposition of sequence ("dijo
		// Lula tras el encuentro", "said after the meeting"), unless it is
		// a protest: "llamó a la calma tras las protestas" tells them
		// "Colombia responderá a la nota de protesta de Quito": a demand,
		// complaint, rejection, threat or protest that is replied to was
		// made before and is told again, no new event (its words take
		// no other pattern: "protesta" inside "nota de protesta")
		if p.Code[:2] >= "10" && p.Code[:2] <= "14" && r.replyObject(m, c) {
			return true
		}
		// "for the first time since a ceasefire took effect in March",
		// "por primera vez desde el alto el fuego": a nominal event after a
		// phrase of cue kind anchor is the past point a count of time
		// starts from, no event told (definite or not)
		if r.anchored(m.head, s.FirstTok) {
			return false
		}
		framed := r.framed(m.head, c.start, kFrame) || p.Code[:2] != "14" && r.framed(m.head, c.start, kSequel)
		if framed && !r.namesParties(m, s) {
			r.anas = append(r.anas, anaphor{code: p.Code, sent: si, date: r.dateNear(m, reg, s),
				ev: doc.Evidence{Sentence: si, Span: s.Span, Pattern: p.Origin,
					Trigger: doc.Span{Start: r.d.Tokens[m.head].Start, End: r.d.Tokens[m.toks[len(m.toks)-1]].End}}})
			return false
		}
		src, tgt = r.nounArgs(m, c, cs, gs, s)
		// "Hang said a protest note had been handed to the Chinese
		// embassy", "informó que una nota de protesta fue entregada a la
		// embajada": an official complaint (114) that names no one who
		// made it, in a clause a speaker reports, is the speaker's
		if src == nil && tgt != nil && p.Code == complainOfficially {
			if sp := r.speakerOf(&group{start: m.head, end: m.end}, gs, reps); sp != nil && sp != tgt && sp.end <= m.head {
				src = sp
			} else if sp := r.sayerBefore(m.head, s, gs); sp != nil && sp != tgt {
				src = sp
			}
		}
		// "blamed the bombing on the Taliban": the party an accusation
		// pins the act on did it; it was aimed at no one named
		if tgt != nil && src == nil && r.blamedOn(m, tgt) {
			src, tgt = tgt, nil
		}
		// "cortaron la carretera en señal de protesta por la visita de
		// Arafat", "los médicos se fueron en protesta por el asesinato": a
		// protest named as the purpose of its clause is its subject's (what
		// follows "por" is its cause); with a subject that names no actor,
		// someone's no actor names
		if p.Code == "140" && !framed && r.protestPurpose(m, s) {
			// a protest the sentence has told already ("quemaron patrullas
			// en protesta por los abusos") is what this names
			for n := len(r.evs) - 1; n >= 0 && r.evs[n].sent == si; n-- {
				if c := r.evs[n].ev.Cameo; c[:2] == "14" || c == threatenProtest {
					return false
				}
			}
			g := r.subjectFor(m, k, cs, gs, subj, si)
			// (with no subject group, "los jugadores lucieron brazaletes en
			// protesta contra la guerra", the protest is someone's no actor
			// names; not one opening the sentence, "En protesta por ..., los
			// transportistas pararon", whose subject comes after, nor a
			// plural, "heridos en protestas", which tells where)
			if g == nil && (r.plural(m.head) || r.protestPurposeAt(m, s) == s.FirstTok) {
				return false
			}
			if g != nil && (g.end > m.head || g.start < s.FirstTok) {
				return false
			}
			// "el gobierno llamó a consultas a su embajador en protesta por
			// ...": a government's acts in protest are the protest
			// (diplomatic), told by their own verbs
			state := g != nil && len(g.acts) > 0
			if g != nil {
				for _, ai := range g.acts {
					if c := r.d.Actors[ai].Code; !strings.HasSuffix(c, "GOV") {
						state = false
					}
				}
			}
			if state {
				return false
			}
			src = g
			if tgt == g {
				tgt = nil
			}
		}
		// "decidirán la continuación de su protesta", "arreciaron sus
		// críticas", "their protest": a noun of demand, disapproval,
		// rejection, threat or protest (roots 10-14) after a possessive is
		// its clause's subject's (not a government's, whose protest is
		// diplomatic and told by its own verbs); an act done to someone,
		// "su detención", is not its possessor's
		if p.Noun && src == nil && p.Code[:2] >= "10" && p.Code[:2] <= "14" && m.head > s.FirstTok && r.word(m.head-1) && r.isCue(kOwner, m.head-1) {
			if g := r.subjectFor(m, k, cs, gs, subj, si); g != nil && len(g.acts) == 1 && g != tgt && g.end <= m.head && g.start >= s.FirstTok && !r.stateGroup(g) {
				src = g
			}
		}
		// "Kenya received a loan from China", "Iraq received threats from
		// Iran": the one named after "from" gives, the receiver is the
		// subject of the verb of receiving
		// "el contralor recibió amenazas contra su vida": with no giver
		// named, the receiver is still the target
		if v := r.receivedBy(m, c); v >= 0 {
			vm := match{head: v, end: v + 1, toks: []int{v}, words: 1}
			recv := r.subjectFor(vm, clauseOf(cs, v), cs, gs, subj, si)
			// (threats denounced against others, "denunció amenazas contra
			// periodistas", keep the target they name)
			from := r.fromGroup(m, c, gs)
			own := tgt != nil && tgt != from && tgt.start >= m.end && r.isCue(kDenounce, v)
			if from != nil {
				src = from
				if !own {
					tgt = recv
				}
			} else if own {
				// the target the threat names
			} else if recv != nil && recv.end <= v {
				if src == recv {
					src = nil
				}
				tgt = recv
			}
		}
		// "las maniobras navales que Estados Unidos y el Reino Unido
		// iniciaron": the subject of a relative on the noun did it
		if src == nil {
			g := r.relSubjectAfter(m, gs, s)
			if g == nil {
				g = r.relSubjectPostposed(m, gs, s)
			}
			if g != nil {
				src = g
				if tgt == g {
					tgt = nil
				}
			}
		}
		// a framed event with its own parties takes none from the clause
		// ("tres civiles murieron durante los enfrentamientos entre ...")
		// "reavivar las negociaciones entre el gobierno y la oposición":
		// a mutual act whose two parties follow "entre"/"between" takes
		// no source from the clause either; nor does one among a single
		// group ("enfrentamientos entre palestinos": among themselves) or
		// between one named party and one that is no actor
		// ("tres campesinos murieron en un enfrentamiento armado entre el
		// ejército y la guerrilla": the dead are no party)
		among := p.Sym && tgt != nil && tgt.start > m.head && r.word(tgt.start-1) && r.info[tgt.start-1].foldIs(kAmong)
		if src == nil && (p.Sym || p.Code[:2] == "04") && !framed && !among && !r.amongAfter(m, s) {
			src = r.subjectFor(m, k, cs, gs, subj, si)
		}
		// "los maestros iniciaron un paro", "el sindicato anunció una
		// jornada de protesta": the subject of the verb whose object the
		// protest is, unless another trigger stands between ("la policía
		// dispersó la manifestación")
		// "bloquearon la aduana en demanda de aumentos salariales": a
		// demand named as the purpose of the clause is its subject's
		// (set off by a comma, "sostenía una huelga de hambre, en demanda
		// de recursos", it is the purpose of the clause before the comma)
		if src == nil && p.Code[:2] == "10" && !framed && m.head > c.start && r.word(m.head-1) && r.info[m.head-1].foldIs(kPurpose) {
			afterComma := m.head-2 == c.start && r.d.Tokens[c.start].Text == ","
			// (so is one in a clause whose subject is a part of a group
			// named before, "mientras que la mayoría paralizó las labores
			// en demanda de aumentos": that group's)
			partOf := r.partitiveSubjectIn(c, m.head)
			if g := r.subjectFor(m, k, cs, gs, subj, si); g != nil && g.end <= m.head && (g.start >= c.start || (afterComma || partOf) && g.start >= s.FirstTok) {
				src = g
				if tgt == g {
					tgt = nil
				}
			}
		}
		// "Italy announced a suspension of air links with Serbia",
		// "ordered the arrest of": the subject of a verb of the cue kind
		// agentive whose object the nominal event is does it
		// ... and so are the forces it sends or moves: a state that
		// orders or announces "el despliegue de tropas", "the deployment
		// of police" acts through them (CAMEO: the orderer is the source)
		if (src == nil || !p.Sym && src.end <= m.end+4 && src.start > m.head) && !framed {
			if v := r.agentiveVerb(m, c); v >= 0 {
				vm := match{head: v, end: v + 1, toks: []int{v}, words: 1}
				if g := r.subjectFor(vm, clauseOf(cs, v), cs, gs, subj, si); g != nil && g.end <= v && g != tgt && (src == nil || r.orderedForces(g, src)) {
					if src != nil {
						sent = src
					}
					src = g
				}
			}
		}
		// "anunció el envío de 800 elementos del Ejército y de la Guardia
		// Nacional", "announced the deployment of 300 officers": a state
		// that announces the forces it sends deploys them
		if (p.Code[:2] == "15" || p.Code == "072") && !framed && (src == nil || src.start > m.head && src.start <= m.end+1) && r.agentiveVerb(m, c) < 0 {
			if v := r.governingVerb(m, c, kAnnounce); v >= 0 {
				vm := match{head: v, end: v + 1, toks: []int{v}, words: 1}
				if g := r.subjectFor(vm, clauseOf(cs, v), cs, gs, subj, si); g != nil && g.end <= v && g != tgt && (src != nil && r.sentForces(g, src) || src == nil && r.stateGroup(g)) {
					sent, src = src, g
				}
			}
		}
		// "reiterated its demand that Israel ease the restrictions",
		// "reiteró su exigencia de que Israel levante el bloqueo": the
		// subject of the clause a demand names right after it is whom it
		// is made on
		if tgt == nil && src != nil && p.Code[:2] == "10" && !framed {
			from := m.end
			if src.start >= m.end && src.start <= m.end+1 {
				from = src.end // "la exigencia de Egipto de que ..."
			}
			if g := r.contentSubject(from, gs, s); g != nil && g != src {
				tgt = g
			}
		}
		// "called on Thursday for a national day of protest": the
		// subject of the verb of calling or announcing that governs the
		// protest
		if src == nil && p.Code[:2] == "14" && !framed {
			if _, v := r.governingPlan(m.head, c); v >= 0 && r.finiteVerb(v) {
				vm := match{head: v, end: v + 1, toks: []int{v}, words: 1}
				if g := r.subjectFor(vm, clauseOf(cs, v), cs, gs, subj, si); g != nil && g.end <= v && g != tgt {
					src = g
				}
			}
		}
		if src == nil && p.Code[:2] == "14" && !framed {
			if g := r.organizer(m, gs, s); g != nil {
				src = g
				if tgt == g {
					tgt = nil
				}
			}
		}
		// ... and so is a threat ("Morales ratificó su amenaza de
		// reavivar el conflicto"), unless its subject received it
		// ... and so is an act named after a noun of promise or offer
		// ("Japón reiteró su oferta de ayuda a Filipinas", "announced a
		// pledge of aid to", "made an offer of talks with"): who promises
		// (the noun of promise may itself start a verb pattern: "pledge
		// ... aid")
		// ... and so are more acts of force it announces or vows ("Israel
		// anunció más incursiones en Gaza", "vowed new strikes"; a threat,
		// below)
		in := r.intentNoun(m, c)
		if in < 0 {
			in = r.vowedForce(m, c)
		}
		// (nor the subject of a clause a mutual act names its own parties
		// in: "tres campesinos murieron en un enfrentamiento entre
		// policías y manifestantes")
		if src == nil && (p.Code[:2] == "14" || p.Code[:2] == "13" && r.receivedBy(m, c) < 0 && !r.causeComplement(m, c) || in >= 0) && !framed && !r.amongAfter(m, s) {
			upto := m.head
			if in >= 0 {
				upto = in
			}
			// (not a protest the clause stands against: "las autoridades
			// optaron por la mano dura contra las protestas", "instaurado
			// por el gobierno ante una ola de protestas")
			// (nor the cause of a protest it sparked: "el asesinato del
			// periodista provocó protestas", "the ruling sparked
			// protests"; one named as the subject or the agent, "el
			// gobierno provocó protestas con su decisión", "the ruling by
			// the court sparked protests", is what they are against)
			if g := r.subjectFor(m, k, cs, gs, subj, si); g != nil && g != tgt && g.end <= m.head && g.start >= c.start && !r.triggerBetween(g.end, upto) && !r.objectOfVerb(g, c) && !(p.Code[:2] == "14" && (r.opposedNoun(m.head, g.end) || r.venueBefore(m.head, g) || r.sufferedBefore(m.head, g))) {
				if p.Code[:2] != "14" || r.causedBy(m, c) < 0 {
					src = g
				} else if pb := r.prepBefore(g.start, c.start); tgt == nil && (pb == "" || r.lx.is(kAgent, pb)) && !(r.word(g.start) && r.info[g.start].foldIs(kGenitive)) {
					tgt = g
				}
			}
		}
	} else if p.Speaker {
		// "Russia said Sudan must return the helicopter": the subject
		// right before the word of obligation is the one asked; the one
		// who reports the clause asks
		for _, g := range gs {
			if (g.end == m.head || r.placePhrase(g.end, m.head)) && !g.reporter {
				tgt = g
			}
		}
		// "la empresa dijo que la huelga es ilegal": a protest named right
		// before the predicate stands for those who make it (the story's
		// latest protest), whom the speaker criticises
		if tgt == nil && p.Code[:2] != "10" && p.Code[:2] != "02" {
			if n := r.protestNounBefore(m.head, c); n >= 0 {
				if sp := r.speakerOf(&group{start: n, end: m.head}, gs, reps); sp != nil && len(sp.acts) > 0 {
					if a := r.latestProtester(si, 8, &r.d.Actors[sp.acts[0]]); a != nil {
						src, speakerTarget = sp, a
					}
				}
			}
			if src == nil {
				return false
			}
		}
		if tgt == nil && speakerTarget == nil {
			return false
		}
		if src == nil {
			if src = r.speakerOf(tgt, gs, reps); src == nil {
				return false
			}
		}
	} else {
		passive = r.passive(m, headForm, c)
		// "dejó tres policías heridos": a participle right after an
		// actor, with no auxiliary, qualifies its patient
		adjPart := false
		// (also joined by "y"/"o" to an adjective right after the actor:
		// "civiles enfermos y heridos", "guerrilleros enfermos o heridos")
		ge := m.head
		if j := m.head - 2; !r.groupEndsAt(gs, ge) && j > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].foldIs(kCoord) && r.word(j) &&
			!r.info[j].function && !r.inActor(j) && !r.finiteVerb(j) && r.groupEndsAt(gs, j) {
			ge = j
		}
		if !passive && r.d.Lang == "es" && headForm == morph.Part && r.groupEndsAt(gs, ge) {
			passive, adjPart = true, true
			// "la Cruz Roja evacuó a civiles heridos", "visitó a los
			// soldados heridos": the participle qualifies the object of
			// another verb, no act told here
			if r.objectOfVerbEndsAt(gs, ge) {
				return false
			}
		}
		// "las víctimas del pederasta, acusado del rapto de seis niñas": a
		// Spanish participle with no auxiliary, no agent and no actor
		// right before it qualifies a noun; it tells no act of whoever is
		// the clause's subject
		if !passive && !adjPart && r.d.Lang == "es" && headForm == morph.Part && (p.Code[:2] == "11" || p.Code[:2] == "12") && !r.finiteVerb(m.head) && !r.auxBefore(m, c) {
			return false
		}
		// "Libya's internationally recognized government", "the seized
		// towns", "a UN-backed government": an English participle between
		// a determiner, possessive or genitive and the noun of its
		// pattern is an adjective, no act
		if r.attributive(m) || r.hopedFor(m, s) || r.verbAfterDet(m) || p.Code[:2] == "14" && r.objectParticiple(m, s) || r.participleAfterVerb(m, s) || r.gerundAfterVerb(m, s) {
			return false
		}
		if p.NoBare && headForm == morph.Part && !r.eventAuxBefore(m, c) {
			return false // "un guerrillero muerto en combate": dead, not killed
		}
		sg := r.subjectFor(m, k, cs, gs, subj, si)
		// "convocó al embajador de Rusia para exigirle explicaciones",
		// "llamó al embajador para protestar": a Spanish infinitive of
		// purpose has the subject of the verb it serves, not that verb's
		// object; that object is whom a dative clitic on the infinitive
		// names, or the target when the infinitive names none
		var servedObj *group
		if sg != nil && r.d.Lang == "es" && headForm == morph.Inf && m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].fold == "para" {
			if v := r.servedVerb(m.head-1, s); v >= 0 && sg.start > v {
				vm := match{head: v, end: v + 1, toks: []int{v}, words: 1}
				if g := r.subjectFor(vm, clauseOf(cs, v), cs, gs, subj, si); g != nil && g.end <= v {
					sg, servedObj = g, sg
				}
			}
		}
		// "called on Minsk to return two lorry drivers detained near
		// Grodno": an English participle right after a group that is not
		// its clause's subject, followed by a preposition, is a reduced
		// relative: a passive whose patient is that group
		if g := r.reducedRelative(m, headForm, c, gs, subj[k]); g != nil && !passive {
			passive, sg, reduced = true, g, true
		} else if !passive && (p.Code[:2] == "16" || p.Code[:2] == "17") && r.nounBeforeApposition(m.head) {
			// "The sanctions, announced by the commerce ministry, freeze
			// the companies' assets": a verb of sanction or coercion right
			// after an apposition on a sentence-opening measure that names
			// no actor restates that measure's content, no act of its own
			return false
		} else if !passive && !r.agentNext(m) && r.reducedOnNoun(m, headForm, c) {
			// "saw France free an Iranian engineer convicted of violating
			// export controls": ... and one on a noun that names no actor
			// tells no act of anyone named
			return false
		} else if !passive && r.d.Lang == "en" && r.c.minActors(p) == 0 && m.words == 1 && (headForm == morph.Past || headForm == morph.Part) && r.agentNext(m) && m.head-1 > c.start && r.word(m.head-1) && !r.info[m.head-1].function && !r.inActor(m.head-1) && !r.hasVerb(m.head-1) && !r.reducedOnNoun(m, headForm, c) {
			// "a session boycotted by most Kurdish lawmakers": a
			// participle on a noun that names no actor, with its agent
			// next, is a reduced passive told by that agent alone
			passive, reduced, agentOnly = true, true, true
		}
		if passive && sg != nil && sg == r.lastSubj && (sg.start < s.FirstTok || sg.start >= s.EndTok) {
			sg = nil // the patient of a passive is named in its own sentence
		}
		// ... and in its own clause, unless the clause goes on the one
		// before ("..., and was released", ", fue detenido por"): not the
		// speaker of "announced that all 112 people would be released"
		// (the antecedent of a relative pronoun that is the patient is
		// named before it: "los transportistas, que fueron detenidos", "la
		// liberación de los mineros que fueron detenidos"; not a group
		// that a preposition other than "de" governs, the complement of
		// the noun the pronoun stands for: "las protestas contra el
		// gobierno, que fueron respaldadas por")
		if passive && sg != nil && sg.start < c.start && !r.continues(c) && (r.subjectAntecedent(m, c, gs) != sg || !r.bareOrGenitive(sg, s)) {
			sg = nil
		}
		// "El exfuncionario, considerado un fugitivo por la fiscalía, fue
		// detenido por agentes de la FGR", "the former minister, wanted by
		// prosecutors, was arrested by police": the group nearest a
		// passive that "por"/"by" governs is the agent of another
		// participle; the patient is the group before it that no
		// preposition governs, when there is one
		if passive && sg != nil && sg.start >= s.FirstTok {
			if pp := r.groupPrep(sg, s.FirstTok); pp == "por" || pp == "by" {
				var bare *group
				for _, g := range gs {
					if g.start >= s.FirstTok && g.end <= sg.start && !g.reporter && r.groupPrep(g, s.FirstTok) == "" {
						bare = g
					}
				}
				if bare != nil {
					sg = bare // (with none, "el edificio ocupado por los estudiantes fue desalojado": the occupiers)
				}
			}
		}
		// a word that names no actor right before the auxiliary ("until he
		// is freed") is the patient, not a subject of an earlier clause
		// (a word that ends a restrictive relative on the subject is the
		// relative's: "los maestros que bloqueaban la carretera fueron
		// detenidos", "los estudiantes que protestaban fueron detenidos")
		if passive && sg != nil && r.pastRelative(m, c, gs) != sg {
			for j := m.head - 1; j > s.FirstTok && j >= m.head-3; j-- {
				if r.isCue(kPassive, j) {
					// "all 112 people detained during the rallies would be
					// released": a participle right after the group opens a
					// reduced relative, no verb of its own clause
					from, reduced := sg.end, false
					if r.d.Lang == "en" && r.word(from) && (r.hasForm(from, morph.Part) || r.hasForm(from, morph.Past)) {
						from, reduced = from+1, true
					}
					b := j - 1
					for reduced && b > from && r.word(b) && (r.isCue(kHypothetical, b) || r.isCue(kAux, b) || r.isCue(kIntended, b)) {
						b-- // "would be released": the modal is no patient
					}
					// (not an elliptic count of those named before, "y
					// otras tantas fueron arrestadas", "otros cientos")
					if r.word(b) && !r.inActor(b) && !r.info[b].function && sg.end != j && r.prepBefore(b, c.start) == "" && !r.ellipticCount(b, c) &&
						(sg.start < c.start || r.finiteBetween(from, b) && !(reduced && r.nounAfterDet(from, b))) {
						sg = nil
					}
					break
				}
			}
		}
		// "Rusia acusó a Ucrania de sabotaje y exigió ...": the group
		// nearest a conjoined verb is the object of the first; the subject
		// is theirs
		if !passive && sg != nil {
			if cd := r.conjoined(m, si, nil); cd != nil && sg.start > cd.head && cd.ev.Source != nil {
				for _, g := range gs {
					for _, ai := range g.acts {
						if r.d.Actors[ai].Span == cd.ev.Source.Span {
							sg = g
						}
					}
				}
			}
		}
		// a participle right after a nominal event qualifies it ("talks
		// mediated by Qatar", "conversaciones mediadas por Qatar"): its
		// patient is who held that event
		participle := r.hasForm(m.head, morph.Part) || r.d.Lang == "en" && r.hasForm(m.head, morph.Past)
		if m.head > s.FirstTok && participle && (passive || r.agentNext(m)) {
			// (an adjective may stand between: "conversaciones indirectas
			// mediadas por Arabia Saudita")
			nend := m.head
			if j := m.head - 1; j-1 > s.FirstTok && r.word(j) && !r.info[j].function && len(r.info[j].an) == 0 && !r.d.Tokens[j].Cap && !r.inActor(j) {
				if len(r.lx.matchAt(r.d, r.info, r.timeTok, j-1, j)) > 0 {
					nend = j
				}
			}
			for _, nm := range r.lx.matchAt(r.d, r.info, r.timeTok, nend-1, nend) {
				if nm.p.Noun && nm.end == nend {
					passive = true // "talks mediated by": no past tense
					if g := r.subjectFor(nm, clauseOf(cs, nm.head), cs, gs, subj, si); g != nil {
						sg = g
					}
					break
				}
			}
		}
		// "Tras la muerte de decenas de personas fueron detenidos tres
		// policías": a group inside a phrase of time fronted at the
		// sentence's opening (cue kind timefront) is no patient of a
		// passive after it
		if passive && sg != nil && r.d.Lang == "es" && r.inFronted(sg, m, s) {
			sg = nil
		}
		if passive {
			tgt = sg
			// "fueron asesinados tres campesinos", "En Lima fueron
			// detenidos veinte estudiantes": a Spanish passive told with
			// an auxiliary and no patient before it in its clause has it
			// right after the participle
			if tgt == nil && r.d.Lang == "es" && !adjPart && r.eventAuxBefore(m, c) {
				tgt = r.postposedSubject(m, c, gs)
				if tgt == nil {
					tgt = r.subjectPastPhrase(m, c, s.EndTok, gs)
				}
			}
			// "la marcha de los maestros fue dispersada por la policía",
			// "the teachers' march was dispersed by police": the patient
			// of force or coercion on a protest is who made that protest
			if tgt == nil && forceCode(p.Code) {
				tgt, protestPatient = r.protestDoers(m, c, gs, s)
			}
			src = r.agentAfter(m, c, gs)
			if src == nil && tgt != nil && p.SrcTo {
				src = r.calledTo(m, c, gs)
			}
			// "four children were killed in Israeli shelling", "resultaron
			// heridos en un bombardeo israelí": a casualty whose cause is a
			// military action that names its author was made by that author
			if src == nil && tgt != nil && p.Code[:2] == "18" {
				if src = r.causeAction(m, c, gs); src != nil {
					byForce = r.forceCode(src)
				}
				// "Durante un combate entre el ejército y la guerrilla
				// resultaron heridos dos soldados": with no agent, the
				// casualties of a fight between two sides told before in
				// the sentence are that fight's toll (those of a one-sided
				// attack were assaulted: "atacó una lancha, resultando
				// heridas dos personas")
				if src == nil && r.fightToldBefore(si, m) {
					return true
				}
				// (so are those of a riot or clash the clause places them
				// in, "resultaron heridos en los enfrentamientos", once
				// that clash is an event of its own: see tollOf)
				if src == nil {
					clashAt = r.clashAfter(m, c) + 1
				}
			}
			// "la policía antimotines fue desplegada en las calles",
			// "troops were mobilized": a show of force told with no agent
			// is made by the force itself, aimed at no one named
			if src == nil && tgt != nil && p.Code[:2] == "15" {
				src, tgt = tgt, nil
			}
			// "la huelga de los choferes fue levantada", "el paro fue
			// levantado": a protest called off told with no agent was
			// eased by those who made it (as "los choferes levantaron el
			// paro"), aimed at no one named
			if src == nil && tgt != nil && p.Code == easeDissent {
				src, tgt = tgt, nil
			}
			// (not a participle with no auxiliary, "liberaron a tres
			// personas detenidas por el linchamiento", which names those
			// an arrest told elsewhere fell on)
			if src == nil && tgt != nil && !adjPart && r.eventAuxBeforeAdv(m, c) {
				src = r.speakerAgent(m, gs, tgt)
			}
			// "los manifestantes detenidos serán liberados": with no agent,
			// such a participle names those an arrest told elsewhere fell
			// on; only a casualty ("tres policías heridos") is reported so
			if adjPart && src == nil && p.Code[:2] != "18" {
				return false
			}
		} else {
			src = sg
			tgt = r.objectAfter(m, c, cs, gs, s, false)
			// "los estudiantes que detuvo la policía": a Spanish relative
			// verb that agrees in number with the group right after it and
			// not with its antecedent has that group as its subject; the
			// antecedent is its object
			if r.postposedRelSubject(m, c, gs, src, tgt) {
				src, tgt = tgt, src
			}
			if servedObj != nil && servedObj != src && (tgt == nil || r.encliticDative(m.head)) {
				tgt = servedObj
			}
			// "al disparar la policía contra la marcha", "al reprimir los
			// soldados a los manifestantes": the group right after an
			// infinitive opened by "al" is its subject when the act's
			// target follows it
			if g, t := r.alInfSubject(m, headForm, c, gs); g != nil {
				src, tgt = g, t
			}
			// "denunciaron la represión sindical del régimen": the
			// victims an adjective names after an act done to people are
			// no target of a verb about that act; its doers after them are
			if tgt != nil && len(p.Toks) == 1 {
				if from := r.victimsOfNoun(tgt); from >= 0 {
					tgt = r.doersAfter(from, c, gs)
				}
			}
			// "se sumaron a la huelga de los maestros", "joined the march
			// of students": the group that owns a protest pattern's own
			// protest noun is who makes that protest, no party it is aimed
			// at; with no subject it is the source
			if len(p.Toks) > 1 && p.Code[:2] == "14" && r.protestNounAt(m.toks[len(m.toks)-1]) {
				if g := r.genitiveGroup(m.toks[len(m.toks)-1], gs, s); g != nil {
					if tgt == g {
						tgt = nil
					}
					if src == nil {
						src = g
					}
				}
			}
			// "organizan protesta gremial", "convocaron una huelga
			// magisterial": the adjective right after a protest pattern's
			// own noun names the doers of that act, no party it is aimed
			// at; with no subject they are the source
			// (not "disolvió una manifestación estudiantil": a pattern of
			// another root acts on that act, and its doers are the target)
			if len(p.Toks) > 1 && (p.Code[:2] == "14" || p.Code[:2] == "13") {
				if tgt != nil && tgt.start == m.end && r.relationalGroup(tgt) {
					tgt = nil
				}
				for _, g := range gs {
					if src == nil && g.start == m.end && r.relationalGroup(g) {
						src = g
					}
				}
			} else if len(p.Toks) > 1 && tgt == nil {
				// "disolvió una manifestación estudiantil", "broke up
				// indigenous protests": those whose act it fell on
				for _, g := range gs {
					if g != src && r.relationalGroup(g) && (g.start == m.end || g.end == m.end-1 && g.start > m.head) {
						tgt = g
					}
				}
			}
			// "Detienen a 75 religiosos en San Francisco": a Spanish
			// third-person plural with no subject anywhere is impersonal,
			// an agentless passive
			impersonal = r.d.Lang == "es" && sg == nil && r.finiteVerb(m.head) && strings.HasSuffix(r.info[m.head].fold, "n")
			// ... and so is one right after the clitic "se" whose object
			// follows the personal "a" ("se detuvo a tres dirigentes",
			// someone unnamed arrested them; not "se detuvo a descansar",
			// which names no group)
			if !impersonal && r.d.Lang == "es" && sg == nil && r.finiteVerb(m.head) && r.impersonalSe(m, c) &&
				tgt != nil && m.end < c.end && r.word(m.end) && r.info[m.end].foldIs(kPersonal) && tgt.start >= m.end && tgt.start <= m.end+3 {
				impersonal = true
			}
			// "Para protestar contra la reforma, los maestros marcharon":
			// the subject of a purpose infinitive opening the sentence is
			// the one after the comma that closes it, not its object
			if g := r.frontedSubject(m, gs, s); g != nil {
				src = g
				if tgt == g {
					tgt = nil
				}
			}
			if tgt != nil && r.isCue(kReport, m.head) && !r.reportTarget(m, tgt) {
				tgt = nil
			}
			// "insisted on its demands that the government grant ...": a
			// demand's object noun followed by a content clause; whom it is
			// made on is that clause's subject (a reporting verb too)
			if tgt == nil && p.Code[:2] == "10" {
				// (a pattern may end in the demand's noun itself:
				// "insistió en su exigencia de que el gobierno ...")
				j := m.end - 1
				if r.info[j].function || len(p.Toks) == 1 {
					j++
					for j < s.EndTok && r.word(j) && r.isCue(kDet, j) && !r.inActor(j) {
						j++
					}
					if j == m.end {
						j = -1
					}
				}
				if j >= 0 && j < s.EndTok && r.word(j) && !r.inActor(j) && !r.info[j].function && !r.finiteVerb(j) {
					if g := r.contentSubject(j+1, gs, s); g != nil && g != src {
						tgt = g
					}
				}
			}
			// "Marcharon miles de estudiantes", "protestaron ayer en Lima
			// los maestros": a Spanish protest verb of one word with no
			// subject of its clause before it takes the bare group after
			// it as its subject (protesters march, they are not marched)
			// (not after a nominal protest that is its subject: "el paro de
			// transportistas paraliza Lima" is paralysed, not protesting)
			if r.d.Lang == "es" && p.Code[:2] == "14" && len(p.Toks) == 1 && (sg == nil || sg.start < s.FirstTok) && !r.protestNounSubject(m, c) {
				if g := r.postposedSubject(m, c, gs); g != nil && (tgt == nil || tgt == g || tgt.start > g.start) {
					src = g
					if tgt == g {
						tgt = nil
					}
					for _, o := range gs {
						if tgt != nil {
							break
						}
						if o.start >= g.end && o.start < c.end {
							gov := r.governor(o.start, g.end)
							if r.word(o.start) && r.info[o.start].foldIs(kPrep) {
								gov = r.info[o.start].fold // "al" read inside the mention
							}
							if gov != "" && (p.Tgt[gov] || r.lx.is(kPersonal, gov)) {
								tgt = o
								break
							}
						}
					}
				}
			}
			// "sanctions on eight Iranian companies it accuses of ...": a
			// subject pronoun right after a group opens a relative clause
			// without a pronoun of its own; the group is the object and the
			// pronoun the subject of the clause it stands in
			// (with a relative pronoun, "firms that it accused of", the
			// clause opens at the pronoun: the subject is the nearest
			// clause's before it)
			ps := subj[k]
			if r.relPronOpens(cs[k]) {
				ps = nil
				for j := k - 1; ps == nil && j >= 0; j-- {
					ps = subj[j]
				}
			}
			if o := r.pronounRelative(m, c, gs, ps); o != nil {
				src, tgt = ps, o
			}
			// "is willing to withdraw its troops from Lebanon", "has
			// strengthened its forces in Lebanon": a state's own forces,
			// moved, are the thing moved; the target is where they go
			if tgt != nil && src != nil && !p.Sym && movesForces(p.Code) && r.ownForces(src, tgt) {
				pp := *p
				pp.NoObj = true
				pp.Tgt = map[string]bool{}
				for w := range p.Tgt {
					pp.Tgt[w] = true
				}
				for _, ws := range r.lx.cues["moved"] {
					if len(ws) == 1 {
						pp.Tgt[ws[0]] = true
					}
				}
				mt = match{p: &pp, head: m.head, end: m.end, toks: m.toks, words: m.words}
				tgt = r.objectAfter(mt, c, cs, gs, s, false)
			}
			// a threat whose reported clause names the speaker's own side
			// ("advirtió que Teherán cerrará el estrecho si ...") is aimed
			// at whoever that side would act against, named after it
			if p.Code[:2] == "13" && src != nil && tgt != nil && r.clauseCueIn(m.end, tgt.start) && r.sameSide(src, tgt) {
				if g := r.otherSide(src, tgt, gs); g != nil {
					tgt = g
				}
			}
			// "la propuesta del Gobierno, que calificó de farsa" (option
			// relobj): the pronoun is the object, its antecedent the target
			if tgt == nil && r.relObjectPronoun(m, c) {
				if a := r.antecedentGroup(c.start, gs, nil); a != nil && a != src {
					tgt = a
				}
			}
			// the relative pronoun is the direct object: it wins over a
			// prepositional complement ("which Kinshasa accuses of backing
			// the rebels")
			if !p.NoObj && (tgt == nil || r.governor(tgt.start, m.end) != "") {
				if a := r.relativeAntecedent(m, c, gs, src); a != nil {
					tgt = a
				}
			}
			// "el juez, a quien critican los sindicatos", "el alcalde, al
			// que acusaban de corrupción": in an object relative the
			// antecedent is the object, and a bare group after the verb
			// is the subject
			if !p.NoObj && !p.Sym {
				if a := r.objectRelativeAntecedent(m, c, gs); a != nil {
					// (not the predicate of an infinitive after it: "al que
					// acusaron de ser policía")
					if tgt != nil && tgt != a && tgt.start >= m.end && r.governor(tgt.start, m.end) == "" && !r.infinitiveBetween(m.end, tgt.start) {
						src = tgt
					} else if src == a {
						src = nil
					}
					tgt = a
				}
			}
		}
	}
	// "denunció que los manifestantes fueron agredidos por la policía": a
	// criticism whose object is the patient of a passive told right after
	// it, with its agent named, is aimed at that agent
	if !p.Noun && !passive && p.Code[:2] == "11" && tgt != nil && tgt.start >= m.end {
		if h := r.passiveHeadIn(tgt.end-1, tgt.end+4); h >= 0 && !r.triggerBetween(m.end, tgt.start) {
			if a := r.agentAfter(match{p: m.p, head: h, end: h + 1, toks: []int{h}, words: 1}, clause{h, s.EndTok}, gs); a != nil && a != src {
				tgt = a
			}
		}
	}
	// "la ley prohíbe las manifestaciones frente al Congreso": what a law
	// or a rule named as the verb's subject provides is no act
	if src == nil && !p.Noun && !passive && r.lawSubject(m, c) {
		return true
	}
	// "cinco heridos en un accidente de tráfico en Lima", "resultaron
	// muertos en el derrumbe": with no agent, the casualties of a disaster
	// or an accident were not assaulted by anyone (the place the sentence
	// names is no target either)
	if src == nil && !p.Noun && p.Code[:2] == "18" && r.mishapAfter(m, s) {
		return true
	}
	// "un estudiante murió de un balazo", "fue alcanzado por una bala":
	// the subject undergoes the act of someone unnamed (not the dead of a
	// disaster or an accident)
	if p.Suffer && !p.Noun {
		if r.mishap(s) {
			return true // its words tell no other act either
		}
		if !passive {
			tgt = src
		}
		src = nil
		// "It warned that any bank dealing with them could face secondary
		// sanctions": what someone is warned they could undergo is the
		// warner's threat of it
		if wv := r.warnedBy(m, c); wv >= 0 {
			vm := match{head: wv, end: wv + 1, toks: []int{wv}, words: 1}
			if g := r.subjectFor(vm, clauseOf(cs, wv), cs, gs, subj, si); g != nil && g != tgt && len(g.acts) > 0 {
				src, warnedThreat = g, true
			}
		}
		// "murieron por disparos de la policía", "recibió balazos de
		// los soldados": the doer named by "de" right after the wound is
		// the source
		// (so is the agent of a participle of force the dying verb
		// governs: "murió baleado por la policía"; an article between
		// that the actor leaves out: "en una emboscada de las FARC")
		agent := r.d.Lang == "es" && m.end < c.end && len(m.toks) > 1 && r.hasForm(m.toks[len(m.toks)-1], morph.Part) && r.info[m.end].fold == "por"
		// (and the agent of a participle on the wound: "murieron en una
		// emboscada tendida por las FARC", "en un atentado perpetrado por ETA")
		at := m.end
		if r.d.Lang == "es" && !agent && at+2 < c.end && r.word(at) && r.hasForm(at, morph.Part) && r.word(at+1) && r.info[at+1].fold == "por" {
			at, agent = at+1, true
		}
		if !passive && at < c.end && r.word(at) && (r.isCue(kGenitive, at) || agent) {
			for _, g := range gs {
				if len(g.acts) > 0 && g != tgt && (g.start == at || g.start > at && r.detsBack(g.start-1, at) == at) && g.end <= c.end {
					src = g
					break
				}
			}
		}
	}
	// "en la marcha se reclamó mano dura", "se exigirá la renuncia del
	// gobierno": a Spanish verb of demand or appeal right after the
	// clitic "se" (a dative clitic between: "se le pidió") is a passive or
	// impersonal with no one named as its doer, unless an agent follows
	if !p.Noun && !passive && r.d.Lang == "es" && src != nil && src.end <= m.head && (p.Code[:2] == "10" || p.Code[:2] == "02") && r.impersonalSe(m, c) {
		src = nil
	}
	// "los manifestantes fueron detenidos por los policías, que luego los
	// golpearon": an object clitic in a relative clause whose antecedent
	// is the doer stands for the party named before that antecedent
	// (acts of force; "indígenas que los apoyan" describes a group); in
	// English the object pronoun follows the verb ("police officers, who
	// then beat them")
	pe := m.end // (past a preposition of the target: "opened fire on them")
	if r.d.Lang == "en" && pe+1 < c.end && r.word(pe) && r.info[pe].foldIs(kTgt) {
		pe++
	}
	objPron := r.d.Lang == "es" && r.objectCliticBefore(m, c) || r.d.Lang == "en" && pe < c.end && r.word(pe) && r.isCue(kObjPron, pe)
	// "la policía los dispersó con gases cuando intentaban llegar a la
	// sede del Gobierno": an act done to people whose object is a clitic
	// before the verb ("lo", "la", "los", "las"; not a dative "les") has
	// that object; a party named after the verb is none of it, unless the
	// personal "a" brings it ("los detuvo a todos")
	if r.d.Lang == "es" && !p.Noun && !passive && tgt != nil && src != nil && tgt != src && peopleAct(p.Code) && tgt.start >= m.end && r.cliticBefore(m, c, false) {
		if gov := r.prepBefore(tgt.start, c.start); gov == "" || !r.lx.is(kPersonal, gov) {
			tgt = nil
		}
	}
	if !p.Noun && !passive && tgt == nil && src != nil && p.Code[:2] >= "17" && p.Code[:2] <= "20" && objPron && r.subjectAntecedent(m, c, gs) == src {
		if g := r.groupBefore(src, gs, s); g != nil {
			tgt = g
		}
	}
	// "supporters of the president gathered in the square before soldiers
	// dispersed them": a plural object pronoun right after an act of force
	// whose doer is named in a later clause stands for the first party of
	// its sentence, the subject of the first clause
	if !p.Noun && !passive && tgt == nil && src != nil && r.d.Lang == "en" && p.Code[:2] >= "17" && p.Code[:2] <= "20" && objPron && r.isCue(kObjPlural, pe) && src.end <= m.head && r.onlyAuxBetween(src.end, m.head) {
		if g := r.firstParty(src, gs, s); g != nil {
			tgt = g
		}
	}
	// "ordenó al ejército atacar", "ordenó que las tropas se
	// replegaran", "ordered the army to attack": the state's forces an
	// order addresses act for whoever orders them (CAMEO codes the
	// orderer)
	if !p.Noun && !passive && src != nil && src.start > s.FirstTok && src.end <= m.head && m.head-src.end <= 3 {
		if v := r.orderVerb(src.start, s); v >= 0 {
			vm := match{head: v, end: v + 1, toks: []int{v}, words: 1}
			if g := r.subjectFor(vm, clauseOf(cs, v), cs, gs, subj, si); g != nil && g.end <= v && g != tgt {
				if !r.orderedForces(g, src) {
					// "the court ordered the government to release the
					// activists", "the UN ordered Israel to withdraw": an
					// order to a party that is no armed or police force
					// demands the act, it tells no act done
					if !r.armedGroup(src) {
						return true
					}
				} else {
					src, ordered = g, src
				}
			}
		}
	}
	// ... and so do those told between the orderer, already the source,
	// and the infinitive ("el presidente ordenó a las tropas marchar":
	// troops that march make no protest)
	if ordered == nil && !p.Noun && !passive && src != nil && src.end <= m.head {
		for _, g := range gs {
			if g.start > src.end && g.end <= m.head && m.head-g.end <= 3 && r.orderVerb(g.start, s) >= src.end && r.orderedForces(src, g) {
				ordered = g
			}
		}
	}
	// "pidió a los docentes que levanten la huelga que mantienen": a
	// protest named in an act asked of someone, with no maker of its own,
	// is the addressee's
	if src == nil && p.Noun && p.Code[:2] == "14" {
		src = r.askedOf(si, m, gs)
	}
	// "wrote to the Security Council asking for a meeting", "envió una
	// carta a la ONU en la que pide ...", "escribió al presidente para
	// pedirle ...": an appeal or demand told in a participle, an
	// infinitive or a relative clause right after a letter or message to
	// someone is addressed to them, and made by whoever writes (not by the
	// addressee, as a reduced relative would read "the Council asking")
	if !p.Noun && !passive && (p.Code[:2] == "02" || p.Code[:2] == "10") {
		if g, v, ad := r.letterAddressee(m, s, gs, src); g != nil {
			if src == nil || src == g {
				var w *group
				if v >= 0 {
					vm := match{head: v, end: v + 1, toks: []int{v}, words: 1}
					w = r.subjectFor(vm, clauseOf(cs, v), cs, gs, subj, si)
				} else {
					w = ad
				}
				if w != nil && w.end <= m.head && w != g {
					src = w
				} else if src == g {
					src = nil
				}
			}
			if tgt == nil && src != nil {
				tgt = g
			}
		} else if tgt == nil && src != nil {
			// "requested an emergency meeting in a letter to the
			// Security Council": the letter told after the appeal
			if g := r.letterAfter(m, s, gs); g != nil && g != src {
				tgt = g
			}
		}
	}
	// "Japan scrambled fighter jets after a Chinese drone entered its
	// airspace", "Grecia desplegó buques tras la entrada de un barco
	// turco": a show of force told with no object is aimed at the doer of
	// the act its clause of sequence gives as cause, when that doer is of
	// another country
	if tgt == nil && src != nil && !p.Noun && !passive && p.Code[:2] == "15" {
		if g := r.causeDoer(m, s, gs); g != nil && g != src && foreignTo(r.d.Actors, g.acts, src.acts) {
			tgt = g
		}
	}
	if src != nil {
		srcActs = src.acts
	}
	if tgt != nil {
		tgtActs = tgt.acts
	}
	// "el ministerio afirmó que fueron las tropas azerbaiyanas las que
	// atacaron el puesto": an act of force told in a cleft after a verb
	// of saying is the speaker's accusation of the cleft's subject, not
	// an act told as done
	var cleftSpeaker *group
	if !p.Noun && !passive && p.Code[:2] >= "14" && p.Code[:2] <= "20" {
		sp, g := r.cleftAccuser(m, s, gs)
		if sp == nil {
			sp, g = r.wantedAccuser(m, s, gs)
		}
		if sp != nil {
			cleftSpeaker = sp
			srcActs, tgtActs = sp.acts, g.acts
		}
	}
	// "Fox y Berger acuerdan combatir el tráfico de migrantes", "X and Y
	// agreed to fight the smuggling of migrants": a mutual act whose
	// subject joins two parties is between them; a group told after a
	// genitive in what they agree on is no third party
	if p.Sym && !p.Noun && !passive && tgt != nil && tgt.start >= m.end && len(srcActs) >= 2 && r.lx.is(kGenitive, r.groupPrep(tgt, m.end)) &&
		!oneParty(&r.d.Actors[srcActs[0]], &r.d.Actors[srcActs[1]]) {
		tgt, tgtActs = nil, nil
	}
	// "called the launch 'a clear violation' of U.N. resolutions",
	// "calificó el fallo de 'golpe a la voluntad popular'": a verb of
	// calling whose object stands between it and the word it is called
	// by; what follows that word is its complement, no party (the target
	// is the object's, or the doer of the act the object names)
	called := !p.Noun && !passive && p.Code[:2] == "11" && r.calledObject(m)
	// (but "a publicity stunt by the president": an agent after the word
	// is whose act it was)
	if called && (tgt == nil || tgt.start >= m.end && !r.lx.is(kAgent, r.groupPrep(tgt, m.end))) {
		tgt, tgtActs = nil, nil
		// ("calificó la visita del enviado de Estados Unidos de
		// injerencia": an actor inside the object is its owner)
		last := m.toks[len(m.toks)-1]
		for _, g := range gs {
			if g.start > m.head && g.end < last && len(g.acts) > 0 {
				tgt, tgtActs = g, g.acts
				break
			}
		}
	}
	// "condemned the test as a 'flagrant violation' of Security Council
	// resolutions", "condenó el ataque como una violación de la soberanía
	// libanesa": a condemnation or criticism of an act named by its
	// object, followed by what it is condemned as; a party named inside
	// that complement is no target (the target is the act's doer, below)
	if !called && !p.Noun && !passive && p.Code[:2] == "11" && tgt != nil && tgt.start >= m.end && r.asComplement(m.end, tgt.start) {
		tgt, tgtActs = nil, nil
	}
	// "warned that Moscow 'will take all necessary measures', and Russia's
	// Baltic Fleet said its warships would ...": the subject of a new
	// clause of saying joined after a comma is no party to the act before
	if !p.Noun && !passive && tgt != nil && tgt.start >= m.end && r.saysAfterComma(m.end, tgt) {
		tgt, tgtActs = nil, nil
	}
	// "las patrullas conjuntas quedan suspendidas": a noun of a shared
	// activity is no party that coercion falls on
	if tgt != nil && p.Code[:2] == "17" && tgt.end < s.EndTok && r.word(tgt.end) && r.info[tgt.end].foldIs(kJoint) {
		tgt, tgtActs = nil, nil
	}
	// "la huelga paralizó La Paz", "paralysed Buenos Aires": a city named
	// as the object of a verb of option placeobj is where the act fell,
	// not its government
	// (where the act happened, then)
	var objCity *doc.Place
	if p.PlaceObj && !p.Noun && !passive && tgt != nil && tgt.start >= m.end && r.cityOnly(tgt) {
		for i := range r.d.Places {
			if ti := r.d.TokenAt(r.d.Places[i].Start); ti >= tgt.start && ti < tgt.end {
				objCity = &r.d.Places[i]
				break
			}
		}
		tgt, tgtActs = nil, nil
	}
	// "Bolivia cancelará la reunión de la comisión binacional" (the
	// commission read as the Bolivian government): a cut in relations
	// aimed at the state itself names no target
	if p.Code[:2] == "16" && len(srcActs) == 1 && len(tgtActs) == 1 && sameState(&r.d.Actors[srcActs[0]], &r.d.Actors[tgtActs[0]]) {
		tgt, tgtActs = nil, nil
	}
	// "Cuba protesta por restricción a visitas a presos cubanos en EEUU":
	// those a nominal act protested against is done to are its patients,
	// not whom the protest is aimed at; a place told after them is where
	// the act's doer rules (its government, when not the protester's own)
	var actPlace *doc.Actor
	if tgt != nil && !p.Noun && (p.Code[:2] == "14" || p.Code == "114") && tgt.start >= m.end && r.actPatient(m.end, tgt) {
		actPlace = r.patientPlace(tgt, c, srcActs)
		tgt, tgtActs = nil, nil
	}
	if tgt == nil && p.Code[:2] == "14" {
		if tgt = r.protestTarget(m, gs, s); tgt != nil {
			tgtActs = tgt.acts
		}
	}
	// "protestaron por la detención de dirigentes sindicales por la
	// policía": those a nominal act of the protest's complement fell on
	// are not whom the protest is against; its author is, when named
	// (a victim named by the genitive: "de dirigentes", "del alcalde";
	// not a place, "la guerra en Irak", nor an adjective, "pruebas
	// nucleares francesas")
	if tgt != nil && !p.Noun && (p.Code[:2] == "14" || p.Code == "114") && tgt.start >= m.end &&
		(r.lx.is(kGenitive, r.prepBefore(tgt.start, m.end)) || r.word(tgt.start) && r.info[tgt.start].foldIs(kGenitive)) {
		if asrc, atgt, ok := r.forceObjectEvent(m, tgt, c, cs, gs, s); ok && atgt == tgt && asrc != tgt {
			tgt, tgtActs = asrc, nil
			if asrc != nil {
				tgtActs = asrc.acts
			}
		}
	}
	// "launched an investigation into crimes committed by Croat forces
	// against Serb civilians": an investigation of wrongs whose doer is
	// named is aimed at that doer, not at their victims
	if p.Code[:2] == "09" {
		if g := r.committedBy(m, gs, s); g != nil && g != src {
			tgt, tgtActs = g, g.acts
		}
	}
	var synth *doc.Actor
	// "mató a 11 civiles, denunció el portavoz del AA", "fueron asaltadas
	// por guerrilleros ..., denunció este martes la organización": a
	// Spanish verb of criticism that also reports (cue kind tell), right
	// after the comma that closes what it reports with only its subject
	// after it, is that subject's denunciation of the doer of the act told
	// before it in the sentence; none when no act was
	if !p.Noun && !passive && m.words == 1 && p.Code[:2] == "11" && r.d.Lang == "es" && r.isCue(kTell, m.head) && r.postposedAttribution(m, s) {
		var g *group
		for _, o := range gs {
			if o.start >= m.end {
				g = o
				break
			}
		}
		for i := len(r.evs) - 1; i >= 0 && g != nil && synth == nil; i-- {
			cd := r.evs[i]
			if cd.sent != si {
				break
			}
			if cd.head < m.head && cd.ev.Source != nil {
				x := *cd.ev.Source
				synth = &x
			}
		}
		if synth == nil {
			return false
		}
		srcActs, tgtActs = g.acts, nil
	}
	pronTgt := false // the target is what an object pronoun stands for: a verb with its own object
	// "lodged representations with Washington and accused it of ...",
	// "la acusó de ...", "urged them to ...": an object pronoun (English:
	// right after a trigger of one word; Spanish: a clitic before it) of
	// an act whose object is a party (an appeal, a demand, an accusation,
	// a threat; not a thing rejected or criticised: "si el Senado no lo
	// rechaza") stands for the party last acted upon (see pronounParty)
	partyObj := p.Code[:2] == "02" || p.Code[:2] == "10" || p.Code[:2] == "13" || strings.HasPrefix(p.Code, "112")
	if !p.Noun && !passive && len(tgtActs) == 0 && len(srcActs) > 0 && partyObj && objPron && r.partyPronoun(m) {
		synth = r.pronounParty(si, m.head, &r.d.Actors[srcActs[0]])
		pronTgt = synth != nil
	}
	// "Cambodia deported a Japanese correspondent and an Australian
	// photographer ... The two were detained by immigration police": a
	// passive of an act done to people whose subject is a bare count after
	// an article ("the two", "the three") stands, like a pronoun, for the
	// party last acted upon (see pronounParty)
	if !p.Noun && passive && len(tgtActs) == 0 && synth == nil && peopleAct(p.Code) && r.bareCountPatient(m, s) {
		sa := &doc.Actor{} // (the agent, if any, is read below)
		if len(srcActs) > 0 {
			sa = &r.d.Actors[srcActs[0]]
		}
		synth = r.pronounParty(si, m.head, sa)
		pronTgt = synth != nil
	}
	// "declaró traidores a 27 opositores, ordenó despojarlos de la
	// nacionalidad", "detuvo a los dirigentes y decidió liberarlos": an
	// object clitic joined to an infinitive of an act done to people
	// stands for the group the personal "a" introduced last before it in
	// its sentence, else for the party last acted upon (see pronounParty)
	if r.d.Lang == "es" && !p.Noun && !passive && len(tgtActs) == 0 && synth == nil && len(srcActs) > 0 && peopleAct(p.Code) && r.encliticObject(m.head) {
		if g := r.personalGroupBefore(m, s, gs, src); g != nil {
			tgt, tgtActs = g, g.acts
		} else {
			synth = r.pronounParty(si, m.head, &r.d.Actors[srcActs[0]])
		}
	}
	// "demanded the release of three German nationals held in Russia": a
	// demand or appeal for the release of people is made on whoever holds
	// them, the country of the place they are held in, not on them
	if !p.Noun && (p.Code == "1053" || p.Code == "0253") && tgt != nil && (tgt.start >= m.end || r.releasedPassive(m)) && len(tgtActs) > 0 && !hasRole(&r.d.Actors[tgtActs[0]], stateRoles) {
		var sa *doc.Actor
		if len(srcActs) > 0 {
			sa = &r.d.Actors[srcActs[0]]
		}
		if g := r.heldBy(tgt, s, gs, sa); g != nil {
			tgt, tgtActs = g, g.acts
		} else if pl := r.heldIn(tgt, s); pl != nil {
			tgt, tgtActs, synth = nil, nil, pl
		} else if h := r.captor(si, m.head, sa, &r.d.Actors[tgtActs[0]]); h != nil {
			// ... the captor told before ("Venezuela pidió la liberación
			// de su ciudadano" after "el ELN secuestró a ...")
			t := *h
			tgt, tgtActs, synth = nil, nil, &t
		} else if len(srcActs) > 0 && sameState(&r.d.Actors[srcActs[0]], &r.d.Actors[tgtActs[0]]) {
			tgt, tgtActs = nil, nil // its own nationals: made on the other party (below)
		}
	}
	// "Britain called for their release" after "Iran detained 14 British
	// sailors", "el Reino Unido pidió su liberación": the release of
	// people named by a possessive pronoun is asked of the doer of the
	// latest arrest or abduction told before (not the appealer's own state)
	// ("demanded that the interpreter be released": so is the release of
	// people told as a passive the demand governs, no one named as its
	// agent)
	if !p.Noun && (p.Code == "1053" || p.Code == "0253") && len(tgtActs) == 0 && synth == nil && len(m.toks) > 1 {
		last := m.toks[len(m.toks)-1]
		released := r.releasedPassive(m)
		if last > m.head && r.word(last-1) && r.isCue(kOwner, last-1) || released {
			reach := 3
			if released {
				reach = 8 // (the arrest the article opened with)
			}
			if h, _ := r.latestHolder(si, reach); h != nil && (len(srcActs) == 0 || !sameState(h, &r.d.Actors[srcActs[0]])) {
				synth = h
			}
		}
	}
	// "warned that Turkey would respond in kind if its ambassador was
	// expelled": a possessive pronoun opening a party named inside the
	// condition of a threat refers back to the threatener, who is never
	// its target; the agent of that condition's passive is ("... by
	// Greece"), else no one named
	if !p.Noun && p.Code[:2] == "13" && r.d.Lang == "en" && tgt != nil && len(tgtActs) > 0 && len(srcActs) > 0 && tgt.start >= m.end && r.word(tgt.start) &&
		(r.isCue(kOwner, tgt.start) || r.isCue(kOwnPoss, tgt.start)) && r.conditionBetween(m.head, tgt.start) && sameState(&r.d.Actors[srcActs[0]], &r.d.Actors[tgtActs[0]]) {
		own := tgt
		tgt, tgtActs = nil, nil
		for _, g := range gs {
			if g.start > own.end && g.start-1 > own.start && g.start < s.EndTok && len(g.acts) > 0 && r.word(g.start-1) && r.isCue(kAgent, g.start-1) && !sameState(&r.d.Actors[srcActs[0]], &r.d.Actors[g.acts[0]]) {
				tgt, tgtActs = g, g.acts
				break
			}
		}
	}
	// "warned that Moscow would take all necessary measures": the subject
	// of the clause a threat governs, of the threatener's own state, is the
	// threatener naming itself, never its target (that is read below from
	// the story: whom it accused, or the other party)
	if !p.Noun && p.Code[:2] == "13" && r.d.Lang == "en" && tgt != nil && len(tgtActs) > 0 && len(srcActs) > 0 && tgt.start > m.head &&
		r.complementSubject(m.head, tgt.start) && sameState(&r.d.Actors[srcActs[0]], &r.d.Actors[tgtActs[0]]) {
		tgt, tgtActs = nil, nil
	}
	// "One pirate was killed and six were detained": a bare count that
	// opens a passive after a coordinator counts the people of the counted
	// actor its sentence named before it
	if len(tgtActs) == 0 && synth == nil && passive && !p.Noun {
		if g := r.elidedCountPatient(m, gs, s); g != nil {
			tgt, tgtActs = g, g.acts
		}
	}
	if len(tgtActs) == 0 && actPlace != nil {
		synth = actPlace
	}
	if len(tgtActs) == 0 && speakerTarget != nil {
		synth = speakerTarget
	}
	// "Israel's strikes on Khiam killed three people": the place an
	// attack noun's target preposition introduces is what it struck; the
	// victims a finite verb after it tells of are the killing's
	if p.Noun && len(tgtActs) > 0 && tgt != nil && p.Code >= "18" && p.Code < "21" && synth == nil && r.finiteBetween(m.end, tgt.start) {
		if pt, where := r.placeTarget(mt, c, s); pt != nil && !where && r.governor(r.d.TokenAt(pt.Start), m.end) != "" && r.d.TokenAt(pt.Start) < tgt.start {
			tgt, tgtActs, synth = nil, nil, pt
		}
	}
	if len(tgtActs) == 0 && !passive && synth == nil && !called {
		var where bool
		synth, where = r.placeTarget(mt, c, s)
		if synth == nil {
			synth = r.struckPlace(mt, c, srcActs)
		}
		// "Gunmen stormed a church in Kaduna": a place that tells where
		// the thing hit stands is the other side only when it is not the
		// attacker's own country (an attacker of no country takes the
		// country of where it acted), unless rebels of that country
		// strike it ("Afghan rebels exploded bombs in Kabul")
		if where && synth != nil {
			wreckCode := p.Code == "1712"
			// "Thai troops shelled a village in Oddar Meanchey": an act of
			// force on homes or villages of another country falls on that
			// country's civilians, not on the bare state
			if len(srcActs) > 0 && r.dwellingHit(mt, synth) && synth.Country != "" {
				foreign := true
				for _, i := range srcActs {
					if a := &r.d.Actors[i]; a.Country == "" || a.Country == synth.Country {
						foreign = false
					}
				}
				if foreign {
					synth = &doc.Actor{Span: synth.Span, Code: synth.Country + "CVL", Name: "civilians", Country: synth.Country, Roles: []string{"CVL"}, Kind: "place", Source: synth.Source, Head: synth.Head}
				}
			}
			for _, i := range srcActs {
				a := &r.d.Actors[i]
				// (aid from a body of no country, "the WFP distributed food
				// to families in Gaza", goes to the people of the place)
				// (insurgents of no country named are of the land they
				// strike: "Separatist militants blew up a gas pipeline in
				// Balochistan")
				if a.Country == "" && !aidCode(p.Code) && p.Code[:2] != "09" && !(wreckCode && hasRole(a, insurgentRoles)) || a.Country == synth.Country && !hasRole(a, insurgentRoles) {
					// "government forces burned villages in Nasir county",
					// "used gunships against villages in ...": an act of
					// force on the homes of the attacker's own country (or
					// by state forces of no country named) falls on its
					// civilians
					if (a.Country == synth.Country || a.Country == "" && hasRole(a, stateRoles)) && r.dwellingHit(mt, synth) {
						synth = &doc.Actor{Span: synth.Span, Code: synth.Country + "CVL", Name: "civilians", Country: synth.Country, Roles: []string{"CVL"}, Kind: "place", Source: synth.Source, Head: synth.Head}
						break
					}
					synth = nil
					break
				}
			}
		}
	}
	// "Grozny fue bombardeada por aviones rusos", "a hospital in Gaza was
	// bombed by Israeli aircraft": the patient of a passive act of force
	// that is a place, or a thing whose place is named, is that place's
	// country (a thing's place as in an active clause: not the attacker's
	// own country, unless rebels of it strike)
	if len(tgtActs) == 0 && synth == nil && passive && !reduced && !p.Noun && len(srcActs) > 0 {
		if pl, bare := r.passivePlace(m, c); pl != nil {
			synth = &doc.Actor{Span: pl.Span, Code: pl.Country, Name: pl.Name, Country: pl.Country, Kind: "place", Source: "place:" + pl.Name, Head: pl.Span}
			for _, i := range srcActs {
				a := &r.d.Actors[i]
				if !bare && (a.Country == "" || a.Country == synth.Country && !hasRole(a, insurgentRoles)) {
					synth = nil
					break
				}
			}
		}
	}
	// "condenó lo que llamó «una agresión flagrante» y anunció que su
	// gobierno ...": the act is named by the word it is called; a party
	// named past that clause is no object of the reaction
	// (so is one past the clause when the object right after the verb
	// names an act told before: "condenó el ataque y anunció que su
	// gobierno ...")
	r.offered = ""
	if len(tgtActs) > 0 && !passive && !p.Noun && reactionCode(p.Code) && r.aTok[tgtActs[0]][0] >= c.end && synth == nil {
		if r.calledAct(m.end) {
			tgt, tgtActs = nil, nil
		} else if m.end < c.end {
			if a := r.eventObjectTarget(m, c, si, srcActs); a != nil {
				tgt, tgtActs, synth = nil, nil, a
			}
		}
	}
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && reactionCode(p.Code) {
		synth = r.eventObjectTarget(m, c, si, srcActs)
		// "una decisión que la gobernadora se negó a acatar": in a relative
		// clause whose pronoun is the verb's object, the antecedent is
		// what it reacts to
		if a := r.objectRelAntecedent(m, s); synth == nil && a >= 0 {
			synth = r.eventObjectTargetAt(a, clause{a, a + 1}, si, srcActs, p.Code)
		}
	}
	// "El decreto obliga a las empresas ... La CGT lo calificó de
	// inconstitucional y anunció que lo impugnará ante la justicia": an
	// object clitic of a disapproval, a rejection or a lawsuit stands for
	// the noun of an act or measure told before it, of its gender and
	// number; the reaction is aimed at that act's doer, as when the noun
	// is told again ("calificó el decreto de ...")
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && r.d.Lang == "es" && len(srcActs) > 0 && (p.Code[:2] == "11" && p.Code[:3] != "112" || p.Code[:2] == "12") {
		if j := r.cliticActNoun(m, s, si, srcActs); j >= 0 {
			js := r.d.Sentences[r.d.Tokens[j].Sent]
			synth = r.eventObjectTargetAt(j, clause{js.FirstTok, js.EndTok}, si, srcActs, p.Code)
			r.consumed = r.consumed[:0] // (the noun lies in a sentence told before)
		}
	}
	// "X ofreció a Niamey cooperación en materia de inteligencia ... el
	// portavoz rechazó la oferta", "rejected the proposal": a rejection
	// whose object is a noun standing for an earlier offer or appeal is
	// coded by what was offered or asked (events/shared/rejected.tsv:
	// 1214 for intelligence cooperation), when the pattern says nothing
	// past the noun ("rechazó la oferta de mediación" keeps 126)
	offered := ""
	if r.offered != "" && synth != nil && p.Code[:2] == "12" && (len(m.toks) == 1 || m.end <= r.offeredEnd) {
		offered = r.c.rejectedCode(r.offered)
	}
	// "una embarcación con 62 migrantes ... una patrullera maltesa
	// interceptó la embarcación", "la guardia costera la interceptó",
	// "entregó agua a la embarcación": a vessel named again as the object
	// of an act of force or of aid stands for the refugees or migrants
	// told aboard it
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && r.d.Lang == "es" && len(srcActs) > 0 && vesselCode(p.Code) && r.vesselObject(m, c, s, si, srcActs) {
		synth = r.vesselPeople(si)
	}
	// an object told before its verb ("the sanctions they imposed"):
	// only with a target found after the verb; a protest needs none ("la
	// carretera fue bloqueada", "the campus remained occupied"), nor does
	// the repression of one ("la marcha fue disuelta por la policía",
	// "the rally was broken up by police": the protesters go unnamed),
	// nor a ban on one or on a broadcast ("el desfile fue prohibido por
	// el ministerio", "the rally was banned by police": 1721, the
	// organisers go unnamed; the pattern's own minimum still holds)
	if m.rev && len(tgtActs) == 0 && synth == nil && p.Code[:2] != "14" && !tellsProtest(p.Code) && p.Code != "1721" {
		return false
	}
	// "atacaron la aldea, en lo que Hezbolá describió como una violación
	// de la tregua": a reaction in a relative on the whole clause before
	// is aimed at the doer of the act that clause tells
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && reactionCode(p.Code) {
		synth = r.clauseRefTarget(m, s, si, srcActs)
	}
	// "quemaron una bandera boliviana, lo que motivó una nota de protesta
	// de La Paz": an official complaint named by a noun in a relative on
	// the whole clause before is made to the state of that clause's doer,
	// when it is of another country than the complainer
	if len(tgtActs) == 0 && synth == nil && p.Noun && p.Code == complainOfficially && len(srcActs) > 0 {
		if a := r.clauseRefTarget(m, s, si, srcActs); a != nil && len(a.Country) == 3 && a.Country != r.d.Actors[srcActs[0]].Country {
			a.Code, a.Roles, a.Source = a.Country+"GOV", []string{"GOV"}, a.Source+"+state"
			synth = a
		}
	}
	// "threatened to stop the talks if the United States goes ahead",
	// "threatened to deliver blows to the United States": a threat that
	// names no object is aimed at the one its condition or its act names
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code[:2] == "13" && len(srcActs) > 0 && identified(&r.d.Actors[srcActs[0]]) {
		if g := r.threatTarget(m, gs, s, &r.d.Actors[srcActs[0]]); g != nil {
			tgt, tgtActs = g, g.acts
		} else {
			synth = r.threatPlace(m, s, &r.d.Actors[srcActs[0]])
		}
	}
	// "El ministro de Gobierno negó cualquier interferencia del
	// Ejecutivo": a denial of one's own part names oneself, not whom it
	// answers
	if p.Code == "016" && !passive && !p.Noun && len(srcActs) > 0 && len(tgtActs) > 0 && synth == nil && sameState(&r.d.Actors[tgtActs[0]], &r.d.Actors[srcActs[0]]) {
		tgt, tgtActs = nil, nil
	}
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && (p.Code == "016" || p.Code[:2] == "13" && (p.Future || p.Code != threatenProtest)) && len(srcActs) > 0 {
		// a threat or a denial may answer the article's lead act, told
		// a few sentences before ("She denied that Russian diplomats had
		// any contact with the network", five sentences after they were
		// expelled)
		reach := 5
		if p.Code == "016" {
			synth = r.allegerBefore(si, &r.d.Actors[srcActs[0]])
		}
		if synth == nil {
			synth = r.accuserOf(si, reach, &r.d.Actors[srcActs[0]], p.Code[:2] == "13")
		}
		if synth == nil && p.Code == "016" {
			synth = r.deniedActOf(si, 3, &r.d.Actors[srcActs[0]])
		}
	}
	// "Japan scrambled jets after a Chinese drone entered its airspace": a
	// pattern whose last word is a thing owned, with a possessive pronoun
	// right before that word, falls on the owner the pronoun stands for,
	// the state of the latest actor of another country named before the
	// trigger in its sentence ("Turkey closed its borders": no other
	// country, none)
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && len(srcActs) > 0 && len(m.toks) >= 2 {
		if own := m.toks[len(m.toks)-1] - 1; own > m.head && r.word(own) && r.isCue(kOwnPoss, own) {
			synth = r.ownerState(gs, m.head, &r.d.Actors[srcActs[0]])
		}
	}
	// "gunmen attacked an army post ... The army responded with artillery
	// fire": a response with no one named is aimed at whoever last
	// attacked its source
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Reply && len(srcActs) == 1 {
		synth = r.replyTarget(si, &r.d.Actors[srcActs[0]])
	}
	// "El Gobierno solicitó asistencia internacional. La Unión Europea
	// anunció una contribución de 1,5 millones de euros": aid with no one
	// named goes to whoever last appealed for aid
	if len(tgtActs) == 0 && synth == nil && !passive && len(srcActs) > 0 && aidCode(p.Code) {
		synth = r.aidAppealer(si, &r.d.Actors[srcActs[0]])
	}
	// "al-Shabab claimed responsibility for an attack on a mall in Kenya's
	// capital": a claim of an attack with no one named is aimed at the
	// country it struck, named by the place told with it
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code == "015" && len(srcActs) > 0 {
		synth = r.claimPlace(m, s, &r.d.Actors[srcActs[0]])
	}
	// "respondió que está dispuesto a abrir un corredor": an act reported
	// as a reply, naming no one, answers whoever last addressed the speaker
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && len(srcActs) == 1 && r.repliedTo(m, s) {
		synth = r.addresser(si, &r.d.Actors[srcActs[0]])
	}
	// "Protest organisers called off a general strike", "M23 fighters are
	// to withdraw from five towns": a concession with no one named yields
	// to the other party of the speaker's latest event in the article; so
	// does a cut in relations ("La Paz también cancelará la reunión de la
	// comisión binacional"), a demand ("welcomed the decision but said
	// they would keep pressing for an inquiry") and an accusation of abuse
	// ("los liberados denunciaron malos tratos": whoever held them) and a
	// border kept closed ("said it would keep the border crossing closed
	// until he is freed")
	// "was ready to resolve the dispute through dialogue if Canada
	// corrected its wrong practices": an offer of talks on a condition is
	// made to the condition's subject
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code == "036" && p.OneSided && len(srcActs) == 1 {
		if g := r.conditionParty(m, gs, s, &r.d.Actors[srcActs[0]]); g != nil {
			tgt, tgtActs = g, g.acts
		}
	}
	// "Honduras propuso a El Salvador reunir la comisión binacional": a
	// meeting offered to someone named right before it is offered to them
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code == "036" && p.OneSided && p.NoObj && len(m.toks) > 1 {
		if j := m.head + 1; j < m.toks[1] && r.word(j) && r.isCue(kPersonal, j) {
			for _, g := range gs {
				if (g.start == j || g.start == j+1) && g.end <= m.toks[1] && len(g.acts) > 0 && !g.reporter {
					tgt, tgtActs = g, g.acts
					break
				}
			}
		}
	}
	// "El juez envió a seis policías a prisión", "la Fiscalía cargó a
	// los tres agentes con el delito de homicidio": people named with a
	// personal "a" (a determiner or a count between) before the
	// pattern's last word are the direct object of a verb whose doer is
	// named
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && !p.Sym && !p.NoObj && r.d.Lang == "es" && len(m.toks) > 1 && len(srcActs) > 0 {
		last := m.toks[len(m.toks)-1]
		for _, g := range gs {
			if g.start <= m.head+1 || g.end > last || len(g.acts) == 0 || g.reporter {
				continue
			}
			k := g.start - 1
			for n := 0; n < 2 && k > m.head+1 && r.word(k) && (r.isCue(kDet, k) && !r.isCue(kPersonal, k) || r.countWord(k)); n++ {
				k--
			}
			if r.word(k) && r.isCue(kPersonal, k) && !r.finiteBetween(m.head+1, g.start) {
				tgt, tgtActs = g, g.acts
				break
			}
		}
	}
	// "Amnistía Internacional exigió que se informe a las familias del
	// paradero de los detenidos": an impersonal act a demand or appeal
	// asks for is asked of the authorities of the country of those it
	// names (its objects are no target: objectAfter)
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && (p.Code[:2] == "10" || p.Code[:2] == "02") && len(srcActs) > 0 && r.impersonalAsked(m) {
		for _, g := range gs {
			if g.start <= m.end+1 || g.start >= s.EndTok || len(g.acts) == 0 || g.reporter {
				continue
			}
			if a := &r.d.Actors[g.acts[0]]; a.Country != "" && a.Country+"GOV" != r.d.Actors[srcActs[0]].Code {
				synth = governmentOf(a, "+asked")
			}
			break
		}
	}
	// "La policía detuvo a 31 manifestantes. Un juez liberó a 24 de
	// ellos", "los liberó": a release of people no one names goes to
	// those the story's latest arrest or abduction held, told up to
	// three sentences before
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && strings.HasPrefix(p.Code, "0841") && len(srcActs) == 1 {
		synth = r.latestHeld(si, 3, &r.d.Actors[srcActs[0]])
	}
	// "The group threatened to kill the hostage if its demands were not
	// met": a threat against "the hostage", "the captives" is made against
	// those the story's latest abduction or arrest held, told up to six
	// sentences before
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code[:2] == "13" && len(srcActs) == 1 {
		if j := m.end; j+1 < s.EndTok && r.word(j) && r.isCue(kDet, j) && r.word(j+1) && r.isCue(kWard, j+1) {
			synth = r.latestHeld(si, 6, &r.d.Actors[srcActs[0]])
		}
	}
	// ... and so is an offer to settle a dispute through talks ("Beijing
	// was ready to resolve the dispute through dialogue")
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && (p.Code[:2] == "08" || p.Code[:2] == "16" || p.Code[:2] == "10" || p.Code == "1122" || p.Code == "191" && headForm != morph.Part || p.Code == "036" && p.OneSided) && len(srcActs) == 1 {
		synth = r.otherParty(si, &r.d.Actors[srcActs[0]])
	}
	// "Police arrested Melia on Sunday. ... officers had searched the
	// apartment and seized two laptops": a search or seizure with no one
	// named is against the one the same force last acted against
	// (not homes or villages burned or raided: "Human Rights Watch said
	// that government forces had burned villages" after they clashed
	// with rebels fell on those who live there, not on the rebels)
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code[:2] == "17" && len(srcActs) == 1 && !r.dwellingObject(mt, c.end) {
		synth = r.sameForceTarget(si, &r.d.Actors[srcActs[0]])
	}
	// "miles de maestros marcharon por el centro ... la policía lanzó
	// gases lacrimógenos": crowd control by the police or the army with
	// no one named falls on the makers of the story's latest protest,
	// told up to two sentences before
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && tellsProtest(p.Code) && len(srcActs) == 1 && hasRole(&r.d.Actors[srcActs[0]], []string{"COP", "MIL"}) {
		synth = r.latestProtester(si, 2, &r.d.Actors[srcActs[0]])
	}
	// "Haiti's council declined to comment on his remarks": a refusal to
	// comment with no one named is about what the latest speaker of the
	// three sentences before said
	// (not one about an event it names: "declinó comentar sobre la
	// huelga", "declined to comment on the strike")
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code == "011" && len(srcActs) > 0 && !r.eventTopic(m, s) {
		synth = r.speakerBefore(si, &r.d.Actors[srcActs[0]])
	}
	// "said it was deeply concerned and urged the authorities to ...": a
	// comment with no one named is about whom the verb joined to it next
	// addresses
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code[:2] == "01" && len(srcActs) > 0 {
		if g := r.nextConjObject(m, s, gs); g != nil {
			a := r.d.Actors[g.acts[0]]
			synth = &a
		}
	}
	// "los captores se comunicaron con la empresa y exigieron US$ 2
	// millones", "met with the minister and demanded": a demand or appeal
	// with no one named, joined right after a verb whose partner "con" or
	// "with" names, is made to that partner
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && (p.Code[:2] == "10" || p.Code[:2] == "02") && len(srcActs) > 0 {
		if g := r.prevWithPartner(m, s, gs); g != nil && g.acts[0] != srcActs[0] {
			a := r.d.Actors[g.acts[0]]
			synth = &a
		}
	}
	// "secuestraron y asesinaron a un alcalde", "arrested and beat three
	// students": an act of force with no object of its own, joined right
	// after it to another act of force, is done to that act's patient too
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && forceCode(p.Code) {
		if g := r.sharedPatient(m, s, gs); g != nil {
			a := r.d.Actors[g.acts[0]]
			synth = &a
		}
	}
	// "ofreció a los transportistas abrir una mesa de diálogo", "prometió
	// al sindicato revisar los descuentos": an act of cooperation offered
	// or promised to someone named right before it, with no one of its
	// own, is aimed at that addressee
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && r.c.intentCode(p.Code) != "" {
		if g := r.offeredTo(m, c, gs); g != nil {
			a := r.d.Actors[g.acts[0]]
			synth = &a
		}
	}
	// "MSF said its hospital had treated 19 of the wounded": relief whose
	// object is a noun of people cared for (cue kind ward) with no one
	// named goes to the victims of the story's latest act of coercion or
	// force with a target, told up to three sentences before
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code[:2] == "07" && r.wardObject(m) {
		for n := len(r.evs) - 1; n >= 0 && r.evs[n].sent >= si-3; n-- {
			if e := &r.evs[n].ev; e.Cameo[:2] >= "17" && e.Cameo[:2] <= "20" && e.Target != nil {
				t := *e.Target
				synth = &t
				break
			}
		}
	}
	// "ofreció la nacionalidad a los desnacionalizados", "dará a los
	// afectados documentos", "offered citizenship to the deportees": an
	// act with no one named whose object is a noun of people named by what
	// was done to them (cue kinds affected, stripped, expelled) is aimed at
	// the party the story's latest such act by another fell on, when it is
	// an offer, aid or cooperation (roots 03-08), not an inquiry into the
	// victims ("investigará las víctimas civiles del ataque")
	if len(tgtActs) == 0 && synth == nil && !passive && !p.Noun && p.Code[:2] >= "03" && p.Code[:2] <= "08" {
		if pre := r.affectedObject(m, c); pre != nil {
			var sa *doc.Actor
			if len(srcActs) > 0 {
				sa = &r.d.Actors[srcActs[0]]
			}
			synth = r.latestHarmed(pre, sa)
		}
	}
	var heldPlace *doc.Place // where the abduction a pronoun restates took place
	var heldDoer *doc.Actor  // and who did it
	// "A French engineer was kidnapped in Niger ... He was seized on Feb.
	// 11 by gunmen": an abduction told in the passive of a subject
	// pronoun is of whom the story's latest abduction or arrest held,
	// told up to three sentences before
	if passive && !p.Noun && len(tgtActs) == 0 && synth == nil && strings.HasPrefix(p.Code, "181") && r.pronounPatientBefore(m, s) {
		sa := &doc.Actor{}
		if len(srcActs) > 0 {
			sa = &r.d.Actors[srcActs[0]]
		}
		synth = r.latestHeld(si, 3, sa)
		if synth != nil {
			heldPlace, heldDoer = r.latestHeldPlace(si, 3, synth)
		}
	}
	// "Gunmen kidnapped a French engineer in Niger. The kidnappers
	// threatened to kill him": armed or criminal men threatening someone
	// named by an object pronoun threaten whom the story's latest
	// abduction by such men (told up to six sentences before) holds, not
	// its doers
	// ("los secuestradores amenazaron con matarlo": the clitic joined to
	// the infinitive the threat opens)
	// (or ending the pattern itself: "amenazar con matar" 1383)
	threatClitic := r.d.Lang == "es" && (m.end+1 < s.EndTok && r.word(m.end) && r.info[m.end].fold == "con" && r.word(m.end+1) && r.encliticObject(m.end+1) ||
		m.end-2 > m.head && r.word(m.end-1) && r.info[m.end-2].fold == "con" && r.encliticObject(m.end-1))
	if !p.Noun && !passive && p.Code[:2] == "13" && (objPron || threatClitic) && len(srcActs) > 0 && hasRole(&r.d.Actors[srcActs[0]], captorRoles) {
		cur := synth
		if cur == nil && len(tgtActs) > 0 {
			cur = &r.d.Actors[tgtActs[0]]
		}
		if h, held := r.latestHolder(si, 6); cur != nil && h != nil && cur.Code == h.Code && hasRole(h, captorRoles) && !hasRole(held, captorRoles) {
			tgt, tgtActs, synth = nil, nil, held
		}
	}
	// "secuestraron a cuatro trabajadores, entre ellos un ingeniero
	// venezolano ... los rehenes serán tratados como prisioneros de
	// guerra", "the hostages": a definite noun of people held, named as
	// the target, stands for those the story's latest abduction or arrest
	// held (told up to six sentences before), not for the country of the
	// actor named last
	if len(tgtActs) == 1 && synth == nil && !p.Noun && !passive {
		ta := &r.d.Actors[tgtActs[0]]
		if h := r.d.TokenAt(ta.Head.Start); h > s.FirstTok && r.word(h) && r.isCue(kWard, h) && r.word(h-1) && r.isCue(kDet, h-1) && ta.Start == r.d.Tokens[h-1].Start {
			sa := &doc.Actor{}
			if len(srcActs) > 0 {
				sa = &r.d.Actors[srcActs[0]]
			}
			if held := r.latestHeld(si, 6, sa); held != nil && held.Country != "" && ta.Country != "" && held.Country != ta.Country {
				b := *held
				b.Span, b.Head = ta.Span, ta.Head
				tgt, tgtActs, synth = nil, nil, &b
			}
		}
	}
	var conj *doc.Event
	conjObj := false // the verb conjoined has a patient of its own after it
	if !passive && !p.Noun {
		if cd := r.conjoined(m, si, srcActs); cd != nil {
			conj = &cd.ev
			conjObj = cd.patient
		}
	}
	// "mataron a un soldado e hirieron a otro", "shot one man and wounded
	// another": an act of force joined to another with its own patient
	// named after it is done to that patient, not to the first one's
	// ("secuestraron y asesinaron a un alcalde": one patient, shared)
	force := !p.Noun && p.Code[:2] >= "17" && p.Code[:2] <= "20"
	patient := force && r.patientAfter(m, c)
	ownPatient := conjObj && patient
	// ("criticó el acuerdo y advirtió que convocará a un paro": a verb
	// whose object is the clause that "que" opens right after it shares
	// no patient with the verb before it)
	clauseObj := m.end < s.EndTok && r.word(m.end) && (r.info[m.end].fold == "que" || r.info[m.end].fold == "that")
	// (nor does a verb whose object is the thing given or sent, option
	// noobj, after an act of conflict: "imposed sanctions on six U.S.
	// firms and sent warships around Taiwan" sends them to no one named;
	// "urged both sides to halt hostilities and offered to send observers"
	// offers them to those it urged)
	// (but a warning joined to a rejection or a criticism, its clause
	// naming no one, is made to the party rejected: "rechazó la propuesta
	// del gobierno y advirtió que el bloqueo no se levantará", "rejected
	// the offer and warned that the strike would go on")
	warnsRejected := clauseObj && conj != nil && p.Code[:2] == "13" && len(conj.Cameo) >= 2 && (conj.Cameo[:2] == "11" || conj.Cameo[:2] == "12") && !r.actorIn(m.end, s.EndTok)
	// (nor does an appeal for aid, or aid, joined to a condemnation or an
	// act of conflict: "condemned the attack and appealed for
	// humanitarian aid" asks no aid of the attackers)
	aidAfterConflict := (aidCode(p.Code) || strings.HasPrefix(p.Code, "023")) && conj != nil && len(conj.Cameo) >= 2 && conj.Cameo[:2] >= "11"
	// (nor does a Spanish verb with an addressee of its own right after
	// it, one no actor names: "pidió a los vecinos ... y pidió a la
	// comunidad internacional que financie su regreso": the personal "a"
	// before a determiner or its contraction with one, "al")
	ownAddressee := r.d.Lang == "es" && !p.Noun && m.end+1 < s.EndTok && r.word(m.end) &&
		r.info[m.end].foldIs(kPersonal) && (r.info[m.end].foldIs(kDet) || r.word(m.end+1) && r.isCue(kDet, m.end+1))
	if len(tgtActs) == 0 && synth == nil && conj != nil && conj.Target != nil && !ownPatient && !ownAddressee && (!clauseObj || warnsRejected) && !(p.NoObj && len(conj.Cameo) >= 2 && conj.Cameo[:2] >= "10") && !aidAfterConflict {
		t := *conj.Target
		synth = &t
	}
	// "stopped the convoy and forced it to return", "detuvieron el
	// convoy y lo obligaron a regresar": coercion joined to an act of
	// force on the same patient (named by a pronoun or left out) tells
	// how that act went on, no act of its own
	if p.Code == "170" && conj != nil && conj.Target != nil && len(conj.Cameo) >= 2 && conj.Cameo[:2] >= "17" && conj.Cameo[:2] <= "20" && (len(tgtActs) == 0 || synth == nil && r.d.Actors[tgtActs[0]].Code == conj.Target.Code && r.d.Actors[tgtActs[0]].Kind == "pronoun") {
		return false
	}
	// "Russia urged both sides to show restraint", "llamó a las dos
	// partes a la contención": an act addressed to the two sides names
	// the two parties of the article's latest event between two others
	var sides [2]*doc.Actor
	// (the actors stage may read "the two sides" as several states of no
	// country: those are the two)
	multiTgt := len(tgtActs) == 1 && r.d.Actors[tgtActs[0]].Country == "" && strings.HasPrefix(r.d.Actors[tgtActs[0]].Source, actors.SourceMulti)
	// (the phrase is in the text: it overrules a target only guessed, such
	// as the one a conjunct before lends, "pidió moderación a la Policía y
	// se ofreció como mediadora entre las partes")
	// (so is an offer to mediate or host talks that names no one: "Kyrgyz
	// and Tajik troops clashed ... Uzbekistan offered to host a summit")
	// (and so is a Spanish mediation, hosting the talks of others:
	// "Pekín, que acogió las negociaciones"; an English "which brokered
	// the truce" stays background)
	offerAll := (strings.HasPrefix(p.Code, "039") || p.Code == "045" && r.d.Lang == "es") && len(tgtActs) == 0 && synth == nil
	if (len(tgtActs) == 0 || multiTgt) && !passive && !p.Noun && !p.Sym && len(srcActs) == 1 && (offerAll || r.sidesObject(m, s)) {
		sides[0], sides[1] = r.storyPair(si, &r.d.Actors[srcActs[0]])
		if sides[0] != nil {
			sides[0], sides[1] = stateSide(sides[0], p.Code), stateSide(sides[1], p.Code)
		}
		// "urged both governments", "pidió a ambos gobiernos": the sides
		// named as governments are the governments of the pair's countries,
		// whoever of each side acted in the pair's last event
		if sides[0] != nil && sides[1] != nil && multiTgt && hasRole(&r.d.Actors[tgtActs[0]], []string{"GOV"}) && len(sides[0].Country) == 3 && len(sides[1].Country) == 3 && sides[0].Country != sides[1].Country {
			sides[0], sides[1] = governmentOf(sides[0], "+sides"), governmentOf(sides[1], "+sides")
		}
	}
	// "la policía informó de la captura de siete miembros de la banda",
	// "police announced the arrest of two men": an arrest told by a noun
	// with no agent, the object of a verb of announcing whose subject is
	// the police or the army, was made by them
	if p.Noun && strings.HasPrefix(p.Code, "173") && len(srcActs) == 0 && len(tgtActs) > 0 && synth == nil {
		if g := r.announcedBy(m, c, subj[k]); g != nil {
			srcActs = g.acts
		}
	}
	pairs := r.pairs(p, srcActs, tgtActs, synth)
	if sides[0] != nil {
		src := r.d.Actors[srcActs[0]]
		pairs = [][2]*doc.Actor{{&src, sides[0]}, {&src, sides[1]}}
	}
	// "hosted Japan's prime minister for an informal meeting aimed at
	// establishing ties between the two leaders", "met Putin ... talks
	// between the two leaders": a mutual act whose other side is the
	// pair word of the latest act between two, one of them its source,
	// is with the other; told as a noun in the sentence of that act, it
	// is that act again
	if multiTgt && p.Sym && len(srcActs) == 1 && synth == nil && r.lastSym[0] != nil && r.lastSym[1] != nil && si-r.lastSymSent <= 1 {
		src := &r.d.Actors[srcActs[0]]
		var other *doc.Actor
		if sameState(src, r.lastSym[0]) && !sameState(src, r.lastSym[1]) {
			other = r.lastSym[1]
		} else if sameState(src, r.lastSym[1]) && !sameState(src, r.lastSym[0]) {
			other = r.lastSym[0]
		}
		if other != nil {
			if p.Noun && r.lastSymSent == si {
				pairs = nil
			} else {
				o := *other
				pairs = [][2]*doc.Actor{{src, &o}}
			}
		}
	}
	// "bajo un acuerdo de asociación que firmaron el año pasado": a mutual
	// nominal event with no party named, whose relative has a plural verb
	// with no subject of its own, was made by the two parties of the
	// sentence's latest act of cooperation between two (one of them may
	// be the one party found); the relative's verb tells when, and the
	// event is a fact of its own, not merged with the act of cooperation
	relVerb := -1
	if p.Noun && p.Sym && len(srcActs) <= 1 && len(tgtActs) == 0 && synth == nil {
		if v := r.droppedPluralRel(m, gs, s); v >= 0 {
			if pr := r.lastSym; pr[0] != nil && r.lastSymSent == si && (len(srcActs) == 0 || r.d.Actors[srcActs[0]].Code == pr[0].Code || r.d.Actors[srcActs[0]].Code == pr[1].Code) {
				a, b := *pr[0], *pr[1]
				pairs, relVerb = [][2]*doc.Actor{{&a, &b}}, v
			}
		}
	}
	var agentPlace *doc.Place // the place whose country made an agentless arrest
	// "two Polish lorry drivers detained near Grodno": an arrest told with
	// no agent, of foreigners, in a place of another country, was made by
	// that country
	// ("three US servicemen were killed by a roadside bomb near Basra", "a
	// roadside bombing near Samarra killed one U.S. soldier": an attack
	// with no one named as its author, on foreigners, was made from within
	// the country where it happened; not an abduction: "periodistas
	// franceses retenidos en Irak" are held by kidnappers, not by Iraq)
	// (so was an investigation: "a US national has been put under
	// investigation in Italy")
	if (passive || p.Noun && p.Code[:2] == "18") && len(srcActs) == 0 && (p.Code[:2] == "17" || p.Code[:2] == "09" && passive || p.Code[:2] == "18" && p.Code[:3] != "181") && len(tgtActs) > 0 {
		if a, pl := r.placeAgent(m, c, &r.d.Actors[tgtActs[0]]); a != nil {
			agentPlace = pl
			for i := range pairs {
				if pairs[i][0] == nil {
					pairs[i][0] = a
				}
			}
		}
	}
	// "la policía desalojó el bloqueo ... los agentes fueron atacados con
	// piedras": an agentless passive riot or assault on the police or the
	// army was done by the makers of the story's latest protest, told up
	// to two sentences before
	// (told with an auxiliary of event: a bare participle in a toll,
	// "cinco agentes heridos", is counted, not done by anyone named)
	if passive && len(srcActs) == 0 && len(tgtActs) > 0 && (p.Code[:2] == "14" || p.Code[:2] == "18") && !m.p.Toll && r.eventAuxBefore(m, c) && hasRole(&r.d.Actors[tgtActs[0]], []string{"COP", "MIL"}) {
		if a := r.latestProtester(si, 2, &r.d.Actors[tgtActs[0]]); a != nil {
			for i := range pairs {
				if pairs[i][0] == nil {
					pairs[i][0] = a
				}
			}
		}
	}
	// "Malaysian vessels detained 21 Indonesian fishermen ... The
	// fishermen were released a week later", "Three of the hostages were
	// freed": an agentless passive release of people named frees those the story's latest arrest or
	// abduction held, told up to three sentences before, and its doer
	// is the one who held them
	if passive && len(srcActs) == 0 && len(tgtActs) > 0 && strings.HasPrefix(p.Code, "0841") {
		if a, b := r.latestHolder(si, 3); a != nil {
			if len(pairs) == 0 {
				pairs = [][2]*doc.Actor{{nil, nil}}
			}
			for i := range pairs {
				if pairs[i][0] == nil {
					pairs[i][0] = a
				}
				if pairs[i][1] == nil {
					pairs[i][1] = b
				}
			}
		}
	}
	// a mutual act with one side or none named, just after another mutual
	// act between two actors ("Chile se reunió con Bolivia. Ambos firmaron
	// un acuerdo"): the same two
	// ("Los dos gobiernos acordaron crear un grupo": a state subject of no
	// country in the next sentence; "ambos mandatarios" in the same one)
	// "se reunirán en Brasilia, con Brasil como anfitrión", "with Qatar
	// as host": the host named after "con ... como" is no party of the
	// meeting's pair
	if p.Sym && tgt != nil && len(tgtActs) > 0 && r.hostAfter(tgt.end) {
		tgt, tgtActs = nil, nil
	}
	carried := src != nil && src == r.lastSubj && r.lastSubjSent == si-1
	both := len(srcActs) == 1 && r.d.Actors[srcActs[0]].Country == "" && len(r.d.Actors[srcActs[0]].Code) == 3 && hasRole(&r.d.Actors[srcActs[0]], stateRoles)
	if !p.Noun && p.Sym && len(tgtActs) == 0 && synth == nil && r.lastSym[0] != nil && (si-r.lastSymSent == 1 || both && si == r.lastSymSent && r.namesPair(srcActs[0])) && !r.mediatorIn(si, r.lastSym) &&
		(len(srcActs) == 0 || both || carried && len(srcActs) == 1 && (r.d.Actors[srcActs[0]].Code == r.lastSym[0].Code || r.d.Actors[srcActs[0]].Code == r.lastSym[1].Code)) {
		pairs = [][2]*doc.Actor{r.lastSym}
		if a, b := r.lastSym[0], r.lastSym[1]; both && a.Country != "" && b.Country != "" && strings.HasPrefix(a.Code, a.Country) && strings.HasPrefix(b.Code, b.Country) {
			// "Armenian and Azerbaijani troops exchanged fire ... The two
			// countries' foreign ministers met": the two sides in the
			// subject's roles
			who := &r.d.Actors[srcActs[0]]
			pairs = [][2]*doc.Actor{{landed(who, a.Country), landed(who, b.Country)}}
		}
	} else if sj := r.sidesSubject(m, c); !p.Noun && len(tgtActs) == 0 && synth == nil && (sj >= 0 && (len(srcActs) == 0 || carried || len(srcActs) == 1 && r.reporterBefore(srcActs[0], sj)) || p.Sym && len(srcActs) == 1 && (both || hasRole(&r.d.Actors[srcActs[0]], stateRoles)) && r.sidesAfter(srcActs[0], s) || p.Sym && len(srcActs) == 1 && !carried && hasRole(&r.d.Actors[srcActs[0]], stateRoles) && (both && strings.HasPrefix(r.d.Actors[srcActs[0]].Source, actors.SourceMulti) || r.countedPair(srcActs[0]) && strings.HasPrefix(r.d.Actors[srcActs[0]].Source, actors.SourcePaired))) {
		// "Ambas partes acordaron ...", "los ministros de Exteriores de
		// los dos países se reunirán": a mutual act of the two sides is
		// one between the two parties of the article's latest event
		// between two; a subject of no country takes each one's country
		// (and "de los dos países" overrules a country the subject took
		// from the context)
		// (a subject taken from outside the clause, the reporter of
		// "Fuentes diplomáticas dijeron que ambos países acordaron ...",
		// yields to the sides phrase that is the clause's own subject)
		// ("The two governments agreed to convene the committee", "los dos
		// gobiernos firmaron un acuerdo": a subject that names several
		// states of no country, with no mutual act just before to take
		// them from, is the same two sides: the story's main pair, as
		// storyPair weighs it, each side in the subject's roles; so is a
		// state subject with a pair word that the actors stage gave one
		// country from the two like actors before it, not written in it:
		// a mutual act needs two parties, and with no other named they are
		// the story's two; "ambos ministros chilenos" keep their country)
		if a, b := r.storyPair(si, nil); a != nil {
			if len(srcActs) == 1 && !carried {
				who := unlanded(&r.d.Actors[srcActs[0]])
				a, b = landed(who, a.Code[:3]), landed(who, b.Code[:3])
			}
			pairs = [][2]*doc.Actor{{a, b}}
		}
	} else if p.Noun && p.Sym && len(srcActs) == 0 && r.countryless(tgtActs) && synth == nil && r.sidesComplement(m, s) {
		// "Talks between the two sides resumed", "se reanudó el diálogo
		// entre las partes": a mutual act told as a noun whose
		// complement names the two sides is one between the story's
		// main pair (the phrase may be read as an actor of no country:
		// "the two governments")
		if a, b := r.storyPair(si, nil); a != nil {
			pairs = [][2]*doc.Actor{{a, b}}
		}
	}
	// "Armenia y Azerbaiyán se acusaron mutuamente", "the two countries
	// blamed each other", "Each group blamed the other", "traded
	// accusations": a one-sided act told as reciprocal goes both ways
	// between two parties: the two its subject joins, else the two sides
	// of the story's latest pair (a subject of no country, "ambos
	// gobiernos", takes each one's country); the act already read one way
	// is read the other way too
	if recip, each := r.reciprocal(m, c); !p.Noun && !p.Sym && !passive && recip {
		var a, b *doc.Actor
		switch {
		case each && len(srcActs) <= 1 && len(tgtActs) == 0:
			// ("each side", "cada grupo": one of the pair, whichever; two
			// sides that act as parties, no civilians or refugees)
			if a, b = r.storyPair(si, nil); a != nil && (!hasRole(a, partyRoles) || !hasRole(b, partyRoles)) {
				a, b = nil, nil
			}
		case len(srcActs) >= 2 && len(tgtActs) == 0:
			x, y := r.d.Actors[srcActs[0]], r.d.Actors[srcActs[1]]
			a, b = &x, &y
		case len(srcActs) == 1 && len(tgtActs) == 1:
			x, y := r.d.Actors[srcActs[0]], r.d.Actors[tgtActs[0]]
			a, b = &x, &y
		case (len(srcActs) == 0 || len(srcActs) == 1 && r.d.Actors[srcActs[0]].Country == "") && len(tgtActs) == 0:
			if a, b = r.storyPair(si, nil); a != nil && len(srcActs) == 1 {
				who := unlanded(&r.d.Actors[srcActs[0]])
				a, b = landed(who, a.Code[:3]), landed(who, b.Code[:3])
			}
		case len(pairs) == 1 && pairs[0][0] != nil && pairs[0][1] != nil:
			a, b = pairs[0][0], pairs[0][1]
		}
		if a != nil && b != nil && !oneParty(a, b) {
			pairs = [][2]*doc.Actor{{a, b}, {b, a}}
		}
	}
	if len(pairs) == 0 {
		return false
	}
	// "Sudan must return the helicopter", "must reach an agreement": an
	// act someone must do is not done
	if !p.Speaker && r.obliged(m, c) {
		return false
	}
	// "pidió a Francia que presione a Israel", "called on Minsk to release
	// the drivers": the act asked for is not done; nor is one prevented
	// ("para evitar que se enfrenten los partidarios")
	if !p.Noun && !reduced && (r.governedBy(m, s, kAppeal, kAppealComp) || r.governedBy(m, s, kAccuse, kAccuseComp) || r.appealInfinitive(m, s) ||
		r.prevented(m, s) && !tellsProtest(p.Code) || r.demandedInfinitive(m, s)) {
		return false // nor the act one is accused of ("acusó a X de saquear")
	}
	// "evitó que la policía reprimiera la marcha": the repression of a
	// protest prevented did not take place; it is told negated, so that
	// the protest it names is not told by it either
	prevented := !p.Noun && !reduced && tellsProtest(p.Code) && r.prevented(m, s)
	// "no lo levantarán hasta que se hayan reunido con el ministro",
	// "sin que se registraran víctimas", "para que otorgue un aumento": a
	// Spanish subjunctive after a conjunction of end bound, absence or
	// purpose (cue kind irrealis) tells an act awaited, missing or
	// wanted, not one done
	if !p.Noun && r.irrealisClause(m, s) {
		return false
	}
	// "descontará los días a quienes no regresen a las aulas", "los que
	// se nieguen a vacunarse": a Spanish subjunctive in a free relative
	// (no antecedent noun) tells the condition that picks out a group of
	// people, no act done
	if !p.Noun && r.freeRelativeSubj(m, s) {
		return false
	}
	// "para evitar que el gobierno firme el Tratado", "impedir que se
	// produzcan enfrentamientos": a nominal act in a clause a verb of
	// prevention governs did not take place (a protest there is one going
	// on: "evitar que la huelga se extienda"; clashes are not: "impedir
	// que se produzcan enfrentamientos")
	if p.Noun && (p.Code[:2] != "14" || p.Code == "145") && r.preventedClause(m, s) {
		return false
	}
	// "pidió diálogo entre el gobierno y los maestros", "exigió una
	// investigación", "called for talks between the parties": a nominal
	// act that is the object of a verb of appeal or demand is what is
	// asked for, not one that took place (a protest noun after it is
	// the call to protest its own patterns tell)
	if p.Noun && p.Code[:2] != "14" && r.appealObject(m, s) {
		return false
	}
	// "asked drivers to boycott the stations": an English word in its base
	// form after "to" is the act asked for, not its noun (not "called for
	// an end to strikes")
	if p.Noun && r.d.Lang == "en" && m.head > s.FirstTok && r.info[m.head-1].fold == "to" && !r.plural(m.head) &&
		r.governedBy(m, s, kAppeal, kAppealComp) {
		return false
	}
	// "amenazaron con retirarse de Bosnia", "threatened to strike Iran":
	// the act threatened is not done; it lends its target to the threat
	if j := r.threatBefore(m, c); j >= 0 {
		var t *doc.Actor
		for _, pr := range pairs {
			if pr[1] != nil {
				t = pr[1]
				break
			}
		}
		for i := len(r.evs) - 1; i >= 0; i-- {
			if cd := r.evs[i]; cd.sent == si && cd.head == j {
				if cd.ev.Target == nil && t != nil && (cd.ev.Source == nil || cd.ev.Source.Code != t.Code) {
					tt := *t
					cd.ev.Target = &tt
				}
				return true
			}
		}
		return false
	}
	// (one told in a relative clause on the protest is its content
	// whatever it names: "las protestas que exigen una asamblea")
	if protestRel {
		return true
	}
	if demandOf != nil {
		named := false
		for _, pr := range pairs {
			named = named || pr[1] != nil
		}
		if !named {
			return true
		}
	}
	if purposeOf != nil {
		if purposeOf.ev.Target == nil {
			for _, pr := range pairs {
				if pr[1] != nil && (purposeOf.ev.Source == nil || pr[1].Code != purposeOf.ev.Source.Code) {
					t := *pr[1]
					purposeOf.ev.Target = &t
					break
				}
			}
		}
		return true
	}
	// "La AFP protestó ante el ministerio", "a human rights group
	// protested": a protest verb whose source is a state, an organisation,
	// a body of the state or one person, told in the singular, is a verbal
	// protest: an official complaint when someone is named, else none
	official := false
	// (not a country that only heads a headline: "Bolivia: tres municipios
	// mantienen protesta")
	if p.Crowd && len(srcActs) > 0 && r.institution(&r.d.Actors[srcActs[0]]) && r.singularVerb(m.head, headForm) &&
		!(src.end < s.EndTok && r.d.Tokens[src.end].Text == ":") {
		if len(tgtActs) == 0 && synth == nil {
			return true
		}
		official = true
	}
	// "La Sociedad Interamericana de Prensa (SIP) protestó ante el
	// gobierno": so does a name no actor holds, told in the singular,
	// that protests to an authority it names (a government, a court, a
	// legislature or an international body)
	if p.Crowd && !official && len(srcActs) == 0 && len(tgtActs) > 0 && synth == nil && r.d.Lang == "es" &&
		r.singularVerb(m.head, headForm) && r.nameRightBefore(m, c) && r.authority(&r.d.Actors[tgtActs[0]]) {
		official = true
	}
	// "una protesta de Bogotá por las declaraciones del vicepresidente
	// venezolano", "la protesta del gobierno chileno ante Argentina": so
	// is a protest noun in the singular made by a state (its capital or
	// seat, its name, its government) that names whom it is made to,
	// abroad ("la protesta de Bolivia contra el gobierno" is the country's
	// people)
	if p.Crowd && p.Noun && !official && r.d.Lang == "es" && len(srcActs) > 0 && len(tgtActs) > 0 && synth == nil && !r.plural(m.head) && r.stateBody(&r.d.Actors[srcActs[0]]) &&
		sideKey(&r.d.Actors[srcActs[0]]) != sideKey(&r.d.Actors[tgtActs[0]]) {
		official = true
	}
	min := r.c.minActors(p)
	if official && len(srcActs) == 0 {
		min = 1
	}
	if agentOnly && len(srcActs) == 0 {
		return false
	}
	// "fueron detenidos en el aeropuerto": a passive whose patient is
	// named tells the act even with no agent ("detener" read as arresting,
	// not stopping, because someone is its patient)
	// ("estaban detenidos desde marzo" tells a state, not the act)
	// (not a reduced relative, "two students detained in Lima", which
	// names those an arrest told elsewhere fell on, like "los
	// manifestantes detenidos")
	if passive && p.PMin >= 0 && len(tgtActs) > 0 && !reduced && !r.stativeAux(m, c) && r.patientNamed(tgt, c) {
		min = p.PMin
	}
	// "decenas detenidas por la policía", "dozens were arrested by
	// police": so does an act of force whose agent is named, when its
	// patient is none of the actors
	if passive && p.PMin >= 0 && tgt == nil && len(srcActs) > 0 && forceful(p.Code) && !r.stativeAux(m, c) {
		min = p.PMin
	}
	if p.Suffer {
		min = 0
	}
	// "Thousands marched through the capital", "Cientos marcharon": a
	// protest verb whose subject is a bare count of people (no noun, no
	// actor) is a crowd's protest with no one named
	if min == 1 && !p.Noun && !passive && p.Code[:2] == "14" && len(srcActs) == 0 && len(tgtActs) == 0 && synth == nil && isFinite(headForm) && r.bareCountSubject(m, c) {
		min = 0
	}
	// "Detienen a 75 religiosos en San Francisco", "la policía detuvo a
	// 40 manifestantes": the act of a toll pattern on a counted object
	// that names no actor is told, with no target
	if !passive && !p.Noun && p.Toll && len(tgtActs) == 0 && synth == nil && r.countedObject(m, c) && !r.assaultToldBefore(si, m) {
		min = 0
	}
	// "Hombres en una moto asesinaron de dos balazos a un hombre", "dio
	// muerte a un menor de edad": an act of force whose object is one
	// unnamed person ("a" + "un"/"una" + a noun of cue kind someone) and
	// that names no actor is told, by and on no one named
	if !passive && !reduced && !p.Noun && forceful(p.Code) && len(srcActs) == 0 && len(tgtActs) == 0 && synth == nil && r.someoneObject(m, c) {
		min = 0
	}
	// "tres fueron detenidos", "otras 300 resultaron arrestadas": the
	// passive of a toll pattern with an auxiliary of event whose patient
	// is a count that names no actor tells the act with no one named
	if passive && p.Toll && len(srcActs) == 0 && len(tgtActs) == 0 && synth == nil && !reduced && r.eventAuxBefore(m, c) && r.countedPatient(m, c) {
		min = 0
	}
	// "un aficionado, quien fue detenido tras una carrera", "who was
	// killed on Monday": so does the passive of an act of force with an
	// auxiliary of event whose patient is a relative pronoun of persons
	// (cue kind whopron) and no actor: someone underwent it
	if passive && !p.Noun && forceful(p.Code) && len(srcActs) == 0 && len(tgtActs) == 0 && synth == nil && !reduced && r.eventAuxBeforeAdv(m, c) && r.whoPatientBefore(m, s) {
		min = 0
	}
	// "Un hombre fue asesinado", "Una persona resultó herida", "fue
	// desaparecida una mujer": so does one whose patient is one person no
	// actor holds, "un"/"una" and a noun of cue kind someone, as the
	// subject before the auxiliary or right after the participle (not the
	// complement of a preposition: "la casa de un hombre fue atacada")
	if passive && !p.Noun && forceful(p.Code) && len(srcActs) == 0 && len(tgtActs) == 0 && synth == nil && !reduced && r.eventAuxBeforeAdv(m, c) && r.someonePatient(m, s) {
		min = 0
	}
	// "la marcha fue dispersada con gases lacrimógenos", "the rally was
	// broken up": an act of force on a protest named as the patient of a
	// passive with an auxiliary of event, no one named on either side, was
	// done by someone to the protest's makers (not a verb that needs both
	// sides named to tell force, min=2: "la huelga fue suspendida")
	if protestPatient && p.Min != 2 && passive && !reduced && len(srcActs) == 0 && len(tgtActs) == 0 && synth == nil && r.eventAuxBeforeAdv(m, c) {
		min = 0
	}
	// "la marcha fue prohibida por el gobierno": so is one whose agent is
	// named, with the protest's makers unnamed (against no one named)
	if protestPatient && p.Min != 2 && passive && !reduced && len(srcActs) > 0 && len(tgtActs) == 0 && synth == nil && r.eventAuxBeforeAdv(m, c) && min > 1 {
		min = 1
	}
	if impersonal && p.PMin >= 0 && len(srcActs) == 0 && len(tgtActs) > 0 {
		min = p.PMin
	}
	// "Detienen en Nápoles al hijo del capo", "Asesinan a un comerciante
	// en Cali": so is an impersonal act of force on someone no actor
	// names, after the personal "a" (past a short place phrase)
	// (opening the sentence, as a headline does: in a body the subject is
	// often only unnamed)
	if impersonal && !passive && !p.Noun && m.head == s.FirstTok && forceful(p.Code) && len(srcActs) == 0 && len(tgtActs) == 0 && synth == nil && r.personalObjectAfter(m, c) {
		min = 0
	}
	// "Jiménez acusó al gobierno de ...", "el general criticó a la
	// policía": an accuser or critic named right before the verb, though
	// no actor, still makes the act against the one it names
	if min == 2 && p.Code[:2] == "11" && !p.Noun && !passive && !reduced && len(srcActs) == 0 && len(tgtActs) > 0 &&
		isFinite(headForm) && tgt.start < c.end && r.subjectWordBefore(m, c) {
		if gov := r.governor(tgt.start, m.end); gov == "" || r.lx.is(kPersonal, gov) {
			min = 1
		}
	}
	// "el alcalde, al que acusaban de corrupción", "a quien acusan de":
	// an accusation in an object relative with no subject of its own is
	// against the antecedent
	if min == 2 && p.Code[:2] == "11" && !p.Noun && !passive && !reduced && len(srcActs) == 0 && len(tgtActs) > 0 &&
		isFinite(headForm) && tgt.end <= m.head && r.objectRelativeBefore(m, c) {
		min = 1
	}
	// "Cardoso condenó el paro general", "denunciaron irregularidades en
	// el escrutinio": a criticism of an act or a state of things that
	// names no one is made against no one named ("Italy condemned the
	// bombing"); not when the act's author is named by a name no actor
	// holds ("condemned an attack by Telmarine soldiers": someone unknown)
	// (so is an act called by a word of blame: "la ONU calificó la ley de
	// inaceptable", "called the vote unacceptable")
	if min == 2 && (p.Code == "110" || p.Code == "111") && !p.Noun && !passive && !reduced && len(srcActs) > 0 && len(tgtActs) == 0 && synth == nil &&
		!r.afterQuote(m.head, s) && (r.nounObjectAfter(m, c) || r.calledObject(m)) && !r.namedAuthorAfter(m, c) {
		min = 1
	}
	// "Molina denunció la represión", "Smith criticized the decision": a
	// criticism or accusation of an act by a lone name no actor holds (a
	// person's surname) is that unknown person's, against no one named
	if min == 2 && (p.Code == "110" || p.Code == "111" || p.Code == "112") && !p.Noun && !passive && !reduced && len(srcActs) == 0 && len(tgtActs) == 0 && synth == nil &&
		isFinite(headForm) && r.subjectWordBefore(m, c) && r.loneNameBefore(m) && !r.afterQuote(m.head, s) && !r.namedAuthorAfter(m, c) {
		min = 0
	}
	// "una acción criticada fuertemente por empresarios", "las propuestas
	// fueron rechazadas por las mujeres": a criticism or rejection told in
	// the passive with its agent named, of an act or a proposal that is no
	// actor, is the agent's against no one named
	if min == 2 && (p.Code == "110" || p.Code == "111" || p.Code == "120") && !p.Noun && passive && len(srcActs) > 0 && tgt == nil && synth == nil &&
		!r.namedPatientBefore(m, s) {
		min = 1
	}
	// "the government faced sharp criticism", "the plan drew criticism":
	// a criticism or accusation one receives or draws on oneself is made
	// against one, whoever makes it
	if min == 2 && p.Noun && p.Code[:2] == "11" && len(tgtActs) > 0 && synth == nil && r.receivedBy(m, c) >= 0 {
		min = 1
	}
	// "la operación fue duramente criticada", "the raid was condemned"
	// (option pnull): told with an auxiliary of event and no agent, of a
	// patient that is no actor nor a name, the act is someone's against
	// no one named ("una medida criticada" only names the measure)
	if p.PNull && !p.Noun && passive && !reduced && len(srcActs) == 0 && len(tgtActs) == 0 && tgt == nil && synth == nil &&
		r.eventAuxBeforeAdv(m, c) && !r.namedPatientBefore(m, s) && !r.pronounPatientBefore(m, s) && !r.agentWordAfter(m, c) {
		min = 0
	}
	made := false
	mod := r.modality(m, headForm, c, s, p)
	if prevented {
		mod = doc.Negated
	}
	// "incidentes sin heridos ni detenidos", "ended without arrests", "no
	// injuries were reported": a noun or a bare participle right after a
	// negation names what did not happen at all, no event (a negated verb,
	// "no fueron detenidos", "did not attack", stays a negated event)
	if mod == doc.Negated && m.head > s.FirstTok && r.isCue(kNegation, m.head-1) && (p.Noun || headForm == morph.Part && !passive) {
		return false
	}
	// "no reconoce al gobierno de Taipei", "does not formally recognise
	// the government" (option standing): negated in the simple present,
	// the verb tells a position held, no act
	if p.Standing && mod == doc.Negated && r.negatedPresent(m, headForm, c) {
		return false
	}
	// "el descontento se manifiesta en diversos sectores", "discontent
	// showed itself": a verb of protest whose clause opens on a noun of
	// feeling (cue kind feeling) as its subject tells a mood shown, not
	// people protesting
	if !p.Noun && p.Code[:2] == "14" && r.feelingSubject(m, c) {
		return false
	}
	// "las protestas que mantienen paralizadas las carreteras", "la
	// huelga que paralizó el país", "una amenaza de huelga podría
	// paralizar el puerto": a one-word verb of protest whose subject is a
	// nominal protest of another code tells what that protest does, the
	// event the noun gives, no second one (a subject after the verb is
	// its own: "la marcha que encabezaron los maestros"; a noun of the
	// verb's own code, "una huelga paraliza la fábrica", makes one event
	// with it, the verb's object its target)
	if r.d.Lang == "es" && !p.Noun && p.Code[:2] == "14" && len(p.Toks) == 1 && r.protestNounDoer(m, s, p.Code) && r.postposedSubject(m, c, gs) == nil {
		return false
	}
	// "a pesar de las posibles protestas", "no reprimir eventuales
	// protestas", "braced for possible riots": a protest qualified right
	// before it by an adjective of possibility (cue kind possible) names
	// none that took place (the word is a noun there, whatever its
	// pattern's kind)
	if (p.Code[:2] == "14" || p.Noun && forceful(p.Code)) && m.head > s.FirstTok && r.word(m.head-1) && r.isCue(kPossible, m.head-1) {
		return false
	}
	// "por temor a las protestas", "en previsión de mayores protestas",
	// "for fear of riots": a protest feared or foreseen (cue kind fear)
	// did not take place either; nor did an act of force named by a noun
	// ("los temores de una guerra", "the risk of an attack")
	if (p.Code[:2] == "14" || p.Noun && forceful(p.Code)) && r.fearedProtest(m, s) {
		return false
	}
	// "la reunión entre Rusia y China fue cancelada", "the visit was
	// called off": a meeting, visit or accord that is the subject of a
	// passive that cancels or puts it off did not take place
	if p.Noun && (r.cancelledNoun(m, s, gs) || r.cancelledObject(m, c) || r.cancelledFarObject(m, c)) {
		return false
	}
	// "workers have the right to strike", "defended the right of the troops
	// to fire on militants", "el derecho a la protesta": an act named as
	// what someone is entitled to (a noun of cue kind entitle, then "to",
	// "a", "de" or "para" right before the trigger) is none that took place
	if r.entitledTo(m, s) {
		return false
	}
	// "indígenas que exigían su destitución", "los campesinos, que
	// reclaman mejoras, ocupaban los pozos", "los maestros que rechazan
	// la reforma": a demand or a rejection told in the present or the
	// imperfect in a relative clause on a group, its pronoun right before
	// the verb, says what the group wants or opposes, a description of
	// it; the sentence tells its act elsewhere (not one told in the
	// preterite, "el sindicato, que exigió ayer un aumento", nor one on
	// the antecedent, "el gobierno, al que reclaman", nor a complement
	// clause, "dijo que exigen"); so does hosting or sheltering
	// someone so told ("Bangladés, que acoge a cerca de un millón de
	// refugiados, celebró la tregua": not "Pekín, que acogió las
	// negociaciones")
	if !p.Noun && (p.Code[:2] == "10" || p.Code[:2] == "12" || p.Code == "043" || p.Code == "075") && r.d.Lang == "es" && r.stanceTense(m.head) && r.describingRelative(m.head, s) {
		return false
	}
	// "advirtió de que cualquier intento de «reprimir» a la población
	// tendría consecuencias", "any attempt to repress the population": an
	// act that a phrase of any attempt (cue kind supposed) names right
	// before it (past a quotation mark) is what a warning is about, no
	// event told
	if !p.Noun && r.supposedBefore(m.head, s) {
		return false
	}
	// "una manifestación que reunió a unos 1.500 palestinos", "la
	// marcha, que concentró a 50.000 personas": a verb of gathering, not
	// reflexive, whose object is a counted group tells the size of a
	// gathering, no meeting or rally of its own ("se reunieron con el
	// ministro", "miles se concentraron" stay)
	if !p.Noun && len(p.Toks) == 1 && (p.Code == "040" || p.Code == "141") && r.d.Lang == "es" &&
		!(m.head > s.FirstTok && r.word(m.head-1) && r.info[m.head-1].foldIs(kReflexive)) && r.countedObjectAfter(m.head, c) {
		return false
	}
	code := p.Code
	if offered != "" {
		code = offered
	}
	if code == "154" && sent != nil && r.allRole(sent, "COP") {
		// "ordenó el despliegue de la Guardia Civil estatal": the police
		// sent in (153), not the army
		code = "153"
	}
	if cleftSpeaker != nil {
		mod = doc.Asserted // the accusation is made as it is told
		switch {
		case code[:2] >= "18":
			code = "1123"
		case code[:2] == "17":
			code = "1122"
		default:
			code = "112"
		}
	}
	// ... and such a casualty is that use of force: "killed in Israeli
	// tank shelling" is shelling (194), not an assault
	if byForce != "" {
		code = byForce
	}
	if official {
		code = complainOfficially
	}
	// "la marcha fue prohibida por el gobierno": restrictions imposed on a
	// protest named as the patient restrict political freedoms (1721, as
	// "prohibir la marcha" is)
	if protestPatient && code == "172" {
		code = restrictProtest
	}
	// "protagonizaron violentas protestas", "una manifestación violenta",
	// "protested violently": a protest or a demonstration qualified as
	// violent was a violent protest (145)
	if (code == "140" || code == "141") && (r.violentProtest(m, s) || p.Noun && (r.turnedViolent(m, s, gs) || r.deadlyProtest(m, s, gs))) {
		code = violentProtest
	}
	// "la huelga de los mineros terminó", "el paro fue levantado", "the
	// strike was called off": a strike or blockade that ends, told as done,
	// was eased by whoever made it (082), like one its makers call off
	if p.Code[:2] == "14" && mod == doc.Asserted && (p.Noun || r.nounReading(m, p, gs) || r.opensSentence(m.head, s) && r.nounPatternAt(m.head)) && r.endedProtest(m, s, gs) {
		code = easeDissent
	}
	// "said Tehran would respond", "vowed that they will retaliate": an
	// act that only counts as announced is a statement made now; told as
	// done or negated, it is none
	if p.Future {
		if mod != doc.Intended && mod != doc.Planned && mod != doc.Hypothetical {
			return false
		}
		mod = doc.Asserted
	}
	if code[:2] == "14" && !p.Noun && mod == doc.Intended && r.attemptBefore(m, c) {
		mod = doc.Asserted // "intentaron tomar un edificio": a protest tried is one
	}
	// "la policía intentó despejar la vía con gases lacrimógenos", "tried
	// to disperse the crowd": force used to repress is used when tried
	if code == "175" && !p.Noun && mod == doc.Intended && r.pastAttemptBefore(m, c) {
		mod = doc.Asserted
	}
	// "la policía intentó desalojar el plantón", "trató de dispersar la
	// marcha de los estudiantes": a protest that is the object of an act
	// of force someone tried is one going on; the attempt is the act's
	if code[:2] == "14" && p.Noun && mod == doc.Intended && r.triedForceObject(m, c) {
		mod = doc.Asserted
	}
	if code[:2] == "14" && (mod == doc.Planned || mod == doc.Intended) {
		code = threatenProtest // an announced protest threatens one
	}
	// "will withdraw its peacekeepers unless a ceasefire is arranged",
	// "atacarán si el ejército avanza": an act of conflict announced or
	// made conditional on what someone else does, with the condition
	// after it, threatens it (events/shared/threat.tsv); protests are
	// handled above and below
	threatened := false
	// ... and so is an act of force its actor vows or wants to do (one
	// it decided to do is done: "decidieron atacar")
	// ("Obama wants to attack Switzerland", "juraron vengar la muerte
	// de"): a cue of intent, not a bare future or an attempt
	if !p.Future && code[:2] >= "18" && mod == doc.Intended && r.vowed(m, c) ||
		!p.Future && code[:2] != "14" && code[:2] != "13" && (mod == doc.Intended || mod == doc.Planned || mod == doc.Hypothetical) && (r.conditionAfter(m, c, s) || r.conditionBefore(m, s)) {
		if tc := r.c.threatCode(code); tc != "" {
			code, mod, threatened = tc, doc.Asserted, true
		}
	}
	// "Israel anunció más incursiones en Gaza", "prometió nuevos ataques
	// contra", "vowed more strikes": more acts of force their doer
	// announces or vows, named by nouns, are its threat, made now
	if !threatened && p.Noun && mod != doc.Negated && r.vowedForce(m, c) >= 0 {
		if tc := r.c.threatCode(code); tc != "" {
			code, mod, threatened = tc, doc.Asserted, true
		}
	}
	if warnedThreat && mod == doc.Hypothetical {
		if tc := r.c.threatCode(code); tc != "" {
			code, mod, threatened = tc, doc.Asserted, true
		}
	}
	// "se comprometió a liberar a los rehenes", "is ready to negotiate
	// with the government", "will support Turkey's bid": an act of
	// cooperation or yielding promised, offered, agreed or announced is
	// the expressed intent to do it
	promisedHere := false
	if mod == doc.Intended && r.promised(m, c, p) {
		if ic := r.c.intentCode(code); ic != "" {
			// (an act that counts only as promised needs a word of
			// promise, not a bare future: "Kenya will hold elections in
			// March" plans them)
			code, promisedHere = ic, !p.Governed || r.vowed(m, c)
		}
	}
	// "refused to send troops", "would not release the prisoners": an act
	// of cooperation or yielding refused is a rejection, told as done
	refusedAct := false
	if mod == doc.Negated && r.refused(m, headForm, c) {
		if rc := r.c.refusalCode(code); rc != "" {
			code, mod, refusedAct = rc, doc.Asserted, true
		}
	}
	// "urged the police to show restraint", "pledged to phase out fuel
	// subsidies": an act that counts only as asked for, promised or
	// refused (option governed) tells nothing when told as done
	if p.Governed && !askedHere && !promisedHere && !refusedAct && !(warnedThreat && threatened) {
		return false
	}
	// "would return to the streets if the bill is not withdrawn",
	// "marcharían a Lima si el Congreso no aprueba la ley": a protest
	// made conditional on what someone else does threatens one
	if code[:2] == "14" && mod == doc.Hypothetical && (r.conditionAfter(m, c, s) || r.conditionBefore(m, s)) {
		code, mod = threatenProtest, doc.Asserted
	}
	// ... and so is one announced with such a condition ("irán a la
	// huelga si el Congreso aprueba la ley", "will strike unless wages
	// rise"): the threat is made when it is told
	if code == threatenProtest && p.Code[:2] == "14" && (mod == doc.Planned || mod == doc.Intended) && (r.ownConditionAfter(m, c, s) || r.conditionBefore(m, s)) {
		mod = doc.Asserted
	}
	// "si la huelga continúa, ...", "si el mitin se extiende": a protest
	// named inside a condition is what the condition is about, no event
	// (a protest noun there, "de continuar las protestas, ...", too)
	if code[:2] == "14" && (mod == doc.Hypothetical || p.Noun) && r.inCondition(m, s) {
		return false
	}
	// "si el Gobierno no retira el impuesto", "if the army did not
	// withdraw": any other act told inside a condition, supposed or
	// negated, is what the condition is about, no event
	if (mod == doc.Hypothetical || mod == doc.Negated) && r.inCondition(m, s) {
		return false
	}
	// "ratificó su amenaza de ...", "anunció su advertencia": a threat
	// (other than an announced protest) is made when it is told
	if code[:2] == "13" && code != threatenProtest && mod == doc.Planned {
		mod = doc.Asserted
	}
	// "está dispuesto a dialogar", "se reunirá el jueves con los
	// promotores de la marcha", "no negociará bajo presiones", "is ready
	// to talk": a meeting or talks (option onesided) offered, planned or
	// refused by one side with no other party among the actors is that
	// side's intent to meet (036) or its rejection (125); the subject
	// alone is enough
	// (a verb of meeting needs its partner's preposition after it: "los
	// pescadores se reunirán el miércoles" meet among themselves; a noun
	// needs a word of readiness right before it, "dispuestos al
	// diálogo", "ready for talks", not "la oferta de X de dialogar")
	oneSided := p.OneSided && min == 2 && !passive && (code[:2] == "03" && (mod == doc.Intended || mod == doc.Planned) || refusedAct || code == "125" && mod == doc.Asserted ||
		code[:2] == "04" && (mod == doc.Planned || mod == doc.Intended)) &&
		(len(p.Partner) == 0 || r.partnerAfter(m, c, p.Partner)) && (!p.Noun || r.readyFor(m, c))
	// "se reunirá el jueves con el presidente", "the talks planned for
	// Monday between X and Y": a meeting or talks set for later commits
	// the parties to meet (036), planned, whoever is named
	if p.OneSided && code[:2] == "04" && mod == doc.Planned && !passive && (len(p.Partner) == 0 || p.Noun || r.partnerAfter(m, c, p.Partner)) {
		if ic := r.c.intentCode(code); ic != "" {
			code = ic
		}
	}
	// (a protest announced as planned, "realizarán el jueves una marcha",
	// "protestarán el sábado", is dated to the day set for it, as any
	// planned event is; only the threat made now is undated)
	spoken := p.Future || threatened || code == threatenProtest && p.Code[:2] == "14" && mod == doc.Asserted
	// (a verb joined to a plan before it, "convocó un paro para el jueves
	// y denunció la represión", told as done, takes no later day from
	// before the joint: that day is the plan's)
	joint := -1
	if (mod == doc.Asserted || mod == doc.Negated || mod == doc.Assessed) && !p.Noun {
		joint = r.joint(m, s)
	}
	r.pledge = promisedHere || code[:2] == "03"
	date := r.dateNearFor(m, reg, s, joint)
	if relVerb >= 0 {
		date = r.dateNear(match{p: m.p, head: relVerb, end: relVerb + 1, toks: []int{relVerb}, words: 1}, cs[clauseOf(cs, relVerb)], s)
	}
	if date == "" {
		// past commas of a list ("flew tents, water purifiers and
		// generators to the Philippines on Tuesday"): up to the next
		// trigger when no clause opens between
		date = r.dateAhead(m, s)
	}
	r.pledge = false
	// "warned the United States on Monday ..., and fired two missiles
	// hours later": a verb joined to one before it, dated by a time of
	// the same day counted from the last day named (cue kind sameday),
	// takes the day of the verb it is joined to, not of one named between
	if date != "" && !p.Noun && r.sameDayIn(reg) {
		if v, _ := r.coordVerb(m, cs); v >= 0 {
			if d := r.dateNear(match{p: m.p, head: v, end: v + 1, toks: []int{v}, words: 1}, cs[clauseOf(cs, v)], s); d != "" {
				date = d
			}
		}
	}
	if date == "" && conj != nil && !(joint >= 0 && r.afterArticle(conj.Date)) {
		date = conj.Date
	}
	if date == "" && !p.Noun {
		date = r.conjunctDate(m, s, mod)
	}
	if date == "" && joint >= 0 {
		// "Apenas horas después de la firma, un avión bombardeó la
		// madrugada de este martes el pueblo y mató a 11 civiles": the
		// opening phrase only when the predicate before has no time
		date = r.openingDate(s)
	}
	if date == "" && k > 0 && r.opensWhere(c) {
		// "viajará el viernes a Monterrey, donde se reunirá": the date of
		// the clause before (past a lone comma)
		kk := k - 1
		for kk > 0 && cs[kk].end-cs[kk].start == 1 && !r.word(cs[kk].start) {
			kk--
		}
		date = r.dateNear(m, cs[kk], s)
	}
	if r.partyState(m) {
		// "to disperse striking drivers", "los mineros en huelga": a
		// protest that qualifies the people who hold it is a state begun
		// before, not an act of the clause's day
		date = ""
	} else if date == "" && !spoken && r.relativeUndated(c) {
		// "fired tear gas on Wednesday to disperse protesters who had
		// gathered outside parliament": an act told in a relative clause
		// on a party of a dated act of its sentence elaborates it
		date = r.mainDate(si, c)
	}
	if spoken {
		// a statement made now about a later act ("would return to the
		// streets next Tuesday if ...", "said Tehran would respond on
		// Friday", a protest announced as a threat): the later time is
		// the act's, not the statement's
		date = ""
		if reg.start < m.head {
			date = r.dateNear(m, clause{reg.start, m.head}, s)
		}
	}
	// "Unions call strike for Monday", "confirmó para este jueves un paro
	// general": a protest or a meeting told as done on a day after the
	// article's is set for that day (planned); any other act told as done
	// is made now, and the later day is that of what it is about
	// ("decidieron no asistir a la cena organizada para el domingo",
	// "convocaron a una jornada de protesta para el viernes": the call)
	if date != "" && (mod == doc.Asserted || mod == doc.Assessed) && r.afterArticle(date) {
		// (one going on, "seguirán bloqueados mañana", "will continue
		// on Friday", or told in the past by a verb that does it, not one
		// that calls or plans it, "iniciaron una jornada de protestas
		// prevista para el lunes", stays told as it is, undated)
		done := !p.Noun && r.hasForm(m.head, morph.Past) && !r.isCue(kPlanned, m.head) && !r.info[m.head].firstBits.has(kPlanned)
		if mod == doc.Asserted && (code[:2] == "14" || code[:2] == "04") && !r.phaseBefore(m, c) && !done {
			mod = doc.Planned
		} else {
			date = ""
		}
	}
	// "Rabin fue asesinado en noviembre de 1995", "soldados heridos en
	// 1991" in a later story: an assault dated more than a year before
	// the article is background it recalls, no event of the news
	if code[:2] == "18" && r.stale(date) {
		return true
	}
	// "la Cedeao, de la que Níger se retiró en 2025, condenó": an act
	// told as done by a verb of a relative clause between commas, dated
	// more than a year before the article, is background on the
	// antecedent, no event of the news
	if !p.Noun && mod == doc.Asserted && k > 0 && r.closedRel(cs, k) && r.stale(date) {
		return true
	}
	// "Cattle raids ... kill dozens of people every year", "las huelgas
	// de hambre se repiten desde hace dos décadas": an act told in the
	// present of a sentence that says it recurs (cue kind habitual) is a
	// pattern of the place, no event of the news
	if mod == doc.Asserted && r.habitual(m, headForm, s, p) {
		return true
	}
	// "at least 14 journalists had been arrested in the country this
	// year", "more than 390 people were killed since November 2020": a
	// counted passive told over a span reaching up to now is a tally of
	// many acts, no event of the news
	if mod == doc.Asserted && !p.Noun && passive && r.countedPatient(m, c) && r.tallySpan(m, c) {
		return true
	}
	for pi, pr := range pairs {
		// "detuvieron a un hombre de 24 años que presuntamente conducía la
		// motocicleta", "a dos hombres sospechosos de haber hecho de
		// intermediarios": people arrested as suspects of a crime are
		// criminals (CRM), as the suspects CAMEO codes so
		if code == "173" && pr[0] != nil {
			if t := r.suspectTarget(m, s, pr[1], pr[0]); t != nil {
				pr[1] = t
				pairs[pi][1] = t
			}
		}
		// "Beijing was ready to provide assistance if requested", after
		// Japan's aid to the Philippines: aid offered with no recipient
		// named goes where the article's latest aid went
		if pr[1] == nil && pr[0] != nil && aidCode(code) {
			pr[1] = r.aidAimBefore(si, pr[0])
		}
		n := 0
		if pr[0] != nil {
			n++
		}
		if pr[1] != nil {
			n++
		}
		home := p.Home && pr[1] == nil && pr[0] != nil && len(pr[0].Country) == 3
		if home {
			n++
		}
		// "decretó un toque de queda en Butembo", "llamó a una huelga
		// general en Maputo": a domestic measure or a yielding whose
		// target is only the place where it happens is aimed at that
		// place's country as one that names no one is (its people when a
		// body of the state acts, its government otherwise)
		var homePlace *doc.Place
		if p.Home && pr[0] != nil && pr[1] != nil && pr[1].Kind == "place" && pr[1].Code == pr[1].Country && len(pr[1].Country) == 3 {
			homePlace = &doc.Place{Country: pr[1].Country}
		}
		code, mod := code, mod
		if n < min {
			// (the partner alone of a verb of talks, its subject no
			// actor: "el movimiento cívico está dispuesto a negociar con
			// el gobierno", intent to negotiate with the government; not
			// of a verb of meeting: "los académicos tenían previsto
			// reunirse con miembros de la universidad")
			if !oneSided || n != 1 || pr[0] == nil && (p.Noun || len(p.Partner) > 0) {
				continue
			}
			if code[:2] == "04" {
				code, mod = r.c.intentCode(code), doc.Intended
			}
		}
		// (a bare participle tells a group, "150.000 personas, reunidas en
		// 42 sindicatos", not the gathering; "se había reunido" does)
		// (a throng pattern of the verb alone takes its crowd after the
		// reflexive verb: "en Marsella se reunieron 300 personas", not
		// "espera reunir a 200.000 personas")
		if p.Throng && (src == nil || !r.counted(src) || r.withBetween(m.head, m.end) || len(p.Toks) == 1 && (src.start < m.head || m.head == s.FirstTok || !r.isCue(kReflexive, m.head-1)) ||
			headForm == morph.Part && !(m.head > s.FirstTok && r.isCue(kPerfect, m.head-1))) {
			continue
		}
		// (the forces an order addresses have the role for their orderer:
		// "ordered troops to withdraw")
		if len(p.Roles) > 0 && (pr[0] == nil || !hasRole(pr[0], p.Roles)) && !(p.AnyRefuses && pr[0] != nil && refusedAct) && !(ordered != nil && hasRole(&r.d.Actors[ordered.acts[0]], p.Roles)) {
			continue
		}
		// armed forces that march or move into a place make no protest
		// ("the troops marched into the town")
		if len(p.NoRoles) > 0 && (pr[0] != nil && hasRole(pr[0], p.NoRoles) || ordered != nil && hasRole(&r.d.Actors[ordered.acts[0]], p.NoRoles)) {
			continue
		}
		// "Kurdish forces captured Raqqa", "rebels seized Mosul": an armed
		// force that seizes or captures a place takes it by force (192),
		// neither property nor prisoners
		if (code == "171" || code == "173") && pr[1] != nil && pr[1].Kind == "place" && pr[0] != nil && (hasRole(pr[0], insurgentRoles) || hasRole(pr[0], []string{"MIL", "STATE"})) {
			code = "192"
		}
		// "accused the army of staging the attack", "acusó al Gobierno de
		// usar el ataque como pretexto": an act of force named as the
		// object of a verb that stages or exploits it (cue kind pretext)
		// is no aggression the accused committed: a plain accusation
		// ("of using artillery to attack" stays one: the attack is no
		// object of "using", which has its own)
		if code == "1123" && !p.Noun && len(m.toks) >= 2 {
			last := m.toks[len(m.toks)-1]
			for j := last - 1; j > m.toks[len(m.toks)-2]; j-- {
				if r.word(j) && r.isCue(kPretext, j) {
					code = "112"
					break
				}
				if !r.word(j) || !r.isCue(kDet, j) {
					break
				}
			}
		}
		// "Iran seized 14 British sailors", "Iran captured two Britons":
		// seizing people (a named person, or people the sentence counts or
		// names in the plural) detains them (173); seizing a ship, goods
		// or a company stays confiscation (171)
		if code == "171" && !p.Noun && pr[0] != nil && pr[1] != nil && r.seizedPeople(m, s, pr[1]) {
			code = "173"
		}
		// "Iran seized the British tanker and its crew": the people
		// joined after the vessel are detained (173), not confiscated
		if code == "1711" && !p.Noun && pr[0] != nil && pr[1] != nil && (pr[1].Kind == "pronoun" || pr[1].Kind == "agent") && len(pr[1].Roles) > 0 && !hasRole(pr[1], []string{"BUS", "MED"}) && r.coordinatedAfter(m, pr[1]) {
			code = "173"
		}
		// "North Korea fired a ballistic missile": a country that fires
		// or tests a weapon does so by its armed forces (read once the
		// events are final, so that reactions to the act still aim at the
		// country as named: "Japan condemned the launch")
		if p.Armed && pr[0] != nil {
			if r.armedAt == nil {
				r.armedAt = map[int]bool{}
			}
			r.armedAt[r.d.Tokens[m.head].Start] = true
		}
		ev := doc.Event{
			Source: pr[0], Target: pr[1], Cameo: code, Symmetric: p.Sym,
			Modality: mod, Date: date,
			Evidence: doc.Evidence{Sentence: si, Span: s.Span,
				Trigger: doc.Span{Start: r.d.Tokens[m.head].Start, End: r.d.Tokens[m.toks[len(m.toks)-1]].End},
				Pattern: p.Origin},
		}
		for _, rp := range reps {
			if (pr[0] == nil || rp.Span != pr[0].Span) && (pr[1] == nil || rp.Span != pr[1].Span) {
				ev.ReportedBy = append(ev.ReportedBy, rp)
			}
		}
		ev.Location = r.deployDest(m, c, code, pr)
		if ev.Location == nil {
			ev.Location = r.placeFor(m, r.placeRegion(m, reg, c), pr)
		}
		if ev.Location == nil && objCity != nil {
			pl := *objCity
			ev.Location = &pl
		}
		if ev.Location == nil && agentPlace != nil {
			pl := *agentPlace
			ev.Location = &pl
		}
		if ev.Location == nil {
			ev.Location = r.wherePlace(c)
		}
		if home {
			ev.Target = homeTarget(pr[0], ev.Location, ev.Evidence.Trigger)
		} else if homePlace != nil {
			ev.Target = homeTarget(pr[0], homePlace, ev.Evidence.Trigger)
		} else if p.Home && pr[1] == nil && pr[0] != nil && pr[0].Country == "" && len(pr[0].Roles) > 0 && ev.Location != nil && len(ev.Location.Country) == 3 {
			// "the opposition agreed to postpone the demonstration in
			// Baku", "President Bouteflicka threatened to institute a
			// curfew in Algiers": a source with no country yet takes the
			// measure's place as its home
			ev.Target = homeTarget(pr[0], ev.Location, ev.Evidence.Trigger)
		}
		if ev.Location == nil {
			ev.Location = r.destCountry(m, pr)
		}
		if ev.Location == nil {
			// (a government speaking through its capital speaks at home,
			// not where another clause of its sentence is placed: "a drone
			// entered its airspace near Yonaguni ..., and Tokyo lodged a
			// formal protest with Beijing")
			ev.Location = r.capitalSpeaker(pr[0], code)
		}
		if ev.Location == nil {
			ev.Location = r.sentencePlace(m, s, pr)
		}
		if ev.Location == nil {
			ev.Location = r.purposeDest(m, s, pr)
		}
		if ev.Location == nil {
			ev.Location = r.homePlace(pr, s)
		}
		if ev.Location == nil && heldPlace != nil {
			p := *heldPlace // the abduction it restates happened there
			ev.Location = &p
		}
		if ev.Location == nil && r.dateline != nil && (sameCountry(pr[0], r.dateline) || sameCountry(pr[1], r.dateline) || r.datelineParty(code, s, reps) || r.bodyAtDateline(pr[0], code)) {
			p := *r.dateline // a domestic event told under a dateline ("NAIROBI —")
			ev.Location = &p
		}
		ev.Target = victimLand(ev.Source, ev.Target, ev.Location, code)
		ev.Source = r.doerLand(ev.Source, ev.Target, ev.Location, code)
		// (armed men of no state named as its agent were the group that
		// did the abduction it restates: "Al Qaeda ... a Kenyan employee
		// who was abducted ... He was seized by gunmen")
		if heldDoer != nil && ev.Source != nil && hasRole(ev.Source, []string{"UAF", "CRM"}) && len(ev.Source.Roles) == 1 && (ev.Source.Code == ev.Source.Country+ev.Source.Roles[0] || actors.CountryUnknown(ev.Source.Code)) && heldDoer.Code != ev.Source.Code && heldDoer.Entity != "" {
			a := *heldDoer
			a.Span, a.Head = ev.Source.Span, ev.Source.Head
			ev.Source = &a
		}
		ev.Source, ev.Target = r.relanded(ev.Source, ev.Location, s), r.relanded(ev.Target, ev.Location, s)
		src0, tgt0 := ev.Source, ev.Target
		ev.Source = r.placed(ev.Source, ev.Target, ev.Location, s)
		ev.Target = r.placed(ev.Target, ev.Source, ev.Location, s)
		ev.Source, ev.Target = unstoried(ev.Source, ev.Target, src0, tgt0)
		ev.Source = r.protestLeaders(si, ev.Source)
		// "Los maestros marcharon el lunes ... La protesta terminó en
		// enfrentamientos", "The CGT called a general strike ... The
		// strike paralysed the capital": a protest or strike named as a
		// noun with no maker of its own was made by the makers of the
		// story's latest protest or strike, told or called up to four
		// sentences before
		// (only what the earlier one did not tell: clashes it ended in,
		// or a strike called before that took place; "la protesta
		// terminó sin incidentes", "dijo que la huelga seguirá" restate it)
		// (a noun after a preposition is no subject: "temen pérdidas por
		// el paro"; clashes are told so: "ended in clashes")
		// (nor one whose code the clause changed: "la marcha terminó en
		// enfrentamientos" is told by its clashes)
		if ev.Source == nil && (p.Noun && code == p.Code && (code == violentProtest || !r.afterPrep(m.head, s)) || r.protestNounSubject(m, c)) && code[:2] == "14" && ev.Modality == doc.Asserted {
			ev.Source = r.protestMakers(si, 4, ev.Target, code)
		}
		// "Oposición anuncia protesta contra el gobierno paraguayo": an
		// opposition and the state it acts with or against are of one
		// country, so the side with none named takes the other's
		ev.Source, ev.Target = sameLandPair(ev.Source, ev.Target, code, !r.missionActor(ev.Source) && !r.missionActor(ev.Target))
		ev.Target = r.ownGovernment(ev.Source, ev.Target, code)
		ev.Target = r.perpetrators(si, ev.Source, ev.Target)
		ev.Source = r.doersAgain(si, ev.Source, ev.Target)
		ev.Target = nationals(ev.Source, ev.Target, code)
		if ev.Target == nil && ev.Source != nil && (code[:2] == "14" || code == threatenProtest) {
			ev.Target = r.protestAimBefore(si, ev.Source)
		}
		ev.Target = r.namedProtesters(si, ev.Source, ev.Target, code)
		// "Georgian Dream accused Western embassies": an agent of several
		// countries given the story's country would be the speaker itself;
		// it stays with none
		if ev.Source != nil && ev.Target != nil && ev.Source.Code == ev.Target.Code {
			switch {
			case tgt0 != nil && strings.HasPrefix(tgt0.Source, actors.SourceMulti):
				ev.Target = tgt0
			case src0 != nil && strings.HasPrefix(src0.Source, actors.SourceMulti):
				ev.Source = src0
			}
		}
		// "advirtió que Azerbaiyán responderá ...": a government does
		// not appeal to, demand of, criticise or threaten its own country;
		// the country read as the target is the speaker's (a clause's
		// subject)
		if ev.Source != nil && ev.Target != nil && ev.Source.Country != "" && len(ev.Source.Code) == 6 && ev.Source.Code[3:] == "GOV" && len(ev.Target.Code) == 3 && sameState(ev.Source, ev.Target) {
			switch code[:2] {
			case "02", "10", "11", "13":
				continue
			}
		}
		// "repartirá mantas entre las familias afectadas", "aid to the
		// families displaced": an offer, aid or cooperation (roots 03-08)
		// aimed at plain civilians qualified right after their mention by
		// a word of cue kind affected, stripped or expelled goes to whom
		// the story's latest such act by another party fell on
		if code[:2] >= "03" && code[:2] <= "08" && ev.Target != nil && len(ev.Target.Roles) == 1 && ev.Target.Roles[0] == "CVL" {
			if pre := r.affectedAfterMention(ev.Target, s); pre != nil {
				if t := r.latestHarmed(pre, ev.Source); t != nil {
					ev.Target = t
				}
			}
		}
		// "durante una visita a la ciudad fronteriza de Esquipulas": a
		// visit of a state's official to a place of its own country is a
		// trip at home, no visit between two parties
		if (code == "042" || code == "043") && ev.Source != nil && ev.Target != nil && ev.Target.Kind == "place" && sameState(ev.Source, ev.Target) {
			continue
		}
		// "ordenó el despliegue de la Guardia Civil estatal en Cotija",
		// "envió 800 soldados a Michoacán": forces moved to a place of
		// their own country are deployed at home, against no one named
		// (154, not military aid to another state)
		if (code[:2] == "15" || code == "072") && ev.Source != nil && ev.Target != nil && (ev.Target.Kind == "place" || ev.Target.Kind == "country") && len(ev.Target.Code) == 3 && sameLand(ev.Source, ev.Target.Code) {
			ev.Target = nil
			if code == "072" {
				code = "154"
				ev.Cameo = code
			}
		}
		// "her teams visited detainees", "visitó a los heridos": a visit to
		// people held or cared for (cue kind ward) is no visit between
		// two parties
		if (code == "042" || code == "043") && ev.Target != nil && r.wardMention(ev.Target, s) {
			continue
		}
		if ev.Source != nil && ev.Target != nil && oneParty(ev.Source, ev.Target) {
			// "miles de personas manifestaron, convocados por movimientos
			// pacifistas": a protest needs no target, so one that came out
			// the same as its source is dropped, not the protest
			if code[:2] != "14" || min > 1 {
				continue
			}
			ev.Target = nil
		}
		// "advirtió que llevará el asunto al Consejo de Seguridad",
		// "presentará una queja ante el Consejo de Seguridad": the body a
		// matter is brought before is the forum; the threat or complaint is
		// aimed at the party the speaker has just asked, accused or
		// condemned
		if (code[:2] == "13" || code == "114") && ev.Source != nil && ev.Target != nil && strings.HasPrefix(ev.Target.Code, "IGO") && r.forumOf(m, ev.Target) {
			if t := r.adversaryBefore(si, ev.Source); t != nil {
				ev.Target = t
			}
		}
		ev.Quantities = r.quantitiesIn(c)
		ev.Confidence = confidence(m, n)
		r.evs = append(r.evs, &cand{ev: ev, sent: si, head: m.head, noun: p.Noun, tollOf: clashAt,
			definite: p.Noun && detBefore && !r.isCue(kIndef, m.head-1), conj: conj != nil, own: relVerb >= 0 || ownPatient && conj.Cameo != code || pronTgt, patient: patient, rel: !p.Noun && (r.relClause(c) || r.opensWhere(c))})
		made = true
		// (a claim gives its doer to the attack at once, so that a
		// reaction told further on, "La ONU condenó el atentado" sentences
		// later, finds who did it; claimedAttack runs again at the end)
		if code == "015" {
			r.claimedAttack()
		}
		// "Iran seized the British tanker and its crew": people joined
		// to the vessel seized are detained with it (173) by the same
		// seizer
		if code == "1711" && ev.Source != nil && pr[1] != nil {
			if crew := r.seizedCrew(m, s, pr[1]); crew != nil {
				ev2 := ev
				ev2.Target, ev2.Cameo, ev2.ReportedBy = crew, "173", append([]doc.Reporter(nil), ev.ReportedBy...)
				ev2.Quantities = append(ev2.Quantities[:0:0], ev.Quantities...)
				r.evs = append(r.evs, &cand{ev: ev2, sent: si, head: m.head})
			}
		}
		// a visit, a hosting or any act of cooperation between two also
		// makes them the pair that "ambos" names next
		if (p.Sym || cooperative(code)) && ev.Source != nil && ev.Target != nil {
			r.lastSym, r.lastSymSent = [2]*doc.Actor{ev.Source, ev.Target}, si
		}
		// a mediation between two makes the two sides that pair ("medió
		// entre Caracas y Georgetown ... ambos gobiernos aceptaron")
		if code == "045" && ev.Target != nil && len(r.evs) > 1 {
			if o := r.evs[len(r.evs)-2]; o.sent == si && o.ev.Cameo == "045" && o.ev.Evidence.Trigger == ev.Evidence.Trigger && o.ev.Target != nil && !sameState(o.ev.Target, ev.Target) {
				r.lastSym, r.lastSymSent = [2]*doc.Actor{o.ev.Target, ev.Target}, si
			}
		}
	}
	return made
}

// placed gives an agent with no country ("los manifestantes", "REB") the
// country of the event: that of its location, else the one country of the
// sentence's places (not one inside the other party's mention: "militias
// attacked a US base" are no Americans), else the one country of all the
// article's places.
func (r *run) placed(a, other *doc.Actor, loc *doc.Place, s doc.Sentence) *doc.Actor {
	if a == nil || a.Country != "" || a.Code == "" || a.Kind == "place" || actors.CountryUnknown(a.Code) {
		return a // ("---UAF": gunmen whose country no one knows)
	}
	switch {
	case len(a.Code) >= 3 && (a.Code[:3] == "IGO" || a.Code[:3] == "NGO" || a.Code[:3] == "IMG" || a.Code[:3] == "MNC" || a.Code[:3] == "NGM"):
		return a
	}
	country := ""
	if loc != nil {
		country = loc.Country
	}
	if country == "" {
		country = r.oneCountryBut(r.d.Tokens[s.FirstTok].Start, r.d.Tokens[s.EndTok-1].End, r.partyCountries(r.d.Tokens[s.FirstTok].Start, r.d.Tokens[s.EndTok-1].End), other)
	}
	if country == "" {
		country = r.docCountry
		if country != "" && r.placeInside(other, country) {
			return a // the article's one country is the other party's, named in its mention only
		}
	}
	how := "+place:"
	if country == "" && r.storyCountry != "" {
		country, how = r.storyCountry, storyLand
	}
	if country == "" {
		return a
	}
	b := *a
	b.Code = country + a.Code
	b.Country = country
	b.Source = a.Source + how + country
	return &b
}

// storyLand marks in an actor's Source the country placed gave it from the
// article's actors, not from a place.
const storyLand = "+story:"

// unstoried undoes the story's country placed gave one side of a pair when
// it makes both sides one code ("Mitterrand welcomed South African leader
// de Klerk": the president with no country is no South African): the
// pair told apart is kept.
func unstoried(src, tgt, src0, tgt0 *doc.Actor) (*doc.Actor, *doc.Actor) {
	if src == nil || tgt == nil || src.Code != tgt.Code || src0 == nil || tgt0 == nil || src0.Code == tgt0.Code {
		return src, tgt
	}
	if strings.Contains(src.Source, storyLand) {
		src = src0
	}
	if strings.Contains(tgt.Source, storyLand) {
		tgt = tgt0
	}
	return src, tgt
}

// sameLandPair gives an opposition (OPP) or a state organ with no
// country the country of the other party when that party is a state organ
// or an opposition of a named country.
func sameLandPair(a, b *doc.Actor, code string, rad bool) (*doc.Actor, *doc.Actor) {
	if a == nil || b == nil || (a.Country == "") == (b.Country == "") {
		return a, b
	}
	opp := []string{"OPP"}
	// ... and so are an armed group rooted in a country and the people it
	// threatens, coerces or attacks ("guerrilleros de las FARC amenazaron a
	// los empleados de las empresas")
	armed := []string{"REB", "UAF"}
	force := code[:2] == "13" || code[:2] >= "17"
	// (radicals or fundamentalists with no country who protest against,
	// demand of or reject a state's body are its own: "Islamic
	// fundamentalists demanded the resignation of the Algerian president";
	// not a state's mission abroad: "Islamists protested outside the
	// Danish embassy")
	if !force && rad {
		opp = []string{"OPP", "RAD"}
	}
	if !(hasRole(a, opp) && hasRole(b, stateRoles) || hasRole(a, stateRoles) && hasRole(b, opp) ||
		force && (a.Country != "" && hasRole(a, armed) && len(b.Roles) > 0 || b.Country != "" && hasRole(b, armed) && len(a.Roles) > 0)) {
		return a, b
	}
	if a.Country == "" {
		return landed(a, b.Country), b
	}
	return a, landed(b, a.Country)
}

// ownGovernment: "Vietnamese fishermen said they would ask the government
// for escorts", after China's ministries were named: a government told in
// lower case only ("the government", "the authorities"), whose country the
// actors stage took from the context, is the own government of the
// non-state group of a country that appeals to, demands of, criticises,
// rejects, threatens or protests against it.
func (r *run) ownGovernment(src, tgt *doc.Actor, code string) *doc.Actor {
	if src == nil || tgt == nil || src.Country == "" || tgt.Country == "" || src.Country == tgt.Country ||
		hasRole(src, stateRoles) || len(src.Roles) == 0 || !hasRole(tgt, []string{"GOV"}) || tgt.End <= tgt.Start {
		return tgt
	}
	if t := r.d.RawText(tgt.Span); strings.ToLower(t) != t {
		return tgt
	}
	// (a foreign group's appeal to "the authorities" of the dateline's
	// country is to that country's: "BAMAKO — ... the German broadcaster
	// urged the authorities to reverse it")
	if r.dateline != nil && r.dateline.Country == tgt.Country && src.Country != tgt.Country {
		return tgt
	}
	switch code[:2] {
	case "02", "10", "11", "12", "13", "14":
	default:
		return tgt
	}
	return landed(unlanded(tgt), src.Country)
}

// perpetrators: "the perpetrators", "the attackers" (armed men told in
// lower case after "the", no country named in the mention) aimed at by a
// later act are whoever claimed the article's attack (015), else the
// non-state doer of its latest act of force, within eight sentences:
// "JNIM claimed responsibility for the attack ... The government vowed to
// hunt down the perpetrators".
func (r *run) perpetrators(si int, src, tgt *doc.Actor) *doc.Actor {
	if tgt == nil || src == nil || !hasRole(tgt, []string{"UAF"}) || tgt.End <= tgt.Start {
		return tgt
	}
	t := r.d.RawText(tgt.Span)
	if strings.ToLower(t) != t || !strings.HasPrefix(t, "the ") {
		return tgt
	}
	var doer *doc.Actor
	for cd := range r.recent(si, 8) {
		e := &cd.ev
		if e.Source == nil || e.Source.Code == src.Code || hasRole(e.Source, stateRoles) {
			continue
		}
		if e.Cameo == "015" {
			a := *e.Source
			return &a
		}
		if doer == nil && forceful(e.Cameo) && e.Modality == doc.Asserted {
			doer = e.Source
		}
	}
	if doer != nil {
		a := *doer
		return &a
	}
	return tgt
}

// doersAgain gives the source that names again, by a definite noun of
// armed or criminal doers in lower case ("the kidnappers", "the
// attackers", "the gunmen"), those of the latest act of force told as done
// in the eight sentences before or in its own, by armed or criminal men
// of no state: "Gunmen kidnapped two French engineers in Niger. The
// kidnappers demanded a ransom" NERUAF, not the victims' country the
// actors stage lent the mention ("los captores exigieron un rescate", "los
// secuestradores" likewise). Else src as it is.
func (r *run) doersAgain(si int, src, tgt *doc.Actor) *doc.Actor {
	if src == nil || !hasRole(src, []string{"UAF", "CRM"}) || src.End <= src.Start || strings.Contains(src.Source, "coref:") {
		return src
	}
	t := r.d.RawText(src.Span)
	lt := strings.ToLower(t)
	if len(t) < 5 || lt[1:] != t[1:] || !strings.HasPrefix(lt, "the ") && !strings.HasPrefix(lt, "los ") && !strings.HasPrefix(lt, "las ") {
		return src
	}
	for cd := range r.recent(si, 8) {
		e := &cd.ev
		if e.Source == nil || e.Modality != doc.Asserted || !forceful(e.Cameo) || e.Source.Start >= src.Start {
			continue
		}
		if !hasRole(e.Source, []string{"UAF", "CRM", "REB"}) || tgt != nil && e.Source.Code == tgt.Code {
			return src
		}
		a := *e.Source
		a.Span, a.Head = src.Span, src.Head
		return &a
	}
	return src
}

// victimLand gives the victims of an act of force, a counted group whose
// country the actors stage took from the actor before it (actors.
// SourceNear) when that actor is the attacker, the country where it
// happened, or none when no place is known: "Israeli troops killed five
// people in the West Bank" PSECVL, "milicianos palestinos mataron a 23
// personas en Jerusalén" ISRCVL, not ISRCVL and PSECVL.
func victimLand(src, tgt *doc.Actor, loc *doc.Place, code string) *doc.Actor {
	if tgt == nil || src == nil || !forceful(code) || !strings.HasPrefix(tgt.Source, actors.SourceNear) || tgt.Country == "" || tgt.Country != src.Country {
		return tgt
	}
	if loc != nil && loc.Country == tgt.Country {
		return tgt
	}
	b := *tgt
	b.Code = strings.TrimPrefix(tgt.Code, tgt.Country)
	b.Country = ""
	if loc != nil && loc.Country != "" {
		b.Code = loc.Country + b.Code
		b.Country = loc.Country
	}
	return &b
}

// doerLand gives armed or criminal men of no state (UAF, CRM) who did an
// act of force, whose country the actors stage took from the actors near
// them or the story (the mention names none) and that is their victims',
// the country where it happened when another: "A
// French engineer was kidnapped in Niger. He was seized by gunmen" NERUAF,
// not FRAUAF.
func (r *run) doerLand(src, tgt *doc.Actor, loc *doc.Place, code string) *doc.Actor {
	if src == nil || tgt == nil || loc == nil || loc.Country == "" || !forceful(code) || src.Country == "" || src.Country != tgt.Country || loc.Country == src.Country ||
		!hasRole(src, []string{"UAF", "CRM"}) || len(src.Roles) != 1 || src.Code != src.Country+src.Roles[0] || src.End <= src.Start || src.Head.End != src.End || src.Head.Start < src.Start {
		return src
	}
	// (a country adjective before the head names theirs: "French gunmen")
	if pre := r.d.RawText(doc.Span{Start: src.Start, End: src.Head.Start}); strings.ToLower(pre) != pre {
		return src
	}
	b := *src
	b.Code, b.Country = loc.Country+src.Roles[0], loc.Country
	return &b
}

// relanded gives the doers a relational adjective names, whose country
// the actors stage inherited from the context (actors.SourceInherited),
// the country of the event's place when one is known, else of the one
// country its sentence names: "una huelga magisterial paralizó Lyon" in a
// story that named Algeria first is FRAEDU.
func (r *run) relanded(a *doc.Actor, loc *doc.Place, s doc.Sentence) *doc.Actor {
	if a == nil || a.Country == "" || !strings.HasPrefix(a.Source, actors.SourceInherited) {
		return a
	}
	c := ""
	if loc != nil {
		c = loc.Country
	}
	if c == "" {
		c = r.oneCountry(r.d.Tokens[s.FirstTok].Start, r.d.Tokens[s.EndTok-1].End)
	}
	if c == "" || c == a.Country {
		return a
	}
	b := *a
	b.Code = c + strings.TrimPrefix(a.Code, a.Country)
	b.Country = c
	return &b
}

// landed returns a copy of actor a with country c put before its code.
func landed(a *doc.Actor, c string) *doc.Actor {
	if a.Code == "" || actors.CountryUnknown(a.Code) || len(a.Code) >= 3 && (a.Code[:3] == "IGO" || a.Code[:3] == "NGO" || a.Code[:3] == "NGM" || a.Code[:3] == "IMG") {
		return a
	}
	b := *a
	b.Code = c + a.Code
	b.Country = c
	b.Source = a.Source + "+party:" + c
	return &b
}

// unlanded returns a copy of a without its country: its roles alone
// ("ARMGOV" -> "GOV"); a itself when its code does not begin with it.
func unlanded(a *doc.Actor) *doc.Actor {
	if a.Country == "" || len(a.Code) <= len(a.Country) || !strings.HasPrefix(a.Code, a.Country) {
		return a
	}
	b := *a
	b.Code = a.Code[len(a.Country):]
	b.Country = ""
	return &b
}

// stateSide is the party that a diplomatic act (statement, appeal,
// consultation, demand, rejection, threat: the roots of statehood)
// addressed to "the two sides" reaches when that side is a state's
// military: its government ("llamó a las dos partes a la contención"
// after a clash of two armies); any other side as it is.
func stateSide(a *doc.Actor, code string) *doc.Actor {
	if a == nil || a.Country == "" || a.Code != a.Country+"MIL" {
		return a
	}
	switch code[:2] {
	case "01", "02", "03", "04", "05", "06", "08", "10", "12", "13", "16":
	default:
		return a
	}
	return governmentOf(a, "+state")
}

// statehood gives a country named as a party of a diplomatic act its
// government ("pidió a Estados Unidos y Francia que ...", "Qatar mediated
// the talks", "Bolivia suspendió la cooperación con Perú" -> USAGOV,
// QATGOV, PERGOV): talks, statements, appeals, cooperation, concessions,
// demands, criticism and accusations, rejections, threats and cuts in
// relations (roots 01-06, 08, 10-13, 16) are acts of states ("acusó a
// Pakistán", "criticised China" aim at its government), and so is closing
// borders or crossings on a country (191, "ordered all border checkpoints
// with Cambodia closed"). A country that humanitarian aid is promised to
// (0333) is the country it reaches, while economic or military aid,
// observers or aid of no kind promised to a country (0331, 0332, 0334,
// 033: "a credit line for Bangladesh") go to its state; other material
// acts and force leave the country as named ("Russia attacked Ukraine").
// A country's name standing as the place of the party ("llamó a
// consultas a su embajador en Perú") counts, and so does a country's
// thing that stands for it, an agent with no role ("tariffs on Canadian
// canola oil" aim at Canada's government). A country
// that acts by a decision of its state acts as its government: one that
// grants asylum, sends relief or economic aid or peacekeepers (071, 073-075:
// "Germany granted asylum", "Colombia envió 40 toneladas de alimentos"),
// puts its forces on alert or deploys them (151-154: "Poland said it would
// send 2,000 soldiers to its border") or coerces (17: "Iran withdrew the
// accreditation"); help in general and military aid (070, 072: "North
// Korea sent troops to Russia") and a show of force (150) leave the doer
// as named, and the country such acts reach stays as named.
func (r *run) statehood(a *doc.Actor, code string, target bool) *doc.Actor {
	if !r.stateReads(a, code, target) {
		return a
	}
	b := *a
	b.Code = a.Code + "GOV"
	b.Roles = append([]string{"GOV"}, a.Roles...)
	b.Source = a.Source + "+state"
	return &b
}

// stateCode is code(r.statehood(a, code, target)) without the copy.
func (r *run) stateCode(a *doc.Actor, code string, target bool) string {
	if a == nil {
		return ""
	}
	if !r.stateReads(a, code, target) {
		return a.Code
	}
	return a.Code + "GOV"
}

// stateReads reports whether statehood reads a as its country's state.
func (r *run) stateReads(a *doc.Actor, code string, target bool) bool {
	if a == nil || len(a.Code) != 3 || a.Code != a.Country || a.Kind != "country" && !(a.Kind == "place" && r.countryPlace(a.Span)) && !(a.Kind == "agent" && len(a.Roles) == 0) {
		return false
	}
	if strings.HasPrefix(a.Source, actors.SourcePeople) {
		return false // "los serbios reclamaron": a country's people, not its state
	}
	switch code[:2] {
	case "01", "02", "03", "04", "05", "06", "08", "10", "11", "12", "13", "16":
	case "19":
		if !strings.HasPrefix(code, "191") {
			return false
		}
	case "07", "15", "17":
		if target || code == "070" || code == "072" || code == "150" {
			return false
		}
	default:
		return false
	}
	return !(target && code == "0333")
}

// countryPlace reports a place at span sp that is a whole country.
func (r *run) countryPlace(sp doc.Span) bool {
	for i := range r.d.Places {
		if p := &r.d.Places[i]; p.Span == sp {
			return p.Feature == "PCLI"
		}
	}
	return false
}

// partyCountries returns the mentions between lo and hi that name a whole
// country as a party, not as a place (an actor of kind country whose span
// a place of feature PCLI shares, after a preposition that may introduce
// a target: "su anexión con Bolivia", "protestan contra Irak"): the
// country an act is about or aimed at is no clue to the nationality of
// those who act.
func (r *run) partyCountries(lo, hi int) []*doc.Actor {
	var out []*doc.Actor
	for i := range r.d.Actors {
		a := &r.d.Actors[i]
		if a.Start < lo || a.End > hi || a.Kind != "country" || !r.countryPlace(a.Span) {
			continue
		}
		// (after a preposition of a party: "con", "contra", "a", "hacia";
		// not of a place, "en", nor of whose, "de": "los obreros de
		// Panamá", "las provincias del Ecuador")
		t := r.d.TokenAt(a.Start)
		if t <= 0 || !r.word(t-1) || !r.isCue(kTgt, t-1) || r.isCue(kLoc, t-1) || r.info[t-1].foldIs(kGenitive) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// oneCountryBut is oneCountry without the places whose spans the
// mentions of parties share.
func (r *run) oneCountryBut(lo, hi int, parties []*doc.Actor, skip ...*doc.Actor) string {
	c := ""
	for i := range r.d.Places {
		p := &r.d.Places[i]
		if p.Start < lo || p.End > hi || p.Country == "" || hyphenated(r.d.Text, p.End) || r.missionPlace(p) || r.modifierPlace(p, skip) {
			continue
		}
		party := false
		for _, a := range parties {
			if a.Span == p.Span {
				party = true
			}
		}
		if party {
			continue
		}
		if c != "" && c != p.Country {
			return ""
		}
		c = p.Country
	}
	return c
}

// oneCountry returns the country of the places inside [lo, hi) when they
// all share one, else "".
func (r *run) oneCountry(lo, hi int, skip ...*doc.Actor) string {
	c := ""
	for i := range r.d.Places {
		p := &r.d.Places[i]
		if p.Start < lo || p.End > hi || p.Country == "" || hyphenated(r.d.Text, p.End) || r.missionPlace(p) || r.modifierPlace(p, skip) {
			continue
		}
		if c != "" && c != p.Country {
			return ""
		}
		c = p.Country
	}
	return c
}

// placeInside reports a place of country c that qualifies the noun after
// it within or right after the mention of actor a (modifierPlace).
func (r *run) placeInside(a *doc.Actor, c string) bool {
	for i := range r.d.Places {
		if p := &r.d.Places[i]; p.Country == c && r.modifierPlace(p, []*doc.Actor{a}) {
			return true
		}
	}
	return false
}

// modifierPlace reports a place within the mention of one of the actors
// that qualifies a lower-case noun right after it ("a US base", "the US
// embassy"): it names whose the thing is, not where the event happens
// ("the university of Colombia" does).
func (r *run) modifierPlace(p *doc.Place, as []*doc.Actor) bool {
	in := false
	for _, a := range as {
		if a != nil && a.End > a.Start && p.Start >= a.Start && p.End <= a.End {
			in = true
		}
	}
	if !in {
		return false
	}
	t := r.d.TokenAt(p.End-1) + 1
	if t <= 0 || t >= len(r.d.Tokens) || !r.word(t) || r.info[t].function || r.d.Tokens[t].Cap || r.d.Tokens[t].Sent != r.d.Tokens[t-1].Sent {
		return false
	}
	// (a verb after it is the clause's: "the north of Chile began")
	for _, an := range r.info[t].an {
		if an.Verb || r.lx.verbs[an.Lemma] {
			return false
		}
	}
	return true
}

// hyphenated reports a place glued by a hyphen to the word after it, a
// compound modifier ("a UK-based group", "Paris-born"): it tells where
// someone is from or based, not where the sentence's events happen.
func hyphenated(text string, end int) bool {
	return end+1 < len(text) && text[end] == '-' && (text[end+1] >= 'a' && text[end+1] <= 'z' || text[end+1] >= 'A' && text[end+1] <= 'Z')
}

// region is the part of the trigger's clause that its date and place are
// looked for in: from the previous trigger to the next one.
func (r *run) region(m match, c clause) clause {
	reg := c
	in := func(t int) bool {
		for _, x := range m.toks {
			if x == t {
				return true
			}
		}
		return false
	}
	for _, h := range r.heads {
		// (nor does a protest that qualifies people, "arrested striking
		// drivers on Monday": the day is the arrest's)
		if h < c.start || h >= c.end || in(h) || r.placeNoun(h, c) || r.partyStateAt(h) {
			continue
		}
		if h < m.head && h+1 > reg.start {
			reg.start = h + 1
		}
		if h > m.toks[len(m.toks)-1] && h < reg.end {
			reg.end = h
		}
	}
	// "killed 34 civilians in an attack on a village near X on Tuesday",
	// "detenidos durante una protesta en la plaza el lunes": a nominal
	// event framing the act tells its circumstances; its place and time
	// are the act's, up to the trigger after it
	for reg.end < c.end && r.framingNoun(reg.end, c) {
		next := c.end
		for _, h := range r.heads {
			if h > reg.end && h < next && !r.placeNoun(h, c) {
				next = h
			}
		}
		reg.end = next
	}
	return reg
}

// framingNoun reports a nominal event at token h governed by a locative
// or framing preposition right before it, past one determiner ("in an
// attack", "durante una marcha", "amid protests").
func (r *run) framingNoun(h int, c clause) bool {
	j := h - 1
	// (past one or two lower-case modifiers before the noun: "at a flag
	// meeting", "in a deadly attack")
	for n := 0; n < 2 && j > c.start+1 && r.word(j) && !r.d.Tokens[j].Cap && !r.info[j].function && !r.inActor(j) && !r.timeTok[j] && !r.isCue(kDet, j) && !r.info[j].foldIs(kPrep) && !r.verbAt(j); n++ {
		j--
	}
	if j > c.start && r.word(j) && r.isCue(kDet, j) && !r.inActor(j) {
		j--
	}
	if j < c.start || !r.word(j) || !(r.info[j].foldIs(kLoc) || r.isCue(kFrame, j)) {
		return false
	}
	for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, h, c.end) {
		if mm.p.Noun {
			return true
		}
	}
	return false
}

// placeNoun reports a trigger word of a verb pattern standing as a noun
// right after a locative preposition and a determiner ("rioted in a jail
// in Israel", "at this jail"): a place where, no act, so no bound of
// another trigger's region; a nominal event there ("in an attack") stays
// one.
func (r *run) placeNoun(h int, c clause) bool {
	if h-2 < c.start || !r.word(h-1) || !r.isCue(kDet, h-1) || r.inActor(h-1) || !r.word(h-2) || !r.info[h-2].foldIs(kLoc) {
		return false
	}
	for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, h, c.end) {
		if mm.p.Noun {
			return false
		}
	}
	return true
}

// placeRegion widens the region to the end of the clause when the
// trigger's object is itself a nominal event ("repeler una incursión ...
// en Kursk"): the place of the object is the place of the act.
func (r *run) placeRegion(m match, reg, c clause) clause {
	if reg.end >= c.end || reg.end-m.end > 2 {
		return reg
	}
	for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, reg.end, c.end) {
		if mm.p.Noun {
			reg.end = c.end
			break
		}
	}
	return reg
}

// personalObject reports a group governed by a personal "a" right after
// the trigger ("enviar a miles de trabajadores"): what is sent, not where.
func (r *run) personalObject(m match, g *group) bool {
	j := r.governorIndex(g.start, m.head+1)
	if j <= 0 || !r.info[j].foldIs(kPersonal) {
		return false
	}
	// the word before the "a" must be a verb of the pattern
	for k, t := range m.toks {
		if t != j-1 {
			continue
		}
		// a multi-word alternative ("ayuda económica") matches more
		// tokens than the pattern has positions: past them, any
		// alternative may be the word's
		positions := m.p.Toks
		if k < len(positions) {
			positions = positions[k : k+1]
		}
		for _, alts := range positions {
			for _, alt := range alts {
				if _, v := r.info[t].formOf(alt); v {
					return true
				}
			}
		}
	}
	return false
}

// governorIndex is the token of governor's answer, or -1.
func (r *run) governorIndex(i, lo int) int {
	first := -1
	for j := i - 1; j >= lo; j-- {
		if !r.word(j) || !r.info[j].foldIs(kPrep) || r.quantityWord(j, i) || r.adverbAt(j, i) || r.postBefore(j, i) {
			continue
		}
		if first < 0 {
			first = j
		}
		if !r.info[j].foldIs(kGenitive) {
			return j
		}
	}
	return first
}

// wayDestination reports a group of places governed by a preposition
// (not of an agent, of opposition nor of whose: "las carreteras de
// Bolivia" are the country's) right after a word of a road or
// route (cue kind way) at or after lo: "la carretera a Pristina y
// Macedonia", "la ruta entre Quito y Guayaquil", "the road to Kabul" name
// where the road leads, no party to what is done on it.
func (r *run) wayDestination(g *group, lo int) bool {
	j := r.governorIndex(g.start, lo)
	if j < 1 || j-1 < lo-1 || !r.word(j-1) || !r.isCue(kWay, j-1) || r.isCue(kAgent, j) || r.isCue(kAgainst, j) || r.info[j].foldIs(kGenitive) || len(g.acts) == 0 {
		return false
	}
	for _, ai := range g.acts {
		if !r.placeMention(&r.d.Actors[ai]) {
			return false
		}
	}
	return true
}

// placeMention reports an actor whose mention is a place's name.
func (r *run) placeMention(a *doc.Actor) bool {
	for i := range r.d.Places {
		if r.d.Places[i].Span == a.Span {
			return true
		}
	}
	return false
}

// postBefore reports a locative preposition at j that names, after a
// country's name, the country where an office is held, right before the
// comma that opens the holder's name at i: "(criticaron al) embajador de
// Francia en Chile, Jean Dupont", "the ambassador of France in Chile,
// Jean Dupont" (the name is the title's, governed by what governs it).
func (r *run) postBefore(j, i int) bool {
	if i < 2 || j < 1 || i-1 <= j+1 || r.d.Tokens[i-1].Text != "," || !r.isCue(kLoc, j) || !r.d.Tokens[j-1].Cap {
		return false
	}
	lo, hi := r.d.Tokens[j+1].Start, r.d.Tokens[i-2].End
	before, post := false, false
	for k := range r.d.Places {
		p := &r.d.Places[k]
		if p.Start >= lo && p.Start <= r.d.Tokens[j+2].Start && p.End == hi && p.Country != "" {
			post = true
		}
		if p.End == r.d.Tokens[j-1].End && p.Feature == "PCLI" {
			before = true
		}
	}
	return before && post
}

// objectRightAfter reports whether group g opens the direct object of the
// match's last word: right after it past determiners ("struck the U.S.
// embassy"), or as the genitive complement of the object's head noun
// ("alcanzó la base del ejército de Malí"), two content words at most.
func (r *run) objectRightAfter(m match, g *group) bool {
	if g.start < m.end {
		return false
	}
	content := 0
	for j := m.end; j < g.start; j++ {
		switch {
		case !r.word(j):
			return false
		case r.isCue(kDet, j):
		case r.info[j].foldIs(kGenitive):
		case r.info[j].function || r.info[j].foldIs(kPrep) || r.finiteVerb(j):
			return false
		default:
			content++
		}
	}
	return content <= 2
}

// adverbAt reports whether the preposition at j opens an adverbial set
// phrase ending before i ("denunció en especial un proyecto del gobierno",
// "criticized in particular the plan of the ministry"): it governs no
// group after it.
func (r *run) adverbAt(j, i int) bool {
	e, ok := r.lx.cueAt(r.info, j, i, kAdverb)
	return ok && e <= i
}

// subjectWordBefore reports whether the word right before the trigger (past
// a clitic or a negation) is a content word of its clause that can end a
// subject: a name or noun, not a verb, a time, a function word or the
// sentence's start ("Jiménez acusó", "el oficial acusó"; not "Criticaron",
// "y condena", "que acusó").
func (r *run) subjectWordBefore(m match, c clause) bool {
	j := m.head - 1
	for j > c.start && r.word(j) && (r.isCue(kReflexive, j) || r.isCue(kNegation, j) || r.isCue(kConjSkip, j)) {
		j--
	}
	if j < c.start || j >= m.head || !r.word(j) || strings.HasSuffix(r.info[j].fold, "mente") {
		return false
	}
	// a sentence's first word is a name only when the lexicon knows no
	// reading of it ("Jiménez acusó"; not "También acusó")
	if j == r.curFirst && len(r.info[j].an) > 0 {
		return false
	}
	return !r.info[j].function && !r.timeTok[j] && !r.finiteVerb(j) && !r.inActor(j) &&
		!r.isCue(kCoord, j) && !r.isCue(kClause, j)
}

// nameRightBefore reports a name right before the trigger (past adverbs
// in -mente) that no actor holds: a capitalised word inside the sentence,
// or the closing parenthesis of an acronym ("la Sociedad Interamericana
// de Prensa (SIP) protestó").
func (r *run) nameRightBefore(m match, c clause) bool {
	j := m.head - 1
	for j > c.start && r.word(j) && r.mannerAdverb(j) {
		j--
	}
	if j <= r.curFirst || j < c.start || r.inActor(j) {
		return false
	}
	if r.d.Tokens[j].Text == ")" {
		return true
	}
	return r.word(j) && r.d.Tokens[j].Cap
}

// authority reports an actor that complaints are lodged with: a
// government, a court, a legislature or an international organisation.
func (r *run) authority(a *doc.Actor) bool {
	return strings.HasPrefix(a.Code, "IGO") || hasRole(a, []string{"GOV", "JUD", "LEG"})
}

// loneNameBefore reports a capitalised word right before the trigger
// that follows no other capitalised word nor a genitive ("Molina
// denunció", "el mismo Debré criticó"; not "la Secretaría de Educación de
// Antioquia denunció"): a person's surname.
func (r *run) loneNameBefore(m match) bool {
	j := m.head - 1
	if j < 0 || !r.word(j) || !r.d.Tokens[j].Cap {
		return false
	}
	k := j - 1
	if k < r.curFirst || !r.word(k) {
		return true
	}
	return !r.d.Tokens[k].Cap && !r.info[k].foldIs(kGenitive)
}

// objectRelativeAntecedent returns the group that an object relative
// right before the trigger refers to ("el alcalde, al que acusaban"):
// the one ending just before the personal preposition, past a comma.
func (r *run) objectRelativeAntecedent(m match, c clause, gs []*group) *group {
	if !r.objectRelativeBefore(m, c) {
		return nil
	}
	k := m.head - 1
	for k > 0 && !(r.word(k) && r.isCue(kPersonal, k)) {
		k--
	}
	for _, g := range gs {
		if g.end <= k && k-g.end <= 1 && (g.end == k || !r.word(g.end)) {
			return g
		}
	}
	return nil
}

// infinitiveBetween reports an infinitive among the tokens [a, b).
func (r *run) infinitiveBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if r.word(j) && r.hasForm(j, morph.Inf) {
			return true
		}
	}
	return false
}

// objectRelativeBefore reports a relative pronoun governed by the personal
// preposition right before the trigger ("al que acusaban", "a quien
// critican"): the clause's object is its antecedent and it names no
// subject.
func (r *run) objectRelativeBefore(m match, c clause) bool {
	j := m.head - 1
	for j > c.start && r.word(j) && (r.isCue(kReflexive, j) || r.isCue(kNegation, j) || r.isCue(kConjSkip, j)) {
		j--
	}
	if j < 1 || !r.word(j) || !r.isCue(kRelPron, j) {
		return false
	}
	k := j - 1
	if r.word(k) && r.isCue(kDet, k) && !r.isCue(kPersonal, k) {
		k-- // "a la que"
	}
	return r.word(k) && r.isCue(kPersonal, k)
}

// nounObjectAfter reports whether the trigger's direct object is a noun
// phrase in its clause (past an adverb in -mente or a focusing adverb): a
// determiner or a word that is no function word, verb or clause opener
// right after it; not a clause ("denunció que ...") nor a preposition.
func (r *run) nounObjectAfter(m match, c clause) bool {
	j := m.end
	// (past a time told right after the verb: "condenó el martes por la
	// noche el atentado", "condemned on Monday the attack")
	for j < c.end && r.word(j) && (r.timeTok[j] || strings.HasSuffix(r.info[j].fold, "mente") || r.adverbAt(j, c.end)) {
		if r.timeTok[j] {
			j++
			continue
		}
		if e, ok := r.lx.cueAt(r.info, j, c.end, kAdverb); ok {
			j = e
		} else {
			j++
		}
	}
	// (past an opening quotation mark, when what is quoted names an act
	// of protest or force: 'condemned "this reckless attack"'; not a
	// state of things, 'para denunciar "el creciente desempleo"')
	if j+1 < c.end && !r.word(j) && quoteMark(r.d.Tokens[j].Text) {
		for k := j + 1; k < c.end && k <= j+4 && r.word(k); k++ {
			for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, k, c.end) {
				if mm.p.Noun && mm.p.Code[:2] >= "14" {
					return true
				}
			}
		}
		return false
	}
	if j >= c.end || !r.word(j) || r.timeTok[j] {
		return false
	}
	if r.isCue(kDet, j) {
		return j+1 < c.end && !r.timeTok[j+1] // "denunció el jueves": a time, no object
	}
	return !r.info[j].function && !r.finiteVerb(j) && !r.isCue(kClause, j) && !r.inActor(j)
}

// patientAfter reports whether a verb's direct object follows it in its
// clause: a noun phrase (nounObjectAfter) or one after the personal
// preposition ("hirieron a un niño", "a dos policías").
func (r *run) patientAfter(m match, c clause) bool {
	if r.nounObjectAfter(m, c) {
		return true
	}
	j := m.end
	if j+1 >= c.end || !r.word(j) || !r.info[j].foldIs(kPersonal) || r.timeTok[j+1] {
		return false
	}
	return r.d.Tokens[j+1].Kind == doc.Number || r.word(j+1) && (r.isCue(kDet, j+1) || !r.info[j+1].function && !r.finiteVerb(j+1) && !r.isCue(kClause, j+1))
}

// namedPatientBefore reports whether a passive's patient right before it
// (past its auxiliary, a negation, a clitic or an adverb in -mente) is a
// name ("Aghajari fue condenado"): a person, not an act or a proposal.
func (r *run) namedPatientBefore(m match, s doc.Sentence) bool {
	j := m.head - 1
	for j > s.FirstTok && r.word(j) && (r.isCue(kPassive, j) || r.isCue(kNegation, j) || r.isCue(kReflexive, j) || r.isCue(kConjSkip, j) || strings.HasSuffix(r.info[j].fold, "mente")) {
		j--
	}
	// (a sentence's first word is a name when the lexicon knows no
	// reading of it)
	return j >= s.FirstTok && r.word(j) && r.d.Tokens[j].Cap && (j > s.FirstTok || len(r.info[j].an) == 0)
}

// auxBefore reports the auxiliary of a compound tense (cue kind perfect:
// "haber") within the three words before the trigger in its clause: not a
// participle that qualifies a noun.
func (r *run) auxBefore(m match, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-3; j-- {
		if !r.word(j) {
			return false
		}
		if r.isCue(kPerfect, j) {
			return true
		}
	}
	return false
}

// eventAuxBefore reports a passive auxiliary that tells an event, not a
// state, right before the trigger, past adverbs in -mente ("fue muerto",
// "resultaron muertos", not "estaba muerto" nor "fue hallado muerto").
func (r *run) eventAuxBefore(m match, c clause) bool {
	j := m.head - 1
	for j >= c.start && r.word(j) && strings.HasSuffix(r.info[j].fold, "mente") {
		j--
	}
	return j >= c.start && r.word(j) && r.isCue(kPassive, j) && !r.isCue(kStative, j)
}

// eventAuxBeforeAdv is eventAuxBefore past adverbs of manner in either
// language ("fue duramente criticada", "was sharply criticised", "has
// been widely criticized").
func (r *run) eventAuxBeforeAdv(m match, c clause) bool {
	j := m.head - 1
	for j >= c.start && r.word(j) && r.mannerAdverb(j) {
		j--
	}
	return j >= c.start && r.word(j) && r.isCue(kPassive, j) && !r.isCue(kStative, j)
}

// pronounPatientBefore reports a subject pronoun right before a passive's
// auxiliaries ("he was condemned", "they have been criticized"): a
// person, not an act.
func (r *run) pronounPatientBefore(m match, s doc.Sentence) bool {
	j := m.head - 1
	for j > s.FirstTok && r.word(j) && (r.mannerAdverb(j) || r.isCue(kPassive, j) || r.isCue(kAux, j) || r.isCue(kPerfect, j) || r.isCue(kNegation, j)) {
		j--
	}
	return j >= s.FirstTok && r.word(j) && r.isCue(kSubjPron, j)
}

// bareCountPatient reports a passive's subject that is a bare count after
// an article, right before the passive's auxiliaries and opening the
// sentence ("The two were detained", "the three have been charged"): the
// people the story told of last, named by their number alone.
func (r *run) bareCountPatient(m match, s doc.Sentence) bool {
	j := m.head - 1
	for j > s.FirstTok && r.word(j) && (r.mannerAdverb(j) || r.isCue(kPassive, j) || r.isCue(kAux, j) || r.isCue(kPerfect, j)) {
		j--
	}
	if j == m.head-1 || !r.word(j) || !r.countWord(j) || r.inActor(j) || r.qtyTok[j] && !r.lx.numbers[r.info[j].fold] {
		return false
	}
	return j-1 == s.FirstTok && r.word(j-1) && r.isCue(kDet, j-1)
}

// bareCountSubject reports a count word opening the trigger's clause
// right before the verb, past function words only ("Thousands marched",
// "about 5,000 marched", "cientos marcharon"): a crowd named by its size
// alone.
func (r *run) bareCountSubject(m match, c clause) bool {
	j := m.head - 1
	for j > c.start && r.word(j) && r.mannerAdverb(j) {
		j--
	}
	if j < c.start || !r.countWord(j) || r.inActor(j) {
		return false
	}
	for k := j - 1; k >= c.start; k-- {
		if !r.countWord(k) && !(r.word(k) && r.info[k].function) {
			return false
		}
	}
	return true
}

// elidedCountPatient is the actor group a bare count elides, for a
// passive whose subject is that count right after a coordinator ("One
// pirate was killed and six were detained"): the latest group
// of its sentence before the count that opens with a count word itself;
// nil if none.
func (r *run) elidedCountPatient(m match, gs []*group, s doc.Sentence) *group {
	j := m.head - 1
	for j > s.FirstTok && r.word(j) && (r.isCue(kPassive, j) || r.isCue(kAux, j) || r.mannerAdverb(j)) {
		j--
	}
	if j <= s.FirstTok || j == m.head-1 || !r.countWord(j) || r.inActor(j) {
		return nil
	}
	if !r.word(j-1) || !r.isCue(kCoord, j-1) {
		return nil
	}
	var best *group
	for _, g := range gs {
		if g.end <= j-1 && g.start >= s.FirstTok && len(g.acts) > 0 && !g.reporter {
			k := g.start
			for k < g.end && r.word(k) && r.isCue(kDet, k) {
				k++
			}
			if k > s.FirstTok && r.countWord(k-1) || r.countWord(k) {
				best = g
			}
		}
	}
	return best
}

// whoPatientBefore reports a relative pronoun of persons (cue kind
// whopron) right before a passive's one auxiliary ("quien fue detenido",
// "who was arrested"): the patient is someone (not past a perfect, "who
// had been arrested months ago", which recalls the background).
func (r *run) whoPatientBefore(m match, s doc.Sentence) bool {
	j := m.head - 1
	for j > s.FirstTok && r.word(j) && r.mannerAdverb(j) {
		j--
	}
	if j <= s.FirstTok || !r.word(j) || !r.isCue(kPassive, j) || r.isCue(kPerfect, j) {
		return false
	}
	return r.word(j-1) && r.isCue(kWhoPron, j-1)
}

// someonePatient reports, for a passive at m, "un"/"una" and a noun of
// cue kind someone as its subject, before the auxiliary (past up to eight
// words of its phrase: "Una persona de 23 años de edad resultó herida",
// not past a finite verb or a relative pronoun) and not the complement of
// a preposition, or right after the participle ("fue asesinado un
// hombre").
func (r *run) someonePatient(m match, s doc.Sentence) bool {
	one := func(j int) bool {
		if j+1 >= s.EndTok || !r.word(j) || !r.word(j+1) || !r.isCue(kSomeone, j+1) {
			return false
		}
		f := r.info[j].fold
		return f == "un" || f == "una"
	}
	if one(m.end) {
		return true
	}
	j := m.head - 1
	for j > s.FirstTok && r.word(j) && (r.mannerAdverb(j) || r.isCue(kPassive, j)) {
		j--
	}
	for n := 0; j >= s.FirstTok && n < 8; j, n = j-1, n+1 {
		if r.d.Tokens[j].Kind == doc.Punct && r.d.Tokens[j].Text != "," {
			return false
		}
		if r.word(j) && (r.finiteVerb(j) || r.isCue(kRelPron, j)) {
			return false
		}
		if one(j) {
			return j == s.FirstTok || !r.word(j-1) || !(r.isCue(kPrep, j-1) || r.info[j-1].fold == "de")
		}
	}
	return false
}

// personalObjectAfter reports the personal "a" (or "al") and a word
// after it that is no infinitive ("los obligan a subir"), within four
// tokens of the trigger, in its clause ("detienen en Nápoles al hijo de
// ...").
func (r *run) personalObjectAfter(m match, c clause) bool {
	for j := m.end; j+1 < c.end && j <= m.end+3; j++ {
		if !r.word(j) {
			return false
		}
		if r.finiteVerb(j) && !r.info[j].function {
			return false
		}
		if r.isCue(kPersonal, j) && r.word(j+1) && !r.info[j+1].function && !r.hasForm(j+1, morph.Inf) {
			return true
		}
		if r.isCue(kPersonal, j) && (r.info[j+1].fold == "un" || r.info[j+1].fold == "una" || r.info[j+1].fold == "su" || r.info[j+1].fold == "sus") {
			return true
		}
	}
	return false
}

// someoneObject reports the personal "a" and one unnamed person ("a un
// hombre", "a una persona": "un"/"una" and a noun of cue kind someone)
// after the trigger in its clause, past up to eleven words that are no
// finite verb nor a coordinating conjunction ("asesinaron de dos impactos
// de bala a un hombre"; not "retuvieron dos autobuses y golpearon a una
// persona", whose object is the second verb's).
func (r *run) someoneObject(m match, c clause) bool {
	for j, n := m.end, 0; j+2 < c.end && n < 12; j, n = j+1, n+1 {
		if !r.word(j) {
			if r.d.Tokens[j].Text == "," {
				continue
			}
			return false
		}
		if r.finiteVerb(j) && !r.info[j].function || r.isCue(kCoord, j) {
			return false
		}
		if r.isCue(kPersonal, j) && r.info[j].fold == "a" && r.word(j+1) && r.word(j+2) && r.isCue(kSomeone, j+2) {
			f := r.info[j+1].fold
			return f == "un" || f == "una"
		}
	}
	return false
}

// mannerAdverb reports an adverb of manner by its ending: Spanish "-mente"
// ("enérgicamente"), English "-ly" ("strongly").
func (r *run) mannerAdverb(j int) bool {
	f := r.info[j].fold
	if r.d.Lang == "en" {
		return len(f) > 4 && strings.HasSuffix(f, "ly")
	}
	return strings.HasSuffix(f, "mente")
}

// finiteVerb reports whether token i reads as a finite verb.
func (r *run) finiteVerb(i int) bool {
	for _, a := range r.info[i].an {
		if a.Verb && isFinite(a.Form) {
			return true
		}
	}
	return false
}

func sameCountry(a *doc.Actor, p *doc.Place) bool {
	return a != nil && a.Country != "" && a.Country == p.Country
}

// subjectAct reports whether the nominal event m lies inside an actor's
// mention that a finite verb beginning an event pattern follows right
// after ("Russian bombing killed ...", "Israeli shelling wounded ...").
func (r *run) subjectAct(m match, gs []*group) bool {
	for _, g := range gs {
		if g.start > m.head || g.end <= m.head || g.reporter {
			continue
		}
		j := g.end
		if j >= len(r.info) || !r.word(j) || !r.info[j].patStart {
			return false
		}
		for _, a := range r.info[j].an {
			if a.Verb && (a.Form == morph.Past || a.Form == morph.Pres) {
				return true
			}
		}
		return false
	}
	return false
}

// inActor reports whether token i lies inside an actor mention.
func (r *run) inActor(i int) bool {
	return i >= 0 && i < len(r.actorTok) && r.actorTok[i]
}

// hasCountry reports whether every actor of g names a country or an
// international organisation.
func (r *run) hasCountry(g *group) bool {
	for _, i := range g.acts {
		a := &r.d.Actors[i]
		if a.Country == "" && !(len(a.Code) > 3 && (a.Code[:3] == "IGO" || a.Code[:3] == "NGO" || a.Code[:3] == "NGM")) {
			return false
		}
	}
	return true
}

func (ti *tokInfo) verbReading() bool {
	for _, a := range ti.an {
		if a.Verb && a.Form != morph.Part {
			return false
		}
	}
	for _, a := range ti.an {
		if a.Verb {
			return true
		}
	}
	return false
}

func isFinite(f morph.Form) bool {
	switch f {
	case morph.Pres, morph.Past, morph.Fut, morph.Cond, morph.Subj:
		return true
	}
	return false
}

func confidence(m match, n int) float64 {
	c := 0.4 + 0.1*float64(m.words-1)
	if c > 0.6 {
		c = 0.6
	}
	c += 0.15 * float64(n)
	if c > 0.95 {
		c = 0.95
	}
	return float64(int(c*100+0.5)) / 100
}

// framed reports whether the noun at i follows a preposition of kind k
// (frame or sequel). An
// indefinite article introduces a new event, not one told before
// ("durante una protesta de trabajadores portuarios").
func (r *run) framed(i, lo int, k cueKind) bool {
	for j := i - 1; j >= lo && j >= i-4; j-- {
		if !r.word(j) {
			return false
		}
		if _, ok := r.lx.cueAt(r.info, j, i, k); ok {
			// "tras diálogos telefónicos con el ministro", "tras
			// negociaciones con los rebeldes": a bare plural right after a
			// preposition of sequence is indefinite, a new event
			if k == kSequel && j == i-1 && r.d.Lang == "es" && strings.HasSuffix(r.info[i].fold, "s") {
				return false
			}
			return true
		}
		// "during last month's rallies": a time phrase in the genitive
		if r.timeTok[j] || r.d.Tokens[j].Lower() == "'s" && j > lo && r.timeTok[j-1] {
			continue
		}
		if !r.isCue(kDet, j) || r.isCue(kIndef, j) {
			return false
		}
	}
	return false
}

// anchored reports a phrase of cue kind anchor ending right before the
// nominal event at i, past its determiners, definite or not ("for the
// first time since a ceasefire", "por primera vez desde la tregua").
func (r *run) anchored(i, lo int) bool {
	for j := i - 1; j >= lo && j >= i-6; j-- {
		if !r.word(j) {
			return false
		}
		if e, ok := r.lx.cueAt(r.info, j, i, kAnchor); ok {
			for k := e; k < i; k++ {
				if !r.word(k) || !r.isCue(kDet, k) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// breachedRule reports a phrase of cue kind breached ending before the
// nominal event at i ("in breach of a U.N. arms embargo", "in violation of
// the ceasefire"), past determiners, an actor's name and up to two
// lower-case words that qualify the noun.
func (r *run) breachedRule(i, lo int) bool {
	mods := 0
	for j := i - 1; j >= lo && j >= i-8; j-- {
		if r.inActor(j) || r.d.Tokens[j].Text == "." && j > lo && r.inActor(j-1) {
			continue // (and the dot of its abbreviation: "U.N.")
		}
		if !r.word(j) {
			return false
		}
		// (the phrase ends at j: "in breach of")
		for k := max(lo, j-3); k <= j; k++ {
			if e, ok := r.lx.cueAt(r.info, k, i, kBreached); ok && e == j+1 {
				return true
			}
		}
		if r.isCue(kDet, j) {
			continue
		}
		if mods++; mods > 2 || r.d.Tokens[j].Cap || r.info[j].function {
			return false
		}
	}
	return false
}

// passive reports a periphrastic passive ("fue detenido por", "was
// arrested by") or a participle followed by its agent.
func (r *run) passive(m match, f morph.Form, c clause) bool {
	if f != morph.Part && !(r.d.Lang == "en" && f == morph.Past) {
		return false
	}
	for j := m.head - 1; j >= c.start && j >= m.head-3; j-- {
		// the reflexive "se" ("se habían amotinado") is no form of "ser"
		if r.isCue(kPassive, j) && !r.info[j].foldIs(kReflexive) {
			return true
		}
		if !r.word(j) {
			break
		}
	}
	// "five were killed and at least 23 wounded", "and 40 arrested": an
	// English past form of coercion, force or injury right after a
	// number is a passive whose auxiliary is left out (the number counts
	// its patients), no act of those it counts
	if j := m.head - 1; r.d.Lang == "en" && j > c.start && m.p.Code[:2] >= "17" && !r.timeTok[j] &&
		(digits(strings.ReplaceAll(r.d.Tokens[j].Text, ",", "")) || r.word(j) && r.lx.numbers[r.info[j].fold]) {
		return true
	}
	if r.elidedPassive(m.head) {
		return true
	}
	if f == morph.Part || r.d.Lang == "en" {
		// "detenido el lunes por la policía", "arrested on Monday by
		// police": a time expression may stand between the participle
		// and its agent
		k := m.end
		for k < c.end && r.word(k) && (r.timeTok[k] || (r.isCue(kDet, k) || r.info[k].foldIs(kPrep)) && k+1 < c.end && r.timeTok[k+1]) {
			k++
		}
		for j := k; j < c.end && j <= k+1; j++ {
			if r.isCue(kAgent, j) {
				return f == morph.Part
			}
		}
	}
	return false
}

// elidedPassive reports a participle (an English past form) at h that
// shares the passive auxiliary of one before it joined by "y"/"and", its
// own patients between ("decenas de personas fueron heridas y otras tantas
// arrestadas", "were injured and dozens detained"): no verb there.
func (r *run) elidedPassive(h int) bool {
	lo := r.sentStart()
	j := h - 1
	for j > lo && j >= h-4 && r.word(j) && !r.isCue(kCoord, j) && !r.verbAt(j) && !r.isCue(kAgent, j) {
		j--
	}
	if j <= lo || j == h-1 || !r.word(j) || !r.isCue(kCoord, j) {
		return false
	}
	p := j - 1
	if p <= lo || !r.word(p) {
		return false
	}
	part := false
	for _, a := range r.info[p].an {
		if a.Verb && (a.Form == morph.Part || r.d.Lang == "en" && a.Form == morph.Past) {
			part = true
		}
	}
	if !part {
		return false
	}
	for k := p - 1; k >= lo && k >= p-3 && r.word(k); k-- {
		if r.isCue(kPassive, k) && !r.info[k].foldIs(kReflexive) {
			return true
		}
	}
	return false
}

// ellipticCount reports a count at b right after a partitive word in
// clause c ("otras tantas", "otros tantos", "otros cientos", cue kinds
// partitive, asmany and collective): it stands for more of the people
// named before (not a number word, "un soldado murió y otros dos
// resultaron heridos", whose count is a toll of its own).
func (r *run) ellipticCount(b int, c clause) bool {
	return b-1 >= c.start && r.word(b-1) && r.isCue(kPartitive, b-1) && (r.isCue(kAsMany, b) || r.isCue(kCollective, b) && r.pluralWord(b))
}

// openingPhrase finds a phrase of cue kind k opening sentence s before
// the trigger at head: it returns the end of the cue and the first comma
// after it (head when no comma comes first); ok is false when the
// sentence opens with no such cue.
func (r *run) openingPhrase(s doc.Sentence, head int, k cueKind) (cue, comma int, ok bool) {
	i := s.FirstTok
	for i < head && !r.word(i) {
		i++
	}
	e, ok := r.lx.cueAt(r.info, i, head, k)
	if !ok {
		return 0, 0, false
	}
	c := e
	for c < head && r.d.Tokens[c].Text != "," {
		c++
	}
	return e, c, true
}

// inFronted reports group g inside a phrase of time that opens sentence s
// (cue kind timefront: "Tras", "Después de", "Antes de") and runs to its
// first comma, or to the trigger of m when no comma closes it.
func (r *run) inFronted(g *group, m match, s doc.Sentence) bool {
	e, end, ok := r.openingPhrase(s, m.head, kTimeFront)
	if !ok {
		return false
	}
	// (with no comma, only a group a preposition governs: "Después de la
	// marcha los estudiantes fueron detenidos" names the students)
	return g.start >= e && g.end <= end && (end < m.head || r.groupPrep(g, e) != "")
}

// patientNamed reports that the patient group of a passive is the one
// acted on: no preposition before it, or "de" after a quantity ("miles de
// estudiantes fueron detenidos") or a noun of membership ("miembros del
// sindicato fueron detenidos"), not "el avance de las tropas".
func (r *run) patientNamed(g *group, c clause) bool {
	for j := g.start - 1; j >= c.start && j >= g.start-3; j-- {
		if !r.word(j) {
			return true
		}
		if r.info[j].foldIs(kPrep) {
			return r.info[j].foldIs(kGenitive) && j > c.start && (j-1 < len(r.qtyTok) && r.qtyTok[j-1] || r.word(j-1) && r.isCue(kMember, j-1))
		}
		if !r.isCue(kDet, j) {
			return true
		}
	}
	return true
}

// objectOfEvent reports a nominal event right after a verb (past
// determiners and the personal "a") whose trigger made an event of
// another root in the sentence.
func (r *run) objectOfEvent(m match, si int, c clause) bool {
	j := m.head - 1
	for j >= c.start && j >= m.head-3 && r.word(j) && (r.isCue(kDet, j) || r.info[j].foldIs(kPersonal)) {
		j--
	}
	if j < c.start || j == m.head-1 && !r.word(j) {
		return false
	}
	// "reprimió con dureza una protesta", 'acusó a la policía de "reprimir
	// con brutalidad" una protesta', "dispersed violently a march": a
	// closing quotation mark, an adverb or a phrase of manner ("con",
	// "sin", "with" and a noun) may stand between the verb and its object
	for n := 0; n < 3 && j > c.start; n++ {
		switch {
		case !r.word(j) && (r.d.Tokens[j].Text == "\"" || r.d.Tokens[j].Text == "»" || r.d.Tokens[j].Text == "”"):
			j--
		case r.word(j) && (strings.HasSuffix(r.info[j].fold, "mente") || r.d.Lang == "en" && strings.HasSuffix(r.info[j].fold, "ly") && !r.verbAt(j)):
			j--
		case r.word(j) && j-1 > c.start && r.word(j-1) && (r.info[j-1].fold == "con" || r.info[j-1].fold == "sin" || r.info[j-1].fold == "with") &&
			!r.inActor(j) && !r.info[j].function && !r.verbAt(j):
			j -= 2
		default:
			n = 3
		}
	}
	if j < c.start || !r.word(j) {
		return false
	}
	// a verb that quells, prevents or resolves it ("para sofocar una
	// protesta", "impedirían el cierre de las vías"), also past a noun of
	// number or series and its genitive ("tras aplacar una ola de
	// protestas", "evitar una serie de huelgas")
	// (not one negated: "no contuvo la avalancha de protestas" tells them)
	if m.p.Code[:2] == "14" && r.verbAt(j) && r.isCue(kQuell, j) && !r.negatedVerb(j, c) {
		return true
	}
	if m.p.Code[:2] == "14" && j-1 > c.start && r.info[j].foldIs(kGenitive) && r.word(j-1) && !r.info[j-1].function && !r.inActor(j-1) && !r.finiteVerb(j-1) {
		k := j - 2
		for k > c.start && k >= j-4 && r.word(k) && r.isCue(kDet, k) {
			k--
		}
		if k >= c.start && k < j-2 && r.word(k) && r.verbAt(k) && r.isCue(kQuell, k) && !r.negatedVerb(k, c) {
			return true
		}
	}
	// a verb pattern of another root starts at the verb (it need not have
	// made an event: "criticó las manifestaciones" names no target)
	// (not a verb of receiving or facing: "el gobierno enfrenta protestas
	// de los maestros" tells them)
	if k := j - r.sentStart(); k >= 0 && k < len(r.sentMatches) && r.verbAt(j) && !r.isCue(kReceive, j) {
		for _, vm := range r.sentMatches[k] {
			if !vm.p.Noun && vm.p.Code[:2] != m.p.Code[:2] && vm.end <= m.head && !tellsProtest(vm.p.Code) {
				return true
			}
		}
	}
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent != si {
			break
		}
		if cd.noun || cd.ev.Cameo[:2] == m.p.Code[:2] || tellsProtest(cd.ev.Cameo) {
			continue
		}
		tr := cd.ev.Evidence.Trigger
		if r.d.Tokens[j].Start >= tr.Start && r.d.Tokens[j].End <= tr.End {
			return true
		}
	}
	return false
}

// negatedPresent reports a verb trigger negated in the simple present:
// Spanish "no" (past an object clitic) before a present ("no la
// reconoce"); English "do"/"does" and "not" before the bare verb, an
// adverb between allowed ("does not formally recognise").
func (r *run) negatedPresent(m match, f morph.Form, c clause) bool {
	if r.d.Lang == "es" {
		return f == morph.Pres && r.negatedVerb(m.head, c)
	}
	j := m.head - 1
	if j > c.start && r.word(j) && strings.HasSuffix(r.info[j].fold, "ly") {
		j--
	}
	if j <= c.start || !r.word(j) {
		return false
	}
	if f := r.info[j].fold; f == "don't" || f == "doesn't" {
		return true
	} else if f != "not" && f != "n't" {
		return false
	}
	j--
	return r.word(j) && (r.info[j].fold == "do" || r.info[j].fold == "does")
}

// negatedVerb reports a negation right before the verb at j in clause c,
// past an object clitic ("no contuvo", "no las contuvo").
func (r *run) negatedVerb(j int, c clause) bool {
	k := j - 1
	if k > c.start && r.word(k) && r.isCue(kConjSkip, k) && !r.isCue(kNegation, k) {
		k--
	}
	return k >= c.start && r.word(k) && r.isCue(kNegation, k)
}

// passiveOfEvent reports a nominal protest that is the subject of a
// passive of a verb that quells it or acts on it by force or coercion
// ("la protesta fue contenida", "el desfile fue prohibido", "the protests
// were dispersed by police"): the act on it is the event told, the protest
// its background, as for an object ("la policía dispersó la marcha").
// The noun heads its clause (no preposition before it), and between it and
// the passive come only its modifiers and complements, no verb.
func (r *run) passiveOfEvent(m match, s doc.Sentence, gs []*group) bool {
	return r.nounPredicate(m, s, gs, func(j int) walkStep {
		if r.isCue(kPassive, j) {
			if j > m.end && r.word(j-1) && r.isCue(kCoord, j-1) {
				return walkNo // a predicate of its own: "protest and are dispersed"
			}
			k := j + 1
			part := func(k int) bool {
				return r.word(k) && (r.hasForm(k, morph.Part) || r.d.Lang == "en" && r.hasForm(k, morph.Past))
			}
			if !part(k) && r.word(k) && r.adverbAt(k, k+1) && k+1 < s.EndTok {
				k++ // "fueron luego dispersadas", "were later dispersed"
			}
			return walkIf(part(k) && r.actsOnProtest(k))
		}
		if r.isCue(kAux, j) {
			return walkSkip // "ha sido"
		}
		if !r.info[j].function && !r.inActor(j) && r.finiteVerb(j) {
			return walkNo
		}
		return walkOn
	})
}

// walkStep is what a nounPredicate visitor says of a word: go on (after
// the check for a subject of its own), skip it, or give the answer.
type walkStep uint8

const (
	walkOn walkStep = iota
	walkSkip
	walkYes
	walkNo
)

func walkIf(ok bool) walkStep {
	if ok {
		return walkYes
	}
	return walkNo
}

// nounPredicate walks the words after a nominal protest that heads its
// clause (no preposition before it) towards the verb it is the subject of,
// up to 12 words on, skipping a relative clause between commas ("las
// protestas, que se aplacaron al atardecer, eran reprimidas"), and asks
// at of each word; a bare actor met on the way is a subject of its own
// ("la protesta, los manifestantes fueron dispersados"), not a
// complement of the noun, and ends the walk with no.
func (r *run) nounPredicate(m match, s doc.Sentence, gs []*group, at func(j int) walkStep) bool {
	if r.prepBefore(m.head, s.FirstTok) != "" {
		return false
	}
	hi := min(m.end+12, s.EndTok-1)
	for j := m.end; j < hi; j++ {
		if e := r.commaRelEnd(j, s); e > j {
			hi = min(hi+e-j, s.EndTok-1)
			j = e
			continue
		}
		if !r.word(j) {
			continue
		}
		switch at(j) {
		case walkYes:
			return true
		case walkNo:
			return false
		case walkSkip:
			continue
		}
		for _, g := range gs {
			if g.start == j && !r.relationalGroup(g) && r.governor(g.start, m.end) == "" {
				return false
			}
		}
	}
	return false
}

// endedProtest reports a nominal strike or hunger strike (codes 142 and
// 143) that is the subject of a verb that ends it, told as done
// (cue kind ended: "la huelga de los mineros terminó el lunes", "el paro
// culminó", "the strike ended"), or of a passive of one that calls it off
// (cue kind calledoff: "la huelga fue levantada", "the strike was called
// off"): the strike was eased (082), which is the event told, as for an
// object ("los mineros levantaron la huelga"). Like passiveOfEvent, the
// noun heads its clause and only its modifiers and complements come
// between it and the verb. (A march or a rally that ends somewhere, "la
// marcha culminó en la plaza", took place, and so did an occupation that
// ended: only these codes.)
func (r *run) endedProtest(m match, s doc.Sentence, gs []*group) bool {
	if c := m.p.Code; len(c) < 3 || c[:3] != "142" && c[:3] != "143" {
		return false
	}
	return r.nounPredicate(m, s, gs, func(j int) walkStep {
		if r.isCue(kNegation, j) || r.isCue(kCondition, j) {
			return walkNo
		}
		if r.isCue(kPassive, j) {
			k := j + 1
			if r.word(k) && !r.hasForm(k, morph.Part) && r.adverbAt(k, k+1) && k+1 < s.EndTok {
				k++ // "fue finalmente levantada"
			}
			return walkIf(r.word(k) && (r.hasForm(k, morph.Part) || r.d.Lang == "en" && r.hasForm(k, morph.Past)) && r.calledOffAt(k, s) && r.doneTense(j, m.head, s))
		}
		if r.isCue(kAux, j) {
			return walkSkip // "ha terminado", "has ended"
		}
		if !r.info[j].function && !r.inActor(j) && r.finiteVerb(j) {
			// a singular noun takes a singular verb ("la huelga de los
			// obreros que terminaron" ends no strike)
			return walkIf(r.isCue(kEnded, j) && r.doneTense(j, m.head, s) &&
				(r.plural(m.head) || r.singularVerb(j, morph.Past)))
		}
		return walkOn
	})
}

// participleShape reports a word shaped like a regular participle
// ("vigilada", "autorizados", "escorted") whose verb the dictionaries need
// not know: read so only right before an agent preposition.
func (r *run) participleShape(j int) bool {
	f := r.info[j].fold
	if len(f) < 6 {
		return false
	}
	if r.d.Lang == "en" {
		return strings.HasSuffix(f, "ed")
	}
	return morph.ParticipleEnding(f)
}

// cancelledObject reports a nominal event that is the object of an
// English phrasal verb that cancels or puts it off (cue kinds phrasal and
// cancelled: "held off on a strike", "put off the talks"), past
// determiners and "on": it did not take place.
func (r *run) cancelledObject(m match, c clause) bool {
	if r.d.Lang != "en" {
		return false
	}
	k := m.head - 1
	for k > c.start && r.word(k) && r.isCue(kDet, k) && m.head-k <= 3 {
		k--
	}
	if k > c.start && r.word(k) && r.info[k].fold == "on" {
		k--
	}
	if k <= c.start || !r.word(k) || !r.word(k-1) {
		return false
	}
	e1, ph := r.lx.cueAt(r.info, k-1, c.end, kPhrasal)
	e2, cn := r.lx.cueAt(r.info, k-1, c.end, kCancelled)
	return ph && cn && e1 == k+1 && e2 == k+1 && !r.negatedVerb(k-1, c)
}

// cancelledFarObject reports a nominal meeting, visit or accord (roots 03
// to 06) or protest (14) inside the object of a verb that cancels,
// suspends or puts off (cue kind cancelled), further than a pattern
// reaches: "suspended its participation in a strategic dialogue with
// Britain", "que anulen la orden de paro nacional". Only words that no
// actor holds and that are no finite verb, clause word or punctuation
// stand between the verb and the noun, at most eight.
func (r *run) cancelledFarObject(m match, c clause) bool {
	if code := m.p.Code[:2]; (code < "03" || code > "06") && code != "14" {
		return false
	}
	for k := m.head - 1; k >= c.start && k >= m.head-9; k-- {
		if !r.word(k) || r.inActor(k) || r.isCue(kClause, k) || r.isCue(kNegation, k) {
			return false
		}
		if _, ok := r.lx.cueAt(r.info, k, c.end, kCancelled); ok && r.anyVerb(k) && !r.negatedVerb(k, c) {
			return true
		}
		if r.finiteVerb(k) {
			return false
		}
	}
	return false
}

// anyVerb reports a word with a verb reading.
func (r *run) anyVerb(k int) bool {
	for _, a := range r.info[k].an {
		if a.Verb {
			return true
		}
	}
	return false
}

// cancelledNoun reports a nominal event of cooperation (roots 03 to 06)
// that heads the subject of a passive whose participle cancels, suspends
// or puts it off (cue kind cancelled: "la cumbre fue suspendida", "the
// meeting was called off"); only its modifiers and complements come
// between the noun and the auxiliary, as for endedProtest.
func (r *run) cancelledNoun(m match, s doc.Sentence, gs []*group) bool {
	if c := m.p.Code[:2]; c < "03" || c > "06" {
		return false
	}
	if r.prepBefore(m.head, s.FirstTok) != "" {
		return false
	}
	for j := m.end; j < s.EndTok-1 && j < m.end+12; j++ {
		if !r.word(j) {
			if r.d.Tokens[j].Text == "," {
				return false
			}
			continue
		}
		if r.isCue(kNegation, j) || r.isCue(kCondition, j) || r.isCue(kClause, j) {
			return false
		}
		if r.isCue(kPassive, j) {
			k := j + 1
			if r.word(k) && !r.hasForm(k, morph.Part) && r.adverbAt(k, k+1) && k+1 < s.EndTok {
				k++
			}
			if !r.word(k) || !(r.hasForm(k, morph.Part) || r.d.Lang == "en" && r.hasForm(k, morph.Past)) {
				return false
			}
			_, ok := r.lx.cueAt(r.info, k, s.EndTok, kCancelled)
			return ok
		}
		if !r.info[j].function && !r.inActor(j) && r.finiteVerb(j) {
			return false
		}
	}
	return false
}

// doneTense reports a verb at j told as done or going on, of a subject
// noun at h: not in the future or the conditional ("la huelga terminará");
// in a clause that a subordinating word opens right before the noun ("exigen
// que la huelga sea levantada", "hasta que el paro termine"), only a
// preterite (the analyser reads some subjunctives as presents).
func (r *run) doneTense(j, h int, s doc.Sentence) bool {
	if r.hasForm(j, morph.Fut) || r.hasForm(j, morph.Cond) {
		return false
	}
	i := h - 1
	for i > s.FirstTok && r.word(i) && r.isCue(kDet, i) {
		i--
	}
	if i >= s.FirstTok && r.word(i) && (r.isCue(kClause, i) || r.isCue(kIrrealis, i)) {
		return r.hasForm(j, morph.Past)
	}
	return true
}

// calledOffAt reports a word at k that starts a cue of kind calledoff
// ("levantada", "called off").
func (r *run) calledOffAt(k int, s doc.Sentence) bool {
	_, ok := r.lx.cueAt(r.info, k, s.EndTok, kCalledOff)
	return ok
}

// fearedProtest reports a protest named after a noun of fear or
// foresight and its preposition, past determiners and adjectives (cue
// kind fear: "por temor a las protestas", "en previsión de mayores
// protestas", "ante el temor de nuevos disturbios", "for fear of riots"):
// what is feared or foreseen did not take place.
func (r *run) fearedProtest(m match, s doc.Sentence) bool {
	j := m.head - 1
	for n := 0; n < 3 && j > s.FirstTok && r.word(j) && !r.info[j].foldIs(kPrep) && (r.isCue(kDet, j) || !r.info[j].function && !r.inActor(j) && !r.finiteVerb(j)); n++ {
		j--
	}
	return j > s.FirstTok && r.word(j) && (r.info[j].foldIs(kPrep) || r.info[j].foldIs(kGenitive)) && r.word(j-1) && r.isCue(kFear, j-1) && !r.inActor(j-1)
}

// commaRelEnd returns the closing comma of a relative clause that a comma
// at j opens ("la huelga, que duró nueve días, terminó"), or -1: the
// relative pronoun right after the comma, the closing comma within twenty
// tokens with no other punctuation before it.
func (r *run) commaRelEnd(j int, s doc.Sentence) int {
	if j+1 >= s.EndTok || r.word(j) || r.d.Tokens[j].Text != "," || !r.word(j+1) || !r.isCue(kRelPron, j+1) {
		return -1
	}
	for k := j + 2; k < s.EndTok && k <= j+20; k++ {
		if !r.word(k) {
			if r.d.Tokens[k].Text == "," {
				return k
			}
			return -1
		}
	}
	return -1
}

// commaRelOpen returns the comma that opens the relative clause whose
// closing comma is at j (commaRelEnd), or -1.
func (r *run) commaRelOpen(j int, s doc.Sentence) int {
	if r.word(j) || r.d.Tokens[j].Text != "," {
		return -1
	}
	for o := j - 2; o >= s.FirstTok && o >= j-20; o-- {
		if !r.word(o) {
			if r.commaRelEnd(o, s) == j {
				return o
			}
			return -1
		}
	}
	return -1
}

// nounReading reports a protest pattern read as a noun: a nominal pattern,
// or a one-word verb pattern right after a determiner (past one word) or a
// modifier that names actors ("the student protests", "the protests", "the
// planned protest").
func (r *run) nounReading(m match, p *pattern, gs []*group) bool {
	if p.Noun {
		return true
	}
	// (not a verb in the past: "the students protested and were
	// dispersed")
	if len(m.toks) != 1 || m.head == 0 || r.hasForm(m.head, morph.Past) || r.hasForm(m.head, morph.Part) {
		return false
	}
	// "the teachers' march", "the union's strike": after a group in the
	// possessive, an English word is a noun
	if r.d.Lang == "en" && r.possessiveGroupBefore(m.head, gs) {
		return true
	}
	if !r.word(m.head - 1) {
		return false
	}
	if r.isCue(kDet, m.head-1) || m.head-2 >= r.curFirst && r.word(m.head-2) && r.isCue(kDet, m.head-2) && !r.info[m.head-1].function && !r.inActor(m.head-1) {
		return true // "the protests", "the planned protest"
	}
	// (a modifier, not a plural subject: "the students protest and are
	// dispersed")
	for _, g := range gs {
		if g.end == m.head && r.relationalGroup(g) && !r.plural(m.head-1) {
			return true
		}
	}
	return false
}

// actsOnProtest reports a participle at k that quells a protest (cue kind
// quell) or starts a verb pattern of coercion or force (roots 15 to 20).
func (r *run) actsOnProtest(k int) bool {
	if r.isCue(kQuell, k) {
		return true
	}
	if i := k - r.curFirst; i >= 0 && i < len(r.sentMatches) {
		for _, vm := range r.sentMatches[i] {
			if !vm.p.Noun && vm.p.Code[:2] >= "15" && vm.p.Code[:2] <= "20" {
				return true
			}
		}
	}
	return false
}

// protestAgainst reports a nominal event after a preposition of what a
// protest is against ("contra", "por"), past determiners, with a protest
// pattern at most six words before that preposition; or a later member of
// a list so introduced ("en protesta por el costo de la vida y un acuerdo
// con el FMI", "protestas contra las alzas, los despidos y un tratado"),
// with no clause opening between.
func (r *run) protestAgainst(m match, c clause) bool {
	j := m.head - 1
	for j >= c.start && j >= m.head-3 && r.word(j) && r.isCue(kDet, j) {
		j--
	}
	if j >= c.start && r.word(j) && r.isCue(kCoord, j) {
		// a later conjunct: the preposition that opens the list
		lo := m.head - 16
		if lo < r.curFirst {
			lo = r.curFirst
		}
		for j--; j >= lo; j-- {
			if !r.word(j) {
				if r.d.Tokens[j].Text == "," {
					continue
				}
				return false
			}
			if r.isCue(kClause, j) {
				return false
			}
			if r.info[j].foldIs(kAgainst) && r.info[j].foldIs(kPrep) {
				break
			}
		}
		if j < lo {
			return false
		}
	}
	if j < c.start && j < r.curFirst || j < 0 || !r.word(j) || !r.info[j].foldIs(kAgainst) || !r.info[j].foldIs(kPrep) {
		return false
	}
	for t := j - 1; t >= r.curFirst && t >= j-6; t-- {
		if k := t - r.curFirst; k < len(r.sentMatches) {
			for _, pm := range r.sentMatches[k] {
				if pm.p.Code[:2] == "14" && pm.end <= j {
					return true
				}
			}
		}
	}
	return false
}

// triedForceObject reports a nominal event that is the object (past
// determiners and the personal "a") of a verb starting a pattern of force
// or coercion (roots 17 to 20) that a verb of attempt in the past governs
// ("intentó desalojar el plantón").
func (r *run) triedForceObject(m match, c clause) bool {
	j := m.head - 1
	for j >= c.start && j >= m.head-3 && r.word(j) && (r.isCue(kDet, j) || r.info[j].foldIs(kPersonal)) {
		j--
	}
	if j < c.start || j == m.head-1 || !r.word(j) || !r.verbAt(j) {
		return false
	}
	k := j - r.sentStart()
	if k < 0 || k >= len(r.sentMatches) {
		return false
	}
	for _, vm := range r.sentMatches[k] {
		if !vm.p.Noun && forceful(vm.p.Code) && vm.end <= m.head+1 {
			// (an attempt told as done, in the past: "si el gobierno
			// intenta reprimir las manifestaciones" names protests to come)
			for a := vm.head - 1; a >= c.start && a >= vm.head-4 && r.word(a); a-- {
				if _, ok := r.lx.cueAt(r.info, a, vm.head, kAttempt); ok {
					return r.hasForm(a, morph.Past) && !r.hasForm(a, morph.Subj)
				}
			}
		}
	}
	return false
}

// attemptBefore reports a verb of attempt at most four words before the
// trigger in its clause ("intentaron tomar", "trató de bloquear").
func (r *run) attemptBefore(m match, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-4; j-- {
		if !r.word(j) {
			return false
		}
		if _, ok := r.lx.cueAt(r.info, j, m.head, kAttempt); ok {
			return true
		}
	}
	return false
}

// pastAttemptBefore is attemptBefore whose word of attempt is a verb in
// the past, or a perfect's participle ("intentó", "tried", "ha tratado
// de"): an attempt made, not one announced ("tratará de desalojar").
func (r *run) pastAttemptBefore(m match, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-4; j-- {
		if !r.word(j) {
			return false
		}
		if _, ok := r.lx.cueAt(r.info, j, m.head, kAttempt); ok {
			return r.hasForm(j, morph.Past) || r.hasForm(j, morph.Part) && j > c.start && r.isCue(kPerfect, j-1)
		}
	}
	return false
}

// againstBetween reports a word of what a protest is for or against
// ("favor", "apoyo", "contra") among the words from lo to hi.
func (r *run) againstBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if !r.word(j) {
			return false
		}
		if r.forAgainst(j) {
			return true
		}
	}
	return false
}

// nounBetween reports a word in [lo, hi) that is no determiner or
// preposition: a noun of its own before a group ("por la llegada de").
func (r *run) nounBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if r.word(k) && !r.isCue(kDet, k) && !r.info[k].foldIs(kPrep) {
			return true
		}
	}
	return false
}

// forAgainst reports a word of what a protest is for or against that is
// no preposition of its agent or source ("por los manifestantes").
func (r *run) forAgainst(j int) bool {
	return r.info[j].foldIs(kAgainst) && !r.info[j].foldIs(kAgent) && !r.info[j].foldIs(kSrc)
}

// tellsProtest: repressing a protest ("reprimió una protesta", "dispersó
// la manifestación", 175) tells that it took place.
func tellsProtest(code string) bool { return strings.HasPrefix(code, "175") }

// nounPatternAt reports a noun pattern matched at token i of the sentence
// being coded.
func (r *run) nounPatternAt(i int) bool {
	if k := i - r.curFirst; k >= 0 && k < len(r.sentMatches) {
		for _, nm := range r.sentMatches[k] {
			if nm.p.Noun {
				return true
			}
		}
	}
	return false
}

// eventTopic reports a nominal event (a noun pattern's trigger) within
// four words after m, before any punctuation: what a comment or a
// refusal to comment is about ("declinó comentar sobre la huelga").
func (r *run) eventTopic(m match, s doc.Sentence) bool {
	for j := m.end; j < s.EndTok && j < m.end+4; j++ {
		if !r.word(j) {
			return false
		}
		if r.nounPatternAt(j) {
			return true
		}
	}
	return false
}

// secondPerson reports a Spanish finite form in -s that is no first person
// plural ("protestas", "marchas"): a second person singular, which news
// text does not use; the word is the plural noun.
func (r *run) secondPerson(i int) bool {
	w := r.info[i].fold
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "mos") {
		return false
	}
	for _, a := range r.info[i].an {
		if a.Verb && (a.Form == morph.Pres || a.Form == morph.Past || a.Form == morph.Subj) {
			return true
		}
	}
	return false
}

// afterFinite reports a finite form at i right after a finite verb of
// announcing or planning ("Oposición anuncia protesta", "prepara
// marcha"): Spanish puts no two finite verbs side by side, so the second
// is the noun that verb takes as object.
func (r *run) afterFinite(i int, f morph.Form, lo int) bool {
	return i > lo && isFinite(f) && r.word(i-1) && r.finiteVerb(i-1) && !r.info[i-1].function && !r.inActor(i-1) &&
		(r.isCue(kPlanned, i-1) || r.isCue(kIntended, i-1) || r.isCue(kReply, i-1))
}

// replyObject reports a verb of reply (cue kind reply) whose object the
// nominal event is: at most three words before it, past determiners and
// a preposition ("responderá a la nota de protesta", "contestó las
// críticas", "responderá protesta de Ecuador").
func (r *run) replyObject(m match, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-3; j-- {
		if !r.word(j) {
			return false
		}
		if r.isCue(kDet, j) || r.info[j].foldIs(kPersonal) {
			continue
		}
		if r.isCue(kReply, j) {
			for _, a := range r.info[j].an {
				if a.Verb && r.lx.is(kReply, a.Lemma) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// nounAfterAdjectives reports a determiner or preposition one or two words
// before token i with only words of no verb reading between ("las posibles
// protestas", "en violenta protesta").
func (r *run) nounAfterAdjectives(i, lo int) bool {
	for j := i - 1; j >= lo && j >= i-3; j-- {
		if !r.word(j) {
			return false
		}
		if r.isCue(kDet, j) || r.info[j].foldIs(kPrep) {
			return j < i-1
		}
		if r.verbAt(j) || r.info[j].noun || r.inActor(j) {
			return false
		}
	}
	return false
}

// opensSentence reports whether token i is the first word of sentence s
// (only punctuation, such as an opening quote, before it).
func (r *run) opensSentence(i int, s doc.Sentence) bool {
	for j := s.FirstTok; j < i; j++ {
		if r.d.Tokens[j].Kind != doc.Punct {
			return false
		}
	}
	return i >= s.FirstTok && i < s.EndTok
}

// protestNounSubject reports a nominal protest (a noun pattern of root 13
// or 14) in the clause before the verb of match m, with no finite verb
// between them: the verb's subject is that protest.
func (r *run) protestNounSubject(m match, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= r.curFirst; j-- {
		if r.word(j) && !r.info[j].function && !r.inActor(j) && r.finiteVerb(j) && !r.nounPatternAt(j) {
			return false
		}
		if k := j - r.curFirst; k < len(r.sentMatches) {
			for _, nm := range r.sentMatches[k] {
				if nm.p.Noun && (nm.p.Code[:2] == "14" || nm.p.Code[:2] == "13") {
					// (not "tras la marcha", "durante la huelga": a
					// preposition makes it no subject)
					b := j - 1
					if b >= r.curFirst && r.word(b) && r.isCue(kDet, b) {
						b--
					}
					return !(b >= r.curFirst && r.word(b) && r.info[b].foldIs(kPrep))
				}
			}
		}
	}
	return false
}

// protestNounDoer reports a nominal protest of a code other than code
// right before the verb of match m as its subject: only a relative "que", auxiliaries of
// possibility, verbs of a phase going on ("mantienen paralizadas"),
// clitics and adverbs in -mente between, and no preposition before the
// noun other than "de" after another noun ("amenaza de huelga").
func (r *run) protestNounDoer(m match, s doc.Sentence, code string) bool {
	j := m.head - 1
	for n := 0; j >= s.FirstTok && n < 3 && r.word(j); n++ {
		f, que := r.info[j].fold, r.info[j].foldIs(kCompl)
		if que || r.isCue(kReflexive, j) || strings.HasSuffix(f, "mente") || r.isCue(kHypothetical, j) || r.isCue(kPhase, j) && r.finiteVerb(j) {
			j--
			// (a relative set off by a comma: "sus protestas, que")
			if que && j >= s.FirstTok && r.d.Tokens[j].Text == "," {
				j--
			}
			continue
		}
		break
	}
	if j < s.FirstTok || !r.word(j) || !r.protestNounAt(j) || r.inActor(j) {
		return false
	}
	for _, nm := range r.sentMatches[j-r.curFirst] {
		if nm.p.Noun && nm.p.Code == code {
			return false
		}
	}
	b := j - 1
	if b >= s.FirstTok && r.word(b) && r.isCue(kDet, b) {
		b--
	}
	if b >= s.FirstTok && r.word(b) && r.info[b].foldIs(kPrep) {
		return (r.info[b].fold == "de") && b-1 >= s.FirstTok && r.word(b-1) && !r.info[b-1].function && !r.inActor(b-1) && !r.info[b-1].foldIs(kPrep)
	}
	return true
}

// genitiveGroup returns the group that a genitive cue right after token
// i governs, directly or after a determiner, or nil.
func (r *run) genitiveGroup(i int, gs []*group, s doc.Sentence) *group {
	if !r.genitiveGroupAfter(i, s) {
		return nil
	}
	for _, g := range gs {
		if g.start > i+1 && g.start <= i+3 && !g.reporter {
			return g
		}
	}
	return nil
}

// protestNounAt reports a noun pattern of protest (CAMEO root 14) matched
// at token i of the sentence being coded.
func (r *run) protestNounAt(i int) bool {
	if k := i - r.curFirst; k >= 0 && k < len(r.sentMatches) {
		for _, nm := range r.sentMatches[k] {
			if nm.p.Noun && nm.p.Code[:2] == "14" {
				return true
			}
		}
	}
	return false
}

// genitiveGroupAfter reports a genitive cue right after token i followed
// by an actor, directly or after a determiner ("de transportistas", "de
// los mineros", "del sindicato").
func (r *run) genitiveGroupAfter(i int, s doc.Sentence) bool {
	j := i + 1
	if j >= s.EndTok || !r.word(j) || !r.info[j].foldIs(kGenitive) {
		return false
	}
	j++
	if j < s.EndTok && r.word(j) && r.isCue(kDet, j) && !r.inActor(j) {
		j++
	}
	return j < s.EndTok && r.inActor(j)
}

// verbAt reports whether token j can be read as a verb.
func (r *run) verbAt(j int) bool {
	for _, a := range r.info[j].an {
		if a.Verb {
			return true
		}
	}
	return false
}

// sentStart is the first token of the sentence being coded.
func (r *run) sentStart() int { return r.curFirst }

// frontedComma returns the comma that closes a fronted purpose phrase
// whose infinitive is the trigger ("Para protestar por X, ..."), or -1.
func (r *run) frontedComma(m match, s doc.Sentence) int {
	if m.head <= s.FirstTok || !r.hasForm(m.head, morph.Inf) {
		return -1
	}
	if e, ok := r.lx.cueAt(r.info, s.FirstTok, m.head+1, kFronted); !ok || e != m.head {
		return -1
	}
	for j := m.end; j < s.EndTok; j++ {
		if r.d.Tokens[j].Text == "," {
			return j
		}
	}
	return -1
}

// frontedSubject returns, for an infinitive right after a fronted cue
// that opens the sentence ("Para protestar por X, los obreros ..."), the
// first group after the comma that closes that phrase, when no verb
// stands between the comma and it.
func (r *run) frontedSubject(m match, gs []*group, s doc.Sentence) *group {
	comma := r.frontedComma(m, s)
	if comma < 0 {
		return nil
	}
	for _, g := range gs {
		if g.start > comma && g.start < s.EndTok {
			if r.finiteBetween(comma+1, g.start) {
				return nil
			}
			return g
		}
	}
	return nil
}

// frontedProtest reports a fronted purpose infinitive (see frontedSubject)
// followed, after the comma that closes its phrase, by a verb pattern of
// protest.
func (r *run) frontedProtest(m match, s doc.Sentence) bool {
	comma := r.frontedComma(m, s)
	if comma < 0 {
		return false
	}
	for j := comma + 1; j < s.EndTok; j++ {
		if k := j - r.curFirst; k >= 0 && k < len(r.sentMatches) {
			for _, nm := range r.sentMatches[k] {
				if !nm.p.Noun && nm.p.Code[:2] == "14" {
					return true
				}
			}
		}
	}
	return false
}

// impersonalSe reports the clitic "se" right before the trigger, or
// before a dative clitic right before it ("se reclamó", "se le pidió").
func (r *run) impersonalSe(m match, c clause) bool {
	j := m.head - 1
	if j > c.start && r.word(j) && r.isCue(kDative, j) {
		j--
	}
	return j >= c.start && r.word(j) && r.info[j].foldIs(kReflexive)
}

// stateReading reports a reflexive verb of state ("se encontraba"): its
// clitic is right before it and a participle follows it (an adverb in
// -mente may stand between: "se encontraba profundamente dividida"), or
// "entre" opens its stretch of sentence before the clitic ("entre los
// heridos se encuentra X").
func (r *run) stateReading(m match, s doc.Sentence) bool {
	if m.head <= s.FirstTok || !r.word(m.head-1) || !r.info[m.head-1].foldIs(kReflexive) {
		return false
	}
	j := m.head + 1
	if j < s.EndTok && r.word(j) && strings.HasSuffix(r.info[j].fold, "mente") {
		j++
	}
	if j < s.EndTok && r.word(j) && (r.hasForm(j, morph.Part) || r.d.Lang == "es" && participleLike(r.info[j].fold)) {
		return true
	}
	// "donde se encuentran imágenes de ...", "se encontraron pruebas": a
	// bare plural noun no actor holds right after it is what is there
	if j == m.head+1 && j < s.EndTok && r.word(j) && !r.info[j].function && !r.timeTok[j] && !r.inActor(j) && !r.finiteVerb(j) && r.pluralWord(j) && !r.isCue(kDet, j) {
		return true
	}
	for k := m.head - 2; k >= s.FirstTok && r.word(k); k-- {
		if r.info[k].foldIs(kAmong) {
			return true
		}
		if r.isCue(kClause, k) {
			break
		}
	}
	return false
}

// againstPeople reports the codes of acts of force done to people (arrest,
// expulsion, abduction, assault, killing, massacre, forced displacement,
// genocide, the ban of a politician or party: "la inhabilitación del
// candidato"), whose Spanish
// nominal names its victim after "de" ("el secuestro de dos periodistas").
func againstPeople(code string) bool {
	switch {
	case strings.HasPrefix(code, "173"), strings.HasPrefix(code, "174"), strings.HasPrefix(code, "181"), code == "1722",
		strings.HasPrefix(code, "182"), strings.HasPrefix(code, "186"), strings.HasPrefix(code, "200"), strings.HasPrefix(code, "201"),
		strings.HasPrefix(code, "202"):
		return true
	}
	return false
}

// nationals returns the civilians of a country for a target named only by a
// plural demonym ("deportó a 11.000 haitianos", "kidnapped two Frenchmen")
// that an act against people, or their release, by someone named falls on: people of that
// country, not its state; any other target, and the victims counted in a
// toll of no doer ("200 albaneses resultaron heridos"), as it is.
func nationals(src, a *doc.Actor, code string) *doc.Actor {
	if src == nil || a == nil || !strings.HasPrefix(a.Source, actors.SourcePeople) || len(a.Roles) > 0 || len(a.Country) != 3 || a.Code != a.Country {
		return a
	}
	// (people freed are people too: "liberaron a tres españoles")
	if !againstPeople(code) && !strings.HasPrefix(code, "182") && !strings.HasPrefix(code, "0841") {
		return a
	}
	b := *a
	b.Code, b.Roles = a.Country+"CVL", []string{"CVL"}
	return &b
}

// participleLike reports a Spanish word with a participle's ending
// ("encapuchados", of a verb the analyser does not list): after a
// reflexive verb of state it tells how someone is.
func participleLike(fold string) bool {
	return len(fold) >= 6 && morph.ParticipleEnding(fold)
}

// stativeAux reports a passive told with an auxiliary of state ("estaban
// detenidos"): the nearest passive auxiliary before the trigger is a
// stative cue.
func (r *run) stativeAux(m match, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-3; j-- {
		if r.isCue(kPassive, j) {
			return r.isCue(kStative, j)
		}
		if !r.word(j) {
			break
		}
	}
	return false
}

// whenObject is the dropped subject of a Spanish verb (or of the
// infinitive it governs) that opens a clause of time (cue kind
// whenclause: "cuando", "mientras") right after a clause whose verb takes people after the
// personal "a" and differs from it in number: those people ("la Policía
// Nacional detuvo a tres dirigentes cuando intentaban cerrar el paso": the
// leaders tried, not the police); nil otherwise.
func (r *run) whenObject(m match, cs []clause, gs []*group) *group {
	if r.d.Lang != "es" || len(cs) < 2 {
		return nil
	}
	v := m.head
	if !r.finiteVerb(v) {
		v = r.infGovernor(m.head)
	}
	if v < 0 {
		return nil
	}
	k := clauseOf(cs, v)
	if k < 1 {
		return nil
	}
	c, p := cs[k], cs[k-1]
	if !r.word(c.start) || !r.isCue(kClause, c.start) || !r.info[c.start].foldIs(kWhenClause) {
		return nil
	}
	for j := c.start + 1; j < v; j++ {
		if !r.word(j) || !(r.isCue(kReflexive, j) || r.isCue(kNegation, j) || r.isCue(kConjSkip, j)) {
			return nil // a subject of its own, or more than a clitic
		}
	}
	// the previous clause's finite verb, the personal "a" after it and
	// the first group after that, within three words
	for j := p.start; j < p.end; j++ {
		if !r.word(j) || !r.finiteVerb(j) || r.info[j].function || r.inActor(j) {
			continue
		}
		if r.agrees(v, j) {
			return nil
		}
		for a := j + 1; a < p.end && a <= j+2; a++ {
			if !r.word(a) || !r.isCue(kPersonal, a) {
				continue
			}
			for _, g := range gs {
				if g.start > a && g.start <= a+3 && g.end <= c.start {
					return g
				}
			}
		}
		return nil
	}
	return nil
}

// subjectFor returns the subject of the trigger: the people a Spanish
// clause of time takes from the clause before (whenObject), or the actor
// a restrictive relative before the verb stands on (pastRelative); else
// the nearest group before it in its clause not governed by a preposition,
// else the subject of an earlier clause of the sentence, else the last
// subject of the previous sentence.
func (r *run) subjectFor(m match, k int, cs []clause, gs []*group, subj []*group, si int) *group {
	if o := r.whenObject(m, cs, gs); o != nil {
		return o
	}
	if g := r.pastRelative(m, cs[k], gs); g != nil {
		return g
	}
	g := r.clauseSubject(m, k, cs, gs, subj, si)
	if o, ok := r.forGerundDoer(m, g, gs); ok {
		return o
	}
	// "detuvo a 27 opositores y ordenó encarcelarlos", "y luego decidió
	// liberarlos": an infinitive right after the finite verb that governs
	// it has that verb's subject, and a verb joined by "y" (or closing a
	// series) shares the subject of the verb before it, not its object
	if gv := r.infGovernor(m.head); gv >= 0 && (g == nil || g.end <= gv) {
		vm := match{head: gv, end: gv + 1, toks: []int{gv}, words: 1}
		if v, _ := r.coordVerb(vm, cs); v >= 0 {
			if g1 := r.subjectFor(vm, clauseOf(cs, gv), cs, gs, subj, si); g1 != nil {
				return g1
			}
		}
	}
	// "dijo que el juicio se celebró a puerta cerrada, y anunció que
	// apelará la sentencia": a complement clause with no subject of its
	// own, governed by a verb joined to another, has that verb's subject
	if c := cs[k]; r.complClause(c) && (g == nil || g.start < c.start) {
		if gv := c.start - 1; r.coordAt(match{head: gv}) >= 0 {
			if v, _ := r.coordVerb(match{head: gv, end: gv + 1, toks: []int{gv}, words: 1}, cs); v >= 0 {
				vm := match{head: gv, end: gv + 1, toks: []int{gv}, words: 1}
				return r.subjectFor(vm, clauseOf(cs, gv), cs, gs, subj, si)
			}
		}
	}
	// "criticised Madrid for its stance and urged Algeria", "said Thai
	// troops had shelled a village, and accused Bangkok": a finite verb
	// joined by "and"/"y" to a verb before it shares that verb's subject,
	// not the object of that verb nor the subject of a clause it reports
	if v, rep := r.coordVerb(m, cs); v >= 0 && (g == nil || g.end <= m.head) {
		j := r.coordAt(m)
		// (and a deed joined to a deed a verb of saying reports is that
		// deed's doer's, not the speaker's: "police said protesters had
		// thrown stones, and burned cars")
		inReport := !rep && g != nil && g.end <= v && r.reportingBefore(v, cs[0].start) >= g.end
		if rep || inReport || g != nil && g.start > v && g.end <= j && !r.isCue(kReport, v) && (!r.clauseCueBetween(v, g.start) || r.listedSubject(g, j, cs[0].start)) {
			// (a speaker named before the verb of saying is its subject)
			if rep {
				var sp *group
				for _, o := range gs {
					if o.reporter && !o.inverted && o.end <= v && o.start >= cs[0].start && r.prepBefore(o.start, cs[0].start) == "" {
						sp = o
					}
				}
				if sp != nil {
					return sp
				}
			}
			vm := match{head: v, end: v + 1, toks: []int{v}, words: 1}
			if g1 := r.subjectFor(vm, clauseOf(cs, v), cs, gs, subj, si); g1 == nil || g1.end <= v {
				return g1
			}
		} else if g == nil || g.start < cs[clauseOf(cs, v)].start {
			// (a subject found before the clause of the verb joined to is
			// that verb's only if it is that verb's own: "abrieron fuego,
			// saquearon la carga e incendiaron" after "soldados que")
			vm := match{head: v, end: v + 1, toks: []int{v}, words: 1}
			if g1 := r.subjectFor(vm, clauseOf(cs, v), cs, gs, subj, si); g1 != nil && g1.end <= v {
				return g1
			}
		}
	}
	return g
}

// warnedBy returns the verb of warning (cue kind warning) whose
// complement clause holds the trigger ("warned that any bank ... could
// face sanctions", "warned Belgrade it could face sanctions"), or -1: the
// verb within six words before the clause, in its sentence.
func (r *run) warnedBy(m match, c clause) int {
	lo := r.d.Sentences[r.d.Tokens[m.head].Sent].FirstTok
	for j := c.start - 1; j >= lo && j >= c.start-6; j-- {
		if !r.word(j) {
			return -1
		}
		if r.isCue(kWarning, j) && r.hasVerb(j) {
			return j
		}
	}
	return -1
}

// forGerundDoer reads an English gerund after "for" that follows the
// object of its subject's verb ("Police detained two of them for blocking
// traffic", "arrested 12 students for blocking a highway", "criticised
// Madrid for backing the plan"): the gerund tells what the object did, for
// which the subject acted. It returns the object's group, nil when the
// object is no actor (a pronoun), and ok; ok is false for any other
// trigger.
func (r *run) forGerundDoer(m match, g *group, gs []*group) (*group, bool) {
	f := m.head - 1
	if r.d.Lang != "en" || g == nil || f <= g.end || !r.word(m.head) || !strings.HasSuffix(r.info[m.head].fold, "ing") || !r.word(f) || r.info[f].fold != "for" {
		return nil, false
	}
	verb := false
	for j := g.end; j < f; j++ {
		if r.word(j) && r.isCue(kPassive, j) {
			return nil, false // "was praised for blocking the road": the subject's own act
		}
		verb = verb || r.verbCandidate(j)
	}
	if !verb {
		return nil, false
	}
	for _, o := range gs {
		if o.end == f && o.start > g.end {
			return o, true
		}
	}
	return nil, true
}

// clauseCueBetween reports a word that opens a clause of its own subject
// between tokens a and b: a complement ("told reporters that two cutters
// ..."), an adverbial clause ("when", "cuando"); not a relative pronoun
// right before its verb ("a cientos de trabajadores que bloqueaban ...":
// the object's relative clause).
func (r *run) clauseCueBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if r.word(j) && r.isCue(kClause, j) && !(r.isCue(kRelPron, j) && j+1 < b && r.verbCandidate(j+1)) {
			return true
		}
	}
	return false
}

// coordAt returns the coordinating conjunction right before the trigger
// ("and urged", "y luego acusó"; an adverb or clitic between), or -1.
// A comma counts when the verb opens a series that "and"/"y" closes with
// a verb agreeing with it ("opened fire, looted the cargo and set trucks
// ablaze").
func (r *run) coordAt(m match) int {
	j := m.head - 1
	for j > 0 && r.word(j) && r.isCue(kConjSkip, j) && m.head-j < 3 {
		j--
	}
	if j >= 0 && r.d.Tokens[j].Kind == doc.Punct && r.d.Tokens[j].Text == "," && r.seriesClosed(m) {
		return j
	}
	if j < 0 || !r.word(j) || !r.isCue(kCoord, j) {
		return -1
	}
	return j
}

// seriesClosed reports a coordinating conjunction after the trigger, in
// its sentence, right before a verb that agrees with it, with no clause
// opened between ("saquearon la carga e incendiaron").
func (r *run) seriesClosed(m match) bool {
	if !r.finiteVerb(m.head) && !r.pastLike(m.head) {
		return false
	}
	for j := m.end; j+1 < len(r.d.Tokens); j++ {
		t := &r.d.Tokens[j]
		if t.Kind == doc.Punct && (t.Text == "." || t.Text == ";" || t.Text == ":") {
			return false
		}
		if !r.word(j) {
			continue
		}
		if r.isCue(kClause, j) || r.isCue(kReport, j) {
			return false
		}
		if r.isCue(kCoord, j) {
			return r.verbCandidate(j+1) && r.agrees(j+1, m.head)
		}
	}
	return false
}

// coordVerb returns the verb a finite verb trigger right after "and"/"y"
// is joined to, or -1: the nearest finite verb before the conjunction that
// agrees with it (Spanish number; English tense, a participle after its
// auxiliary counting as past), past verbs of a relative clause closed
// before the conjunction, nouns and infinitives. rep is true when that
// verb is a reporting verb reached past the verb of the clause it reports
// ("dijo que los soldados atacaron la aldea y acusó": "atacaron" is
// plural), or when the nearest agreeing verb stands in a reported clause
// and the trigger is an act of words (statements, appeals, intents,
// demands, disapproval, rejection, threats): a speaker's words go on,
// while a deed told next to a reported deed belongs to it ("police said
// protesters had thrown stones, and burned cars").
func (r *run) coordVerb(m match, cs []clause) (v int, rep bool) {
	j := r.coordAt(m)
	if j < 0 || !r.finiteVerb(m.head) || r.inActor(m.head) {
		return -1, false
	}
	lo := cs[0].start
	series := r.d.Tokens[j].Kind == doc.Punct
	closed := func(h int) bool {
		c := cs[clauseOf(cs, h)]
		if series && c.end == j {
			return false // the series goes on that clause's verb
		}
		if c.end <= j && c.start < h && r.word(c.start) && r.isCue(kClause, c.start) &&
			!r.complClause(c) && !(c.start > 0 && r.word(c.start-1) && r.isCue(kReport, c.start-1)) {
			return true
		}
		return c.end <= j && r.listedRelative(h, lo)
	}
	from := lo
	if series {
		// (a series goes on the verb of the clause right before its
		// comma: "Kallas, condenó" after an apposition has a subject)
		from = cs[clauseOf(cs, j-1)].start
		// "la Cedeao, de la que Níger se retiró en 2025, condenó el
		// ataque y ofreció ...": the comma closes a relative clause
		// set between commas on a subject whose verb is still to come;
		// the verb after it is the main verb, no member of a series
		if r.insertedRelative(cs[clauseOf(cs, j-1)], lo) {
			return -1, false
		}
	}
	skipped := -1 // a finite verb passed for disagreeing
	for h := j - 1; h >= from; h-- {
		if !r.verbCandidate(h) || closed(h) {
			continue
		}
		if c := cs[clauseOf(cs, h)]; c.start > from && r.objectRelative(c, h) {
			// "recordó que el derecho está protegido por los convenios que
			// Argentina ratificó y pidió al gobierno": a relative clause
			// with a subject of its own tells of a noun, the verb after
			// "y" goes on the verb before it
			h = c.start
			continue
		}
		if !r.agrees(h, m.head) {
			if skipped < 0 {
				skipped = h
			}
			continue
		}
		rv := r.reportingBefore(h, lo)
		if skipped >= 0 && r.reportingBefore(skipped, lo) == h {
			return h, true
		}
		if rv >= 0 && (m.p != nil && wordsCode(m.p.Code) || m.p == nil && r.isCue(kReport, m.head)) && r.agrees(rv, m.head) {
			return rv, true
		}
		return h, false
	}
	return -1, false
}

// insertedRelative reports a relative clause c opened right after a comma
// (past a preposition and an article: ", de la que", ", que") with no
// finite verb in the sentence before it (from lo): an aside on the
// subject, whose main verb comes after the comma that closes it.
func (r *run) insertedRelative(c clause, lo int) bool {
	if !r.relClause(c) {
		return false
	}
	b := c.start - 1
	for b >= lo && b >= c.start-3 && r.word(b) && (r.info[b].foldIs(kPrep) || r.isCue(kDet, b)) && !r.inActor(b) {
		b--
	}
	if b < lo || r.d.Tokens[b].Text != "," {
		return false
	}
	for h := lo; h < b; h++ {
		if r.word(h) && r.finiteVerb(h) && !r.inActor(h) {
			return false
		}
	}
	return true
}

// objectRelative reports a verb at h in a relative clause c that tells of
// a noun and has a subject of its own between the pronoun and the verb
// ("los convenios que Argentina ratificó", "the conventions that Argentina
// ratified"): the pronoun opens c right after a word that is no verb, no
// actor and no word of a time ("told reporters on Tuesday that the
// journalists had ...": a complement), and an actor stands between it and h.
func (r *run) objectRelative(c clause, h int) bool {
	p := c.start
	if p <= 0 || !r.word(p) || !r.isCue(kRelPron, p) || !r.isCue(kClause, p) || !r.word(p-1) || r.inActor(p-1) || r.verbCandidate(p-1) || r.isCue(kReport, p-1) || r.info[p-1].function || r.timeTok[p-1] {
		return false
	}
	for q := p + 1; q < h; q++ {
		if r.word(q) && r.inActor(q) {
			return true
		}
	}
	return false
}

// listedRelative reports a verb at h in a relative clause whose subject is
// a list broken by commas ("a naval exercise that U.S., South Korean and
// Japanese warships began on Sunday, and fired two missiles"): a relative
// pronoun right after a noun (no verb: that is a complement) stands
// before h in the sentence, with no finite verb between and no word
// outside an actor that may be a verb.
func (r *run) listedRelative(h, lo int) bool {
	comma := false
	for q := h - 1; q >= lo && q >= h-16; q-- {
		if !r.word(q) {
			if r.d.Tokens[q].Text != "," {
				return false
			}
			comma = true
			continue
		}
		if r.isCue(kRelPron, q) && r.isCue(kClause, q) {
			return comma && q > lo && r.word(q-1) && !r.finiteVerb(q-1) && !r.isCue(kReport, q-1)
		}
		if r.isCue(kClause, q) || !r.inActor(q) && r.verbCandidate(q) {
			return false
		}
	}
	return false
}

// sameDayIn reports a time in clause c that holds a phrase of the same
// day counted from the last day named (cue kind sameday: "hours later",
// "horas después").
func (r *run) sameDayIn(c clause) bool {
	lo, hi := r.d.Tokens[c.start].Start, r.d.Tokens[c.end-1].End
	for _, t := range r.d.Times {
		if t.Start < lo || t.End > hi {
			continue
		}
		for j := r.d.TokenAt(t.Start); j < c.end && r.d.Tokens[j].Start < t.End; j++ {
			if _, ok := r.lx.cueAt(r.info, j, c.end, kSameDay); ok {
				return true
			}
		}
	}
	return false
}

// habitual reports a trigger told in the present in a sentence that holds
// a cue of recurrence (cue kind habitual: "every year", "cada año", "se
// repiten"): a finite verb in the present tense, or a noun or a form
// that is not finite in a sentence whose finite verbs are all in the
// present.
func (r *run) habitual(m match, f morph.Form, s doc.Sentence, p *pattern) bool {
	cue := false
	for j := s.FirstTok; j < s.EndTok && !cue; j++ {
		if r.word(j) {
			_, cue = r.lx.cueAt(r.info, j, s.EndTok, kHabitual)
		}
	}
	if !cue {
		return false
	}
	if !p.Noun && isFinite(f) {
		return f == morph.Pres && !r.hasForm(m.head, morph.Past)
	}
	if !p.Noun && r.d.Lang == "en" && f == morph.Other && r.verbAt(m.head) {
		return true // a bare present: "raids kill dozens"
	}
	// (an English past that may be a participle, "fuelled by drought",
	// tells no tense)
	for j := s.FirstTok; j < s.EndTok; j++ {
		if r.word(j) && !r.inActor(j) && !r.info[j].function && r.finiteVerb(j) && (r.hasForm(j, morph.Past) || r.hasForm(j, morph.Fut) || r.hasForm(j, morph.Cond)) &&
			!(r.d.Lang == "en" && r.hasForm(j, morph.Part)) {
			return false
		}
	}
	return true
}

// tallySpan reports a span over which acts are counted after the trigger,
// in its clause or the "since" phrase that follows: a phrase of cue kind
// tally ("this year", "so far"), or a word of cue kind tallyfrom ("since")
// right before a time named by its month or year ("since January", "since
// 2020"; not "since Monday").
func (r *run) tallySpan(m match, c clause) bool {
	// ("since" opens a clause of its own: up to the sentence's end, or the
	// next finite verb)
	end := r.d.Sentences[r.d.Tokens[m.head].Sent].EndTok
	for j := m.end; j < end; j++ {
		if !r.word(j) {
			continue
		}
		if j >= c.end && !r.timeTok[j] && r.finiteVerb(j) {
			return false
		}
		if _, ok := r.lx.cueAt(r.info, j, end, kTally); ok {
			return true
		}
		if r.info[j].foldIs(kTallyFrom) && j+1 < end && r.timeTok[j+1] {
			for _, t := range r.d.Times {
				if t.Start == r.d.Tokens[j+1].Start && t.Type == "DATE" && (len(t.Value) == 4 || len(t.Value) == 7) {
					return true
				}
			}
		}
	}
	return false
}

// listedSubject reports a group that is the subject of a relative clause
// closed before j whose subject is a list broken by commas (listedRelative
// at the first verb after the group).
func (r *run) listedSubject(g *group, j, lo int) bool {
	for h := g.end; h < j; h++ {
		if r.word(h) && r.verbCandidate(h) {
			return r.listedRelative(h, lo)
		}
	}
	return false
}

// wordsCode reports codes of acts of words: statements, appeals, intents,
// consultations, diplomatic cooperation, demands, disapproval, rejection,
// threats.
func wordsCode(code string) bool {
	switch code[:2] {
	case "01", "02", "03", "05", "10", "11", "12", "13":
		return true
	}
	return false
}

// verbCandidate reports a token that can head a verb a later verb is
// joined to: a finite verb (in English not right after a determiner,
// preposition or "to"), or an English participle right after an auxiliary
// ("had shelled"); never a word of an actor's mention.
func (r *run) verbCandidate(h int) bool {
	if !r.word(h) || r.inActor(h) || r.info[h].function && !r.finiteVerb(h) {
		return false
	}
	if r.d.Lang == "en" {
		if h > 0 && r.word(h-1) && r.info[h-1].fold == "to" || r.nounAfterPrep(h) || r.isCue(kAux, h) {
			return false
		}
		if r.hasForm(h, morph.Part) && h > 0 && r.word(h-1) && r.isCue(kAux, h-1) {
			return true
		}
	}
	// "que viven en el exilio, ordenó": in Spanish a word right after a
	// determiner that is no object clitic ("el", "un", "su") is a noun
	if r.d.Lang == "es" && h > 0 && r.word(h-1) && r.isCue(kDet, h-1) && !r.isCue(kConjSkip, h-1) && !r.isCue(kNeuter, h-1) {
		return false
	}
	return r.finiteVerb(h) || r.pastLike(h)
}

// pastLike reports an English lower-case word in -ed that the analyser
// does not know ("surrounded"): a verb in the past all the same.
// ... and a Spanish one in -ó, -aron or -ieron ("bloqueó", "cercaron"):
// a preterite.
func (r *run) pastLike(h int) bool {
	f := r.info[h].fold
	if r.d.Tokens[h].Cap || r.verbAt(h) || len(f) <= 4 {
		return false
	}
	if r.d.Lang == "es" {
		return strings.HasSuffix(r.d.Tokens[h].Lower(), "ó") || strings.HasSuffix(f, "aron") || strings.HasSuffix(f, "ieron")
	}
	return strings.HasSuffix(f, "ed")
}

// agrees reports whether verb h can share the subject of trigger t:
// Spanish third person number (a plural ends in -n), English tense (past
// with past or a participle after its auxiliary, present with present).
func (r *run) agrees(h, t int) bool {
	if r.d.Lang == "es" {
		return strings.HasSuffix(r.info[h].fold, "n") == strings.HasSuffix(r.info[t].fold, "n") &&
			strings.HasSuffix(r.info[h].fold, "mos") == strings.HasSuffix(r.info[t].fold, "mos")
	}
	if h > 0 && r.word(h-1) && r.isCue(kPassive, h-1) && r.hasForm(h-1, morph.Pres) && r.hasForm(h, morph.Part) {
		// (a participle after a present "is"/"are" is a present passive:
		// "the right is protected by ... and urged" joins no past verb)
		return r.hasForm(t, morph.Pres)
	}
	for _, f := range []morph.Form{morph.Past, morph.Pres} {
		if r.hasForm(t, f) && (r.hasForm(h, f) || f == morph.Past && (r.hasForm(h, morph.Part) || r.pastLike(h))) {
			return true
		}
	}
	return false
}

// reportingBefore returns the reporting verb whose reported clause holds
// verb h ("said Thai troops had shelled", "dijo que el Gobierno no
// pagará"): the nearest finite verb before h, past its auxiliaries, when
// it is a verb of saying and some word stands between; else -1.
func (r *run) reportingBefore(h, lo int) int {
	b := h - 1
	for b >= lo && r.word(b) && r.isCue(kAux, b) {
		b--
	}
	for ; b >= lo; b-- {
		if !r.word(b) {
			if t := r.d.Tokens[b].Text; t == "." || t == ";" {
				return -1
			}
			continue
		}
		if r.verbCandidate(b) {
			if (r.isCue(kReport, b) || r.thatClauseAfter(b)) && b < h-1 {
				return b
			}
			return -1
		}
	}
	return -1
}

// reportedCount reports a trigger that ends a count ("17 heridos", "una
// veintena de lesionados") right after a verb of saying, past "de"/"of"
// ("informó de 17 heridos", "reportó 12 heridos"): the count is what the
// speaker tells, not what the speaker did.
func (r *run) reportedCount(m match, s doc.Sentence) bool {
	start, counted := r.countStart(m.head, s)
	if !counted {
		return false
	}
	for j := start - 1; j >= s.FirstTok && j >= start-3; j-- {
		if !r.word(j) {
			return false
		}
		if r.info[j].fold == "de" || r.info[j].fold == "of" || r.timeTok[j] {
			continue
		}
		return r.finiteVerb(j) && r.isCue(kReport, j)
	}
	return false
}

// thatClauseAfter reports a verb at b whose object is a clause opened
// right after it, past times and commas, by "que"/"that" ("denunció que
// la policía disparó", "warned that troops had fired"): a verb that tells
// what someone said or thinks (a denunciation, a warning, a demand) holds
// the clause as a verb of saying does.
func (r *run) thatClauseAfter(b int) bool {
	for j := b + 1; j < len(r.d.Tokens) && j <= b+4; j++ {
		if r.timeTok[j] || !r.word(j) && r.d.Tokens[j].Text == "," {
			continue
		}
		return r.word(j) && (r.info[j].fold == "que" || r.info[j].fold == "that")
	}
	return false
}

func (r *run) clauseSubject(m match, k int, cs []clause, gs []*group, subj []*group, si int) *group {
	c := cs[k]

	// "si el Gobierno no nos escucha radicalizaremos nuestras medidas":
	// a Spanish verb in the first person plural has "nosotros" as its
	// subject, none of the groups named in the third person; that is
	// the group of the one who says it, when the sentence names him
	// ("los maestros marchamos": a group right before the verb is that
	// "nosotros")
	if r.firstPlural(m.head) || r.firstPluralGoverned(m) {
		for _, g := range gs {
			if g.end == m.head && g.start >= c.start && r.prepBefore(g.start, c.start) == "" {
				return g
			}
		}
		return r.firstPersonSpeaker(m, cs, gs, subj, si)
	}
	// "police fired tear gas at hundreds of students protesting outside
	// parliament": an English -ing form right after a group opens a
	// reduced relative on it; that group is its subject, whatever
	// governs the group
	if r.d.Lang == "en" && r.hasForm(m.head, morph.Ger) {
		for _, g := range gs {
			if g.end == m.head && g.start >= c.start && !g.reporter {
				return g
			}
		}
	}
	for n := len(gs) - 1; n >= 0; n-- {
		g := gs[n]
		if g.end > m.head || g.start < c.start || g.reporter {
			continue
		}
		// "si el gobierno no los escucha radicalizarán el paro": the
		// subject of a condition with a verb of its own before the
		// trigger is the condition's
		if r.mainVerbTrigger(m) && r.conditionSubject(g, c, m.head) {
			continue
		}
		p := r.groupPrep(g, c.start)
		// "the government led by President Evo Morales", "encabezado por
		// el presidente Evo Morales": the title before a person's name
		// stands inside the phrase the preposition governs
		tg := g
		if t := r.titleStart(g, c.start); p == "" && t < g.start {
			tg = &group{acts: g.acts, start: t, end: g.end}
			p = r.prepBefore(t, c.start)
		}
		// "unos 9.000 médicos dependientes del ministerio de Salud
		// realizaban un paro": a complement of an actor named just before
		// it, past an adjective or participle, is no subject; that actor is
		if p == "" && n > 0 && (r.complementOfActor(g, gs[n-1], c) || r.topicOfActor(g, gs[n-1], c)) {
			continue
		}
		// "hirieron a policías durante una protesta estudiantil": the
		// doers of an act named after a preposition are no subject
		if r.relationalGroup(g) && r.governor(g.start, c.start) != "" {
			continue
		}
		// "los transportistas que fueron detenidos por la policía
		// iniciaron una huelga": the agent of a passive participle told
		// before a finite verb is that participle's, not the verb's
		// subject (a participle joined to it shares it: "detenido por la
		// policía y luego liberado")
		if p != "" && r.lx.is(kAgent, p) && r.finiteTrigger(m) && r.passiveAgent(tg, c, m.head) && !r.ledNoActor(tg, c) {
			continue
		}
		if p == "" || r.lx.is(kAgent, p) && p != "a" || r.quantifiedSubject(g, c, p) || r.countAfterPhrase(g, c) {
			return g
		}
	}
	// "un ataque con drones paquistaníes mató a nueve civiles": the arms
	// a nominal attack heading the clause was made with name who made it
	if g := r.instrumentDoer(m, c, gs); g != nil {
		return g
	}
	// "Poland ... said it would keep the crossing closed": a subject
	// pronoun right after a reporting verb is the reporter, not the last
	// actor named
	if rv := r.reportedPronoun(m, c); rv >= 0 {
		rm := match{head: rv, end: rv + 1, toks: []int{rv}, words: 1}
		return r.subjectFor(rm, clauseOf(cs, rv), cs, gs, subj, si)
	}
	if tv := r.toldPronoun(m, c, gs); tv >= 0 {
		tm := match{head: tv, end: tv + 1, toks: []int{tv}, words: 1}
		if g := r.subjectFor(tm, clauseOf(cs, tv), cs, gs, subj, si); g != nil && g.end <= tv {
			return g
		}
	}
	// "protesters who had attacked the parliament", "los estudiantes que
	// atacaron el Congreso": the subject of a relative verb is its
	// antecedent, not the subject of the main clause
	// ("la propuesta del Gobierno, que calificó de farsa": the pronoun is
	// the object, option relobj; the subject is the main clause's)
	relObj := r.relObjectPronoun(m, c)
	if g := r.subjectAntecedent(m, c, gs); g != nil && !relObj {
		return g
	}
	// "un atraso fiscal que amenaza con arruinar al partido": a relative
	// verb right after its pronoun whose antecedent is a noun naming no
	// actor has that noun as subject: none is borrowed
	if !relObj && (r.nounAntecedent(m, c) || r.commaNounAntecedent(m, c)) {
		return nil
	}
	// a noun phrase right before the verb that names no actor ("after a
	// typhoon killed", "cuando el huracán destruyó") is the subject: none
	// is borrowed from an earlier clause
	// "Miles de productores rurales paraguayos levantaron los bloqueos
	// ... Los productores habían cortado el tráfico": a definite plural
	// noun naming no actor that opens the sentence, right before its
	// verb, names again the group an earlier mention headed by that noun
	// named
	// (with none, that noun is the subject: none is borrowed either)
	if g, opens := r.headNounAntecedent(m, c); opens {
		return g
	}
	if r.nounSubjectBefore(m.head, c) || r.countedSubjectBefore(m.head, c) {
		return nil
	}
	// the subject of the clause (before the trigger) or an earlier one
	gerundClause := r.gerundOpens(c)
	// "A fourth rocket hit a house, injuring a woman": a participial
	// clause after a comma whose sentence opens on a noun phrase that
	// names no actor, the subject of its first verb, has that noun as
	// subject: none is borrowed from the sentence before
	if gerundClause && c.start > 0 && m.head == c.start+1 && r.nounOpensSentence(c.start) {
		return nil
	}
	for j := k; j >= 0; j-- {
		if j < k && (r.closedRel(cs, j) || r.possRelClause(cs[j]) && r.commaBetween(cs[j].start+2, m.head)) {
			continue // a relative clause's subject is its own
		}
		// "X and Y declared a ceasefire after talks mediated by Qatar,
		// promising to halt fighting": a participial clause after a comma
		// shares the main clause's subject, not an adverbial clause's
		if j < k && gerundClause && r.adverbialClause(cs[j]) {
			continue
		}
		// "Poland demanded that Belarus release X, and said ...": a verb
		// after a coordinating conjunction shares the subject of the main
		// verb, not that of its complement clause
		if j < k && r.coordOpens(c) && r.complClause(cs[j]) {
			continue
		}
		// "Pakistan, a key U.S. ally in the war, has refused": an
		// apposition between commas on the subject before it is no subject
		if j < k && r.apposition(cs, j, subj) {
			continue
		}
		// "anunciaron que, si el gobierno no los escucha, radicalizarán
		// el paro", "if the government refuses, they will strike": the
		// subject of a condition before the verb is the condition's own
		if j < k && r.conditionClause(cs[j]) {
			continue
		}
		// "Decenas de blogueros marcharon y bloquearon la autopista": a
		// later verb shares its clause's or an earlier clause's subject
		// even when that subject names no actor; none is borrowed from
		// before
		if subj[j] == nil && r.unknownSubjectOpens(cs[j]) {
			return nil
		}
		if g := subj[j]; g != nil && g.end <= m.head && !(j < k && r.relationalGroup(g)) && !(j == k && r.mainVerbTrigger(m) && r.conditionSubject(g, c, m.head)) {
			// (the agent of a participle in the trigger's own clause is
			// the participle's: see above)
			if j == k && r.lx.is(kAgent, r.prepBefore(g.start, c.start)) && r.finiteTrigger(m) && r.passiveAgent(g, c, m.head) {
				continue
			}
			// ... and so is the agent of a participle opening an
			// apposition between commas before it ("la marcha, disuelta
			// por la policía, buscaba protestar": not the police's
			// protest), unless the participle tells who holds the act
			// ("la huelga, acatada por los maestros, paralizó")
			if j < k && r.participleAgent(g, cs[j]) && !(j == k-1 && r.subordinateOpens(c)) {
				continue
			}
			return g
		}
	}
	// (the doers an adjective names are those of its act alone: "las
	// protestas estudiantiles ... ; criticó" borrows no subject from them)
	// "He accused Hanoi of ...": a sentence opened by a pronoun of one
	// person stands for the person last named as subject or speaker in
	// the sentence before, not for a body or a thing ("the coast guard")
	if r.lastPerson != nil && r.lastPersonSent == si-1 && k == 0 && c.start < m.head && r.word(cs[0].start) && r.isCue(kPersonPron, cs[0].start) {
		if r.lastSubj == nil || r.lastSubjSent != si-1 || r.d.Actors[r.lastSubj.acts[0]].Kind != "person" {
			return r.lastPerson
		}
	}
	if r.lastSubj != nil && r.lastSubjSent == si-1 && !r.relationalGroup(r.lastSubj) {
		return r.lastSubj
	}
	return nil
}

// complementOfActor reports whether group g opens with a preposition the
// actors stage took into its mention ("del", "al") that hangs on the group
// prev right before it, right after it ("los opositores del gobierno", "los
// opositores al gobierno") or past one or two words that are no verb,
// preposition or punctuation ("médicos dependientes del ministerio",
// "obreros afiliados de la central").
func (r *run) complementOfActor(g, prev *group, c clause) bool {
	if !r.word(g.start) || !r.info[g.start].foldIs(kPrep) || prev.start < c.start || prev.reporter {
		return false
	}
	gap := g.start - prev.end
	if gap < 0 || gap > 2 {
		return false
	}
	for j := prev.end; j < g.start; j++ {
		if !r.word(j) || r.finiteVerb(j) || r.info[j].foldIs(kPrep) || r.isCue(kCoord, j) || r.isCue(kClause, j) {
			return false
		}
	}
	return true
}

// topicOfActor reports whether group g ends a phrase that hangs on the
// group prev right before it by a preposition other than a genitive or
// an agent one, past determiners, nouns and genitives only ("El relator
// especial de la ONU sobre los derechos de los pueblos indígenas urgió":
// the people are the rapporteur's topic, no subject).
func (r *run) topicOfActor(g, prev *group, c clause) bool {
	if prev.start < c.start || prev.reporter || g.start <= prev.end || g.start-prev.end > 6 {
		return false
	}
	j := prev.end
	if !r.word(j) || !r.info[j].foldIs(kPrep) || r.info[j].foldIs(kGenitive) || r.isCue(kAgent, j) || r.isCue(kPersonal, j) {
		return false
	}
	for j++; j < g.start; j++ {
		if !r.word(j) || r.finiteVerb(j) || r.isCue(kCoord, j) || r.isCue(kClause, j) || r.info[j].foldIs(kPrep) && !r.info[j].foldIs(kGenitive) {
			return false
		}
	}
	return true
}

// stateGroup reports whether every actor of g is a government.
func (r *run) stateGroup(g *group) bool {
	for _, ai := range g.acts {
		if !strings.HasSuffix(r.d.Actors[ai].Code, "GOV") {
			return false
		}
	}
	return len(g.acts) > 0
}

// lendComplementCountry gives an agent with no country the country of the
// actor that is its complement ("los opositores del gobierno venezolano",
// "médicos dependientes del ministerio peruano": VENOPP, PERHLH), as the
// complement is no subject (complementOfActor) and the country it names is
// the agent's own.
func (r *run) lendComplementCountry(gs []*group, cs []clause) {
	if len(cs) == 0 {
		return
	}
	for n := 1; n < len(gs); n++ {
		prev, g := gs[n-1], gs[n]
		if len(prev.acts) != 1 || len(g.acts) != 1 || !r.complementOfActor(g, prev, cs[clauseOf(cs, g.start)]) {
			continue
		}
		h, o := &r.d.Actors[prev.acts[0]], &r.d.Actors[g.acts[0]]
		if h.Kind != "agent" || h.Country != "" || h.Code == "" || len(o.Country) != 3 || !strings.HasPrefix(o.Code, o.Country) {
			continue
		}
		*h = *landed(h, o.Country)
	}
}

// firstPlural reports a Spanish finite verb in the first person plural
// ("radicalizaremos", "marchamos", "vamos"): a finite reading ending in
// "-mos".
func (r *run) firstPlural(i int) bool {
	return r.d.Lang == "es" && strings.HasSuffix(r.info[i].fold, "mos") && r.finiteVerb(i)
}

// firstPluralGoverned reports a Spanish infinitive trigger right after a
// verb in the first person plural, or after one and a preposition
// ("vamos a radicalizar", "queremos negociar", "decidimos marchar").
func (r *run) firstPluralGoverned(m match) bool {
	h := m.head
	if r.d.Lang != "es" || !r.hasForm(h, morph.Inf) || h < 1 {
		return false
	}
	if r.word(h-1) && r.info[h-1].foldIs(kPrep) {
		h--
	}
	return h >= 1 && r.word(h-1) && r.firstPlural(h-1)
}

// firstPersonSpeaker returns the group of whoever says the words a first-person
// trigger stands in: the subject of a reporting or threatening verb of
// the sentence ('Un obrero dijo que "aumentaremos ..."', '"...
// radicalizaremos ...", advirtió el alcalde'), or nil.
func (r *run) firstPersonSpeaker(m match, cs []clause, gs []*group, subj []*group, si int) *group {
	s := r.d.Sentences[si]
	for j := s.FirstTok; j < s.EndTok; j++ {
		if j == m.head || !r.word(j) || !(r.isCue(kReport, j) || r.isCue(kThreat, j)) || !r.finiteVerb(j) || r.firstPlural(j) {
			continue
		}
		// an inverted subject right after it ("advirtió el alcalde")
		for _, g := range gs {
			if g.start > j && g.start <= j+4 && g.inverted {
				return g
			}
		}
		if j > m.head {
			continue
		}
		rm := match{head: j, end: j + 1, toks: []int{j}, words: 1}
		return r.subjectFor(rm, clauseOf(cs, j), cs, gs, subj, si)
	}
	return nil
}

// finiteTrigger reports a trigger read as a finite verb: not a Spanish
// participle, infinitive or gerund, nor an English infinitive after "to"
// or -ed form right after a coordinator or a passive auxiliary ("was
// detained by police and released").
func (r *run) finiteTrigger(m match) bool {
	if !r.finiteVerb(m.head) {
		return false
	}
	if r.d.Lang != "en" {
		return !r.hasForm(m.head, morph.Part)
	}
	j := m.head - 1
	for j > 0 && r.word(j) && r.isCue(kConjSkip, j) && m.head-j < 3 {
		j--
	}
	return j < 0 || !r.word(j) || r.info[j].fold != "to" && !r.isCue(kCoord, j) && !r.isCue(kPassive, j)
}

// passiveAgent reports a group right after the agent preposition of a
// participle (determiners between) that is not the trigger at head:
// "detenidos por la policía".
func (r *run) passiveAgent(g *group, c clause, head int) bool {
	return r.passiveAgentAt(r.detsBack(g.start-1, c.start), c, head)
}

// passiveAgentAt is passiveAgent with the agent preposition looked for at
// token j.
func (r *run) passiveAgentAt(j int, c clause, head int) bool {
	if j <= c.start || !r.word(j) || !r.isCue(kAgent, j) {
		return false
	}
	j--
	// "detenido el lunes por la policía": a time expression may stand
	// between the participle and its agent
	for j > c.start && r.word(j) && (r.timeTok[j] || r.isCue(kDet, j) && r.timeTok[j+1]) {
		j--
	}
	// "was broken up by police": a particle between the participle and
	// its agent (as written: "backed" is no particle "back")
	if r.d.Lang == "en" && j > c.start && r.word(j) && r.info[j].foldIs(kParticle) {
		j--
	}
	// (a regular participle of a verb the dictionaries need not know:
	// "la mina, operada por la empresa")
	return j >= c.start && j != head && r.word(j) && (r.hasForm(j, morph.Part) || r.d.Lang == "en" && r.hasForm(j, morph.Past) || r.participleShape(j))
}

// participleAgent reports group g, in clause c, as the agent of the
// participle right before its preposition, when that participle is no
// organiser's (cue kind organizer): "los mineros, detenidos por la
// policía, ...", "la sede ocupada por los insurgentes".
func (r *run) participleAgent(g *group, c clause) bool {
	j := r.detsBack(g.start-1, c.start)
	// (past a common noun that classes a name and its adjectives: "la
	// mina, operada por la empresa peruana Minera Andina")
	for n := 0; n < 3 && r.d.Tokens[g.start].Cap && j > c.start && r.word(j) && !r.isCue(kAgent, j) && !r.isCue(kDet, j) && !r.d.Tokens[j].Cap && !r.info[j].foldIs(kPrep) && !r.info[j].function && !r.verbAt(j); n++ {
		j = r.detsBack(j-1, c.start)
	}
	if j <= c.start || !r.word(j) || !r.isCue(kAgent, j) || !r.word(j-1) || r.isCue(kOrganizer, j-1) {
		return false
	}
	return r.passiveAgentAt(j, c, -1)
}

// subordinateOpens reports a clause opened by a word that opens a clause
// (cue kind clause: "mientras", "while"), no comma or coordinator: it
// goes on the clause before, whose last actor may be its subject
// ("exhibido por las tropas mientras luchaban").
func (r *run) subordinateOpens(c clause) bool {
	return c.start < c.end && r.word(c.start) && r.isCue(kClause, c.start) && !r.isCue(kCoord, c.start)
}

// namedBuilding reports a capitalised word that is no place's name right
// after a preposition (and its determiners) in [lo, hi): the name of a
// building or an institution's seat ("en el Palacio de Gobierno").
func (r *run) namedBuilding(lo, hi int) bool {
	j := lo
	for j < hi && r.word(j) && r.isCue(kDet, j) {
		j++
	}
	return j < hi && r.word(j) && r.d.Tokens[j].Cap && !r.inPlace(j) && !r.inActor(j) && !r.capsWord(j)
}

// apposition reports a clause j between commas with no finite verb right
// after the group that is the subject of the clause before it: "Pakistan,
// a key U.S. ally in the war against terrorism, has refused".
func (r *run) apposition(cs []clause, j int, subj []*group) bool {
	if j == 0 || j+1 >= len(cs) || subj[j-1] == nil || subj[j-1].end != cs[j].start {
		return false
	}
	if r.d.Tokens[cs[j].start].Text != "," || r.d.Tokens[cs[j+1].start].Text != "," {
		return false
	}
	// a noun phrase: not a preposition ("according to", "según"), nor a
	// verb form ("including", "citing")
	w := cs[j].start + 1
	if w >= cs[j].end || !r.word(w) || r.info[w].foldIs(kPrep) {
		return false
	}
	if _, ok := r.lx.cueAt(r.info, w, cs[j].end, kAccording); ok {
		return false
	}
	for _, a := range r.info[w].an {
		if a.Verb {
			return false
		}
	}
	for t := cs[j].start + 1; t < cs[j].end; t++ {
		if r.word(t) && r.finiteVerb(t) {
			return false
		}
	}
	return true
}

// quantifiedSubject reports a subject under a quantity or collective
// head: "Miles de estudiantes", "Un grupo de campesinos", "Members of the
// union": the group follows "de"/"of" and nothing before it in the clause
// is a verb or another actor.
func (r *run) quantifiedSubject(g *group, c clause, p string) bool {
	if !r.lx.is(kGenitive, p) {
		return false
	}
	for j := c.start; j < g.start-1; j++ {
		if r.d.Tokens[j].Kind == doc.Punct && j == c.start {
			continue
		}
		if r.word(j) && (r.info[j].foldIs(kPrep) && r.info[j].fold != p) {
			return false
		}
		if r.word(j) && r.info[j].foldIs(kPrep) {
			continue // "cientos de miles de": "de" is no form of "dar"
		}
		for _, a := range r.info[j].an {
			if a.Verb && a.Form != morph.Part {
				return false
			}
		}
	}
	for j := c.start; j < g.start-1; j++ {
		for i := range r.aTok {
			if r.aTok[i][0] <= j && j < r.aTok[i][1] {
				return false
			}
		}
	}
	return true
}

// agentAfter returns the agent of a passive: the group after "por"/"by".
func (r *run) agentAfter(m match, c clause, gs []*group) *group {
	for _, g := range gs {
		if g.start < m.end || g.start >= c.end+maxReach || g.reporter {
			continue
		}
		if p := r.prepBefore(g.start, m.end); r.lx.is(kAgent, p) || r.agentPhraseBefore(g.start, m.end) || r.memberAgent(g.start, m.end) || r.quantAgent(g.start, m.end) || r.modifiedAgent(g.start, m.end) {
			// "doce personas heridas y decenas detenidas por la policía":
			// an agent belongs to the nearest participle before it; a
			// verb of harm suffered further back, joined by "y", is not
			// told as the agent's act
			if r.isCue(kCasualty, m.head) && r.participleJoinedBefore(m.end, g.start) {
				return nil
			}
			// "The interpreter, who was arrested with them, was charged by
			// a provincial court": nor is it the agent of a passive told
			// before another passive auxiliary and its participle
			if r.passiveBetween(m.end, g.start) {
				return nil
			}
			return g
		}
	}
	return nil
}

// modifiedAgent reports an English agent preposition two words before the
// group at i, past one lower-case noun that modifies it ("detained by
// immigration police", "by border guards"): no verb reading, no function
// word, no actor's or time's word, not before lo.
func (r *run) modifiedAgent(i, lo int) bool {
	j := i - 1
	if r.d.Lang != "en" || j-1 < lo || !r.word(j) || !r.word(j-1) || !r.isCue(kAgent, j-1) || r.inActor(j) || r.info[j].function || r.timeTok[j] {
		return false
	}
	for _, a := range r.info[j].an {
		if a.Verb {
			return false
		}
	}
	t := r.d.Tokens[j].Text
	return t != "" && strings.ToLower(t[:1]) == t[:1]
}

// possessiveEnd reports an English group that ends in the possessive or
// right before it ("Reagan's", "the teachers'"): the owner of a noun after
// it.
func (r *run) possessiveEnd(g *group) bool {
	for _, j := range []int{g.end - 1, g.end} {
		if j < 0 || j >= len(r.d.Tokens) {
			continue
		}
		t := r.d.Tokens[j].Text
		if strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "'") || strings.HasSuffix(t, "’") || strings.HasPrefix(t, "'") || strings.HasPrefix(t, "’") {
			return true
		}
	}
	return false
}

// releasedPassive reports an English demand or appeal whose pattern ends
// in a passive participle with no agent after it ("demanded that the
// interpreter be released", "urged that they be freed"): the people
// between are those to be released, not whom the demand is made on.
func (r *run) releasedPassive(m match) bool {
	last := m.toks[len(m.toks)-1]
	return r.d.Lang == "en" && len(m.toks) > 1 && last > m.head+1 && r.word(last-1) && r.isCue(kPassive, last-1) && !r.agentNext(match{end: last + 1})
}

// titleBefore reports tokens a..b-1 that are one to three capitalised
// words, none a function word, an actor's or a verb's (the title of the
// name that follows: "Prime Minister", "Opposition Leader"), after an
// article or none.
func (r *run) titleBefore(a, b int) bool {
	if a < b && r.word(a) && r.isCue(kDet, a) {
		a++
	}
	if b-a < 1 || b-a > 3 {
		return false
	}
	for j := a; j < b; j++ {
		if !r.word(j) || !r.d.Tokens[j].Cap || r.info[j].function || r.inActor(j) || r.verbCandidate(j) {
			return false
		}
	}
	return true
}

// passiveBetween reports an English passive auxiliary right before a
// participle in [from, to), after a comma ("..., was charged on Monday
// by"): the passive an agent at to belongs to.
func (r *run) passiveBetween(from, to int) bool {
	if r.d.Lang != "en" {
		return false
	}
	comma := false
	for j := from; j+1 < to; j++ {
		if !r.word(j) {
			comma = comma || r.d.Tokens[j].Text == ","
			continue
		}
		if !comma || !r.isCue(kPassive, j) || !r.word(j+1) {
			continue
		}
		for _, a := range r.info[j+1].an {
			if a.Verb && (a.Form == morph.Part || a.Form == morph.Past) {
				return true
			}
		}
	}
	return false
}

// participleJoinedBefore reports a coordinator in [from, to) followed,
// before to, by a participle (an English past form): the one an agent at
// to belongs to.
func (r *run) participleJoinedBefore(from, to int) bool {
	joined := false
	for j := from; j < to; j++ {
		if !r.word(j) {
			continue
		}
		if r.isCue(kCoord, j) {
			joined = true
			continue
		}
		// (one read as an actor too: "decenas detenidas")
		if !joined {
			continue
		}
		for _, a := range r.info[j].an {
			if a.Verb && (a.Form == morph.Part || r.d.Lang == "en" && a.Form == morph.Past) {
				return true
			}
		}
	}
	return false
}

// memberAgent reports a group at i that follows a noun of membership
// and "de"/"of" right after the agent preposition ("fueron desaparecidas
// por miembros de un grupo armado", "were abducted by members of the
// militia"): the group is the agent, as "Miembros de un grupo armado" is
// a subject; the counting nouns of the cue kind member ("cientos",
// "thousands") and a number work the same way ("fue ocupada por cientos
// de estudiantes", "por unos 200 campesinos", "by thousands of
// protesters").
func (r *run) memberAgent(i, lo int) bool {
	j := r.detsBack(i-1, lo)
	if j > lo && r.d.Tokens[j].Kind == doc.Number {
		k := r.detsBack(j-1, lo)
		return k >= lo && r.word(k) && r.lx.is(kAgent, r.info[k].fold)
	}
	// (a contraction of the genitive read inside the group's mention:
	// "por parte de miembros del Ejército")
	if r.word(i) && r.info[i].foldIs(kGenitive) {
		j = i
	}
	if j <= lo || !r.word(j) || !r.info[j].foldIs(kGenitive) || !r.word(j-1) || !r.isCue(kMember, j-1) {
		return false
	}
	k := j - 1
	if p := r.prepBefore(k, lo); r.lx.is(kAgent, p) {
		return true
	}
	return r.agentPhraseBefore(k, lo)
}

// quantAgent reports a group at i after a quantifier (cue kind quant)
// right after the agent preposition, alone or with "de"/"of" and
// determiners ("por varios manifestantes", "por la mayoría de los
// diputados", "by many of the member states"); one modifier word may
// stand between the quantifier and the group ("by most Kurdish
// lawmakers"): the group is the passive's agent.
func (r *run) quantAgent(i, lo int) bool {
	j := r.detsBack(i-1, lo)
	// (a modifier the group leaves out: "most Kurdish lawmakers")
	if j == i-1 && j-1 > lo && r.word(j) && r.word(j-1) && r.isCue(kQuant, j-1) && !r.info[j].function && !r.inActor(j) && !r.verbCandidate(j) {
		j--
	}
	if j-1 > lo && r.word(j) && r.info[j].foldIs(kGenitive) && r.word(j-1) && r.isCue(kQuant, j-1) {
		j--
	}
	if j <= lo || !r.word(j) || !r.isCue(kQuant, j) {
		return false
	}
	if p := r.prepBefore(j, lo); r.lx.is(kAgent, p) {
		return true
	}
	return r.agentPhraseBefore(j, lo)
}

// causeAction returns the group right after the trigger's clause
// preposition of place ("in", "en") that names a military action with its
// author ("Israeli shelling", "un bombardeo israelí") or a country's arms
// ("Israeli tank shelling"); nil if none.
func (r *run) causeAction(m match, c clause, gs []*group) *group {
	for _, g := range gs {
		if g.start < m.end || g.start >= c.end || g.reporter || len(g.acts) == 0 {
			continue
		}
		a := &r.d.Actors[g.acts[0]]
		if p := r.prepBefore(g.start, m.end); p == "" || !r.lx.is(kLoc, p) || a.Kind != actors.KindAction && !(a.Country != "" && hasRole(a, []string{"MIL"})) {
			return nil
		}
		return g
	}
	return nil
}

// capsWord reports a word of three letters or more whose first two are
// capitals ("CHOCÓ", and "CHOCo" where a capital's accent was lost).
func (r *run) capsWord(i int) bool {
	t := r.d.Tokens[i].Text
	if len(t) < 3 {
		return false
	}
	n := 0
	for _, c := range t {
		if n == 2 {
			break
		}
		if !unicode.IsUpper(c) {
			return false
		}
		n++
	}
	return n == 2
}

// capsSentence reports a sentence written in capitals (a headline): at
// least three words, four in five of them all capitals. The answer is
// kept for the sentence.
func (r *run) capsSentence(s doc.Sentence) bool {
	if r.capsFor == s.FirstTok+1 {
		return r.capsIs
	}
	words, caps := 0, 0
	for i := s.FirstTok; i < s.EndTok; i++ {
		t := r.d.Tokens[i].Text
		if r.d.Tokens[i].Kind != doc.Word {
			continue
		}
		words++
		if strings.ToUpper(t) == t && strings.ToLower(t) != t {
			caps++
		}
	}
	r.capsFor, r.capsIs = s.FirstTok+1, words >= 3 && caps*5 >= words*4
	return r.capsIs
}

// titleVerbAt reports whether the capitalised word at j of English
// headline s in title case, right after an actor, is an event verb
// followed by a word that is no function word nor one in -s (maybe a
// verb: "Taliban Attack Kills Five", "Hamas Attack Leaves 20 Dead"): the
// headline's verb ("Houthis Attack Ship").
func (r *run) titleVerbAt(j int, s doc.Sentence) bool {
	if r.d.Lang != "en" || j <= s.FirstTok || j+1 >= s.EndTok || !r.d.Tokens[j].Cap || !r.inActor(j-1) || r.inActor(j) || !r.titleSentence(s) {
		return false
	}
	eventVerb := func(k int) bool {
		for _, a := range r.info[k].an {
			if r.lx.verbs[a.Lemma] {
				return true
			}
		}
		return false
	}
	n := j + 1
	if !eventVerb(j) || !r.word(n) || r.info[n].foldIs(kPrep) || r.info[n].function {
		return false
	}
	f := r.info[n].fold
	return !(strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss"))
}

// titleSentence reports whether English sentence s is a headline in title
// case (doc.TitleCase), where a capitalised word may be the verb ("Police
// Arrest 40 Protesters in Lima"). The answer is kept for the sentence.
func (r *run) titleSentence(s doc.Sentence) bool {
	if r.d.Lang != "en" {
		return false
	}
	if r.titleFor == s.FirstTok+1 {
		return r.titleIs
	}
	title := r.d.TitleCase(s)
	r.titleFor, r.titleIs = s.FirstTok+1, title
	return title
}

// directObjectBetween reports a direct object opening in [from, to), a
// stretch of one clause (no punctuation in it): a determiner or a number
// before any preposition there, times aside.
func (r *run) directObjectBetween(from, to int) bool {
	obj := false
	for k := from; k < to; k++ {
		switch {
		case r.timeTok[k]:
		case r.d.Tokens[k].Kind == doc.Number:
			obj = true
		case !r.word(k):
			return false
		case obj:
		case r.info[k].foldIs(kPrep):
			return false
		case r.isCue(kDet, k):
			obj = true
		}
	}
	return obj
}

// objectBeforePersonal reports a verb pattern whose last word is the
// personal "a" of its target ("ejecutar a|al", "desaparecer a|al") matched
// across a direct object of the verb: a determiner or a number in the words
// between "a" and the pattern word before it, with no preposition before it
// there, opens the verb's object ("ejecutó las obras a tiempo", "ejecutó
// 300 millones a través de"), and that "a" is no personal "a"; adverbs,
// times and prepositional phrases may stand there ("ejecutaron
// extrajudicialmente a", "ejecutaron en zona rural a un indígena").
func (r *run) objectBeforePersonal(m match) bool {
	n := len(m.toks)
	return !m.p.Noun && n >= 2 && r.info[m.toks[n-1]].foldIs(kPersonal) && r.directObjectBetween(m.toks[n-2]+1, m.toks[n-1])
}

// forceCode returns the code of a military action named in group g or
// the two words after it (a noun pattern of root 19: "Israeli tank
// shelling" 194, "a Russian air strike" 195), else 190.
func (r *run) forceCode(g *group) string {
	// (the action's noun may follow the group: "Israeli tank" shelling)
	end := g.end + 2
	if s := int(r.d.Tokens[g.start].Sent); s < len(r.d.Sentences) && end > r.d.Sentences[s].EndTok {
		end = r.d.Sentences[s].EndTok
	}
	for i := g.start; i < end; i++ {
		if !r.word(i) {
			continue
		}
		for _, nm := range r.lx.matchAt(r.d, r.info, r.timeTok, i, end) {
			if nm.p.Noun && nm.p.Code[:2] == "19" {
				// the action's words are taken: it is told by the casualty
				r.consumed = append(r.consumed, nm.toks...)
				return nm.p.Code
			}
		}
	}
	return "190"
}

// governor returns the preposition that introduces the group starting at
// i, looking through "de"/"of" chains ("contra las fuerzas de Rusia"):
// the first preposition before i that is not a genitive, or the genitive
// when there is none; "" when the group follows the trigger directly.
func (r *run) governor(i, lo int) string {
	first := ""
	for j := i - 1; j >= lo; j-- {
		if !r.word(j) {
			continue
		}
		if !r.info[j].foldIs(kPrep) || r.quantityWord(j, i) || r.adverbAt(j, i) || r.postBefore(j, i) {
			continue
		}
		f := r.info[j].fold
		if first == "" {
			first = f
		}
		if !r.lx.is(kGenitive, f) {
			return f
		}
	}
	return first
}

// objectAfter finds the target of a verb: the first group after the
// trigger that is its direct object or is introduced by one of the
// pattern's prepositions.
func (r *run) objectAfter(m match, c clause, cs []clause, gs []*group, s doc.Sentence, noun bool) *group {
	p := m.p
	limit := c.end
	// look past the clause when it names no one after the trigger
	anyAfter := false
	for _, g := range gs {
		if g.start >= m.end && g.start < c.end {
			anyAfter = true
		}
	}
	if !anyAfter {
		limit = m.end + maxReach
		if limit > s.EndTok {
			limit = s.EndTok
		}
		// ... but not into the clause of another verb ("condenó los
		// ataques y pidió a Estados Unidos ...")
		for _, h := range r.heads {
			if h >= c.end && h < limit && r.finiteVerb(h) {
				limit = h
				break
			}
		}
		// ... nor into a clause set against this one ("..., mientras que
		// las FAR no se han pronunciado"), nor into a remark added after
		// a comma ("rejected the demand, saying the students faced
		// charges"): its actors are its own
		for _, cc := range cs {
			if cc.start >= c.end && cc.start < limit && (r.opensContrast(cc, s.EndTok) || r.remarkOpens(cc)) {
				limit = cc.start
				break
			}
		}
	}
	// ... nor past a passive of another trigger ("los manifestantes que
	// marcharon en Santiago fueron detenidos por la policía"): its agent
	// is its own
	if h := r.passiveHeadIn(m.end, limit); h >= 0 {
		limit = h - 1
	}
	// ... nor into an impersonal act a demand asks for ("exigió que se
	// informe a las familias", "pidió que se libere a los detenidos"):
	// those it names are that act's objects; the demand is made on
	// whoever would do it, unnamed
	if !noun && m.end+1 < limit && r.impersonalAsked(m) {
		limit = m.end
	}
	// ... nor past a second verb joined by "y"/"and" ("condenó los
	// ataques y pidió a Estados Unidos ..."): its objects are its own
	for _, h := range r.heads {
		if h > m.end && h < limit && r.finiteVerb(h) && r.word(h-1) && r.isCue(kCoord, h-1) {
			limit = h
			break
		}
	}
	// ... nor into a clause joined by a comma and "y"/"and" whose own
	// verb follows its subject right after ("anunció una contribución
	// para atención médica, y Colombia envió dos aviones"): that subject
	// is no object (an object clitic, "then" or a negation may stand
	// between: "contra el recorte del subsidio, y la policía los dispersó",
	// "and police then dispersed them")
	for _, g := range gs {
		e := g.end
		for k := 0; k < 2 && e+1 < len(r.d.Tokens) && r.word(e) && !r.inActor(e) && !r.finiteVerb(e) && (r.isCue(kConjSkip, e) || r.isCue(kNegation, e)); k++ {
			e++
		}
		if g.start > m.end && g.start < limit && r.word(g.start-1) && r.isCue(kCoord, g.start-1) && r.d.Tokens[g.start-2].Text == "," &&
			e < len(r.d.Tokens) && r.word(e) && !r.inActor(e) && (r.finiteVerb(e) || r.pastLike(e)) {
			limit = g.start
			break
		}
	}
	for _, g := range gs {
		if g.start <= m.head || g.start >= limit || g.reporter {
			continue
		}
		if p.NoObj && (!r.hasCountry(g) || r.personalObject(m, g)) {
			continue
		}
		// ("police seized two suspects": the pattern's last word heads
		// the object, with patobj)
		if p.PatObj && !noun && g.start > m.head && g.end == m.end && r.governor(g.start, m.head+1) == "" && r.holdsPatternWord(m, g) {
			return g
		}
		// a group of the pattern's own words is no party ("sent troops"),
		// unless one of its target prepositions governs it ("opened fire
		// on demonstrators")
		if r.patternModifier(m, g) && !(g.start < m.end && p.Tgt[r.governor(g.start, m.head+1)]) {
			continue
		}
		if g.start < m.end { // inside the pattern: "compartió con Kim información", "accused Russia of"
			gov := r.governor(g.start, m.head+1)
			// "exigió que Israel levante las restricciones": the subject
			// of the act a demand asks for, right after the complementiser,
			// is whom the demand is made on
			if !noun && gov == "" && r.subjectOfDemanded(m, g) {
				return g
			}
			direct := gov == "" && !noun && !p.NoObj
			// "expelled two Russian diplomats", "expulsó a dos diplomáticos
			// franceses": a group whose head is the pattern's own noun is the
			// object itself, whatever stands before it, the personal "a" too
			own := (direct || gov != "" && !noun && !p.NoObj && r.lx.is(kPersonal, gov)) && r.holdsPatternWord(m, g)
			if own {
				return g
			}
			// (a count may stand before it: "stripped 94 opponents of
			// their citizenship"; in English, the capitalised title of the
			// name: "voted Prime Minister Samson Taravaki out of office")
			// (not the owner of the object: "welcomed President Reagan's
			// statement")
			title := r.d.Lang == "en" && r.titleBefore(m.head+1, g.start) && !r.possessiveEnd(g)
			for j := m.head + 1; direct && !own && !title && j < g.start; j++ {
				direct = r.isCue(kDet, j) || r.d.Tokens[j].Kind == doc.Number || r.word(j) && r.lx.numbers[r.info[j].fold]
			}
			if gov != "" && p.Tgt[gov] || direct {
				return g
			}
			// "will give Tanzania a grant", "sent Ukraine weapons": a
			// name right after the verb, before the thing given, is who
			// receives it (not "withdrew its troops")
			if p.NoObj && !noun && gov == "" && g.start == m.head+1 && r.d.Tokens[g.start].Cap && r.hasCountry(g) {
				return g
			}
			continue
		}
		gov := r.governor(g.start, m.end)
		// "bloquearon la carretera a Pristina y Macedonia", "blocked the
		// road to Kabul": where the road leads is no target
		if r.wayDestination(g, m.end) {
			continue
		}
		// "los secuestró frente a las costas de Santo Tomé", "cerca de la
		// capital de X": a place in the genitive of a locative of several
		// words is where the act happened, not whom it fell on
		if r.placeGroup(g) && r.lx.is(kGenitive, r.prepBefore(g.start, m.end)) && r.locPhraseBefore(g.start, m.end) {
			continue
		}
		// "amenazaron en Arauca al alcalde de Tame": the personal "al"
		// the mention opens with governs it, not a preposition before
		if r.word(g.start) && r.info[g.start].foldIs(kPersonal) {
			gov = r.info[g.start].fold
		}
		// "se desmovilizaron tras el anuncio del gobierno": a noun
		// phrase after a word that opens an adverbial clause ("tras",
		// "mientras", "cuando"; not the complementiser "que") is none
		// of the verb's objects
		if (gov == "" || r.lx.is(kGenitive, gov)) && r.adverbialCueIn(m.end, g.start) {
			continue
		}
		if gov == "" {
			if noun || p.NoObj {
				continue
			}
			// ("under Omani mediation": a word other than a determiner
			// before a mediator's group is a preposition the lexicon may
			// lack; "rejected the Qatari mediation" keeps its object)
			if r.mediatorNoun(g) && r.nonDetBetween(m.end, g.start) {
				continue
			}
			// "rejected the accusations and said China would respond": a
			// name after another verb, followed by a verb of its own, is
			// the subject of that verb's clause
			if r.d.Lang == "en" && r.verbFollows(g, s) && r.finiteBetween(m.end, g.start) {
				continue
			}
			return g
		}
		// "ejecutó el plan a pedido de los campesinos": past a direct
		// object of a verb of assault or fight, a group after the
		// personal "a" is no second object (one the pattern's own
		// prepositions introduce still is the target: "lanzaron piedras
		// a la policía"; coercion names whom it bars from something so:
		// "prohibieron la circulación a los camiones")
		if !noun && !p.Tgt[gov] && p.Code[:2] >= "18" && p.Code[:2] <= "20" && r.lx.is(kPersonal, gov) && r.directObjectBetween(m.end, g.start) {
			continue
		}
		// "reached a deal with Oman's mediation", "under Omani
		// mediation": whose mediation a preposition introduces is a third
		// party, not whom the act is with (a direct object stays:
		// "rejected Qatar's mediation")
		if !r.lx.is(kGenitive, gov) && !r.lx.is(kPersonal, gov) && r.mediatorNoun(g) {
			continue
		}
		// "blew themselves up in Tel Aviv in the worst attack of the
		// Palestinian uprising": an act a country qualifies, after a
		// locative preposition, frames the act; it is not whom it fell on
		if r.lx.is(kLoc, gov) && r.actionGroup(g) {
			continue
		}
		if p.Tgt[gov] || (!noun && !p.NoObj && r.lx.is(kPersonal, gov)) {
			// "condenaron el asalto perpetrado por X a la residencia del
			// embajador": the complement of a nominal event that is the
			// reaction's object is whom that act fell on; the reaction is
			// aimed at that act's author, or at no one named
			// (not the party a verb of accusation pins an act on: "blamed
			// the attack on the rebels")
			if !noun && reactionCode(p.Code) && !r.isCue(kAccuse, m.head) {
				if src, tgt, ok := r.objectEvent(m, g, c, cs, gs, s); ok && tgt == g {
					return src
				}
			}
			return g
		}
	}
	// "rechazó las acusaciones de Kosovo", "vetó la resolución de la ONU":
	// the owner of the direct object
	if !noun && !p.NoObj {
		// ... and never past a second verb joined by "y"/"and", trigger or
		// not: "condenó la masacre y ordenó el despliegue de tropas" is
		// aimed at no troops
		limit := limit
		for j := m.end + 1; j < limit; j++ {
			// ("established ties with and opened an embassy in Tehran": a
			// preposition left open before "and" shares the object after)
			if r.word(j) && !r.d.Tokens[j].Cap && !r.inActor(j) && r.finiteVerb(j) && r.word(j-1) && r.isCue(kCoord, j-1) &&
				!(r.word(j-2) && r.info[j-2].foldIs(kPrep)) {
				limit = j
				break
			}
		}
		for _, g := range gs {
			if g.start < m.end || g.start >= limit || g.reporter {
				continue
			}
			gov := r.governor(g.start, m.end)
			// "condenó el asesinato de dos soldados": the complement
			// that a nominal event of the object takes as its target is
			// whom that act fell on, not whom the reaction is aimed at;
			// "condemned the attack by Hamas", "the killing of civilians
			// by Russian troops", "condenó el atentado perpetrado por la
			// guerrilla": a reaction to a nominal event told with its
			// author is aimed at that author
			src, tgt, ok := r.objectEvent(m, g, c, cs, gs, s)
			if ok && reactionCode(p.Code) && src != nil {
				return src
			}
			if r.lx.is(kGenitive, gov) {
				if ok && tgt == g && src == nil {
					break
				}
				return g
			}
			// "elogió la valentía exhibida por las tropas": the agent of a
			// participle that qualifies the object
			// ("refused to attend the dinner hosted by the government": an
			// English -ed form reads as a past: taken when the agent comes
			// right after "by", with no punctuation before it, and not right
			// after a one-word trigger, whose own verb it is, "talks
			// mediated by Qatar")
			// (not the agent of a verb of mediation, "a deal mediated by
			// Oman", "talks brokered by Qatar": a third party, not whom the
			// act is with)
			if j := r.governorIndex(g.start, m.end); j > m.end && r.lx.is(kAgent, gov) && !r.mediationAt(j-1) && (r.hasForm(j-1, morph.Part) || r.d.Lang == "en" && r.hasForm(j-1, morph.Past) && (j-1 > m.end || m.words > 1) && j+1 == g.start && r.wordsBetween(m.end, j) == j-m.end) {
				return g
			}
			// "condemned as unacceptable allegations by Rwanda", "rechazó
			// la propuesta por parte de Irán": a reaction to a thing said
			// or done, with its author named right after it, is aimed at
			// that author
			// (nor here the agent of a verb of mediation: "un acuerdo
			// mediado por Omán", "a deal brokered by Qatar")
			if j := r.governorIndex(g.start, m.end); reactionCode(p.Code) && (j > m.end || j == m.end && m.words > 1) && r.wordsBetween(m.end, j) <= 5 && (r.lx.is(kAgent, r.prepBefore(g.start, m.end)) || r.agentPhraseBefore(g.start, m.end)) && !r.mediationAt(j-1) &&
				!r.finiteBetween(m.end, j) && !r.clauseCueIn(m.end, j) {
				return g
			}
			break
		}
	}
	return nil
}

// complementSubject reports a group at g right after the complementiser
// (cue kind complementiser: "that") that follows the verb at head, determiners between ("warned that
// Moscow would ...", "warned that the government will ...").
func (r *run) complementSubject(head, g int) bool {
	j := head + 1
	if j >= g || !r.word(j) || !r.info[j].foldIs(kCompl) {
		return false
	}
	return r.onlyDetBetween(j+1, g)
}

// impersonalAsked reports a verb of appeal heading m followed by its
// complementiser and a reflexive "se" ("exigió que se informe", "pidió que
// se libere"): the act asked for names no doer.
func (r *run) impersonalAsked(m match) bool {
	return m.end+1 < len(r.d.Tokens) && r.isCue(kAppeal, m.head) && r.word(m.end) && r.isCue(kAppealComp, m.end) && r.word(m.end+1) && r.info[m.end+1].foldIs(kReflexive)
}

// subjectOfDemanded reports a group right after a complementiser that
// follows a verb of appeal heading the match ("exigió que el gobierno
// libere", "demanded that Israel release"), determiners between.
func (r *run) subjectOfDemanded(m match, g *group) bool {
	j := m.head + 1
	if j >= g.start || !r.isCue(kAppeal, m.head) || !r.word(j) || !r.isCue(kAppealComp, j) {
		return false
	}
	return r.onlyDetBetween(j+1, g.start)
}

// wordsBetween counts the words (not punctuation) from lo to hi.
func (r *run) wordsBetween(lo, hi int) int {
	n := 0
	for j := lo; j < hi; j++ {
		if r.word(j) {
			n++
		}
	}
	return n
}

// namedAuthorAfter reports whether the object after the trigger names its
// author by a name the coder does not know ("condemned an attack by
// Osgiliath soldiers", "condenó el atentado por parte de Montoneros"): an
// agent preposition, close after the object's noun, before a capitalised
// word. The criticism is then aimed at someone named, though unknown.
func (r *run) namedAuthorAfter(m match, c clause) bool {
	for j, n := m.end+1, 0; j < c.end && n < 8; j++ {
		if !r.word(j) {
			if quoteMark(r.d.Tokens[j].Text) {
				continue
			}
			return false
		}
		if r.finiteVerb(j) || r.isCue(kClause, j) {
			return false
		}
		n++
		e, ok := r.lx.cueAt(r.info, j, c.end, kAgent)
		if !ok {
			continue
		}
		for e < c.end && r.word(e) && r.isCue(kDet, e) {
			e++
		}
		return e < c.end && r.word(e) && r.d.Tokens[e].Cap
	}
	return false
}

// nominalBefore calls each, in order, with every nominal event (not a
// symmetric one) that starts between the trigger of m and group g, until
// each returns true.
func (r *run) nominalBefore(m match, g *group, each func(nm match) bool) {
	for i := m.end; i < g.start; i++ {
		k := i - r.curFirst
		if k < 0 || k >= len(r.sentMatches) {
			continue
		}
		for _, nm := range r.sentMatches[k] {
			if nm.p.Noun && !nm.p.Sym && each(nm) {
				return
			}
		}
	}
}

// objectEvent returns the source and target of the first nominal event
// standing between the trigger and group g, after it, that names g as one
// of them ("el asesinato de dos soldados", "the killing of two soldiers":
// g is whom that act fell on; "the attack by Hamas": g is its author).
func (r *run) objectEvent(m match, g *group, c clause, cs []clause, gs []*group, s doc.Sentence) (src, tgt *group, ok bool) {
	r.nominalBefore(m, g, func(nm match) bool {
		src, tgt = r.nounArgs(nm, c, cs, gs, s)
		ok = tgt == g || src == g
		return ok
	})
	if !ok {
		return nil, nil, false
	}
	return src, tgt, true
}

// forceObjectEvent is objectEvent for a nominal act of coercion or force
// (roots 17 to 20) whose words reach group g with no conjunction between
// ("la detención de dirigentes", not "la guerra en Irak y el respaldo del
// gobierno"), and that names g as its target.
func (r *run) forceObjectEvent(m match, g *group, c clause, cs []clause, gs []*group, s doc.Sentence) (src, tgt *group, ok bool) {
	r.nominalBefore(m, g, func(nm match) bool {
		if nm.p.Code[:2] < "17" || nm.p.Code[:2] > "20" {
			return false
		}
		for j := nm.end; j < g.start; j++ {
			if !r.word(j) || r.isCue(kCoord, j) {
				return false
			}
		}
		src, tgt = r.nounArgs(nm, c, cs, gs, s)
		ok = tgt == g
		return ok
	})
	if !ok {
		return nil, nil, false
	}
	return src, tgt, true
}

// agentOfNoun returns the group introduced by an agent preposition ("por",
// "by", "por parte de") after group g, the complement of the nominal event
// of m, in its clause.
func (r *run) agentOfNoun(m match, g *group, c clause, gs []*group) *group {
	for _, h := range gs {
		if h.start < g.end || h.start >= c.end || h.reporter {
			continue
		}
		// "el secuestro de dos periodistas fue condenado por la ONU": the
		// agent of a passive told after the complement is that verb's
		for j := g.end + 1; j < h.start; j++ {
			if r.word(j) && r.hasForm(j, morph.Part) && r.isCue(kPassive, j-1) {
				return nil
			}
		}
		// ("por parte de miembros del Ejército": a noun of membership
		// between the agent phrase and the group)
		if p := r.prepBefore(h.start, g.end); r.lx.is(kAgent, p) || r.agentPhraseBefore(h.start, g.end) || r.memberAgent(h.start, g.end) {
			return h
		}
		return nil
	}
	return nil
}

// nounArgs finds the source and target of a nominal event.
func (r *run) nounArgs(m match, c clause, cs []clause, gs []*group, s doc.Sentence) (src, tgt *group) {
	p := m.p
	for _, g := range gs {
		if g.reporter {
			continue
		}
		// "enfrentamientos con la policía": an actor inside a one-sided
		// match after one of its target prepositions is the other side,
		// the target; the doers are named elsewhere or not at all
		if !p.Sym && p.Tgt != nil && g.start > m.head && g.start < m.end && p.Tgt[r.prepBefore(g.start, m.head+1)] {
			if tgt == nil {
				tgt = g
			}
			continue
		}
		// an actor inside the match or an adjective right after the noun
		// ("incursión ucraniana"), or right before it ("Russian invasion",
		// "Russia's invasion")
		// (not a new noun phrase opened by a determiner right after a
		// fronted one: "ante las protestas el gobierno decretó ...",
		// "after the protests the government resigned"; "en huelga los
		// mineros" and a pattern's own preposition, "fighting between
		// the army and ...", keep theirs)
		// (nor one a contraction of the personal "a" opens inside its
		// mention: "su ultimátum al gobierno" is aimed at it)
		if (g.start <= m.head && g.end > m.head) || (g.start >= m.head && g.start < m.end) || g.start == m.end && !(r.detOpens(g) && !r.info[m.end-1].function && !r.isCue(kPurpose, m.head-1)) && !(r.word(g.start) && r.isCue(kPersonal, g.start)) || g.end == m.head ||
			(g.end == m.head-1 && r.d.Tokens[m.head-1].Lower() == "'s") {
			// "el asesinato del periodista", "la detención del dirigente":
			// a contraction of the genitive read inside the mention, right
			// after an act of force against people whose pattern takes
			// "de" for its target, names its victim (as "de un periodista"
			// does below), not its doer
			if g.start == m.end && r.objectiveContraction(p, g) {
				return r.agentOfNoun(m, g, c, gs), g
			}
			src = g
			break
		}
	}
	// "la represión sindical", "la persecución estudiantil", "union
	// repression": a civilian role an adjective or modifier names after
	// an act done to people is those it fell on, not its doers ("represión
	// policial", "ofensiva guerrillera" keep theirs)
	var victims *group
	if src != nil && r.relationalGroup(src) && (p.Code[:2] == "17" || againstPeople(p.Code)) && r.civilianGroup(src) {
		victims, src = src, nil
	}
	if src == nil {
		// "la reunión (planificada) de Putin", "the invasion by Russia"
		after := m.end
		if victims != nil && victims.start >= m.end {
			after = victims.end
		}
		var srcTgt *group // the target before a source the pattern's src names
		for _, g := range gs {
			if g == victims {
				continue
			}
			// ("la represión estudiantil del gobierno": "del" read inside
			// the mention)
			if victims != nil && g.start == after && r.word(g.start) && r.info[g.start].foldIs(kSrc) {
				src = g
				break
			}
			if g.start <= after-1 || g.start > after+4 || g.reporter {
				continue
			}
			// "rockets fired at Israel from Lebanon": a preposition the
			// pattern names for its source, past the target's phrase
			if p.Src != nil {
				pb := r.prepBefore(g.start, after)
				if p.Src[pb] {
					if srcTgt != nil {
						return g, srcTgt
					}
					src = g
					break
				}
				if p.Tgt[pb] && srcTgt == nil {
					srcTgt, after = g, g.end
					continue
				}
			}
			// past the verb a pattern with option obj ends in, only a
			// preposition of the pattern's src names the source ("rockets
			// hit the headquarters of the army": the army is hit)
			if p.Obj {
				continue
			}
			// "una oleada de protestas entre los industriales", "protests
			// among farmers": a one-sided protest among a group is that
			// group's
			if p.Code[:2] == "14" && !p.Sym && victims == nil && r.word(after) && r.info[after].foldIs(kAmong) && r.onlyDetBetween(after+1, g.start) {
				src = g
				break
			}
			ok := false
			for j := after; j < g.start; j++ {
				// "como consecuencia de la represión decenas de personas
				// fueron heridas": a count right after the noun, with no
				// preposition before it, opens a new noun phrase (the
				// next clause's subject), no complement of the noun
				if j == m.end && j < len(r.qtyTok) && r.qtyTok[j] && r.word(j) && !r.info[j].foldIs(kPrep) && !r.inActor(j) {
					ok = false
					break
				}
				if r.word(j) && r.info[j].foldIs(kSrc) {
					ok = true
				}
				// "un ataque contra una estación de policía": a genitive
				// inside the phrase a target preposition of the pattern
				// opens belongs to the target, never the source
				if r.word(j) && p.Tgt[r.info[j].fold] && !r.info[j].foldIs(kSrc) && !r.lx.is(kAgent, r.info[j].fold) {
					ok = false
					break
				}
				// "manifestaciones a favor de Irak": whom a protest is
				// for or against is no source
				if !r.word(j) || p.Code[:2] == "14" && r.forAgainst(j) {
					ok = false
					break
				}
				// "la marcha fue autorizada por el gobierno": the
				// auxiliary of a passive of its own clause stands between;
				// the agent after it is that verb's (an organiser is found
				// apart)
				if (r.isCue(kPassive, j) || r.isCue(kAux, j)) && r.finiteVerb(j) && !r.info[j].function && !r.inActor(j) {
					ok = false
					break
				}
				// "una manifestación reprimida por la policía", "a rally
				// broken up by police": the agent of a participle on the
				// noun that does not organise or hold it (cue kind
				// organizer) acted on the protest; it is not its maker
				// ("broken up by police": a particle between)
				ag := j + 1
				if r.d.Lang == "en" && ag < g.start && r.word(ag) && r.isCue(kParticle, ag) {
					ag++
				}
				if p.Code[:2] == "14" && j >= m.end && ag < g.start && r.word(ag) && r.info[ag].foldIs(kAgent) && !r.info[j].function && !r.inActor(j) &&
					(r.hasForm(j, morph.Part) || r.d.Lang == "en" && r.hasForm(j, morph.Past) || r.participleShape(j)) && !r.isCue(kOrganizer, j) {
					ok = false
					break
				}
				// "la cuarta movilización en cinco años de gobierno de
				// Menem": another preposition opens a phrase of time whose
				// genitive owns no part of the event ("in London by
				// students" keeps its agent)
				// ... or of a named building ("vandalismo en el Palacio
				// de Gobierno": the palace's, not the doers'; "en Caracas
				// de los estudiantes" is a town's name, no building)
				if f := r.info[j].fold; r.info[j].foldIs(kPrep) && !r.lx.is(kSrc, f) && !r.lx.is(kGenitive, f) && !r.lx.is(kAgent, r.prepBefore(g.start, after)) && (r.timeIn(j+1, g.start) || r.namedBuilding(j+1, g.start)) {
					ok = false
					break
				}
				// "protestas por la llegada de Pinochet": "por" right
				// after a protest and before a noun of its own names the
				// protest's cause ("cortes de ruta por desempleados",
				// "por parte de los estudiantes": its doers)
				if p.Code[:2] == "14" && j == m.end && r.info[j].foldIs(kAgainst) && r.nounBetween(j+1, g.start) {
					if e, agent := r.lx.cueAt(r.info, j, c.end, kAgent); !agent || e <= j+1 {
						ok = false
						break
					}
				}
			}
			if pb := r.prepBefore(g.start, after); ok && pb != "" && r.lx.is(kSrc, pb) {
				// "la invasión de Ucrania por Rusia", "the invasion of
				// Ukraine by Russia": a genitive the pattern names as its
				// target's preposition, with an agent after it, is the
				// target; the agent is the source
				if a := r.agentOfNoun(m, g, c, gs); p.Tgt[pb] && !r.lx.is(kAgent, pb) && a != nil {
					return a, g
				}
				// "the arrest of two journalists", "condemnation of the
				// government": an English "of" the pattern names for the
				// target is the objective genitive
				// (Spanish "de" too after an act of force against people,
				// "el asesinato de un periodista", "la detención de X": its
				// victim, not its doer; not "los bombardeos de Israel")
				// (not when an adjective named the victims: "la
				// represión sindical del gobierno")
				// (and after a release: "la liberación de los presos")
				if victims != nil || !((r.d.Lang == "en" || againstPeople(p.Code) || strings.HasPrefix(p.Code, "0841")) && p.Tgt[pb] && !r.lx.is(kAgent, pb)) {
					src = g
				}
			}
			break
		}
	}
	from := m.end
	if src != nil && src.end > from {
		from = src.end
	}
	if victims != nil {
		if victims.end > from {
			from = victims.end
		}
		if src == nil {
			src = r.agentOfNoun(m, victims, c, gs)
		}
		return src, victims
	}
	// "Iran's attack on the town angered Peru": a verb in the past after
	// the noun has the noun as its subject; what follows it is that
	// verb's, no target of the noun
	upto := c.end
	for j := from; j < c.end; j++ {
		// (its object right after it, an actor or a determiner, in Spanish
		// after the personal "a": "el ataque de Irán contra la aldea
		// enfureció a Perú"; not a participle qualifying the noun, "the
		// attack carried out on Israel"; not a function word some verb's
		// form also spells, Spanish "de")
		if r.word(j) && !r.info[j].function && !r.inActor(j) && r.hasForm(j, morph.Past) && r.finiteVerb(j) && !r.isCue(kAux, j) && !r.isCue(kPassive, j) &&
			j+1 < c.end && (r.inActor(j+1) || r.word(j+1) && r.isCue(kDet, j+1) ||
			r.isCue(kPersonal, j+1) && j+2 < c.end && (r.inActor(j+2) || r.isCue(kDet, j+2))) {
			upto = j
			break
		}
	}
	for _, g := range gs {
		if g == src || g.start < from || g.start >= upto || g.reporter {
			continue
		}
		gov := r.governor(g.start, from)
		// "rockets struck the U.S. embassy compound": the direct object
		// of the verb the pattern ends in (option obj)
		if (gov == "" || r.lx.is(kGenitive, gov)) && p.Obj && r.objectRightAfter(m, g) {
			tgt = g
			break
		}
		// "el ultimátum del sindicato al gobierno": a contraction read
		// inside the mention ("al") is its preposition
		if gov == "" && r.word(g.start) && r.info[g.start].foldIs(kPrep) {
			gov = r.info[g.start].fold
			if r.lx.is(kPersonal, gov) && r.personalTgt(p) {
				tgt = g
				break
			}
		}
		if gov != "" && p.Tgt[gov] {
			tgt = g
			break
		}
		// "un ataque contra una estación de policía": the owner, in a
		// genitive, of a noun a target preposition of the pattern opens
		// right after the event is its target
		if gov != "" && r.lx.is(kGenitive, gov) && g.start-from <= 4 && r.word(from) && p.Tgt[r.info[from].fold] && !r.info[from].foldIs(kSrc) && !r.lx.is(kAgent, r.info[from].fold) && r.nounBetween(from+1, g.start) {
			tgt = g
			break
		}
		if p.Code[:2] == "14" && g.start-from <= 3 && r.againstBetween(from, g.start) {
			tgt = g // "manifestaciones a favor de Irak", "en apoyo a los maestros"
			break
		}
	}
	// "the attack on Israeli civilians by Hamas", "el ataque contra
	// civiles por parte de Hamás": an agent right after the target is
	// the source
	if src == nil && tgt != nil {
		src = r.agentOfNoun(m, tgt, c, gs)
	}
	return src, tgt
}

// alInfSubject returns, for a Spanish infinitive trigger right after the
// contraction "al" ("al disparar la policía contra los manifestantes"),
// the group right after it that no preposition introduces (past
// determiners and times) and the target after that group: one the
// personal "a" or a target preposition of the pattern introduces, or the
// actor among the pattern's own words after it. A group with no target
// after it may be the object ("al atacar la embajada"): nil then.
func (r *run) alInfSubject(m match, f morph.Form, c clause, gs []*group) (*group, *group) {
	if r.d.Lang != "es" || f != morph.Inf || m.head-1 < c.start || !r.word(m.head-1) || !r.isCue(kPersonal, m.head-1) || !r.isCue(kDet, m.head-1) {
		return nil, nil
	}
	var g *group
	for _, o := range gs {
		if o.start > m.head && o.start < c.end && !o.reporter {
			g = o
			break
		}
	}
	if g == nil || r.word(g.start) && r.info[g.start].foldIs(kPrep) {
		return nil, nil
	}
	for j := m.head + 1; j < g.start; j++ {
		if !r.word(j) || !(r.timeTok[j] || r.isCue(kDet, j) && !r.isCue(kPersonal, j)) {
			return nil, nil
		}
	}
	last := m.toks[len(m.toks)-1]
	for _, o := range gs {
		if o == g || o.start < g.end || o.start >= c.end || o.reporter {
			continue
		}
		if o.start <= last {
			return g, o // the pattern's own word: "disparar ... contra manifestantes"
		}
		gov := r.governor(o.start, g.end)
		if r.word(o.start) && r.info[o.start].foldIs(kPrep) {
			gov = r.info[o.start].fold // "al" read inside the mention
		}
		if gov != "" && (m.p.Tgt[gov] || r.lx.is(kPersonal, gov)) {
			return g, o
		}
		break
	}
	// a group between the pattern's words ("al disparar la policía
	// contra una marcha") is no object of the trigger: its subject
	if g.end <= last {
		return g, nil
	}
	return nil, nil
}

// objectiveContraction reports a Spanish group that opens with a
// contraction of the genitive ("del") read inside its mention, after a
// nominal act of force against people whose pattern takes a genitive for
// its target ("el secuestro del alcalde").
func (r *run) objectiveContraction(p *pattern, g *group) bool {
	if r.d.Lang != "es" || !againstPeople(p.Code) || !r.word(g.start) || !r.info[g.start].foldIs(kGenitive) || r.isCue(kAgent, g.start) {
		return false
	}
	for w := range p.Tgt {
		if r.lx.is(kGenitive, w) {
			return true
		}
	}
	return false
}

// personalTgt reports a pattern whose target prepositions include the
// personal "a" (cue kind personal), which a contraction read inside a
// mention ("al") stands for.
func (r *run) personalTgt(p *pattern) bool {
	for w := range p.Tgt {
		if r.lx.is(kPersonal, w) {
			return true
		}
	}
	return false
}

// protestTarget finds what a protest is against anywhere after it in the
// sentence: a group introduced, directly or through "de" chains, by one of
// the language's "protest" prepositions ("contra el gobierno", "en
// protesta por la visita de Arafat").
func (r *run) protestTarget(m match, gs []*group, s doc.Sentence) *group {
	for _, g := range gs {
		if g.start < m.end || g.reporter {
			continue
		}
		if r.passiveHeadIn(m.end, g.start) >= 0 {
			break // the agent of another trigger's passive
		}
		if r.actPatient(m.end, g) {
			continue
		}
		for j := m.end; j <= g.start; j++ {
			// "la huelga, acatada por maestros", "la manifestación,
			// organizada por la CND": "por" after a participle names its
			// agent, not what the protest is against; so does one after a
			// word shaped like a participle the dictionaries lack ("una
			// marcha custodiada por la policía", "a march escorted by
			// police")
			if j > m.end && r.word(j) && r.info[j].foldIs(kAgent) && r.word(j-1) && !r.info[j-1].function && !r.inActor(j-1) &&
				(r.hasForm(j-1, morph.Part) || r.d.Lang == "en" && r.hasForm(j-1, morph.Past) || r.participleShape(j-1)) {
				continue
			}
			// (past the end of the clause of what is protested against,
			// only the government of the next clause is its target:
			// "protestar contra los apagones, y las autoridades detuvieron
			// a decenas", not the police that dispersed them or the people
			// detained)
			if r.word(j) && r.info[j].foldIs(kAgainst) && (!r.clauseBreak(j+1, g.start) || r.governmentGroup(g)) {
				return g
			}
		}
	}
	return nil
}

// governmentGroup reports a group whose every actor is a government.
func (r *run) governmentGroup(g *group) bool {
	for _, ai := range g.acts {
		if !hasRole(&r.d.Actors[ai], []string{"GOV"}) {
			return false
		}
	}
	return len(g.acts) > 0
}

// clauseBreak reports a boundary between two clauses from token a up to
// token b: a semicolon, or a comma before a coordinator or a conjunction
// that is no relative pronoun ("marcharon contra el recorte del subsidio, y
// la policía los dispersó", "against the fuel price rise, and police
// dispersed them": the police named in the next clause are not what the
// protest is against; "contra la reforma, que impulsa el gobierno" stays).
func (r *run) clauseBreak(a, b int) bool {
	for j := a; j < b && j+1 < len(r.d.Tokens); j++ {
		switch r.d.Tokens[j].Text {
		case ";":
			return true
		case ",":
			if r.word(j+1) && (r.isCue(kCoord, j+1) || r.isCue(kClause, j+1) && !r.isCue(kRelPron, j+1)) {
				return true
			}
		}
	}
	return false
}

// actPatient reports a group, after a protest's trigger (from on), that a
// personal "a" introduces after a noun opened by a word of what a protest
// is against ("por restricción a visitas a presos", "contra las sanciones
// a Cuba"): the patient of the nominal act protested against, not its
// doer ("frente a la embajada" opens no act; "contra el apoyo de EEUU a
// Israel" finds the doer first).
func (r *run) actPatient(from int, g *group) bool {
	gi := r.governorIndex(g.start, from)
	if gi < 0 || !r.isCue(kPatient, gi) {
		return false
	}
	// (the noun phrase of the act only: a few words, no punctuation,
	// conjunction or relative between the preposition and the group)
	if g.start-gi > 4 {
		return false
	}
	for j := gi + 1; j < g.start; j++ {
		if !r.word(j) || r.isCue(kCoord, j) || r.isCue(kRelPron, j) || r.isCue(kClause, j) {
			return false
		}
	}
	for j := gi - 1; j >= from && j >= gi-7; j-- {
		if !r.word(j) || r.isCue(kCoord, j) || r.isCue(kRelPron, j) || r.isCue(kClause, j) {
			return false
		}
		if r.info[j].foldIs(kAgainst) {
			return r.nounBetween(j+1, gi)
		}
	}
	return false
}

// patientPlace is the government of the country of a place that a
// locative preposition introduces right after group g, in its clause,
// when it is not the country of the source's actors; nil if none.
func (r *run) patientPlace(g *group, c clause, srcActs []int) *doc.Actor {
	if g.end >= c.end || !r.word(g.end) || !r.isCue(kLoc, g.end) {
		return nil
	}
	lo, hi := r.d.Tokens[g.end].End, r.d.Tokens[c.end-1].End
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Start < lo || pl.End > hi || len(pl.Country) != 3 || places.IsAnaphor(pl) || r.d.TokenAt(pl.Start) != g.end+1 && !(r.d.TokenAt(pl.Start) == g.end+2 && r.isCue(kDet, g.end+1)) {
			continue
		}
		for _, a := range srcActs {
			if r.d.Actors[a].Country == pl.Country {
				return nil
			}
		}
		return &doc.Actor{Span: pl.Span, Code: pl.Country + "GOV", Name: "government", Country: pl.Country,
			Roles: []string{"GOV"}, Kind: "implied", Source: "implied:government of " + pl.Country, Head: pl.Span}
	}
	return nil
}

// protestAimBefore is, for a protest that names no target ("said his party
// would return to the streets"), the target of the latest protest or
// protest threat by the same side in the four sentences up to it: the
// protest goes on against the same party; nil if none.
func (r *run) protestAimBefore(si int, src *doc.Actor) *doc.Actor {
	return r.latest(si, 4, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if e.Source == nil || e.Target == nil || e.Cameo[:2] != "14" && e.Cameo != threatenProtest ||
			sideKey(e.Source) != sideKey(src) || e.Target.Code == src.Code {
			return nil
		}
		// (not the police or troops a march clashed with: "terminó en
		// enfrentamientos con la policía ... la huelga que mantienen" goes
		// on against their government, not against the police)
		if t := e.Target; hasRole(t, []string{"COP", "MIL"}) && !hasRole(src, stateRoles) && len(t.Country) == 3 && t.Code == t.Country+t.Roles[0] {
			return governmentOf(t, "+protest goes on")
		}
		return e.Target
	})
}

// aidCode reports the codes of aid given or offered (07, 033).
func aidCode(code string) bool {
	return code[:2] == "07" || strings.HasPrefix(code, "033")
}

// aidAimBefore is the recipient of the latest aid given or offered in the
// four sentences up to si that is not on src's side; nil if none.
func (r *run) aidAimBefore(si int, src *doc.Actor) *doc.Actor {
	return r.latest(si, 4, func(cd *cand) *doc.Actor {
		if e := &cd.ev; e.Target != nil && aidCode(e.Cameo) && sideKey(e.Target) != sideKey(src) {
			return e.Target
		}
		return nil
	})
}

// latest scans the candidate events of the reach sentences up to si from
// the newest back and returns a copy of the first actor pick chooses; nil
// when it chooses none.
func (r *run) latest(si, reach int, pick func(cd *cand) *doc.Actor) *doc.Actor {
	for cd := range r.recent(si, reach) {
		if a := pick(cd); a != nil {
			c := *a
			return &c
		}
	}
	return nil
}

// latestFirst is latest, but of an act told on several parties at once
// (one candidate each, same sentence and trigger) it returns the first
// party pick chooses ("despojó a opositores, periodistas y activistas ...
// y confiscó bienes": the opponents).
func (r *run) latestFirst(si, reach int, pick func(cd *cand) *doc.Actor) *doc.Actor {
	for i := len(r.evs) - 1; i >= 0 && r.evs[i].sent >= si-reach; i-- {
		a := pick(r.evs[i])
		if a == nil {
			continue
		}
		for k := i - 1; k >= 0 && r.evs[k].sent == r.evs[i].sent && r.evs[k].head == r.evs[i].head; k-- {
			if b := pick(r.evs[k]); b != nil {
				a = b
			}
		}
		c := *a
		return &c
	}
	return nil
}

// pairs expands compound groups into (source, target) pairs, one event per
// pair; a symmetric event with a compound source and no target pairs the
// members of the compound. The slice is valid until the next call.
func (r *run) pairs(p *pattern, src, tgt []int, synth *doc.Actor) [][2]*doc.Actor {
	var out [][2]*doc.Actor
	act := func(i int) *doc.Actor { a := r.d.Actors[i]; return &a }
	if p.Sym && len(src) == 0 && len(tgt) >= 2 {
		src, tgt = tgt, nil // "un acuerdo entre Colombia y Ecuador"
	}
	if p.Sym && len(tgt) == 0 && synth == nil && len(src) >= 2 {
		for a := 0; a < len(src); a++ {
			for b := a + 1; b < len(src); b++ {
				if !oneParty(&r.d.Actors[src[a]], &r.d.Actors[src[b]]) {
					out = append(out, [2]*doc.Actor{act(src[a]), act(src[b])})
				}
			}
		}
		return out
	}
	// (the copies of the members in one allocation)
	var ss, ts []*doc.Actor
	if n := len(src) + len(tgt); n > 0 {
		cp := make([]doc.Actor, n)
		ptrs := make([]*doc.Actor, n)
		for k, i := range src {
			cp[k] = r.d.Actors[i]
			ptrs[k] = &cp[k]
		}
		for k, i := range tgt {
			cp[len(src)+k] = r.d.Actors[i]
			ptrs[len(src)+k] = &cp[len(src)+k]
		}
		if len(src) > 0 {
			ss = ptrs[:len(src):len(src)]
		}
		if len(tgt) > 0 {
			ts = ptrs[len(src):]
		}
	}
	if len(ts) == 0 && synth != nil {
		ts = []*doc.Actor{synth}
	}
	if len(ss) == 0 {
		ss = []*doc.Actor{nil}
	}
	if len(ts) == 0 {
		ts = []*doc.Actor{nil}
	}
	// (the pairs live in the scratch: build, their one caller, keeps none
	// past its event)
	out = r.scratch.pairs[:0]
	for _, a := range ss {
		for _, b := range ts {
			if a != nil && b != nil && oneParty(a, b) {
				b = nil
			}
			out = append(out, [2]*doc.Actor{a, b})
		}
	}
	// "Los gobiernos de Tanzania y Burundi firmaron un acuerdo con ACNUR",
	// "Kim y Putin se reunieron con Xi": a mutual act of a compound
	// subject with a partner joins the members of the compound to each
	// other too (one event per pair of parties)
	// (not in a clash or a fight: "2.000 docentes y 400 indígenas se
	// enfrentaron a la policía" are one side of it, no foes)
	if p.Sym && len(src) >= 2 && len(tgt) >= 1 && p.Code[:2] < "14" {
		for a := 0; a < len(src); a++ {
			for b := a + 1; b < len(src); b++ {
				if !oneParty(&r.d.Actors[src[a]], &r.d.Actors[src[b]]) {
					out = append(out, [2]*doc.Actor{act(src[a]), act(src[b])})
				}
			}
		}
	}
	r.scratch.pairs = out
	return out
}

// oneParty reports whether two actors of an event are one party, which
// no event joins to itself: actors of one code are, unless told apart as
// two bodies of the state at different levels of government (a mayor, a
// municipality or a governor against the national government: "el
// alcalde de Caracas acusó al presidente") or as two named people or
// organisations ("Fatah activists rallied against Abbas"). Generic
// agents of one code ("los manifestantes ... la comunidad") and a name
// with a generic agent ("Chávez ... el gobierno") stay one party.
func oneParty(a, b *doc.Actor) bool {
	if a.Code != b.Code {
		return false
	}
	if a.Local != b.Local && hasRole(a, stateRoles) {
		return false
	}
	return !(named(a) && named(b) && (a.Entity != b.Entity || a.Name != b.Name))
}

// named reports an actor that is a named person or organisation of the
// dictionaries or of the text ("la Federación Nacional Campesina", read
// by the actors stage from its capitalised name: actors.SourceOrgName),
// not a generic agent, a country or its capital.
func named(a *doc.Actor) bool {
	return (a.Kind == "person" || a.Kind == "org" || strings.Contains(a.Source, actors.SourceOrgName)) && a.Name != ""
}

// placeTarget makes a country actor of a place that the pattern's
// preposition introduces ("enviar tropas a Rusia", "an incursion into
// Kursk") when no actor is there; where reports a place that tells
// where the thing an act of force hit stands ("una casa en Gaza").
func (r *run) placeTarget(m match, c clause, s doc.Sentence) (a *doc.Actor, where bool) {
	var best *doc.Place
	bestWhere := false
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Country == "" || pl.End > r.d.Tokens[c.end-1].End {
			continue
		}
		// (a place whose name holds the pattern's last word, the noun of
		// the place acted on, after the trigger: "tomaron la ciudad
		// ucraniana de Avdiivka")
		last := r.d.Tokens[m.end-1]
		if pl.Start < last.End && !(m.end-1 > m.head && pl.Start > r.d.Tokens[m.head].End && pl.Start <= last.Start && pl.End > last.Start) {
			continue
		}
		ti := r.d.TokenAt(pl.Start)
		// "en la región" points back to a place: where, not whom; a
		// target preposition that tells no location ("a curfew imposed
		// on the capital") makes it whom; so does an act of force done
		// to it as its direct object ("bombardeó la ciudad")
		if g := r.governor(ti, m.end); places.IsAnaphor(pl) && (g == "" || !m.p.Tgt[g] || r.lx.is(kLoc, g) || r.finiteBetween(m.end, ti)) &&
			!(g == "" && r.strikeObject(m, ti)) {
			continue
		}
		if r.inActor(ti) {
			continue // an actor too: the actor search has seen it
		}
		gov := r.governor(ti, m.end)
		if gov == "" && (m.p.Noun || m.p.NoObj || m.p.Code[:2] < "17") {
			continue
		}
		w := false
		if gov != "" && !m.p.Tgt[gov] && (m.p.Noun || m.p.NoObj || !r.lx.is(kGenitive, gov)) {
			if !r.hitWhere(m, ti) && !r.aidWhere(m, ti) {
				continue
			}
			w = true
		}
		if best == nil || pl.Start < best.Start {
			best, bestWhere = pl, w
		}
	}
	if best == nil {
		best = r.placeApposed(m, c)
		bestWhere = true
	}
	if best == nil {
		return nil, false
	}
	return &doc.Actor{Span: best.Span, Code: best.Country, Name: best.Name, Country: best.Country, Kind: "place", Source: "place:" + best.Name, Head: best.Span}, bestWhere
}

// struckPlace is the country of a place of the gazetteer that the target
// preposition of an attack (roots 18-20; cue kind strikeon) introduces right
// after the pattern ("lanzó sus ataques contra Khiam", "strikes on Khiam")
// when the places stage left the name (a word, or a small town read only
// after a cue) and no actor holds it; the place joins the article's places.
// A place of the source's own country is none: "marcharon contra Sánchez"
// (no attack) and "attacks on Madrid" by Spain are left.
func (r *run) struckPlace(m match, c clause, srcActs []int) *doc.Actor {
	if r.c.opts.Places == nil || m.p.Code < "18" || m.p.Code >= "21" || len(srcActs) == 0 {
		return nil
	}
	k := m.end
	if k+1 >= c.end || !r.word(k) || !r.isCue(kStrikeOn, k) || !m.p.Tgt[r.info[k].fold] {
		return nil
	}
	a := k + 1
	if r.isCue(kDet, a) && a+1 < c.end {
		a++
	}
	b := a
	for b < c.end && r.word(b) && r.d.Tokens[b].Text != "" && unicode.IsUpper([]rune(r.d.Tokens[b].Text)[0]) && !r.inActor(b) && b-a < 3 {
		b++
	}
	if b == a || b < c.end && r.word(b) && r.info[b].foldIs(kGenitive) {
		return nil
	}
	lo, hi := r.d.Tokens[a].Start, r.d.Tokens[b-1].End
	for i := range r.d.Places {
		if pl := &r.d.Places[i]; pl.Start < hi && pl.End > lo {
			return nil
		}
	}
	pl, ok := r.c.opts.Places.PlaceNamed(r.d.Text[lo:hi])
	if !ok {
		return nil
	}
	for _, i := range srcActs {
		if r.d.Actors[i].Country == "" || r.d.Actors[i].Country == pl.Country {
			return nil
		}
	}
	pl.Span = doc.Span{Start: lo, End: hi}
	at := sort.Search(len(r.d.Places), func(i int) bool { return r.d.Places[i].Start >= lo })
	r.d.Places = slices.Insert(r.d.Places, at, pl)
	return &doc.Actor{Span: pl.Span, Code: pl.Country, Name: pl.Name, Country: pl.Country, Kind: "place", Source: "place:" + pl.Name, Head: pl.Span}
}

// placeApposed returns the place of a locative set off by a comma right
// after the clause of an act of force told by a verb ("bombardeó las
// afueras de Khiam, en el sur del Líbano": a town we do not know, placed
// in its country's region); nil if none.
func (r *run) placeApposed(m match, c clause) *doc.Place {
	if m.p.Noun || m.p.NoObj || m.p.Code[:2] < "18" || m.p.Code[:2] > "20" || c.end+2 >= len(r.d.Tokens) || c.end <= m.end {
		return nil
	}
	// (past a list of names we do not know: "las afueras de Khiam, Kfar
	// Kila y Aitaroun, en el sur del Líbano")
	e := c.end
	for n := 0; n < 8 && e+1 < len(r.d.Tokens) && r.d.Tokens[e].Text == "," && r.word(e+1) && (r.d.Tokens[e+1].Cap && !r.inActor(e+1) || r.isCue(kCoord, e+1)); n++ {
		e++
		for e < len(r.d.Tokens) && r.word(e) && (r.d.Tokens[e].Cap && !r.inActor(e) || r.isCue(kCoord, e)) && r.d.Tokens[e].Sent == r.d.Tokens[m.head].Sent {
			e++
		}
	}
	if e+2 >= len(r.d.Tokens) || r.d.Tokens[e].Text != "," || !r.word(e+1) || !r.isCue(kLoc, e+1) || r.d.Tokens[e+1].Sent != r.d.Tokens[m.head].Sent {
		return nil
	}
	// (the place's name within four words: "en el sur del Líbano")
	for k := e + 2; k < len(r.d.Tokens) && k < e+6 && r.word(k); k++ {
		for i := range r.d.Places {
			pl := &r.d.Places[i]
			// (a country or a first-level region: "los Andes peruanos" is
			// no state's land)
			if pl.Country != "" && pl.Start == r.d.Tokens[k].Start && !places.IsAnaphor(pl) && (strings.HasPrefix(pl.Feature, "PCL") || pl.Feature == "ADM1") {
				return pl
			}
		}
		if r.inActor(k) {
			return nil
		}
	}
	return nil
}

// strikeObject reports whether the place starting at token i is the
// direct object of an act of force (roots 18 to 20) told by the verb of m,
// with only determiners between ("bombardeó la ciudad", "shelled the
// town"): what was hit.
func (r *run) strikeObject(m match, i int) bool {
	if m.p.Noun || m.p.NoObj || m.p.Code == "1821" || m.p.Code[:2] < "18" || m.p.Code[:2] > "20" || i < m.end || i-m.end > 2 {
		return false
	}
	return r.onlyDetBetween(m.end, i)
}

// passivePlace returns the place in the subject of a passive act of force
// (roots 18 to 20) told by m, right before its auxiliary: the patient
// itself when no preposition governs it (bare: "Grozny fue bombardeada"),
// else where the patient stands ("un hospital de Gaza fue bombardeado",
// "a hospital in Gaza was bombed"); nil when there is none.
func (r *run) passivePlace(m match, c clause) (pl *doc.Place, bare bool) {
	if m.p.Code == "1821" || m.p.Code[:2] < "18" || m.p.Code[:2] > "20" {
		return nil, false
	}
	lo, hi := r.d.Tokens[c.start].Start, r.d.Tokens[m.head].Start
	for i := range r.d.Places {
		p := &r.d.Places[i]
		if p.Country == "" || p.Start < lo || p.End > hi || places.IsAnaphor(p) {
			continue
		}
		ti, te := r.d.TokenAt(p.Start), r.d.TokenAt(p.End-1)
		if ti < 0 || te < 0 || r.inActor(ti) || r.finiteBetween(c.start, ti) {
			continue
		}
		// only the auxiliary (and a negation or an adverb of time) between
		// the place and the participle
		ok := te < m.head
		for j := te + 1; j < m.head && ok; j++ {
			ok = r.word(j) && (r.isCue(kPassive, j) || r.timeTok[j] || r.info[j].function)
		}
		if !ok {
			continue
		}
		g := r.governor(ti, c.start)
		if g != "" && !r.lx.is(kGenitive, g) && !r.lx.is(kLoc, g) {
			continue
		}
		return p, g == ""
	}
	return nil, false
}

// hitWhere reports whether the place starting at token i, after a
// locative preposition, tells where the thing an act of force hit stands:
// the verb of m (roots 18 to 20) has a direct object that names no actor
// right before the preposition ("bombardearon una casa en Gaza", "blew up
// a bridge near Kabul"), so the place's country is what was attacked.
func (r *run) hitWhere(m match, i int) bool {
	// (not a sexual assault, done to a person only: "violar" is a rape
	// when someone is named, "violó sus obligaciones en Costa Rica" is none)
	// (property destroyed that the pattern names, "blew up a gas pipeline
	// in Balochistan", stands where it is, as a thing hit does)
	destroyed := m.p.Code == "1712" && len(m.toks) > 1
	if m.p.Noun || m.p.NoObj || m.p.Code == "1821" || (m.p.Code[:2] < "18" || m.p.Code[:2] > "20") && !destroyed {
		return false
	}
	j := r.governorIndex(i, m.end)
	if destroyed && j == m.end && r.lx.is(kLoc, r.info[j].fold) {
		return true
	}
	if j <= m.end || j-m.end > 6 || !r.lx.is(kLoc, r.info[j].fold) {
		return false
	}
	// "a deadly attack targeting non-Muslims at a mall": a trigger after a
	// determiner, past one modifier that is no actor, is a noun
	for k := m.head - 1; k >= 0 && k >= m.head-2 && r.word(k) && !r.inActor(k); k-- {
		if r.isCue(kDet, k) {
			return false
		}
		if r.info[k].function {
			break
		}
	}
	content := false
	for k := m.end; k < j; k++ {
		// (a noun after a determiner is no verb: "una casa")
		if !r.word(k) || r.inActor(k) || r.finiteVerb(k) && !r.info[k].function && !(k > m.end && r.isCue(kDet, k-1)) {
			return false
		}
		if !r.info[k].function && !r.timeTok[k] && !r.info[k].foldIs(kPrep) {
			content = true
		}
	}
	return content
}

// dwellingHit reports an act of force (roots 18-20, or property
// destroyed) whose trigger or object, before the place pl told, names
// homes or villages (cue kind dwelling): "burned villages in Nasir
// county", "used gunships against villages in ...".
func (r *run) dwellingHit(m match, pl *doc.Actor) bool {
	if m.p.Code[:2] < "17" || m.p.Code[:2] > "20" {
		return false
	}
	return r.dwellingObject(m, r.d.TokenAt(pl.Start))
}

// dwellingObject reports a noun of homes or villages (cue kind dwelling)
// in the trigger past its head or in the four words after it, before end.
func (r *run) dwellingObject(m match, end int) bool {
	for k := m.head + 1; k < end && k <= m.end+4; k++ {
		if r.word(k) && r.isCue(kDwelling, k) {
			return true
		}
	}
	return false
}

// aidWhere reports a place after the verb of an act of aid (root 07) or an
// investigation (root 09) that a locative preposition introduces within
// eight words, past what is given or looked into and no punctuation or verb
// ("repartió alimentos a 50.000 personas en Gaza", "distributed food to
// displaced families in Darfur", "inspectors want to re-examine the
// refineries in Iran"): the people or the state of that place receive it.
func (r *run) aidWhere(m match, i int) bool {
	if m.p.Noun || m.p.Code[:2] != "07" && m.p.Code[:2] != "09" {
		return false
	}
	j := r.governorIndex(i, m.end)
	if j <= m.end || j-m.end > 8 || !r.lx.is(kLoc, r.info[j].fold) {
		return false
	}
	for k := m.end; k < j; k++ {
		if k < len(r.qtyTok) && r.qtyTok[k] {
			continue // a count of what is given or of whom ("a 50.000 personas")
		}
		if !r.word(k) || r.finiteVerb(k) && !(k > m.end && r.isCue(kDet, k-1)) {
			return false
		}
	}
	return true
}

// placeFor returns where the event happened: a place of its clause
// introduced by a locative preposition, not one of its actors; for a
// nominal event, first the place a relative clause of taking place right
// after it names (heldAtPlace).
func (r *run) placeFor(m match, c clause, pr [2]*doc.Actor) *doc.Place {
	if m.p.Noun {
		if pl := r.heldAtPlace(m, pr); pl != nil {
			return pl
		}
	}
	lo, hi := r.d.Tokens[c.start].Start, r.d.Tokens[c.end-1].End
	anchor := r.d.Tokens[m.head].Start
	var best, fine, origin *doc.Place
	bestDist, fineDist := 0, 0
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Start < lo || pl.End > hi || r.missionPlace(pl) {
			continue
		}
		skip, dest := false, false
		for _, a := range pr {
			if a != nil && a.Span.Overlaps(pl.Span) {
				// the destination or the city attacked, named as target
				// ("viajó a Lima", "bombardeó Járkov"): also the location
				if a == pr[1] && (a.Kind == "place" && pl.Feature != "PCLI" || strings.HasPrefix(pl.Feature, "PPL") && physical(m.p.Code)) {
					dest = true // the destination region named as target
				} else {
					skip = true
				}
			}
		}
		if skip {
			continue
		}
		ti := r.d.TokenAt(pl.Start)
		if r.participlePlace(m, ti) {
			continue
		}
		gov := r.prepBefore(ti, c.start)
		if gov == "" || r.lx.is(kGenitive, gov) {
			// "en la provincia de Idlib", "in the south of Lebanon": the
			// preposition before the genitive chain
			gov = r.governor(ti, c.start)
		}
		// (force and coercion launched from a place happen there: "fired a
		// missile from the Sunan area of Pyongyang", "expelled from France")
		// (a place told otherwise, where it struck, comes first: "fired
		// missiles from the Black Sea at Odesa")
		if !dest && !r.lx.is(kLoc, gov) && !r.locPhraseBefore(ti, c.start) && !r.objectPlace(m, pl, ti) {
			if origin == nil && r.lx.is(kOrigin, gov) && m.p.Code[:2] >= "15" && !deployment(m.p.Code) && ti >= m.end {
				origin = pl
			}
			continue
		}
		dist := pl.Start - anchor
		if dist < 0 {
			dist = -dist
		}
		if best == nil || dist < bestDist {
			best, bestDist = pl, dist
		}
		if pl.Adm1 != "" && (fine == nil || dist < fineDist) {
			fine, fineDist = pl, dist
		}
	}
	if best == nil {
		best = origin
	}
	if best == nil {
		best = r.openerPlace(c, pr)
	}
	if best == nil {
		return nil
	}
	// a country named with a place inside it ("en el sur del Líbano, cerca
	// de Nabatieh", "in Caracas, Venezuela"): the finer place
	if best.Adm1 == "" && (fine == nil || fine.Country != best.Country) {
		fine = r.finerAfter(best, pr)
	}
	if best.Adm1 == "" && (fine == nil || fine.Country != best.Country) {
		fine = r.finerInSentence(best, pr)
	}
	if best.Adm1 == "" && fine != nil && fine.Country == best.Country {
		best = fine
	}
	p := *best
	return &p
}

// heldAtPlace is the place that a relative clause of taking place (cue
// kind heldat, "que"/"that" and an optional reflexive before it) opened
// right after nominal event m, past at most five words of its complement
// ("de tres días"), names after a locative preposition within eight
// words: "una ronda de conversaciones de tres días que tomó lugar en la
// ciudad china de Kunming", "talks that took place in Doha"; nil when
// there is none or a party holds it.
func (r *run) heldAtPlace(m match, pr [2]*doc.Actor) *doc.Place {
	s := r.d.Sentences[r.d.Tokens[m.head].Sent]
	j := m.end
	for n := 0; n < 6 && j < s.EndTok && r.word(j) && !r.isCue(kRelPron, j); n++ {
		if r.finiteVerb(j) || r.info[j].foldIs(kPrep) && !r.info[j].foldIs(kGenitive) {
			return nil // (not "a truce after talks that took place in Cairo")
		}
		j++
	}
	if j >= s.EndTok || !r.word(j) || !r.isCue(kRelPron, j) {
		return nil
	}
	v := j + 1
	if v < s.EndTok && r.word(v) && r.isCue(kReflexive, v) {
		v++
	}
	if v >= s.EndTok || !r.word(v) {
		return nil
	}
	if _, ok := r.lx.cueAt(r.info, v, s.EndTok, kHeldAt); !ok {
		return nil
	}
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		ti := r.d.TokenAt(pl.Start)
		if ti <= v || ti > v+8 || ti >= s.EndTok {
			continue
		}
		if partyAt(pl, pr) || !r.lx.is(kLoc, r.governor(ti, v)) && !r.locPhraseBefore(ti, v) {
			return nil
		}
		p := *pl
		return &p
	}
	return nil
}

// objectPlace reports a town or region named in the genitive complement
// of the direct object of an act of force or coercion, right after its
// trigger past a time ("golpearon el aeropuerto de Kadugli", "shelled the
// outskirts of Donetsk", "bombardeó el domingo las afueras de Tiro"): the
// act hit that place, so it happened there. The object's head is one or
// two lower-case nouns; a country so named ("la embajada de Francia") is no
// place of the act.
func (r *run) objectPlace(m match, pl *doc.Place, ti int) bool {
	if pl.Adm1 == "" || !strings.HasPrefix(pl.Feature, "PPL") && !strings.HasPrefix(pl.Feature, "ADM") || m.p.Code[:2] < "15" || ti <= m.end {
		return false
	}
	if g := ti - 1; !r.word(g) || !r.info[g].foldIs(kGenitive) {
		return false
	}
	content := 0
	for j := m.end; j < ti-1; j++ {
		switch {
		case r.timeTok[j]:
		case !r.word(j) || r.d.Tokens[j].Cap:
			return false
		case r.isCue(kDet, j):
		case r.info[j].function || r.info[j].foldIs(kPrep) || r.finiteVerb(j) || r.inActor(j):
			return false
		default:
			content++
		}
	}
	return content >= 1 && content <= 2
}

// deployDest is the place police or troops are sent to (codes 153, 154),
// named after the trigger m in its clause c with a preposition of goal
// (cue kind goal), no party's mention: "anunció el envío de 400 policías a
// la región", "flying 200 soldiers to the province from Port Moresby".
// The deployment happens there, not where its troops come from or where
// another clause of the sentence is placed.
func (r *run) deployDest(m match, c clause, code string, pr [2]*doc.Actor) *doc.Place {
	if !deployment(code) {
		return nil
	}
	lo, hi := r.d.Tokens[m.head].Start, r.d.Tokens[c.end-1].End
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Start < lo || pl.End > hi {
			continue
		}
		if partyAt(pl, pr) {
			continue
		}
		ti := r.d.TokenAt(pl.Start)
		if g := r.nearGovernor(ti, m.end); g == "" || !r.lx.is(kGoal, g) {
			continue
		}
		p := *pl
		return &p
	}
	return nil
}

// partyAt reports whether the place pl lies inside the mention of one of
// the event's parties pr (a country or town named as source or target),
// which makes it no place of the event.
func partyAt(pl *doc.Place, pr [2]*doc.Actor) bool {
	for _, a := range pr {
		if a != nil && a.Span.Overlaps(pl.Span) {
			return true
		}
	}
	return false
}

// deployment reports a code of police or troops sent somewhere (153,
// 154): they come from a place ("reserve troops from Austria"), they are
// deployed where they are sent.
func deployment(code string) bool {
	return len(code) >= 3 && (code[:3] == "153" || code[:3] == "154")
}

// destCountry is the country that aid is brought to or someone travels
// to, named as the target after a preposition of direction ("flew tents
// ... to the northern Philippines", "viajó a México"): the event happens
// there, at the one subdivision of it that the sentence names if any.
func (r *run) destCountry(m match, pr [2]*doc.Actor) *doc.Place {
	if pr[1] == nil || !(m.p.Code[:3] == "042" || m.p.Code[:2] == "07") {
		return nil
	}
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Feature != "PCLI" || !pr[1].Span.Overlaps(pl.Span) || pl.Start < r.d.Tokens[m.head].Start {
			continue
		}
		if !r.lx.is(kTgt, r.nearGovernor(r.d.TokenAt(pl.Start), m.end)) {
			return nil
		}
		best := pl
		if fine := r.finerInSentence(pl, pr); fine != nil {
			best = fine
		}
		p := *best
		return &p
	}
	return nil
}

// finerInSentence is the one subdivision of the country best that the
// sentence of best names elsewhere ("flew tents to the northern
// Philippines ... after a typhoon flooded Cagayan province"), outside the
// dateline and the parties; nil when it names none or several.
func (r *run) finerInSentence(best *doc.Place, pr [2]*doc.Actor) *doc.Place {
	bt := r.d.TokenAt(best.Start)
	if bt >= len(r.d.Tokens) {
		return nil
	}
	s := r.d.Sentences[r.d.Tokens[bt].Sent]
	var fine *doc.Place
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Start < s.Start || pl.End > s.End || pl.Adm1 == "" || pl.Country != best.Country || r.d.TokenAt(pl.Start) <= r.datelineEnd {
			continue
		}
		if partyAt(pl, pr) {
			continue
		}
		if fine != nil && fine.Adm1 != pl.Adm1 {
			return nil
		}
		if fine == nil {
			fine = pl
		}
	}
	return fine
}

// sentencePlace is the place of an event whose clause names none: the
// places of its sentence told with a locative preposition ("liberaron el
// martes a 18 colombianos que estaban detenidos en el estado Táchira"),
// when they all agree on country and subdivision and that country is a
// party's, or the parties have none; nil otherwise. The dateline is no place of
// the sentence.
func (r *run) sentencePlace(m match, s doc.Sentence, pr [2]*doc.Actor) *doc.Place {
	anchor := r.d.Tokens[m.head].Start
	var best *doc.Place
	bestDist := 0
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Start < s.Start || pl.End > s.End || r.missionPlace(pl) {
			continue
		}
		ti := r.d.TokenAt(pl.Start)
		if ti <= r.datelineEnd || r.participlePlace(m, ti) {
			continue
		}
		if partyAt(pl, pr) {
			continue
		}
		if g := r.nearGovernor(ti, s.FirstTok); !r.lx.is(kLoc, g) && !r.locPhraseBefore(ti, s.FirstTok) || r.conditionBetween(m.head, ti) || r.lx.is(kHeading, g) {
			// "expulsará a dos diplomáticos si La Habana no ... disturbios
			// en Nueva York"; "atacó una plataforma desde la que se lanzó un
			// cohete hacia Kiryat Shmona": where another act heads, not
			// where this one happened
			continue
		}
		if ti < m.head && material(m.p.Code) && r.reportedAfter(s, ti, m.head) {
			// "dijo en una rueda de prensa en Pekín que la guardia costera
			// había expulsado ...": where it was said, not where a material
			// act it reports happened (a stance it reports, "adding that
			// her government remained open to talks", is told there)
			continue
		}
		if best != nil && (best.Country != pl.Country || best.Adm1 != pl.Adm1) {
			return nil
		}
		dist := pl.Start - anchor
		if dist < 0 {
			dist = -dist
		}
		if best == nil || dist < bestDist {
			best, bestDist = pl, dist
		}
	}
	// (parties of no country, "el periodista fue asesinado ... cuando
	// salía de su casa en Taxco", are where the sentence places them; an
	// event with no party at all is not placed so; a locative set off
	// between the source and its verb, "su director, desde Ciudad de
	// Guatemala, pidió al Gobierno", tells where the source acted)
	if best == nil || !sameCountry(pr[0], best) && !sameCountry(pr[1], best) && (ofCountry(pr[0]) || ofCountry(pr[1]) || pr[0] == nil && pr[1] == nil) && !r.subjectAside(best, pr[0], m.head) {
		return nil
	}
	p := *best
	return &p
}

// subjectAside reports a place told between commas after the source and
// before the verb at head ("MSF's director, from Guatemala City, asked"):
// an aside on where the source stood.
func (r *run) subjectAside(pl *doc.Place, src *doc.Actor, head int) bool {
	if src == nil || pl.Start < src.End || r.d.Tokens[head].Start < pl.End {
		return false
	}
	ti, te := r.d.TokenAt(pl.Start), r.d.TokenAt(pl.End-1)
	open, closed := false, false
	for k := ti - 1; k >= 0 && r.d.Tokens[k].Start >= src.End; k-- {
		if t := r.d.Tokens[k]; t.Kind == doc.Punct {
			open = t.Text == ","
			break
		}
	}
	for k := te + 1; k < head; k++ {
		if t := r.d.Tokens[k]; t.Kind == doc.Punct {
			closed = t.Text == "," && k == head-1
			break
		}
	}
	return open && closed
}

// ofCountry reports an actor of a known country.
func ofCountry(a *doc.Actor) bool { return a != nil && a.Country != "" }

// homePlace is the town or region a party of the event is told to be of,
// in that party's country, when nothing else places the event: a place in
// a genitive chain inside its mention or right after it, with no verb,
// punctuation or other preposition between ("La alcaldesa de Babahoyo
// pidió paciencia", "Vecinos de varios barrios de Babahoyo bloquearon",
// "residents of the town of Kherson protested"): local people and local
// officials act where they are, not at the dateline. The source's place
// counts before the target's; a place that opens the mention ("Moscow
// said") names a government, not where it is.
func (r *run) homePlace(pr [2]*doc.Actor, s doc.Sentence) *doc.Place {
	for _, a := range pr {
		if a == nil || a.Country == "" || a.Kind == "place" || a.End <= a.Start {
			continue
		}
		for i := range r.d.Places {
			pl := &r.d.Places[i]
			if pl.Adm1 == "" || pl.Country != a.Country || pl.Start <= a.Start || pl.End > s.End || r.missionPlace(pl) {
				continue
			}
			ti := r.d.TokenAt(pl.Start)
			g, chainEnd := ti-1, ti
			if g > s.FirstTok+1 && r.word(g) && r.d.Tokens[g].Cap && r.word(g-1) && r.isCue(kDet, g-1) {
				g, chainEnd = g-1, g // "of the Tajik exclave of Vorukh": a capitalised adjective after the article
			}
			if g > s.FirstTok && r.word(g) && r.isCue(kDet, g) && !r.info[g].foldIs(kGenitive) {
				g-- // "of the town of Garissa" (the place is "town of Garissa")
			}
			if ti <= r.datelineEnd || g < s.FirstTok || !r.word(g) || !r.info[g].foldIs(kGenitive) {
				continue
			}
			if pl.End > a.End && !r.genitiveChain(r.d.TokenAt(a.End-1)+1, chainEnd) {
				continue
			}
			p := *pl
			return &p
		}
	}
	return nil
}

// capitalSpeaker returns, for a statement, an appeal, a pledge, praise, a
// demand, a reproach, a rejection, a threat or a cut in relations (roots
// 01-03, 05, 10-13, 16) whose source is named by its capital ("Moscow
// summoned Norway's ambassador", "Pekín advirtió"), that capital: a
// government speaking through its capital speaks at home, wherever the
// article is datelined. Nil for other acts and other sources.
func (r *run) capitalSpeaker(src *doc.Actor, code string) *doc.Place {
	if src == nil || src.Kind != actors.KindCapital || src.Country == "" {
		return nil
	}
	switch code[:2] {
	case "01", "02", "03", "05", "10", "11", "12", "13", "16":
	default:
		return nil
	}
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Country == src.Country && pl.Span.Overlaps(src.Span) && strings.HasPrefix(pl.Feature, "PPL") {
			p := *pl
			return &p
		}
	}
	return nil
}

// genitiveChain reports whether tokens lo..hi-1 are a chain of genitive
// complements ("de varios barrios de", "of the town of"): words that are
// genitive prepositions, determiners, quantifiers or lower-case nouns and
// adjectives, at most six, with no verb reading, punctuation or capital.
func (r *run) genitiveChain(lo, hi int) bool {
	if lo >= hi || hi-lo > 6 || !r.word(lo) || !r.info[lo].foldIs(kGenitive) {
		return false
	}
	for j := lo; j < hi; j++ {
		if !r.word(j) || r.d.Tokens[j].Cap {
			return false
		}
		if r.info[j].foldIs(kGenitive) || r.isCue(kDet, j) {
			continue
		}
		if r.info[j].function || r.info[j].foldIs(kPrep) || r.hasVerb(j) && !r.info[j].noun {
			return false
		}
	}
	return true
}

// purposeDest is the place an act told by a purpose infinitive happens
// at: the destination named right before its opening word ("viajará el
// viernes a la zona para reunirse con los dirigentes", "flew to Goma to
// meet the rebels", past a time between), a place after a preposition of
// direction or place that is no party of the act; nil otherwise.
func (r *run) purposeDest(m match, s doc.Sentence, pr [2]*doc.Actor) *doc.Place {
	j := m.head - 1
	if j-1 <= s.FirstTok || !r.word(j) || !r.isCue(kInOrder, j) {
		return nil
	}
	k := j - 1
	for k > s.FirstTok && (r.timeTok[k] || r.word(k) && r.info[k].foldIs(kPrep) && r.timeTok[k+1]) {
		k-- // "flew to Goma on Monday to meet"
	}
	end := r.d.Tokens[k].End
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.End != end {
			continue
		}
		if partyAt(pl, pr) {
			return nil
		}
		ti := r.d.TokenAt(pl.Start)
		if g := r.nearGovernor(ti, s.FirstTok); g == "" || !r.lx.is(kTgt, g) && !r.lx.is(kLoc, g) {
			return nil
		}
		p := *pl
		return &p
	}
	return nil
}

// reportedAfter reports a word opening a reported clause ("que", "that")
// between tokens a and b of sentence s, after a verb of saying before a:
// the place at a tells where the words were said, not where the act they
// report at b happened.
func (r *run) reportedAfter(s doc.Sentence, a, b int) bool {
	said := false
	for j := s.FirstTok; j < a; j++ {
		if r.word(j) && r.isCue(kReport, j) && r.verbAt(j) {
			said = true
		}
	}
	if !said {
		return false
	}
	for j := a + 1; j < b; j++ {
		if r.word(j) && r.isCue(kClause, j) {
			return true
		}
	}
	return false
}

// conditionBetween reports a word of condition ("si", "if", "unless")
// between tokens a and b, in either order: what follows it tells another
// event's circumstances.
func (r *run) conditionBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for j := a + 1; j < b; j++ {
		if r.word(j) && r.isCue(kCondition, j) {
			return true
		}
	}
	return false
}

// placeGroup reports a group all of whose actors are named by a place
// (a country, a town, a capital or seat), none by a body or a person.
func (r *run) placeGroup(g *group) bool {
	for _, i := range g.acts {
		switch r.d.Actors[i].Kind {
		case "country", "place", "capital", "seat":
		default:
			return false
		}
	}
	return len(g.acts) > 0
}

// locPhraseBefore reports a locative of several words (cue kind loc:
// "cerca de", "frente a", "off the coast of") whose last word is the
// preposition governing the name at token i, back through genitive
// chains over at most six words ("cerca de Nabatieh", "frente a las
// costas de Palawan"), with no punctuation or other preposition between.
func (r *run) locPhraseBefore(i, lo int) bool {
	for j, n := i-1, 0; j > lo && n < 6; j, n = j-1, n+1 {
		if !r.word(j) {
			return false
		}
		if !r.info[j].foldIs(kPrep) {
			continue
		}
		for k := j - 1; k >= lo && k >= j-3; k-- {
			if !r.word(k) {
				break
			}
			if e, ok := r.lx.cueAt(r.info, k, j+1, kLoc); ok && e == j+1 {
				return true
			}
		}
		if r.distanceBefore(j, lo) {
			return true
		}
		if !r.info[j].foldIs(kGenitive) {
			return false
		}
	}
	return false
}

// distanceBefore reports a distance told right before the preposition at
// token j (cue kind distance, a unit of length, after a number, with at
// most one word between: "a unas 190 millas náuticas de Puerto Madryn", "a
// 30 kilómetros de Kabul", "30 km from Kabul", "190 nautical miles off"):
// the name after it places what happened near it.
func (r *run) distanceBefore(j, lo int) bool {
	for u := j - 1; u >= lo && u >= j-2; u-- {
		if !r.word(u) || !r.isCue(kDistance, u) {
			continue
		}
		for n := u - 1; n >= lo && n >= u-2; n-- {
			if r.d.Tokens[n].Kind == doc.Number || r.qtyTok != nil && n < len(r.qtyTok) && r.qtyTok[n] && r.word(n) {
				return true
			}
		}
	}
	return false
}

// nearGovernor is the preposition governing the noun group that ends
// with the name at token i: the first one back over at most five words,
// past genitives ("en el estado Táchira", "in the south of Lebanon"); ""
// when none or when punctuation comes first.
func (r *run) nearGovernor(i, lo int) string {
	for j, n := i-1, 0; j >= lo && n < 5; j, n = j-1, n+1 {
		if !r.word(j) {
			return ""
		}
		if !r.info[j].foldIs(kPrep) {
			continue
		}
		if !r.info[j].foldIs(kGenitive) {
			return r.info[j].fold
		}
	}
	return ""
}

// dateNear returns the TIMEX3 date of the clause (nearest to the trigger),
// else of a time phrase opening the sentence, else "".
func (r *run) dateNear(m match, c clause, s doc.Sentence) string {
	return r.dateNearFor(m, c, s, -1)
}

// dateNearFor is dateNear for a trigger joined at token joint (-1: none)
// to the predicate before it: a time before the joint that lies after the
// article's day is left out, and the phrase opening the sentence is not
// read (build takes the predicate's date first, conjunctDate, then that
// phrase: openingDate).
func (r *run) dateNearFor(m match, c clause, s doc.Sentence, joint int) string {
	if v := r.dateInClause(m, c, s, joint); v != "" || joint >= 0 {
		// a verb joined to a predicate before it takes that one's date
		// first (conjunctDate); the opening phrase is the last resort
		return v
	}
	return r.openingDate(s)
}

// dateInClause is dateNearFor without the phrase opening the sentence.
func (r *run) dateInClause(m match, c clause, s doc.Sentence, joint int) string {
	lo, hi := r.d.Tokens[c.start].Start, r.d.Tokens[c.end-1].End
	anchor := r.d.Tokens[m.head].Start
	best, bestDist := "", -1
	times := r.d.Times
	if r.timesSorted { // only those from lo on can lie inside
		times = times[sort.Search(len(times), func(k int) bool { return times[k].Start >= lo }):]
	}
	for _, t := range times {
		if r.timesSorted && t.Start > hi {
			break // nor any later one
		}
		if t.Start < lo || t.End > hi || eventDate(t.Value) == "" || r.inDateline(t.End) || r.otherPredicate(m, t.Start) {
			continue
		}
		if joint >= 0 && t.End <= r.d.Tokens[joint].Start && (r.afterArticle(eventDate(t.Value)) || r.laterWeek(t.Value)) {
			continue
		}
		if r.untilBefore(t.Start) {
			continue // "will continue until Friday": the end of a span, no date of the act
		}
		if r.pledge && r.deadlineBefore(t.Start) {
			continue // "pledged to phase out subsidies by the end of the year": the promised act's deadline
		}
		if r.nounsDate(m, t.Start, s) {
			continue // "acusan de fraude en la votación del 9 de octubre": the vote's day
		}
		dist := t.Start - anchor
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = t.Value, dist
		}
	}
	if best != "" {
		return eventDate(best)
	}
	// "a day after France's minister accused Baku", "un día después de
	// que el Gobierno prohibiera la marcha": the day counted to the clause
	// right after the time
	return r.dateRightBefore(c, m)
}

// openingDate is the date of a time phrase opening sentence s ("El
// martes, ...", "On Tuesday, ..."), "" when none.
func (r *run) openingDate(s doc.Sentence) string {
	first := r.d.Tokens[s.FirstTok].Start
	times := r.d.Times
	if r.timesSorted {
		times = times[sort.Search(len(times), func(k int) bool { return times[k].Start >= first }):]
	}
	for _, t := range times {
		if t.Start >= first && r.d.TokenAt(t.Start) <= s.FirstTok+1 {
			if eventDate(t.Value) != "" && !r.inDateline(t.End) {
				return eventDate(t.Value)
			}
		} else if r.timesSorted && t.Start >= first {
			break // later times start at later tokens
		}
	}
	return ""
}

// dateRightBefore is the day of a time expression that ends right before
// clause c, past at most a word that opens a clause ("a day after France's
// minister accused", "un día después de que el Gobierno prohibiera"), when
// the trigger m is the clause's first verb: the time dates that verb's
// act; "" when none.
func (r *run) dateRightBefore(c clause, m match) string {
	// (the time's last word opens the clause, "a day [after] France's
	// minister accused", or is the genitive before its opener, "un día
	// después [de] que el Gobierno prohibiera"; a time before "that" or
	// "que" alone, "said on Monday that ...", dates the saying)
	k := -1
	switch j := c.start - 1; {
	case !r.word(c.start) || !r.isCue(kClause, c.start):
	case r.timeTok[c.start]:
		k = c.start
	case j >= 0 && r.timeTok[j] && r.word(j) && r.isCue(kGenitive, j):
		k = j
	}
	if k < 0 {
		return ""
	}
	for j := k + 1; j < m.head; j++ {
		if r.verbAt(j) && !r.inActor(j) && !r.timeTok[j] {
			return "" // another verb of the clause comes first
		}
	}
	end := r.d.Tokens[k].End
	for _, t := range r.d.Times {
		if t.End == end && t.Anchor != "" && !r.inDateline(t.End) {
			return t.Anchor
		}
	}
	return ""
}

// inDateline reports a time expression ending at byte end that lies in
// the article's dateline ("BANGKOK, Aug 20 -", "LIMA, 3 mar (AFP) -"): it
// dates the dispatch, not any event the lead tells.
func (r *run) inDateline(end int) bool {
	return r.datelineEnd >= 0 && end <= r.d.Tokens[r.datelineEnd].Start
}

// nounsDate reports a time expression at byte offset at that is the
// genitive complement of a noun of an occasion outside the trigger m (cue
// kind occasion: "acusan de fraude en la votación del 9 de octubre", "the
// election of 9 October"): it dates the occasion, not the act.
func (r *run) nounsDate(m match, at int, s doc.Sentence) bool {
	ti := r.d.TokenAt(at)
	j := ti - 1 // the genitive, before the time or its first word ("del 9 de octubre")
	if ti >= 0 && ti < s.EndTok && r.word(ti) && r.isCue(kGenitive, ti) {
		j = ti
	}
	k := j - 1
	if k < s.FirstTok || j >= s.EndTok || !r.word(j) || !r.isCue(kGenitive, j) || !r.word(k) {
		return false
	}
	if k >= m.head && k < m.end || r.timeTok[k] {
		return false
	}
	e, ok := r.lx.cueAt(r.info, k, s.EndTok, kOccasion)
	return ok && e == k+1
}

// clash reports a code of protest, coercion or force (roots 14 to 20).
func clash(code string) bool { return code[:2] >= "14" && code[:2] <= "20" }

// timedSentence reports a time expression that gives a date in sentence
// si (outside the dateline).
func (r *run) timedSentence(si int) bool {
	sp := r.d.Sentences[si].Span
	for _, t := range r.d.Times {
		if t.Start >= sp.Start && t.End <= sp.End && eventDate(t.Value) != "" && !r.inDateline(t.End) {
			return true
		}
	}
	return false
}

// otherDayBetween reports a time expression giving a date other than day
// in sentences a to b-1 (outside the dateline): the story moved on.
func (r *run) otherDayBetween(day string, a, b int) bool {
	lo, hi := r.d.Sentences[a].Span.Start, r.d.Sentences[b].Span.Start
	for _, t := range r.d.Times {
		if t.Start >= lo && t.End <= hi && !r.inDateline(t.End) {
			if v := eventDate(t.Value); v != "" && v != day {
				return true
			}
		}
	}
	return false
}

// forceful reports a code of coercion or force (roots 17 to 20).
func forceful(code string) bool { return code[:2] >= "17" && code[:2] <= "20" }

// otherStep reports two coercive acts of different kinds (root 17:
// seizing, arresting, expelling, repressing): "Cambodia has deported two
// journalists ... The two were detained on Friday": the arrest told next
// is an earlier step, not the same act, and its day is not the
// deportation's.
func otherStep(a, b string) bool {
	return len(a) >= 3 && len(b) >= 3 && a[:2] == "17" && b[:2] == "17" && a[:3] != b[:3]
}

// partyState reports a one-word event that qualifies the mention of the
// people who hold it: an English participle right before it
// ("striking drivers", "protesting farmers") or a Spanish "en" phrase
// right after it ("los mineros en huelga").
func (r *run) partyState(m match) bool {
	return len(m.toks) == 1 && r.partyStateAt(m.head)
}

// partyStateAt is partyState for the word at h alone.
func (r *run) partyStateAt(h int) bool {
	if !r.word(h) || r.inActor(h) {
		return false
	}
	if f := r.info[h].fold; strings.HasSuffix(f, "ing") {
		// (not a progressive: "were protesting")
		return r.word(h+1) && r.inActor(h+1) && !r.d.Tokens[h+1].Cap && !r.info[h+1].function && !(r.word(h-1) && r.info[h-1].has("be"))
	}
	j := h - 1
	return j > 0 && r.word(j) && r.info[j].fold == "en" && r.inActor(j-1) && r.word(j-1) && !r.info[j-1].function
}

// relativeUndated reports a clause opened by a relative pronoun ("who
// had gathered", "que estaban reunidos") that tells no time of its own,
// not even a span ("who had filled the square for a week").
func (r *run) relativeUndated(c clause) bool {
	if !r.word(c.start) || !r.isCue(kRelPron, c.start) {
		return false
	}
	lo, hi := r.d.Tokens[c.start].Start, r.d.Tokens[c.end-1].End
	for _, t := range r.d.Times {
		if t.Start >= lo && t.End <= hi {
			return false
		}
	}
	return true
}

// mainDate is the date of the latest dated event of sentence si told
// before clause c whose party is the relative's antecedent, the actor
// right before the pronoun ("protesters who"); "" when none.
func (r *run) mainDate(si int, c clause) string {
	j := c.start - 1
	if j >= 0 && r.d.Tokens[j].Text == "," {
		j--
	}
	if j < 0 || !r.inActor(j) {
		return ""
	}
	// (the antecedent may be the head of a genitive chain: "simpatizantes
	// de la oposición que se habían reunido", the supporters who gathered)
	ats := []int{r.d.Tokens[j].Start}
	for k, n := j, 0; n < 2; n++ {
		for k > 0 && r.inActor(k-1) {
			k--
		}
		if k-2 < 0 || !r.word(k-1) || !r.isCue(kGenitive, k-1) || !r.inActor(k-2) {
			break
		}
		k -= 2
		ats = append(ats, r.d.Tokens[k].Start)
	}
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent != si {
			break
		}
		if cd.head >= c.start || cd.ev.Date == "" {
			continue
		}
		for _, a := range [2]*doc.Actor{cd.ev.Source, cd.ev.Target} {
			for _, at := range ats {
				if a != nil && a.Start <= at && at < a.End {
					return cd.ev.Date
				}
			}
		}
	}
	return ""
}

// conjunctDate is the date of a verb joined by a coordinating word or a
// comma to the predicate before it, sharing its subject ("the government
// on Monday withdrew the tax and lifted the curfew", "llegaron poco
// después de las 21.00 horas del domingo, incendiaron decenas de
// viviendas"): the nearest time before the joint, back to a word that
// opens a clause; "" when the verb has words of its own before it.
//
// An act told as done (asserted, negated or assessed) takes no date after
// the article's: a later day before the joint is the one set for a plan of
// the verb before ("convocó un paro para el jueves y denunció la
// represión", "called a strike for Monday and threatened to ...").
func (r *run) conjunctDate(m match, s doc.Sentence, mod string) string {
	j := r.joint(m, s)
	if j < 0 {
		return ""
	}
	// a participle after a bare comma is an apposition ("los abogados
	// del ex capitán, extraditado por Argentina"), no second verb
	if r.d.Tokens[j].Text == "," && r.hasForm(m.head, morph.Part) {
		return ""
	}
	if r.d.Tokens[j].Text != "," && r.d.Tokens[j-1].Text == "," {
		j--
	}
	lo, hi := r.d.Tokens[s.FirstTok].Start, r.d.Tokens[j].Start
	for k := j - 1; k >= s.FirstTok; k-- {
		t := &r.d.Tokens[k]
		if r.word(k) && r.isCue(kClause, k) {
			// (one opening what a verb of saying reports, "anunció que el
			// próximo 21 de agosto los indígenas de X, a 450 km de la
			// capital, realizarán una marcha", holds the verb: its times
			// after it count)
			if k > s.FirstTok && r.word(k-1) && r.isCue(kReport, k-1) && r.verbAt(k-1) {
				lo = t.End
				break
			}
			// a clause that closes before the joint tells an act of its
			// own ("X, que representa a ... en 1991-1992, organizaron",
			// "fired on Wednesday for the first time since a truce took
			// effect in March, killing"): its times are left out, those
			// before it count
			hi = t.Start
			continue
		}
		// (an aside in brackets, "al servicio de inteligencia ruso (GRU)",
		// closes no clause)
		if t.Kind == doc.Punct && t.Text != "," && t.Text != "-" && t.Text != "/" && t.Text != "(" && t.Text != ")" {
			lo = t.End
			break
		}
	}
	best := ""
	done := mod == doc.Asserted || mod == doc.Negated || mod == doc.Assessed
	for _, t := range r.d.Times {
		if t.Start >= lo && t.End <= hi && eventDate(t.Value) != "" && !r.inDateline(t.End) {
			if done && (r.afterArticle(eventDate(t.Value)) || r.laterWeek(t.Value)) {
				continue
			}
			if r.nounsDate(m, t.Start, s) {
				continue // "formado por diputados depuestos en el golpe de 2021, criticó": the coup's year
			}
			best = eventDate(t.Value) // the last one before the joint
		}
	}
	return best
}

// phaseBefore reports a verb of a phase of what goes on (cue kind phase:
// "seguir", "continue") within four words before the trigger in clause c.
func (r *run) phaseBefore(m match, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-4; j-- {
		if r.word(j) && r.isCue(kPhase, j) {
			return true
		}
	}
	return false
}

// deadlineBefore reports a deadline cue (kind deadline: "by", "no later
// than", "antes de", "a más tardar") ending right before the time
// expression starting at byte at.
func (r *run) deadlineBefore(at int) bool {
	ti := r.d.TokenAt(at)
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if !r.word(k) {
			return false
		}
		if e, ok := r.lx.cueAt(r.info, k, ti, kDeadline); ok && e == ti {
			return true
		}
	}
	return false
}

// untilBefore reports a preposition of an end bound (cue kind until:
// "hasta", "until") right before the time expression starting at byte at.
func (r *run) untilBefore(at int) bool {
	j := r.d.TokenAt(at) - 1
	return j >= 0 && r.word(j) && r.info[j].foldIs(kUntil)
}

// joint is the comma or coordinating word right before the trigger (past
// auxiliaries) that joins it to a predicate before it, or -1.
func (r *run) joint(m match, s doc.Sentence) int {
	j := m.head - 1
	for j > s.FirstTok && r.word(j) && r.info[j].foldIs(kAux) {
		j--
	}
	if j <= s.FirstTok || !(r.d.Tokens[j].Text == "," || r.word(j) && r.info[j].foldIs(kCoord)) {
		return -1
	}
	return j
}

// laterWeek reports a TIMEX3 week value ("2025-W11", "2025-W11-WE") of a
// week after the article's: "next week" lies after the article though the
// month it becomes (eventDate) is the article's own.
func (r *run) laterWeek(v string) bool {
	if r.d.Date.IsZero() || len(v) < 8 || v[4] != '-' || v[5] != 'W' {
		return false
	}
	y, err1 := strconv.Atoi(v[:4])
	w, err2 := strconv.Atoi(v[6:8])
	if err1 != nil || err2 != nil {
		return false
	}
	ay, aw := r.d.Date.ISOWeek()
	return y > ay || y == ay && w > aw
}

// afterArticle reports an event date (eventDate's forms) that lies wholly
// after the article's day: a later day, month or year; a season or an
// unknown article date never does.
func (r *run) afterArticle(date string) bool {
	if r.d.Date.IsZero() {
		return false
	}
	var buf [16]byte
	day := r.d.Date.AppendFormat(buf[:0], "2006-01-02") // (on the stack)
	switch {
	case len(date) == 10:
		return date > string(day)
	case len(date) == 7 && date[5] >= '0' && date[5] <= '9':
		return date > string(day[:7])
	case len(date) == 4:
		return date > string(day[:4])
	}
	return false
}

// otherPredicate reports a time expression at byte offset at, after the
// trigger m, that belongs to another predicate standing between them: a
// participle of planning qualifying the object of a verb that cancels it
// ("called off a strike planned for Friday", "canceló la reunión prevista
// para marzo"; a nominal event keeps it: "las conversaciones programadas
// para el viernes"), a clause of its own opened by a subject pronoun and an
// auxiliary ("lifted the curfew it had imposed last Thursday") or a
// participle qualifying a noun ("urged donors to restore the rations cut
// earlier this year").
func (r *run) otherPredicate(m match, at int) bool {
	ti := r.d.TokenAt(at)
	if ti < m.end || ti > len(r.info) {
		return false
	}
	for j := m.end; j < ti; j++ {
		if !r.word(j) {
			continue
		}
		if !m.p.Noun && cancels(m.p.Code) && r.isCue(kPlanned, j) && (r.hasForm(j, morph.Part) || r.d.Lang == "en" && strings.HasSuffix(r.info[j].fold, "ed")) {
			return true
		}
		if r.info[j].foldIs(kSubjPron) && j+1 < ti && r.word(j+1) && r.info[j+1].foldIs(kAux) {
			return true
		}
		if j > m.end && r.participleOfNoun(j, ti) {
			return true
		}
	}
	return false
}

// participleOfNoun reports a past participle at token j that qualifies
// the noun right before it and that the time expression starting at token
// ti follows, past at most two words of no verb ("the food rations cut
// earlier this year", "las raciones recortadas el mes pasado", "la ley
// aprobada en 2019"): the time dates the participle's act, not the verb
// of the clause.
func (r *run) participleOfNoun(j, ti int) bool {
	n := j - 1 // the noun's last word
	if r.d.Lang == "es" && n > 0 && r.d.Tokens[n].Kind == doc.Punct && r.d.Tokens[n].Text == "," {
		// set off by a comma ("el diálogo directo, congelado desde
		// 2024"): a Spanish participle is no finite verb
		n--
	}
	if ti-j > 3 || n < 0 || !r.word(j) || !r.word(n) || r.d.Tokens[n].Cap || r.timeTok[n] || r.timeTok[j] {
		return false
	}
	// (an English past form after a party's name may be its verb: "police
	// detained 30 people", "protesters marched on Monday")
	part := r.hasForm(j, morph.Part) || r.d.Lang == "en" && r.hasForm(j, morph.Past) && !r.inActor(n)
	if !part || r.hasVerb(n) || r.info[n].function || r.info[n].foldIs(kAux) || r.info[n].foldIs(kPrep) {
		return false
	}
	for k := j + 1; k < ti; k++ {
		if !r.word(k) || r.hasVerb(k) && !r.info[k].foldIs(kPrep) {
			return false
		}
	}
	return true
}

// participlePlace reports a place at token ti that completes a past
// participle qualifying the noun before it, other than the trigger of m
// ("indígenas llegados desde Quiché marcharon", "los detenidos trasladados
// a Lima denunciaron"): where the participle's act happened or came from,
// not where m's did.
func (r *run) participlePlace(m match, ti int) bool {
	for j := ti - 1; j >= 1 && j >= ti-3; j-- {
		if j >= m.head && j < m.end {
			return false
		}
		if r.participleOfNoun(j, ti) {
			return true
		}
	}
	return false
}

// cancels reports a code whose act calls off, refuses or cancels what its
// object names (roots 08, 12, 16): the time planned for the object is not
// the act's ("canceló la reunión prevista para marzo"), unlike taking part
// in it ("participar en la marcha prevista para el 20 de octubre").
func cancels(code string) bool {
	switch code[:2] {
	case "08", "12", "16":
		return true
	}
	return false
}

// eventDate is the date an event may carry from a TIMEX3 value (record.md:
// YYYY-MM-DD, YYYY-MM, YYYY, YYYY-SS), "" when the value gives none: a
// time of day is dropped ("2025-02-04TNI"), a week or weekend becomes
// its month when it lies in one ("2025-W42-WE" -> "2025-10"), a week
// across two months the month of most of its days ("2026-W27" ->
// "2026-07"), else its year, and a quarter or half its year.
func eventDate(v string) string {
	if !isDate(v) {
		return ""
	}
	if i := strings.IndexByte(v, 'T'); i >= 4 {
		v = v[:i]
	}
	if len(v) == 4 {
		return v
	}
	if len(v) < 7 || v[4] != '-' {
		return ""
	}
	switch {
	case v[5] == 'W':
		return weekDate(v)
	case v[5] == 'Q' || v[5] == 'H':
		return v[:4]
	}
	switch v[5:] {
	case "SP", "SU", "FA", "WI":
		return v
	}
	if len(v) == 7 && digits(v[5:7]) || len(v) == 10 && digits(v[5:7]) && v[7] == '-' && digits(v[8:10]) {
		return v
	}
	return ""
}

// weekDate is the month (else the year) holding the days of an ISO week
// value ("2025-W42", "2025-W42-WE" for its weekend); "" when unreadable.
func weekDate(v string) string {
	y, err1 := strconv.Atoi(v[:4])
	if len(v) < 8 || err1 != nil {
		return ""
	}
	n := 0
	k := 6
	for ; k < len(v) && v[k] >= '0' && v[k] <= '9'; k++ {
		n = n*10 + int(v[k]-'0')
	}
	if k == 6 || n < 1 || n > 53 {
		return ""
	}
	first, last := 0, 6 // Monday to Sunday
	switch v[k:] {
	case "":
	case "-WE":
		first = 5
	default:
		return ""
	}
	// Monday of ISO week 1 is the Monday of the week holding 4 January
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(n-1)*7)
	a, b := mon.AddDate(0, 0, first), mon.AddDate(0, 0, last)
	switch {
	case a.Year() == b.Year() && a.Month() == b.Month():
		return a.Format("2006-01")
	case first == 0:
		// a whole week across two months is of the month that holds
		// most of its days, its Thursday's ("next week" told on 24 June
		// 2026, 29 June to 5 July: July)
		return mon.AddDate(0, 0, 3).Format("2006-01")
	case a.Year() == b.Year():
		return a.Format("2006")
	}
	return ""
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isDate(v string) bool {
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9'
}

// quantitiesIn returns the quantities of the clause.
func (r *run) quantitiesIn(c clause) []doc.Quantity {
	lo, hi := r.d.Tokens[c.start].Start, r.d.Tokens[c.end-1].End
	var out []doc.Quantity
	for _, q := range r.d.Quantities {
		if q.Start >= lo && q.End <= hi {
			out = append(out, q)
		}
	}
	return out
}

// factKey is what makes two events of an article one fact in finish: the
// code (its first three digits, but an assault's or a seizure's whole),
// the parties' state codes, and for an event short of a party its
// trigger's offset (-1 for one with both).
type factKey struct {
	code, src, tgt string
	at             int
}

// armedNonState reports an armed group of no state: rebels, insurgents,
// separatists, paramilitaries or criminals, or an international
// militarized group.
func armedNonState(a *doc.Actor) bool {
	if strings.HasPrefix(a.Code, "IMG") {
		return true
	}
	for _, r := range a.Roles {
		switch r {
		case "REB", "INS", "SEP", "UAF", "CRM":
			return true
		}
	}
	return false
}

// finish merges repeated statements of one event and numbers the events.
func (r *run) finish() []doc.Event {
	r.askedCodes()
	r.releasedByCaptor()
	r.rejectedGroup()
	r.claimedAttack()
	r.investigatedSanctioned()
	// frames lend their dates to the events they name
	for _, a := range r.anas {
		if a.date == "" {
			continue
		}
		for n := len(r.evs) - 1; n >= 0; n-- {
			e := r.evs[n]
			if e.sent <= a.sent && e.ev.Cameo[:3] == a.code[:3] {
				if e.ev.Date == "" {
					e.ev.Date = a.date
				}
				e.ev.More = append(e.ev.More, a.ev)
				break
			}
		}
	}
	var out []doc.Event
	if len(r.evs) > 0 {
		out = make([]doc.Event, 0, len(r.evs)) // at most one each
	}
	key := func(e *doc.Event) factKey {
		s, t := r.stateCode(e.Source, e.Cameo, false), r.stateCode(e.Target, e.Cameo, true)
		if e.Symmetric && t < s {
			s, t = t, s
		}
		k := factKey{code: e.Cameo[:3], src: s, tgt: t, at: -1}
		// (a torture and a killing, 1822 and 1823, are two assaults)
		// (and so are a search, 171, and a seizure, 1711)
		if e.Cameo[:2] == "18" || e.Cameo[:3] == "171" {
			k.code = e.Cameo
		}
		if e.Source == nil || e.Target == nil {
			k.at = e.Evidence.Trigger.Start
		}
		return k
	}
	index := make(map[factKey]int, len(r.evs))
	var sents []int
	var nouns, rels []bool
	r.outSent = &sents
	r.outNoun = &nouns
	r.outRel = &rels
	// the countries whose drivers protest or strike in the story: their
	// drivers detained or freed there are the strikers (driverRole)
	striking := map[string]bool{}
	for _, c := range r.evs {
		if a := c.ev.Source; a != nil && (c.ev.Cameo[:2] == "14" || strings.HasPrefix(c.ev.Cameo, "082")) && r.isDriver(a) {
			striking[a.Country] = true
		}
	}
	for _, c := range r.evs {
		if r.clashToll(c) {
			continue
		}
		r.arrestingForce(c)
		// "Campesinos atacaron a los guerrilleros": a crowd's violence
		// against an armed group of no state is no riot (145, a protest
		// against those who rule) but violence by civilians (180)
		if c.ev.Cameo == "145" && c.ev.Target != nil && armedNonState(c.ev.Target) {
			c.ev.Cameo = "180"
		}
		c.ev.Source = r.priorRole(c.ev.Source)
		c.ev.Target = r.priorRole(c.ev.Target)
		c.ev.Source = r.protestRole(c.ev.Source)
		c.ev.Target = r.protestRole(c.ev.Target)
		// (a doer found after the event was built, "fueron liberados ...
		// después de que un grupo de piratas los secuestró", makes a
		// plural demonym its victims too)
		c.ev.Target = nationals(c.ev.Source, c.ev.Target, c.ev.Cameo)
		c.ev.Source = r.driverRole(c.ev.Source, c.ev.Cameo, true, striking)
		c.ev.Target = r.driverRole(c.ev.Target, c.ev.Cameo, false, striking)
		e := c.ev
		k := key(&e)
		i, ok := index[k]
		if !ok && !c.own {
			i, ok = r.sameFact(out, &e, c.sent, c.conj, c.noun, c.rel)
		}
		// (and so is an agreement told by a participle set off by a comma,
		// "El acuerdo, firmado el lunes por la noche, ...")
		if !ok && (c.definite || e.Cameo == "057" && !c.noun && c.head > 0 && r.d.Tokens[c.head-1].Text == "," && r.hasForm(c.head, morph.Part)) {
			i, ok = r.toldBefore(out, &e, c.sent)
		}
		if !ok && !c.noun {
			i, ok = r.casualtiesOf(out, &e, c.sent)
		}
		if ok {
			o := &out[i]
			o.More = append(o.More, e.Evidence)
			// (a restatement told with another modality, a meeting held
			// and one set for Friday, lends no date: its day is the plan's)
			if o.Date == "" && e.Modality == o.Modality {
				o.Date = e.Date
			}
			if o.Location == nil {
				o.Location = e.Location
			}
			o.ReportedBy = mergeReporters(o.ReportedBy, e.ReportedBy)
			o.Quantities = append(o.Quantities, e.Quantities...)
			if e.Confidence > o.Confidence {
				o.Confidence = e.Confidence
			}
			continue
		}
		index[k] = len(out)
		out = append(out, e)
		sents = append(sents, c.sent)
		nouns = append(nouns, c.noun)
		rels = append(rels, c.rel)
	}
	// an undated event elaborates a dated meeting or call between the same
	// two actors told just before it ("Putin también compartió con Kim..."
	// after their call on Tuesday): it takes that date; an act of force
	// between them ("since a ceasefire took effect in March, killing two
	// soldiers") elaborates no agreement or meeting, and keeps none; and
	// the dated act must be a meeting, a call, talks or an agreement (roots
	// 03 to 05): a truce, aid or a release (06 to 08) told before is no
	// occasion later acts elaborate ("agreed a ceasefire in March ... called
	// off a meeting")
	last := func(e *doc.Event) int {
		n := e.Evidence.Sentence
		for _, m := range e.More {
			if m.Sentence > n {
				n = m.Sentence
			}
		}
		return n
	}
	for i := range out {
		e := &out[i]
		if e.Date != "" || e.Source == nil || e.Target == nil || forceful(e.Cameo) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := &out[j]
			if !o.Symmetric || !(o.Cameo[:2] >= "03" && o.Cameo[:2] <= "05") || o.Date == "" || o.Modality == doc.Planned || o.Source == nil || o.Target == nil || e.Evidence.Sentence-last(o) > 3 || e.Evidence.Sentence < o.Evidence.Sentence {
				continue
			}
			if samePair(o, e) {
				e.Date = o.Date
				break
			}
		}
	}
	// an undated act of force told in one sentence and detailed, with its
	// time, by an act of force of the same side in the next ("Boko Haram
	// mataron a 41 personas en un ataque ... Los atacantes llegaron poco
	// después de las 21.00 horas del domingo, incendiaron viviendas"):
	// the same attack, the same day
	for i := range out {
		e := &out[i]
		if e.Date != "" || !forceful(e.Cameo) || e.Modality != doc.Asserted || e.Source == nil || e.Source.Country == "" {
			continue
		}
		for j := range out {
			o := &out[j]
			if o.Evidence.Sentence == e.Evidence.Sentence+1 && o.Date != "" && forceful(o.Cameo) && o.Modality == doc.Asserted &&
				o.Source != nil && o.Source.Country == e.Source.Country && !otherStep(e.Cameo, o.Cameo) {
				e.Date = o.Date
				break
			}
		}
	}
	// an undated act of protest or force in a sentence that names no time,
	// told after the story's first dated event, itself an act of protest
	// or force by a side of the same country, with no other day named
	// between, is told of that day: the story has not moved on
	// ("terminó el miércoles en enfrentamientos con la policía ... Cuando
	// la columna intentó acercarse al Congreso, la policía lanzó gases")
	for i := range out {
		e := &out[i]
		if e.Date != "" || e.Modality != doc.Asserted || !clash(e.Cameo) || e.Source == nil || e.Source.Country == "" || r.timedSentence(e.Evidence.Sentence) {
			continue
		}
		for j := 0; j < i; j++ {
			o := &out[j]
			if o.Date == "" || o.Evidence.Sentence >= e.Evidence.Sentence {
				continue
			}
			if clash(o.Cameo) && o.Modality == doc.Asserted && len(o.Date) == 10 && o.Source != nil && o.Source.Country == e.Source.Country &&
				!r.otherDayBetween(o.Date, o.Evidence.Sentence, e.Evidence.Sentence) {
				e.Date = o.Date
			}
			break // the story's first dated event decides
		}
	}
	// an unplaced act of cooperation between the two actors of a placed
	// one told just before ("Lula llegó a Ciudad de México ... Sheinbaum
	// recibió a Lula en el Palacio Nacional") happened there too
	for i := range out {
		e := &out[i]
		if e.Location != nil || e.Source == nil || e.Target == nil || !cooperative(e.Cameo) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := &out[j]
			if e.Evidence.Sentence-last(o) > 2 {
				break
			}
			if o.Location != nil && o.Source != nil && o.Target != nil && cooperative(o.Cameo) && samePair(o, e) {
				l := *o.Location
				e.Location = &l
				break
			}
		}
	}
	// "withdrew the tax and lifted the curfew, conceding to the protesters":
	// a concession with no one named yields to whom another concession by
	// the same source in its sentence yields
	for i := range out {
		e := &out[i]
		if e.Target != nil || e.Source == nil || e.Cameo[:2] != "08" {
			continue
		}
		for j := range out {
			o := &out[j]
			if j != i && sents[j] == sents[i] && o.Cameo[:2] == "08" && o.Target != nil && o.Source != nil && o.Source.Code == e.Source.Code && o.Target.Code != e.Source.Code {
				t := *o.Target
				e.Target = &t
				break
			}
		}
	}
	// "Thousands of Iraqi Kurds demonstrated in Kirkuk": a protest that
	// names no one it is against is aimed at a government (filled once
	// the restatements are merged, so that the guess joins no two facts);
	// so is a protest or strike announced or threatened (133, "la CGTP
	// anunció una marcha nacional", "will strike if the decree stands"):
	// CAMEO's threat of dissent is made on those the protest would be
	// against
	for i := range out {
		e := &out[i]
		// "entered Japan's territorial waters", "violated Estonian
		// airspace": a show of force (15) made on a country named bare is
		// made on its state, not a place it acted in ("exercises in
		// Alaska") (once restatements are merged: two intrusions
		// told apart stay apart)
		if t := e.Target; t != nil && t.Kind != "place" && strings.HasPrefix(e.Cameo, "15") && len(t.Country) == 3 && t.Code == t.Country && len(t.Roles) == 0 && e.Source != nil && e.Source.Country != t.Country {
			e.Target = governmentOf(t, "+shown force")
		}
		// "se manifestaron ante el Parlamento", "gathered outside
		// parliament to oppose a tax bill": a legislature named only as
		// the place a protest (or the protest threatened) gathers is where
		// it happens; the protest is aimed at the government, as one that
		// names no one is, unless the legislature itself acts in the story
		// ("marcharon hasta el Congreso" after "la ley de amnistía que el
		// Congreso aprobó"): then the protest faces it
		if (e.Cameo[:2] == "14" || e.Cameo == threatenProtest) && r.seatOnly(e.Target) && !legislatureActs(out, e.Target.Code) {
			c := e.Target.Country
			e.Target = &doc.Actor{Span: e.Evidence.Trigger, Code: c + "GOV", Name: "government", Country: c,
				Roles: []string{"GOV"}, Kind: "implied", Source: "implied:government of " + c, Head: e.Evidence.Trigger}
		}
		// "transportistas paralizaron el servicio urbano de Trujillo",
		// "blocked the roads of the province": a protest (or a people's
		// demand) whose patient is a place of the doers' own country is
		// aimed at its government, not at the country as a place
		// (and so is the protest called off: "los gremios levantaron el
		// paro" after "paralizaron el servicio de Trujillo", or threatened:
		// "llamó a una huelga general" after protests in Maputo)
		if (e.Cameo[:2] == "14" || e.Cameo[:2] == "10" || e.Cameo == easeDissent || e.Cameo == threatenProtest) && e.Target != nil && e.Target.Kind == "place" && e.Target.Code == e.Target.Country &&
			len(e.Target.Country) == 3 && e.Source != nil && e.Source.Country == e.Target.Country && e.Source.Code != e.Source.Country && !hasRole(e.Source, stateRoles) {
			c := e.Target.Country
			e.Target = &doc.Actor{Span: e.Target.Span, Code: c + "GOV", Name: "government", Country: c,
				Roles: []string{"GOV"}, Kind: "implied", Source: "implied:government of " + c, Head: e.Target.Head}
		}
		if e.Target == nil && (e.Cameo[:2] == "14" || e.Cameo == threatenProtest) {
			e.Target = r.aimed(e, protestGovernment(e.Source, e.Location, e.Evidence.Trigger))
			// "hubo manifestaciones de protesta en Bogotá": with no doers
			// named, the government of the country where it happened
			if e.Source == nil && e.Location != nil && len(e.Location.Country) == 3 {
				c := e.Location.Country
				e.Target = r.aimed(e, &doc.Actor{Span: e.Evidence.Trigger, Code: c + "GOV", Name: "government", Country: c,
					Roles: []string{"GOV"}, Kind: "implied", Source: "implied:government of " + c, Head: e.Evidence.Trigger})
			}
		}
		// "Los jubilados exigen un reajuste de las pensiones", "the miners
		// demanded higher pay": a people's demand that names no one it is
		// made on is made on a government, as its protest would be (a
		// country or a body of the state demanding names whom it
		// addresses, or addresses no one in particular)
		if e.Target == nil && e.Cameo[:2] == "10" && e.Source != nil && e.Source.Code != e.Source.Country {
			e.Target = r.aimed(e, protestGovernment(e.Source, e.Location, e.Evidence.Trigger))
		}
		// "marcharon hasta el Congreso para exigir la derogación de la
		// ley" after "la ley de amnistía que el Congreso aprobó": a
		// protest or a people's demand aimed at the government by default,
		// in a sentence that names the legislature of that country, is
		// aimed at the legislature when it acts in the story
		if t := e.Target; t != nil && t.Kind == "implied" && t.Code == t.Country+"GOV" && (e.Cameo[:2] == "14" || e.Cameo[:2] == "10" || e.Cameo == threatenProtest) {
			if leg := r.sentenceActor(e.Evidence.Sentence, t.Country+"LEG"); leg != nil && legislatureActs(out, leg.Code) {
				l := *leg
				e.Target = &l
			} else if e.Source != nil && hasRole(e.Source, []string{"LAB"}) {
				// "Los trabajadores de la mina, operada por la empresa
				// Minera Cerro Alto, iniciaron una huelga": workers'
				// strike or demand, in a sentence that names a company
				// of their country, is aimed at that employer
				if b := r.sentenceActor(e.Evidence.Sentence, t.Country+"BUS"); b != nil {
					l := *b
					e.Target = &l
				}
			}
		}
	}
	r.storyPlaces(out, sents)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Evidence.Trigger.Start < out[b].Evidence.Trigger.Start })
	inOffice := r.tookOffice()
	for i := range out {
		out[i].ID = eventID(i + 1)
		// once merged: restatements are found by the names as told
		e := &out[i]
		// "Tarimas, who was sworn in on Wednesday, appealed for calm": a
		// person of no state role told as taking office acts and is
		// acted upon as the government from that sentence on
		e.Source = inOfficeAt(inOffice, e.Source, e.Evidence.Sentence)
		e.Target = inOfficeAt(inOffice, e.Target, e.Evidence.Sentence)
		if e.Source != nil && len(e.Source.Code) == 3 && e.Source.Code == e.Source.Country && e.Source.Kind != "agent" && r.armedAt[e.Evidence.Trigger.Start] {
			e.Source = militaryOf(e.Source)
		}
		src, tgt := r.statehood(e.Source, e.Cameo, false), r.statehood(e.Target, e.Cameo, true)
		tgt = foreignOrganState(e, src, tgt)
		tgt = releaseHolder(e, src, tgt)
		if src == nil || tgt == nil || src.Code != tgt.Code {
			e.Source, e.Target = src, tgt // never one party on both sides
		}
	}
	coupReactions(out)
	arrestedOfCrowd(out)
	return out
}

// arrestedOfCrowd: "Police fired tear gas to disperse striking drivers
// ..., and arrested 41 people": people of no role but civilians arrested
// (173) by a police or army that dispersed or repressed (175) a group of
// their country with a role of its own, earlier in the same sentence, are
// of that group.
func arrestedOfCrowd(out []doc.Event) {
	for i := range out {
		e := &out[i]
		if !strings.HasPrefix(e.Cameo, "173") || e.Source == nil || e.Target == nil || len(e.Target.Country) != 3 || e.Target.Code != e.Target.Country+"CVL" {
			continue
		}
		for j := range out {
			o := &out[j]
			if j == i || o.Evidence.Sentence != e.Evidence.Sentence || o.Evidence.Trigger.Start >= e.Evidence.Trigger.Start || !strings.HasPrefix(o.Cameo, "175") ||
				o.Source == nil || o.Source.Code != e.Source.Code || o.Target == nil || o.Target.Country != e.Target.Country || len(o.Target.Roles) == 0 || hasRole(o.Target, []string{"CVL"}) || hasRole(o.Target, stateRoles) {
				continue
			}
			t := *o.Target
			t.Span, t.Head = e.Target.Span, e.Target.Head
			e.Target = &t
			break
		}
	}
}

// coupReactions: once a country's army has seized, detained, removed or
// dissolved its government (an asserted act of 17x, 1711 or 192 by
// c+"MIL" on c+"GOV": a coup), the acts of foreign states and
// organisations aimed at that country's government after it ("suspended
// Madagascar", "called for the release of the president", "condenó la
// intentona") are aimed at the army that holds power.
func coupReactions(out []doc.Event) {
	for i := range out {
		e := &out[i]
		if e.Source == nil || e.Target == nil || e.Modality != doc.Asserted || len(e.Source.Country) != 3 {
			continue
		}
		c := e.Source.Country
		if e.Source.Code != c+"MIL" || e.Target.Code != c+"GOV" || !(strings.HasPrefix(e.Cameo, "17") || e.Cameo == "192") {
			continue
		}
		for j := i + 1; j < len(out); j++ {
			o := &out[j]
			if o.Target != nil && o.Target.Code == c+"GOV" && o.Source != nil && o.Source.Country != c && o.Evidence.Sentence > e.Evidence.Sentence {
				o.Target = militaryOf(o.Target)
			}
		}
		return
	}
}

// tookOffice maps the name of each person of no state role (opposition,
// party, elite, or none) told as taking office (cue kind office in a
// sentence that mentions them: "Tarimas, who was sworn in", "juró como
// presidente") to the first such sentence.
func (r *run) tookOffice() map[string]int {
	var out map[string]int
	for i := range r.d.Actors {
		a := &r.d.Actors[i]
		if a.Kind != "person" || a.Name == "" || len(a.Country) != 3 || hasRole(a, stateRoles) {
			continue
		}
		t := r.d.TokenAt(a.Start)
		if t < 0 {
			continue
		}
		si := int(r.d.Tokens[t].Sent)
		if _, ok := out[a.Name]; ok || si < 0 || si >= len(r.d.Sentences) {
			continue
		}
		s := r.d.Sentences[si]
		for j := s.FirstTok; j < s.EndTok; j++ {
			if _, ok := r.lx.cueAt(r.info, j, s.EndTok, kOffice); ok {
				if out == nil {
					out = map[string]int{}
				}
				out[a.Name] = si
				break
			}
		}
	}
	return out
}

// inOfficeAt is a coded as its country's government (GOV) when its name
// took office (see tookOffice) in sentence si or before; else a itself.
func inOfficeAt(in map[string]int, a *doc.Actor, si int) *doc.Actor {
	if a == nil || len(a.Country) != 3 || a.Kind != "person" && a.Kind != "pronoun" || hasRole(a, []string{"GOV"}) {
		return a
	}
	if s, ok := in[a.Name]; !ok || s > si {
		return a
	}
	return governmentOf(a, "+office")
}

// releaseHolder gives a demand or an appeal for the release of people
// (1053, 0253) aimed at a state's police, army or courts found as their
// captor, or still aimed at the people themselves once no captor was
// found ("reclamó la liberación de los detenidos", "demanded the release
// of the protesters") the government of their country, which holds them:
// an armed group or a gang that holds them is found as the captor before
// (see captor), and a government's own appeal about its people is left.
func releaseHolder(e *doc.Event, src, tgt *doc.Actor) *doc.Actor {
	if e.Cameo != "1053" && e.Cameo != "0253" || tgt == nil || len(tgt.Country) != 3 || hasRole(tgt, []string{"GOV"}) {
		return tgt
	}
	// (a state's police, army or courts found as the captor: the demand
	// is made on the state, "demanded the release of the ship and its crew"
	// after the navy seized it)
	organ := hasRole(tgt, []string{"COP", "MIL", "JUD", "SPY"}) && tgt.Code == tgt.Country+tgt.Roles[0]
	if !organ && (!hasRole(tgt, heldRoles) || hasRole(tgt, stateRoles)) {
		return tgt
	}
	if !organ && src != nil && src.Country == tgt.Country && (src.Code == src.Country || hasRole(src, stateRoles)) {
		return tgt
	}
	return governmentOf(tgt, "+holder")
}

// heldRoles are the roles of people a state may hold: civilians,
// opposition, journalists, workers, students, farmers, refugees, rights
// defenders, business people.
var heldRoles = []string{"CVL", "OPP", "MED", "LAB", "EDU", "AGR", "REF", "HRI", "BUS"}

// foreignOrganState gives a state's diplomatic word on what another
// state's police or courts did, when its sentence does not name them, that
// other state's government ("Russia's embassy called the arrest a
// provocation", "el Departamento de Estado calificó el juicio de farsa y
// exigió la liberación" after the police arrested and a court tried: NORGOV,
// NICGOV): one state answers another for its organs' acts. Statements,
// appeals, demands, criticism, rejections, threats and cuts (roots 01-02,
// 10-13, 16) only; a body named in the sentence stays as named ("acusó a la
// Prefectura de uso desproporcionado de la fuerza").
func foreignOrganState(e *doc.Event, src, tgt *doc.Actor) *doc.Actor {
	if src == nil || tgt == nil || len(src.Country) != 3 || len(tgt.Country) != 3 || src.Country == tgt.Country {
		return tgt
	}
	switch e.Cameo[:2] {
	case "01", "02", "10", "11", "12", "13", "16":
	default:
		return tgt
	}
	if !(len(src.Code) == 3 && src.Code == src.Country || hasRole(src, []string{"GOV"})) || !hasRole(tgt, []string{"COP", "JUD"}) || tgt.Code != tgt.Country+tgt.Roles[0] {
		return tgt
	}
	if tgt.End > e.Evidence.Start && tgt.Start < e.Evidence.End {
		return tgt // named in the sentence
	}
	return governmentOf(tgt, "+state")
}

// storyReach is how many sentences back an unplaced event looks for the
// place of the story it belongs to before taking the article's lead place.
const storyReach = 3

// storyPlaces gives a material act that no word of its sentence places,
// or only the dateline does, the place where the story goes on: that of the
// latest event placed by its own words in the last storyReach sentences,
// else that of the first such event of the article (the lead's), when
// the place lies below the country level in the country of one of its
// parties ("LIMA — La policía desalojó ... en la región de Apurímac ...
// Cinco policías resultaron heridos en los enfrentamientos": Apurímac,
// not Lima). A dateline gives way only to a place in its own country.
// out is in the order the events were told; sents holds their sentences.
func (r *run) storyPlaces(out []doc.Event, sents []int) {
	// (only a material act placed by words of its own sentence tells where
	// the story is: a statement's place is where its speaker stood, "dijo
	// en una rueda de prensa en Pekín")
	told, scene := make([]bool, len(out)), make([]bool, len(out))
	for i := range out {
		told[i] = out[i].Location != nil && !r.datelinePlace(out[i].Location) && material(out[i].Cameo)
		// (a locative opening the sentence, "In Tehran, the speaker
		// warned ...", sets the scene for the rest of its paragraph)
		scene[i] = !told[i] && out[i].Location != nil && r.sceneOpener(out[i].Location, sents[i])
	}
	fits := func(i int, p *doc.Place) bool {
		e := &out[i]
		if p.Adm1 == "" || r.otherPlaceIn(sents[i], p, e.ReportedBy) {
			return false
		}
		if e.Location != nil { // the dateline's
			return p.Country == e.Location.Country
		}
		return e.Source != nil && e.Source.Country == p.Country || e.Target != nil && e.Target.Country == p.Country
	}
	for i := range out {
		if out[i].Location != nil && !r.datelinePlace(out[i].Location) || !material(out[i].Cameo) {
			continue
		}
		var best *doc.Place
		home := false
		for j := i - 1; j >= 0 && sents[i]-sents[j] <= storyReach; j-- {
			if (told[j] || scene[j] && sents[j] < sents[i] && r.sameParagraph(sents[j], sents[i])) && fits(i, out[j].Location) {
				best = out[j].Location
				break
			}
			if sents[j] < sents[i] && material(out[j].Cameo) && out[j].Location != nil && r.datelinePlace(out[j].Location) && fits(i, out[j].Location) {
				// an act of an earlier sentence that stayed at the
				// dateline when this pass was done with it ("marcharon
				// desde la Universidad ... Agentes ... detuvieron a
				// cuatro jóvenes"): the story went on there
				home = true
				break
			}
		}
		for j := 0; j < i && best == nil && !home; j++ {
			if told[j] {
				if fits(i, out[j].Location) {
					best = out[j].Location
				}
				break // only the lead's
			}
		}
		// told from the dateline, an act at a border or front line ("BANGKOK
		// — troops exchanged artillery fire along their disputed border")
		// lies where the next sentences place the story
		if best == nil && r.frontierIn(sents[i]) {
			best = r.nextPlace(sents[i], func(p *doc.Place) bool { return fits(i, p) })
		}
		if best != nil {
			p := *best
			out[i].Location = &p
		}
	}
}

// openerPlace is the place that opens the sentence of clause c as a
// locative set off by a comma, before the clause ("En San José, decenas de
// exiliados se concentraron frente a la embajada de Nicaragua"): the sentence
// says where its acts happen, whoever their parties are; nil when there is
// none or an actor holds it.
func (r *run) openerPlace(c clause, pr [2]*doc.Actor) *doc.Place {
	si := int(r.d.Tokens[c.start].Sent)
	s := r.d.Sentences[si]
	lo := r.d.Tokens[c.start].Start
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Start < s.Start || pl.End > lo {
			continue
		}
		if partyAt(pl, pr) {
			return nil
		}
		if r.sceneOpener(pl, si) {
			return pl
		}
	}
	return nil
}

// sceneOpener reports a place that opens sentence si as a locative set off
// by a comma ("In Tehran, the speaker of parliament warned ...", "En la
// capital, ..."): it sets the scene of what the next sentences tell, words
// or deeds.
func (r *run) sceneOpener(p *doc.Place, si int) bool {
	s := r.d.Sentences[si]
	ti, te := r.d.TokenAt(p.Start), r.d.TokenAt(p.End-1)
	if ti <= r.datelineEnd || te+1 >= len(r.d.Tokens) || r.d.Tokens[te+1].Text != "," {
		return false
	}
	j := s.FirstTok
	if j >= ti || !r.word(j) || !r.lx.is(kLoc, r.info[j].fold) {
		return false
	}
	return r.onlyDetBetween(j+1, ti)
}

// sameParagraph reports that no blank line parts sentences a and b (a < b).
func (r *run) sameParagraph(a, b int) bool {
	nl := 0
	for _, c := range r.d.Text[r.d.Sentences[a].End:r.d.Sentences[b].Start] {
		switch c {
		case '\n':
			if nl++; nl > 1 {
				return false
			}
		case ' ', '\t', '\r':
		default:
			nl = 0
		}
	}
	return true
}

// nextPlace returns the first place told with a locative preposition in
// the two sentences after si ("... in Surin province") that ok accepts.
func (r *run) nextPlace(si int, ok func(*doc.Place) bool) *doc.Place {
	for k := si + 1; k <= si+2 && k < len(r.d.Sentences); k++ {
		s := r.d.Sentences[k]
		for i := range r.d.Places {
			pl := &r.d.Places[i]
			if pl.Start < s.Start || pl.End > s.End {
				continue
			}
			ti := r.d.TokenAt(pl.Start)
			if ti <= r.datelineEnd || !r.lx.is(kLoc, r.nearGovernor(ti, s.FirstTok)) && !r.locPhraseBefore(ti, s.FirstTok) || !ok(pl) {
				continue
			}
			return pl
		}
	}
	return nil
}

// frontierIn reports a word naming a border or front line (cue kind
// frontier) in sentence si, outside the actors' names ("border guards")
// and outside a relative clause on an actor, which tells about the party,
// not where the act is ("has deported two journalists who had reported on
// scam compounds near the Thai border").
func (r *run) frontierIn(si int) bool {
	s := r.d.Sentences[si]
	rel := false
	for j := s.FirstTok; j < len(r.d.Tokens) && r.d.Tokens[j].Start < s.End; j++ {
		if r.word(j) && r.isCue(kRelPron, j) && j > s.FirstTok && (r.inActor(j-1) || j-1 > s.FirstTok && r.d.Tokens[j-1].Text == "," && r.inActor(j-2)) {
			rel = true
			continue
		}
		if rel && r.d.Tokens[j].Kind == doc.Punct {
			rel = false
		}
		if !rel && r.isCue(kFrontier, j) && !r.inActor(j) {
			return true
		}
	}
	return false
}

// otherPlaceIn reports a place told with a locative preposition in
// sentence si, outside the dateline, in another country or first-level
// region than p ("atacaron un puesto cerca del pueblo de Sotk, en la
// provincia de Gegharkunik"): the sentence says where it is, though no
// party's country took the place for the event.
func (r *run) otherPlaceIn(si int, p *doc.Place, reps []doc.Reporter) bool {
	s := r.d.Sentences[si]
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Start < s.Start || pl.End > s.End {
			continue
		}
		ti := r.d.TokenAt(pl.Start)
		if ti <= r.datelineEnd || !r.lx.is(kLoc, r.nearGovernor(ti, s.FirstTok)) && !r.locPhraseBefore(ti, s.FirstTok) {
			continue
		}
		if r.reporterSeat(ti, reps) {
			continue
		}
		if pl.Country != p.Country || pl.Adm1 != "" && pl.Adm1 != p.Adm1 {
			return true
		}
	}
	return false
}

// reporterSeat reports a place at token ti that a locative preposition
// joins right to the end of one of the event's reporters ("según la
// Asociación de Annoboneses en Madrid", "according to the committee in
// Geneva"): it places the source, not the act.
func (r *run) reporterSeat(ti int, reps []doc.Reporter) bool {
	if ti < 2 || !r.word(ti-1) || !r.lx.is(kLoc, r.info[ti-1].fold) {
		return false
	}
	for _, rp := range reps {
		if rp.End > 0 && r.d.TokenAt(rp.End-1) == ti-2 {
			return true
		}
	}
	return false
}

// material reports a code of a material act, done where it is told to
// happen (aid given, protest, coercion, force: roots 07 and 14 to 20), not
// said wherever its speaker is.
func material(code string) bool { return code[:2] == "07" || code[:2] >= "14" && code[:2] <= "20" }

// datelinePlace reports a location that is the article's dateline.
func (r *run) datelinePlace(p *doc.Place) bool {
	return r.dateline != nil && p.Start == r.dateline.Start && p.End == r.dateline.End
}

// askedCodes gives an appeal (020) or a demand (100) the sub-code of
// the act it asks for: the nearest act asked for after it in its
// sentence, within sixteen words, with no other appeal or demand between
// ("instó a Rusia a negociar" 026, "exigió la liberación" 1053).
func (r *run) askedCodes() {
	for _, e := range r.evs {
		if e.ev.Cameo != "020" && e.ev.Cameo != "100" {
			continue
		}
		best := -1
		for n, a := range r.asked {
			if a.sent == e.sent && a.head > e.head && a.head-e.head <= 16 && (best < 0 || a.head < r.asked[best].head) {
				best = n
			}
		}
		if best < 0 {
			continue
		}
		a := r.asked[best]
		between := false
		for _, o := range r.evs {
			if o != e && o.sent == e.sent && o.head > e.head && o.head < a.head && (o.ev.Cameo[:2] == "02" || o.ev.Cameo[:2] == "10") {
				between = true
			}
		}
		if c := r.c.askedCode(e.ev.Cameo, a.code); c != "" && !between {
			e.ev.Cameo = c
			if (c == "1053" || c == "0253") && e.ev.Target != nil && !hasRole(e.ev.Target, stateRoles) {
				// "Venezuela pidió la liberación de su ciudadano" after
				// "el ELN secuestró a cuatro trabajadores": a demand or an
				// appeal for the release of people is made on whoever
				// holds them, not on them
				if h := r.captor(e.sent, e.head, e.ev.Source, e.ev.Target); h != nil {
					t := *h
					e.ev.Target = &t
				}
			}
		}
	}
}

// releasedByCaptor reads an agentless release (0841) told before the
// abduction of the same people later in its sentence ("fueron liberados
// en Bayelsa, 23 días después de que un grupo de piratas los secuestró"):
// the kidnappers released them, and the object clitic of the abduction
// stands for the people released.
func (r *run) releasedByCaptor() {
	var filled map[*cand]bool // abductions whose clitic took the released people
	for _, e := range r.evs {
		if !strings.HasPrefix(e.ev.Cameo, "0841") || e.ev.Source != nil || e.ev.Target == nil || e.noun {
			continue
		}
		for _, o := range r.evs {
			if o.sent != e.sent || o.head <= e.head || o.noun || !strings.HasPrefix(o.ev.Cameo, "181") || o.ev.Source == nil || o.ev.Modality == doc.Negated {
				continue
			}
			if o.ev.Target == nil {
				st := r.d.Sentences[o.sent]
				if !r.objectCliticBefore(match{head: o.head}, clause{st.FirstTok, st.EndTok}) {
					continue
				}
				t := *e.ev.Target
				o.ev.Target = &t
				if filled == nil {
					filled = map[*cand]bool{}
				}
				filled[o] = true
			} else if o.ev.Target.Code != e.ev.Target.Code && !filled[o] {
				continue
			}
			s := *o.ev.Source
			e.ev.Source = &s
			break
		}
	}
}

// rejectedGroup gives a rejection (12) aimed at armed men named by a bare
// common noun in lower case ("ruled out any prisoner exchange with
// \"terrorists\"", "rejected talks with the militants") the armed group of
// no state the story named by name before it (IMG: "Al Qaeda in the
// Arabian Peninsula released a video ..."), not rebels of the country
// the actors stage lent the noun. Rebels a country or a name qualifies
// ("Syrian rebels", "the Houthi rebels") stay as they are.
func (r *run) rejectedGroup() {
	for _, e := range r.evs {
		if e.ev.Cameo[:2] == "12" {
			if g := r.namedGroupBefore(e.ev.Target); g != nil && (e.ev.Source == nil || e.ev.Source.Code != g.Code) {
				e.ev.Target = g
			}
		}
		// (and so are the armed men who demand or threaten: "A masked
		// militant ... demands that the government free 12 members")
		if c := e.ev.Cameo[:2]; c == "10" || c == "13" {
			if g := r.namedGroupBefore(e.ev.Source); g != nil && (e.ev.Target == nil || e.ev.Target.Code != g.Code) {
				e.ev.Source = g
			}
		}
	}
}

// namedGroupBefore gives, for armed men t named by a bare common noun in
// lower case (rebels of a country only by the actors stage's lending),
// the armed group of no state (IMG) the story named by name before them,
// on t's span; nil if t is no such noun or no group was named.
func (r *run) namedGroupBefore(t *doc.Actor) *doc.Actor {
	if t == nil || len(t.Roles) == 0 || t.Code != t.Country+t.Roles[0] || !hasRole(t, []string{"REB", "INS"}) || t.End <= t.Start {
		return nil
	}
	if txt := r.d.RawText(t.Span); strings.ToLower(txt) != txt {
		return nil
	}
	var g *doc.Actor
	for i := range r.d.Actors {
		a := &r.d.Actors[i]
		if a.Start >= t.Start {
			break
		}
		if strings.HasPrefix(a.Code, "IMG") {
			g = a
		}
	}
	if g == nil {
		return nil
	}
	b := *g
	b.Span, b.Head = t.Span, t.Head
	return &b
}

// captor returns the doer of the latest abduction or arrest (181, 173)
// told before the appeal e whose captives are people of e's target's
// country and first role (any country when one of them has none; any
// captives when the target is the appealer's own national, any role when
// a civilian), not the appealer's own state; or nil.
func (r *run) captor(sent, head int, src, t *doc.Actor) *doc.Actor {
	for i := len(r.evs) - 1; i >= 0; i-- {
		o := r.evs[i]
		if o.sent > sent || o.sent == sent && o.head >= head {
			continue
		}
		ev := &o.ev
		if ev.Source == nil || ev.Target == nil || ev.Modality == doc.Negated || !strings.HasPrefix(ev.Cameo, "181") && ev.Cameo != "173" {
			continue
		}
		// (the appealer's own nationals may be among captives of another
		// country: "un ingeniero venezolano" among Colombian workers)
		own := src != nil && t.Country == src.Country
		if !own && ev.Target.Country != "" && t.Country != "" && ev.Target.Country != t.Country || !own && firstOf(ev.Target.Roles) != firstOf(t.Roles) && firstOf(t.Roles) != "CVL" || hasRole(ev.Target, stateRoles) {
			continue
		}
		if src != nil && sameState(ev.Source, src) {
			continue
		}
		return ev.Source
	}
	return nil
}

// firstOf returns the first of roles, or "".
func firstOf(roles []string) string {
	if len(roles) == 0 {
		return ""
	}
	return roles[0]
}

// sameFact finds an earlier event of the same sentence and root whose
// actors agree with e's where both name one ("manifestaciones de
// protesta", "una huelga ... en protesta"): the same fact told twice. The
// one with more actors absorbs the other. A verb of words or diplomacy
// joined to an earlier one by "y", with a code of its own and both parties
// ("llamó a consultas a su embajador y suspendió la cooperación"), is a
// second act, not the first told twice; in protest, coercion or force two
// verbs may be the steps of one ("dispararon e hirieron").
func (r *run) sameFact(out []doc.Event, e *doc.Event, sent int, conj, noun, rel bool) (int, bool) {
	for i := len(out) - 1; i >= 0; i-- {
		if (*r.outSent)[i] != sent {
			break
		}
		o := &out[i]
		// "will give Tanzania a grant ... to finance several projects",
		// "is willing to send material to help defend Saudi Arabia": an
		// act of cooperation told right after the promise of one, not
		// conjoined to it, between the same two, is the act promised
		promise := !conj && o.Cameo[:2] == "03" && e.Cameo[:2] != "03" && r.c.intentCode(e.Cameo) != ""
		if o.Cameo[:2] != e.Cameo[:2] && !promise {
			continue
		}
		if conj && o.Cameo != e.Cameo && (e.Cameo[:2] < "14" || e.Cameo[:2] == "16") && e.Source != nil && (e.Target != nil || e.Cameo[:2] == "08") {
			continue // concessions are told with no one named ("withdrew the tax and lifted the curfew")
		}
		// "condenó la agresión y anunció que presentará una queja": a
		// condemnation and a formal complaint told after it, both between
		// two named parties, are two acts (not "protestó contra lo que
		// calificó de ...": the words of the complaint itself); so are a
		// condemnation and a lawsuit told after it ("lo calificó de
		// inconstitucional y anunció que lo impugnará ante la justicia")
		if o.Cameo != e.Cameo && (e.Cameo == "114" || e.Cameo == "115") && e.Source != nil && e.Target != nil && o.Source != nil && o.Target != nil {
			continue
		}
		// "secuestraron y asesinaron a un alcalde": an abduction and a
		// killing are two assaults on one patient; a bare assault (180)
		// restates the finer one joined to it, and coercion keeps its
		// steps together ("dispersed them, arresting 12")
		if conj && o.Cameo != e.Cameo && e.Cameo[:2] == "18" && !bareCode(o.Cameo) && !bareCode(e.Cameo) &&
			e.Source != nil && e.Target != nil && o.Target != nil {
			continue
		}
		// "dispararon gases contra los manifestantes y detuvieron a 40
		// personas": an arrest told by a verb of its own, with its own
		// patient, joined to another act of coercion is a second act
		// (not a participle: "dispersed them, arresting 12")
		// (also when the two verbs' doers took their country apart, "la
		// policía disparó gases en Quito y detuvo a 15 estudiantes", and
		// when the arrest's own pattern names its patient, "y detuvo a
		// más de 50 personas")
		// (and a passive clause of its own joined to it, "fired tear gas,
		// and 12 people were detained"; and so is a seizure joined to a
		// search, 171: "allanó depósitos y decomisó productos")
		// (or an infinitive its joined verb governs: "y procedieron a
		// efectuar varias detenciones")
		if ((conj || r.coordBefore(e)) && (r.hasForm(r.d.TokenAt(e.Evidence.Trigger.Start), morph.Past) || r.infGovernor(r.d.TokenAt(e.Evidence.Trigger.Start)) >= 0) || r.passiveConjunct(o, e)) && !noun && !(*r.outNoun)[i] && o.Cameo != e.Cameo && e.Cameo[:2] == "17" && ((o.Cameo == "173") != (e.Cameo == "173") || (o.Cameo == "171") != (e.Cameo == "171")) && e.Source != nil && (e.Target != nil || r.objectInTrigger(e)) {
			continue
		}
		// "ordenó despojarlos de la nacionalidad y mandó confiscar sus
		// bienes": a seizure of property joined to a sanction on the
		// people themselves is a second act
		if conj && !noun && o.Cameo != e.Cameo && e.Cameo[:2] == "17" && (o.Cameo == "1711") != (e.Cameo == "1711") && e.Source != nil && e.Target != nil {
			continue
		}
		// "se concentraron ante la sede y bloquearon las calles": two kinds
		// of protest (a rally, a blockade) are two acts; only a bare
		// protest (140) restates a finer one ("una huelga en protesta"), and
		// a nominal protest may name the act a verb tells
		if conj && !noun && !(*r.outNoun)[i] && o.Cameo[:2] == "14" && o.Cameo != e.Cameo && o.Cameo != "140" && e.Cameo != "140" {
			continue
		}
		// "los maestros, que marcharon el lunes, bloquearon la carretera":
		// a protest told by a relative clause set off on its doers and
		// one of another kind told by the main verb are two acts too
		if rel != (*r.outRel)[i] && !noun && !(*r.outNoun)[i] && o.Cameo[:2] == "14" && o.Cameo != e.Cameo && o.Cameo != "140" && e.Cameo != "140" {
			continue
		}
		// "los amotinados, que lanzaron tejas contra los guardianes,
		// protestaban contra el hacinamiento", "protestaron lanzando
		// piedras", "los cocaleros que protestan ... incendiaron un
		// tanque": two kinds of protest a named group did, both told by
		// verbs, are two acts (a nominal protest still
		// names the act a verb tells; English only by verbs it cannot
		// read as nouns: "Indigenous protests ... blocked the roads")
		// (so is one of another kind told by a verb whose subject names
		// no actor, in a clause of its own: "los maestros bloquearon la
		// carretera, mientras que la mayoría paralizó las labores")
		if r.d.Lang == "es" && !noun && !(*r.outNoun)[i] && o.Cameo[:2] == "14" && o.Cameo != e.Cameo && o.Source != nil && (e.Source != nil || !conj && !rel) {
			// ("la mayoría", "otros": a part of the group named before)
			if e.Source == nil && r.partOfBefore(e) {
				src := *o.Source
				e.Source = &src
			}
			continue
		}
		// "incendiaron un depósito de petróleo y chocaron con el ejército":
		// two verbs of protest of one kind joined by "y", the later aimed
		// at someone the earlier is not, are two acts (the depot burnt is
		// no act against the army)
		if conj && !noun && !(*r.outNoun)[i] && o.Cameo[:2] == "14" && o.Cameo == e.Cameo && o.Source != nil && o.Target == nil && e.Target != nil &&
			o.Evidence.Trigger != e.Evidence.Trigger {
			continue
		}
		// "la manifestación reunió a 100.000 personas, mientras que otras
		// manifestaciones se realizaban en Chicago": a protest noun right
		// after a word of more of the same (cue kind renewed) is another act
		if noun && e.Cameo[:2] == "14" && o.Cameo[:2] == "14" && r.renewedBefore(e) {
			continue
		}
		// "convocó a una jornada de protestas y amenazó con recurrir a la
		// lucha armada": a protest announced (133) and a threat of another
		// kind told by its own verb are two threats
		// (not a bare warning whose complement is that announced protest,
		// by the same doer: "advirtieron que, si el Senado aprueba la
		// reforma, convocarán a un nuevo paro" is one threat, 133)
		if o.Cameo != e.Cameo && (o.Cameo == threatenProtest && !noun || e.Cameo == threatenProtest && !(*r.outNoun)[i]) {
			if !r.warnedProtest(o, e, conj, noun, (*r.outNoun)[i]) {
				continue
			}
			// (the protest announced keeps its own target; a party the
			// warning found in the condition, "si el Senado aprueba", is
			// no one the threat is aimed at)
			if o.Cameo == "130" {
				if o.Source == nil {
					o.Source = e.Source
				}
				if e.Target != nil || o.Target != nil && r.conditionBetween(r.d.TokenAt(o.Evidence.Trigger.Start), r.d.TokenAt(o.Target.Start)) {
					o.Target = e.Target
				}
				o.Cameo = e.Cameo
			}
			return i, true
		}
		// "el comandante advirtió que Irán cerrará el estrecho si ...": a
		// bare warning by one who speaks for a country and the finer
		// threat it reports, made by that country or its government, are
		// one threat, the speaker's (a target of the speaker's own side
		// the threat reads, "si cruzan nuestras líneas rojas", yields to the
		// foreign one the warning names: no one threatens their own side)
		if o.Cameo == "130" && e.Cameo[:2] == "13" && e.Cameo != "130" && !conj && o.Source != nil && e.Source != nil &&
			len(o.Source.Country) == 3 && (e.Source.Code == o.Source.Country || e.Source.Code == o.Source.Country+"GOV") &&
			(agree(o.Target, e.Target) || o.Target != nil && e.Target != nil && e.Target.Country == o.Source.Country && o.Target.Country != o.Source.Country) {
			if o.Target == nil && e.Target != nil {
				o.Target = e.Target
			}
			// the same warning told to each of several targets is that
			// threat to each
			for j := range out {
				if w := &out[j]; w.Cameo == "130" && (*r.outSent)[j] == sent && w.Evidence.Trigger == o.Evidence.Trigger {
					w.Cameo = e.Cameo
				}
			}
			o.Cameo = e.Cameo
			return i, true
		}
		// "Israel's strikes on Khiam killed three people": the casualties a
		// verb tells after a nominal attack on a place, people of that
		// place's country, are of that attack, which keeps the place's
		// country as its target
		if (*r.outNoun)[i] && !noun && o.Cameo[:2] >= "18" && o.Cameo[:2] <= "20" && o.Target != nil && o.Target.Kind == "place" &&
			e.Target != nil && e.Target.Country == o.Target.Country && e.Target.Kind != "place" && agree(o.Source, e.Source) {
			return i, true
		}
		if agree(o.Source, e.Source) && agree(o.Target, e.Target) {
			if o.Source == nil && e.Source != nil {
				o.Source = e.Source
			}
			if o.Target == nil && e.Target != nil {
				o.Target = e.Target
			}
			// a bare warning yields to the finer threat it reports
			// ("advirtió que responderá con sanciones": 1312, not 130)
			if o.Cameo == "130" && e.Cameo[:2] == "13" && e.Cameo != "130" {
				o.Cameo = e.Cameo
			}
			// a bare agreement yields to the finer intent it governs
			// ("agreed to share information": 0314, not 030)
			if o.Cameo == "030" && e.Cameo[:2] == "03" && e.Cameo != "030" {
				o.Cameo = e.Cameo
			}
			// a bare rejection yields to the finer refusal of the act it
			// governs ("se negó a enviar ayuda": 122, not 120)
			if o.Cameo == "120" && e.Cameo[:2] == "12" && e.Cameo != "120" {
				o.Cameo = e.Cameo
			}
			// a bare protest yields to the finer kind told with it ("una
			// jornada de protestas con bloqueos de rutas": 144, not 140),
			// and a nominal demonstration to the violence it turned into
			// ("la marcha derivó en enfrentamientos con la policía": 145;
			// a verb's rally keeps its code: "protestaban por la expulsión
			// de quienes tomaron parte en disturbios")
			// (not one listed beside it: "enfrentó protestas y una
			// huelga" are two kinds)
			if (o.Cameo == "140" && e.Cameo[:2] == "14" && e.Cameo != "140" || o.Cameo == "141" && (*r.outNoun)[i] && (e.Cameo == violentProtest || e.Cameo == "144")) && !r.listedTriggers(o, e) {
				o.Cameo = e.Cameo
			}
			return i, true
		}
	}
	return 0, false
}

// passiveConjunct reports the trigger of e told in a passive (an
// auxiliary of the cue kind passive right before it) whose clause a
// "y"/"and" after the trigger of o opens: "fired tear gas, and 12 people
// were detained", "dispersó la marcha y 27 personas fueron detenidas".
func (r *run) passiveConjunct(o, e *doc.Event) bool {
	h := r.d.TokenAt(e.Evidence.Trigger.Start)
	from := r.d.TokenAt(o.Evidence.Trigger.End - 1)
	if h <= from+2 || !r.word(h-1) || !r.isCue(kPassive, h-1) {
		return false
	}
	for j := from + 1; j < h-1; j++ {
		if r.word(j) && r.isCue(kCoord, j) {
			return true
		}
	}
	return false
}

// coordBefore reports a "y"/"and" right before the trigger of e, past a
// clitic or adverb (cue kind conjskip): a verb joined to one before it.
func (r *run) coordBefore(e *doc.Event) bool {
	h := r.d.TokenAt(e.Evidence.Trigger.Start)
	j := h - 1
	for j > 0 && r.word(j) && r.isCue(kConjSkip, j) && h-j < 3 {
		j--
	}
	return j >= 0 && r.word(j) && r.isCue(kCoord, j)
}

// objectInTrigger reports a trigger whose pattern runs past its verb
// through its personal "a" ("detuvo a 20 personas"): the pattern names
// the verb's patient.
func (r *run) objectInTrigger(e *doc.Event) bool {
	h := r.d.TokenAt(e.Evidence.Trigger.Start)
	last := r.d.TokenAt(e.Evidence.Trigger.End - 1)
	for j := h + 1; j < last; j++ {
		if r.word(j) && r.info[j].foldIs(kPersonal) {
			return true
		}
	}
	return false
}

// violentProtest reports a word of cue kind violent on a word of match
// m: an adjective right before it ("violentas protestas") or up to two
// words after it with no function word between ("una manifestación
// estudiantil violenta"), or an adverb right after a verb ("protestaron
// violentamente"); not after a negation ("una marcha no violenta"), nor an
// adverb after a noun, which qualifies what follows ("una protesta
// violentamente reprimida").
func (r *run) violentProtest(m match, s doc.Sentence) bool {
	adverb := func(j int) bool {
		f := r.info[j].fold
		return strings.HasSuffix(f, "mente") || strings.HasSuffix(f, "ly")
	}
	for _, t := range m.toks {
		if b := t - 1; b >= s.FirstTok && r.word(b) && r.isCue(kViolent, b) && !adverb(b) && !(b-1 >= s.FirstTok && r.isCue(kNegation, b-1)) {
			return true
		}
		noun := m.p.Noun || t != m.head
		for j := t + 1; j < s.EndTok && j <= t+2; j++ {
			if !r.word(j) || r.info[j].function || r.isCue(kNegation, j) {
				break
			}
			if r.isCue(kViolent, j) {
				return !noun || !adverb(j)
			}
		}
	}
	return false
}

// turnedViolent reports a nominal protest that is the subject of a verb
// of turning into (cue kind degenerate) followed, within five words and
// no punctuation, by a word of cue kind violent or a noun pattern of
// violent protest: "las manifestaciones degeneraron en escenas de
// violencia", "la marcha derivó en disturbios", "the protest turned
// violent".
func (r *run) turnedViolent(m match, s doc.Sentence, gs []*group) bool {
	return r.nounPredicate(m, s, gs, func(j int) walkStep {
		if r.isCue(kNegation, j) {
			return walkNo
		}
		if r.isCue(kAux, j) || r.isCue(kReflexive, j) {
			return walkSkip // "se tornó", "has turned"
		}
		if r.info[j].function || r.inActor(j) || !r.finiteVerb(j) {
			return walkOn
		}
		if !r.isCue(kDegenerate, j) {
			return walkNo
		}
		for k := j + 1; k < s.EndTok && k <= j+5 && r.word(k); k++ {
			if r.isCue(kNegation, k) {
				return walkNo // "terminó sin violencia", "ended without violence"
			}
			if r.isCue(kViolent, k) {
				return walkYes
			}
			for _, nm := range r.sentMatches[k-r.curFirst] {
				if nm.p.Noun && nm.p.Code == violentProtest {
					return walkYes
				}
			}
		}
		return walkNo
	})
}

// deadlyProtest reports a nominal protest whose toll of dead or wounded
// is told by a verb of cue kind toll whose subject it is, directly or
// through a relative right after it: "la protesta dejó tres muertos",
// "protestas populares que dejaron dos muertos", "las protestas, que el
// sábado provocaron cuatro muertos, siguieron": a protest with casualties
// was a violent one (an arrest count, "dejó diez detenidos", is not).
func (r *run) deadlyProtest(m match, s doc.Sentence, gs []*group) bool {
	casualty := func(j int) bool {
		for k := j + 1; k < s.EndTok && k <= j+5; k++ {
			if k-r.curFirst >= len(r.sentMatches) || r.isCue(kNegation, k) {
				break
			}
			for _, nm := range r.sentMatches[k-r.curFirst] {
				if nm.p.Toll && nm.p.Code[:2] == "18" {
					return true
				}
			}
		}
		return false
	}
	verbAt := func(j int) bool { return !r.info[j].function && !r.inActor(j) && r.finiteVerb(j) }
	// a relative on the noun or its complement: "que" within six words
	// after it, no verb between
	for j := m.end; j < s.EndTok && j <= m.end+6; j++ {
		if r.d.Tokens[j].Text == "," {
			continue
		}
		if !r.word(j) || verbAt(j) && r.info[j].fold != "que" {
			break
		}
		if r.info[j].fold != "que" {
			continue
		}
		for k := j + 1; k < s.EndTok && k <= j+6 && r.word(k); k++ {
			if verbAt(k) {
				return r.isCue(kToll, k) && casualty(k)
			}
		}
		return false
	}
	return r.nounPredicate(m, s, gs, func(j int) walkStep {
		if r.isCue(kNegation, j) {
			return walkNo
		}
		if r.isCue(kAux, j) {
			return walkSkip
		}
		if !verbAt(j) {
			return walkOn
		}
		return walkIf(r.isCue(kToll, j) && casualty(j))
	})
}

// listedTriggers reports two events whose triggers stand in a list: the
// later one right after a coordinator or a comma, a determiner between
// at most ("protestas y una huelga", "huelgas, marchas").
func (r *run) listedTriggers(a, b *doc.Event) bool {
	later := b.Evidence.Trigger.Start
	if a.Evidence.Trigger.Start > later {
		later = a.Evidence.Trigger.Start
	}
	j := r.d.TokenAt(later) - 1
	if j >= 0 && j < len(r.d.Tokens) && r.isCue(kDet, j) {
		j--
	}
	return j >= 0 && j < len(r.d.Tokens) && (r.d.Tokens[j].Text == "," || r.isCue(kCoord, j))
}

// toldBefore finds an earlier event that a definite nominal event with a
// side left open names again ("Salami advirtió que ... El portavoz
// calificó las amenazas de Salami"): the same root within three
// sentences, the same source, targets that agree.
// A definite nominal event that names no one at all ("la empresa dijo que
// la huelga es ilegal", "said the protests would go on") names again the
// latest earlier event of its root in the article, by whoever it was.
// A definite agreement (057) between two parties ("El acuerdo, firmado el
// lunes, ...") names again their mutual agreement or truce (roots 05, 08)
// told in the three sentences before.
func (r *run) toldBefore(out []doc.Event, e *doc.Event, sent int) (int, bool) {
	if e.Source == nil && e.Target == nil {
		for i := len(out) - 1; i >= 0; i-- {
			if (*r.outSent)[i] < sent && out[i].Cameo[:2] == e.Cameo[:2] {
				return i, true
			}
		}
		return 0, false
	}
	// "acordaron un alto el fuego ... El acuerdo, firmado el lunes por la
	// noche, prevé ...": a definite noun of agreement between the two
	// parties of a mutual agreement or truce told in the three sentences
	// before is that act told again
	if e.Cameo == "057" && e.Source != nil && e.Target != nil {
		for i := len(out) - 1; i >= 0 && (*r.outSent)[i] >= sent-3; i-- {
			o := &out[i]
			if o.Symmetric && o.Source != nil && o.Target != nil && (o.Cameo[:2] == "05" || o.Cameo[:2] == "08") &&
				(o.Source.Code == e.Source.Code && o.Target.Code == e.Target.Code || o.Source.Code == e.Target.Code && o.Target.Code == e.Source.Code) {
				return i, true
			}
		}
		return 0, false
	}
	if e.Source == nil || e.Target != nil {
		return 0, false
	}
	for i := len(out) - 1; i >= 0; i-- {
		if (*r.outSent)[i] < sent-3 {
			break
		}
		o := &out[i]
		// a country named bare stands for any of its agents ("las
		// amenazas de Irán" after the Guard's threat)
		// (a deployment of other forces is another: "ordenó el despliegue
		// de la Guardia Civil" 153, then "el envío de 800 elementos del
		// Ejército" 154)
		if o.Cameo[:2] == e.Cameo[:2] && o.Source != nil && (o.Source.Code == e.Source.Code ||
			len(e.Source.Code) == 3 && strings.HasPrefix(o.Source.Code, e.Source.Code)) && !(e.Cameo[:2] == "15" && o.Cameo != e.Cameo) {
			return i, true
		}
	}
	return 0, false
}

// casualtiesOf finds the attack whose wounded an injury told with no doer
// counts ("Un grupo de mineros armados disparó contra una patrulla de la
// policía ... dos agentes resultaron heridos"): an asserted act of force
// (18 to 20) by a named doer, told in the same sentence or the one
// before, on the same party.
func (r *run) casualtiesOf(out []doc.Event, e *doc.Event, sent int) (int, bool) {
	if e.Source != nil || e.Target == nil || e.Cameo != "182" || e.Modality != doc.Asserted {
		return 0, false
	}
	for i := len(out) - 1; i >= 0; i-- {
		if (*r.outSent)[i] < sent-1 {
			break
		}
		o := &out[i]
		// "la policía disparó gases ... los manifestantes respondieron
		// con piedras, con un saldo de siete policías y tres campesinos
		// heridos": the wounded of either side of a riot or of its
		// repression told in their sentence, named as that side, are that
		// clash's toll ("con al menos 12 heridos", no side named, stays)
		if (*r.outSent)[i] == sent && o.Source != nil && o.Modality == doc.Asserted && (o.Cameo == "145" || strings.HasPrefix(o.Cameo, "175")) &&
			(o.Source.Code == e.Target.Code || o.Target != nil && o.Target.Code == e.Target.Code) {
			return i, true
		}
		if o.Source == nil || o.Target == nil || o.Modality != doc.Asserted || o.Cameo[:2] < "18" || o.Cameo[:2] > "20" {
			continue
		}
		if o.Target.Code == e.Target.Code {
			return i, true
		}
	}
	return 0, false
}

// samePair reports whether two events join the same two countries or
// organisations, in either order.
func samePair(a, b *doc.Event) bool {
	as, at, bs, bt := sideKey(a.Source), sideKey(a.Target), sideKey(b.Source), sideKey(b.Target)
	return as != at && (as == bs && at == bt || as == bt && at == bs)
}

// sideKey is the side an actor stands for: an organisation's whole code,
// else its country (the first three letters of its code).
func sideKey(x *doc.Actor) string {
	if len(x.Code) >= 3 && (x.Code[:3] == "IGO" || x.Code[:3] == "NGO" || x.Code[:3] == "NGM") {
		return x.Code
	}
	if len(x.Code) >= 3 {
		return x.Code[:3]
	}
	return x.Code
}

// warnedProtest reports whether one of o and e is a bare warning (130)
// told by a verb and the other a protest announced (133) later in the same
// sentence by the same doer, not joined to the warning by "y": the
// warning's complement, one threat.
func (r *run) warnedProtest(o, e *doc.Event, conj, noun, oNoun bool) bool {
	if conj || o.Source == nil || !agree(o.Source, e.Source) {
		return false
	}
	w, t := o, e
	if e.Cameo == "130" {
		if noun {
			return false
		}
		w, t = e, o
	} else if oNoun {
		return false
	}
	return w.Cameo == "130" && t.Cameo == threatenProtest && w.Evidence.Trigger.Start < t.Evidence.Trigger.Start
}

func agree(a, b *doc.Actor) bool { return a == nil || b == nil || a.Code == b.Code }

func code(a *doc.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

func mergeReporters(a, b []doc.Reporter) []doc.Reporter {
	for _, x := range b {
		dup := false
		for _, y := range a {
			if y.Code == x.Code {
				dup = true
			}
		}
		if !dup {
			a = append(a, x)
		}
	}
	return a
}

// reportTarget reports whether the target found for a trigger that is
// also a reporting verb ("informó", "declared") is its addressee: a group
// introduced by one of the pattern's prepositions or the personal "a",
// with no clause boundary between ("informó a la ONU de", not "informó
// que el gobierno ...", nor "informó la policía", whose group is the
// reporter).
func (r *run) reportTarget(m match, g *group) bool {
	if g.start < m.end {
		return true // inside the pattern: "declarar la guerra a"
	}
	for j := m.end; j < g.start; j++ {
		if r.word(j) && r.isCue(kClause, j) {
			return false
		}
	}
	gov := r.governor(g.start, m.end)
	return gov != "" && (m.p.Tgt[gov] || r.lx.is(kPersonal, gov))
}

// wherePlace is the place of a clause opened by a relative adverb of place
// ("viajará a Monterrey, donde se reunirá con ...", "flew to Geneva,
// where she met ..."): the place named just before the adverb.
func (r *run) wherePlace(c clause) *doc.Place {
	j := r.whereAt(c)
	if j < 0 {
		return nil
	}
	k := j - 1
	for k >= 0 && (r.d.Tokens[k].Kind == doc.Punct || r.word(k) && r.info[k].foldIs(kLoc)) {
		k--
	}
	if k < 0 || j-k > 3 {
		return nil
	}
	end := r.d.Tokens[k].End
	for i := range r.d.Places {
		if pl := &r.d.Places[i]; pl.End == end {
			p := *pl
			return &p
		}
	}
	return nil
}

// triggerBetween reports a trigger head in [lo, hi).
func (r *run) triggerBetween(lo, hi int) bool {
	for _, h := range r.heads {
		if h >= lo && h < hi {
			return true
		}
	}
	return false
}

// attributive reports an English verb pattern whose trigger, read as a
// past participle, stands right before the pattern's next word and right
// after a determiner or possessive (cue kind attrib), a genitive in 's or a
// hyphen ("a UN-recognised government"), past at most two adverbs in -ly.
func (r *run) attributive(m match) bool {
	if r.d.Lang != "en" {
		return false
	}
	// (a one-word pattern: right before a word that is neither a
	// function word nor a verb, "the recognized government")
	if len(m.toks) < 2 {
		n := m.head + 1
		if !r.word(n) || r.info[n].function || r.hasVerb(n) {
			return false
		}
	} else if m.toks[1] != m.head+1 {
		return false
	}
	past := false
	for _, a := range r.info[m.head].an {
		past = past || a.Verb && a.Form == morph.Past
	}
	if !past {
		return false
	}
	j := m.head - 1
	for n := 0; n < 2 && r.word(j) && len(r.d.Tokens[j].Text) > 4 && strings.HasSuffix(r.d.Tokens[j].Text, "ly"); n++ {
		j--
	}
	if j < 0 {
		return false
	}
	t := r.d.Tokens[j].Text
	if !r.word(j) {
		return t == "-" && j == m.head-1 && j > 0 && r.word(j-1)
	}
	return r.isCue(kAttrib, j) || strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "s'")
}

// objectParticiple reports an English past form right after the object of
// another verb ("shot men gathered at the market", "police dispersed
// youths massed outside the stadium"): a participle qualifying that
// object, no act of its own. The object is one to three words with no
// verb reading (or an actor), right after a finite verb that is no verb of
// saying ("said protesters gathered" reports a gathering) nor an auxiliary.
func (r *run) objectParticiple(m match, s doc.Sentence) bool {
	if r.d.Lang != "en" {
		return false
	}
	past := false
	for _, a := range r.info[m.head].an {
		past = past || a.Verb && a.Form == morph.Past
	}
	if !past {
		return false
	}
	j := m.head - 1
	for n := 0; n < 3 && j > s.FirstTok && r.word(j) && !r.info[j].function && (r.inActor(j) || !r.hasVerb(j)); n++ {
		j--
	}
	if j == m.head-1 || j < s.FirstTok || !r.word(j) || r.inActor(j) || r.info[j].function {
		return false
	}
	if r.isCue(kAux, j) || r.isCue(kPassive, j) || r.isCue(kReport, j) || !r.finiteVerb(j) {
		return false
	}
	for _, a := range r.info[j].an {
		if a.Verb && r.lx.is(kReport, a.Lemma) {
			return false
		}
	}
	return true
}

// verbAfterDet reports an English verb pattern whose trigger, no past
// form, stands right after a determiner (cue kind attrib) or after one and
// at most two words that are no verb, no function word and no actor
// ("fired tear gas at the weekly rally", "a large march"): a noun, no verb
// ("the students march" has an actor between, "those it fires" a
// subject pronoun).
func (r *run) verbAfterDet(m match) bool {
	if r.d.Lang != "en" {
		return false
	}
	for _, a := range r.info[m.head].an {
		if a.Verb && a.Form == morph.Past {
			return false
		}
	}
	j := m.head - 1
	for n := 0; n < 2 && r.word(j) && !r.isCue(kAttrib, j) && !r.info[j].function && !r.inActor(j) && !r.hasVerb(j) && !r.isCue(kSubjPron, j); n++ {
		j--
	}
	if r.word(j) && r.isCue(kAttrib, j) && !r.inActor(j) {
		return true
	}
	// "on the sidelines of a NATO meeting", "an Israeli shelling": an
	// -ing form after the singular indefinite article and at most two
	// words that are no verb and no function word (an actor's among them)
	// is a noun; "a" never opens the subject of a plural verb
	if !strings.HasSuffix(strings.ToLower(r.d.Tokens[m.head].Text), "ing") {
		return false
	}
	j = m.head - 1
	for n := 0; n < 2 && r.word(j) && !r.info[j].function && (r.inActor(j) || !r.hasVerb(j)); n++ {
		j--
	}
	return j < m.head-1 && r.word(j) && (r.info[j].fold == "a" || r.info[j].fold == "an")
}

// hopedFor reports an English verb in the clause a verb of hoping (cue
// kind hope) governs ("said it hoped French officials would be indicted",
// "hopes the talks will resume"): the act is wished for, not done. The
// verb of hoping stands before the trigger with only a complementiser, a
// subject and auxiliaries between (at most eight words, no punctuation and
// no other verb).
func (r *run) hopedFor(m match, s doc.Sentence) bool {
	if r.d.Lang != "en" {
		return false
	}
	for j, n := m.head-1, 0; j >= s.FirstTok && n < 8; j, n = j-1, n+1 {
		if !r.word(j) {
			return false
		}
		if r.isCue(kHope, j) && r.hasVerb(j) && !r.inActor(j) {
			return true
		}
		if r.isCue(kAux, j) || r.isCue(kPassive, j) || r.inActor(j) || r.info[j].function || r.isCue(kSubjPron, j) {
			continue
		}
		if r.hasVerb(j) {
			return false
		}
	}
	return false
}

// reactionCode reports the codes of a reaction to another event: approval
// (05), disapproval (11), rejection (12), regret and denial (012, 016).
func reactionCode(code string) bool {
	switch code[:2] {
	case "05", "11", "12":
		return true
	}
	return code == "012" || code == "016"
}

// yearText reports a year written in four digits ("2018").
func yearText(t string) bool {
	if len(t) != 4 || t[0] != '1' && t[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// eventObjectTarget is the target of a reaction whose object is an event
// named without its actors ("condenó los ataques", "welcomed the truce",
// "rejected the accusation"): the source of the latest event of that kind
// in the last three sentences, when it is not the reacting actor itself.
func (r *run) eventObjectTarget(m match, c clause, si int, srcActs []int) *doc.Actor {
	// (a pattern may run past its clause's end: "rejected that request",
	// where "that" was read as opening a clause)
	if m.end > c.end {
		c.end = m.end
	}
	if a := r.eventObjectTargetAt(m.end, c, si, srcActs, m.p.Code); a != nil {
		return a
	}
	// "denunció entonces una violación", "condemned again the attack": past
	// an adverb right after the verb
	if j := m.end; m.end == m.head+1 && j+1 < c.end && r.word(j) && r.word(j+1) && !r.d.Tokens[j].Cap && !r.inActor(j) && !r.isCue(kDet, j) && !r.isCue(kIndef, j) {
		adv := r.isCue(kConjSkip, j) || strings.HasSuffix(r.info[j].fold, "mente") || r.d.Lang == "en" && strings.HasSuffix(r.info[j].fold, "ly") || len(r.info[j].an) == 0 && !r.info[j].patStart
		if adv && (r.isCue(kDet, j+1) || r.isCue(kIndef, j+1)) {
			if a := r.eventObjectTargetAt(j+1, c, si, srcActs, m.p.Code); a != nil {
				return a
			}
		}
	}
	// 'condenó "con la mayor firmeza" la intentona', "condemned in the
	// strongest terms the attack": past adverbial set phrases (cue kind
	// adverb), quoted or not, right after the verb
	if j := m.end; m.end == m.head+1 {
		moved := false
		// (and past a time: "condenó el martes por la noche el atentado")
		for j < c.end && r.word(j) && r.timeTok[j] {
			j, moved = j+1, true
		}
		for n := 0; n < 4 && j < c.end; n++ {
			if !r.word(j) && quoteMark(r.d.Tokens[j].Text) {
				j++
				continue
			}
			e, ok := r.lx.cueAt(r.info, j, c.end, kAdverb)
			if !ok || !r.word(j) {
				break
			}
			j, moved = e, true
		}
		if moved && j < c.end && r.word(j) && (r.isCue(kDet, j) || r.isCue(kIndef, j)) {
			if a := r.eventObjectTargetAt(j, c, si, srcActs, m.p.Code); a != nil {
				return a
			}
		}
	}
	// "criticó que el texto no refleja ...", "lamentó que la medida
	// afecte ...": the subject of the clause it governs is the thing
	// reacted to
	if m.end == m.head+1 && m.end+1 < len(r.info) && r.word(m.end) && (r.info[m.end].fold == "que" || r.info[m.end].fold == "that") {
		cc := c
		if e := r.d.Sentences[r.d.Tokens[m.head].Sent].EndTok; e > cc.end {
			cc.end = e
		}
		return r.eventObjectTargetAt(m.end+1, cc, si, srcActs, m.p.Code)
	}
	if m.end > m.head+1 { // the object may be a word of the pattern ("welcome decision")
		// (past an adverb right after the verb: "celebró también la
		// medida", "welcomed in particular the decision")
		// (and past a time: "rechazó horas más tarde la acusación")
		j := m.head + 1
		for j < m.end && r.word(j) && r.timeTok[j] {
			j++
		}
		for n := 0; n < 3 && j < m.end && r.word(j); n++ {
			if e, ok := r.lx.cueAt(r.info, j, m.end, kAdverb); ok {
				j = e
			} else if r.isCue(kConjSkip, j) && !r.isCue(kDet, j) || strings.HasSuffix(r.info[j].fold, "mente") || r.d.Lang == "en" && strings.HasSuffix(r.info[j].fold, "ly") {
				j++
			} else {
				break
			}
		}
		return r.eventObjectTargetAt(j, c, si, srcActs, m.p.Code)
	}
	return nil
}

// objectRelAntecedent returns the noun that a Spanish relative clause
// whose pronoun is the object of the verb at m.head stands on ("una
// decisión que la gobernadora se negó a acatar", "una oferta que el primer
// ministro rechazó"): the pronoun opens the clause within ten words
// before the verb, the clause's subject (an actor, nothing else but
// reflexives and auxiliaries) stands between, nothing the verb could take
// as object follows it, and a determiner and one noun come right before
// the pronoun; -1 when there is none.
func (r *run) objectRelAntecedent(m match, s doc.Sentence) int {
	if r.d.Lang != "es" || m.end < s.EndTok && r.word(m.end) && (r.isCue(kDet, m.end) || r.isCue(kIndef, m.end) || r.inActor(m.end)) {
		return -1
	}
	k := m.head - 1
	for ; k > s.FirstTok+1 && k >= m.head-10; k-- {
		if !r.word(k) {
			return -1
		}
		if r.isCue(kRelPron, k) && r.info[k].foldIs(kCompl) {
			break
		}
		if !r.inActor(k) && !r.isCue(kReflexive, k) && !r.isCue(kAux, k) && (r.finiteVerb(k) || !r.isCue(kDet, k) && !r.info[k].foldIs(kGenitive)) {
			return -1
		}
	}
	if k <= s.FirstTok+1 || k < m.head-10 || !r.inActor(k+1) {
		return -1
	}
	n := k - 1
	if !r.word(n) || r.inActor(n) || r.info[n].function || r.finiteVerb(n) || !r.word(n-1) || !r.isCue(kDet, n-1) && !r.isCue(kIndef, n-1) {
		return -1
	}
	return n
}

func (r *run) eventObjectTargetAt(j int, c clause, si int, srcActs []int, code string) *doc.Actor {
	// past determiners and an opening quote ('condenó la "masacre"')
	for n := 0; n < 4 && j < c.end && (r.word(j) && r.isCue(kDet, j) || !r.word(j) && quoteMark(r.d.Tokens[j].Text)); n++ {
		j++
	}
	// "welcomed the Batken agreement", "the 2018 peace agreement": past a
	// place's name or a year qualifying the noun of the act (in English,
	// where they stand before it)
	if r.d.Lang == "en" && j > 0 && j < c.end && r.word(j-1) && r.isCue(kDet, j-1) {
		k := j
		for n := 0; n < 2 && k+1 < c.end && (r.word(k) && r.d.Tokens[k].Cap && !r.inActor(k) && !r.info[k].function || yearText(r.d.Tokens[k].Text)); n++ {
			k++
		}
		if k > j && k < c.end && r.word(k) && !r.d.Tokens[k].Cap {
			for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, k, c.end) {
				if mm.p.Noun {
					j = k
					break
				}
			}
		}
	}
	if j >= c.end || !r.word(j) {
		return nil
	}
	// "condemned the deadly attack", "condenó el brutal ataque", "the
	// unconstitutional seizure of power": past up to two words that
	// qualify the noun of the act
	j = r.pastQualifiers(j, c.end)
	// "condenó lo que llamó «una agresión flagrante»", "condemned what it
	// called an act of aggression": the word it is called by names the act
	// (the relative opens a clause of its own: up to the sentence's end)
	if r.info[j].fold == "lo" && j+1 < len(r.info) && r.word(j+1) && r.isCue(kRelPron, j+1) {
		j++
	}
	if se := r.d.Sentences[r.d.Tokens[j].Sent].EndTok; j+2 < se && (j > 0 && r.word(j-1) && (r.isCue(kDet, j-1) || r.info[j-1].fold == "lo") && r.isCue(kRelPron, j) || r.d.Lang == "en" && r.info[j].fold == "what") && r.word(j+1) && r.isCue(kNaming, j+1) {
		if se > c.end {
			c.end = se
		}
		k := j + 2
		for n := 0; n < 4 && k < c.end && (!r.word(k) && quoteMark(r.d.Tokens[k].Text) || r.word(k) && (r.isCue(kDet, k) || r.isCue(kIndef, k) || r.info[k].fold == "de" || r.info[k].fold == "como" || r.info[k].fold == "as" || r.info[k].fold == "an" || r.info[k].fold == "a")); n++ {
			k++
		}
		if k < c.end && r.word(k) {
			j = k
		}
	}
	var roots, codes []string // every reading of the noun ("attack": 18, 19)
	violent := false
	nounEnd := j + 1
	for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, j, c.end) {
		if mm.p.Noun {
			nounEnd = max(nounEnd, mm.end)
			roots = append(roots, mm.p.Code[:2])
			codes = append(codes, mm.p.Code)
			violent = violent || mm.p.Code[:2] >= "18" && mm.p.Code[:2] <= "20"
		}
	}
	// "condenó la violencia", "condemned the seizure", "the coup": a noun
	// of a deed of force or coercion that no pattern reads names the
	// latest such act told (cue kind deed), as a noun of violence does
	// (a noun of taking, cue kind taking, "the seizure", "the takeover",
	// "la toma", "el golpe", names an act of coercion or force, 17-20)
	deed, taking := false, false
	if len(roots) == 0 {
		if _, ok := r.lx.cueAt(r.info, j, c.end, kDeed); ok {
			deed, violent = true, true
		} else if _, ok := r.lx.cueAt(r.info, j, c.end, kTaking); ok {
			deed, taking = true, true
		} else if e, ok := r.lx.cueAt(r.info, j, c.end, kDemanded); ok {
			// ("rechazó la demanda", "desoyó los reclamos": a noun of
			// demand no pattern reads bare names the latest appeal or
			// demand, as "la exigencia" does)
			roots, nounEnd = []string{"10"}, e
		}
	}
	asking := hasString(roots, "02") || hasString(roots, "10")
	anyKind := false
	self := ""
	group := false
	if len(srcActs) > 0 {
		sp := &r.d.Actors[srcActs[0]]
		self = sp.Code
		// "Una coalición de partidos burundeses en el exilio": a group
		// of a country's people, coded with the bare country, is not
		// that country's state
		group = sp.Code == sp.Country && !stateKind(sp)
	}
	// the speaker itself, or its country named bare (not another actor
	// of its country: the opposition welcomes the government's decision)
	// (a state body's disapproval, "Pakistan's interior minister condemned
	// the bombing", is never aimed at an act of its own state's forces
	// told since: "troops raided a hideout" is no bombing it condemns; a
	// branch of the state may judge another's act: "the prime minister
	// called the vote a coup" after "parliament voted him out")
	stateSelf := false
	if len(srcActs) > 0 && code[:2] == "11" {
		stateSelf = hasRole(&r.d.Actors[srcActs[0]], stateRoles) && r.d.Actors[srcActs[0]].Country != ""
	}
	isSelf := func(a *doc.Actor) bool {
		if group {
			return a == nil || a.Code == self && !stateKind(a)
		}
		return a == nil || a.Code == self || (len(self) == 3 || len(a.Code) == 3) && sameLand(a, self) || stateSelf && hasRole(a, stateForces) && sameLand(a, self)
	}
	// "rechazó la propuesta", "rejected the offer", "accepted the
	// invitation": an offer, a proposal or an invitation named bare is the
	// latest one made in the last six sentences (or the lead), by whoever
	// made it: an offer or promise (03), or an appeal or invitation (02:
	// "invited the unions to talks", "called for a ceasefire"), told as
	// done, promised or planned
	if len(roots) == 0 && !deed {
		if e, ok := r.lx.cueAt(r.info, j, c.end, kProposal); ok {
			if a := r.priorEvent(si, 6, self, isSelf, false, true, func(code string) bool {
				return code[:2] == "03" || code[:2] == "02"
			}); a != nil {
				r.consumed = r.consumed[:0]
				r.offered, r.offeredEnd = r.priorHit, e
				return a
			}
		}
	}
	if len(roots) == 0 && !deed {
		// "denunció una violación de su soberanía", "condenó lo ocurrido",
		// "denounced the provocation": a word that judges an act of force
		// names the latest one told, by whoever is not the speaker
		k := j
		if k+1 < c.end && (r.isCue(kIndef, k) || r.info[k].fold == "lo") {
			k++ // "una violación", "lo ocurrido"
		}
		if _, ok := r.lx.cueAt(r.info, k, c.end, kOffence); ok && r.word(k) {
			if a := r.offenceDoer(si, self, isSelf); a != nil {
				r.consumed = r.consumed[:0]
				return a
			}
		}
	}
	if deed {
		// ("condemned the seizure" after "seized the tanker": the act of
		// the noun's stem first)
		if a := r.nominalTarget(j, si, self, isSelf, true); a != nil {
			return a
		}
	}
	if len(roots) == 0 && !deed {
		// "called the laws an attack on the peace agreement", "calificó la
		// ley de inconstitucional": a law is the act of the legislature
		// that passed it (of the noun's stem first: "legislation" after
		// "legislated"), the latest named
		// (approval or disapproval: a veto or a rejection of a law is its
		// own act, told with its warning)
		// (and a veto, 129: "anunció que vetaría la ley" is aimed at the
		// legislature that passed it; not one warned of, a threat: "advirtió
		// al Congreso que vetará la ley")
		if _, ok := r.lx.cueAt(r.info, j, c.end, kLaw); ok && (code[:2] == "05" || code[:2] == "11" || code == "129" && r.warnedBy(match{head: j}, c) < 0) {
			if a := r.nominalTarget(j, si, self, isSelf, true); a != nil {
				return a
			}
			if a := r.lastLawmaker(si, j, isSelf); a != nil {
				return a
			}
		}
	}
	if len(roots) == 0 && !deed {
		// "lamentó la decisión", "welcomed the move": whatever was done last
		if _, ok := r.lx.cueAt(r.info, j, c.end, kDecision); !ok {
			return r.nominalTarget(j, si, self, isSelf, false)
		}
		// ("called the suspension 'an attack on press freedom'" after
		// "suspended the broadcasts": a noun of decision of the stem of
		// an act told names that act, before whatever was decided last)
		if a := r.nominalTarget(j, si, self, isSelf, true); a != nil {
			return a
		}
		anyKind = true
	}
	// ("condenó la intentona", "the seizure of power": a taking by men
	// under arms first, not the state's answer to it, a curfew)
	if taking {
		judged := code[:2] == "05" || code[:2] == "11" || code[:2] == "12"
		armed := func(a *doc.Actor) bool {
			return isSelf(a) || !hasRole(a, []string{"MIL", "REB", "UAF", "INS", "SEP", "IMG", "CRM"})
		}
		if a := r.priorEvent(si, 3, self, armed, false, judged, func(code string) bool {
			return code[:2] >= "17" && code[:2] <= "20"
		}); a != nil {
			r.consumed = r.consumed[:0]
			return a
		}
	}
	// "the decision" may name the article's lead act, told a few
	// sentences before
	reach := 3
	if anyKind {
		reach = 6
	}
	// an event of the noun's own code first ("the truce": the ceasefire
	// declared, not a withdrawal told since), then one of its root
	for pass := 0; pass < 2; pass++ {
		// (an event of the noun's own code may lie further back: "Beijing
		// rejected the complaint" answers the protest of the lead)
		far := reach
		if pass == 0 && !anyKind {
			far = 6
		}
		// ("rejected that request": the latest appeal or demand, of
		// whichever of the two kinds)
		if pass == 0 && asking {
			continue
		}
		// (an act of the noun's own code may be the article's lead, however
		// far back: "Georgia's main opposition parties welcomed the
		// sanctions" seven sentences after "Britain imposed sanctions")
		// (a noun of violence may name the story's lead act, however far
		// back: "un grupo de jóvenes incendiaron un asentamiento ... el
		// ministro condenó el ataque")
		// (not for a denial or a regret, 016, 012: "denied killing
		// civilians" is of one's own act)
		judged := code[:2] == "05" || code[:2] == "11" || code[:2] == "12"
		fits := func(code string) bool {
			if anyKind {
				return decided(code)
			}
			if pass == 0 {
				return hasString(codes, code)
			}
			// "la masacre", "the killings": a noun of violence names the
			// latest act of violence, whatever its kind (a violent riot or
			// property set on fire too; a noun of taking, any act of
			// coercion or force);
			// "the request", "the demand" the latest appeal or demand
			return hasString(roots, code[:2]) || violent && violentAct(code) || taking && code[:2] >= "17" && code[:2] <= "20" || asking && (code[:2] == "02" || code[:2] == "10")
		}
		// ("condenó el ataque", "condemned the attack": a singular noun of
		// violence names a single act told before one told by a plural
		// noun, "lanzó ataques", "carried out air strikes", when there is
		// one)
		var a *doc.Actor
		if violent && !r.plural(j) {
			r.singleAct = true
			a = r.priorEvent(si, far, self, isSelf, anyKind, pass == 0 || judged && (violent || taking), fits)
			r.singleAct = false
		}
		if a == nil {
			a = r.priorEvent(si, far, self, isSelf, anyKind, pass == 0 || judged && (violent || taking), fits)
		}
		if a != nil {
			r.consumed = r.consumed[:0]
			if !anyKind {
				r.consumed = append(r.consumed, j) // the noun is that event, told again
			}
			// (a noun naming the act itself, "la oferta de mediación",
			// keeps the pattern's code)
			pe, prop := r.lx.cueAt(r.info, j, c.end, kProposal)
			if h := r.priorHit; (asking || prop && nounEnd <= pe) && len(h) >= 2 && (h[:2] == "02" || h[:2] == "03" || h[:2] == "10") {
				// ("rechazó la exigencia", "rechazó el ofrecimiento":
				// coded by what was asked or offered, as a rejected
				// offer is)
				r.offered, r.offeredEnd = h, nounEnd
			}
			if violent && r.unidentifiedArmed(a) {
				// "condemned the attack" by gunmen no one names: aimed at
				// no one the text can code, unless someone told who did it
				return r.attributedDoer(si, j, isSelf)
			}
			return a
		}
		if anyKind {
			break
		}
	}
	if anyKind {
		// "welcomed the judgment", "called the ruling unjust" with no act
		// of the court told: a court's ruling is the latest court's
		if _, ok := r.lx.cueAt(r.info, j, c.end, kRuling); ok {
			return r.lastCourt(si, j, isSelf)
		}
	}
	if violent {
		return r.attributedDoer(si, j, isSelf)
	}
	// ("calificó la retirada de ...": a noun of another root than the act
	// it names again, "retiró a su embajador")
	return r.nominalTarget(j, si, self, isSelf, false)
}

// violentAct reports a code of an act of violence a noun of violence can
// name: an assault, a fight or a killing (18-20), a violent riot (145) or
// property destroyed (1712).
func violentAct(code string) bool {
	return code[:2] >= "18" && code[:2] <= "20" || code == "145" || strings.HasPrefix(code, "1712")
}

// pastQualifiers returns the token of the noun of an act after up to two
// words that qualify it, from j ("the deadly attack", "el brutal ataque",
// "the unconstitutional seizure of power"); j itself when the word there
// names an act or no such noun follows. The words passed are lower-case,
// of no actor, not function words nor verbs.
func (r *run) pastQualifiers(j, end int) int {
	if r.actNounAt(j, end) {
		return j
	}
	for k := j; k < j+2 && k+1 < end; k++ {
		if !r.word(k) || r.d.Tokens[k].Cap || r.inActor(k) || r.info[k].function || r.isCue(kDet, k) || r.isCue(kIndef, k) || r.finiteVerb(k) {
			return j
		}
		if r.actNounAt(k+1, end) {
			return k + 1
		}
	}
	return j
}

// actNounAt reports a word at j that names an act: a noun of a pattern,
// or one of the cue kinds that name an act told before (decision, deed,
// proposal, offence, launching, ruling, law: "the parliamentary vote").
func (r *run) actNounAt(j, end int) bool {
	if j >= end || !r.word(j) || r.inActor(j) {
		return false
	}
	for _, k := range []cueKind{kDecision, kDeed, kTaking, kProposal, kOffence, kLaunchNoun, kRuling, kLaw} {
		if _, ok := r.lx.cueAt(r.info, j, end, k); ok {
			return true
		}
	}
	for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, j, end) {
		if mm.p.Noun {
			return true
		}
	}
	return false
}

// offenceDoer is the doer of the latest act of force (15, 17-20) told as
// done in the last three sentences against the reacting actor's own
// country (against anyone, for an international body), when it is not the
// reacting actor ("interceptó a dos barcos
// guyaneses ... Guyana denunció una violación de su soberanía"); nil if
// none.
func (r *run) offenceDoer(si int, self string, isSelf func(*doc.Actor) bool) *doc.Actor {
	if len(self) < 3 {
		return nil
	}
	// (an international body, of no country, judges an act of force
	// against anyone: "una patrullera interceptó la embarcación con 62
	// migrantes ... ACNUR calificó lo ocurrido de devolución en caliente")
	intl := strings.HasPrefix(self, "IGO") || strings.HasPrefix(self, "NGO")
	for cd := range r.recent(si, 3) {
		e := &cd.ev
		if cd.sent > si || e.Source == nil || e.Target == nil || e.Modality != doc.Asserted {
			continue
		}
		if k := e.Cameo[:2]; k != "15" && (k < "17" || k > "20") {
			continue
		}
		if isSelf(e.Source) || sameLand(e.Source, self) || !sameLand(e.Target, self) && !intl {
			continue
		}
		b := *e.Source
		return &b
	}
	return nil
}

// mediatorIn reports a pair one of whose two is the mediator of the
// latest mediation between two sides ("Qatar medió entre A y B. El enviado
// qatarí se reunió con A. Los cancilleres de ambos países ...": the two
// sides, not the mediator and one of them).
func (r *run) mediatorIn(si int, pr [2]*doc.Actor) bool {
	med, _, _ := r.mediation(si)
	return med != nil && pr[0] != nil && pr[1] != nil && (sameState(pr[0], med) || sameState(pr[1], med))
}

// hostAfter reports "como anfitrión", "as host" right after token j-1.
func (r *run) hostAfter(j int) bool {
	if j+1 >= len(r.info) || !r.word(j) || !r.word(j+1) {
		return false
	}
	if f := r.info[j].fold; f != "como" && f != "as" {
		return false
	}
	k := j + 1
	if r.isCue(kDet, k) && k+1 < len(r.info) {
		k++
	}
	switch r.info[k].fold {
	case "anfitrion", "anfitriona", "host", "hosts", "sede":
		return true
	}
	return false
}

// forumOf reports a target told as the body a matter is brought before:
// after "ante" ("una queja ante el Consejo de Seguridad"), or after "a" in
// a clause the trigger governs ("advirtió que llevará el asunto al
// Consejo"), not the addressee of the trigger itself ("advirtió a la ONU").
func (r *run) forumOf(m match, t *doc.Actor) bool {
	i := r.d.TokenAt(t.Span.Start)
	if i <= m.head {
		return false
	}
	p := i - 1
	for p > m.head && r.word(p) && r.isCue(kDet, p) && r.info[p].fold != "al" {
		p--
	}
	if p <= m.head || !r.word(p) {
		return false
	}
	switch r.info[p].fold {
	case "ante", "before":
		return true
	case "a", "al", "to":
		for k := m.end; k < p; k++ {
			if r.word(k) && (r.info[k].fold == "que" || r.info[k].fold == "that") {
				return true
			}
		}
	}
	return false
}

// adversaryBefore is the other party of the latest demand, accusation,
// criticism, threat or act of force (02, 10-13, 15-20) told in this or the
// two sentences before by the speaker or its country; nil if none.
func (r *run) adversaryBefore(si int, src *doc.Actor) *doc.Actor {
	for cd := range r.recent(si, 2) {
		e := &cd.ev
		if cd.sent > si || e.Source == nil || e.Target == nil || !sameLand(e.Source, src.Code) || sameLand(e.Target, src.Code) || strings.HasPrefix(e.Target.Code, "IGO") {
			continue
		}
		if k := e.Cameo[:2]; k == "02" || k >= "10" && k <= "13" || k >= "15" && k <= "20" {
			b := *e.Target
			return &b
		}
	}
	return nil
}

// calledAct reports a neuter relative of naming at j: "lo que llamó",
// "what it called".
func (r *run) calledAct(j int) bool {
	if j+1 >= len(r.info) || !r.word(j) || !r.word(j+1) {
		return false
	}
	if r.info[j].fold == "what" {
		return r.isCue(kNaming, j+1)
	}
	return j+2 < len(r.info) && r.info[j].fold == "lo" && r.isCue(kRelPron, j+1) && r.word(j+2) && r.isCue(kNaming, j+2)
}

// calledObject reports a match of a verb of calling by a word (cue kind
// naming: "calificar ... de golpe", "call ... provocation") with a noun phrase between the
// verb and the pattern's next word: a determiner or possessive right after
// the verb, past adverbs ("calificó el fallo de", "called the exercise",
// "described the recall as"; not "calificó de golpe la medida").
func (r *run) calledObject(m match) bool {
	if len(m.toks) < 2 || m.toks[1] <= m.head+1 || !r.isCue(kNaming, m.head) {
		return false
	}
	j := m.head + 1
	for j < m.toks[1] && r.word(j) && (strings.HasSuffix(r.info[j].fold, "mente") || r.d.Lang == "en" && strings.HasSuffix(r.info[j].fold, "ly") || r.isCue(kConjSkip, j) && !r.isCue(kDet, j)) {
		j++
	}
	return j+1 < m.toks[1] && r.word(j) && r.isCue(kDet, j)
}

// nominalTarget is the doer of an act told before and named again by a
// noun of the same stem as a word of its trigger ("fired two missiles ...
// launched" then "called the launch 'a provocation'"; "recalled its
// ambassador" then "described the recall as"; "began a naval exercise"
// then "called the exercise"): the source of the latest such event in the
// last six sentences, not the reacting actor itself; nil if none.
func (r *run) nominalTarget(j, si int, self string, isSelf func(*doc.Actor) bool, verbOnly bool) *doc.Actor {
	noun := r.info[j].fold
	if r.info[j].function {
		return nil
	}
	// "condemned the test", "called the launch a provocation" after
	// "fired a ballistic missile": a noun of launching or testing names
	// the latest show or use of force (15, 19) of whoever is not the
	// reacting actor
	// (the story's lead act first, when it is one: "condemned the test"
	// after the allies' answering drills; never the speaker's own
	// country's forces)
	if _, ok := r.lx.cueAt(r.info, j, len(r.info), kLaunchNoun); ok {
		notSelf := func(a *doc.Actor) bool { return isSelf(a) || sameLand(a, self) }
		force := func(code string) bool { return code[:2] == "15" || code[:2] == "19" }
		if len(r.evs) > 0 {
			lead := r.evs[0].sent
			for i := range r.evs {
				cd := r.evs[i]
				if cd.sent != lead || cd.sent >= si {
					break
				}
				if e := &cd.ev; force(e.Cameo) && e.Source != nil && !notSelf(e.Source) && e.Modality == doc.Asserted {
					r.consumed = append(r.consumed[:0], j)
					b := *e.Source
					return &b
				}
			}
		}
		if a := r.priorEvent(si, 6, self, notSelf, false, false, force); a != nil {
			r.consumed = append(r.consumed[:0], j)
			return a
		}
	}
	if len([]rune(noun)) < 5 {
		return nil
	}
	// (and the story's lead, however far back: "a court issued an arrest
	// warrant for ..." ten sentences before "condemned the warrant")
	lead := -1
	if len(r.evs) > 0 {
		lead = r.evs[0].sent
	}
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent < si-6 {
			if cd.sent < lead {
				break
			}
			if cd.sent > lead {
				continue
			}
		}
		e := &cd.ev
		if cd.sent > si || cd.sent == si && cd.head >= j || e.Source == nil {
			continue
		}
		lo, hi := r.d.TokenAt(e.Evidence.Trigger.Start), r.d.TokenAt(e.Evidence.Trigger.End-1)
		hit := false
		for k := lo; k <= hi && k < len(r.info) && !hit; k++ {
			if !r.word(k) || r.info[k].function {
				continue
			}
			// (verbOnly: a trigger's verb, not the same noun told in
			// another reaction: "calificó la medida" then "celebró la
			// medida")
			hit = sameStem(noun, r.info[k].fold) && !(verbOnly && !r.verbAt(k))
			for _, a := range r.info[k].an {
				if verbOnly && !a.Verb {
					continue
				}
				hit = hit || sameStem(noun, morph.Fold(a.Lemma)) || a.Verb && verbNoun(noun, morph.Fold(a.Lemma))
			}
		}
		if !hit {
			continue
		}
		// (one trigger of several parties gives several events: the first
		// is its main pair, "U.S., South Korean and Japanese warships
		// began an exercise")
		for k := i - 1; k >= 0 && r.evs[k].ev.Evidence.Trigger == e.Evidence.Trigger; k-- {
			if r.evs[k].ev.Source != nil {
				e = &r.evs[k].ev
			}
		}
		a := e.Source
		if e.Symmetric && e.Target != nil && isSelf(a) {
			a = e.Target
		}
		if isSelf(a) {
			continue
		}
		r.consumed = append(r.consumed[:0], j) // the noun is that event, told again
		b := *a
		return &b
	}
	return nil
}

// sameStem reports two folded words of one stem: equal, or sharing their
// first five letters or more with at most three letters of the shorter
// past them ("launch" and "launched", "expulsión" and "expulsó").
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= 5 && n >= min(len(ra), len(rb))-3
}

// saysAfterComma reports a comma and a coordinator between the match's
// end at lo and group g, opening a clause whose subject, an actor, says
// something (cue kind report) before g: "..., and Russia's Baltic Fleet
// said its warships".
func (r *run) saysAfterComma(lo int, g *group) bool {
	for k := lo; k+2 < g.start; k++ {
		if r.word(k) || r.d.Tokens[k].Text != "," || !r.word(k+1) || !r.isCue(kCoord, k+1) {
			continue
		}
		for q := k + 2; q < g.start && q < k+8; q++ {
			if !r.word(q) {
				break
			}
			if r.isCue(kReport, q) && r.verbAt(q) && q > k+2 && r.d.Tokens[k+2].Cap {
				return true
			}
		}
	}
	return false
}

// asComplement reports an object of determiner and noun (no actor) right
// at j, then "as"/"como" before the token to, within six tokens of j.
func (r *run) asComplement(j, to int) bool {
	if j >= to || !r.word(j) || !r.isCue(kDet, j) {
		return false
	}
	for k := j + 1; k < to && k < j+6; k++ {
		if !r.word(k) || r.inActor(k) {
			return false
		}
		if f := r.info[k].fold; k > j+1 && (f == "as" && r.d.Lang == "en" || f == "como" && r.d.Lang == "es") {
			return true
		}
	}
	return false
}

// verbNoun reports a noun made from a verb's lemma ending in a silent e
// by a suffix in its place ("seize" and "seizure", "close" and
// "closure"): stems too short for sameStem.
func verbNoun(noun, lemma string) bool {
	stem, ok := strings.CutSuffix(lemma, "e")
	return ok && len(stem) >= 4 && len(noun) > len(lemma) && strings.HasPrefix(noun, stem) && (strings.HasSuffix(noun, "ure") || strings.HasSuffix(noun, "ures"))
}

// actorIn reports a token of an actor's mention in [lo, hi).
func (r *run) actorIn(lo, hi int) bool {
	for j := lo; j < hi && j < len(r.info); j++ {
		if r.inActor(j) {
			return true
		}
	}
	return false
}

// partyPronoun reports the object pronoun of the trigger m as a party it
// acts on: in English right after a trigger of one word and followed by no
// verb ("accused it of", "urged them to"; not "warned it would call", whose
// pronoun is the subject of what was said, nor "lifted the curfew it had
// imposed"); in Spanish a clitic not after "se" ("lo acusó"; not "si se lo
// piden", where the clitic is the thing asked).
func (r *run) partyPronoun(m match) bool {
	if r.d.Lang == "es" {
		j := m.head - 1
		for j > 0 && r.word(j) && !r.isCue(kDet, j) && !r.isCue(kNeuter, j) && !r.isCue(kDative, j) {
			j--
		}
		return !(j > 0 && r.word(j-1) && r.isCue(kReflexive, j-1))
	}
	if m.end != m.head+1 {
		return false
	}
	n := m.end + 1
	return n >= len(r.info) || !r.word(n) || !r.verbAt(n) && !r.isCue(kAux, n) && !r.isCue(kHypothetical, n) && !r.isCue(kFuture, n)
}

// pronounParty is the party an object pronoun after (or, in Spanish,
// before) the trigger at head stands for: the target of the latest event
// told before it in its sentence or the one before, else that event's
// source, whichever is not the subject src (nor of src's state); nil if
// none.
func (r *run) pronounParty(si, head int, src *doc.Actor) *doc.Actor {
	other := func(a *doc.Actor) bool {
		return a != nil && a.Code != src.Code && !sameState(a, src)
	}
	for cd := range r.recent(si, 1) {
		if cd.sent > si || cd.sent == si && cd.head >= head {
			continue
		}
		e := &cd.ev
		a := e.Target
		if !other(a) {
			a = e.Source
		}
		if !other(a) {
			continue
		}
		b := *a
		return &b
	}
	return nil
}

// captorRoles are the roles of armed or criminal men of no state who
// take and hold hostages.
var captorRoles = []string{"UAF", "CRM", "REB"}

// partyRoles are the roles of actors that take sides in a dispute: the
// state's bodies, armed groups, opposition and parties.
var partyRoles = []string{"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "STATE", "REB", "UAF", "IMG", "OPP", "PTY", "SEP", "INS"}

// reciprocal reports a verb told as reciprocal (each: by a subject opened
// by "each"): a phrase of the cue kind
// reciprocal a few words after the trigger in its clause ("se acusaron
// mutuamente", "blamed each other for"), a subject opened by a word of the
// kind each with a phrase of the kind other after the trigger ("Each
// side blamed the other", "cada bando acusó al otro"), or a trigger that
// is a verb of exchange (kind swap: "traded accusations").
func (r *run) reciprocal(m match, c clause) (ok, each bool) {
	if r.isCue(kSwap, m.head) {
		return true, false
	}
	end := min(c.end, m.end+4)
	for j := c.start; j < m.head && j < c.start+3; j++ {
		if r.word(j) && r.isCue(kEach, j) {
			each = true
		}
	}
	for j := m.end; j < end; j++ {
		if _, ok := r.lx.cueAt(r.info, j, c.end, kReciprocal); ok {
			return true, false
		}
		if _, ok := r.lx.cueAt(r.info, j, c.end, kOther); ok && each {
			return true, true
		}
	}
	return false, false
}

// blamedOn reports a nominal event m that is the direct object of a verb
// of accusation (cue kind accuse; determiners between) whose own pattern
// takes g, the group m read as its target, as the accused: "blamed the
// bombing on the Taliban".
func (r *run) blamedOn(m match, g *group) bool {
	v := m.head - 1
	for v > m.head-4 && v >= 0 && r.word(v) && r.isCue(kDet, v) {
		v--
	}
	if v < 0 || v == m.head-1 || !r.word(v) || !r.isCue(kAccuse, v) {
		return false
	}
	gov := r.governor(g.start, m.end)
	if gov == "" {
		return false
	}
	for _, vm := range r.lx.matchAt(r.d, r.info, r.timeTok, v, g.start) {
		if !vm.p.Noun && vm.p.Tgt[gov] {
			return true
		}
	}
	return false
}

// lastCourt is the latest court named before token j in sentence si and
// the six before it (an actor of the judiciary, or one whose words include
// one of cue kind court: "the International Court of Justice"), when it is
// not the reacting actor itself; nil if none.
func (r *run) lastCourt(si, j int, isSelf func(*doc.Actor) bool) *doc.Actor {
	return r.lastActorWhere(si, j, isSelf, func(a *doc.Actor) bool {
		court := strings.HasSuffix(a.Code, "JUD")
		for k := r.d.TokenAt(a.Start); !court && k < len(r.info) && r.d.Tokens[k].Start < a.End; k++ {
			court = r.word(k) && r.isCue(kCourt, k)
		}
		return court
	})
}

// lastLawmaker is the latest legislature (an actor of role LEG) named
// before token j in sentence si and the six before it, when it is not the
// reacting actor itself; nil if none.
func (r *run) lastLawmaker(si, j int, isSelf func(*doc.Actor) bool) *doc.Actor {
	return r.lastActorWhere(si, j, isSelf, func(a *doc.Actor) bool { return hasRole(a, []string{"LEG"}) })
}

// lastActorWhere is a copy of the latest coded actor named before token j
// in sentence si and the six before it that is not the reacting actor and
// of which is holds; nil if none.
func (r *run) lastActorWhere(si, j int, isSelf, is func(*doc.Actor) bool) *doc.Actor {
	for i := len(r.d.Actors) - 1; i >= 0; i-- {
		a := &r.d.Actors[i]
		if a.Start >= r.d.Tokens[j].Start {
			continue
		}
		if r.d.SentenceOf(a.Start) < si-6 {
			break
		}
		if is(a) && a.Code != "" && !isSelf(a) {
			b := *a
			return &b
		}
	}
	return nil
}

// lawSubject reports a noun of cue kind law with its determiner right
// before the verb at m.head, in its clause: the verb's subject is a law
// or a rule ("la ley prohíbe", "la norma castiga").
func (r *run) lawSubject(m match, c clause) bool {
	j := m.head - 1
	return j-1 >= c.start && r.word(j) && r.isCue(kLaw, j) && r.word(j-1) && r.isCue(kDet, j-1) && !r.info[j-1].foldIs(kPrep)
}

// attributedDoer is the doer of an attack told by no event of its own
// (or by unnamed gunmen) that the text attributes to someone before the
// reaction's object at j, in its sentence, the three before or the lead: whoever
// claimed it ("IS claimed responsibility for the attack"), or whom an
// accusation over one act of violence (a singular noun of roots 17 to 20
// in its sentence: "un ataque que la MINUSCA atribuyó al grupo armado
// 3R", "police blamed the bombing on the rebels") names; not the reacting
// actor itself (isSelf), nor a string of attacks ("blamed militias for
// recent attacks"); nil if none, or when the window tells more than one
// party blamed (a blame contested: "the government blamed the RSF for the
// ambush ... the RSF accused the army of staging the attack").
func (r *run) attributedDoer(si, j int, isSelf func(*doc.Actor) bool) *doc.Actor {
	var doer *doc.Actor
	// (and in the story's lead, however far back: "El Gobierno atribuyó al
	// GRU el ciberataque ... la UE condenó el ataque")
	lead := -1
	if len(r.evs) > 0 {
		lead = r.evs[0].sent
	}
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent < si-3 && cd.sent != lead {
			continue
		}
		if cd.sent > si || cd.sent == si && cd.head >= j {
			continue
		}
		e := &cd.ev
		if e.Modality != doc.Asserted {
			continue
		}
		var a *doc.Actor
		switch {
		case e.Cameo == "015":
			a = e.Source
		case e.Cameo[:3] == "112" && r.oneAttackIn(cd.sent):
			a = e.Target
		}
		if a == nil || isSelf(a) {
			continue
		}
		if doer != nil && doer.Code != a.Code {
			return nil
		}
		if doer == nil {
			b := *a
			doer = &b
		}
	}
	return doer
}

// investigatedSanctioned gives an investigation that names no one it is
// into (09) the people its source sanctioned or arrested earlier in its
// sentence (17), told as done: "suspendió en sus funciones al director de
// la prisión y encargó una investigación sobre «graves fallos de
// seguridad»" looks into the director's failures.
func (r *run) investigatedSanctioned() {
	for _, e := range r.evs {
		if e.ev.Cameo[:2] != "09" || e.ev.Target != nil || e.ev.Source == nil {
			continue
		}
		for _, o := range r.evs {
			if o.sent != e.sent || o.head >= e.head || o.ev.Cameo[:2] != "17" || o.ev.Target == nil || o.ev.Source == nil ||
				o.ev.Source.Code != e.ev.Source.Code || o.ev.Modality == doc.Negated {
				continue
			}
			t := *o.ev.Target
			e.ev.Target = &t
			break
		}
	}
}

// claimedAttack gives an attack told as done with no doer named ("un
// camión cargado de explosivos estalló en el mercado", roots 18 to 20)
// the one who claims it after it, in its sentence or the three after, or
// from the lead ("El Estado Islámico tomó la responsabilidad del ataque",
// 015): the claimant did it. Not when the story tells claims by more than
// one party (a doer given when the first claim was told is taken back).
// It runs as each claim is told and once more at the end.
func (r *run) claimedAttack() {
	var claim *cand
	for _, c := range r.evs {
		if c.ev.Cameo != "015" || c.ev.Source == nil || c.ev.Modality != doc.Asserted {
			continue
		}
		if claim != nil && claim.ev.Source.Code != c.ev.Source.Code {
			// (a doer given by an earlier call is taken back)
			for _, o := range r.evs {
				if o.claimed {
					o.ev.Source, o.claimed = nil, false
				}
			}
			return
		}
		if claim == nil {
			claim = c
		}
	}
	if claim == nil {
		return
	}
	lead := r.evs[0].sent
	for _, c := range r.evs {
		if c.ev.Source != nil && !c.claimed || c.ev.Modality != doc.Asserted || c.ev.Cameo[:2] < "18" || c.ev.Cameo[:2] > "20" {
			continue
		}
		if c.sent > claim.sent || c.sent == claim.sent && c.head >= claim.head || c.sent < claim.sent-3 && c.sent != lead {
			continue
		}
		a := *claim.ev.Source
		c.ev.Source, c.claimed = &a, true
	}
}

// oneAttackIn reports a noun of violence (a nominal pattern of roots 18
// to 20) in the singular in sentence si.
func (r *run) oneAttackIn(si int) bool {
	s := r.d.Sentences[si]
	for k := s.FirstTok; k < s.EndTok; k++ {
		if !r.word(k) {
			continue
		}
		for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, k, s.EndTok) {
			if mm.p.Noun && forceful(mm.p.Code) && !r.plural(mm.head) {
				return true
			}
		}
	}
	return false
}

// unidentifiedArmed reports an actor that is men under arms of no named
// force (UAF: "gunmen", "hombres armados") whose mention names no country
// of its own (one given only by the event's place).
func (r *run) unidentifiedArmed(a *doc.Actor) bool {
	if a.Kind != "agent" || len(a.Roles) == 0 || a.Roles[0] != "UAF" {
		return false
	}
	for i := range r.d.Actors {
		if m := &r.d.Actors[i]; m.Span == a.Span {
			return m.Country == ""
		}
	}
	return false
}

// priorEvent is the party of the latest event within reach sentences
// whose code fits that a reaction by self is aimed at.
// With lead, events of the article's first sentence that told one (its
// lead) are within reach too, then those of the sentence after it, which
// tells the lead's details ("The heads of the two commissions met ... and
// signed a protocol").
func (r *run) priorEvent(si, reach int, self string, isSelf func(*doc.Actor) bool, anyKind, lead bool, fits func(string) bool) *doc.Actor {
	if a := r.priorEventIn(si, reach, self, isSelf, anyKind, lead, 0, fits); a != nil || !lead {
		return a
	}
	return r.priorEventIn(si, reach, self, isSelf, anyKind, lead, 1, fits)
}

// priorEventIn is priorEvent with the lead taken as its first sentence and
// the wide ones after it.
func (r *run) priorEventIn(si, reach int, self string, isSelf func(*doc.Actor) bool, anyKind, lead bool, wide int, fits func(string) bool) *doc.Actor {
	leadSent := -1
	if lead && len(r.evs) > 0 {
		leadSent = r.evs[0].sent
	}
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent < si-reach {
			if cd.sent < leadSent || leadSent < 0 {
				break
			}
			if cd.sent > leadSent+wide {
				continue
			}
		}
		e := &cd.ev
		if !fits(e.Cameo) || e.Source == nil {
			continue
		}
		if r.singleAct && r.pluralAct(e) {
			continue
		}
		// "the decision" is an act told as done, not a threat or a
		// quoted remark ("Tehran cannot help Moscow bomb ...")
		if anyKind && (e.Modality != doc.Asserted || r.quoted(e.Evidence.Trigger.Start)) {
			continue
		}
		// ("welcomed the operation" after "pirates seized the ship": a
		// decision, a move or an operation is an institution's act, not a
		// crime)
		if anyKind && hasRole(e.Source, []string{"CRM"}) {
			continue
		}
		// (nor an act of force a third party only alleges, "citing
		// evidence that government forces used gunships": a charge, no
		// decision anyone took)
		if anyKind && e.Cameo[:2] >= "18" && e.Cameo[:2] <= "20" && thirdPartyReport(e) {
			continue
		}
		a := e.Source
		if e.Symmetric && e.Target != nil {
			// a mutual act ("criticó el acuerdo"): the party of the
			// speaker's own country that is not the speaker (its
			// government), else the first party that is not the speaker
			// (a country named bare is the state, not a speaker of a role
			// in it other than its government: "los sindicatos peruanos calificaron el acuerdo de
			// trampa" after Chile and Peru signed it)
			if sameLand(e.Target, self) && (!isSelf(e.Target) || len(self) > 3 && self[3:] != "GOV" && e.Target.Code == e.Target.Country && stateKind(e.Target)) {
				a = e.Target
			} else if isSelf(a) && !(sameLand(a, self) && a.Code != self) {
				a = e.Target
			}
			if a.Code == self && isSelf(a) {
				continue
			}
		} else if isSelf(a) {
			continue
		}
		r.priorHit = e.Cameo
		b := *a
		if b.Code == self && b.Code == b.Country {
			// (the state of a people that speaks: "los peruanos calificaron
			// el acuerdo de trampa" after Peru signed it)
			b.Code += "GOV"
			b.Roles = append([]string{"GOV"}, b.Roles...)
			b.Source += "+state"
		}
		return &b
	}
	return nil
}

// stateKind reports an actor that names a state as such: a country, its
// capital or a place standing for it.
func stateKind(a *doc.Actor) bool {
	return (a.Kind == "country" || a.Kind == "capital" || a.Kind == "place") && !strings.HasPrefix(a.Source, actors.SourcePeople)
}

// sameLand reports whether actor a's code starts with the country of the
// code self.
func sameLand(a *doc.Actor, self string) bool {
	return a != nil && len(self) >= 3 && len(a.Code) >= 3 && a.Code[:3] == self[:3]
}

// quoted reports whether byte offset off lies inside quotation marks of
// its sentence.
func (r *run) quoted(off int) bool {
	ti := r.d.TokenAt(off)
	if ti >= len(r.d.Tokens) {
		return false
	}
	s := r.d.Sentences[r.d.Tokens[ti].Sent]
	straight, open := 0, 0
	for i := s.FirstTok; i < ti; i++ {
		switch r.d.Tokens[i].Text {
		case "\"":
			straight++
		case "“", "«":
			open++
		case "”", "»":
			open--
		}
	}
	return straight%2 == 1 || open > 0
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// conjoined is the event of the verb before a verb joined to it by
// "y"/"and" with no subject of its own ("Japón envió tiendas a Filipinas y
// prometió 5 millones en ayuda", "detuvo a X y lo acusó", "acusó el
// miércoles a Filipinas y exigió a Manila ..."): the two share their
// subject and, when the second names none, their target and date.
func (r *run) conjoined(m match, si int, srcActs []int) *cand {
	// ("detuvo a 27 opositores y ordenó encarcelarlos", "y decidió
	// liberarlos": an infinitive governed by a verb joined by "y" joins
	// through its governor)
	head := m.head
	if gv := r.infGovernor(m.head); gv >= 0 {
		head = gv
	}
	j := head - 1
	for j > 0 && r.word(j) && r.isCue(kConjSkip, j) && head-j < 3 {
		j-- // a clitic or adverb between ("y lo acusó", "and also pledged")
	}
	if j < 0 || !r.word(j) || !r.isCue(kCoord, j) {
		return nil
	}
	// (a verb of a relative or subordinate clause that closes before the
	// coordinator is none the second verb joins: "atribuyó el lunes a X el
	// sabotaje que dañó la red la semana pasada, y convocó al embajador")
	var cs []clause
	closed := func(h int) bool {
		if cs == nil {
			cs = r.clauses(r.d.Sentences[si])
		}
		c := cs[clauseOf(cs, h)]
		return c.end <= j && c.start < h && r.word(c.start) && r.isCue(kClause, c.start) &&
			!(c.start > 0 && r.word(c.start-1) && r.isCue(kReport, c.start-1))
	}
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent < si {
			break
		}
		if cd.sent != si || cd.noun || cd.head >= j || closed(cd.head) {
			continue
		}
		e := &cd.ev
		if e.Source == nil {
			return nil
		}
		// (nor an event inside the clause a verb of saying reports, when
		// the trigger goes on that verb: "said Thai troops had shelled a
		// village, and accused Bangkok")
		if cs == nil {
			cs = r.clauses(r.d.Sentences[si])
		}
		if v, _ := r.coordVerb(m, cs); v >= 0 && cd.head > v {
			return nil
		}
		// (the first event's doer may have taken the story's country:
		// "Un comando rebelde secuestró y asesinó al alcalde de Pasto",
		// COLREB, is still the subject the second verb shares)
		if len(srcActs) > 0 {
			// (or, for an infinitive joined through its governor, from a
			// place in its own mention: "El Tribunal de Apelaciones de
			// Managua ... y mandó confiscar")
			if a := &r.d.Actors[srcActs[0]]; a.Code != e.Source.Code && !(a.Country == "" && e.Source.Code == e.Source.Country+a.Code && (strings.Contains(e.Source.Source, storyLand) || head != m.head && a.Span == e.Source.Span)) {
				return nil
			}
		}
		for _, h := range r.heads {
			// a word of the first event's own pattern ("llamó a consultas
			// a su embajador") is no verb between
			if h > cd.head && h < j && r.d.Tokens[h].Start >= e.Evidence.Trigger.End && r.finiteVerb(h) && !r.nounAfterPrep(h) && !closed(h) {
				return nil // a verb between: not the one conjoined
			}
		}
		// (of a verb told on several parties, the first: "despojarlos a
		// opositores, periodistas y activistas ... y mandó confiscar sus
		// bienes" shares the opponents)
		for i > 0 && r.evs[i-1].sent == si && r.evs[i-1].head == cd.head && !r.evs[i-1].noun && r.evs[i-1].ev.Source != nil && r.evs[i-1].ev.Source.Code == e.Source.Code {
			i--
			cd = r.evs[i]
		}
		return cd
	}
	return nil
}

// physical reports codes of acts done where their target is (a visit, aid
// sent, force used): a city named as their target is where they happened,
// while "exigió a Kiev" names a government, not a place.
func physical(code string) bool {
	return code == "042" || code == "043" || code[:2] == "07" || code[:2] >= "14"
}

// thirdPartyReport reports an event told by a reporter of another
// country or body than its source ("Amnesty ... citing evidence that
// government forces used gunships").
func thirdPartyReport(e *doc.Event) bool {
	for _, rp := range e.ReportedBy {
		if len(rp.Code) >= 3 && len(e.Source.Code) >= 3 && rp.Code[:3] != e.Source.Code[:3] {
			return true
		}
	}
	return false
}

// decided reports a code that a "decision" or "move" can name: a material
// act (cooperation, concessions, sanctions, coercion, force), not words.
func decided(code string) bool {
	// (a verdict, 116, is a decision too: "calificó el juicio de farsa"
	// after "un tribunal lo condenó a 12 años de prisión")
	if strings.HasPrefix(code, "116") {
		return true
	}
	switch code[:2] {
	case "06", "07", "08", "12", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// threatBefore returns the threatening verb that governs the trigger
// ("amenazó con retirarse", "threatened to withdraw"), or -1.
func (r *run) threatBefore(m match, c clause) int {
	for j := m.head - 1; j >= c.start && j >= m.head-3; j-- {
		if !r.word(j) {
			return -1
		}
		if r.isCue(kThreat, j) {
			return j
		}
	}
	return -1
}

// prevented reports an act that a verb of prevention (cue kind quell)
// governs, after "que"/"to" or the word that opens what is kept from
// happening (cue kind preventcomp: "prevented police from breaking up").
func (r *run) prevented(m match, s doc.Sentence) bool {
	return r.governedBy(m, s, kQuell, kAppealComp) || r.governedBy(m, s, kQuell, kPreventComp)
}

// governedBy reports a trigger governed by a verb of the cue kind verb
// (appeal, accusation) earlier in the sentence through a complementiser
// of the kind comp ("pidió a X que ...", "called on X
// to ...", "demanded that ..."), within sixteen words.
func (r *run) governedBy(m match, s doc.Sentence, verb, comp cueKind) bool {
	// a finite verb joined by "y"/"and" is a statement of its own
	// ("acusó a Ucrania de sabotaje y exigió ..."); a Spanish subjunctive
	// that can be nothing else goes on with the act asked for ("pidió que
	// respeten el derecho de reunión y liberen a los detenidos")
	subjOnly := r.d.Lang == "es" && r.hasForm(m.head, morph.Subj) && !r.hasForm(m.head, morph.Past) && !r.hasForm(m.head, morph.Pres) && !r.hasForm(m.head, morph.Fut)
	if r.finiteVerb(m.head) && !subjOnly {
		j := m.head - 1
		for j > s.FirstTok && r.word(j) && r.isCue(kConjSkip, j) && m.head-j < 3 {
			j--
		}
		if j >= s.FirstTok && r.word(j) && r.isCue(kCoord, j) {
			return false
		}
	}
	// an indicative verb after a comma is the main verb of its own clause
	// ("Germany, which Poland accuses of inaction, condemned ...")
	indicative := r.hasForm(m.head, morph.Past) || r.hasForm(m.head, morph.Fut) ||
		r.d.Lang != "en" && r.hasForm(m.head, morph.Pres) && !r.hasForm(m.head, morph.Subj)
	// "señalaron que un grupo de manifestantes lanzó una bomba": a Spanish
	// preterite or imperfect tells what was done; the act one is accused
	// of or asked for is an infinitive, a noun or a subjunctive, so the
	// "de" of "un grupo de" governs nothing here
	if r.d.Lang == "es" && r.hasForm(m.head, morph.Past) && !r.hasForm(m.head, morph.Subj) && !r.hasForm(m.head, morph.Inf) {
		return false
	}
	// ... and so does a passive whose auxiliary right before the
	// participle is one ("exigió la liberación de los mineros que fueron
	// detenidos por la policía": the "que" is a relative, not what opens
	// the act asked for)
	if r.d.Lang == "es" && r.hasForm(m.head, morph.Part) && m.head-1 >= s.FirstTok && r.word(m.head-1) && r.isCue(kPassive, m.head-1) &&
		r.hasForm(m.head-1, morph.Past) && !r.hasForm(m.head-1, morph.Subj) {
		return false
	}
	seen := false
	compAt := -1
	for j := m.head - 1; j >= s.FirstTok && j >= m.head-16; j-- {
		if !r.word(j) {
			if indicative && !seen && r.d.Tokens[j].Text == "," {
				return false
			}
			continue
		}
		// the end of a conjunction ("ya que", "puesto que") opens no
		// complement
		if r.isCue(comp, j) && !r.conjunctionEnd(j) {
			seen, compAt = true, j
			continue
		}
		// "pidió calma y anunció que investigará las denuncias": a
		// complementiser right after a finite verb of another kind opens
		// that verb's clause, not one the appeal further back governs
		if seen && j == compAt-1 && r.d.Lang == "es" && r.finiteVerb(j) && !r.isCue(verb, j) && !r.isCue(kWish, j) && !r.isCue(comp, j) {
			return false
		}
		// "urged members to keep the embargo, citing evidence that forces
		// used gunships", "..., saying that ...": a "that" a word or two
		// after a reporting verb or "citing" opens the clause reported,
		// not one the appeal further back governs
		if seen && r.d.Lang == "en" && j < compAt && compAt-j <= 3 && !r.isCue(verb, j) {
			if r.info[j].fold == "citing" || r.isCue(kReport, j) && r.verbAt(j) {
				return false
			}
		}
		if seen && (r.isCue(verb, j) || verb == kAppeal && r.isCue(kWish, j)) {
			if _, fixed := r.lx.cueAt(r.info, j, s.EndTok, kFixed); fixed {
				continue // "pressure groups": a fixed phrase, no appeal
			}
			// "Acusados por crímenes de guerra en Ruanda abandonan huelga
			// de hambre": a bare Spanish participle (no auxiliary before
			// it) names those accused or asked, as a noun or an adjective;
			// a finite verb after it is their act, not what it governs
			// (a third person: "firmas" is rather a noun; and not a
			// participle after a determiner, "al llamado de", a noun of
			// appeal)
			if r.d.Lang == "es" && r.finiteVerb(m.head) && !r.hasForm(m.head, morph.Subj) && !strings.HasSuffix(r.info[m.head].fold, "s") &&
				r.hasForm(j, morph.Part) && !r.finiteVerb(j) &&
				!(j > s.FirstTok && r.word(j-1) && (r.isCue(kPassive, j-1) || r.isCue(kAux, j-1) || r.isCue(kPerfect, j-1) || r.isCue(kDet, j-1))) {
				return false
			}
			// a Spanish noun of demand ("la exigencia de que ...") governs a
			// subjunctive; an indicative after it is a relative clause
			// telling what was done ("la petición que presentó")
			if r.d.Lang == "es" && !r.verbAt(j) && !r.hasForm(m.head, morph.Subj) {
				return false
			}
			// "Iran asked to resume relations with Egypt": an English
			// appeal with "to" right after it asks for the speaker's own
			// act, a wish (modality reads it as intended)
			if verb == kAppeal && r.isCue(kWish, j) && r.d.Lang == "en" && compAt == j+1 && compAt == m.head-1 {
				return false
			}
			return true
		}
	}
	return false
}

// pluralAct reports an event told by a plural noun of an act in its
// trigger ("lanzó ataques", "ataques aéreos", "carried out air strikes").
func (r *run) pluralAct(e *doc.Event) bool {
	for k := r.d.TokenAt(e.Evidence.Trigger.Start); k < len(r.d.Tokens) && r.d.Tokens[k].Start < e.Evidence.Trigger.End; k++ {
		if !r.word(k) || !r.plural(k) {
			continue
		}
		for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, k, r.d.Sentences[r.d.Tokens[k].Sent].EndTok) {
			if mm.p.Noun {
				return true
			}
		}
	}
	return false
}

// plural reports a word that reads as a plural noun.
func (r *run) plural(j int) bool {
	for _, a := range r.info[j].an {
		if a.Form == morph.Plural {
			return true
		}
	}
	return false
}

// appealInfinitive reports a Spanish infinitive asked for by a verb of
// appeal, with only its addressee and the preposition "a" between them
// ("urgió a los guatemaltecos a manifestarse", "pidió a los conductores
// boicotear", "nos está incitando a salir a la calle"): the act asked for
// is not done. (English reads "urged X to protest" through appealcomp.)
func (r *run) appealInfinitive(m match, s doc.Sentence) bool {
	if r.d.Lang != "es" || !r.hasForm(m.head, morph.Inf) {
		return false
	}
	for j := m.head - 1; j >= s.FirstTok && j >= m.head-12; j-- {
		if !r.word(j) {
			return false
		}
		if r.isCue(kAppeal, j) && r.verbAt(j) && !r.inActor(j) {
			// "Irán pidió este martes reanudar las relaciones": an
			// infinitive right after the verb (times aside) is the
			// speaker's own wish, not asked of another
			if r.isCue(kWish, j) && r.onlyTimeBetween(j, m.head) {
				return false
			}
			// "había llamado a manifestar": a call with no addressee by a
			// verb that also announces (planned) is an organiser's call
			return !(j == m.head-2 && r.isCue(kPlanned, j))
		}
		// the addressees may be names no dictionary holds, joined ("le
		// pidió a Ortega renunciar", "pidió al gobierno y a los maestros"),
		// and the act asked for may follow another infinitive ("les
		// pidió sentarse a dialogar")
		if !r.inActor(j) && !r.timeTok[j] && !r.isCue(kDet, j) && !r.info[j].foldIs(kPersonal) &&
			!(r.d.Tokens[j].Cap && j > s.FirstTok && !r.verbAt(j)) && !r.hasForm(j, morph.Inf) && !r.isCue(kCoord, j) {
			return false
		}
	}
	return false
}

// demandedInfinitive reports a Spanish infinitive after "de" ("para",
// "a") that
// completes a noun of appeal or demand, past the genitive naming who asks
// ("rechazó la exigencia de los mineros de liberar a los detenidos", "una
// petición de los médicos de pagar los salarios y suspender los
// despidos"): the act asked for is not done. A second infinitive joined by
// a coordinator to the first shares it.
func (r *run) demandedInfinitive(m match, s doc.Sentence) bool {
	if r.d.Lang != "es" || !r.hasForm(m.head, morph.Inf) {
		return false
	}
	h := m.head
	// "... de pagar los salarios y suspender": back to the first
	// infinitive, past its object (no verb, no punctuation between)
	if h-1 > s.FirstTok && r.word(h-1) && r.isCue(kCoord, h-1) {
		for j := h - 2; j > s.FirstTok && j >= h-8; j-- {
			if !r.word(j) || r.finiteVerb(j) && !r.info[j].function {
				return false
			}
			if r.hasForm(j, morph.Inf) {
				h = j
				break
			}
		}
	}
	// (after "para" or "a" too: "desechó el pedido para respaldar el
	// paro", "el llamamiento a levantar la huelga")
	j := h - 1
	if j <= s.FirstTok || !r.word(j) || r.info[j].fold != "de" && r.info[j].fold != "para" && r.info[j].fold != "a" {
		return false
	}
	// the appeal noun, past a genitive group ("de los médicos", "del
	// sindicato de maestros")
	for k := j - 1; k >= s.FirstTok && k >= j-7; k-- {
		if !r.word(k) || r.finiteVerb(k) && !r.info[k].function && !r.isCue(kAppeal, k) {
			return false
		}
		// (a participle after a determiner is the noun: "el pedido", "un
		// llamado")
		if r.isCue(kAppeal, k) && (!r.verbAt(k) || r.hasForm(k, morph.Part) && k > s.FirstTok && r.word(k-1) && r.isCue(kDet, k-1)) && !r.inActor(k) {
			return true
		}
		if !r.inActor(k) && !r.isCue(kDet, k) && !r.info[k].foldIs(kGenitive) && r.info[k].function {
			return false
		}
	}
	return false
}

// spelledNounAt reports a noun pattern at i spelt as its noun (see
// nounSpelling), on a word that is no preterite written with its final
// accent ("reclamó" is the verb; "reclama" reads "reclamo" only as an
// adjective's feminine).
func (r *run) spelledNounAt(i int) bool {
	if strings.HasSuffix(r.d.Tokens[i].Lower(), "ó") && r.finiteVerb(i) {
		return false
	}
	if k := i - r.curFirst; k >= 0 && k < len(r.sentMatches) {
		for _, nm := range r.sentMatches[k] {
			if nm.p.Noun && r.nounSpelling(i, nm.p) {
				return true
			}
		}
	}
	return false
}

// protestRelClause reports a clause opened by a relative pronoun right
// after a protest noun ("la marcha que ...", "the march that ...").
func (r *run) protestRelClause(c clause) bool {
	j := c.start
	if j <= r.curFirst || !r.word(j) || !r.isCue(kRelPron, j) {
		return false
	}
	return r.word(j-1) && r.protestNounAt(j-1)
}

// nounSpelling reports a word spelt as one of the trigger's nouns or its
// plural ("protesta", "protestas"; not "reclama" for "reclamo").
func (r *run) nounSpelling(i int, p *pattern) bool {
	f := r.info[i].fold
	for _, alt := range p.Toks[0] {
		if f == alt || f == alt+"s" || f == alt+"es" {
			return true
		}
	}
	return false
}

// appealObject reports a nominal event that is the object of a verb of
// appeal or demand (cue kind appeal) before it, with nothing between
// but determiners, times, actors, the personal "a" and the English "for"
// ("pidió al gobierno el diálogo", "pide diálogo", "called for talks",
// "asked Japan for economic aid").
func (r *run) appealObject(m match, s doc.Sentence) bool {
	for j := m.head - 1; j >= s.FirstTok && j >= m.head-6; j-- {
		if !r.word(j) {
			return false
		}
		if r.isCue(kAppeal, j) && r.verbAt(j) && !r.inActor(j) {
			return true
		}
		// "asked the United States for military aid": an English act
		// asked for may follow its addressee through "for"
		if r.d.Lang == "en" && r.info[j].fold == "for" && !r.inActor(j) {
			continue
		}
		if !r.inActor(j) && !r.timeTok[j] && !r.isCue(kDet, j) && !r.info[j].foldIs(kPersonal) {
			return false
		}
	}
	return false
}

// invitedTo reports an English act named after "to" (past determiners
// and up to three other words: "a separate meeting", "attend talks") whose addressee, an actor,
// stands right before "to" after a verb of appeal (cue kind appeal: "invited
// Li Qiang to a separate meeting", "urged both sides to talks").
func (r *run) invitedTo(m match, s doc.Sentence) bool {
	if r.d.Lang != "en" {
		return false
	}
	j := m.head - 1
	for n := 0; n < 4 && j > s.FirstTok && r.word(j) && (r.isCue(kDet, j) || !r.info[j].function && !r.inActor(j)); n++ {
		j--
	}
	if j <= s.FirstTok || !r.word(j) || r.info[j].fold != "to" {
		return false
	}
	j--
	if !r.inActor(j) {
		return false
	}
	for j > s.FirstTok && r.inActor(j) {
		j--
	}
	// (past determiners and a title the mention left out: "invited
	// Chinese Premier Li Qiang")
	for n := 0; n < 4 && j >= s.FirstTok && r.word(j); n, j = n+1, j-1 {
		if r.isCue(kAppeal, j) && r.verbAt(j) && !r.inActor(j) {
			return true
		}
		if !r.isCue(kDet, j) && !r.d.Tokens[j].Cap {
			return false
		}
	}
	return false
}

// whereAt is the relative adverb of place opening clause c, or -1.
func (r *run) whereAt(c clause) int {
	for k := c.start; k < c.end && k <= c.start+2; k++ {
		if r.word(k) && r.isCue(kWhere, k) {
			return k
		}
	}
	return -1
}

// opensWhere reports a clause opened by a relative adverb of place.
func (r *run) opensWhere(c clause) bool { return r.whereAt(c) >= 0 }

// nounAntecedent reports a threat verb right after the relative pronoun
// opening its clause, after a word that names no actor and is no function
// word, name, verb or time ("un atraso fiscal que amenaza"): a thing, not
// a party, threatens.
//
// So does any verb whose antecedent is a nominal event other than a
// protest ("condenó el atentado que mató a 20 civiles", "the bombing that
// killed"): what that event did is no act of the main clause's subject.
func (r *run) nounAntecedent(m match, c clause) bool {
	j := c.start
	if m.p == nil || j != m.head-1 || !r.word(j) || !r.isCue(kRelPron, j) || j == 0 {
		return false
	}
	b := j - 1
	// (an act of force told in a relative clause on a thing or a place
	// that an act of force names, "un ataque contra una aldea de
	// Paktika, que mató a nueve civiles", was done by that act's doer,
	// not by the main clause's subject)
	if m.p.Code[:2] >= "18" && m.p.Code[:2] <= "20" {
		if b > r.curFirst && r.d.Tokens[b].Text == "," {
			b--
		}
		if r.word(b) && !r.inActor(b) && !r.info[b].function && !r.timeTok[b] && r.forceNounBefore(b) {
			return true
		}
	}
	b = j - 1
	if !r.word(b) || r.inActor(b) || r.info[b].function || r.d.Tokens[b].Cap || r.timeTok[b] {
		return false
	}
	return m.p.Code[:2] == "13" && !r.verbAt(b) || r.eventAntecedent(m, c)
}

// commaNounAntecedent reports a relative pronoun opening the trigger's
// clause right after a comma whose antecedent is a noun that names no
// actor ("con la minera, que en un comunicado negó haber iniciado
// trabajos", "the plant, which in a statement denied"), with only adjuncts
// between the pronoun and the verb (no actor, no other finite verb): the
// relative's subject is that noun, so none is borrowed from the main
// clause.
func (r *run) commaNounAntecedent(m match, c clause) bool {
	j := c.start
	if j < 2 || j >= m.head || !r.word(j) || !r.isCue(kRelPron, j) || r.isCue(kWhoPron, j) || r.d.Tokens[j-1].Text != "," {
		return false
	}
	b := j - 2
	if !r.word(b) || b < r.curFirst || r.inActor(b) || r.info[b].function || r.d.Tokens[b].Cap || r.timeTok[b] || r.finiteVerb(b) {
		return false
	}
	// (a noun right after its article, itself no genitive complement: "con
	// la minera", not "los dirigentes del Frente de Defensa del lugar" nor
	// "la mitad de ellos de nacionalidad chilena")
	if b-1 < r.curFirst || !r.word(b-1) || !r.isCue(kDet, b-1) || r.info[b-1].foldIs(kGenitive) || b-2 >= r.curFirst && r.word(b-2) && r.info[b-2].foldIs(kGenitive) {
		return false
	}
	for t := j + 1; t < m.head; t++ {
		if r.inActor(t) || r.finiteVerb(t) && !r.isCue(kAux, t) && !r.isCue(kPerfect, t) && !r.isCue(kPassive, t) {
			return false
		}
	}
	return true
}

// forceNounBefore reports a nominal act of force (roots 18 to 20) that
// starts among the sixteen words up to b, in its sentence ("un ataque con
// drones contra una aldea de Paktika").
func (r *run) forceNounBefore(b int) bool {
	for k := b; k >= r.curFirst && k > b-16; k-- {
		if i := k - r.curFirst; i < len(r.sentMatches) {
			for _, nm := range r.sentMatches[i] {
				if nm.p.Noun && nm.p.Code[:2] >= "18" && nm.p.Code[:2] <= "20" {
					return true
				}
			}
		}
	}
	return false
}

// eventAntecedent reports a verb right after the relative pronoun opening
// its clause whose antecedent ends a nominal event other than a protest
// ("el ciberataque que paralizó", "the attack that wounded").
func (r *run) eventAntecedent(m match, c clause) bool {
	j := c.start
	if j != m.head-1 || j < 1 || !r.word(j) || !r.isCue(kRelPron, j) {
		return false
	}
	b := j - 1
	for k := b; k >= r.curFirst && k >= b-3; k-- {
		if i := k - r.curFirst; i < len(r.sentMatches) {
			for _, nm := range r.sentMatches[i] {
				if nm.p.Noun && nm.toks[len(nm.toks)-1] == b && !tellsProtest(nm.p.Code) && nm.p.Code[:2] != "14" {
					return true
				}
			}
		}
	}
	return false
}

// countedSubjectBefore reports a counted noun naming no actor right before
// the verb at h in its clause, past one more plain word ("reporteros
// locales"): after a quantity and "de"/"of" ("Decenas de blogueros
// marcharon", "Dozens of bloggers marched") or a number ("200 blogueros
// marcharon"). The clause names its subject, though the dictionaries do not
// know it: none is borrowed from an earlier clause or sentence.
func (r *run) countedSubjectBefore(h int, c clause) bool {
	plain := func(t int) bool {
		return t > c.start && t < len(r.d.Tokens) && r.word(t) && !r.inActor(t) && !r.info[t].function && !r.d.Tokens[t].Cap && !r.timeTok[t]
	}
	n := h - 1
	if !plain(n) {
		return false
	}
	if plain(n-1) && !r.info[n-1].foldIs(kPrep) && !(n-1 < len(r.qtyTok) && r.qtyTok[n-1]) {
		n-- // "Decenas de reporteros locales"
	}
	if q := n - 1; q >= c.start && (r.d.Tokens[q].Kind == doc.Number || r.word(q) && r.lx.numbers[r.info[q].fold]) {
		return true // "200 blogueros", "two hundred bloggers"
	}
	return r.afterQuantity(n)
}

// unknownSubjectOpens reports whether clause c opens with an explicit
// subject that names no actor, right before its first verb ("Decenas de
// blogueros marcharon", "Dozens of bloggers marched"): the subject a
// later verb joined to it shares.
func (r *run) unknownSubjectOpens(c clause) bool {
	for t := c.start + 1; t < c.end && t <= c.start+6; t++ {
		if r.inActor(t) {
			return false
		}
		for _, a := range r.info[t].an {
			if a.Verb && !r.d.Tokens[t].Cap {
				return r.countedSubjectBefore(t, c)
			}
		}
	}
	return false
}

// headNounAntecedent returns, for a Spanish sentence opened by "los" or
// "las" and a lower-case noun that names no actor and is no verb, right
// before the verb at m.head (an auxiliary between), the group of the
// latest generic agent mention of the five sentences before whose words
// hold that noun ("Los productores" after "Miles de productores rurales
// paraguayos"); else nil. opens reports such a sentence opening.
func (r *run) headNounAntecedent(m match, c clause) (g *group, opens bool) {
	if r.d.Lang != "es" || m.p == nil || m.p.Noun {
		return nil, false
	}
	si := r.d.Tokens[m.head].Sent
	s := r.d.Sentences[si]
	d0, n := s.FirstTok, s.FirstTok+1
	if c.start != d0 || n+1 > m.head || m.head > n+2 || !r.word(d0) || !r.word(n) {
		return nil, false
	}
	if f := r.info[d0].fold; f != "los" && f != "las" {
		return nil, false
	}
	if r.inActor(n) || r.info[n].function || r.d.Tokens[n].Cap || !strings.HasSuffix(r.info[n].fold, "s") {
		return nil, false
	}
	for _, a := range r.info[n].an {
		if a.Verb {
			return nil, false
		}
	}
	for t := n + 1; t < m.head; t++ {
		if !r.word(t) || !r.hasVerb(t) {
			return nil, false
		}
	}
	lo := r.d.Tokens[r.d.Sentences[max(0, si-5)].FirstTok].Start
	best := -1
	for i := range r.d.Actors {
		a := &r.d.Actors[i]
		if a.Kind != "agent" || a.Start < lo || a.End > r.d.Tokens[d0].Start || a.Code == "" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(r.d.RawText(a.Span)), func(c rune) bool { return !unicode.IsLetter(c) }) {
			if morph.Fold(w) == r.info[n].fold {
				best = i
				break
			}
		}
	}
	if best < 0 {
		return nil, true
	}
	return &group{acts: []int{best}, start: d0, end: n + 1}, true
}

// nounSubjectBefore reports a determiner and a common noun, naming no
// actor, right before the verb at h in its clause.
func (r *run) nounSubjectBefore(h int, c clause) bool {
	n := h - 1
	if n-1 < c.start || !r.word(n) || !r.word(n-1) || r.inActor(n) || r.info[n].function || r.d.Tokens[n].Cap {
		return false
	}
	if !r.isCue(kDet, n-1) || r.info[n-1].foldIs(kPersonal) {
		return false
	}
	// "protestas, durante las cuales golpearon a un policía": a relative
	// pronoun after its article, governed by a preposition, is no subject
	// (the verb's is the main clause's)
	if r.isCue(kRelPron, n) && n-2 >= r.curFirst && r.word(n-2) && (r.info[n-2].foldIs(kPrep) || r.isCue(kFrame, n-2)) {
		return false
	}
	for _, a := range r.info[n].an {
		if a.Verb {
			return false
		}
	}
	for _, t := range r.d.Times {
		if t.Start <= r.d.Tokens[n].Start && r.d.Tokens[n].End <= t.End {
			return false
		}
	}
	return true
}

// relObjectPronoun reports a verb of option relobj told with the pattern's
// next word right after it (no object between: "que calificó de farsa") and
// a relative pronoun opening its clause right before it, past clitics and a
// negation: the pronoun is the verb's object.
func (r *run) relObjectPronoun(m match, c clause) bool {
	if m.p == nil || !m.p.RelObj || len(m.toks) < 2 || m.toks[1] != m.head+1 {
		return false
	}
	j := m.head - 1
	for j > c.start && r.word(j) && (r.isCue(kReflexive, j) || r.isCue(kNegation, j) || r.isCue(kConjSkip, j)) {
		j--
	}
	return j == c.start && j > 0 && r.word(j) && r.isCue(kRelPron, j) && r.isCue(kClause, j)
}

// antecedentGroup returns the actor group that ends right before the
// relative pronoun at j, past a comma, a preposition or an article
// ("la propuesta del Gobierno, que"), or nil; skip is never returned.
func (r *run) antecedentGroup(j int, gs []*group, skip *group) *group {
	for _, g := range gs {
		if g != skip && g.end <= j && j-g.end <= 3 {
			ok := true
			for t := g.end; t < j; t++ {
				if r.word(t) && !r.info[t].foldIs(kPrep) && !r.isCue(kDet, t) {
					ok = false
				}
			}
			if ok {
				return g
			}
		}
	}
	return nil
}

// nounOpensSentence reports a sentence that opens, before token lim, on a
// determiner and words that name no actor, then a finite verb ("A fourth
// rocket hit ...", "La explosión destruyó ..."): its subject is a thing.
func (r *run) nounOpensSentence(lim int) bool {
	j := r.curFirst
	if j >= lim || !r.word(j) || !r.isCue(kDet, j) || r.info[j].foldIs(kPersonal) || r.inActor(j) {
		return false
	}
	for k := j + 1; k < lim && k <= j+5; k++ {
		if !r.word(k) || r.inActor(k) || r.timeTok[k] || r.info[k].foldIs(kPrep) || r.isCue(kClause, k) {
			return false
		}
		if k > j+1 && r.finiteVerb(k) {
			return true
		}
	}
	return false
}

// nounBeforeApposition reports a verb at h right after a comma that closes
// an apposition opened by a comma right after a sentence-opening noun
// phrase that names no actor and holds a nominal measure of roots 16 or 17
// (a determiner and at most three words: "The sanctions, announced by the
// commerce ministry, freeze ..."), the apposition opening on a participle
// or a relative pronoun, with no finite verb in it.
func (r *run) nounBeforeApposition(h int) bool {
	j := r.curFirst
	if h-1 <= j || r.d.Tokens[h-1].Text != "," || !r.word(j) || !r.isCue(kDet, j) || r.info[j].foldIs(kPersonal) || r.inActor(j) {
		return false
	}
	k := j + 1
	for ; k < h && k <= j+3 && r.word(k); k++ {
		if r.inActor(k) || r.timeTok[k] || r.info[k].foldIs(kPrep) || r.finiteVerb(k) && !r.hasForm(k, morph.Part) && !r.hasForm(k, morph.Past) {
			return false
		}
	}
	if k == j+1 || k >= h-1 || r.d.Tokens[k].Text != "," {
		return false
	}
	// (the noun a measure: sanctions, a ban, restrictions, whose content
	// the verb restates; the missiles or strikes of a side act for it)
	measure := false
	for t := j + 1; t < k; t++ {
		if i := t - r.curFirst; i < len(r.sentMatches) {
			for _, nm := range r.sentMatches[i] {
				if nm.p.Noun && (nm.p.Code[:2] == "16" || nm.p.Code[:2] == "17") {
					measure = true
				}
			}
		}
	}
	if !measure {
		return false
	}
	// (an apposition that opens on a participle or a relative pronoun,
	// not one that names the noun: "El canciller venezolano, Yván Gil,
	// recibió")
	if a := k + 1; !r.word(a) || r.inActor(a) || !(r.hasForm(a, morph.Part) || r.hasForm(a, morph.Past) || r.isCue(kRelPron, a)) {
		return false
	}
	for t := k + 1; t < h-1; t++ {
		if r.d.Tokens[t].Text == "," || r.word(t) && r.finiteVerb(t) && !r.hasForm(t, morph.Part) && !r.hasForm(t, morph.Past) {
			return false
		}
	}
	return true
}

// relativeAntecedent is the object of a verb in a relative clause whose
// pronoun is that object ("Ruanda, a la que Kinshasa acusa de ...",
// "Rwanda, which Kinshasa accuses of ..."): the group just before the
// pronoun, when the clause has its own subject before the verb.
func (r *run) relativeAntecedent(m match, c clause, gs []*group, src *group) *group {
	if src == nil || src.start < c.start || src.end > m.head {
		return nil
	}
	j := c.start
	for j < src.start && r.word(j) && !r.isCue(kRelPron, j) {
		j++
	}
	if j >= src.start || !r.isCue(kRelPron, j) {
		return nil
	}
	// the antecedent ends just before the pronoun (a comma, a preposition
	// or an article may stand between)
	a := r.antecedentGroup(j, gs, src)
	if a != nil && r.tellAddressee(a, r.sentStart()) {
		return nil
	}
	return a
}

// tellAddressee reports a group that is the addressee of a verb of saying
// right before it, past a preposition and determiners (cue kind tell:
// "told the Security Council that Ukraine shelled Belgorod", "dijo al
// Consejo de Seguridad que", "informó a la ONU de que"): the pronoun
// after it opens the clause told, no relative clause of the addressee,
// whose subject's act is not aimed at the addressee.
func (r *run) tellAddressee(g *group, lo int) bool {
	return r.tellVerb(g, lo) >= 0
}

// tellVerb is the verb of saying whose addressee g is (tellAddressee), or
// -1.
func (r *run) tellVerb(g *group, lo int) int {
	k := g.start - 1
	for n := 0; n < 3 && k >= lo && r.word(k) && !r.isCue(kTell, k) && (r.info[k].foldIs(kPrep) || r.isCue(kDet, k)); n++ {
		k--
	}
	if k >= lo && r.word(k) && r.isCue(kTell, k) && r.verbAt(k) {
		return k
	}
	return -1
}

// toldPronoun is the verb of saying before an English subject pronoun
// that opens the clause told after its addressee ("assured China that it
// would not attack Kazakhstan", "warned Kyiv that it would respond"), or
// -1: the pronoun is the speaker, not the addressee named last.
func (r *run) toldPronoun(m match, c clause, gs []*group) int {
	if r.d.Lang != "en" {
		return -1
	}
	j := m.head - 1
	for j >= c.start-3 && j >= 0 && r.word(j) && r.isCue(kAux, j) {
		j--
	}
	if j < 1 || !r.word(j) || !r.isCue(kSubjPron, j) || !r.word(j-1) || !r.info[j-1].foldIs(kCompl) {
		return -1
	}
	for _, g := range gs {
		if g.end == j-1 {
			return r.tellVerb(g, r.sentStart())
		}
	}
	return -1
}

// finerAfter returns a place of country's first level or below named
// within eight tokens after a country-level place, in its own country and
// sentence ("del sur del Líbano, cerca de la ciudad de Nabatieh"), with no
// event trigger between; nil if none.
func (r *run) finerAfter(best *doc.Place, pr [2]*doc.Actor) *doc.Place {
	bt := r.d.TokenAt(best.End - 1)
	if bt >= len(r.d.Tokens) {
		return nil
	}
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Start < best.End || pl.Adm1 == "" || pl.Country != best.Country {
			continue
		}
		ti := r.d.TokenAt(pl.Start)
		if ti >= len(r.d.Tokens) || ti-bt > 8 || r.d.Tokens[ti].Sent != r.d.Tokens[bt].Sent || r.triggerBetween(bt, ti) {
			break
		}
		if partyAt(pl, pr) {
			return nil
		}
		return pl
	}
	return nil
}

// bodyAtDateline reports whether a verbal act (roots 01-13) is told of an
// international organisation, which has no country of its own, in an
// article under a dateline ("THE HAGUE — The International Court of
// Justice ... the judges rejected", "GENEVA — The U.N. human rights office
// urged"): the body speaks where the story is filed.
func (r *run) bodyAtDateline(src *doc.Actor, code string) bool {
	return src != nil && src.Kind == actors.KindOrg && src.Country == "" && src.Code != "" && code[:2] <= "13"
}

// datelineParty reports whether a talk or act of cooperation (roots 01-08)
// is told in a sentence that names, outside its reporting phrases, an
// actor of the dateline's country ("DOHA — ... declared a ceasefire after
// talks mediated by Qatar"): the event took place there.
func (r *run) datelineParty(code string, s doc.Sentence, reps []doc.Reporter) bool {
	if code[:2] > "08" {
		return false
	}
	for i := range r.d.Actors {
		a := &r.d.Actors[i]
		if a.Start < s.Start || a.End > s.End || !sameCountry(a, r.dateline) {
			continue
		}
		rep := false
		for _, rp := range reps {
			if rp.Span.Overlaps(a.Span) {
				rep = true
			}
		}
		if !rep {
			return true
		}
	}
	return false
}

// organizer returns who organised, called or led a protest named by a
// noun: the agent after a participle of such a verb right after it ("la
// marcha, organizada por la central obrera", "la huelga convocada por los
// sindicatos", "the rally, organised by the union") or the group a protest
// is held by ("los médicos, en huelga desde marzo"); nil if none.
func (r *run) organizer(m match, gs []*group, s doc.Sentence) *group {
	if h := m.head; h >= 2 && (r.info[h-1].fold == "en" || r.info[h-1].fold == "on") {
		e := h - 1
		if r.d.Tokens[e-1].Kind == doc.Punct && r.d.Tokens[e-1].Text == "," {
			e--
		}
		for _, g := range gs {
			if g.end == e && !g.reporter {
				return g
			}
		}
	}
	if g := r.relOrganizer(m, gs, s); g != nil {
		return g
	}
	if g := r.joinedBy(m, gs, s); g != nil {
		return g
	}
	for j := m.end; j < s.EndTok && j < m.end+5; j++ {
		// "una marcha contra la reforma impulsada por el gobierno": a
		// participle after what the protest is against qualifies that
		if r.word(j) && r.forAgainst(j) {
			return nil
		}
		if !r.isCue(kOrganizer, j) || !(r.hasForm(j, morph.Part) || r.d.Lang == "en" && r.hasForm(j, morph.Past)) {
			continue
		}
		for _, g := range gs {
			if g.start <= j+1 || g.start > j+7 || g.reporter {
				continue
			}
			if p := r.governor(g.start, j+1); p != "" && r.lx.is(kAgent, p) && !r.triggerBetween(j+1, g.start) {
				return g
			}
			break
		}
		return nil
	}
	return nil
}

// relOrganizer returns the subject of a relative clause on a protest noun
// whose verb organises or holds it, before the verb or right after it ("la
// huelga que realizan los sindicatos", "la marcha, que los maestros
// convocaron"); nil if the clause is no such one or its subject is not an
// actor. A group after a preposition is no subject ("que convocó a miles").
func (r *run) relOrganizer(m match, gs []*group, s doc.Sentence) *group {
	j := m.end
	if j < s.EndTok && r.d.Tokens[j].Kind == doc.Punct && r.d.Tokens[j].Text == "," {
		j++
	}
	if r.d.Lang != "es" || j >= s.EndTok || !r.word(j) || !r.isCue(kRelPron, j) || !r.info[j].foldIs(kCompl) {
		return nil
	}
	for v := j + 1; v < s.EndTok && v <= j+6 && r.word(v); v++ {
		if !r.isCue(kOrganizer, v) || !r.finiteVerb(v) {
			continue
		}
		for _, g := range gs {
			if g.reporter {
				continue
			}
			if g.start > j && g.end <= v {
				return g
			}
			if g.start > v && g.start <= v+3 && r.governor(g.start, v+1) == "" && !r.triggerBetween(v+1, g.start) {
				return g
			}
		}
		return nil
	}
	return nil
}

// objectOfVerb reports whether group g follows a finite verb of its
// clause directly (past determiners): it is that verb's object ("quemaron
// patrullas policiales en protesta"), not a subject.
func (r *run) objectOfVerb(g *group, c clause) bool {
	j := g.start - 1
	for j >= c.start && r.word(j) && r.isCue(kDet, j) {
		j--
	}
	return j >= c.start && r.word(j) && !r.isCue(kDet, j) && !r.info[j].foldIs(kPrep) && r.finiteVerb(j)
}

// closedRel reports a relative clause closed by a comma before the clause
// after it ("Rwanda, which Kinshasa accuses of backing the rebels,
// welcomed ..."), not one a parenthesis interrupts.
func (r *run) closedRel(cs []clause, j int) bool {
	if j+1 >= len(cs) || !r.relClause(cs[j]) && !r.possRelClause(cs[j]) {
		return false
	}
	t := r.d.Tokens[cs[j+1].start].Text
	return t == "," || t == ";"
}

// ceasedBy reports a trigger right after a word of the cue kind cease,
// an article or possessive between at most ("halt fighting", "end the
// violence").
func (r *run) ceasedBy(m match, s doc.Sentence) bool {
	j := m.head - 1
	for n := 0; n < 2 && j > s.FirstTok && r.word(j) && r.isCue(kDet, j); n++ {
		j--
	}
	// "el cese de los combates", "an end to the shelling", "a pause in
	// the bombing": a noun of ending or pausing and its preposition before
	// an act of force
	if forceful(m.p.Code) && j > s.FirstTok && r.word(j) && (r.info[j].foldIs(kGenitive) || r.info[j].fold == "to" || r.d.Lang == "en" && r.info[j].fold == "in") && r.word(j-1) && r.isCue(kCease, j-1) && !r.isCue(kDet, j-1) {
		j--
	}
	// (the Spanish cues end acts of force only: "detuvieron la marcha",
	// "el fin de la huelga" still tell the protest)
	if r.d.Lang == "es" && !forceful(m.p.Code) {
		return false
	}
	return j >= s.FirstTok && j < m.head && r.word(j) && r.isCue(kCease, j) && !r.inActor(j)
}

// gerundOpens reports a clause opened by a comma and a gerund (", promising
// to ...", ", killing three people").
func (r *run) gerundOpens(c clause) bool {
	j := c.start
	if j >= c.end || r.d.Tokens[j].Text != "," {
		return false
	}
	j++
	return j < c.end && r.word(j) && r.hasForm(j, morph.Ger)
}

// remarkOpens reports a clause opened by a comma and the gerund of a
// verb of saying (cue kind report: ", saying", ", adding", ", insisting").
func (r *run) remarkOpens(c clause) bool {
	if !r.gerundOpens(c) {
		return false
	}
	for _, a := range r.info[c.start+1].an {
		if a.Form == morph.Ger && r.lx.is(kReport, a.Lemma) {
			return true
		}
	}
	return false
}

// eventBefore reports an event of sentence si whose trigger comes before
// token h and whose code satisfies is (forceful: roots 17 to 20; coercive:
// roots 16 or 17).
func (r *run) eventBefore(si, h int, is func(code string) bool) bool {
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent < si {
			break
		}
		if cd.sent == si && cd.head < h && is(cd.ev.Cameo) {
			return true
		}
	}
	return false
}

// coercive reports a code of roots 16 or 17.
func coercive(code string) bool { return code[:2] == "16" || code[:2] == "17" }

// servedVerb returns the finite verb that a preposition of purpose at p
// follows in its sentence, with no clause word or other verb between
// ("convocó al embajador para"); -1 if none.
func (r *run) servedVerb(p int, s doc.Sentence) int {
	for v := p - 1; v >= s.FirstTok && v >= p-12; v-- {
		if !r.word(v) {
			if r.d.Tokens[v].Text == "," {
				return -1
			}
			continue
		}
		if r.finiteVerb(v) && !r.inActor(v) {
			return v
		}
		if r.isCue(kClause, v) || r.hasForm(v, morph.Inf) || r.hasForm(v, morph.Ger) {
			return -1
		}
	}
	return -1
}

// peopleAct reports codes of acts done to people that an object clitic
// of persons may name the patient of: coercion, force, expulsion and
// release.
func peopleAct(code string) bool {
	return code[:2] >= "16" && code[:2] <= "20" || strings.HasPrefix(code, "0841") || code == "116"
}

// personalGroupBefore is the last group of sentence s before the trigger
// that the personal "a" introduces (and not src's), or nil.
func (r *run) personalGroupBefore(m match, s doc.Sentence, gs []*group, src *group) *group {
	var out *group
	for _, g := range gs {
		if g == src || g.reporter || g.start < s.FirstTok || g.end > m.head {
			continue
		}
		// (a count in digits between: "a 27 opositores")
		at := g.start
		if at-1 > s.FirstTok && r.d.Tokens[at-1].Kind == doc.Number {
			at--
		}
		gov := r.prepBefore(at, s.FirstTok)
		if r.word(g.start) && r.info[g.start].foldIs(kPersonal) {
			gov = r.info[g.start].fold
		}
		if gov != "" && r.lx.is(kPersonal, gov) {
			out = g
		}
	}
	if out != nil && src != nil && len(out.acts) > 0 && len(src.acts) > 0 && r.d.Actors[out.acts[0]].Code == r.d.Actors[src.acts[0]].Code {
		return nil
	}
	return out
}

// infGovernor returns the finite verb that governs the Spanish infinitive
// at h from right before it ("ordenó despojarlos", "decidió liberarlos";
// past "a" or "de": "comenzó a golpearlos", "trató de detenerlos"), or -1.
func (r *run) infGovernor(h int) int {
	if r.d.Lang != "es" || h < 1 || !r.word(h) || !r.hasForm(h, morph.Inf) || r.finiteVerb(h) {
		return -1
	}
	j := h - 1
	if j > 0 && r.word(j) && (r.info[j].fold == "a" || r.info[j].fold == "de") {
		j--
	}
	if j < 0 || !r.word(j) || r.inActor(j) || !r.finiteVerb(j) || r.d.Tokens[j].Sent != r.d.Tokens[h].Sent {
		return -1
	}
	return j
}

// encliticObject reports a Spanish infinitive that carries an object
// clitic of persons joined to it ("matarlo", "ejecutarlos", "liberarla").
func (r *run) encliticObject(h int) bool {
	f := r.info[h].fold
	for _, c := range []string{"los", "las", "lo", "la"} {
		if !strings.HasSuffix(f, c) {
			continue
		}
		stem := f[:len(f)-len(c)]
		for _, a := range r.info[h].an {
			if a.Verb && a.Form == morph.Inf && a.Lemma == stem {
				return true
			}
		}
	}
	return false
}

// encliticDative reports a Spanish infinitive that carries a dative
// clitic (cue kind dative) joined to it ("exigirle", "pedirles").
func (r *run) encliticDative(h int) bool {
	f := r.info[h].fold
	for _, ws := range r.lx.cues["dative"] {
		if len(ws) != 1 || !strings.HasSuffix(f, ws[0]) {
			continue
		}
		stem := f[:len(f)-len(ws[0])]
		for _, a := range r.info[h].an {
			if a.Verb && a.Form == morph.Inf && a.Lemma == stem {
				return true
			}
		}
	}
	return false
}

// gerundAfterComma reports a gerund at h in a stretch that a comma and a
// gerund open, with no finite verb or clause word between ("...,
// freezing their assets and banning them").
func (r *run) gerundAfterComma(h int, s doc.Sentence) bool {
	if !r.hasForm(h, morph.Ger) {
		return false
	}
	for j := h; j > s.FirstTok; j-- {
		if r.d.Tokens[j-1].Text == "," {
			return r.word(j) && r.hasForm(j, morph.Ger)
		}
		if !r.word(j - 1) {
			return false
		}
		if r.isCue(kClause, j-1) || r.finiteVerb(j-1) && !r.hasForm(j-1, morph.Ger) {
			return false
		}
	}
	return false
}

// framedByToldForce reports a frame in sentence s (cue kind frame and a
// definite determiner: "durante el desalojo") whose noun starts a
// nominal act of force (roots 17 to 20) of a root that an event told
// before it in the article, with a source, has.
func (r *run) framedByToldForce(si int, s doc.Sentence) bool {
	for j := s.FirstTok; j < s.EndTok-2; j++ {
		if !r.word(j) || !r.isCue(kFrame, j) {
			continue
		}
		n := j + 1
		if !r.word(n) || !r.isCue(kDet, n) || r.isCue(kIndef, n) {
			continue
		}
		n++
		k := n - r.curFirst
		if k < 0 || k >= len(r.sentMatches) {
			continue
		}
		for _, nm := range r.sentMatches[k] {
			if !nm.p.Noun || !forceful(nm.p.Code) {
				continue
			}
			for i := len(r.evs) - 1; i >= 0; i-- {
				cd := r.evs[i]
				if cd.sent > si || cd.sent == si && cd.head >= j || cd.sent < si-3 {
					continue
				}
				if cd.ev.Source != nil && cd.ev.Cameo[:2] == nm.p.Code[:2] {
					return true
				}
			}
		}
	}
	return false
}

// casualtyWord reports a word that a verb pattern of the toll option
// starts at ("kill", "herir"): it tells a casualty.
func (r *run) casualtyWord(h int) bool {
	if k := h - r.curFirst; k >= 0 && k < len(r.sentMatches) {
		for _, nm := range r.sentMatches[k] {
			if !nm.p.Noun && nm.p.Toll {
				return true
			}
		}
	}
	return false
}

// adverbialClause reports a clause opened by a subordinating word that is
// neither a relative pronoun nor a coordinator ("after talks mediated by
// Qatar", "because police fired"): its subject stays inside it.
func (r *run) adverbialClause(c clause) bool {
	j := c.start
	if j < c.end && !r.word(j) {
		j++
	}
	return j < c.end && r.word(j) && r.isCue(kClause, j) && !r.isCue(kRelPron, j) && !r.info[j].foldIs(kCoord)
}

// conditionSubject reports a group after a condition cue of its clause
// with a word between it and the trigger at h that is no function word,
// negation or clitic: the condition's own verb ("si el gobierno no los
// escucha radicalizarán").
func (r *run) conditionSubject(g *group, c clause, h int) bool {
	cond := false
	for k := c.start; k < g.start; k++ {
		if r.word(k) && r.isCue(kCondition, k) {
			cond = true
		}
	}
	if !cond {
		return false
	}
	for k := g.end; k < h; k++ {
		if r.word(k) && !r.info[k].function && !r.isCue(kNegation, k) && !r.isCue(kReflexive, k) && !r.isCue(kAux, k) {
			return true
		}
	}
	return false
}

// conditionClause reports a clause opened by a condition ("si el
// gobierno no escucha", "unless the bill is withdrawn"), also right after
// a complementiser ("dijeron que si el gobierno ...", "said that if").
func (r *run) conditionClause(c clause) bool {
	j := c.start
	if j < c.end && !r.word(j) {
		j++
	}
	if j+1 < c.end && r.word(j) && r.info[j].foldIs(kClause) && r.isCue(kRelPron, j) && r.word(j+1) && r.isCue(kCondition, j+1) {
		j++
	}
	return j < c.end && r.word(j) && r.isCue(kCondition, j)
}

// mainVerbTrigger reports a verb trigger that may head the clause after
// a condition: a finite verb, or an English verb right after a modal of
// intent or supposition ("if the government refuses they will march").
func (r *run) mainVerbTrigger(m match) bool {
	if r.finiteTrigger(m) {
		return true
	}
	h := m.head
	return r.d.Lang == "en" && (m.p == nil || !m.p.Noun) && h > 0 && r.word(h-1) && (r.isCue(kIntended, h-1) || r.isCue(kHypothetical, h-1))
}

// relClause reports a clause opened by a relative pronoun after a comma or
// right after an actor ("Rwanda, which Kinshasa accuses of ...",
// "Alemania, a la que Polonia acusa de ..."): its subject is its own, not
// the subject of the clauses after it.
func (r *run) relClause(c clause) bool {
	j := c.start
	if j < c.end && !r.word(j) {
		j++
	}
	for n := 0; j < c.end && n < 3 && r.word(j); n, j = n+1, j+1 {
		if r.isCue(kRelPron, j) {
			// what stands before the pronoun and its preposition and
			// article: a comma or an actor
			b := j - 1
			for b >= 0 && b >= j-3 && r.word(b) && (r.info[b].foldIs(kPrep) || r.isCue(kDet, b)) && !r.inActor(b) {
				b--
			}
			return b >= 0 && (r.d.Tokens[b].Text == "," || r.inActor(b))
		}
		if !r.info[j].foldIs(kPrep) && !r.isCue(kDet, j) {
			return false
		}
	}
	return false
}

// possRelClause reports a clause opened, past a comma, by a possessive
// relative (cue kind possrel: "cuyos", "whose"): "Brasil, cuyos soldados
// entrenaron a ..., criticó", "Russia, whose instructors have trained
// ..., defended": its subject is its own, none of the main verb's.
func (r *run) possRelClause(c clause) bool {
	j := c.start
	if j < c.end && r.d.Tokens[j].Text == "," {
		j++
	}
	return j < c.end && j > 0 && r.word(j) && r.isCue(kPossRel, j) && r.d.Tokens[j-1].Text == ","
}

// commaBetween reports a comma among the tokens [a, b) (a possessive
// relative closed by one, past a clause of time: "Russia, whose instructors
// have trained units since 2024, told ...").
func (r *run) commaBetween(a, b int) bool {
	for j := a; j < b && j < len(r.d.Tokens); j++ {
		if r.d.Tokens[j].Text == "," {
			return true
		}
	}
	return false
}

// continues reports a clause with no subject position of its own: its
// first word is a coordinating conjunction, a passive auxiliary, a
// participle or a relative pronoun right after an actor ("..., and was
// released", ", fue detenido por ...", "funcionarios que fueron tomados").
func (r *run) continues(c clause) bool {
	for j := c.start; j < c.end; j++ {
		if !r.word(j) {
			continue
		}
		return r.isCue(kCoord, j) || r.isCue(kPassive, j) || r.hasForm(j, morph.Part) ||
			r.isCue(kRelPron, j) && j > 0 && r.inActor(j-1) || // "funcionarios que fueron tomados"
			// "intentaron marchar pero fueron dispersados", "huyeron cuando
			// fueron atacados": a conjunction right before the passive
			// auxiliary leaves the clause no subject of its own
			r.isCue(kClause, j) && !r.isCue(kRelPron, j) && j+1 < c.end && r.word(j+1) && r.isCue(kPassive, j+1)
	}
	return false
}

// nounAfterPrep reports an English word read as a noun: a determiner or
// preposition one or two words before it ("an increase in fuel taxes and
// lifted ...": "taxes" is no verb between the two).
func (r *run) nounAfterPrep(h int) bool {
	if r.d.Lang != "en" {
		return false
	}
	if h > 0 && r.word(h-1) && r.inActor(h-1) && r.hasForm(h, morph.Past) && !r.hasForm(h, morph.Pres) {
		// (a past verb right after an actor named with its determiner is
		// that actor's verb: "The rebels contacted the company", "the
		// conventions that Argentina ratified")
		return false
	}
	if h > 0 && r.word(h-1) && r.hasForm(h, morph.Past) && !r.hasForm(h, morph.Pres) && r.actorBeforePlace(h-1) {
		// (... and so is one right after the place that follows that
		// actor: "Kidnappers in Lagos contacted the company")
		return false
	}
	for b := h - 1; b >= h-2 && r.word(b); b-- {
		if r.isCue(kDet, b) || r.info[b].foldIs(kPrep) {
			return true
		}
	}
	return false
}

// actorBeforePlace reports a place mention ending at token k that a
// preposition joins to the actor right before it ("Kidnappers in Lagos").
func (r *run) actorBeforePlace(k int) bool {
	if k < 0 || !r.d.Tokens[k].Cap || !r.inPlace(k) || r.inActor(k) {
		return false
	}
	p := k
	for p > 0 && p > k-4 && r.word(p-1) && r.d.Tokens[p-1].Cap && r.inPlace(p-1) {
		p--
	}
	return p >= 2 && r.word(p-1) && r.info[p-1].foldIs(kPrep) && r.word(p-2) && r.inActor(p-2)
}

// nounAfterDet reports a noun phrase over [lo, hi]: a preposition, then
// determiners, then the words up to hi ("during the rallies").
func (r *run) nounAfterDet(lo, hi int) bool {
	if !r.word(lo) || !r.info[lo].foldIs(kPrep) && !r.isCue(kFrame, lo) {
		return false
	}
	j := lo + 1
	for j < hi && r.word(j) && r.isCue(kDet, j) {
		j++
	}
	return j > lo+1 && j >= hi-1
}

// reportedGap reports, among the tokens [lo, hi), a word that opens a
// reported clause: a clause word, a subject pronoun or a finite verb.
func (r *run) reportedGap(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if r.word(j) && (r.info[j].foldIs(kClause) || r.isCue(kSubjPron, j)) {
			return true
		}
	}
	return r.finiteBetween(lo, hi)
}

// finiteBetween reports a finite verb among the tokens [lo, hi).
func (r *run) finiteBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if r.word(j) && !r.info[j].function && !r.inActor(j) && r.finiteVerb(j) {
			return true
		}
	}
	return false
}

// speakerAgent is the agent of an agentless passive of aid, concession or
// coercion told in what an authority announced ("the government announced
// that 112 detainees would be released", "la policía informó que dos
// manifestantes fueron detenidos"): the authority itself.
func (r *run) speakerAgent(m match, gs []*group, tgt *group) *group {
	switch m.p.Code[:2] {
	case "07", "08", "17":
	default:
		// a denial told in the passive ("dijo que los detenidos fueron
		// tratados conforme a la ley") is the speaker's
		if m.p.Code != "016" {
			return nil
		}
	}
	var best *group
	for _, g := range gs {
		if g.that > 0 && g.that < m.head && g != tgt && !g.inverted {
			best = g
		}
	}
	if best == nil {
		return nil
	}
	for _, ai := range best.acts {
		if !hasRole(&r.d.Actors[ai], []string{"GOV", "COP", "MIL", "JUD", "STATE"}) {
			return nil
		}
	}
	return best
}

// sameSide reports whether two groups' first actors are of one country.
func (r *run) sameSide(a, b *group) bool {
	x, y := &r.d.Actors[a.acts[0]], &r.d.Actors[b.acts[0]]
	return x.Country != "" && x.Country == y.Country
}

// otherSide is the first group after b, in b's sentence, that is neither
// a's nor b's actor; nil if none.
func (r *run) otherSide(a, b *group, gs []*group) *group {
	ca, cb := r.d.Actors[a.acts[0]].Code, r.d.Actors[b.acts[0]].Code
	for _, g := range gs {
		if g.start < b.end || g.reporter {
			continue
		}
		if c := r.d.Actors[g.acts[0]].Code; c != "" && c != ca && c != cb {
			return g
		}
	}
	return nil
}

// cooperative reports the codes of verbal and material cooperation
// between two parties that meet (roots 03 to 08).
func cooperative(code string) bool {
	return code[:2] >= "03" && code[:2] <= "08"
}

// agentWordAfter reports an agent preposition ("por", "by") anywhere after
// the match in its clause, whatever follows it.
func (r *run) agentWordAfter(m match, c clause) bool {
	for j := m.end; j < c.end; j++ {
		if r.word(j) && r.isCue(kAgent, j) {
			return true
		}
	}
	return false
}

// calledTo returns the state body that "to" or "a" introduces within
// three words after the match ("was summoned on Wednesday to the foreign
// ministry", "fue convocado a la Cancillería"), or nil.
func (r *run) calledTo(m match, c clause, gs []*group) *group {
	for _, g := range gs {
		if g.start < m.end || g.start > m.end+4 || g.end > c.end {
			continue
		}
		if !calledPrep(r.groupPrep(g, m.end)) {
			continue
		}
		if a := &r.d.Actors[g.acts[0]]; hasRole(a, []string{"GOV"}) {
			return g
		}
		return nil
	}
	return nil
}

// agentNext reports an agent preposition right after the match.
func (r *run) agentNext(m match) bool {
	return m.end < len(r.info) && r.word(m.end) && r.isCue(kAgent, m.end)
}

// dateAhead is the date between the end of the match and the next
// trigger of the sentence when no clause-opening word stands between.
func (r *run) dateAhead(m match, s doc.Sentence) string {
	end := s.EndTok
	for _, h := range r.heads {
		if h >= m.end {
			end = h
			break
		}
	}
	if end <= m.end || r.clauseCueIn(m.end, end) {
		return ""
	}
	for j := m.end; j < end; j++ {
		if r.d.Tokens[j].Kind == doc.Punct && r.d.Tokens[j].Text != "," && j != s.EndTok-1 {
			return "" // no further than the clause's own list
		}
	}
	// (nor into a reporting clause after a comma: "shelled rebel
	// positions near the border, the army said on Tuesday" tells the
	// day of the saying, not of the shelling)
	if c := r.reportCommaIn(m.end, end); c >= 0 {
		end = c
		if end <= m.end {
			return ""
		}
	}
	return r.dateInClause(m, clause{m.end, end}, s, -1)
}

// reportCommaIn returns the first comma in tokens [lo, hi) that opens a
// reporting clause, a verb of saying after it before any other
// punctuation ("…, the army said on Tuesday", "…, informó el martes el
// ministerio"), or -1.
func (r *run) reportCommaIn(lo, hi int) int {
	for j := lo; j < hi; j++ {
		if r.d.Tokens[j].Text != "," {
			continue
		}
		for k := j + 1; k < hi && k <= j+8; k++ {
			if r.d.Tokens[k].Kind == doc.Punct {
				break
			}
			if r.word(k) && r.isCue(kReport, k) && r.verbAt(k) {
				return j
			}
		}
	}
	return -1
}

// actorOwns reports a noun at h introduced by a genitive ("de", "del",
// "of", past determiners) right after an actor mention.
func (r *run) actorOwns(h int, s doc.Sentence) bool {
	j := h - 1
	for j > s.FirstTok && r.word(j) && r.isCue(kDet, j) && !r.inActor(j) {
		j--
	}
	if j <= s.FirstTok || !r.word(j) {
		return false
	}
	return r.info[j].foldIs(kGenitive) && r.inActor(j-1)
}

// inMatch reports whether token j is one of the words m matched.
func inMatch(m match, j int) bool {
	for _, t := range m.toks {
		if t == j {
			return true
		}
	}
	return false
}

// holdsPatternWord reports whether group g contains a word of m after its
// head ("expelled two Russian diplomats" for "expel diplomats").
func (r *run) holdsPatternWord(m match, g *group) bool {
	for j := g.start; j < g.end; j++ {
		if j != m.head && inMatch(m, j) {
			return true
		}
	}
	return false
}

// patternModifier reports whether group g is part of the act m names
// rather than one of its parties: a group made only of the pattern's own
// words ("withheld military aid" for "withhold military_aid"), or a
// lower-case role word with no preposition that qualifies a pattern word
// other than the head, right before it ("conducting military exercises",
// "launched military strikes") or right after it ("ejercicios militares",
// "suspendió la ayuda militar a Ucrania").
func (r *run) patternModifier(m match, g *group) bool {
	all := g.end > g.start
	for j := g.start; j < g.end; j++ {
		if !inMatch(m, j) {
			all = false
			break
		}
	}
	if all {
		return true
	}
	if g.end-g.start != 1 || !r.word(g.start) || r.d.Tokens[g.start].Cap || r.hasCountryWord(g) {
		return false
	}
	next, prev := g.end, g.start-1
	if next != m.head && inMatch(m, next) && r.word(next) && r.isCue(kPredicative, next) {
		return false // "held 11 guards hostage": the object, then what it is made
	}
	if next != m.head && inMatch(m, next) && r.word(next) && !r.info[next].function {
		return true
	}
	return prev > m.head && inMatch(m, prev) && r.word(prev) && !r.info[prev].function
}

// victimsOfNoun tells whether g is a group of civilian roles named by a
// relational word right after a nominal act done to people ("la represión
// sindical") or, in English, right before one ("union repression"): those
// it fell on (see nounArgs). It returns where the act's phrase goes on,
// else -1.
func (r *run) victimsOfNoun(g *group) int {
	if !r.relationalGroup(g) || !r.civilianGroup(g) {
		return -1
	}
	victimAct := func(at int, ok func(nm match) bool) bool {
		if k := at - r.curFirst; k >= 0 && k < len(r.sentMatches) {
			for _, nm := range r.sentMatches[k] {
				if nm.p.Noun && ok(nm) && (nm.p.Code[:2] == "17" || againstPeople(nm.p.Code)) {
					return true
				}
			}
		}
		return false
	}
	if victimAct(g.start-1, func(nm match) bool { return nm.end == g.start }) {
		return g.end
	}
	if r.d.Lang == "en" {
		end := -1
		if victimAct(g.end, func(nm match) bool { end = nm.end; return nm.head == g.end }) {
			return end
		}
	}
	return -1
}

// doersAfter is the group right at from, introduced by a genitive or an
// agent preposition ("del régimen", "de la policía", "by the army"), or
// nil: the doers of a nominal act whose victims were named.
func (r *run) doersAfter(from int, c clause, gs []*group) *group {
	for _, h := range gs {
		if h.start < from || h.start >= c.end || h.reporter {
			continue
		}
		if h.start == from && r.word(h.start) && r.info[h.start].foldIs(kSrc) {
			return h // "del régimen": the preposition read inside the mention
		}
		if pb := r.prepBefore(h.start, from); pb != "" && (r.lx.is(kSrc, pb) || r.lx.is(kAgent, pb)) {
			return h
		}
		return nil
	}
	return nil
}

// civilRoles are the roles of people with no force of their own: what a
// relational word naming them qualifies is done to them when it is an act
// done to people.
var civilRoles = []string{"LAB", "EDU", "AGR", "CVL"}

// civilianGroup reports whether every actor of g has a civilian role.
func (r *run) civilianGroup(g *group) bool {
	for _, i := range g.acts {
		if !hasRole(&r.d.Actors[i], civilRoles) {
			return false
		}
	}
	return len(g.acts) > 0
}

// relationalGroup reports whether every actor of g is told by a relational
// adjective or modifier, the doers of the act it qualifies.
func (r *run) relationalGroup(g *group) bool {
	for _, i := range g.acts {
		if r.d.Actors[i].Kind != actors.KindRelational {
			return false
		}
	}
	return len(g.acts) > 0
}

// hasCountryWord reports whether some actor of g is named by its own
// words (a country, capital, seat, person, organisation or demonym), not
// a bare role word that takes its country from the context.
func (r *run) hasCountryWord(g *group) bool {
	for _, i := range g.acts {
		switch r.d.Actors[i].Kind {
		case "country", "capital", "seat", "person", "org", "name", "demonym":
			return true
		}
	}
	return false
}

// quantityWord reports whether preposition j is a word of a quantity that
// runs up to the group at i ("detained at least 47 people", "más de cien
// personas"): no governor of the group.
func (r *run) quantityWord(j, i int) bool {
	if j >= len(r.qtyTok) || !r.qtyTok[j] {
		return false
	}
	for t := j + 1; t < i; t++ {
		if !r.qtyTok[t] {
			return false
		}
	}
	return true
}

// subjectAntecedent returns the antecedent of a relative pronoun that is
// the subject of the trigger: the clause opens with the pronoun (no
// preposition before it: "a la que" is an object), no actor stands between
// it and the trigger, nor another trigger (within eight words), and an actor
// group ends right before it (a restrictive relative: after a comma the
// pronoun may refer to a noun that names no actor).
func (r *run) subjectAntecedent(m match, c clause, gs []*group) *group {
	j := c.start
	for j < m.head && !r.word(j) {
		j++
	}
	if j >= m.head || !r.isCue(kRelPron, j) {
		return nil
	}
	// "que se habían reunido para protestar": an infinitive of purpose
	// shares the subject of the relative's own verb before it
	// (past eight words only adjuncts may stand between, no finite verb:
	// "que desde el lunes pasado en todo el territorio nacional mantienen
	// una huelga")
	if m.head-j > 16 || r.triggerBetween(j+1, m.head) && !r.purposeInf(m, j+1) {
		return nil
	}
	for t := j + 1; t < m.head; t++ {
		if r.inActor(t) || !r.word(t) || m.head-j > 8 && r.finiteVerb(t) {
			return nil
		}
	}
	b := j - 1
	protest := m.p != nil && m.p.Code[:2] == "14"
	// "los pobladores, que paralizaron", "the residents, who blocked": a
	// comma may set the relative off
	// (a protest's doer is a party, never the place or thing before it)
	// (any other verb only when it follows the pronoun, auxiliaries
	// aside: "a Russian leader, who criticised", "un campesino, quien
	// presentaba heridas" is no wounding)
	comma := false
	if b > 0 && !r.word(b) && r.d.Tokens[b].Text == "," && (protest || r.relLead(j+1, m.head)) {
		b--
		comma = true
	}
	// "jóvenes enmascarados que lanzaron": in Spanish one or two
	// adjectives may follow the antecedent's noun
	for k := 0; k < 2 && r.d.Lang == "es" && b > 0 && r.d.Tokens[b-1].Sent == r.d.Tokens[j].Sent && r.plainAdjective(b); k++ {
		b--
	}
	// "los pobladores de la provincia de Napo (noreste), que paralizaron",
	// "los profesores de Ecuador, que": a protest's doer may be followed
	// by the place it is from
	if protest {
		for _, g := range gs {
			if !g.reporter && g.end <= b && b-g.end < 9 && r.word(g.end) && r.info[g.end].foldIs(kGenitive) && r.placeComplement(g.end, b+1) {
				return g
			}
		}
	}
	for _, g := range gs {
		if g.end-1 == b && !g.reporter {
			// "las negociaciones entre el gobierno y la oposición, que
			// continúa sus protestas": a Spanish relative verb in the
			// singular after joined actors agrees with the last of them
			// "enfrentamientos entre policías y campesinos que intentaban
			// bloquear la ruta", "clashes between police and students who
			// were blocking the road": a relative with no comma before it
			// restricts the last of joined actors of different kinds a
			// preposition governs (actors of one kind may share it:
			// "soldados rusos y ucranianos que cruzaron"; a subject or an
			// object keeps them all: "dispersó a estudiantes y obreros
			// que bloqueaban" may tell both)
			if len(g.acts) > 1 && (r.d.Lang == "es" && r.finiteVerb(m.head) && !strings.HasSuffix(r.info[m.head].fold, "n") ||
				!comma && r.mixedRoles(g) && r.restrictedJoin(g, j)) {
				last := g.acts[len(g.acts)-1]
				if st := r.d.TokenAt(r.d.Actors[last].Start); st > g.start && st < g.end {
					return &group{acts: []int{last}, start: st, end: g.end}
				}
			}
			return g
		}
	}
	// "los soldados que custodiaban un lugar santo, quienes respondieron":
	// a pronoun of persons after a comma that closes a relative on an
	// actor stands for that actor, not for the thing its relative names
	if comma && r.isCue(kWhoPron, j) {
		for n := len(gs) - 1; n >= 0; n-- {
			g := gs[n]
			if g.end > b || g.reporter {
				continue
			}
			if q := g.end; q < b && b-q <= 8 && r.word(q) && r.isCue(kRelPron, q) && !r.isCue(kWhoPron, q) && r.d.Tokens[q].Sent == r.d.Tokens[j].Sent && r.wordsOnly(q, b+1) {
				return g
			}
			break
		}
	}
	// "dijo James Moore, portavoz de Greenpeace, quien pidió": a pronoun
	// of persons after a comma may stand for a person named before a role
	// apposition (no actor of its own), the reporter too ("el jefe del
	// ejército, general Juan Pérez, quien ...": no person, no antecedent)
	if b < j-1 && r.isCue(kWhoPron, j) {
		for n := len(gs) - 1; n >= 0; n-- {
			g := gs[n]
			if g.end > b {
				continue
			}
			if g.end < b && b-g.end <= 8 && len(g.acts) == 1 && r.d.Actors[g.acts[0]].Kind == actors.KindPerson && !r.word(g.end) && r.d.Tokens[g.end].Text == "," && r.d.Tokens[g.end].Sent == r.d.Tokens[j].Sent && r.apposed(g.end+1, b+1) {
				return g
			}
			break
		}
	}
	return nil
}

// wordsOnly reports tokens a..b-1 that are all words (no punctuation).
func (r *run) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !r.word(k) {
			return false
		}
	}
	return true
}

// pastRelative returns, for a verb told after a restrictive relative on
// an actor with no comma ("los maestros que bloqueaban la carretera
// fueron desalojados", "los policías que detuvieron a los jóvenes los
// golpearon", "the teachers who blocked the road were arrested"), that
// actor: the clause of the verb opens with the relative pronoun right
// after the actor's group, the relative's own finite verb leads it (past
// a subject of its own: "los estudiantes que la policía detuvo fueron
// liberados"), and no coordinator, punctuation or other clause opener
// stands between that verb and this one, which is the main clause's.
func (r *run) pastRelative(m match, c clause, gs []*group) *group {
	j := c.start
	if j < 1 || j >= m.head || !r.word(j) || !r.isCue(kRelPron, j) || r.info[j-1].foldIs(kPrep) {
		return nil
	}
	var ante *group
	for _, g := range gs {
		if g.end == j && !g.reporter {
			ante = g
		}
	}
	if ante == nil {
		return nil
	}
	v := -1
	for t := j + 1; t < m.head; t++ {
		if r.word(t) && r.finiteVerb(t) && !r.info[t].foldIs(kAux) && !r.isCue(kPassive, t) && !r.isCue(kPerfect, t) {
			v = t
			break
		}
	}
	// (or the relative's own subject before it, its antecedent the
	// object: "los estudiantes que la policía detuvo fueron liberados")
	lead := j + 1
	for _, g := range gs {
		if g.start == j+1 && g.end <= v && !g.reporter {
			lead = g.end
		}
	}
	if v < 0 || !r.relLead(lead, v) {
		return nil
	}
	// (the verb is finite, or a participle after a finite auxiliary of
	// its own: an infinitive belongs to the relative, "que intentaban
	// bloquear la ruta")
	finite := r.finiteVerb(m.head)
	for t := v + 1; t < m.head; t++ {
		if !r.word(t) || r.isCue(kCoord, t) || r.isCue(kClause, t) || r.isCue(kRelPron, t) {
			return nil
		}
		if r.finiteVerb(t) && (r.info[t].foldIs(kAux) || r.isCue(kPassive, t)) {
			finite = true
		}
	}
	if !finite {
		return nil
	}
	return ante
}

// restrictedJoin reports a group governed by a preposition other than
// the personal "a" of an object, right before the relative pronoun at j.
func (r *run) restrictedJoin(g *group, j int) bool {
	p := r.prepBefore(g.start, r.d.Sentences[r.d.Tokens[j].Sent].FirstTok)
	return p != "" && !r.lx.is(kPersonal, p)
}

// mixedRoles reports joined actors of a group with different roles
// (police and protesters, soldiers and students), whatever their country.
func (r *run) mixedRoles(g *group) bool {
	role := func(a int) string {
		c := r.d.Actors[a].Code
		if len(c) > 3 && r.d.Actors[a].Country != "" {
			return c[3:]
		}
		if r.d.Actors[a].Country != "" && len(c) == 3 {
			return ""
		}
		return c
	}
	first := role(g.acts[0])
	for _, a := range g.acts[1:] {
		if role(a) != first {
			return true
		}
	}
	return false
}

// purposeInf reports an infinitive trigger right after a preposition of
// purpose (cue kind fronted: "para", "a fin de") that starts after lo.
func (r *run) purposeInf(m match, lo int) bool {
	if !r.hasForm(m.head, morph.Inf) {
		return false
	}
	for k := m.head - 1; k >= lo && k >= m.head-3; k-- {
		if !r.word(k) {
			return false
		}
		if e, ok := r.lx.cueAt(r.info, k, m.head, kFronted); ok && e == m.head {
			return true
		}
	}
	return false
}

// apposed reports whether tokens [lo, hi) are words in no actor: an
// apposition after a person's name ("portavoz de Greenpeace").
func (r *run) apposed(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	for t := lo; t < hi; t++ {
		if r.inActor(t) || !r.word(t) {
			return false
		}
	}
	return true
}

// bareOrGenitive reports a group that no preposition governs, or only a
// genitive one ("de", "of").
func (r *run) bareOrGenitive(g *group, s doc.Sentence) bool {
	p := r.prepBefore(g.start, s.FirstTok)
	return p == "" || r.lx.is(kGenitive, p)
}

// relLead reports tokens [lo, hi) between a relative pronoun and its verb
// that leave the pronoun the verb's subject: auxiliaries, clitics and
// adverbs that may stand between two verbs ("que luego los golpearon"),
// a negation, a reflexive, a passive auxiliary, an adverbial set phrase
// ("quienes a su vez respondieron") (none when lo == hi).
func (r *run) relLead(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !r.word(k) {
			return false
		}
		if e, ok := r.lx.cueAt(r.info, k, hi, kAdverb); ok && e <= hi {
			k = e - 1
			continue
		}
		// (a passive auxiliary too: "los transportistas, que fueron
		// detenidos por la policía", "the students, who were arrested")
		if !r.info[k].foldIs(kAux) && !r.isCue(kPerfect, k) && !r.isCue(kConjSkip, k) && !r.isCue(kNegation, k) && !r.isCue(kReflexive, k) && !r.isCue(kPassive, k) {
			return false
		}
	}
	return true
}

// objectCliticBefore reports an object clitic ("los", "la", "les") right
// before the trigger, past a negation or an adverb that may stand between
// two verbs, within clause c.
func (r *run) objectCliticBefore(m match, c clause) bool {
	return r.cliticBefore(m, c, true)
}

// cliticBefore is objectCliticBefore, counting a dative clitic ("les")
// only when dative is set.
func (r *run) cliticBefore(m match, c clause, dative bool) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-3 && r.word(j); j-- {
		if r.isCue(kConjSkip, j) && (r.isCue(kDet, j) || r.isCue(kNeuter, j) || dative && r.isCue(kDative, j)) {
			return true
		}
		if !r.isCue(kConjSkip, j) && !r.isCue(kNegation, j) {
			return false
		}
	}
	return false
}

// groupBefore is the latest group of sentence s that ends before group g
// starts in the same clause, not a reporter and not of g's code, or nil.
func (r *run) groupBefore(g *group, gs []*group, s doc.Sentence) *group {
	var out *group
	for _, o := range gs {
		if o == g || o.end > g.start || o.start < s.FirstTok || o.reporter {
			continue
		}
		out = o
	}
	if out == nil || len(out.acts) == 0 || len(g.acts) == 0 || r.d.Actors[out.acts[0]].Code == r.d.Actors[g.acts[0]].Code {
		return nil
	}
	// (of the same clause: "se sometieron a las autoridades y otros se
	// arrodillaron ante los policías, que luego los esposaron" names
	// others, not the authorities)
	for j := out.end; j < g.start; j++ {
		if !r.word(j) || r.isCue(kCoord, j) || r.isCue(kClause, j) {
			return nil
		}
	}
	return out
}

// onlyAuxBetween reports tokens [lo, hi) that are all auxiliaries, the
// English ones or the Spanish "haber" of compound tenses (none when lo ==
// hi).
func (r *run) onlyAuxBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !r.word(k) || !r.info[k].foldIs(kAux) && !r.isCue(kPerfect, k) {
			return false
		}
	}
	return true
}

// placeComplement reports whether tokens [lo, hi) are only genitive
// prepositions, determiners, place-kind nouns before a genitive ("la
// provincia de"), the words of place mentions and a lower-case aside in
// parentheses: "de la provincia de Napo (noreste)", "de Cusco".
func (r *run) placeComplement(lo, hi int) bool {
	place, paren := false, false
	for k := lo; k < hi; k++ {
		switch {
		case r.inPlace(k):
			place = true
		case !r.word(k) && (r.d.Tokens[k].Text == "(" || r.d.Tokens[k].Text == ")"):
			paren = r.d.Tokens[k].Text == "("
		case paren && r.word(k) && !r.d.Tokens[k].Cap: // "(noreste)"
		case r.word(k) && (r.info[k].foldIs(kGenitive) || r.isCue(kDet, k)):
		case r.word(k) && !r.d.Tokens[k].Cap && !r.info[k].function && k+1 < hi && r.word(k+1) && r.info[k+1].foldIs(kGenitive):
		default:
			return false
		}
	}
	return place
}

// inPlace reports a token inside some place mention.
func (r *run) inPlace(k int) bool {
	st := r.d.Tokens[k].Start
	for i := range r.d.Places {
		if pl := &r.d.Places[i]; pl.Start <= st && st < pl.End {
			return true
		}
	}
	return false
}

// plainAdjective reports a lower-case word outside every actor that is no
// function word nor finite verb: an adjective or participle after a noun
// ("jóvenes enmascarados").
func (r *run) plainAdjective(i int) bool {
	if !r.word(i) || r.inActor(i) || r.d.Tokens[i].Cap || r.info[i].function || r.finiteVerb(i) {
		return false
	}
	return true
}

// passiveHeadIn returns the first trigger in (lo, hi) told in the passive
// (a participle right after a passive auxiliary: "fueron detenidos por",
// "were arrested by"), or -1.
func (r *run) passiveHeadIn(lo, hi int) int {
	for _, h := range r.heads {
		if h > lo && h < hi && (r.hasForm(h, morph.Part) || r.d.Lang == "en" && r.hasForm(h, morph.Past)) && r.word(h-1) && r.isCue(kPassive, h-1) {
			return h
		}
	}
	return -1
}

// afterQuote reports whether token i follows a closing quotation mark,
// with at most a comma between ('"...", manifestó', '«...» dijo').
func (r *run) afterQuote(i int, s doc.Sentence) bool {
	j := i - 1
	if j > s.FirstTok && r.d.Tokens[j].Text == "," {
		j--
	}
	if j < s.FirstTok || r.word(j) {
		return false
	}
	switch r.d.Tokens[j].Text {
	case "\"", "»", "”", "'", "’":
		return true
	}
	return false
}

// protestBefore returns the latest protest event of sentence si built on a
// trigger before token h, or nil.
func (r *run) protestBefore(si, h int) *cand {
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent != si {
			return nil
		}
		if cd.head < h && cd.ev.Cameo[:2] == "14" && !r.relBefore(cd, h) {
			return cd
		}
	}
	return nil
}

// freeRelativeSubj reports a Spanish trigger in the subjunctive alone
// right after a free relative pronoun ("quienes", "quien", or "que" after
// an article or "aquellos" standing for the noun), past a negation and
// clitics.
func (r *run) freeRelativeSubj(m match, s doc.Sentence) bool {
	if r.d.Lang != "es" || !r.hasForm(m.head, morph.Subj) || r.hasForm(m.head, morph.Past) || r.hasForm(m.head, morph.Pres) || r.hasForm(m.head, morph.Fut) {
		return false
	}
	j := m.head - 1
	for j > s.FirstTok && r.word(j) && m.head-j <= 3 {
		switch r.info[j].fold {
		case "no", "se", "lo", "la", "los", "las", "le", "les", "nos":
			j--
			continue
		}
		break
	}
	if j < s.FirstTok || !r.word(j) {
		return false
	}
	switch r.info[j].fold {
	case "quienes", "quien":
		return true
	case "que":
		if j-1 >= s.FirstTok && r.word(j-1) {
			switch r.info[j-1].fold {
			case "los", "las", "aquellos", "aquellas", "todos", "todas":
				return true
			}
		}
	}
	return false
}

// cleftAccuser reads a Spanish cleft after a verb of saying, "X afirmó
// que fueron las tropas Y las que atacaron": it returns the speaker's
// group (the subject before the verb of saying) and the cleft's subject
// Y (after a form of "ser", before "los/las que" or "quienes" right
// before the trigger); nils when the trigger stands in no such cleft.
func (r *run) cleftAccuser(m match, s doc.Sentence, gs []*group) (*group, *group) {
	if r.d.Lang != "es" {
		return nil, nil
	}
	j := m.head - 1
	if j <= s.FirstTok || !r.word(j) {
		return nil, nil
	}
	k := j
	switch r.info[j].fold {
	case "quienes", "quien":
	case "que":
		k = j - 1
		if !r.word(k) {
			return nil, nil
		}
		switch r.info[k].fold {
		case "los", "las", "el", "la":
		default:
			return nil, nil
		}
	default:
		return nil, nil
	}
	var subj *group
	for _, g := range gs {
		if g.end == k && len(g.acts) > 0 && !g.reporter {
			subj = g
		}
	}
	if subj == nil || subj.start-1 <= s.FirstTok || !r.word(subj.start-1) {
		return nil, nil
	}
	if _, v := r.info[subj.start-1].formOf("ser"); !v {
		return nil, nil
	}
	q := subj.start - 2
	if q <= s.FirstTok || !r.word(q) || !r.info[q].foldIs(kCompl) || !r.word(q-1) || !r.isCue(kReport, q-1) {
		return nil, nil
	}
	var sp *group
	for _, g := range gs {
		if g.end <= q-1 && g.start >= s.FirstTok && len(g.acts) > 0 && r.groupPrep(g, s.FirstTok) == "" {
			sp = g
		}
	}
	if sp == nil || sp == subj {
		return nil, nil
	}
	return sp, subj
}

// wantedAccuser reads "X dijo que la oposición quiere incendiar el país",
// "said the rebels plan to attack": an act of force a speaker says another
// wants or plans to do is the speaker's accusation of that other. It
// returns the speaker's group (before the verb of saying) and the group
// that wants the act (right after "que", right before the verb of wanting,
// a quotation mark allowed before the trigger); nils otherwise.
func (r *run) wantedAccuser(m match, s doc.Sentence, gs []*group) (*group, *group) {
	if r.d.Lang != "es" || !r.hasForm(m.head, morph.Inf) {
		return nil, nil
	}
	w := m.head - 1
	if w > s.FirstTok && !r.word(w) && quoteMark(r.d.Tokens[w].Text) {
		w--
	}
	if w <= s.FirstTok || !r.word(w) || !r.finiteVerb(w) {
		return nil, nil
	}
	wants := false
	for _, v := range []string{"querer", "pretender", "buscar", "planear", "planificar"} {
		if _, ok := r.info[w].formOf(v); ok {
			wants = true
			break
		}
	}
	if !wants {
		return nil, nil
	}
	var who *group
	for _, g := range gs {
		if g.end == w && len(g.acts) > 0 {
			who = g
		}
	}
	if who == nil {
		return nil, nil
	}
	q := who.start - 1
	if q <= s.FirstTok || !r.word(q) || !r.info[q].foldIs(kCompl) || !r.word(q-1) || !r.isCue(kReport, q-1) {
		return nil, nil
	}
	var sp *group
	for _, g := range gs {
		if g.end <= q-1 && g.start >= s.FirstTok && len(g.acts) > 0 && r.groupPrep(g, s.FirstTok) == "" {
			sp = g
		}
	}
	if sp == nil || sp == who {
		return nil, nil
	}
	return sp, who
}

// protestNounBefore is the head of a nominal protest (a noun pattern of
// root 14) that ends right before token h in clause c, after a determiner
// ("la huelga es ilegal", "el paro es político"); -1 if none.
func (r *run) protestNounBefore(h int, c clause) int {
	j := h - 1
	if j <= c.start || !r.word(j) || !r.isCue(kDet, j-1) {
		return -1
	}
	if k := j - r.curFirst; k >= 0 && k < len(r.sentMatches) {
		for _, nm := range r.sentMatches[k] {
			if nm.p.Noun && nm.p.Code[:2] == "14" && nm.end == h {
				return j
			}
		}
	}
	return -1
}

// askedOf is the addressee of the act asked for whose words hold the
// trigger in sentence si: the group after the personal "a" that ends at
// most two words before that act's verb ("pidió a los docentes que
// levanten la huelga"); nil if none.
func (r *run) askedOf(si int, m match, gs []*group) *group {
	for i := len(r.asked) - 1; i >= 0 && r.asked[i].sent == si; i-- {
		a := r.asked[i]
		if a.head >= m.head || m.head >= a.end {
			continue
		}
		for _, g := range gs {
			if g.reporter || g.end > a.head || a.head-g.end > 2 || len(g.acts) == 0 {
				continue
			}
			if r.isCue(kPersonal, g.start) || g.start > 0 && r.word(g.start-1) && r.isCue(kPersonal, g.start-1) {
				return g
			}
		}
	}
	return nil
}

// allegedObject reports a trigger with a verb between it and the
// complementiser of an accusation that governs it ("accused X of
// financing groups that organised rallies"): what that verb does is
// alleged, unless it takes part in the act (cue kind partake).
func (r *run) allegedObject(m match, s doc.Sentence) bool {
	if !r.governedBy(m, s, kAccuse, kAccuseComp) {
		return false
	}
	for j := m.head - 1; j >= s.FirstTok && j >= m.head-16; j-- {
		if !r.word(j) {
			continue
		}
		if r.isCue(kAccuseComp, j) {
			return false
		}
		if !r.info[j].function && !r.inActor(j) && (r.finiteVerb(j) || r.hasForm(j, morph.Inf) || r.hasForm(j, morph.Ger)) {
			// (taking part in an act, "acusado de participar en
			// disturbios", presupposes it: the part is alleged, the
			// act took place)
			_, part := r.lx.cueAt(r.info, j, s.EndTok, kPartake)
			return !part
		}
	}
	return false
}

// chargedBy reports a form of "acusar" (to charge, not to blame) among the
// eight words before the trigger, in its sentence.
func (r *run) chargedBy(m match, s doc.Sentence) bool {
	for j := m.head - 1; j >= s.FirstTok && j >= m.head-8; j-- {
		if !r.word(j) {
			continue
		}
		if _, v := r.info[j].formOf("acusar"); v {
			return true
		}
	}
	return false
}

// purposeRootBefore reports an event of CAMEO root root in sentence si before
// token h, not told by a relative clause closed before h.
func (r *run) purposeRootBefore(si, h int, root string) bool {
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent != si {
			return false
		}
		// (a demand or complaint that an official complaint is made
		// for, "convocó al embajador para exigirle explicaciones", is
		// what that complaint says)
		// (root "114": only an official complaint)
		same := cd.ev.Cameo[:2] == root || cd.ev.Cameo[:3] == "114" && (root == "02" || root == "10" || root == "11" || root == "114")
		if cd.head < h && same && !r.relBefore(cd, h) {
			return true
		}
	}
	return false
}

// complaintBefore reports a verb pattern of an official complaint (114:
// "summoned the ambassador") ending before the trigger m in its sentence,
// with no finite verb between: the act m's infinitive of purpose serves.
func (r *run) complaintBefore(m match, s doc.Sentence) bool {
	for j := s.FirstTok; j < m.head; j++ {
		k := j - r.sentStart()
		if k < 0 || k >= len(r.sentMatches) {
			continue
		}
		for _, vm := range r.sentMatches[k] {
			if vm.p.Noun || vm.p.Code != "114" || vm.end > m.head {
				continue
			}
			free := true
			for q := vm.end; q < m.head && free; q++ {
				free = !(r.word(q) && r.finiteVerb(q) && !r.inActor(q))
			}
			if free {
				return true
			}
		}
	}
	return false
}

// relBefore reports an event told by a relative clause set off by commas
// that closes before token h ("los maestros, que marcharon el lunes,
// volverán a protestar"): what follows is the main clause's, not a
// purpose or a demand of that act.
func (r *run) relBefore(cd *cand, h int) bool {
	if !cd.rel {
		return false
	}
	for j := cd.head + 1; j < h; j++ {
		if r.d.Tokens[j].Text == "," {
			return true
		}
	}
	return false
}

// protestThreatBefore is the latest announced protest (133) of sentence
// si before token h ("acordaron una huelga para reclamar ..."), or nil.
func (r *run) protestThreatBefore(si, h int) *cand {
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent != si {
			return nil
		}
		if cd.head < h && cd.ev.Cameo == threatenProtest {
			return cd
		}
	}
	return nil
}

// pronounRelative is the object of an English relative clause with no
// relative pronoun whose subject is a subject pronoun ("individuals it
// accuses of ..."): the group ending at most four words before the
// pronoun, with no verb between, when the clause's subject stands before
// that group; nil otherwise.
func (r *run) pronounRelative(m match, c clause, gs []*group, subj *group) *group {
	if r.d.Lang != "en" || subj == nil {
		return nil
	}
	j := m.head - 1
	for j > c.start && r.word(j) && r.isCue(kAux, j) && !r.isCue(kSubjPron, j) {
		j--
	}
	if !r.word(j) || !r.isCue(kSubjPron, j) || r.reportedPronoun(m, c) >= 0 {
		return nil
	}
	var obj *group
	for _, g := range gs {
		if g.end <= j && j-g.end <= 4 && g.start > subj.end && !g.reporter {
			obj = g
		}
	}
	if obj == nil || r.finiteBetween(obj.end, j) || r.finiteBetween(subj.end, obj.start) == false {
		return nil
	}
	// ("assured China that it would not attack Kazakhstan": the addressee
	// of a verb of saying opens no relative clause)
	if r.tellAddressee(obj, r.sentStart()) {
		return nil
	}
	return obj
}

// relPronOpens reports an English clause whose first word is a relative
// pronoun (cue kind relpron: "that", "which", "whom") right after a word
// and right before a subject pronoun ("firms that it accused").
func (r *run) relPronOpens(c clause) bool {
	return r.d.Lang == "en" && c.start > 0 && r.word(c.start) && r.word(c.start-1) && r.isCue(kRelPron, c.start) &&
		r.word(c.start+1) && r.isCue(kSubjPron, c.start+1)
}

// sameForceTarget is the target of the latest asserted coercion or force
// (17 to 20) of the four sentences up to si whose source is src, or an
// actor of src's role when src names no country ("officers" after
// "Georgian police"); nil if none.
func (r *run) sameForceTarget(si int, src *doc.Actor) *doc.Actor {
	return r.latestFirst(si, 4, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if e.Source == nil || e.Target == nil || e.Modality != doc.Asserted || e.Cameo[:2] < "17" {
			return nil
		}
		same := e.Source.Code == src.Code ||
			src.Country == "" && len(e.Source.Code) > 3 && e.Source.Code[3:] == src.Code
		if !same || e.Target.Code == src.Code {
			return nil
		}
		return e.Target
	})
}

// firstParty is the first group of sentence s, when it ends before group
// src starts with a clause word between, is no reporter, follows no
// preposition and is not of src's code; nil otherwise.
func (r *run) firstParty(src *group, gs []*group, s doc.Sentence) *group {
	var first *group
	for _, g := range gs {
		if g.start >= s.FirstTok && (first == nil || g.start < first.start) {
			first = g
		}
	}
	// (a subject: no preposition before it but "of", "presented to the
	// Council", "hundreds of supporters")
	if first == nil || first == src || first.reporter || first.end > src.start || len(first.acts) == 0 || len(src.acts) == 0 ||
		first.start > s.FirstTok && r.word(first.start-1) && r.info[first.start-1].foldIs(kPrep) && !r.info[first.start-1].foldIs(kGenitive) ||
		r.d.Actors[first.acts[0]].Code == r.d.Actors[src.acts[0]].Code {
		return nil
	}
	for j := first.end; j < src.start; j++ {
		if r.word(j) && r.isCue(kClause, j) {
			return first
		}
	}
	return nil
}

// ownerState is the government of the country of the latest actor named
// before token head in gs (a reporter too: "Poland said a Russian drone
// entered its airspace") whose country is not src's; nil if none.
func (r *run) ownerState(gs []*group, head int, src *doc.Actor) *doc.Actor {
	for k := len(gs) - 1; k >= 0; k-- {
		g := gs[k]
		if g.end > head || len(g.acts) == 0 {
			continue
		}
		a := &r.d.Actors[g.acts[0]]
		if len(a.Country) != 3 || a.Country == src.Country {
			continue
		}
		c := a.Country
		return &doc.Actor{Span: a.Span, Code: c + "GOV", Name: "government", Country: c,
			Roles: []string{"GOV"}, Kind: "implied", Source: "owner:" + a.Name, Head: a.Head}
	}
	return nil
}

// replyTarget is the source of the latest act of coercion or force (roots
// 17 to 20, or a violent protest, 145: "lanzaron botellas contra los
// agentes, que respondieron con gas pimienta") told as done in sentence si
// or the three before it whose target is src (src of no country: one of
// its role), by another actor; nil if none.
func (r *run) replyTarget(si int, src *doc.Actor) *doc.Actor {
	return r.latest(si, 3, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if e.Source == nil || e.Target == nil || e.Modality != doc.Asserted || (e.Cameo[:2] < "17" || e.Cameo[:2] > "20") && !strings.HasPrefix(e.Cameo, "145") {
			return nil
		}
		hit := e.Target.Code == src.Code ||
			src.Country == "" && len(e.Target.Code) > 3 && e.Target.Code[3:] == src.Code
		if !hit || e.Source.Code == e.Target.Code {
			return nil
		}
		return e.Source
	})
}

// aidAppealer is the source of the latest appeal for aid (023) told in
// sentence si or the three before it, when it is of another country than
// src, the giver; nil if none.
func (r *run) aidAppealer(si int, src *doc.Actor) *doc.Actor {
	return r.latest(si, 3, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if e.Source == nil || !strings.HasPrefix(e.Cameo, "023") || e.Source.Country == "" || e.Source.Country == src.Country || e.Source.Code == src.Code {
			return nil
		}
		return e.Source
	})
}

// latestHeld is the target of the latest arrest or abduction (173,
// 181x) told as done in sentence si or the reach before it, when it is
// not src itself; nil if none.
func (r *run) latestHeld(si, reach int, src *doc.Actor) *doc.Actor {
	return r.latest(si, reach, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if e.Target == nil || e.Modality != doc.Asserted || !strings.HasPrefix(e.Cameo, "173") && !strings.HasPrefix(e.Cameo, "181") || e.Target.Code == src.Code {
			return nil
		}
		return e.Target
	})
}

// latestHeldPlace is the place and the doer of the latest arrest or
// abduction (173, 181) told as done of held, in sentence si or the reach
// before it; nil where none or none known.
func (r *run) latestHeldPlace(si, reach int, held *doc.Actor) (*doc.Place, *doc.Actor) {
	for cd := range r.recent(si, reach) {
		e := &cd.ev
		if e.Target != nil && e.Target.Code == held.Code && e.Modality == doc.Asserted && (strings.HasPrefix(e.Cameo, "173") || strings.HasPrefix(e.Cameo, "181")) {
			return e.Location, e.Source
		}
	}
	return nil, nil
}

// latestHolder is the source and target of the latest arrest or
// abduction (173, 181) told as done with both, in sentence si or the reach
// before it; nil, nil if none.
func (r *run) latestHolder(si, reach int) (*doc.Actor, *doc.Actor) {
	for cd := range r.recent(si, reach) {
		e := &cd.ev
		if e.Source != nil && e.Target != nil && e.Modality == doc.Asserted && (strings.HasPrefix(e.Cameo, "173") || strings.HasPrefix(e.Cameo, "181")) {
			a, b := *e.Source, *e.Target
			return &a, &b
		}
	}
	return nil, nil
}

// namedProtesters is, for force or coercion by the police or the army
// (CAMEO 17, 18, 19) on people named only as protesters ("La policía
// dispersó a los manifestantes"), the maker of the story's latest protest
// told up to two sentences before when it is of their country and named
// more closely (opposition supporters, unionists, students: "cientos de
// simpatizantes del candidato quemaron llantas"); else tgt.
func (r *run) namedProtesters(si int, src, tgt *doc.Actor, code string) *doc.Actor {
	if src == nil || tgt == nil || code[:2] < "17" || code[:2] > "19" || !hasRole(src, []string{"COP", "MIL"}) ||
		len(tgt.Country) != 3 || tgt.Code != tgt.Country+"CVL" {
		return tgt
	}
	h := r.d.TokenAt(tgt.Head.Start)
	if h < 0 || !r.isCue(kProtester, h) {
		return tgt
	}
	a := r.latestProtester(si, 2, src)
	if a == nil || a.Country != tgt.Country || len(a.Roles) != 1 || a.Code != a.Country+a.Roles[0] || hasRole(a, []string{"CVL"}) || hasRole(a, stateRoles) || hasRole(a, insurgentRoles) {
		return tgt
	}
	b := *a
	b.Span, b.Head = tgt.Span, tgt.Head
	return &b
}

// afterPrep reports a preposition right before token h, or before the
// determiner right before it.
func (r *run) afterPrep(h int, s doc.Sentence) bool {
	b := h - 1
	if b >= s.FirstTok && r.word(b) && r.isCue(kDet, b) {
		b--
	}
	return b >= s.FirstTok && r.word(b) && r.info[b].foldIs(kPrep)
}

// protestMakers is, for a protest of code told as done in sentence si,
// the source of the latest protest or strike (CAMEO 14, or one called for
// the future, 133) told in one of the reach sentences before it, when
// it is of no state and not tgt itself, and this one tells what it did
// not: clashes (145) after any protest, or any protest after one called
// for the future; nil if none.
func (r *run) protestMakers(si, reach int, tgt *doc.Actor, code string) *doc.Actor {
	return r.latest(si, reach, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if cd.sent >= si || e.Source == nil || e.Cameo[:2] != "14" && e.Cameo != threatenProtest {
			return nil
		}
		called := e.Cameo == threatenProtest || e.Modality == doc.Planned || !cd.noun && r.isCue(kPlanned, cd.head)
		if !called && (e.Modality != doc.Asserted || code != violentProtest) {
			return nil
		}
		if hasRole(e.Source, stateRoles) || tgt != nil && e.Source.Code == tgt.Code {
			return nil
		}
		return e.Source
	})
}

// latestProtester is the source of the latest protest (CAMEO 14) told as
// done in sentence si or the reach before it, when it is of another side
// than src and no force itself; nil if none.
func (r *run) latestProtester(si, reach int, src *doc.Actor) *doc.Actor {
	return r.latest(si, reach, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if e.Source == nil || e.Modality != doc.Asserted || e.Cameo[:2] != "14" || hasRole(e.Source, []string{"COP", "MIL"}) || sideKey(e.Source) == sideKey(src) && e.Source.Code == src.Code {
			return nil
		}
		return e.Source
	})
}

// speakerBefore is the actor of the article's latest reporter, of one of
// the three sentences before si and of another side than src; nil if none.
func (r *run) speakerBefore(si int, src *doc.Actor) *doc.Actor {
	if r.lastRep.Code == "" || r.lastRepSent >= si || r.lastRepSent < si-3 {
		return nil
	}
	for i := range r.d.Actors {
		a := &r.d.Actors[i]
		if a.Span == r.lastRep.Span && a.Code == r.lastRep.Code {
			if sideKey(a) == sideKey(src) {
				return nil
			}
			b := *a
			return &b
		}
	}
	return nil
}

// nextConjObject is the direct object of the verb joined by a coordinator
// right after the trigger's phrase ("was concerned and urged the
// authorities"): the first group within four words after that verb, not
// governed by a preposition; nil if none.
func (r *run) nextConjObject(m match, s doc.Sentence, gs []*group) *group {
	j := m.end
	for j < s.EndTok && j <= m.end+1 && !r.word(j) {
		j++ // a closing quotation mark
	}
	if j >= s.EndTok || !r.word(j) || !r.isCue(kCoord, j) {
		return nil
	}
	v := j + 1
	if v >= s.EndTok || !r.word(v) || !r.finiteVerb(v) {
		return nil
	}
	for _, g := range gs {
		if g.start > v && g.start <= v+4 && !g.reporter && r.prepBefore(g.start, v+1) == "" {
			return g
		}
	}
	return nil
}

// prevWithPartner is the group that "con" or "with" (a determiner may
// stand between) opens right before the coordinator just before the
// trigger: "se comunicaron con la empresa y exigieron", "met with the
// minister and demanded"; nil otherwise.
func (r *run) prevWithPartner(m match, s doc.Sentence, gs []*group) *group {
	j := m.head - 1
	if j <= s.FirstTok || !r.word(j) || !r.isCue(kCoord, j) {
		return nil
	}
	// (a date between, its article or preposition too: "contactaron con
	// la empresa el 2 de enero y exigieron", "met with the minister on
	// Monday and demanded")
	b := j
	for b-1 > s.FirstTok && (r.timeTok[b-1] || r.word(b-1) && (r.isCue(kDet, b-1) || r.info[b-1].foldIs(kPrep)) && r.timeTok[b]) {
		b--
	}
	for _, g := range gs {
		if g.end != j && g.end != b || g.reporter || len(g.acts) == 0 {
			continue
		}
		k := g.start - 1
		if k > s.FirstTok && r.word(k) && r.isCue(kDet, k) {
			k--
		}
		if k >= s.FirstTok && r.word(k) && (r.info[k].fold == "con" || r.info[k].fold == "with") {
			return g
		}
	}
	return nil
}

// offeredTo is the addressee of a Spanish verb of offer or promise (cue
// kind intended, a finite verb) right before the infinitive at the
// trigger: the personal "a" and the addressee's group are all that
// stand between ("ofreció a los transportistas abrir", "prometió al
// sindicato revisar"); nil otherwise.
func (r *run) offeredTo(m match, c clause, gs []*group) *group {
	if r.d.Lang != "es" || !r.hasForm(m.head, morph.Inf) {
		return nil
	}
	for _, g := range gs {
		if g.end != m.head || g.reporter || len(g.acts) == 0 || g.start <= c.start {
			continue
		}
		j := g.start
		if !r.isCue(kPersonal, j) {
			j--
		}
		if j <= c.start || !r.word(j) || !r.isCue(kPersonal, j) {
			continue
		}
		v := j - 1
		if r.word(v) && r.isCue(kIntended, v) && r.finiteVerb(v) {
			return g
		}
	}
	return nil
}

// reducedRelative is the group an English participle qualifies as a
// reduced relative ("return two drivers detained near Grodno"): the group
// ends right before it, is the object of a verb before it and not the
// clause's subject, and a preposition follows the one-word trigger; nil
// otherwise.
func (r *run) reducedRelative(m match, f morph.Form, c clause, gs []*group, subj *group) *group {
	if r.d.Lang != "en" || m.words != 1 || f != morph.Past && f != morph.Part || m.end >= len(r.d.Tokens) || !r.word(m.end) || !r.info[m.end].foldIs(kPrep) {
		return nil
	}
	for _, g := range gs {
		// the group is a verb's object: a finite verb stands before it in
		// its clause
		if g.end != m.head || g.start <= c.start || g == subj || g.reporter {
			continue
		}
		j := g.start - 1
		// determiners and numbers, or one word with no verb reading right
		// before the group ("two"), may stand between
		for n := 0; n < 3 && j > c.start && (r.word(j) && r.isCue(kDet, j) || r.d.Tokens[j].Kind == doc.Number ||
			j == g.start-1 && r.word(j) && !r.finiteVerb(j) && !r.info[j].foldIs(kPrep) && r.info[j].fold != "to"); n++ {
			j--
		}
		if r.word(j) && !r.info[j].foldIs(kPrep) && !r.isCue(kDet, j) && (r.finiteVerb(j) || j > c.start && r.info[j-1].fold == "to") {
			return g
		}
	}
	return nil
}

// reducedOnNoun reports an English participle of one word right after a
// noun and right before a preposition that is none of the pattern's target
// prepositions, the noun being a verb's object (a verb right before its
// determiner, past at most two adjectives or actor words): "saw France
// free an Iranian engineer convicted of violating export controls" is a
// reduced relative on that noun, an act of no one named.
func (r *run) reducedOnNoun(m match, f morph.Form, c clause) bool {
	if r.d.Lang != "en" || m.words != 1 || f != morph.Past && f != morph.Part || m.end >= c.end || !r.word(m.end) || !r.info[m.end].foldIs(kPrep) && r.info[m.end].fold != "of" || m.p.Tgt[r.info[m.end].fold] {
		return false
	}
	n := m.head - 1
	if n <= c.start || !r.word(n) || r.info[n].function || r.timeTok[n] || r.qtyTok[n] || r.d.Tokens[n].Cap && !r.inActor(n) {
		return false
	}
	// the noun's determiner, past at most two adjectives or actor words
	d := -1
	for j := n - 1; j >= c.start && j >= n-3; j-- {
		if !r.word(j) || r.info[j].foldIs(kPrep) {
			return false
		}
		if r.isCue(kDet, j) && !r.inActor(j) {
			d = j
			break
		}
		if !r.inActor(j) && r.hasVerb(j) {
			return false
		}
	}
	v := d - 1
	if d < 0 || v < c.start || !r.word(v) {
		return false
	}
	if r.info[v].function || r.inActor(v) {
		return false
	}
	if r.verbAt(v) {
		return true
	}
	// (a verb pattern's trigger: "free" has no verb reading of its own)
	if k := v - r.curFirst; k >= 0 && k < len(r.sentMatches) {
		for _, vm := range r.sentMatches[k] {
			if !vm.p.Noun && vm.head == v {
				return true
			}
		}
	}
	return false
}

// placeAgent is, for an agentless passive whose patient is foreign to the
// place named after the trigger in its clause, a country actor for that
// place's country, and that place; nil when the place is the patient's
// own country or none is named.
func (r *run) placeAgent(m match, c clause, patient *doc.Actor) (*doc.Actor, *doc.Place) {
	if patient.Country == "" {
		return nil, nil
	}
	lo, hi := r.d.Tokens[m.end-1].End, r.d.Tokens[c.end-1].End
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if pl.Start < lo || pl.End > hi || pl.Country == "" || r.inActor(r.d.TokenAt(pl.Start)) {
			continue
		}
		if pl.Country == patient.Country {
			return nil, nil
		}
		return &doc.Actor{Span: pl.Span, Code: pl.Country, Name: pl.Name, Country: pl.Country, Kind: "place", Source: "place:" + pl.Name, Head: pl.Span}, pl
	}
	return nil, nil
}

// sameRootBefore is the latest event of the sentence whose verb stands
// before the trigger in the trigger's clause with the same CAMEO root;
// nil if none.
func (r *run) sameRootBefore(si int, m match, c clause) *cand {
	for i := len(r.evs) - 1; i >= 0; i-- {
		cd := r.evs[i]
		if cd.sent != si {
			return nil
		}
		if !cd.noun && cd.head >= c.start && cd.head < m.head && cd.ev.Cameo[:2] == m.p.Code[:2] {
			return cd
		}
	}
	return nil
}

// namesParties reports a symmetric nominal event followed by one of its
// target words ("durante combates entre el ejército y las FARC", "during
// clashes between X and Y"): it names its own parties, so it is an event
// and not only the time frame of another.
func (r *run) namesParties(m match, s doc.Sentence) bool {
	return m.p.Sym && m.end < s.EndTok && r.word(m.end) && m.p.Tgt[r.info[m.end].fold]
}

// facedThing reports a verb whose object, right after it or after one of
// its target prepositions, is a determiner or count and a noun no actor
// holds ("enfrentan una crisis", "se enfrenta a una pena", "se enfrentan a
// un recorte"): a thing faced, not a party. A bare noun tells how ("se
// enfrentaron a golpes") or when ("hasta la madrugada" is no object).
func (r *run) facedThing(m match, c clause) bool {
	j := m.end
	if j >= c.end || !r.word(j) {
		return false
	}
	prep := m.p.Tgt[r.info[j].fold]
	if prep {
		j++
	}
	det := false
	for j < c.end && r.word(j) && (r.isCue(kDet, j) || r.qtyTok[j] && !r.inActor(j)) {
		det = true
		j++
	}
	if j >= c.end || !r.word(j) || r.inActor(j) || r.timeTok[j] || r.info[j].function || r.info[j].foldIs(kPrep) || r.isCue(kFrame, j) || r.finiteVerb(j) && !r.isCue(kFaced, j) || r.d.Tokens[j].Cap || strings.HasSuffix(r.info[j].fold, "mente") {
		// (a noun of cue kind faced that is also a verb form is the noun:
		// "enfrenta demandas judiciales")
		return false
	}
	// (an adjective before a party: "a la militarizada Guardia Nacional")
	for k := j + 1; k < c.end && k <= j+2 && r.word(k); k++ {
		if r.inActor(k) {
			return false
		}
	}
	// "los tripulantes que no enfrenten cargos", "enfrentan juicio": a
	// noun of cue kind faced (charges, a trial, a sentence, hardship) is
	// a thing faced even bare
	return det || r.isCue(kFaced, j)
}

// abstractTarget reports one of the pattern's target prepositions right
// after the trigger (past one word at most: "atentó gravemente contra")
// whose noun, past determiners, is of cue kind abstract ("contra la
// democracia", "on press freedom" past one modifier), or governs one
// ("contra la consolidación de la democracia").
func (r *run) abstractTarget(m match, s doc.Sentence) bool {
	for j := m.end; j < s.EndTok && j <= m.end+1; j++ {
		if !r.word(j) {
			return false
		}
		if !m.p.Tgt[r.info[j].fold] {
			continue
		}
		k := j + 1
		for k < s.EndTok && r.word(k) && r.isCue(kDet, k) {
			k++
		}
		for n := 0; n < 2 && k < s.EndTok && r.word(k); n, k = n+1, k+1 {
			if r.isCue(kAbstract, k) {
				return true
			}
			// "contra la consolidación de la democracia": one genitive
			// step to the abstract noun
			if d := k + 1; d+1 < s.EndTok && r.word(d) && (r.info[d].fold == "de" || r.info[d].fold == "del" || r.info[d].fold == "of") {
				d++
				for d < s.EndTok && r.word(d) && r.isCue(kDet, d) {
					d++
				}
				if d < s.EndTok && r.word(d) && r.isCue(kAbstract, d) {
					return true
				}
			}
			if r.d.Lang != "en" || r.info[k].function {
				return false
			}
		}
		return false
	}
	return false
}

// amongAfter reports, for a mutual act, "entre"/"between" (cue kind
// among, one of the pattern's target prepositions) right after the
// trigger or past one or two adjectives ("un enfrentamiento armado entre
// ..."): the parties are named there.
func (r *run) amongAfter(m match, s doc.Sentence) bool {
	if !m.p.Sym {
		return false
	}
	for j := m.end; j < s.EndTok && j <= m.end+2; j++ {
		if !r.word(j) {
			return false
		}
		if r.info[j].foldIs(kAmong) {
			return m.p.Tgt[r.info[j].fold]
		}
		if r.info[j].function || r.inActor(j) || r.finiteVerb(j) {
			return false
		}
	}
	return false
}

// accuserOf returns, for a denial with no one named ("Boluarte denied any
// wrongdoing") or an announced response ("said Tehran would respond"), who
// acted against the speaker just before: the source of the latest
// accusation, investigation, threat, sanction, legal action or force of the
// reach previous sentences whose target is the speaker, or another actor
// of the speaker's country when the source is foreign (sanctions on
// Iranian companies are rejected by Iran's foreign ministry), or, for an
// accusation at home by those of its country who are no state, any body
// of the speaker's state when the speaker is one too ("acusó a la junta
// ... El Ejército negó"); nil if
// none (within one sentence the object names the claim: "which Israel
// accuses of ..., rejected the claims").
//
// A threat (answered) may also answer an act its own side has only
// accused the other of ("acusó a Pakistán de un ataque con drones ... se
// reserva el derecho de responder"): the accused of the latest accusation
// or official complaint by the speaker's side against another is then its
// target (not one it only criticised: "criticised the decision and said it
// would respond calmly").
func (r *run) accuserOf(si, reach int, speaker *doc.Actor, answered bool) *doc.Actor {
	return r.latest(si, reach, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if answered && e.Source != nil && e.Target != nil && (e.Cameo[:3] == "112" || e.Cameo == "114") && e.Modality == doc.Asserted &&
			sideKey(e.Source) == sideKey(speaker) && sideKey(e.Target) != sideKey(speaker) && e.Target.Country != "" {
			return e.Target
		}
		if cd.sent == si || e.Source == nil || e.Target == nil || e.Source.Code == speaker.Code {
			return nil
		}
		// (at home, the state answers for any of its bodies that rebels
		// or opponents accused: "acusó a la junta de violar la tregua ...
		// El Ejército negó haber llevado a cabo el ataque"; not for one
		// they attacked, nor for the bare country)
		home := e.Cameo[:2] == "11" && speaker.Country != "" && e.Target.Country == speaker.Country && e.Source.Country == speaker.Country &&
			hasRole(e.Target, bodyRoles) && hasRole(speaker, bodyRoles) && !hasRole(e.Source, stateRoles)
		if !home && e.Target.Code != speaker.Code && (sideKey(e.Target) != sideKey(speaker) || sideKey(e.Source) == sideKey(speaker)) {
			return nil
		}
		switch e.Cameo[:2] {
		case "09", "11", "13", "16", "17", "18", "19", "20":
			return e.Source
		}
		return nil
	})
}

// allegerBefore returns, for a denial with no one named ("The government
// denied the allegation"), the first actor of another side in the sentence
// right before that tells, after "that"/"que", of a body of the speaker's
// state: "Amnesty International ... citing evidence that government forces
// used helicopter gunships"; nil if none.
func (r *run) allegerBefore(si int, speaker *doc.Actor) *doc.Actor {
	if si == 0 || speaker.Country == "" {
		return nil
	}
	sp := r.d.Sentences[si-1].Span
	var alleger *doc.Actor
	for i := range r.d.Actors {
		a := &r.d.Actors[i]
		if a.Start < sp.Start || a.End > sp.End || a.Code == "" {
			continue
		}
		if alleger == nil {
			if sideKey(a) != sideKey(speaker) && !hasRole(a, stateRoles) {
				alleger = a
			}
			continue
		}
		if a.Country == speaker.Country && hasRole(a, stateRoles) {
			between := strings.ToLower(r.d.Text[alleger.End:a.Start])
			if strings.Contains(between, " that ") || strings.Contains(between, " que ") {
				x := *alleger
				return &x
			}
		}
	}
	return nil
}

// deniedActOf returns, for a denial with no accuser told ("Sudanese
// soldiers stopped a U.N. convoy ... The army-aligned government denied
// blocking the aid"), the other party of the latest act of force,
// coercion or rejection (12-20) that the speaker's side was told to have
// done in the reach previous sentences: whom the act denied fell on, who
// answers for the charge; nil if none.
func (r *run) deniedActOf(si, reach int, speaker *doc.Actor) *doc.Actor {
	return r.latest(si, reach, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if cd.sent == si || e.Source == nil || e.Target == nil || e.Modality != doc.Asserted || e.Target.Code == "" ||
			sideKey(e.Source) != sideKey(speaker) || sideKey(e.Target) == sideKey(speaker) {
			return nil
		}
		if k := e.Cameo[:2]; k >= "12" && k <= "20" && k != "14" {
			return e.Target
		}
		return nil
	})
}

// reportedPronoun returns the reporting verb whose clause the trigger's
// subject pronoun opens ("said it would keep ...", "said that they had
// attacked ..."): the pronoun stands right before the trigger, with only
// auxiliaries between, and right after the verb or its "that"; -1 when
// there is none.
func (r *run) reportedPronoun(m match, c clause) int {
	j := m.head - 1
	for j >= c.start-3 && j >= 0 && r.word(j) && r.isCue(kAux, j) {
		j--
	}
	if !r.word(j) || !r.isCue(kSubjPron, j) {
		return -1
	}
	j--
	if r.word(j) && r.info[j].foldIs(kClause) && r.isCue(kRelPron, j) {
		j-- // the complementiser "that"
	}
	if !r.word(j) || !r.isCue(kReport, j) {
		return -1
	}
	for _, a := range r.info[j].an {
		if a.Verb && r.lx.is(kReport, a.Lemma) && a.Form != morph.Part {
			return j
		}
	}
	return -1
}

// complClause reports a clause opened by a complementiser ("that",
// "que") that is no relative clause: the complement of the verb before it.
func (r *run) complClause(c clause) bool {
	j := c.start
	if j < c.end && !r.word(j) {
		return false
	}
	return j < c.end && r.info[j].foldIs(kClause) && r.isCue(kRelPron, j) && !r.relClause(c) && j > 0 && !r.inActor(j-1) &&
		r.finiteVerb(j-1)
}

// coordOpens reports a clause whose first word is a coordinating
// conjunction (", and said ...", ", y anunció ...").
func (r *run) coordOpens(c clause) bool {
	for j := c.start; j < c.end; j++ {
		if r.word(j) {
			return r.isCue(kCoord, j)
		}
	}
	return false
}

// conditionBefore reports a condition clause that opens before the
// trigger and closes with a comma before it ("Si el gobierno no retira la
// ley, marcharemos", "if the army advances, the rebels will attack"): at
// least two words between the cue and the comma; not an accented "sí"
// (yes) nor a cue that also opens a contrast ("si bien").
func (r *run) conditionBefore(m match, s doc.Sentence) bool {
	for j := s.FirstTok; j < m.head; j++ {
		if !r.word(j) {
			continue
		}
		e, ok := r.conditionAt(j, m.head, s)
		if !ok || morph.Fold(r.d.Tokens[j].Lower()) != r.d.Tokens[j].Lower() {
			continue
		}
		if _, con := r.lx.cueAt(r.info, j, m.head, kContrast); con {
			continue
		}
		for k := e + 2; k < m.head; k++ {
			if r.d.Tokens[k].Text == "," {
				return true
			}
			if r.d.Tokens[k].Text == ";" {
				break
			}
		}
	}
	return false
}

// conditionAt returns the end of a condition cue starting at j. One that
// opens with a genitive preposition ("de no cumplirse el acuerdo, ...",
// "de continuar los despidos, ...") is a condition only where it opens a
// clause (the sentence's start, after punctuation or a clause opener):
// elsewhere it is a complement ("la decisión de no pagar").
func (r *run) conditionAt(j, end int, s doc.Sentence) (int, bool) {
	e, ok := r.lx.cueAt(r.info, j, end, kCondition)
	if ok && r.isCue(kGenitive, j) && j > s.FirstTok && r.word(j-1) && !r.isCue(kClause, j-1) {
		return 0, false
	}
	return e, ok
}

// inCondition reports a trigger inside a condition clause: a condition
// cue (not an accented "sí") a few words before it with no punctuation
// between ("si la huelga continúa", "si el mitin se extiende").
func (r *run) inCondition(m match, s doc.Sentence) bool {
	// (English takes one word more: "if the army did not withdraw")
	win := 4
	if r.d.Lang == "en" {
		win = 5
	}
	for j := m.head - 1; j >= s.FirstTok && j >= m.head-win; j-- {
		if !r.word(j) {
			return false
		}
		if _, ok := r.conditionAt(j, m.head, s); ok && morph.Fold(r.d.Tokens[j].Lower()) == r.d.Tokens[j].Lower() {
			return true
		}
	}
	return false
}

// conditionAfter reports a condition ("if", "unless", "si", "a menos que")
// after the trigger in its sentence, when the trigger's own clause is no
// condition.
func (r *run) conditionAfter(m match, c clause, s doc.Sentence) bool {
	for j := c.start; j < m.head; j++ {
		if r.word(j) && r.isCue(kCondition, j) {
			return false
		}
	}
	for j := m.end; j < s.EndTok; j++ {
		if !r.word(j) {
			if r.d.Tokens[j].Text == ";" {
				return false
			}
			continue
		}
		if _, ok := r.conditionAt(j, s.EndTok, s); ok {
			return true
		}
	}
	return false
}

// ownConditionAfter is conditionAfter for a condition of the trigger's
// own verb: one that opens before the next finite verb ("convocó a una
// huelga y amenazó con volver a las armas si ...": the condition is of
// the threat, not of the strike).
func (r *run) ownConditionAfter(m match, c clause, s doc.Sentence) bool {
	if !r.conditionAfter(m, c, s) {
		return false
	}
	for j := m.end; j < s.EndTok; j++ {
		if !r.word(j) {
			continue
		}
		if _, ok := r.conditionAt(j, s.EndTok, s); ok {
			return true
		}
		if r.finiteVerb(j) {
			return false
		}
	}
	return false
}

// otherParty returns the other party of the latest event of the last four
// sentences (an asserted one, not in quotes) in which the speaker took
// part as source or target; nil if none. Meetings, talks and mediation
// (04) are left out: whom one meets or who mediates is no adversary.
func (r *run) otherParty(si int, speaker *doc.Actor) *doc.Actor {
	return r.latest(si, 4, func(cd *cand) *doc.Actor {
		e := &cd.ev
		if e.Source == nil || e.Target == nil || e.Modality != doc.Asserted || r.quoted(e.Evidence.Trigger.Start) || e.Cameo[:2] == "04" {
			return nil
		}
		switch {
		case sameState(e.Source, speaker) && !sameState(e.Target, speaker):
			return e.Target
		case sameState(e.Target, speaker) && !sameState(e.Source, speaker):
			return e.Source
		}
		return nil
	})
}

// speakerOf returns the group that reports the clause of tgt: the nearest
// reporter before it ("Russia said Sudan must ..."), else the first after
// it ("Sudan must ..., Russia said"); not the one told (the hearer), nor
// tgt itself.
func (r *run) speakerOf(tgt *group, gs []*group, reps []doc.Reporter) *group {
	var after *group
	for i := len(gs) - 1; i >= 0; i-- {
		g := gs[i]
		if g == tgt || !g.reporter || len(g.acts) == 0 {
			continue
		}
		told := false
		for _, rp := range reps {
			if rp.Span == r.d.Actors[g.acts[0]].Span {
				told = true
			}
		}
		if !told {
			continue // the hearer of "told parliament"
		}
		if g.end <= tgt.start {
			return g
		}
		after = g
	}
	return after
}

// wardObject reports a pattern whose last word is a noun of people held
// or cared for (cue kind ward: "treated the wounded", "atendió a los
// heridos").
func (r *run) wardObject(m match) bool {
	l := m.toks[len(m.toks)-1]
	// (the noun itself, right after its article, a genitive or a count:
	// not an adjective on a group named before it, "atender a
	// guerrilleros enfermos o heridos")
	return l != m.head && r.word(l) && r.isCue(kWard, l) && r.word(l-1) && (r.isCue(kDet, l-1) || r.info[l-1].foldIs(kGenitive) || r.countWord(l-1))
}

// sayerBefore is the group that ends right before a verb of saying (cue
// kind report) standing before token h in its sentence, with no other
// finite verb between that verb and h ("Vietnam's foreign ministry said a
// protest note had been handed"), or nil.
func (r *run) sayerBefore(h int, s doc.Sentence, gs []*group) *group {
	for j := h - 1; j > s.FirstTok; j-- {
		if !r.word(j) || r.inActor(j) {
			continue
		}
		if r.isCue(kReport, j) && r.finiteVerb(j) {
			for _, g := range gs {
				if g.end == j && !g.inverted {
					return g
				}
			}
			return nil
		}
		if r.finiteVerb(j) && !r.info[j].function && !r.isCue(kAux, j) && !r.isCue(kPassive, j) {
			return nil
		}
	}
	return nil
}

// obliged reports a trigger under a word of obligation a few words
// before it in its clause ("must return", "must not be allowed to
// attack", "must be ready to mediate", "must reach an agreement").
func (r *run) obliged(m match, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-4; j-- {
		if !r.word(j) {
			return false
		}
		if r.isCue(kObligation, j) {
			return true
		}
	}
	return false
}

// causeComplement reports a Spanish nominal event inside a prepositional
// phrase of its clause, its determiners and adjectives aside, other than
// one after "con" or "en" ("huyeron por las amenazas", "a raíz de las
// amenazas", "tras las nuevas amenazas"): the cause or the frame of the
// clause's act, not what its subject does ("respondió con la amenaza de",
// "insistió en su amenaza", "ratificó su amenaza" are the subject's).
func (r *run) causeComplement(m match, c clause) bool {
	if r.d.Lang != "es" {
		return false
	}
	for j := m.head - 1; j >= c.start && j >= m.head-4; j-- {
		if !r.word(j) || r.inActor(j) || r.verbAt(j) && !r.isCue(kDet, j) {
			return false
		}
		if r.isCue(kDet, j) {
			continue
		}
		if r.info[j].foldIs(kPrep) {
			f := r.info[j].fold
			return f != "con" && f != "en"
		}
		if r.info[j].function {
			return false
		}
	}
	return false
}

// receivedBy returns the verb of receiving whose object the nominal event
// is ("received a loan", "got threats"), or -1: a verb of the cue kind
// receive a few words before it, with no punctuation between.
//
// A criticism or accusation is also drawn by the subject of a verb of the
// cue kind incur ("la decisión provocó en el país una ola de críticas",
// "the plan drew sharp criticism"), a few more words before it.
func (r *run) receivedBy(m match, c clause) int {
	disapproval := m.p.Code[:2] == "11"
	reach := 4
	if disapproval {
		reach = 6
	}
	for j := m.head - 1; j >= c.start && j >= m.head-reach; j-- {
		if !r.word(j) {
			return -1
		}
		// "came under attack", "came under heavy shelling": an act one
		// comes under is done to the subject of that verb
		if r.isCue(kUnder, j) && j > c.start && r.word(j-1) {
			for _, a := range r.info[j-1].an {
				if a.Verb && (r.lx.is(kIncur, a.Lemma) || r.lx.is(kReceive, a.Lemma)) {
					return j - 1
				}
			}
			return -1
		}
		if r.isCue(kReceive, j) || disapproval && r.isCue(kIncur, j) {
			// a verb whose own lemma receives: not "de" read as "dé" (dar);
			// an English present ("faces pressure", "face criticism") is
			// read as no verb, so one not after a determiner counts
			enPres := r.d.Lang == "en" && j > c.start && !r.info[j].function && !(r.word(j-1) && (r.isCue(kDet, j-1) || r.isCue(kOwner, j-1)))
			for _, a := range r.info[j].an {
				if (a.Verb || enPres && (a.Form == morph.Pres || a.Form == morph.Plural || a.Form == morph.Other)) && (r.lx.is(kReceive, a.Lemma) || disapproval && r.lx.is(kIncur, a.Lemma)) {
					return j
				}
			}
			// (the "de" of "una ola de críticas", "a wave of
			// criticism": a part of the object)
			if disapproval && r.info[j].foldIs(kGenitive) {
				continue
			}
			return -1
		}
		// "denunció amenazas de muerte", "denounced death threats": one
		// who denounces threats tells of threats received
		if m.p.Code[:2] == "13" && r.isCue(kDenounce, j) {
			for _, a := range r.info[j].an {
				if a.Verb && r.lx.is(kDenounce, a.Lemma) {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// causedBy returns the verb of the cue kind incur whose object the
// nominal event is ("la medida provocó una ola de protestas", "sparked
// protests"), a few words before it with no punctuation between, or -1:
// its subject caused the act, it did not do it.
func (r *run) causedBy(m match, c clause) int {
	for j := m.head - 1; j >= c.start && j >= m.head-6; j-- {
		if !r.word(j) {
			return -1
		}
		if !r.isCue(kIncur, j) {
			continue
		}
		for _, a := range r.info[j].an {
			if a.Verb && r.lx.is(kIncur, a.Lemma) {
				return j
			}
		}
	}
	return -1
}

// fromGroup returns the group introduced by a source preposition of
// giving ("from") soon after a nominal event, in its clause.
func (r *run) fromGroup(m match, c clause, gs []*group) *group {
	for _, g := range gs {
		if g.start < m.end || g.reporter {
			continue
		}
		// (past "de parte de": "recibieron amenazas de muerte de parte de
		// hombres armados")
		if g.start >= c.end || g.start > m.end+4 && !(g.start <= m.end+6 && r.onBehalfBefore(g.start)) {
			return nil
		}
		if p := r.prepBefore(g.start, m.end); p != "" && r.lx.is(kReceive, p) {
			return g
		}
		return nil
	}
	return nil
}

// onBehalfBefore reports a giver phrase of several words (cue kind
// receive: "de parte de", "de parte del") ending right before token g.
func (r *run) onBehalfBefore(g int) bool {
	for j := g - 2; j >= 0 && j >= g-4; j-- {
		if end, ok := r.lx.cueAt(r.info, j, g, kReceive); ok && end == g {
			return true
		}
	}
	return false
}

// threatReach is how many tokens after a threat its condition or the act
// threatened may name whom it is aimed at.
const threatReach = 16

// threatTarget returns whom a threat with no object is aimed at, within
// threatReach tokens after it: the subject of a condition ("if the United
// States goes ahead", "unless Baghdad accepted"), else the first group a
// preposition of the cue kind threatat introduces ("blows to the United
// States", "action against Russia"); never one of the threatener's own
// country (which must be known).
func (r *run) threatTarget(m match, gs []*group, s doc.Sentence, self *doc.Actor) *group {
	end := m.end + threatReach
	if end > s.EndTok {
		end = s.EndTok
	}
	for j := m.end; j < end; j++ {
		if r.word(j) && r.isCue(kCondition, j) {
			for _, g := range gs {
				if g.start > j && g.start <= j+3 && !g.reporter && !r.ownSide(g, self) {
					return g
				}
			}
			break
		}
	}
	for _, g := range gs {
		if g.start < m.end || g.start >= end || g.reporter {
			continue
		}
		if gov := r.governor(g.start, m.end); gov != "" && r.lx.is(kThreatAt, gov) && !r.ownSide(g, self) {
			return g
		}
	}
	return nil
}

// threatPlace is the country of a place a preposition of the cue kind
// threatat introduces soon after a threat with no object ("to resume
// attacks in Israel"), when it is not the threatener's own.
func (r *run) threatPlace(m match, s doc.Sentence, self *doc.Actor) *doc.Actor {
	end := m.end + threatReach
	if end > s.EndTok {
		end = s.EndTok
	}
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		ti := r.d.TokenAt(pl.Start)
		if pl.Country == "" || ti < m.end || ti >= end || r.inActor(ti) || places.IsAnaphor(pl) {
			continue
		}
		if gov := r.governor(ti, m.end); gov == "" || !r.lx.is(kThreatAt, gov) || sameLand(self, pl.Country) {
			continue
		}
		return &doc.Actor{Span: pl.Span, Code: pl.Country, Name: pl.Name, Country: pl.Country, Kind: "place", Source: "place:" + pl.Name, Head: pl.Span}
	}
	return nil
}

// heldIn is the country of a place told right after a group of people,
// past a participle and "in" (cue kind loc: "nationals held in Russia",
// "citizens still detained in Iran"), within eight words of its clause.
func (r *run) heldIn(g *group, s doc.Sentence) *doc.Actor {
	end := min(g.end+8, s.EndTok)
	for j := g.end; j < end; j++ {
		if !r.word(j) {
			return nil
		}
		if !r.isCue(kLoc, j) {
			continue
		}
		for i := range r.d.Places {
			pl := &r.d.Places[i]
			if ti := r.d.TokenAt(pl.Start); ti == j+1 && pl.Country != "" && !r.inActor(ti) && !places.IsAnaphor(pl) {
				return &doc.Actor{Span: pl.Span, Code: pl.Country + "GOV", Name: pl.Name, Country: pl.Country, Roles: []string{"GOV"}, Kind: "place", Source: "place:" + pl.Name, Head: pl.Span}
			}
		}
		return nil
	}
	return nil
}

// heldBy is the agent of a participle right after the people g names
// ("the release of the 14 sailors held by Iran", "of the journalists
// arrested by the police"): whoever holds them, when not of the
// appealer's own state (src); or nil.
func (r *run) heldBy(g *group, s doc.Sentence, gs []*group, src *doc.Actor) *group {
	j := g.end
	if j+1 >= s.EndTok || !r.word(j) || !r.word(j+1) || !r.hasForm(j, morph.Part) && !r.hasForm(j, morph.Past) || !r.isCue(kAgent, j+1) {
		return nil
	}
	for _, h := range gs {
		if h.start == j+2 && len(h.acts) > 0 && !h.reporter && (src == nil || !sameState(src, &r.d.Actors[h.acts[0]])) {
			return h
		}
	}
	return nil
}

// conditionParty is the group right after a word of condition (cue kind
// condition: "if", "unless") told within threatReach words after the
// trigger, when it is not of the speaker's side: whom an offer or threat
// on that condition is made to.
func (r *run) conditionParty(m match, gs []*group, s doc.Sentence, self *doc.Actor) *group {
	end := min(m.end+threatReach, s.EndTok)
	for j := m.end; j < end; j++ {
		if r.word(j) && r.isCue(kCondition, j) {
			for _, g := range gs {
				if g.start > j && g.start <= j+3 && !g.reporter && !r.ownSide(g, self) {
					return g
				}
			}
			return nil
		}
	}
	return nil
}

// claimPlace is the country of the first place told after a claim of
// responsibility, within its clause (no comma between) and threatReach
// words, that is not the claimant's own: the country the claimed attack
// struck.
func (r *run) claimPlace(m match, s doc.Sentence, self *doc.Actor) *doc.Actor {
	end := min(m.end+threatReach, s.EndTok)
	for j := m.end; j < end; j++ {
		if !r.word(j) && r.d.Tokens[j].Text == "," {
			end = j
		}
	}
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		ti := r.d.TokenAt(pl.Start)
		if pl.Country == "" || ti < m.end || ti >= end || r.inActor(ti) || places.IsAnaphor(pl) || sameLand(self, pl.Country) {
			continue
		}
		return &doc.Actor{Span: pl.Span, Code: pl.Country, Name: pl.Name, Country: pl.Country, Kind: "place", Source: "place:" + pl.Name, Head: pl.Span}
	}
	return nil
}

// ownSide reports whether group g's first actor is of self's country.
func (r *run) ownSide(g *group, self *doc.Actor) bool {
	a := &r.d.Actors[g.acts[0]]
	return a.Code == self.Code || sameLand(a, self.Code)
}

// stateRoles are the roles of actors that act for a state: their protest,
// if any, is not aimed at their own government.
var stateRoles = []string{"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "STATE"}

// stateForces are the state's armed, police and intelligence forces.
var stateForces = []string{"MIL", "COP", "SPY"}

// insurgentRoles are armed men who fight their own country's state.
var insurgentRoles = []string{"REB", "UAF"}

// protestGovernment is the implied target of a protest that names no one
// it is against: the government of the country it takes place in when
// that is not the protesters' own ("US and British activists staged a
// protest in Beijing"), else the protesters' own government; nil when the
// protesters have no country or act for a state (a bare country counts as
// its people). Its span is the act's trigger.
func protestGovernment(a *doc.Actor, loc *doc.Place, trig doc.Span) *doc.Actor {
	// a bare country protesting is its people ("Thousands of Nigerians
	// converged for a rally"): a state holds no rallies
	if a == nil || len(a.Country) != 3 || len(a.Code) < 3 || a.Code[:3] != a.Country || a.Code != a.Country && hasRole(a, stateRoles) {
		return nil
	}
	c := a.Country
	if loc != nil && len(loc.Country) == 3 && loc.Country != c {
		// abroad, against the host country as a whole ("US and British
		// activists staged a protest in Beijing": CHN)
		c = loc.Country
		return &doc.Actor{Span: trig, Code: c, Name: loc.Name, Country: c, Kind: "implied", Source: "implied:country " + c, Head: trig}
	}
	return &doc.Actor{Span: trig, Code: c + "GOV", Name: "government", Country: c,
		Roles: []string{"GOV"}, Kind: "implied", Source: "implied:government of " + c, Head: trig}
}

// aimed keeps the implied target t of a protest or a people's demand
// that names no one it is aimed at only where its sentence gives ground
// for it: abroad, the host country (t is a bare country: "British
// activists staged a protest in Beijing"); at home, the government when
// the sentence names a measure or act of a state (cue kind measure:
// "contra la reforma de pensiones", "against the fuel tax", "los
// resultados electorales", "the arrest of activists") or a body of the
// state (a government, a minister, the police, the army, a court, a
// legislature) the protest faces. At home with neither, or for a cause
// no state answers for (cue kind nostate: "marcharon por la paz",
// "rallied against violence"), it is aimed at no one told (nil), as
// docs/gold-format.md's null is. Bodies named in other sentences do not
// count: a story names its government or its police somewhere more often
// than not, and in full AFP articles annotated by hand (peer
// es_protest_brat_docs) a protest whose own sentence names neither is
// mostly left with no target.
func (r *run) aimed(e *doc.Event, t *doc.Actor) *doc.Actor {
	if t == nil || t.Code == t.Country {
		return t
	}
	s := e.Evidence.Sentence
	if s < 0 || s >= len(r.d.Sentences) {
		return nil
	}
	sent := r.d.Sentences[s]
	first, end := sent.FirstTok, sent.EndTok
	// a cause no state answers for, its phrase ending there (a function
	// word other than "de"/"of" after it: "por la paz", "contra la
	// violencia en el país", "for peace as"; not "contra la violencia
	// policial", "de Estado"): aimed at no one told
	for j := first; j < end; j++ {
		if k, ok := r.lx.cueAt(r.info, j, end, kNoState); ok && (k >= end || !r.word(k) || r.info[k].function && !r.isCue(kGenitive, k)) {
			return nil
		}
	}
	for j := first; j < end; j++ {
		if _, ok := r.lx.cueAt(r.info, j, end, kMeasure); ok || r.isCue(kMeasure, j) {
			return t
		}
	}
	for i := range r.d.Actors {
		a := &r.d.Actors[i]
		if a.Start < sent.Start || a.End > sent.End {
			continue
		}
		// a body of no country told is the story's own ("el gobierno"); a
		// capital is mostly where the protest is ("marcharon en Quito"),
		// no government faced
		if (a.Country == t.Country || a.Country == "") && a.Kind != actors.KindCapital && hasRole(a, bodyRoles) {
			return t
		}
	}
	return nil
}

// bodyRoles are the roles of the bodies of a state (stateRoles but the
// state named bare): those a protest may face.
var bodyRoles = []string{"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}

// sentenceActor is the first actor mention of sentence si coded code, or
// nil.
func (r *run) sentenceActor(si int, code string) *doc.Actor {
	if si < 0 || si >= len(r.d.Sentences) {
		return nil
	}
	s := r.d.Sentences[si]
	for i := range r.d.Actors {
		if a := &r.d.Actors[i]; a.Start >= s.Start && a.End <= s.End && a.Code == code {
			return a
		}
	}
	return nil
}

// legislatureActs reports an event of out whose source is the legislature
// code leg (a vote, a law passed, a statement): one that acts in the story.
func legislatureActs(out []doc.Event, leg string) bool {
	for i := range out {
		if s := out[i].Source; s != nil && s.Code == leg {
			return true
		}
	}
	return false
}

// seatOnly reports a target that is a legislature (of a country or of
// none told) and nothing else, named right after a preposition of cue
// kind seatat ("ante el Parlamento", "frente al Congreso", "outside
// parliament", "in front of the Senate"), past articles and the
// "a"/"de"/"of" of compound prepositions.
func (r *run) seatOnly(a *doc.Actor) bool {
	if a == nil || a.Kind == "implied" || a.Code != a.Country+"LEG" {
		return false
	}
	t := r.d.TokenAt(a.Span.Start)
	for j := t - 1; j >= 0 && j >= t-4; j-- {
		if !r.word(j) {
			return false
		}
		if r.isCue(kSeatAt, j) {
			return true
		}
		switch f := r.info[j].fold; {
		case r.isCue(kDet, j), f == "a", f == "al", f == "de", f == "del", f == "of":
			continue
		}
		return false
	}
	return false
}

// homeTarget is the implied target of a domestic measure or a yielding
// that names no one (pattern option home): the country where it happens
// (the place told, else the source's country), its people (CVL) when a
// body of the state acts, its government when anyone else does. Its span is the
// act's trigger.
func homeTarget(a *doc.Actor, loc *doc.Place, trig doc.Span) *doc.Actor {
	c := a.Country
	if loc != nil && len(loc.Country) == 3 {
		c = loc.Country
	}
	if hasRole(a, stateRoles) {
		return &doc.Actor{Span: trig, Code: c + "CVL", Name: "civilians", Country: c,
			Roles: []string{"CVL"}, Kind: "implied", Source: "implied:people of " + c, Head: trig}
	}
	return &doc.Actor{Span: trig, Code: c + "GOV", Name: "government", Country: c,
		Roles: []string{"GOV"}, Kind: "implied", Source: "implied:government of " + c, Head: trig}
}

// placePhrase reports whether the tokens [lo, hi) are a preposition of
// place followed by one place name ("the rebels in Darfur must ..."): a
// modifier of the group before them.
func (r *run) placePhrase(lo, hi int) bool {
	if hi-lo < 2 || !r.word(lo) || !r.info[lo].foldIs(kLoc) {
		return false
	}
	for i := range r.d.Places {
		pl := &r.d.Places[i]
		if r.d.TokenAt(pl.Start) == lo+1 && r.d.TokenAt(pl.End-1)+1 == hi {
			return true
		}
	}
	return false
}

// refused reports a cue of refusal ending right before the trigger, or
// one word before it, in its clause ("refused to send", "would not
// release", "will not now meet"), or a negation right before a trigger
// in the future or conditional, the same refusal told by the verb's
// own ending ("no enviará tropas", "no liberaría a los rehenes").
func (r *run) refused(m match, form morph.Form, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-4; j-- {
		if e, ok := r.lx.cueAt(r.info, j, m.head, kRefusal); ok && e >= m.head-1 {
			return true
		}
	}
	// "refused to release the prisoners and withdraw its troops": the
	// infinitive joined to a refused one is refused too
	if q := r.coordInfinitive(m.head, r.curFirst); q >= 0 && q < m.head {
		if r.refused(match{p: m.p, head: q, end: q + 1, toks: []int{q}, words: 1}, morph.Inf, r.cs[clauseOf(r.cs, q)]) {
			return true
		}
	}
	if form == morph.Fut || form == morph.Cond {
		j := m.head - 1
		for j > c.start && j > m.head-3 && r.word(j) && (r.isCue(kConjSkip, j) || r.isCue(kReflexive, j)) {
			j--
		}
		return j >= c.start && r.word(j) && r.isCue(kNegation, j)
	}
	return false
}

// movesForces reports the roots of acts that may move the actor's own
// forces: intents (03), aid (07), yielding (08), mobilisation (15).
func movesForces(code string) bool {
	switch code[:2] {
	case "03", "07", "08", "15":
		return true
	}
	return false
}

// ownForces reports a group of one military actor of the country of a
// source that acts as a state (a country or its government), or of no
// country named ("contribute 4,000 troops").
func (r *run) ownForces(src, g *group) bool {
	if len(src.acts) != 1 || len(g.acts) != 1 {
		return false
	}
	a, b := &r.d.Actors[src.acts[0]], &r.d.Actors[g.acts[0]]
	if len(a.Country) != 3 || b.Country != "" && a.Country != b.Country || !hasRole(b, []string{"MIL"}) {
		return false
	}
	return hasRole(a, []string{"GOV", "STATE"})
}

// orderVerb returns the verb of the cue kind order right before the
// group that starts at from, only a personal "a", a complementiser
// (appealcomp: "que", "that") or determiners between ("ordenó al ejército", "ordenó que las
// tropas", "ordered the troops"); -1 when there is none.
func (r *run) orderVerb(from int, s doc.Sentence) int {
	for j := from - 1; j >= s.FirstTok && j >= from-3; j-- {
		if !r.word(j) || r.inActor(j) {
			return -1
		}
		if r.isCue(kOrder, j) {
			for _, a := range r.info[j].an {
				if a.Verb {
					return j
				}
			}
			return -1
		}
		if !r.isCue(kDet, j) && !r.info[j].foldIs(kPersonal) && !r.isCue(kAppealComp, j) {
			return -1
		}
	}
	return -1
}

// armedGroup reports a group whose every actor is an armed or police
// force.
func (r *run) armedGroup(g *group) bool {
	for _, ai := range g.acts {
		if !hasRole(&r.d.Actors[ai], []string{"MIL", "COP", "REB", "UAF"}) {
			return false
		}
	}
	return len(g.acts) > 0
}

// orderedForces reports a group of one armed or police actor whom a
// state's own government (every actor of g) commands: of g's country, or
// of none named ("ordenó el despliegue de tropas").
func (r *run) orderedForces(g, src *group) bool {
	if len(src.acts) != 1 || len(g.acts) == 0 {
		return false
	}
	b := &r.d.Actors[src.acts[0]]
	if !hasRole(b, []string{"MIL", "COP"}) {
		return false
	}
	for _, ai := range g.acts {
		a := &r.d.Actors[ai]
		if len(a.Country) != 3 || b.Country != "" && a.Country != b.Country || !hasRole(a, []string{"GOV", "STATE"}) {
			return false
		}
	}
	return true
}

// suspectTarget returns the people an arrest at m by actor by holds as criminals
// (CRM) when words of suspicion (cue kind suspect: "presuntamente",
// "sospechosos de", "suspected of") follow them within six words of their
// sentence, past an age ("de 24 años") or a relative pronoun, before any
// other verb: its target t when t is people (CVL) or none, or the noun of
// people the arrest's pattern holds ("detener a un hombre"); else nil.
func (r *run) suspectTarget(m match, s doc.Sentence, t, by *doc.Actor) *doc.Actor {
	var who *doc.Actor
	end := m.end
	// "detuvo a dos marroquíes sospechosos de", "arrested two Moroccans
	// suspected of": a plural demonym standing as the people keeps its
	// country
	demonym := t != nil && strings.HasPrefix(t.Source, actors.SourcePeople) && len(t.Roles) == 0 && len(t.Country) == 3 && t.Code == t.Country
	if t != nil {
		if !(len(t.Roles) == 1 && t.Roles[0] == "CVL") && !demonym {
			return nil
		}
		who, end = t, r.d.TokenAt(t.End-1)+1
	} else {
		for i := range r.d.Actors {
			a := &r.d.Actors[i]
			if b := r.d.TokenAt(a.Start); b > m.head && b < m.end && len(a.Roles) == 1 && a.Roles[0] == "CVL" {
				who, end = a, r.d.TokenAt(a.End-1)+1
			}
		}
		if who == nil {
			return nil
		}
	}
	for j := end; j < s.EndTok && j < end+6; j++ {
		if !r.word(j) {
			if r.d.Tokens[j].Text != "," && r.d.Tokens[j].Kind != doc.Number {
				return nil
			}
			continue
		}
		if _, ok := r.lx.cueAt(r.info, j, s.EndTok, kSuspect); ok {
			b := *who
			if !demonym && by.Country != "" && hasRole(by, stateRoles) && (b.Head == b.Span || b.Head.End <= b.Head.Start) {
				// (people named by a bare noun, whose country was only
				// guessed, are held where the state that arrests them
				// rules: "la Armada de Nigeria detuvo ... a dos hombres")
				b.Country = by.Country
			}
			b.Roles = []string{"CRM"}
			b.Code = b.Country + "CRM"
			return &b
		}
		if r.inActor(j) || r.finiteVerb(j) && !r.info[j].function {
			return nil
		}
	}
	return nil
}

// allRole reports a group whose actors all have role as their first.
func (r *run) allRole(g *group, role string) bool {
	for _, ai := range g.acts {
		if a := &r.d.Actors[ai]; len(a.Roles) == 0 || a.Roles[0] != role {
			return false
		}
	}
	return len(g.acts) > 0
}

// sentForces reports forces (src: armed forces or police, one or several:
// "del Ejército y de la Guardia Nacional") of the state that g, a
// government or state of a country, names.
func (r *run) sentForces(g, src *group) bool {
	if len(src.acts) == 0 {
		return false
	}
	for _, ai := range src.acts {
		one := &group{start: src.start, end: src.end, acts: []int{ai}}
		if !r.orderedForces(g, one) {
			return false
		}
	}
	return true
}

// intentNoun returns the noun of promise or offer whose complement the
// nominal event is (cue kind intended, after a determiner: "su oferta
// de", "a pledge of", "the promise of"), or the trigger itself for an
// expressed intent (03x: "promesa de ayuda"); -1 when there is none.
func (r *run) intentNoun(m match, c clause) int {
	if m.p.Code[:2] == "03" {
		return m.head
	}
	j := -1
	// "oferta de", a phrase ending right before the trigger
	for b := m.head - 3; b < m.head-1; b++ {
		if b > c.start && r.word(b) {
			if e, ok := r.lx.cueAt(r.info, b, m.head, kIntended); ok && e == m.head {
				j = b
				break
			}
		}
	}
	// "pledge of": one word, then the genitive
	if g := m.head - 1; j < 0 && g-1 > c.start && r.word(g) && r.info[g].foldIs(kGenitive) && r.word(g-1) && r.isCue(kIntended, g-1) {
		j = g - 1
	}
	if j < 0 || r.finiteVerb(j) || !r.word(j-1) || !r.isCue(kDet, j-1) {
		return -1
	}
	return j
}

// vowedForce returns the verb of cue kind vow whose direct object is the
// nominal act of force at m, after a word of kind renewed and times at
// most ("anunció este martes más incursiones", "prometió nuevos ataques",
// "vowed more strikes"); -1 when there is none.
func (r *run) vowedForce(m match, c clause) int {
	if !m.p.Noun || !forceCode(m.p.Code) {
		return -1
	}
	j := m.head - 1
	renewed := false
	for ; j >= c.start && j >= m.head-2 && r.word(j) && !r.inActor(j) && r.isCue(kRenewed, j); j-- {
		renewed = true
	}
	if !renewed {
		return -1
	}
	for ; j >= c.start && r.timeTok[j]; j-- {
	}
	if j < c.start || !r.word(j) || r.inActor(j) || !r.isCue(kVow, j) || !r.verbAt(j) {
		return -1
	}
	return j
}

// agentiveVerb returns the verb of the cue kind agentive whose direct
// object the nominal event is ("announced a suspension", "ordered the
// arrest"): within three words before it, only determiners and
// modifiers between; -1 when there is none.
func (r *run) agentiveVerb(m match, c clause) int {
	return r.governingVerb(m, c, kAgentive)
}

// governingVerb returns the finite verb of cue kind kind whose direct
// object the nominal event m is, within three words before it, or -1.
func (r *run) governingVerb(m match, c clause, kind cueKind) int {
	for j := m.head - 1; j >= c.start && j >= m.head-3; j-- {
		if !r.word(j) || r.inActor(j) || r.timeTok[j] {
			return -1
		}
		if r.isCue(kind, j) {
			for _, a := range r.info[j].an {
				// (not a Spanish gerund, whose doer may be no subject
				// before it: "una decisión de las autoridades ordenando
				// la expulsión")
				if a.Verb && a.Form != morph.Inf && a.Form != morph.Ger || a.Verb && r.d.Lang == "en" {
					return j
				}
			}
			return -1
		}
		if r.info[j].foldIs(kPrep) || r.finiteVerb(j) && !r.isCue(kDet, j) {
			return -1
		}
	}
	return -1
}

// identified reports an actor whose side is known: one of a country, or
// an international or non-state organisation ("IMGAQ", "IGOUNO").
func identified(a *doc.Actor) bool {
	if a.Country != "" {
		return true
	}
	for _, p := range []string{"IGO", "IMG", "NGO", "MNC", "NGM"} {
		if strings.HasPrefix(a.Code, p) && len(a.Code) > 3 {
			return true
		}
	}
	return false
}

// droppedPluralRel finds a relative clause right after a nominal event,
// or after its short complement ("un acuerdo de asociación estratégica
// que firmaron"), whose verb is a finite third person plural with no
// subject of its own before it (Spanish, where the subject may be
// dropped).
func (r *run) droppedPluralRel(m match, gs []*group, s doc.Sentence) int {
	if r.d.Lang != "es" {
		return -1
	}
	j := m.end
	for j < s.EndTok && j <= m.end+3 && r.word(j) && !r.inActor(j) && !r.info[j].foldIs(kRelPron) {
		j++
	}
	if j >= s.EndTok || !r.word(j) || !r.info[j].foldIs(kRelPron) {
		return -1
	}
	k := j + 1
	for k < s.EndTok && k <= j+2 && r.word(k) && (r.isCue(kConjSkip, k) || r.isCue(kReflexive, k) || r.isCue(kNegation, k)) {
		k++
	}
	if k >= s.EndTok || !r.word(k) || r.inActor(k) || !r.finiteVerb(k) || r.info[k].function || !strings.HasSuffix(r.info[k].fold, "n") {
		return -1
	}
	for _, g := range gs {
		if g.start > m.end && g.start < k {
			return -1
		}
	}
	return k
}

// postposedSubject is the group right after the trigger that no
// preposition introduces, with only times, places told with a locative
// preposition, numbers, determiners and collectives ("miles de") between:
// "protestaron ayer en Lima miles de maestros"; nil when there is none.
func (r *run) postposedSubject(m match, c clause, gs []*group) *group {
	var g *group
	for _, o := range gs {
		if o.start >= m.end && o.start < c.end && !o.reporter {
			g = o
			break
		}
	}
	if g == nil || r.word(g.start) && r.info[g.start].foldIs(kPrep) {
		return nil
	}
	for j := m.end; j < g.start; j++ {
		switch {
		case !r.word(j):
			if t := r.d.Tokens[j].Kind; t != doc.Number && r.d.Tokens[j].Text != "," {
				return nil
			}
		case r.timeTok[j], r.isCue(kCollective, j), r.isCue(kDet, j) && !r.isCue(kPersonal, j), r.countWord(j):
		case r.isCue(kAdverb, j) && j+1 < g.start && r.countWord(j+1):
			// a focus adverb before the count ("se reunieron sólo 300
			// personas")
		case r.info[j].foldIs(kGenitive) && j > m.end && r.word(j-1) && r.isCue(kCollective, j-1):
		case r.info[j].foldIs(kLoc):
			k := j + 1
			for k < g.start && r.word(k) && r.isCue(kDet, k) {
				k++
			}
			e := r.placeEnd(k)
			if e < 0 || e > g.start {
				return nil
			}
			j = e - 1
		default:
			if r.titleBeforeName(j, g) {
				return g // "fue asesinado el periodista Juan Pérez"
			}
			return nil
		}
	}
	return g
}

// postposedRelSubject reports, for a Spanish finite verb whose subject
// src is the antecedent of the relative pronoun opening its clause, the
// group tgt right after the verb (no personal "a") as the relative's own
// subject: the verb's number (a plural ends in -n) is tgt's and not the
// antecedent's (a plural ends in -s): "los estudiantes que detuvo la
// policía", "el dirigente que detuvieron los soldados".
func (r *run) postposedRelSubject(m match, c clause, gs []*group, src, tgt *group) bool {
	if r.d.Lang != "es" || src == nil || tgt == nil || tgt.start != m.end || !r.finiteVerb(m.head) || r.subjectAntecedent(m, c, gs) != src {
		return false
	}
	pl := func(g *group) bool { return strings.HasSuffix(r.info[g.end-1].fold, "s") }
	v := strings.HasSuffix(r.info[m.head].fold, "n")
	return v == pl(tgt) && v != pl(src)
}

// ledNoActor reports the group g, right after the agent preposition of a
// participle of leading or organising (cue kind organizer), as the one
// who leads a noun right before that participle that names no actor
// ("a coalition led by Saudi Arabia bombed", "official creditors led by
// China agreed", "la coalición liderada por Arabia Saudí"): the leader
// stands for the noun; a noun that names an actor ("the government led
// by X") is its own subject.
func (r *run) ledNoActor(g *group, c clause) bool {
	k := r.detsBack(g.start-1, c.start) - 1
	n := k - 1
	return n >= c.start && r.word(k) && r.isCue(kOrganizer, k) && r.word(n) && !r.inActor(n) && !r.info[n].function && !r.hasVerb(n) && !r.d.Tokens[n].Cap
}

// titleStart returns where the title of the person group g opens when
// one stands right before it, not before lo: one to three capitalised
// English words ("President Evo Morales", "Prime Minister Nawaz Sharif":
// titleBefore) or lower-case words ("el presidente Evo Morales":
// titleBeforeName); else g.start.
func (r *run) titleStart(g *group, lo int) int {
	t := g.start
	if len(g.acts) == 0 || r.d.Actors[g.acts[0]].Kind != "person" {
		return t
	}
	for j := g.start - 1; j >= lo && j >= g.start-3; j-- {
		if r.titleBeforeName(j, g) || r.d.Lang == "en" && !r.isCue(kDet, j) && r.titleBefore(j, g.start) {
			t = j
		}
	}
	return t
}

// titleBeforeName reports one to three lower-case words from j up to the
// group g that name the title or trade of the person g opens with ("el
// periodista Juan Pérez", "el dirigente sindical Juan Pérez"): no
// function word, verb, clause opener or actor among them.
func (r *run) titleBeforeName(j int, g *group) bool {
	if g.start-j > 3 || len(g.acts) == 0 || r.d.Actors[g.acts[0]].Kind != "person" || !r.d.Tokens[g.start].Cap {
		return false
	}
	for k := j; k < g.start; k++ {
		t := &r.d.Tokens[k]
		if !r.word(k) || t.Cap || r.info[k].function || r.verbAt(k) || r.inActor(k) || r.timeTok[k] || r.isCue(kClause, k) {
			return false
		}
	}
	return true
}

// subjectPastPhrase is, for a Spanish passive, the group that follows a
// phrase of manner, means or place opened by "de", "con" or "en" right
// after the participle ("fueron asesinados de varios impactos de bala,
// tres personas", "fueron heridos con piedras dos policías", "fue
// detenido en su casa el dirigente"): no verb, actor or clause opener
// inside the phrase, and no preposition right before the group ("fueron
// detenidos en la casa de tres estudiantes" names no patient); nil when
// there is none.
func (r *run) subjectPastPhrase(m match, c clause, end int, gs []*group) *group {
	j := m.end
	for j < c.end && r.word(j) && r.mannerAdverb(j) {
		j++
	}
	if j >= c.end || !r.word(j) {
		return nil
	}
	switch r.info[j].fold {
	case "de", "con", "en":
	default:
		return nil
	}
	// (the group may stand after a comma that closes the phrase, with
	// only its determiners or count between: "de varios impactos de bala,
	// tres personas")
	var g *group
	for _, o := range gs {
		if o.start > j && o.start < end && !o.reporter {
			g = o
			break
		}
	}
	if g == nil || g.start-j > 12 {
		return nil
	}
	comma := false
	for k := j + 1; k < g.start; k++ {
		if !r.word(k) {
			if t := r.d.Tokens[k].Kind; t != doc.Number && r.d.Tokens[k].Text != "," {
				return nil
			}
			comma = comma || r.d.Tokens[k].Text == ","
			continue
		}
		if r.timeTok[k] {
			continue
		}
		if comma && !(r.isCue(kDet, k) && !r.isCue(kPersonal, k) || r.countWord(k)) {
			if r.titleBeforeName(k, g) {
				break // ", el recluso Henry Guayara"
			}
			return nil
		}
		// (a word that also reads as a noun stays in the phrase: "en
		// diferentes partes del cuerpo")
		if r.onlyFinite(k) && !r.info[k].function || r.isCue(kClause, k) || r.isCue(kRelPron, k) || r.isCue(kCoord, k) || r.isCue(kPersonal, k) || r.info[k].fold == "por" {
			return nil
		}
	}
	b := g.start - 1
	for n := 0; n < 3 && b > j && r.titleBeforeName(b, g); n++ {
		b-- // "del dirigente campesino Juan Pérez"
	}
	for b > j && r.word(b) && (r.isCue(kDet, b) && !r.isCue(kPersonal, b) && !r.info[b].foldIs(kGenitive) || r.countWord(b)) {
		b--
	}
	if r.word(b) && (r.info[b].foldIs(kPrep) || r.info[b].foldIs(kGenitive)) {
		return nil
	}
	return g
}

// placeEnd is the token after a place mention starting at token i; -1
// when none starts there.
func (r *run) placeEnd(i int) int {
	for k := range r.d.Places {
		pl := &r.d.Places[k]
		if r.d.TokenAt(pl.Start) == i {
			return r.d.TokenAt(pl.End-1) + 1
		}
	}
	return -1
}

// sloganQuote reports a word inside a quotation that a slogan word opens
// or closes (cue kind slogan: "gritaron", "corearon", "con el lema de",
// "una pancarta que decía", "chanted"): up to three words before the
// opening quotation mark, or the first word after the closing one (past a
// comma: '"¡Fuera!", gritaban'). The quotations of a sentence are read
// once, on its first question.
func (r *run) sloganQuote(h int, s doc.Sentence) bool {
	if r.sloganFirst != s.FirstTok+1 {
		r.sloganFirst = s.FirstTok + 1
		r.slogan = r.slogan[:0]
		for i := s.FirstTok; i < s.EndTok; i++ {
			r.slogan = append(r.slogan, false)
		}
		open := -1
		for i := s.FirstTok; i <= s.EndTok; i++ {
			t := ""
			if i < s.EndTok {
				t = r.d.Tokens[i].Text
			}
			switch {
			case open >= 0 && (i == s.EndTok || t == "”" || t == "»" || t == "\""):
				r.markSlogan(open, i, s)
				open = -1
			case open < 0 && (t == "“" || t == "«" || t == "\""):
				open = i
			}
		}
	}
	k := h - s.FirstTok
	return k >= 0 && k < len(r.slogan) && r.slogan[k]
}

// markSlogan marks the words of the quotation between the marks at open
// and end when a slogan word stands up to three words before it or right
// after it.
func (r *run) markSlogan(open, end int, s doc.Sentence) {
	slogan := false
	for j := open - 1; j >= s.FirstTok && j >= open-3; j-- {
		if r.word(j) && r.isCue(kSlogan, j) {
			slogan = true
		}
	}
	if j := end + 1; end < s.EndTok && j < s.EndTok {
		if r.d.Tokens[j].Text == "," {
			j++
		}
		slogan = slogan || j < s.EndTok && r.word(j) && r.isCue(kSlogan, j)
	}
	for k := open + 1; slogan && k < end; k++ {
		r.slogan[k-s.FirstTok] = true
	}
}

// conjunctionEnd reports a word that ends a clause cue of several words
// begun by the word before it ("ya que", "puesto que"): a conjunction, no
// complementiser of a verb before it.
func (r *run) conjunctionEnd(j int) bool {
	if j < 1 || !r.word(j-1) {
		return false
	}
	e, ok := r.lx.cueAt(r.info, j-1, j+1, kClause)
	return ok && e == j+1
}

// protestPurpose reports a purpose cue ending right before the trigger
// ("en protesta", "en señal de protesta", "como medida de protesta").
func (r *run) protestPurpose(m match, s doc.Sentence) bool {
	return r.protestPurposeAt(m, s) >= 0
}

// protestPurposeAt is where the purpose phrase that ends with the
// trigger starts ("en protesta", "como medida de protesta"); -1 if none.
func (r *run) protestPurposeAt(m match, s doc.Sentence) int {
	for j := max(s.FirstTok, m.head-3); j < m.head; j++ {
		if e, ok := r.lx.cueAt(r.info, j, m.head, kPurpose); ok && e == m.head {
			return j
		}
	}
	return -1
}

// complainOfficially is the code of an official complaint or protest.
const complainOfficially = "114"

// institution reports an actor that acts as one body: a state's capital
// or seat, a named organisation (an IGO or NGO), or (Spanish) a state by
// its name or a body of the state (GOV, MIL, COP, JUD, LEG, SPY) or the
// press; not a crowd of people.
func (r *run) institution(a *doc.Actor) bool {
	switch a.Kind {
	case "capital", "seat", "org":
		return true
	}
	if strings.HasPrefix(a.Code, "IGO") || strings.HasPrefix(a.Code, "NGO") || strings.HasPrefix(a.Code, "NGM") {
		return true
	}
	// an organisation's name read from its head noun ("la Asociación de
	// Radiodifusores protestó ante el gobierno")
	if strings.HasPrefix(a.Source, actors.SourceOrgName) {
		return true
	}
	// a country ("Cuba protesta") or a body of the state named by a noun
	// ("el ejército protestó"): only where the verb shows it is one
	// (Spanish); a plural demonym reads as the bare country too, and
	// English "Nicaraguans protested", "soldiers protested" may be crowds
	return r.d.Lang == "es" && (a.Kind == "name" || a.Kind == "country" || hasRole(a, []string{"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "MED"}))
}

// stateBody reports an actor that is a state acting as such: its capital
// or seat, its name, or its government.
func (r *run) stateBody(a *doc.Actor) bool {
	switch a.Kind {
	case "capital", "seat", "country":
		return true
	}
	return hasRole(a, []string{"GOV"})
}

// singularVerb reports a verb told in the singular: a Spanish finite form
// that does not end in "-n" (the third person plural does: "protestaron",
// "protestan"); English verbs do not show it, so any form counts.
func (r *run) singularVerb(h int, f morph.Form) bool {
	if r.d.Lang != "es" {
		return true
	}
	// "Austria estudia protestar ante el COI": an infinitive right after
	// the finite verb that governs it takes that verb's number
	if f == morph.Inf && h > 0 && r.word(h-1) && !r.info[h-1].function && r.finiteVerb(h-1) {
		return !strings.HasSuffix(r.info[h-1].fold, "n")
	}
	return isFinite(f) && !strings.HasSuffix(r.info[h].fold, "n")
}

// contentSubject returns the actor that opens the content clause starting
// at j, right after a nominal event or its source (past a time) ("demand that Israel ...", "exigencia de que
// Israel ..."): the complementiser, after at most a genitive, then the
// actor (past a determiner); nil when there is none.
func (r *run) contentSubject(j int, gs []*group, s doc.Sentence) *group {
	// "reiterated its demand today that ..."
	for j < s.EndTok && r.timeTok[j] {
		j++
	}
	if j < s.EndTok && r.word(j) && r.info[j].foldIs(kGenitive) {
		j++
	}
	if j >= s.EndTok || !r.word(j) || !r.info[j].foldIs(kClause) || !r.isCue(kRelPron, j) {
		return nil
	}
	j++
	for _, g := range gs {
		if g.reporter || g.start < j {
			continue
		}
		b := j
		for b < g.start && r.word(b) && r.isCue(kDet, b) {
			b++
		}
		if b == g.start {
			return g
		}
		break
	}
	return nil
}

// forceCode reports a code of coercion or force (roots 17 to 20).
// restrictProtest is CAMEO 1721, impose restrictions on political
// freedoms: a protest banned or restricted.
const restrictProtest = "1721"

func forceCode(code string) bool { return code[:2] >= "17" && code[:2] <= "20" }

// bareCode reports a root's general code ("180", "190").
func bareCode(code string) bool { return len(code) == 3 && code[2] == '0' }

// sharedPatient is the direct object of a verb of force joined by a
// coordinator right after the trigger ("secuestraron y asesinaron a un
// alcalde"): the first group within four words after that verb, bare or
// after the personal "a"; nil if none or if the verb joined tells no act
// of force.
func (r *run) sharedPatient(m match, s doc.Sentence, gs []*group) *group {
	j := m.end
	if j >= s.EndTok || !r.word(j) || !r.isCue(kCoord, j) {
		return nil
	}
	v := j + 1
	if v >= s.EndTok || !r.word(v) || !r.finiteVerb(v) {
		return nil
	}
	k := v - r.curFirst
	if k < 0 || k >= len(r.sentMatches) {
		return nil
	}
	force := false
	for _, vm := range r.sentMatches[k] {
		if !vm.p.Noun && forceCode(vm.p.Code) {
			force = true
			break
		}
	}
	if !force {
		return nil
	}
	for _, g := range gs {
		if g.start > v && g.start <= v+4 && !g.reporter {
			if pr := r.prepBefore(g.start, v+1); pr == "" || r.d.Lang == "es" && (pr == "a" || pr == "al") {
				return g
			}
		}
	}
	return nil
}

// protestDoers is the group that makes a nominal protest standing as the
// subject before the passive at m, with no finite verb between: the group
// after its genitive ("la marcha de los maestros", "the march of the
// teachers") or an English possessive right before it ("the teachers'
// march"); nil if none. protest reports such a protest standing there,
// its makers named or not ("la marcha fue dispersada").
func (r *run) protestDoers(m match, c clause, gs []*group, s doc.Sentence) (doers *group, protest bool) {
	lo := c.start
	for j := m.head - 1; j >= lo && j >= r.curFirst; j-- {
		// "la marcha de los maestros, que reunió a miles, fue dispersada":
		// past a relative clause between commas
		if o := r.commaRelOpen(j, s); o >= 0 {
			j, lo = o, r.curFirst
			continue
		}
		if r.word(j) && (r.isCue(kPassive, j) || r.isCue(kAux, j)) {
			continue // "fue", "ha sido"
		}
		if r.word(j) && !r.info[j].function && !r.inActor(j) && r.finiteVerb(j) && !r.nounPatternAt(j) {
			return nil, false
		}
		k := j - r.curFirst
		if k >= len(r.sentMatches) {
			continue
		}
		for _, nm := range r.sentMatches[k] {
			if nm.p.Code[:2] != "14" || nm.end > m.head || !r.nounReading(nm, nm.p, gs) {
				continue
			}
			// (not "durante la huelga de los mineros, ...": a preposition
			// makes it no subject)
			b := j - 1
			if b >= r.curFirst && r.word(b) && r.isCue(kDet, b) {
				b--
			}
			if b >= r.curFirst && r.word(b) && r.info[b].foldIs(kPrep) {
				return nil, false
			}
			if g := r.genitiveGroup(nm.end-1, gs, s); g != nil && g.end <= m.head {
				return g, true
			}
			if r.d.Lang == "en" {
				for _, g := range gs {
					if g.end == j || g.end == j-1 && !r.word(g.end) || g.end == j-1 && r.info[g.end].fold == "'s" {
						return g, true
					}
				}
			}
			return nil, true
		}
	}
	return nil, false
}

// possessiveGroupBefore reports an English group in the possessive right
// before token i ("the teachers' march", "the union's strike").
func (r *run) possessiveGroupBefore(i int, gs []*group) bool {
	if i < 1 || i-1 < r.curFirst {
		return false
	}
	pl := r.d.Tokens[i-1].Lower()
	poss := pl == "'s" || pl == "’s" || pl == "'" || pl == "’"
	for _, g := range gs {
		if poss && (g.end == i-1 || g.end == i) || g.end == i && (strings.HasSuffix(r.d.Tokens[i-1].Text, "'") || strings.HasSuffix(r.d.Tokens[i-1].Text, "’")) {
			return true
		}
	}
	return false
}

// detOpens reports a group whose first word is a determiner ("el
// gobierno", "the government"): a noun phrase of its own, no adjective or
// apposition of the noun right before it.
func (r *run) detOpens(g *group) bool {
	return g.start < g.end && r.word(g.start) && r.isCue(kDet, g.start) && !r.info[g.start].foldIs(kPrep)
}

// timeIn reports a token of a time expression in [lo, hi).
func (r *run) timeIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if r.timeTok[j] {
			return true
		}
	}
	return false
}

// opposedNoun reports a nominal event at h governed, past determiners,
// modifiers and a genitive chain ("una ola de"), by a preposition that
// tells what one stands against or faces ("contra las protestas", "ante
// una oleada de protestas", "against the strikes"), looking back no
// further than lo: the clause's subject does not make that event. "por"
// (also the agent's preposition) does not count.
func (r *run) opposedNoun(h, lo int) bool {
	for j := h - 1; j >= lo && j >= h-5; j-- {
		if !r.word(j) {
			return false
		}
		if r.inActor(j) || r.finiteVerb(j) && !r.info[j].function {
			return false
		}
		if !r.info[j].foldIs(kPrep) {
			continue
		}
		if r.lx.is(kGenitive, r.info[j].fold) {
			continue
		}
		f := r.info[j].fold
		return r.lx.is(kAgainst, f) && !r.lx.is(kAgent, f)
	}
	return false
}

// cityOnly reports whether every actor of g is a city standing for its
// state (a capital or another place).
func (r *run) cityOnly(g *group) bool {
	for _, a := range g.acts {
		if k := r.d.Actors[a].Kind; k != actors.KindCapital && k != "place" {
			return false
		}
	}
	return len(g.acts) > 0
}

// sufferedBefore reports a word of cue kind suffer between group g and a
// protest noun at h, within six words, with no actor or other verb
// between ("los comerciantes temen pérdidas por la huelga", "shopkeepers
// fear losses because of the strike"): the group undergoes the protest,
// it does not make it.
func (r *run) sufferedBefore(h int, g *group) bool {
	for j := h - 1; j >= g.end && j >= h-6; j-- {
		if !r.word(j) || r.inActor(j) {
			return false
		}
		if r.isCue(kSuffer, j) {
			return true
		}
		if r.finiteVerb(j) && !r.info[j].function {
			return false
		}
	}
	return false
}

// venueBefore reports a word of cue kind venue between group g and a
// protest noun at h, within six words ("Quito fue escenario de protestas",
// "La Paz vivió una jornada de protestas", "Kyiv was the scene of
// protests"): the group is where the protest took place, not who made it.
// A verb of venue ("vivir", "registrar") tells so only of a
// city or a building standing for its state (a capital, a seat); people
// who "live through" protests may make them, and a country named bare
// stands for its people.
func (r *run) venueBefore(h int, g *group) bool {
	for j := h - 1; j >= g.end && j >= h-6; j-- {
		if !r.word(j) || r.inActor(j) {
			return false
		}
		if !r.isCue(kVenue, j) {
			continue
		}
		if !r.verbAt(j) {
			return true
		}
		for _, a := range g.acts {
			switch r.d.Actors[a].Kind {
			case "capital", "seat":
			default:
				return false
			}
		}
		return len(g.acts) > 0
	}
	return false
}

// missionPlace reports a place named as the state a diplomatic mission
// serves (cue kind mission): "la embajada de Estados Unidos", "the US
// embassy", "the embassy of France". The mission lies abroad, so that
// country is neither where an event there happens nor the country of those
// who gather at it.
func (r *run) missionPlace(pl *doc.Place) bool {
	ti := r.d.TokenAt(pl.Start)
	if ti >= len(r.d.Tokens) {
		return false
	}
	j := r.detsBack(ti-1, -1)
	if j >= 1 && r.word(j) && r.lx.is(kGenitive, r.info[j].fold) && r.isCue(kMission, j-1) {
		return true
	}
	e := r.d.TokenAt(pl.End-1) + 1
	return e < len(r.d.Tokens) && r.word(e) && r.isCue(kMission, e)
}

// onlyDetBetween reports that every token in [lo, hi) is a determiner.
func (r *run) onlyDetBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if !r.word(j) || !r.isCue(kDet, j) {
			return false
		}
	}
	return true
}

// partnerAfter reports one of the prepositions preps after the trigger in
// its clause, within eight words ("se reunirá el jueves con").
func (r *run) partnerAfter(m match, c clause, preps map[string]bool) bool {
	for j := m.end; j < c.end && j < m.end+8; j++ {
		if r.word(j) && preps[r.info[j].fold] {
			return true
		}
	}
	return false
}

// readyFor reports a cue of intent right before a nominal event, past
// determiners and prepositions only ("dispuestos al diálogo", "listos
// para la negociación", "ready for talks"), that is no noun itself: not
// after a determiner ("la oferta de diálogo", "an offer of talks"; "está
// dispuesto", a verb that folds to a determiner, is none).
func (r *run) readyFor(m match, c clause) bool {
	for j := m.head - 1; j >= c.start && j >= m.head-3 && r.word(j); j-- {
		if r.intendedAt(j, m.head) {
			return j == c.start || !r.word(j-1) || !r.isCue(kDet, j-1) || r.verbAt(j-1)
		}
		if !r.isCue(kDet, j) && !r.info[j].foldIs(kPrep) {
			return false
		}
	}
	return false
}

// feelingSubject reports a noun of feeling (cue kind feeling) as the
// subject right before the trigger, past a reflexive pronoun, an adverb
// and one complement of its own, no actor between: "la indignación por la
// violencia también se manifestó", "y el descontento se manifiesta".
func (r *run) feelingSubject(m match, c clause) bool {
	j := m.head - 1
	for j >= c.start && r.word(j) && (r.isCue(kReflexive, j) || strings.HasSuffix(r.info[j].fold, "mente") || r.info[j].fold == "también" || r.info[j].fold == "tambien" || r.info[j].fold == "also") {
		j--
	}
	for k := j; k >= c.start && k >= j-4 && r.word(k); k-- {
		if r.inActor(k) {
			return false
		}
		if r.isCue(kFeeling, k) {
			if k != j && !r.info[k+1].foldIs(kPrep) {
				return false
			}
			// the noun opens its phrase at a clause start, not an object
			// ("expresaron su rabia manifestándose")
			b := k - 1
			if b >= c.start && r.word(b) && r.isCue(kDet, b) {
				b--
			}
			return b < c.start || !r.word(b) || r.isCue(kCoord, b) || r.isCue(kClause, b)
		}
	}
	return false
}

// announcedBy returns the subject g of the clause c of a nominal act at
// m when the act is the object of a verb of announcing (cue kind
// announce: "informó (de)", "anunció", "announced") right before it, past
// its article and a preposition, and g is the police or the army; nil
// otherwise.
func (r *run) announcedBy(m match, c clause, g *group) *group {
	if g == nil || g.end > m.head || len(g.acts) == 0 {
		return nil
	}
	j := m.head - 1
	for j > g.end && (r.timeTok[j] || r.word(j) && (r.isCue(kDet, j) || r.info[j].foldIs(kPrep))) {
		j--
	}
	if j < c.start || j <= g.end-1 || !r.word(j) || !r.isCue(kAnnounce, j) || !r.verbAt(j) {
		return nil
	}
	// (a time or place phrase may stand between the subject and its verb)
	for _, ai := range g.acts {
		if !hasRole(&r.d.Actors[ai], []string{"COP", "MIL"}) {
			return nil
		}
	}
	return g
}

// counted reports a group counted by a quantity or a collective noun right
// before it ("unas 30.000 personas", "miles de manifestantes", "thousands
// of people").
func (r *run) counted(g *group) bool {
	return r.afterQuantity(g.start) || g.start > 0 && g.start-1 < len(r.qtyTok) && r.qtyTok[g.start-1] || g.start < len(r.qtyTok) && r.qtyTok[g.start]
}

// seizedPeople reports an actor that is the direct object of the verb of
// m (only determiners, counts and the personal "a" between) and names
// people, not property: a named person, or a generic agent counted ("14
// British sailors", "a British sailor") or headed by a plural noun
// ("British sailors"), save
// companies and media, which are owned, and an owner in the possessive
// ("searched the driver's home").
func (r *run) seizedPeople(m match, s doc.Sentence, a *doc.Actor) bool {
	if a.Kind == "person" {
		return true
	}
	if a.Kind != "agent" || hasRole(a, []string{"BUS", "MED"}) || a.End <= a.Start {
		return false
	}
	i := r.d.TokenAt(a.Start)
	h := r.d.TokenAt(a.End - 1)
	if a.Head.End > a.Head.Start {
		h = r.d.TokenAt(a.Head.End - 1)
	}
	if i < m.end || h < 0 || h >= len(r.info) || possessiveAt(r.d, h+1, s.EndTok) {
		return false
	}
	for j := m.end; j < i; j++ {
		if !r.countWord(j) && !(r.word(j) && (r.isCue(kDet, j) || r.info[j].foldIs(kPersonal))) {
			return false
		}
	}
	return r.afterQuantity(i) || i > m.end && r.word(i-1) && r.isCue(kIndef, i-1) || i > 0 && i-1 < len(r.qtyTok) && r.countWord(i-1) || i < len(r.qtyTok) && r.countWord(i) || r.word(h) && r.pluralWord(h)
}

// coordinatedAfter reports an actor past the match m that a coordinator
// opens, with only determiners and counts between ("and its crew
// members", "and the 20 sailors"), not one a preposition governs
// ("weapons from the rebels").
func (r *run) coordinatedAfter(m match, a *doc.Actor) bool {
	j := r.d.TokenAt(a.Start)
	if j < m.end {
		return false
	}
	for j--; j >= m.end && (r.word(j) && r.isCue(kDet, j) || r.countWord(j)); j-- {
	}
	return j >= m.end && r.word(j) && r.isCue(kCoord, j)
}

// seizedCrew is the people joined by a coordinator right after the vessel
// a seizes ("the British tanker and its crew", "the ship and the 20
// sailors on board"): an agent actor of no company or media, with only
// determiners and counts between, named by a plural or counted noun or
// by a collective one after a possessive determiner; nil if none.
func (r *run) seizedCrew(m match, s doc.Sentence, a *doc.Actor) *doc.Actor {
	e := r.d.TokenAt(a.End - 1)
	if e < m.end-1 || e+2 >= s.EndTok || !r.word(e+1) || !r.isCue(kCoord, e+1) {
		return nil
	}
	j := e + 2
	for j < s.EndTok && j-e < 6 && (r.word(j) && r.isCue(kDet, j) || r.countWord(j)) && r.actorStartingAt(j) < 0 {
		j++
	}
	k := r.actorStartingAt(j)
	if k < 0 {
		for i, t := range r.aTok {
			if t[0] == e+2 && t[1] > j {
				k = i
			}
		}
	}
	if k < 0 {
		return nil
	}
	c := &r.d.Actors[k]
	// (seizedPeople leaves out companies and media; a named person is no crew)
	if c.Kind != "agent" || !r.seizedPeople(match{end: e + 2}, s, c) {
		return nil
	}
	out := *c
	return &out
}

// withBetween reports "con" or "with" among the tokens from i to end: a
// gathering with someone is a meeting ("se reunieron con el ministro en
// Lima").
func (r *run) withBetween(i, end int) bool {
	for j := i; j < end && j < len(r.info); j++ {
		if f := r.info[j].fold; r.word(j) && (f == "con" || f == "with") {
			return true
		}
	}
	return false
}

// postposedAttribution reports a verb right after a comma followed only by
// its subject up to the next comma or the sentence's end: words, none a
// preposition other than a genitive ("el alcalde de la ciudad"), a clause
// opener or another finite verb ('"...", advirtió el dirigente', not
// "advirtió a los manifestantes", "amenazó con marchar", "advirtió que").
func (r *run) postposedAttribution(m match, s doc.Sentence) bool {
	if m.head <= s.FirstTok || r.d.Tokens[m.head-1].Text != "," {
		return false
	}
	n := 0
	j := m.end
	for ; j < s.EndTok && r.word(j); j++ {
		if r.info[j].foldIs(kPrep) && !r.info[j].foldIs(kGenitive) || r.isCue(kClause, j) || r.finiteVerb(j) && !r.isCue(kDet, j) {
			return false
		}
		n++
	}
	return n > 0 && (j >= s.EndTok-1 || r.d.Tokens[j].Text == ",")
}

// describingRelative reports a verb at h right after a relative pronoun
// (a dative or reflexive clitic between at most) that opens a clause on
// the noun or name before it: no preposition or article before the
// pronoun ("al que", "lo que") and no verb (a complementiser: "dijo que").
func (r *run) describingRelative(h int, s doc.Sentence) bool {
	j := h - 1
	if j > s.FirstTok && r.word(j) && (r.isCue(kDative, j) || r.isCue(kReflexive, j)) {
		j--
	}
	if j <= s.FirstTok || !r.word(j) || !r.isCue(kRelPron, j) {
		return false
	}
	b := j - 1
	if !r.word(b) {
		return true // ", que reclaman": after a comma or a dash
	}
	// ("lo cual rechaza la oposición" takes the clause before as its
	// antecedent: the act is aimed at it)
	if _, ok := r.lx.cueAt(r.info, b, h, kClauseRef); ok {
		return false
	}
	if r.info[b].foldIs(kPrep) || r.isCue(kDet, b) || r.info[b].function {
		return false
	}
	for _, a := range r.info[b].an {
		if a.Verb && (isFinite(a.Form) || a.Form == morph.Inf || a.Form == morph.Ger) {
			return false
		}
	}
	return true
}

// supposedBefore reports a phrase of cue kind supposed ("cualquier intento
// de", "any attempt to") ending right before the trigger at h, or before
// a quotation mark right before it, within sentence s.
func (r *run) supposedBefore(h int, s doc.Sentence) bool {
	for j := h - 1; j >= s.FirstTok && j >= h-5; j-- {
		if e, ok := r.lx.cueAt(r.info, j, h, kSupposed); ok && (e == h || e == h-1 && !r.word(h-1)) {
			return true
		}
	}
	return false
}

// stanceTense reports a Spanish verb at h in the present indicative or the
// imperfect ("reclaman", "exigían", "rechazaba"): a state of affairs
// described, not an act told in the preterite ("exigió", "rechazaron").
func (r *run) stanceTense(h int) bool {
	if r.hasForm(h, morph.Pres) {
		return true
	}
	if !r.hasForm(h, morph.Past) {
		return false
	}
	f := r.info[h].fold
	for _, end := range [...]string{"aba", "abas", "abamos", "aban", "ia", "ias", "iamos", "ian"} {
		if strings.HasSuffix(f, end) {
			return true
		}
	}
	return false
}

// countedObjectAfter reports the personal "a" right after the verb at h
// and a quantity within the three words after it ("reunió a unos 1.500
// palestinos", "concentró a miles de personas").
func (r *run) countedObjectAfter(h int, c clause) bool {
	j := h + 1
	if j >= c.end || !r.word(j) || !r.info[j].foldIs(kPersonal) {
		return false
	}
	for k := j + 1; k < c.end && k <= j+3; k++ {
		if k < len(r.qtyTok) && r.qtyTok[k] {
			return true
		}
		// a number in digits, or a word of quantity ("miles",
		// "cientos") before a noun the quantities stage does not count
		// ("1.500 palestinos")
		if t := r.d.Tokens[k].Text; t != "" && t[0] >= '0' && t[0] <= '9' || r.word(k) && r.isCue(kCollective, k) && !r.info[k].foldIs(kGenitive) {
			return true
		}
		if !r.word(k) {
			break
		}
	}
	return false
}

// irrealisClause reports a Spanish verb trigger in the subjunctive (its
// own form or that of its auxiliary: "se hubieran reunido") whose clause
// opens with a conjunction of the cue kind irrealis ("hasta que", "sin
// que", "para que") within eight words before it, no punctuation or
// indicative verb between.
func (r *run) irrealisClause(m match, s doc.Sentence) bool {
	if r.d.Lang != "es" {
		return false
	}
	v := m.head
	if !r.hasForm(v, morph.Subj) {
		// an auxiliary in the subjunctive before a participle or an
		// infinitive, past a clitic ("se hubieran reunido", "pueda
		// reunirse")
		v = -1
		if r.hasForm(m.head, morph.Part) || r.hasForm(m.head, morph.Inf) || r.hasForm(m.head, morph.Ger) {
			for j := m.head - 1; j >= s.FirstTok && j >= m.head-2; j-- {
				if !r.word(j) {
					break
				}
				if r.hasForm(j, morph.Subj) {
					v = j
					break
				}
			}
		}
		if v < 0 {
			return false
		}
	}
	for k := v - 1; k >= s.FirstTok && k >= v-8; k-- {
		if !r.word(k) {
			return false
		}
		if r.info[k].foldIs(kCompl) {
			for j := k - 1; j >= s.FirstTok && j >= k-3; j-- {
				if e, ok := r.lx.cueAt(r.info, j, k+1, kIrrealis); ok && e == k+1 {
					return true
				}
			}
			return false
		}
		if r.finiteVerb(k) && !r.hasForm(k, morph.Subj) && !r.info[k].function && !r.isCue(kReflexive, k) {
			return false
		}
	}
	return false
}

// preventedClause reports a Spanish trigger in a clause opened by "que"
// right after a verb of prevention (cue kind quell: "evitar que",
// "impedir que"), within twelve words and no punctuation or other "que"
// between ("el programa, que se descarriló", after "desactivar el
// programa", is a relative on its object, not what is prevented).
func (r *run) preventedClause(m match, s doc.Sentence) bool {
	if r.d.Lang != "es" {
		return false
	}
	for k := m.head - 1; k > s.FirstTok && k >= m.head-12; k-- {
		if !r.word(k) {
			return false
		}
		if r.info[k].foldIs(kCompl) {
			return r.word(k-1) && r.isCue(kQuell, k-1) && r.verbAt(k-1)
		}
	}
	return false
}

// reportingSense reports a verb (not reflexive) followed only by its
// subject up to the sentence's end or a comma, with a neuter clitic
// ("lo") right before it, or a comma closing a statement with a finite
// verb, or a word of speaker (cue kind speaker, past a determiner)
// opening that subject.
func (r *run) reportingSense(m match, s doc.Sentence) bool {
	if m.head <= s.FirstTok {
		return false
	}
	b := m.head - 1
	if r.word(b) && r.info[b].foldIs(kReflexive) {
		return false
	}
	n := 0
	j := m.end
	for ; j < s.EndTok && r.word(j); j++ {
		if r.info[j].foldIs(kPrep) && !r.info[j].foldIs(kGenitive) || r.isCue(kClause, j) || r.finiteVerb(j) && !r.isCue(kDet, j) && !r.isCue(kSpeaker, j) && !r.info[j].function {
			return false
		}
		n++
	}
	if n == 0 || !(j >= s.EndTok-1 || r.d.Tokens[j].Text == ",") {
		return false
	}
	if r.word(b) && r.info[b].foldIs(kNeuter) {
		return true
	}
	// (after a comma, a statement with a finite verb of its own before
	// it: "Ayer, manifestaron miles de maestros" is a protest)
	if r.d.Tokens[b].Text == "," {
		for i := s.FirstTok; i < b; i++ {
			if r.word(i) && r.finiteVerb(i) && !r.info[i].function && !r.isCue(kDet, i) {
				return true
			}
		}
	}
	k := m.end
	if r.isCue(kDet, k) && k+1 < s.EndTok {
		k++
	}
	return r.word(k) && r.isCue(kSpeaker, k)
}

// entitledTo reports a trigger right after "to" (Spanish "a", "al", "de",
// "del", "para", a determiner allowed between) that completes a noun of
// cue kind entitle up to eight words before, with no finite verb between
// ("the right of Russian troops to fire", "el derecho a la huelga").
func (r *run) entitledTo(m match, s doc.Sentence) bool {
	j := m.head - 1
	if r.d.Lang == "es" && j > s.FirstTok && r.word(j) && r.isCue(kDet, j) {
		j--
	}
	if j <= s.FirstTok || !r.word(j) {
		return false
	}
	switch r.info[j].fold {
	case "to":
		if r.d.Lang != "en" {
			return false
		}
	case "a", "al", "de", "del", "para":
		if r.d.Lang != "es" {
			return false
		}
	default:
		return false
	}
	for k := j - 1; k >= s.FirstTok && k >= j-8; k-- {
		if !r.word(k) {
			continue
		}
		if r.isCue(kEntitle, k) {
			return true
		}
		if r.finiteVerb(k) {
			return false
		}
	}
	return false
}

// partOfBefore reports an event whose trigger follows right after a word
// of the cue kind partitive that is its subject ("mientras que la mayoría
// paralizó las labores", "otros marcharon"): a part of a group named
// before, not "la mayoría de los comerciantes", whose doers are named.
func (r *run) partOfBefore(e *doc.Event) bool {
	h := r.d.TokenAt(e.Evidence.Trigger.Start)
	j := h - 1
	if j > 0 && r.word(j) && r.isCue(kReflexive, j) {
		j--
	}
	return j >= 0 && j < h && r.word(j) && r.isCue(kPartitive, j)
}

// partitiveSubjectIn reports a word of the cue kind partitive in clause c,
// before token lim, right before a finite verb (a reflexive between): the
// clause's subject is a part of a group named before ("mientras que la
// mayoría paralizó", "otros marcharon").
func (r *run) partitiveSubjectIn(c clause, lim int) bool {
	for j := c.start; j+1 < lim && j+1 < c.end; j++ {
		if !r.word(j) || !r.isCue(kPartitive, j) {
			continue
		}
		v := j + 1
		if r.word(v) && r.isCue(kReflexive, v) {
			v++
		}
		if v < lim && r.word(v) && r.finiteVerb(v) {
			return true
		}
	}
	return false
}

// renewedBefore reports an event whose trigger follows right after a word
// of the cue kind renewed ("otras manifestaciones", "nuevas protestas").
func (r *run) renewedBefore(e *doc.Event) bool {
	j := r.d.TokenAt(e.Evidence.Trigger.Start) - 1
	return j >= 0 && r.word(j) && r.isCue(kRenewed, j)
}

// joinedBy returns the group right after a reflexive verb of joining (cue
// kind join) that follows a protest noun fronted with "a" at the opening
// of its sentence or after a comma ("A la huelga se sumaron los médicos",
// "A la marcha de los jubilados se unieron miles de estudiantes"): those
// who join the protest do it; nil if none.
func (r *run) joinedBy(m match, gs []*group, s doc.Sentence) *group {
	b := m.head - 1
	for n := 0; n < 2 && b > s.FirstTok && r.word(b) && r.isCue(kDet, b) && r.info[b].fold != "al"; n++ {
		b--
	}
	if b < s.FirstTok || !r.word(b) || r.info[b].fold != "a" && r.info[b].fold != "al" {
		return nil
	}
	if b > s.FirstTok && !(r.d.Tokens[b-1].Kind == doc.Punct && r.d.Tokens[b-1].Text == ",") {
		return nil
	}
	for j := m.end; j+1 < s.EndTok && j <= m.end+6 && r.word(j); j++ {
		if !r.isCue(kReflexive, j) {
			continue
		}
		if !r.word(j+1) || !r.isCue(kJoin, j+1) || !r.finiteVerb(j+1) {
			return nil
		}
		for _, g := range gs {
			if !g.reporter && g.start > j+1 && g.start <= j+5 && !r.triggerBetween(j+2, g.start) {
				return g
			}
		}
		return nil
	}
	return nil
}

// numberAfter reports a number in digits at i or past at most two words
// before it that are no verb nor participle ("1.300", "unos 5.000", "más
// de 300", "about 5,000"; not "detenidos 300").
func (r *run) numberAfter(i int, s doc.Sentence) bool {
	for k := i; k < s.EndTok && k <= i+2; k++ {
		if r.d.Tokens[k].Kind == doc.Number {
			return true
		}
		if !r.word(k) || r.finiteVerb(k) || r.hasForm(k, morph.Part) || r.hasForm(k, morph.Ger) {
			return false
		}
	}
	return false
}

// committedBy returns the doer of the wrongs an act looks into, named after
// a participle of committing (cue kind commit) and an agent preposition in
// the ten words after the trigger ("an investigation into alleged crimes
// committed by Croat forces", "investiga los abusos cometidos por la
// policía"); nil when none is named there, or punctuation, a conjunction or
// a word opening a clause comes first.
func (r *run) committedBy(m match, gs []*group, s doc.Sentence) *group {
	for j := m.end; j < s.EndTok && j < m.end+10; j++ {
		if !r.word(j) {
			return nil
		}
		if !r.isCue(kCommit, j) {
			if r.isCue(kClause, j) || r.isCue(kCoord, j) {
				return nil
			}
			continue
		}
		for _, g := range gs {
			if g.start > j && g.start <= j+3 && r.lx.is(kAgent, r.prepBefore(g.start, j+1)) {
				return g
			}
		}
		return nil
	}
	return nil
}

// instrumentDoer returns, for an act of force (roots 18 to 20), the group
// that names the arms ("con"/"with" and a group right after it, up to a
// determiner) a nominal event of force was made with, when that event opens
// the trigger's clause after at most a determiner and the group ends right
// before the trigger ("Un ataque con drones paquistaníes mató a nueve
// civiles", "An attack with Russian missiles killed ten people"); nil
// otherwise.
func (r *run) instrumentDoer(m match, c clause, gs []*group) *group {
	if m.p == nil || m.p.Noun || !forceful(m.p.Code) {
		return nil
	}
	for _, g := range gs {
		if g.end != m.head || g.start <= c.start || g.reporter {
			continue
		}
		q := g.start - 1
		if q > c.start && r.word(q) && r.isCue(kDet, q) {
			q--
		}
		if q <= c.start || !r.word(q) || (r.info[q].fold != "con" && r.info[q].fold != "with") {
			return nil
		}
		h := q - 1
		if !r.word(h) || !r.nounPatternAt(h) {
			return nil
		}
		ok := false
		for _, nm := range r.sentMatches[h-r.curFirst] {
			if nm.p.Noun && forceful(nm.p.Code) {
				ok = true
			}
		}
		if !ok {
			return nil
		}
		for k := c.start; k < h; k++ {
			if r.word(k) && !r.isCue(kDet, k) {
				return nil
			}
		}
		return g
	}
	return nil
}

// letterAddressee is, for an appeal or demand at m, the addressee of a
// letter or message told right before it ("wrote to X asking", "sent a
// letter to X urging", "envió una carta a X en la que pide", "escribió a
// X para pedir", "in a letter addressed to X, Iran asked"): a group after
// a preposition of address (cue kind letterto) that follows a word of
// writing (letter, perhaps past a participle of sending of kind
// letterlink: "una carta dirigida a"), with only commas, time words,
// auxiliaries, linking words (letterlink) and the appeal's own subject
// src between it and the trigger. Also the finite verb that tells the
// writing, or, for a letter told in an adverbial phrase with none ("Irán,
// en una carta a X, exigió"), -1 and the group set off by a comma right
// before that phrase. Nil when none.
func (r *run) letterAddressee(m match, s doc.Sentence, gs []*group, src *group) (*group, int, *group) {
	var best, bw *group
	bv := -1
	for _, g := range gs {
		if g.end > m.head || m.head-g.end > 8 || g.start <= s.FirstTok {
			continue
		}
		ok := true
		for j := g.end; j < m.head && ok; j++ {
			if src != nil && src != g && src.start >= g.end && j >= src.start && j < src.end {
				continue
			}
			// (a relative pronoun only after a preposition: "en la que
			// pide", "in which"; "al ministro, que pidió" is the
			// minister's own appeal)
			if r.word(j) && r.isCue(kRelPron, j) && !(j-1 >= g.end && r.info[j-1].foldIs(kPrep) || j-2 >= g.end && r.isCue(kDet, j-1) && r.info[j-2].foldIs(kPrep)) {
				ok = false
				break
			}
			ok = r.timeTok[j] || r.word(j) && (r.isCue(kLetterLink, j) || r.isCue(kAux, j) || r.info[j].foldIs(kPrep) && j+1 < m.head && r.timeTok[j+1]) || !r.word(j) && r.d.Tokens[j].Text == ","
		}
		if !ok {
			continue
		}
		// (the group may open with the contraction: "al presidente")
		j := g.start
		if !r.word(j) || !r.isCue(kLetterTo, j) {
			j--
		}
		for j > s.FirstTok && r.word(j) && r.isCue(kDet, j) && !r.isCue(kLetterTo, j) {
			j--
		}
		if !r.word(j) || !r.isCue(kLetterTo, j) {
			continue
		}
		l := j - 1
		for l > s.FirstTok && r.timeTok[l] {
			l--
		}
		// ("a letter addressed to", "una carta dirigida a")
		if l > s.FirstTok && r.word(l) && r.isCue(kLetterLink, l) && !r.isCue(kLetter, l) && !r.info[l].foldIs(kPrep) && r.word(l-1) && r.isCue(kLetter, l-1) {
			l--
		}
		if l < s.FirstTok || !r.word(l) || !r.isCue(kLetter, l) {
			continue
		}
		v := -1
		for k := l; k >= s.FirstTok && k >= l-3; k-- {
			if r.word(k) && r.finiteVerb(k) {
				v = k
				break
			}
		}
		if v >= 0 {
			best, bv, bw = g, v, nil
			continue
		}
		// "in a letter to X", "en una carta a X": a phrase of its own
		d := l - 1
		if d > s.FirstTok && r.word(d) && r.isCue(kDet, d) {
			d--
		}
		if d < s.FirstTok || !r.word(d) || !r.info[d].foldIs(kPrep) || r.isCue(kLetterTo, d) {
			continue
		}
		var w *group
		if d-1 > s.FirstTok && !r.word(d-1) && r.d.Tokens[d-1].Text == "," {
			for _, h := range gs {
				if h.end == d-1 {
					w = h
				}
			}
		}
		best, bv, bw = g, -1, w
	}
	return best, bv, bw
}

// wardMention reports whether an actor's mention names people held or
// cared for ("los detenidos", "wounded soldiers", "soldados heridos",
// "prisoners of war"): a word of cue kind ward among its tokens or right
// before or after it (an adjective the mention leaves out).
func (r *run) wardMention(a *doc.Actor, s doc.Sentence) bool {
	if a.Kind == "place" || a.Kind == "country" || a.Kind == "capital" {
		return false
	}
	first, last := -1, -1
	for i := s.FirstTok; i < s.EndTok && i < len(r.d.Tokens); i++ {
		t := r.d.Tokens[i]
		if t.Start >= a.Span.Start && t.End <= a.Span.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return false
	}
	for i := max(first-1, s.FirstTok); i <= last+1 && i < s.EndTok; i++ {
		if r.isCue(kWard, i) {
			return true
		}
	}
	return false
}

// objectOfVerbEndsAt reports a Spanish actor group ending right before
// token i that is the direct object of a verb ("evacuó a civiles",
// "visitó a los soldados", "para trasladar a los detenidos"): before the
// group, past the personal "a" ("al") and determiners, a verb that is no
// participle, no auxiliary, no copula and no verb of a toll or a report
// ("dejó tres policías heridos", "informaron de 30 detenidos" tell the
// act). A count before the group tells a toll the peer gold codes ("para
// evacuar a tres policías heridos": 18 on the police), so it stays.
func (r *run) objectOfVerbEndsAt(gs []*group, i int) bool {
	for _, g := range gs {
		if g.end != i {
			continue
		}
		j := g.start - 1
		for n := 0; n < 3 && j >= 0 && r.word(j) && (r.isCue(kDet, j) || r.isCue(kPersonal, j) || r.info[j].fold == "al"); n++ {
			j--
		}
		if j < 0 || !r.word(j) || r.info[j].function && !r.hasVerb(j) {
			return false
		}
		if r.isCue(kAux, j) || r.isCue(kPassive, j) || r.isCue(kStative, j) || r.isCue(kToll, j) || r.isCue(kReport, j) {
			return false
		}
		verb := false
		for _, a := range r.info[j].an {
			if a.Verb && a.Form != morph.Part {
				verb = true
			}
			if a.Verb && (r.lx.is(kToll, a.Lemma) || r.lx.is(kReport, a.Lemma) || r.lx.is(kAux, a.Lemma) || r.lx.is(kStative, a.Lemma) || a.Lemma == "ser" || a.Lemma == "estar" || a.Lemma == "haber") {
				return false
			}
		}
		return verb
	}
	return false
}

// participleAfterVerb reports an English past form right after another
// finite verb that is no auxiliary, passive or report verb, with a word
// after it ("visited wounded soldiers", "evacuated injured civilians"): an
// adjective on that verb's object, no act of its own.
func (r *run) participleAfterVerb(m match, s doc.Sentence) bool {
	if r.d.Lang != "en" || m.end != m.head+1 {
		return false
	}
	j := m.head - 1
	if j < s.FirstTok || !r.word(j) || m.end >= s.EndTok || !r.word(m.end) || r.info[m.end].function {
		return false
	}
	past := false
	for _, a := range r.info[m.head].an {
		past = past || a.Verb && a.Form == morph.Past
	}
	if !past || r.inActor(j) || r.info[j].function || !r.finiteVerb(j) {
		return false
	}
	if r.isCue(kAux, j) || r.isCue(kPassive, j) || r.isCue(kReport, j) || r.isCue(kStative, j) {
		return false
	}
	for _, a := range r.info[j].an {
		if a.Verb && (r.lx.is(kReport, a.Lemma) || r.lx.is(kAux, a.Lemma) || r.lx.is(kPassive, a.Lemma) || a.Lemma == "be" || a.Lemma == "have" || a.Lemma == "get") {
			return false
		}
		if !a.Verb {
			return false // a noun or adjective reading: "police wounded"
		}
	}
	return true
}

// withAttributive reports a trigger in -ing right after "with", or right
// after "and" closing a phrase opened by "with" with no verb between
// ("blocked the highway with felled trees and burning tyres").
func (r *run) withAttributive(m match, s doc.Sentence) bool {
	h := m.head
	if h <= s.FirstTok || !strings.HasSuffix(strings.ToLower(r.d.Tokens[h].Text), "ing") || !r.hasForm(h, morph.Ger) {
		return false
	}
	j := h - 1
	if !r.word(j) {
		return false
	}
	if r.info[j].fold == "with" {
		return true
	}
	if r.info[j].fold != "and" {
		return false
	}
	for k := j - 1; k > s.FirstTok && k >= j-5; k-- {
		if !r.word(k) || r.finiteVerb(k) || r.isCue(kClause, k) {
			return false
		}
		if r.info[k].fold == "with" {
			return true
		}
	}
	return false
}

// gerundAfterVerb reports an English one-word verb pattern whose trigger,
// an -ing form, stands between another verb's trigger and the actor that
// verb acts on ("fired tear gas to disperse striking drivers", "arrested
// protesting students", "shot fleeing villagers"): an adjective on that
// verb's object, no act of its own. A verb that takes an -ing complement
// (cue kinds phase, cease, attempt, negation: "kept attacking troops",
// "stopped shelling towns") or an auxiliary ("were attacking troops")
// leaves the act.
func (r *run) gerundAfterVerb(m match, s doc.Sentence) bool {
	if r.d.Lang != "en" || m.end != m.head+1 || m.head <= s.FirstTok || m.end >= s.EndTok {
		return false
	}
	if !strings.HasSuffix(strings.ToLower(r.d.Tokens[m.head].Text), "ing") || !r.hasForm(m.head, morph.Ger) {
		return false
	}
	n, j := m.end, m.head-1
	if !r.word(n) || r.info[n].function || !r.inActor(n) || !r.word(j) || r.inActor(j) || r.info[j].function {
		return false
	}
	verbTrigger := false
	if k := j - r.curFirst; k >= 0 && k < len(r.sentMatches) {
		for _, o := range r.sentMatches[k] {
			verbTrigger = verbTrigger || !o.p.Noun
		}
	}
	if !verbTrigger {
		return false
	}
	for _, k := range []cueKind{kAux, kPassive, kReport, kStative, kPhase, kCease, kAttempt, kNegation} {
		if r.isCue(k, j) {
			return false
		}
	}
	for _, a := range r.info[j].an {
		if a.Verb && (r.lx.is(kReport, a.Lemma) || r.lx.is(kAux, a.Lemma) || r.lx.is(kPhase, a.Lemma) || r.lx.is(kCease, a.Lemma) || a.Lemma == "be" || a.Lemma == "have" || a.Lemma == "get") {
			return false
		}
	}
	return true
}

// letterAfter is the addressee of a letter or message told as an
// adverbial phrase after the appeal or demand at m, in its clause ("asked
// in a letter to X for", "requested a meeting in a letter addressed to
// X"): a group after a preposition of address (letterto) that follows a
// word of writing (letter), perhaps past a participle of sending
// (letterlink), opened by a preposition, with no finite verb nor clause
// word between the trigger and that phrase; nil when none.
func (r *run) letterAfter(m match, s doc.Sentence, gs []*group) *group {
	for _, g := range gs {
		if g.start < m.end || g.start-m.end > 14 {
			continue
		}
		j := g.start
		if !r.word(j) || !r.isCue(kLetterTo, j) {
			j--
		}
		for j > m.end && r.word(j) && r.isCue(kDet, j) && !r.isCue(kLetterTo, j) {
			j--
		}
		if j <= m.end || !r.word(j) || !r.isCue(kLetterTo, j) {
			continue
		}
		l := j - 1
		if l > m.end && r.word(l) && r.isCue(kLetterLink, l) && !r.isCue(kLetter, l) && !r.info[l].foldIs(kPrep) && r.word(l-1) && r.isCue(kLetter, l-1) {
			l--
		}
		if l <= m.end || !r.word(l) || !r.isCue(kLetter, l) || r.verbAt(l) && r.finiteVerb(l) {
			continue
		}
		d := l - 1
		if d > m.end && r.word(d) && r.isCue(kDet, d) {
			d--
		}
		if d < m.end || !r.word(d) || !r.info[d].foldIs(kPrep) || r.isCue(kLetterTo, d) {
			continue
		}
		ok := true
		for k := m.end; k < d && ok; k++ {
			ok = !(r.word(k) && (r.finiteVerb(k) && !r.info[k].function || r.isCue(kClause, k) || r.isCue(kRelPron, k)))
		}
		if ok {
			return g
		}
	}
	return nil
}

// mediationAt reports a word that starts a pattern of mediation (045:
// "mediated", "brokered", "mediado").
func (r *run) mediationAt(i int) bool {
	if i < 0 || i >= len(r.info) || !r.word(i) {
		return false
	}
	for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, i, i+1) {
		if mm.p.Code == "045" {
			return true
		}
	}
	return false
}

// mediatorNoun reports a group followed by a noun of mediation, after a
// possessive or as its modifier ("Oman's mediation", "Omani mediation").
func (r *run) mediatorNoun(g *group) bool {
	j := g.end
	if j < len(r.d.Tokens) && (r.d.Tokens[j].Lower() == "'s" || r.d.Tokens[j].Lower() == "’s") {
		j++
	}
	// (a demonym's group may span the noun it qualifies: "Omani
	// mediation")
	for k := g.start + 1; k <= j && k < len(r.info); k++ {
		if !r.word(k) {
			continue
		}
		for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, k, k+1) {
			if mm.p.Code == "045" && mm.p.Noun {
				return true
			}
		}
	}
	return false
}

// nonDetBetween reports a word other than a determiner from lo to hi.
func (r *run) nonDetBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if r.word(j) && !r.isCue(kDet, j) {
			return true
		}
	}
	return false
}

// militaryOf is the armed forces (MIL) of a's country.
func militaryOf(a *doc.Actor) *doc.Actor {
	b := *a
	b.Code = a.Country + "MIL"
	b.Roles = []string{"MIL"}
	b.Source = a.Source + "+armed"
	return &b
}

// governmentOf is a copy of a as its country's government (XXXGOV), its
// source marked with why.
func governmentOf(a *doc.Actor, why string) *doc.Actor {
	b := *a
	b.Code = a.Country + "GOV"
	b.Roles = []string{"GOV"}
	b.Source = a.Source + why
	return &b
}

// actionGroup reports a group whose actors are all acts that name their
// author ("the Palestinian uprising", "Israeli shelling"), no party.
func (r *run) actionGroup(g *group) bool {
	for _, i := range g.acts {
		if r.d.Actors[i].Kind != "action" {
			return false
		}
	}
	return len(g.acts) > 0
}

// verbPastOnly reports an English word whose every reading is a verb's
// past or participle ("attacked", "met"), never a noun.
func (r *run) verbPastOnly(tok int) bool {
	an := r.info[tok].an
	if len(an) == 0 {
		return false
	}
	for _, a := range an {
		if !a.Verb || a.Form != morph.Past && a.Form != morph.Part {
			return false
		}
	}
	return true
}

// missionActor reports an actor named as a diplomatic mission ("the Danish
// embassy", "the embassy of France"): a word of cue kind mission in it.
func (r *run) missionActor(a *doc.Actor) bool {
	if a == nil || a.End <= a.Start {
		return false
	}
	for j := r.d.TokenAt(a.Start); j < len(r.d.Tokens) && r.d.Tokens[j].Start < a.End; j++ {
		if r.word(j) && r.isCue(kMission, j) {
			return true
		}
	}
	return false
}

// cliticActNoun is, for the Spanish trigger m, the token of the noun of an
// act or measure (cue kinds decision, measure, proposal, ruling, or a noun
// pattern) that an object clitic right before it ("lo", "la", "los",
// "las"; past auxiliaries and a negation: "no lo ha impugnado") stands
// for: the latest told before the clitic in its sentence or the one before
// whose determiner agrees with the clitic in gender and number ("el
// decreto" ... "lo"), unless an actor that agrees with it, not the
// reaction's source nor a genitive's complement, stands between ("visitó
// a la gobernadora y la criticó" names her); -1 if none.
func (r *run) cliticActNoun(m match, s doc.Sentence, si int, srcActs []int) int {
	return r.cliticAntecedent(m, s, si, srcActs, func(k int) bool {
		if r.isCue(kDecision, k) || r.isCue(kMeasure, k) || r.isCue(kProposal, k) || r.isCue(kRuling, k) {
			return true
		}
		for _, mm := range r.lx.matchAt(r.d, r.info, r.timeTok, k, r.d.Sentences[r.d.Tokens[k].Sent].EndTok) {
			if mm.p.Noun && mm.head == k {
				return true
			}
		}
		return false
	})
}

// cliticAntecedent is the token of the latest noun that noun(k) accepts
// and that an object clitic right before the trigger stands for (see
// cliticActNoun); -1 if none.
func (r *run) cliticAntecedent(m match, s doc.Sentence, si int, srcActs []int, noun func(k int) bool) int {
	cl := -1
	for j := m.head - 1; j >= s.FirstTok && j >= m.head-4 && r.word(j); j-- {
		switch f := r.info[j].fold; f {
		case "lo", "la", "los", "las":
			cl = j
		}
		if cl >= 0 || !r.isCue(kAux, j) && !r.isCue(kPerfect, j) && !r.isCue(kNegation, j) && !r.info[j].foldIs(kAux) {
			break
		}
	}
	if cl < 0 || r.word(cl-1) && r.isCue(kReflexive, cl-1) || r.word(cl+1) && r.isCue(kRelPron, cl+1) || r.inActor(cl) {
		return -1
	}
	fem, plural := clitcGender(r.info[cl].fold)
	lo := s.FirstTok
	if si > 0 {
		lo = r.d.Sentences[si-1].FirstTok
	}
	agrees := func(d int) bool {
		f, p, ok := detGender(r.info[d].fold)
		return ok && f == fem && p == plural
	}
	for k := cl - 1; k > lo; k-- {
		if !r.word(k) || !r.word(k-1) || !r.isCue(kDet, k-1) {
			continue
		}
		if a := r.actorStartingAt(k - 1); a >= 0 {
			if !slices.Contains(srcActs, a) && agrees(k-1) && !(r.word(k-2) && r.info[k-2].foldIs(kGenitive)) {
				return -1
			}
			continue
		}
		if r.inActor(k) || !agrees(k-1) {
			continue
		}
		if noun(k) {
			return k
		}
	}
	return -1
}

// vesselObject reports a vessel named again as the object of trigger m:
// a definite vessel noun (cue kind vessel) in the pattern or among the
// first words of its clause after it, with no actor before it ("interceptó la
// embarcación", "entregó agua a la embarcación"), or an object clitic
// before it that stands for one ("la guardia costera la interceptó").
func (r *run) vesselObject(m match, c clause, s doc.Sentence, si int, srcActs []int) bool {
	for k := m.head + 1; k < c.end && k < m.end+8 && r.word(k); k++ {
		if r.inActor(k) {
			break
		}
		if r.isCue(kVessel, k) && r.isCue(kDet, k-1) && !r.isCue(kIndef, k-1) {
			return true
		}
	}
	return r.cliticAntecedent(m, s, si, srcActs, func(k int) bool { return r.isCue(kVessel, k) }) >= 0
}

// vesselPeople is the refugees or migrants told aboard a vessel in the
// last four sentences ("una embarcación con 62 migrantes": an actor of
// role REF right after a vessel noun and "con", a count between), the
// latest; nil if none.
func (r *run) vesselPeople(si int) *doc.Actor {
	lo := r.d.Sentences[max(si-4, 0)].FirstTok
	hi := r.d.Sentences[si].EndTok
	var out *doc.Actor
	for k := lo; k+2 < hi; k++ {
		if !r.isCue(kVessel, k) || !r.word(k+1) || r.info[k+1].fold != "con" {
			continue
		}
		for q := k + 2; q < hi && q <= k+5; q++ {
			if a := r.actorStartingAt(q); a >= 0 {
				if hasRole(&r.d.Actors[a], []string{"REF"}) {
					b := r.d.Actors[a]
					out = &b
				}
				break
			}
		}
	}
	return out
}

// actorStartingAt is the index of an actor whose span starts at token k,
// or -1.
func (r *run) actorStartingAt(k int) int {
	for i, t := range r.aTok {
		if t[0] == k && t[1] > k {
			return i
		}
	}
	return -1
}

// clitcGender gives the gender and number of a Spanish object clitic.
func clitcGender(f string) (fem, plural bool) {
	return f == "la" || f == "las", f == "los" || f == "las"
}

// detGender gives the gender and number of a Spanish determiner by its
// ending ("el", "un", "este", "nuevos": masculine; "la", "una", "esas":
// feminine); ok is false for one of either gender ("su", "cada").
func detGender(f string) (fem, plural, ok bool) {
	switch f {
	case "el", "del", "al", "un", "ningun", "ningún", "primer", "este", "ese", "aquel":
		return false, false, true
	case "su", "sus", "cada", "cualquier", "cuyo", "cuya":
		return false, false, false
	}
	plural = strings.HasSuffix(f, "s")
	b := strings.TrimSuffix(f, "s")
	switch {
	case strings.HasSuffix(b, "a"):
		return true, plural, true
	case strings.HasSuffix(b, "o"), strings.HasSuffix(b, "e"):
		return false, plural, true
	}
	return false, false, false
}

// vesselCode reports the codes of an act a vessel's people may undergo:
// aid (07), yielding (08), coercion, assault and force (17 to 20).
func vesselCode(code string) bool {
	switch code[:2] {
	case "07", "08", "17", "18", "19", "20":
		return true
	}
	return false
}

// driverRole codes people named by a trade of driving ("truck drivers",
// "los transportistas", cues.tsv driver) by what they do: as the source of
// a protest, a strike called off, a demand, a rejection or a threat (roots
// 10 to 14, 082) they act as workers (LAB: "Kenyan truck drivers called off
// their strike", "los choferes bloquearon la vía"); otherwise, killed,
// detained or looking on, they are civilians (CVL: "gunmen killed two
// drivers", "asesinaron a dos choferes"). A mention that makes them
// strikers itself ("striking drivers", cues.tsv onstrike) stays as coded,
// and so do all drivers of a country whose drivers protest or strike in
// the story (striking): "decenas de transportistas que fueron detenidos
// ... donde mantenían bloqueos" are the strikers.
func (r *run) driverRole(a *doc.Actor, code string, src bool, striking map[string]bool) *doc.Actor {
	if a == nil || !r.isDriver(a) {
		return a
	}
	// ("striking drivers", "choferes en huelga": in the mention or
	// the two words after it)
	for j, after := r.d.TokenAt(a.Span.Start), 0; j >= 0 && j < len(r.d.Tokens) && after < 2; j++ {
		if r.d.Tokens[j].Start >= a.Span.End {
			after++
		}
		if r.isCue(kOnStrike, j) {
			return a
		}
	}
	want := "CVL"
	if src && (code[:2] >= "10" && code[:2] <= "14" || strings.HasPrefix(code, "082")) || striking[a.Country] {
		want = "LAB"
	}
	if a.Roles[0] == want {
		return a
	}
	b := *a
	b.Roles = []string{want}
	b.Code = b.Country + want
	return &b
}

// bareHead is the token of the one-word head of mention a when only an
// article or a number stands before it ("los mineros", "23 mineros",
// "the protesters"), not "el sindicato de mineros"; ok is false
// otherwise.
func (r *run) bareHead(a *doc.Actor) (h int, ok bool) {
	h = r.d.TokenAt(a.Head.Start)
	if h < 0 || r.d.TokenAt(a.Head.End-1) != h || a.Head.End != a.End {
		return 0, false
	}
	for j := r.d.TokenAt(a.Start); j >= 0 && j < h; j++ {
		if c, _ := utf8.DecodeRuneInString(r.d.Tokens[j].Text); !r.isCue(kDet, j) && !unicode.IsDigit(c) {
			return 0, false
		}
	}
	return h, true
}

// priorRole gives a bare mention of a trade or a group ("los mineros",
// "the miners": one word of head, read as workers or civilians) the
// criminals' role of an earlier mention of the same word in the article
// that a qualifier made criminals ("mineros ilegales", "illegal
// miners"): the story's miners are the illegal ones. A mention whose
// head holds more ("the miners' union", "las familias de los mineros")
// stays as coded.
func (r *run) priorRole(a *doc.Actor) *doc.Actor {
	if a == nil || len(a.Roles) != 1 || a.Roles[0] != "CVL" && a.Roles[0] != "LAB" || a.Code != a.Country+a.Roles[0] {
		return a
	}
	h, ok := r.bareHead(a)
	if !ok {
		return a
	}
	w := priorStem(r.info[h].fold)
	for i := range r.d.Actors {
		b := &r.d.Actors[i]
		if b.End > a.Start {
			break
		}
		if len(b.Roles) != 1 || b.Roles[0] != "CRM" || b.Country != a.Country {
			continue
		}
		s, e := r.d.TokenAt(b.Head.Start), r.d.TokenAt(b.Head.End-1)
		if s < 0 || e <= s {
			continue
		}
		for j := s; j <= e; j++ {
			if priorStem(r.info[j].fold) == w {
				c := *a
				c.Roles = []string{"CRM"}
				c.Code = c.Country + "CRM"
				return &c
			}
		}
	}
	return a
}

// protestRole gives a bare protest noun read as civilians ("los
// manifestantes", "12 manifestantes", "the protesters", "los
// huelguistas": cues.tsv protester or onstrike, with only an article or
// a number before it) the code of the group of its country that the
// story told protesting before it (the source of a protest, CAMEO 14, of
// one civil role other than civilians: farmers, teachers, workers), when
// the story names one such group only: "Los campesinos bloquearon la
// ruta ... la Fiscalía imputó a 12 manifestantes" are the farmers. With
// no such group, or several of different codes, it stays as coded.
func (r *run) protestRole(a *doc.Actor) *doc.Actor {
	if a == nil || len(a.Roles) != 1 || a.Roles[0] != "CVL" || len(a.Country) != 3 || a.Code != a.Country+"CVL" {
		return a
	}
	h, ok := r.bareHead(a)
	if !ok || !r.isCue(kProtester, h) && !r.isCue(kOnStrike, h) {
		return a
	}
	var found *doc.Actor
	for _, c := range r.evs {
		b := c.ev.Source
		if b == nil || c.ev.Cameo[:2] != "14" || b.End > a.Start || b.Country != a.Country || len(b.Roles) != 1 || b.Code != b.Country+b.Roles[0] ||
			hasRole(b, []string{"CVL"}) || hasRole(b, stateRoles) || hasRole(b, insurgentRoles) {
			continue
		}
		if found != nil && found.Code != b.Code {
			return a // several groups protest: which one is unsaid
		}
		if found == nil {
			found = b
		}
	}
	if found == nil {
		return a
	}
	c := *a
	c.Roles = []string{found.Roles[0]}
	c.Code = found.Code
	return &c
}

// priorStem is a folded word without a plural's final s ("mineros" and
// "minero", "miners" and "miner").
func priorStem(f string) string {
	if len(f) > 3 {
		return strings.TrimSuffix(f, "s")
	}
	return f
}

// isDriver reports an actor of one civil role, workers or civilians,
// whose head's last word names a trade of driving ("truck drivers",
// "los choferes": cues.tsv driver).
func (r *run) isDriver(a *doc.Actor) bool {
	if len(a.Roles) != 1 || a.Roles[0] != "CVL" && a.Roles[0] != "LAB" || a.Code != a.Country+a.Roles[0] {
		return false
	}
	h := r.d.TokenAt(a.Head.End - 1)
	return h >= 0 && r.isCue(kDriver, h)
}

// protestLeaders gives bare leaders ("los dirigentes", "the leaders",
// cues.tsv leaders, with their article alone), read as a government for
// want of another, to the maker of the story's latest protest or strike
// told up to three sentences before, when that maker is of no state
// ("los maestros marcharon ... Los dirigentes rechazaron la propuesta":
// the teachers' leaders); else a.
func (r *run) protestLeaders(si int, a *doc.Actor) *doc.Actor {
	if a == nil || len(a.Roles) != 1 || a.Roles[0] != "GOV" || a.Code != a.Country+"GOV" {
		return a
	}
	h := r.d.TokenAt(a.Head.End - 1)
	if h < 0 || r.d.Tokens[h].Start != a.Head.Start || !r.isCue(kLeaders, h) {
		return a
	}
	for j := r.d.TokenAt(a.Span.Start); j >= 0 && j < h; j++ {
		if !r.isCue(kDet, j) {
			return a
		}
	}
	// ("los dirigentes de Bolivia", "the leaders of both countries": a
	// complement says whose)
	if h+1 < len(r.d.Tokens) && r.word(h+1) && r.info[h+1].foldIs(kGenitive) {
		return a
	}
	p := r.latestProtester(si, 3, a)
	if p == nil || hasRole(p, stateRoles) || hasRole(p, insurgentRoles) || hasRole(p, []string{"CRM"}) {
		return a
	}
	b := *p
	b.Span, b.Head = a.Span, a.Head
	return &b
}

// affectedObject returns the code prefixes of the acts whose patients a
// noun of people named by what was done to them stands for, when such a
// noun, right after a determiner (kinds det or attrib: "those affected")
// and in no actor, follows trigger m in its clause before any other finite
// verb ("a los desnacionalizados": 172; "a los deportados": 174; "a los
// afectados": harmPrefixes);
// nil when there is none.
func (r *run) affectedObject(m match, c clause) []string {
	for j := m.head + 1; j < c.end && j <= m.end+6; j++ {
		if !r.word(j) {
			return nil
		}
		if j > m.end && r.finiteVerb(j) && !r.info[j].function {
			return nil
		}
		if r.inActor(j) || !r.isCue(kDet, j-1) && !r.isCue(kAttrib, j-1) {
			continue
		}
		if p := r.wardHarm(j); p != nil {
			return p
		}
	}
	return nil
}

// latestHarmed is the target of the story's latest act whose code starts
// with one of pre, by someone other than src, or nil.
func (r *run) latestHarmed(pre []string, src *doc.Actor) *doc.Actor {
	for n := len(r.evs) - 1; n >= 0; n-- {
		e := &r.evs[n].ev
		if e.Target == nil || src != nil && e.Source != nil && e.Source.Code == src.Code || src != nil && e.Target.Code == src.Code {
			continue
		}
		for _, p := range pre {
			if strings.HasPrefix(e.Cameo, p) {
				// (of an act told on several parties, the first:
				// "despojarlos" of "27 opositores, periodistas y
				// activistas" stripped the opponents first)
				for n > 0 && r.evs[n-1].sent == r.evs[n].sent && r.evs[n-1].head == r.evs[n].head && r.evs[n-1].ev.Cameo == e.Cameo && r.evs[n-1].ev.Target != nil && sameSource(&r.evs[n-1].ev, e) {
					n--
				}
				t := *r.evs[n].ev.Target
				return &t
			}
		}
	}
	return nil
}

// sameSource reports two events with the same source code, or none.
func sameSource(a, b *doc.Event) bool {
	if a.Source == nil || b.Source == nil {
		return a.Source == nil && b.Source == nil
	}
	return a.Source.Code == b.Source.Code
}

// causeDoer returns the doer of the act told in a clause of sequence
// (cue kind sequel) within eight words after the trigger, or opening the
// sentence and closed by a comma before the trigger: the clause's
// subject, past a complementiser and determiners ("after a Chinese drone
// entered", "después de que un dron chino entrara"), or the owner of the
// one noun right after it, past a genitive or agent preposition ("tras la
// entrada de un barco turco", "after an incursion by Turkish troops");
// nil if none.
func (r *run) causeDoer(m match, s doc.Sentence, gs []*group) *group {
	j, end := -1, s.EndTok
	for k := m.end; k < s.EndTok && k <= m.end+8; k++ {
		if !r.word(k) {
			continue
		}
		if e, ok := r.lx.cueAt(r.info, k, s.EndTok, kSequel); ok {
			j = e
			break
		}
	}
	if j < 0 {
		// a clause of sequence opening the sentence and closed by the
		// first comma, before the trigger ("Tras la entrada de un buque
		// turco en sus aguas, Grecia desplegó ...", "After Venezuelan
		// troops crossed the border, Colombia put ...")
		e, c, ok := r.openingPhrase(s, m.head, kSequel)
		if !ok {
			return nil
		}
		if c >= m.head {
			return nil
		}
		j, end = e, c
	}
	if j >= end {
		return nil
	}
	if r.word(j) && r.info[j].foldIs(kClause) && r.isCue(kRelPron, j) {
		j++
	}
	skipDet := func(b int) int {
		for b < end && r.word(b) && r.isCue(kDet, b) && !r.timeTok[b] {
			b++
		}
		return b
	}
	at := func(b int) *group {
		for _, g := range gs {
			if !g.reporter && g.start == b && g.end <= end {
				return g
			}
		}
		return nil
	}
	b := skipDet(j)
	if g := at(b); g != nil {
		return g
	}
	// a noun of entry then "de", "of", "by", "por"; a noun of force then
	// "by", "por" only (the owner after "of" is often its victim: "after
	// the killing of a Turkish soldier", which no soldier did)
	if b+2 < end && r.word(b) && r.word(b+1) && (r.isCue(kEntry, b) && r.info[b+1].foldIs(kGenitive) || (r.isCue(kEntry, b) || r.forceNounAt(b)) && r.isCue(kAgent, b+1)) {
		return at(skipDet(b + 2))
	}
	return nil
}

// affectedAfterMention returns the code prefixes affectedObject gives for
// a word of cue kind affected, stripped or expelled right after an
// actor's mention in sentence s ("las familias afectadas"), or nil.
func (r *run) affectedAfterMention(a *doc.Actor, s doc.Sentence) []string {
	last := -1
	for i := s.FirstTok; i < s.EndTok && i < len(r.d.Tokens); i++ {
		if t := r.d.Tokens[i]; t.Start >= a.Span.Start && t.End <= a.Span.End {
			last = i
		}
	}
	j := last + 1
	if last < 0 || j >= s.EndTok || !r.word(j) || r.inActor(j) {
		return nil
	}
	return r.wardHarm(j)
}

// wardHarm gives the code prefixes of the act whose sufferers the noun at j
// names: the stripped of nationality (172), the expelled (174), the affected
// or displaced (any harm); nil for any other word.
func (r *run) wardHarm(j int) []string {
	switch {
	case r.isCue(kStripped, j):
		return []string{"172"}
	case r.isCue(kExpelled, j):
		return []string{"174"}
	case r.isCue(kAffected, j):
		return harmPrefixes
	}
	return nil
}

// foreignTo reports doer mentions all of a country, none of it that of
// any of the acting mentions.
func foreignTo(all []doc.Actor, doer, acting []int) bool {
	if len(doer) == 0 || len(acting) == 0 {
		return false
	}
	for _, d := range doer {
		if len(all[d].Code) < 3 || all[d].Country == "" {
			return false
		}
		for _, a := range acting {
			if len(all[a].Code) < 3 || sameLand(&all[d], all[a].Code) {
				return false
			}
		}
	}
	return true
}

// forceNounAt reports a nominal event of force or of force posture (roots
// 15, 17 to 20) whose head is token h ("the incursion", "el ataque").
func (r *run) forceNounAt(h int) bool {
	k := h - r.curFirst
	if k < 0 || k >= len(r.sentMatches) {
		return false
	}
	for _, vm := range r.sentMatches[k] {
		if vm.p.Noun && !vm.p.Toll && vm.head == h && (vm.p.Code[:2] == "15" || forceCode(vm.p.Code)) {
			return true
		}
	}
	return false
}

// harmPrefixes are the acts whose patients a noun of cue kind affected
// stands for: coercion and force (roots 17-20), save arrests (173), whose
// patients are suspects, not victims.
var harmPrefixes = []string{"170", "171", "172", "174", "175", "176", "18", "19", "20"}
