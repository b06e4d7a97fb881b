package coder

import (
	"cmp"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/atalaya-events/atalaya/internal/actors"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/morph"
)

// group is one actor or a compound of actors joined by "y", "and" or commas.
type group struct {
	acts       []int // indexes into d.Actors
	start, end int   // token range
	reporter   bool
	inverted   bool // a reporter after its reporting verb ("dijo KCNA")
	that       int  // a speaker's complementiser ("X announced that ..."), else 0
}

// clause is a token range of a sentence.
type clause struct{ start, end int }

// anaphor is a nominal event without arguments in a frame ("durante el
// llamado del martes"): it lends its date to the event it names.
type anaphor struct {
	code string
	sent int
	date string
	ev   doc.Evidence
}

// cand is an event being built.
// askedAct is an act asked for by an appeal or demand before it.
type askedAct struct {
	sent, head int
	end        int // the token after the match
	code       string
}

type cand struct {
	ev   doc.Event
	sent int
	head int
	noun bool
	// definite: a nominal event after a definite determiner ("las
	// amenazas de Salami"), which may tell an earlier event again
	definite bool
	// conj: a verb joined by "y"/"and" to an earlier verb of its sentence
	// ("llamó a consultas a su embajador y suspendió la cooperación")
	conj bool
	// own: a fact told by a relative clause of its own ("un acuerdo que
	// firmaron el año pasado"), not the same fact as another of its
	// sentence with the same root
	own bool
	// patient: a verb of force with its own direct object after it
	// ("mataron a un soldado"), so that a verb joined to it with another
	// object acts on another patient
	patient bool
	// claimed: an attack given its doer by the one claim told after it
	// (claimedAttack), undone when another party claims it too
	claimed bool
	// rel: a verb of a relative clause set off by a comma or right after
	// an actor ("los maestros, que marcharon el lunes, bloquearon ..."),
	// or of one opened by a relative adverb of place ("..., donde
	// realizaron una marcha"): an act apart from the main clause's
	rel bool
	// tollOf: for a casualty with no agent, one past the head of the
	// riot or clash noun its clause counts it in ("resultaron heridos en
	// los enfrentamientos"); 0 if none
	tollOf int
}

// eventIDs holds the ids of an article's first events ("e1" ... "e256"),
// made once rather than per event.
var eventIDs = func() []string {
	ids := make([]string, 257)
	for n := 1; n < len(ids); n++ {
		ids[n] = "e" + strconv.Itoa(n)
	}
	return ids
}()

// eventID returns the id of the article's n-th event (from 1): "e" and n.
func eventID(n int) string {
	if n < len(eventIDs) {
		return eventIDs[n]
	}
	return "e" + strconv.Itoa(n)
}

type run struct {
	scratch *scratch // buffers borrowed for this document
	c       *Coder
	lx      *lexicon
	d       *doc.Doc
	info    []tokInfo
	aTok    [][2]int // actor token ranges
	// actorTok: the tokens inside some actor mention
	actorTok []bool
	// noFixed: the words where compoundPreps found no set phrase (nil
	// when it has not run)
	noFixed  []bool
	sentActs [][]int  // the actors whose first token is in each sentence
	cs       []clause // the clauses of the sentence being coded
	timeTok  []bool   // the tokens inside some time expression
	// capsFor is 1 + the first token of the sentence capsIs answers for
	// (capsSentence); 0 when none yet
	capsFor int
	capsIs  bool
	// titleFor and titleIs: the same for titleSentence
	titleFor int
	titleIs  bool
	qtyTok   []bool // the tokens inside some quantity ("at least 47 people")
	// lastRep is the latest reporter with a code, of sentence lastRepSent:
	// whose remarks a later "declined to comment" is about
	lastRep     doc.Reporter
	lastRepSent int
	// consumed: tokens a built event took beside its match (the noun of
	// an earlier event a reaction names: "condemned the attacks")
	consumed []int
	// offered: the code of the earlier offer or appeal a noun of proposal
	// named as a reaction's object stood for ('rechazó la oferta'), and
	// the token after that noun; set by eventObjectTargetAt
	offered    string
	offeredEnd int
	// priorHit: the code of the event priorEvent last found
	priorHit string
	// singleAct: priorEvent passes over acts told by a plural noun
	// ('lanzó ataques'), for a reaction to a singular one ('el ataque')
	singleAct bool
	evs       []*cand
	// asked: the acts an appeal or demand asks for ("pidió a X que
	// negocie"), by sentence and head, that pick its sub-code in finish
	asked []askedAct
	anas  []anaphor
	// carried subject from the previous sentence
	docCountry string
	// storyCountry: the one country of the actors of an article that
	// names no place (placed gives it to agents with none)
	storyCountry string
	dateline     *doc.Place    // the place an article opens with ("NAIROBI —")
	datelineEnd  int           // the token of the dash closing the dateline; -1 if none
	lastSym      [2]*doc.Actor // the last mutual event's two actors
	lastSymSent  int
	// armedAt: the text offsets of triggers of weapons fired or tested
	// (option armed), whose country is its armed forces
	armedAt map[int]bool
	outSent *[]int  // sentence of each merged event
	outNoun *[]bool // whether each merged event is nominal
	outRel  *[]bool // whether each merged event is told by a relative clause
	heads   []int   // tokens of the sentence where some pattern starts
	// the patterns matched at each token of the sentence being coded
	// (index: token - sentence's first token)
	sentMatches  [][]match
	curFirst     int
	lastSubj     *group
	lastSubjSent int
	// lastPerson: the last group of sentence lastPersonSent whose first
	// actor is a person named, subject or speaker ("he" in the next
	// sentence stands for it)
	lastPerson     *group
	lastPersonSent int
	// timesSorted: d.Times are in text order and none overlaps, so that a
	// search can skip those before an offset
	timesSorted bool
	// pledge: the event being dated is a pledge (03x) to do an act; a
	// deadline set for that act ("by the end of the year") is not its date
	pledge bool
	// slogan: the tokens of sentence sloganFirst-1 inside a slogan's
	// quotation (sloganQuote; 0: none read yet)
	sloganFirst int
	slogan      []bool
}

func newRun(c *Coder, lx *lexicon, d *doc.Doc) *run {
	sc := scratchPool.Get().(*scratch)
	r := &run{c: c, lx: lx, d: d, info: sc.infos(len(d.Tokens)), lastSubjSent: -10, lastPersonSent: -10, scratch: sc}
	words := sc.wordMemo(lx)
	for i := range d.Tokens {
		t := &d.Tokens[i]
		ti := &r.info[i]
		f := t.Fold
		if f == "" {
			f = morph.Fold(t.Text)
		}
		ti.fold = f
		if t.Kind != doc.Word {
			lx.cueInfo(ti)
			continue
		}
		// a word seen before as written with the same folding (its lower
		// case follows from both): its analyses and cue sets at once
		if w, ok := words[t.Text]; ok && w.fold == f {
			*ti = w
			continue
		}
		ti.an = lx.an.Analyze(t.Lower())
		if sp, ok := lx.an.(accentAnalyzer); ok && verbReading(ti.an) && !allUpper(t.Text) {
			// (the fold is the lower-case word when the word is plain
			// ASCII: no allocation for most words)
			low := f
			if !plainASCII(t.Text) || !strings.EqualFold(t.Text, low) {
				low = t.Lower()
			}
			ti.loose = sp.AccentOnly(low)
		}
		lx.cueInfo(ti)
		if lx.accented != nil && t.Text != f && lx.accented[t.Lower()] {
			lx.twinless(ti)
		}
		if len(words) >= maxWords {
			clear(words) // a long stream of ever new names
		}
		w := *ti
		w.fold = strings.Clone(f) // not the article's text
		key := w.fold
		if t.Text != f {
			key = strings.Clone(t.Text)
		}
		words[key] = w
	}
	r.docCountry = r.oneCountryBut(0, len(d.Text)+1, r.partyCountries(0, len(d.Text)+1))
	r.storyCountry = ""
	if r.docCountry == "" && len(d.Places) == 0 {
		r.storyCountry = actorsCountry(d.Actors)
	}
	r.dateline = dateline(d)
	r.datelineEnd = datelineEnd(d, r.dateline)
	r.aTok = make([][2]int, len(d.Actors))
	r.actorTok = sc.flags(&sc.actorTok, len(d.Tokens))
	for i, a := range d.Actors {
		s := d.TokenAt(a.Start)
		e := s
		if a.End > a.Start {
			e = d.TokenAt(a.End-1) + 1
		}
		r.aTok[i] = [2]int{s, e}
		for t := s; t < e && t < len(r.actorTok); t++ {
			r.actorTok[t] = true
		}
	}
	r.markAddressees()
	r.timeTok = sc.flags(&sc.timeTok, len(d.Tokens))
	r.timesSorted = true
	for k := 1; k < len(d.Times); k++ {
		if d.Times[k].Start < d.Times[k-1].End {
			r.timesSorted = false // out of order or overlapping
		}
	}
	for _, t := range d.Times {
		for i := d.TokenAt(t.Start); i < len(d.Tokens) && d.Tokens[i].Start < t.End; i++ {
			r.timeTok[i] = true
		}
	}
	r.qtyTok = sc.flags(&sc.qtyTok, len(d.Tokens))
	for _, q := range d.Quantities {
		for i := d.TokenAt(q.Start); i < len(d.Tokens) && d.Tokens[i].Start < q.End; i++ {
			r.qtyTok[i] = true
		}
	}
	// the actors of each sentence (by the sentence of their first token),
	// all in one array: counted first, then placed
	r.sentActs = make([][]int, len(d.Sentences))
	sentOf := make([]int, len(r.aTok))
	counts := make([]int, len(d.Sentences))
	for i, t := range r.aTok {
		sentOf[i] = -1
		if r.insidePlace(&d.Actors[i]) {
			continue
		}
		if t[0] < len(d.Tokens) {
			if si := int(d.Tokens[t[0]].Sent); si >= 0 && si < len(r.sentActs) {
				sentOf[i] = si
				counts[si]++
			}
		}
	}
	all := make([]int, len(r.aTok))
	for si, n := range counts {
		r.sentActs[si], all = all[:0:n], all[n:]
	}
	for i, si := range sentOf {
		if si >= 0 {
			r.sentActs[si] = append(r.sentActs[si], i)
		}
	}
	if lx.lang == "es" {
		r.nounContext()
	}
	return r
}

// maxWords bounds a scratch's memo of words (newRun), so that a long
// stream of articles with ever new names cannot grow it without end.
const maxWords = 1 << 15

// wordMemo is the scratch's memo of word tokens' info for lexicon lx, by
// text as written: a plain map, as a scratch serves one run at a time.
func (sc *scratch) wordMemo(lx *lexicon) map[string]tokInfo {
	m := sc.words[lx]
	if m == nil {
		if sc.words == nil {
			sc.words = map[*lexicon]map[string]tokInfo{}
		}
		m = map[string]tokInfo{}
		sc.words[lx] = m
	}
	return m
}

// cueInfo fills a token's cue sets from its fold and analyses: the rules
// test bits from here on. Everything newRun sets on a word token comes from
// its text and fold, so the result is memoised per word.
func (lx *lexicon) cueInfo(ti *tokInfo) {
	f := ti.fold
	cs := lx.cueSets[f]
	ti.foldBits = cs.word
	ti.bits, ti.firstBits, ti.patStart = cs.word, cs.first, cs.pattern
	ti.starts = cs.starts
	for n, a := range ti.an {
		if a.Lemma != f {
			cs := lx.cueSets[a.Lemma]
			ti.bits.union(&cs.word)
			ti.firstBits.union(&cs.first)
			ti.patStart = ti.patStart || cs.pattern
			// a lemma of several readings ("paro": three of "parar") once
			// (the lists are the lexicon's: joined in a new array)
			if len(cs.starts) > 0 && !lemmaBefore(ti.an[:n], a.Lemma) {
				if len(ti.starts) == 0 {
					ti.starts = cs.starts
				} else {
					ti.starts = append(ti.starts[:len(ti.starts):len(ti.starts)], cs.starts...)
				}
			}
		}
	}
	ti.function = ti.foldBits.meets(&functionBits)
	ti.foldID = lx.ids[f]
	ti.lemmaIDs = nil
	if len(ti.an) > 0 {
		ti.lemmaIDs = make([]int32, len(ti.an))
		for k, a := range ti.an {
			ti.lemmaIDs[k] = lx.ids[a.Lemma]
		}
	}
}

// twinless takes from a word written with an accent that sets it apart
// from the function word it folds to ("está" from "esta", "él" from "el",
// "sí" from "si") that word's cues: only those of its lemmas stay.
func (lx *lexicon) twinless(ti *tokInfo) {
	ti.foldBits, ti.bits, ti.firstBits = kindSet{}, kindSet{}, kindSet{}
	for _, a := range ti.an {
		if a.Lemma != ti.fold {
			cs := lx.cueSets[a.Lemma]
			ti.bits.union(&cs.word)
			ti.firstBits.union(&cs.first)
		}
	}
	ti.function = false
}

// nounContext takes from Spanish words the verb readings their context
// rules out (afterDet), and those their spelling as a function word rules
// out: a determiner, preposition, conjunction,
// number, "se" or "si" written without an accent is no verb ("de" is no
// "dé", "este" no "esté", "hacia" no "hacía", "Una" no form of "unir",
// "para" no form of "parar" nor of "paro", "seis" none of "ser") unless
// a clitic, "que", "se" or "no" stands before it, where a verb may ("que
// se una a la marcha", "para que entre en vigor", "no para").
func (r *run) nounContext() {
	// (a text written without accents keeps them: there "ataco", "denuncio"
	// are preterites that lost their "ó")
	accents := strings.ContainsAny(r.d.Text, "áéíóúÁÉÍÓÚ")
	r.compoundPreps()
	for i := range r.d.Tokens {
		if !r.word(i) || len(r.info[i].an) == 0 {
			continue
		}
		ti := &r.info[i]
		if accents {
			r.accentOnly(i)
		}
		if r.nameWord(i) {
			r.dropVerbReadings(i)
			continue
		}
		if accents {
			r.firstPerson(i)
		}
		if !(ti.function || r.lx.numbers[ti.fold] || ti.foldIs(kReflexive) || ti.foldIs(kCondition)) || r.d.Tokens[i].Lower() != ti.fold {
			r.afterDet(i)
			continue
		}
		// ("se" and "si" are never verbs without their accents: "que se
		// marcharon", "no se sabe")
		if i > 0 && r.word(i-1) && r.d.Tokens[i-1].Sent == r.d.Tokens[i].Sent && r.verbLicence(i-1) && !ti.foldIs(kReflexive) && !ti.foldIs(kCondition) {
			continue
		}
		r.dropVerbReadings(i)
	}
}

// afterDet takes from a Spanish word right after an article, a
// possessive, a demonstrative or a preposition its finite and gerund
// readings when it also reads as a noun: "la renuncia", "del paro", "en
// protesta", "sus protestas" are nouns, not forms of renunciar, parar,
// protestar (an infinitive stays: "al reprimir", "para exigir"). The
// articles that are also object clitics ("la", "las", "los": "los
// detuvieron", "la condena el gobierno") give the noun only to a word that
// agrees with them (the plural ones to a word in -s). A word with no noun
// reading keeps its verb ("los detuvieron"), and so does a word after a
// capitalised word of a name ("Kim Jong Un recibió") or after a word of an
// actor's mention outside it.
func (r *run) afterDet(i int) {
	if !r.finiteVerb(i) && !r.hasForm(i, morph.Ger) {
		return
	}
	prev := i - 1
	if prev < 0 || !r.word(prev) || r.d.Tokens[prev].Sent != r.d.Tokens[i].Sent || r.d.Tokens[prev].Lower() != r.info[prev].fold || r.inActor(prev) && !r.inActor(i) ||
		r.d.Tokens[prev].Cap && prev > 0 && r.word(prev-1) && r.d.Tokens[prev-1].Sent == r.d.Tokens[prev].Sent {
		return
	}
	ti := &r.info[i]
	pi := &r.info[prev]
	noun := false
	for _, a := range ti.an {
		if !a.Verb {
			noun = true
			break
		}
	}
	// ("de un impacto de bala", "una marcha": right after the singular
	// indefinite article, which is never an object clitic, a word is a
	// noun even when the analyser knows only its verb)
	if !noun && !(pi.fold == "un" || pi.fold == "una") {
		return
	}
	switch {
	case pi.foldIs(kConjSkip):
		if !pi.foldIs(kDet) || strings.HasSuffix(pi.fold, "s") && !strings.HasSuffix(r.d.Tokens[i].Lower(), "s") {
			return // "le", "lo"; "los detiene"
		}
	case pi.foldIs(kDet) && !pi.foldIs(kPersonal) || pi.foldIs(kPrep):
	default:
		return
	}
	keep := make([]morph.Analysis, 0, len(ti.an))
	for _, a := range ti.an {
		if !a.Verb || a.Form == morph.Part || a.Form == morph.Inf {
			keep = append(keep, a)
		}
	}
	ti.an = keep
	r.lx.cueInfo(ti)
	ti.noun = true
}

// nameWord reports a capitalised Spanish word (not all capitals) that is
// part of a name, and so no verb: one inside a place's mention ("Quito",
// "Puerto Príncipe", not a form of quitar or portar), or one within its
// sentence followed by another capitalised word ("Ciudad Bolívar",
// "Marcha Patriótica"); not the sentence's first word there, which a
// capitalised name may follow, nor in a title ("Israel Bombardea Gaza").
func (r *run) nameWord(i int) bool {
	t := &r.d.Tokens[i]
	if !t.Cap || !r.hasVerb(i) || allUpper(t.Text) {
		return false
	}
	for k := range r.d.Places {
		if p := &r.d.Places[k]; p.Start <= t.Start && t.End <= p.End {
			return true
		}
	}
	s := r.d.Sentences[t.Sent]
	if i == s.FirstTok || !r.word(i+1) || r.d.Tokens[i+1].Sent != t.Sent || !r.d.Tokens[i+1].Cap {
		return false
	}
	// (not in a title, every longer word of which is capitalised:
	// "Israel Bombardea Gaza")
	for k := s.FirstTok; k < s.EndTok; k++ {
		if r.word(k) && !r.d.Tokens[k].Cap && len(r.d.Tokens[k].Text) > 3 {
			return true
		}
	}
	return false
}

// compoundPreps takes the verb readings, and those of other lemmas, from
// the words of a set phrase (cue kind fixed) that ends in a preposition:
// a compound preposition ("cerca de" is no form of cercar nor of cerco,
// "en busca de" none of buscar, "fuera de" none of ser or ir, "a pedido
// de" none of pedir); not past a negation, whose verb is one ("no parar
// de protestar").
//
// It notes in r.noFixed the words where no set phrase starts: as readings
// are only dropped from here on, none starts there later either, and the
// sentence loop need not look again.
func (r *run) compoundPreps() {
	r.noFixed = r.scratch.flags(&r.scratch.noFixed, len(r.d.Tokens))
	for _, s := range r.d.Sentences {
		for i := s.FirstTok; i < s.EndTok; i++ {
			j, ok := r.lx.cueAt(r.info, i, s.EndTok, kFixed)
			if !ok {
				r.noFixed[i] = true
				continue
			}
			if !r.info[j-1].foldIs(kPrep) {
				continue
			}
			for k := i; k < j-1; k++ {
				if r.info[k].foldIs(kNegation) {
					break
				}
				r.dropVerbReadings(k)
			}
			i = j - 1
		}
	}
}

// accentOnly takes from a Spanish word written with no accent, in a text
// that writes its accents, the verb readings it owes only to a form
// written with one ("que esta semana" is no "está", "que de" no "dé",
// "la primera" no future "primerá"). A word in capitals keeps them
// (headlines drop accents).
func (r *run) accentOnly(i int) {
	ti := &r.info[i]
	loose := ti.loose // (newRun looked them up)
	if len(loose) == 0 || !r.hasVerb(i) {
		return
	}
	n := 0
	for _, a := range ti.an {
		if hasAnalysis(loose, a) {
			n++
		}
	}
	if n == 0 {
		return
	}
	keep := make([]morph.Analysis, 0, len(ti.an)-n)
	for _, a := range ti.an {
		if !hasAnalysis(loose, a) {
			keep = append(keep, a)
		}
	}
	ti.an = keep
	r.lx.cueInfo(ti)
	if !r.hasVerb(i) {
		ti.noun = true
	}
}

// plainASCII reports whether s holds only ASCII bytes.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// allUpper reports whether s equals strings.ToUpper(s) (no lower-case
// letter), without allocating.
// accentAnalyzer is the Spanish analyser's look-up of the verb readings a
// word owes only to a form written with an accent.
type accentAnalyzer interface {
	AccentOnly(string) []morph.Analysis
}

// verbReading reports whether some analysis of as is a verb's.
func verbReading(as []morph.Analysis) bool {
	for _, a := range as {
		if a.Verb {
			return true
		}
	}
	return false
}

func allUpper(s string) bool {
	for _, c := range s {
		if unicode.ToUpper(c) != c {
			return false
		}
	}
	return true
}

func hasAnalysis(as []morph.Analysis, a morph.Analysis) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// onlyFinite reports whether every reading of token j is a finite verb.
func (r *run) onlyFinite(j int) bool {
	an := r.info[j].an
	for _, a := range an {
		if !a.Verb || a.Form == morph.Inf || a.Form == morph.Ger || a.Form == morph.Part {
			return false
		}
	}
	return len(an) > 0
}

// hasVerb reports whether token i has a verb reading.
func (r *run) hasVerb(i int) bool { return verbReading(r.info[i].an) }

// firstPerson takes from a Spanish word in -o its present readings, which
// are all first person singular ("inicio", "impacto", "desarrollo", "uso",
// "bajo" are no forms of iniciar, impactar, desarrollar, usar, bajar in
// news): a speaker talks of himself so only inside quotation marks or
// after "yo", "no" or an object clitic ("«exijo justicia»", "yo marcho",
// "no acepto", "lo denuncio"), and not right after a finite verb there.
// A word in capitals keeps them (a headline
// drops the accent of a preterite: "DESALOJO"), and so does every word of
// a text with no written accent at all (nounContext).
func (r *run) firstPerson(i int) {
	t := &r.d.Tokens[i]
	if !strings.HasSuffix(r.info[i].fold, "o") {
		return // (nor does the lower-case word, which Lower would build)
	}
	low := t.Lower()
	if !strings.HasSuffix(low, "o") || allUpper(t.Text) || !r.hasForm(i, morph.Pres) {
		return
	}
	if i > 0 && r.word(i-1) && r.d.Tokens[i-1].Sent == t.Sent {
		switch r.info[i-1].fold {
		case "yo", "no", "me", "te", "lo", "la", "le", "los", "las", "les", "nos":
			return
		}
	}
	// (nor right after a finite verb, even in a quotation: "merece
	// respaldo")
	if r.quoted(t.Start) && !(i > 0 && r.word(i-1) && r.d.Tokens[i-1].Sent == t.Sent && r.onlyFinite(i-1)) {
		return
	}
	ti := &r.info[i]
	noun := false
	for _, a := range ti.an {
		noun = noun || !a.Verb
	}
	if !noun {
		return
	}
	keep := make([]morph.Analysis, 0, len(ti.an))
	for _, a := range ti.an {
		if !a.Verb || a.Form != morph.Pres {
			keep = append(keep, a)
		}
	}
	ti.an = keep
	r.lx.cueInfo(ti)
	if !r.hasVerb(i) {
		ti.noun = true
	}
}

// verbLicence reports a word after which a function word may be a verb:
// an object clitic, "se", "que" or "no" ("que se una", "no para").
func (r *run) verbLicence(j int) bool {
	switch r.info[j].fold {
	case "se", "que", "no", "me", "te", "nos", "le", "les", "lo", "la", "los", "las":
		return true
	}
	return false
}

// dropVerbReadings keeps of token i only the readings of the word itself
// as written, none of them a verb, and refills its cue sets.
func (r *run) dropVerbReadings(i int) {
	ti := &r.info[i]
	n := 0
	for _, a := range ti.an {
		if !a.Verb && a.Lemma == ti.fold {
			n++
		}
	}
	if n == len(ti.an) {
		return
	}
	keep := make([]morph.Analysis, 0, n)
	for _, a := range ti.an {
		if !a.Verb && a.Lemma == ti.fold {
			keep = append(keep, a)
		}
	}
	ti.an = keep
	r.lx.cueInfo(ti)
	ti.noun = true
	t := &r.d.Tokens[i]
	if r.lx.accented != nil && t.Text != ti.fold && r.lx.accented[t.Lower()] {
		r.lx.twinless(ti)
	}
}

func (r *run) word(i int) bool {
	return i >= 0 && i < len(r.d.Tokens) && r.d.Tokens[i].Kind == doc.Word
}

// isCue reports whether token i can be read as a one-word cue of kind k.
func (r *run) isCue(k cueKind, i int) bool {
	return i >= 0 && i < len(r.info) && r.info[i].bits.has(k)
}

// usedSet marks the tokens of a sentence already taken by a trigger.
type usedSet struct {
	base int
	on   []bool
}

func (u usedSet) has(i int) bool { return i-u.base >= 0 && i-u.base < len(u.on) && u.on[i-u.base] }
func (u usedSet) set(i int) {
	if i-u.base >= 0 && i-u.base < len(u.on) {
		u.on[i-u.base] = true
	}
}

// dateline returns the place an article's body opens with when a dash,
// comma or parenthesis follows it ("NAIROBI —", "LIMA, 3 mar (AFP)").
func dateline(d *doc.Doc) *doc.Place {
	if len(d.Tokens) < 2 {
		return nil
	}
	for i := range d.Places {
		p := &d.Places[i]
		if d.TokenAt(p.Start) != 0 || p.Country == "" {
			continue
		}
		next := d.TokenAt(p.End)
		if next < len(d.Tokens) && d.Tokens[next].Kind == doc.Punct {
			switch d.Tokens[next].Text {
			case "—", "–", "-", ",", "(":
				return p
			}
		}
	}
	return nil
}

// datelineEnd returns the token of the dash that closes a dateline
// ("LONDON (Reuters) –", "LIMA, 3 mar (AFP) -", "NAIROBI —"): the first
// dash within a few tokens after the dateline place; -1 when there is none.
func datelineEnd(d *doc.Doc, p *doc.Place) int {
	if p == nil {
		return -1
	}
	for i := d.TokenAt(p.End); i < len(d.Tokens) && i < d.TokenAt(p.End)+10; i++ {
		t := &d.Tokens[i]
		if t.Kind != doc.Punct {
			continue
		}
		switch t.Text {
		case "—", "–", "-":
			return i
		case ".", "!", "?", ";", "\"", "“":
			return -1
		}
	}
	return -1
}

// code finds the events of every sentence.
func (r *run) code() {
	for si, s := range r.d.Sentences {
		r.sentence(si, s)
		r.heldByGroup(si)
	}
}

// heldByGroup gives an abduction told with no doer ("a worker who was
// abducted two months ago") the armed group of no state that its
// sentence names as the doer of another act told before it, the group
// that holds, shows or claims the hostage: "Al Qaeda released a video
// showing an aid worker who was abducted" is Al Qaeda's abduction, and
// "condemned the abduction" later is aimed at it. A denial, a rejection
// or an accusation by the group lends nothing ("the rebels denied that
// the mayor was kidnapped").
func (r *run) heldByGroup(si int) {
	for _, e := range r.evs {
		if e.sent != si || !strings.HasPrefix(e.ev.Cameo, "181") || e.ev.Source != nil || e.ev.Target == nil || e.ev.Modality != doc.Asserted {
			continue
		}
		for _, o := range r.evs {
			if o.sent != si || o.head >= e.head || o.ev.Source == nil || o.ev.Modality != doc.Asserted {
				continue
			}
			c := o.ev.Cameo
			if c[:2] == "11" || c[:2] == "12" || strings.HasPrefix(c, "016") || c[:2] >= "18" {
				continue
			}
			g := o.ev.Source
			if !strings.HasPrefix(g.Code, "IMG") && !hasRole(g, []string{"REB", "INS", "SEP"}) || g.Code == e.ev.Target.Code {
				continue
			}
			a := *g
			e.ev.Source = &a
			break
		}
	}
}

// groups returns the actor groups of a sentence, in text order.
func (r *run) groups(si int, s doc.Sentence) []*group {
	// (idx, outer and joins live in the run's scratch: none leaves here)
	idx := r.scratch.grpIdx[:0]
	cands := r.sentActs[si]
	for _, i := range cands {
		t := r.aTok[i]
		if t[1] <= r.datelineEnd {
			continue // "LONDON (Reuters) –", "MÉXICO, Nov 27 (AFP) -": no party
		}
		if t[0] >= s.FirstTok && t[0] < s.EndTok {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		ta, tb := r.aTok[a], r.aTok[b]
		if ta[0] != tb[0] {
			return cmp.Compare(ta[0], tb[0])
		}
		return cmp.Compare(tb[1]-tb[0], ta[1]-ta[0])
	})
	r.scratch.grpIdx = idx
	// drop actors nested inside a longer one
	outer := r.scratch.grpOuter[:0]
	for _, i := range idx {
		if n := len(outer); n > 0 && r.aTok[i][0] < r.aTok[outer[n-1]][1] {
			continue
		}
		outer = append(outer, i)
	}
	// join kinds between consecutive actors: 'c' coordination, ',' a lone
	// comma (a list, kept only when a coordination closes it), 0 none
	r.scratch.grpOuter = outer
	if cap(r.scratch.grpJoins) < len(outer) {
		r.scratch.grpJoins = make([]byte, len(outer))
	}
	joins := r.scratch.grpJoins[:len(outer)]
	clear(joins)
	for n := 1; n < len(outer); n++ {
		a := r.aTok[outer[n-1]][1]
		if n >= 2 && a < len(r.d.Tokens) && r.d.Tokens[a].Text == ")" && r.parenRestates(outer[n-2], outer[n-1]) {
			a++ // "La Comunidad del Caribe (Caricom) y Estados Unidos": past the acronym's parenthesis
		}
		joins[n] = r.joinKind(a, r.aTok[outer[n]][0])
		// "anunció una ayuda para atención sanitaria, y Colombia envió
		// dos aviones", "pledged aid to Ecuador, and Colombia sent": a
		// comma and a conjunction before an actor its own verb follows
		// right after join two clauses, not two actors (unless a list by
		// commas runs before: "Russia, China, and Iran signed")
		if a, e := r.aTok[outer[n-1]][1], r.aTok[outer[n]][1]; joins[n] == 'c' && r.d.Tokens[a].Text == "," && (n == 1 || joins[n-1] != ',') &&
			r.word(e) && !r.inActor(e) && (r.finiteVerb(e) || r.pastLike(e)) {
			joins[n] = 0
		}
		// "contactaron con la empresa y el gerente exigió pruebas": an
		// actor after "y" right before a Spanish verb in the singular is
		// that verb's subject alone (two joined would take the plural)
		if b, e := r.aTok[outer[n]][0], r.aTok[outer[n]][1]; joins[n] == 'c' && r.d.Lang == "es" && b > 0 && r.word(b-1) && r.isCue(kCoord, b-1) &&
			r.word(e) && !r.inActor(e) && r.finiteVerb(e) && !strings.HasSuffix(r.info[e].fold, "n") && !strings.HasSuffix(r.info[e].fold, "mos") &&
			r.objectAfterVerb(r.aTok[outer[n-1]][0]) {
			joins[n] = 0
		}
		// "Russia attacked Ukraine and Poland condemned the attack": an
		// object joined by "and" to an actor right before a verb of its
		// own (no preposition after it: "civilians killed in") is no
		// compound; that actor opens a clause
		if b, e := r.aTok[outer[n]][0], r.aTok[outer[n]][1]; joins[n] == 'c' && r.d.Lang == "en" && b > 0 && r.word(b-1) && r.isCue(kCoord, b-1) &&
			r.word(e) && !r.inActor(e) && (r.finiteVerb(e) || r.pastLike(e)) && !r.isCue(kAux, e) && e+1 < len(r.d.Tokens) && r.word(e+1) && !r.info[e+1].foldIs(kPrep) &&
			r.objectAfterVerb(r.aTok[outer[n-1]][0]) {
			joins[n] = 0
		}
	}
	// "los serbios de Belgrado y los albaneses de Kosovo", "the Serbs of
	// Belgrade and the Albanians of Kosovo": two parties joined, each with
	// a complement of its own after a genitive, are the compound; the
	// complements only place them
	var compl []bool
	for n := 1; n+1 < len(outer); n++ {
		if n+2 < len(outer) && joins[n] == 0 && joins[n+1] == 'c' && joins[n+2] == 0 &&
			r.genitiveJoin(r.aTok[outer[n-1]][1], r.aTok[outer[n]][0]) && r.genitiveJoin(r.aTok[outer[n+1]][1], r.aTok[outer[n+2]][0]) {
			if compl == nil {
				compl = make([]bool, len(outer))
			}
			compl[n], compl[n+2] = true, true
		} else if joins[n] == 0 && joins[n+1] == 'c' && r.genitiveJoin(r.aTok[outer[n-1]][1], r.aTok[outer[n]][0]) && r.genitiveInside(r.aTok[outer[n+1]]) {
			// (the second party's complement inside its mention: "the Croats
			// of Zagreb and the Serbs of Bosnia", a people of a place)
			if compl == nil {
				compl = make([]bool, len(outer))
			}
			compl[n] = true
		}
	}
	// (the groups, each with room for its first member, in one allocation:
	// at most one group an actor, so the store never grows and its
	// pointers hold)
	type groupCell struct {
		g     group
		first [1]int
	}
	store := make([]groupCell, 0, len(outer))
	gs := r.scratch.grps[:0] // (the sentence's list; the groups stay)
	for n, i := range outer {
		t := r.aTok[i]
		j := joins[n]
		// "la guerrilla del Ejército de Liberación Nacional (ELN)": an
		// acronym in parentheses right after the actor it stands for
		// restates it, within its group
		if g := len(gs); g > 0 && n > 0 && r.parenRestates(outer[n-1], i) {
			gs[g-1].end = t[1] + 1
			continue
		}
		if compl != nil && compl[n] && len(gs) > 0 {
			gs[len(gs)-1].end = t[1]
			continue
		}
		if j == ',' {
			j = 0
			m := n + 1
			for ; m < len(outer) && joins[m] != 0; m++ {
				if joins[m] == 'c' {
					j = 'c'
					break
				}
			}
			if j == 0 {
				// an English headline's list of subjects joined by commas
				// alone, opening the sentence and right before an event
				// verb ("Israel, Hamas Agree to Truce", "Russia, China
				// veto resolution")
				m0 := n - 1
				for m0 > 0 && joins[m0] == ',' {
					m0--
				}
				if r.commaSubjects(s, r.aTok[outer[m0]][0], r.aTok[outer[m-1]][1]) {
					j = 'c'
				}
			}
		}
		if g := len(gs); g > 0 && j == 'c' {
			gs[g-1].acts = append(gs[g-1].acts, i)
			gs[g-1].end = t[1]
			continue
		}
		store = append(store, groupCell{g: group{start: t[0], end: t[1]}, first: [1]int{i}})
		cell := &store[len(store)-1]
		cell.g.acts = cell.first[:]
		gs = append(gs, &cell.g)
	}
	r.scratch.grps = gs
	if len(gs) == 0 {
		return nil
	}
	return gs[:len(gs):len(gs)]
}

// objectAfterVerb reports an actor starting at a that stands right after
// a finite verb that reports nothing (a determiner or a preposition
// between): the verb's object ("attacked Ukraine", "met the president",
// "contactaron con la empresa").
func (r *run) objectAfterVerb(a int) bool {
	j := a - 1
	if j >= 0 && r.word(j) && r.isCue(kDet, j) {
		j--
	}
	if j >= 0 && r.word(j) && r.info[j].foldIs(kPrep) {
		// (a preposition the verb governs: "contactaron con la empresa",
		// "atacó a Ucrania"; no genitive nor "entre": "las negociaciones
		// entre Colombia y Venezuela comenzaron")
		if r.info[j].foldIs(kGenitive) || r.info[j].fold == "entre" || r.info[j].fold == "between" {
			return false
		}
		j--
	}
	return j >= 0 && r.word(j) && !r.inActor(j) && r.finiteVerb(j) && !r.isCue(kAux, j) && !r.isCue(kReport, j) && !r.isCue(kClause, j)
}

// commaSubjects reports whether a list of actors joined by commas alone
// over tokens [a, b) opens English sentence s (at most a determiner
// before it) and an event verb follows it: the compound subject of a
// headline ("Sudan Army, RSF Agree to Ceasefire").
func (r *run) commaSubjects(s doc.Sentence, a, b int) bool {
	if r.d.Lang != "en" || b >= s.EndTok || !r.word(b) || r.info[b].function || !r.info[b].patStart {
		return false
	}
	if a > s.FirstTok && !(a == s.FirstTok+1 && r.word(s.FirstTok) && r.isCue(kDet, s.FirstTok)) {
		return false
	}
	for _, an := range r.info[b].an {
		if r.lx.verbs[an.Lemma] {
			return true
		}
	}
	return false
}

// genitiveJoin reports whether the tokens [a, b) between two actors are a
// genitive preposition and determiners only ("de", "de la", "of the").
func (r *run) genitiveJoin(a, b int) bool {
	if b <= a || b-a > 3 || !r.word(a) || !r.info[a].foldIs(kGenitive) {
		return false
	}
	return r.onlyDetBetween(a+1, b)
}

// genitiveInside reports whether a genitive preposition stands inside the
// mention over tokens t ("los serbios de Bosnia").
func (r *run) genitiveInside(t [2]int) bool {
	for j := t[0] + 1; j < t[1]-1; j++ {
		if r.word(j) && r.info[j].foldIs(kGenitive) {
			return true
		}
	}
	return false
}

// joinKind classifies the tokens [a, b) between two actors: 'c' for a
// coordinating word (optionally after a comma), ',' for a lone comma, 0
// for anything else.
func (r *run) joinKind(a, b int) byte {
	if b <= a || b-a > 5 {
		return 0
	}
	if b-a == 1 && r.d.Tokens[a].Text == "," {
		return ','
	}
	// "detuvo a cinco estudiantes, dos obreros y un periodista": a count
	// opening the next member of a list by commas keeps the list
	if r.d.Tokens[a].Text == "," && a > 0 && r.qtyTok[a-1] && r.countsOnly(a+1, b) {
		return ','
	}
	j, ok := r.lx.cueAt(r.info, a, b, kCoord)
	if !ok && r.d.Tokens[a].Text == "," {
		j, ok = r.lx.cueAt(r.info, a+1, b, kCoord)
	}
	if !ok {
		return 0
	}
	// "Kim y presidente ruso Putin": title words between the conjunction
	// and the actor
	for ; j < b; j++ {
		if r.word(j) && (r.info[j].foldIs(kPrep) || r.info[j].foldIs(kDet) || r.info[j].foldIs(kMember)) {
			continue // "a Alemania y a Italia", "and the United States", "y miembros del sindicato"
		}
		if !r.word(j) || r.info[j].function || len(r.info[j].an) > 0 {
			return 0
		}
	}
	return 'c'
}

// detsBack steps back from token j over determiners that are no
// preposition, not past lo: the first token before them (j itself when
// it is none).
func (r *run) detsBack(j, lo int) int {
	for j > lo && r.word(j) && r.isCue(kDet, j) && !r.info[j].foldIs(kPrep) {
		j--
	}
	return j
}

// countsOnly reports tokens a..b-1 that are all inside some quantity and
// no actor (the count: "dos", "12", "unos 30").
func (r *run) countsOnly(a, b int) bool {
	if a >= b {
		return false
	}
	for j := a; j < b; j++ {
		if j >= len(r.qtyTok) || !r.qtyTok[j] || r.inActor(j) {
			return false
		}
		if r.d.Tokens[j].Kind != doc.Number && !r.word(j) {
			return false
		}
	}
	return true
}

// clauses splits a sentence at clause punctuation and clause-opening words.
func (r *run) clauses(s doc.Sentence) []clause { return r.appendClauses(nil, s) }

// appendClauses appends the clauses of s to out.
func (r *run) appendClauses(out []clause, s doc.Sentence) []clause {
	start := s.FirstTok
	for i := s.FirstTok; i < s.EndTok; i++ {
		t := &r.d.Tokens[i]
		brk := false
		// a short aside in parentheses ("la Central Unitaria de
		// Trabajadores (CUT) convocó", "en Cádiz (sur)") opens no clause:
		// the subject before it stays the subject of the verb after it
		if t.Kind == doc.Punct && t.Text == "(" {
			if e := r.shortAside(i, s.EndTok); e > 0 {
				i = e
				continue
			}
		}
		if t.Kind == doc.Punct {
			switch t.Text {
			case ",", ";", ":", "(", ")", "—", "–":
				brk = true
			}
		} else if i > start && t.Kind == doc.Word {
			if _, ok := r.lx.cueAt(r.info, i, s.EndTok, kClause); ok {
				brk = true
			}
		}
		if brk && i > start {
			out = append(out, clause{start, i})
			start = i
		}
	}
	if start < s.EndTok {
		out = append(out, clause{start, s.EndTok})
	}
	return out
}

// afterQuantity reports a group right after a quantity or a collective
// noun (the cue kind collective) and its preposition, determiners between
// ("miles de campesinos", "varios centenares de los serbios", "47 de los
// presos"), not after any other noun ("el cadáver de un campesino").
func (r *run) afterQuantity(i int) bool {
	j := r.detsBack(i-1, -1)
	if j <= 0 || !r.word(j) || !r.info[j].foldIs(kPrep) {
		return false
	}
	return j-1 < len(r.qtyTok) && r.qtyTok[j-1] || r.word(j-1) && r.isCue(kCollective, j-1)
}

// countAfterPhrase reports a group under a count ("decenas de personas")
// whose count follows, in clause c, the noun ending a phrase a preposition
// opens, with no preposition, determiner or verb between ("Como
// consecuencia de la represión decenas de personas fueron heridas", "Con
// la represión policial miles de estudiantes ..."): the count opens a new
// noun phrase, the clause's subject, not a complement of that phrase ("tras
// la muerte de decenas de personas" is one).
func (r *run) countAfterPhrase(g *group, c clause) bool {
	if !r.afterQuantity(g.start) {
		return false
	}
	j := r.detsBack(g.start-1, c.start)
	if j <= c.start || !r.word(j) || !r.info[j].foldIs(kGenitive) {
		return false
	}
	q := j - 1
	if q >= len(r.qtyTok) || !r.qtyTok[q] || !r.word(q) || r.inActor(q) {
		return false
	}
	for q-1 > c.start && q-1 < len(r.qtyTok) && r.qtyTok[q-1] {
		q--
	}
	n := q - 1
	if n <= c.start || !r.word(n) || r.info[n].function || r.info[n].foldIs(kPrep) || r.isCue(kDet, n) || r.finiteVerb(n) || r.timeTok[n] {
		return false
	}
	first := c.start
	if !r.word(first) && first+1 < c.end {
		first++
	}
	return r.word(first) && r.info[first].foldIs(kPrep) && !r.info[first].foldIs(kAgent)
}

// shortAside returns the index of the ")" closing the parenthesis opened
// at i when at most three words stand inside it and nothing else; 0 if
// none.
func (r *run) shortAside(i, end int) int {
	for j := i + 1; j < end && j <= i+4; j++ {
		if r.d.Tokens[j].Kind == doc.Punct && r.d.Tokens[j].Text == ")" {
			if j > i+1 {
				return j
			}
			return 0
		}
		if !r.word(j) {
			return 0
		}
	}
	return 0
}

func clauseOf(cs []clause, i int) int {
	for k, c := range cs {
		if i >= c.start && i < c.end {
			return k
		}
	}
	return len(cs) - 1
}

// markAddressees marks the tokens of a Spanish addressee joined by "y"/"e"
// or a comma to one the personal "a" introduced ("pidió a España y a
// Portugal apoyo", "a Colombia, a Brasil y a Perú"): the second "a" and
// its actor stand where the first did, so that the request's object after
// them is still the pattern's ("apoyo", "la liberación de"). It marks too
// the words of a long proper name after the personal "a" past its first
// two ("encargó a la Inspección General de Servicios Judiciales una
// investigación"), so that they make no distance between the pattern's
// words.
func (r *run) markAddressees() {
	for i := range r.info {
		r.info[i].addressee = false // (a scratch's infos are reused)
	}
	if r.d.Lang != "es" {
		return
	}
	personal := func(i int) bool {
		s := r.aTok[i][0]
		if s < len(r.info) && r.word(s) && r.info[s].fold == "al" {
			return true
		}
		return s > 0 && r.word(s-1) && (r.info[s-1].fold == "a" || r.info[s-1].fold == "al")
	}
	for i := range r.aTok {
		if !personal(i) {
			continue
		}
		// a long proper name after the personal "a" counts as its first
		// words: past them, its words are no distance between the
		// pattern's words ("encargó a la Inspección General de Servicios
		// Judiciales una investigación")
		if s, e := r.aTok[i][0], r.aTok[i][1]; e-s > 3 && r.d.Tokens[s+1].Cap && r.d.Tokens[e-1].Cap {
			for t := s + 2; t < e; t++ {
				r.info[t].addressee = true
			}
		}
		e := r.aTok[i][1]
		if e >= len(r.d.Tokens) || !(r.word(e) && (r.info[e].fold == "y" || r.info[e].fold == "e") || r.d.Tokens[e].Kind == doc.Punct && r.d.Tokens[e].Text == ",") {
			continue
		}
		for j := range r.aTok {
			s2 := r.aTok[j][0]
			if j == i || !personal(j) || r.d.Tokens[s2].Sent != r.d.Tokens[e].Sent {
				continue
			}
			if s2 == e+1 && r.word(s2) && r.info[s2].fold == "al" || s2 == e+2 && r.word(e+1) && (r.info[e+1].fold == "a" || r.info[e+1].fold == "al") {
				for t := e; t < r.aTok[j][1]; t++ {
					r.info[t].addressee = true
				}
			}
		}
	}
}

// namePart reports a match whose word after its trigger stands in the
// complement of an actor's proper name, past a capitalised word and a
// "de"/"of" of that name ("pidió al Jurado Nacional de Elecciones" asks
// for no elections, "ayuda al Programa Mundial de Alimentos" sends no
// food): a name's words tell what it names, not what the verb does. The
// name's own head may still be the pattern's ("entrenar a las Fuerzas
// Armadas"), and so may a whole name the pattern spells ("recurrió a la
// Corte Internacional de Justicia").
func (r *run) namePart(m match) bool {
	for _, t := range m.toks {
		if t == m.head || !r.inActor(t) || !r.d.Tokens[t].Cap {
			continue
		}
		ts := r.d.Tokens[t].Start
		for k := range r.d.Actors {
			a := &r.d.Actors[k]
			if a.Start > ts || a.End <= ts {
				continue
			}
			capped := false
			for j := r.d.TokenAt(a.Start); j >= 0 && j < t; j++ {
				if !r.word(j) {
					continue
				}
				if f := r.info[j].fold; capped && (f == "de" || f == "del" || f == "of") {
					return true
				}
				if r.d.Tokens[j].Cap && !capped && slices.Contains(m.toks, j) {
					break // the pattern spells the name ("recurrió a la Corte Internacional de Justicia")
				}
				capped = capped || r.d.Tokens[j].Cap
			}
		}
	}
	return false
}

// prepBefore returns the preposition governing the group starting at i:
// the nearest preposition before it with only determiners, adjectives or
// nouns in between, within lo..i; "" when none.
func (r *run) prepBefore(i, lo int) string {
	for j := i - 1; j >= lo && j >= i-3; j-- {
		if !r.word(j) {
			return ""
		}
		if r.info[j].foldIs(kPrep) {
			return r.info[j].fold
		}
		// (a count between: "sanctions on eight officials"; a modifier
		// after the determiner: "to an illegitimate court")
		if !r.isCue(kDet, j) && !(r.d.Lang == "en" && r.d.Tokens[j].Kind == doc.Word && r.lx.numbers[r.info[j].fold]) && !r.detModifier(j, i) {
			return ""
		}
	}
	return ""
}

// detModifier reports a lower-case word at j right before the group at i
// and right after a determiner, with no verb reading, no function word and
// no actor's:
// the modifier of the group's noun ("an illegitimate court"); English only.
func (r *run) detModifier(j, i int) bool {
	if r.d.Lang != "en" || j != i-1 || j < 1 || !r.word(j) || !r.word(j-1) || !r.isCue(kDet, j-1) || r.inActor(j) || r.info[j].function || r.verbCandidate(j) {
		return false
	}
	for _, a := range r.info[j].an {
		if a.Verb {
			return false // "of the deposed president": a participle may head a clause of its own
		}
	}
	t := r.d.Tokens[j].Text
	if strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "ing") {
		return false // (a participle the lexicon lacks)
	}
	return t != "" && strings.ToLower(t[:1]) == t[:1]
}

// groupPrep is the preposition that governs group g (prepBefore); for a
// group whose mention opens with a genitive contraction (the actors stage
// may take the article in: "la casa del alcalde"), the preposition that
// governs the noun phrase it completes, through "de" chains and up to four
// words back ("llegaron a la casa del alcalde" is no subject, "Miembros de
// la Brigada 5 del Ejército" is).
func (r *run) groupPrep(g *group, lo int) string {
	if !r.word(g.start) || !r.info[g.start].foldIs(kGenitive) {
		return r.prepBefore(g.start, lo)
	}
	for j, n := g.start-1, 0; j >= lo && n < 4; j-- {
		if !r.word(j) || r.finiteVerb(j) || r.isCue(kCoord, j) || r.isCue(kClause, j) {
			return ""
		}
		if r.info[j].foldIs(kPrep) {
			if !r.info[j].foldIs(kGenitive) {
				return r.info[j].fold
			}
			n = 0
			continue
		}
		n++
	}
	return ""
}

// sentence codes the events of one sentence.
func (r *run) sentence(si int, s doc.Sentence) {
	gs := r.groups(si, s)
	// (the clauses and their subjects live in the scratch until the next
	// sentence: no rule keeps them past it)
	cs := r.appendClauses(r.scratch.cs[:0], s)
	r.scratch.cs, r.cs = cs, cs
	r.lendComplementCountry(gs, cs)
	reps := r.reporters(s, gs, cs)
	for _, rp := range reps {
		if rp.Code != "" {
			r.lastRep, r.lastRepSent = rp, si // the article's latest speaker
		}
	}
	// subject of each clause: its first group not governed by a preposition
	// or under a quantity ("Miles de campesinos bloquearon la ruta y
	// exigieron ...": the later verbs share it too)
	subj := r.scratch.subjects(len(cs))
	for k, c := range cs {
		// an adjunct opened by a preposition ("after talks mediated by
		// Qatar", "tras ser detenido por la policía") has no subject for
		// the clauses after it, not even its agent
		adjunct := false
		for j := c.start; j < c.end && j <= c.start+1; j++ {
			if r.word(j) {
				adjunct = r.info[j].foldIs(kPrep) && !r.info[j].foldIs(kAgent)
				break
			}
		}
		for _, g := range gs {
			if g.start >= c.start && g.start < c.end && !g.inverted {
				p := r.groupPrep(g, c.start)
				if p == "" || r.lx.is(kAgent, p) && !adjunct || !adjunct && r.afterQuantity(g.start) && r.quantifiedSubject(g, c, p) || r.countAfterPhrase(g, c) {
					subj[k] = g
					break
				}
			}
		}
	}
	// words of set phrases ("sin embargo", "cerca de") are never triggers
	// nor the heads that bound another trigger's date and place region
	used := usedSet{base: s.FirstTok, on: r.scratch.flags(&r.scratch.used, s.EndTok-s.FirstTok)}
	fixed := usedSet{base: s.FirstTok, on: r.scratch.flags(&r.scratch.fixed, s.EndTok-s.FirstTok)}
	for i := s.FirstTok; i < s.EndTok; i++ {
		if r.noFixed != nil && r.noFixed[i] {
			continue // compoundPreps found none here
		}
		if j, ok := r.lx.cueAt(r.info, i, s.EndTok, kFixed); ok {
			for ; i < j; i++ {
				used.set(i)
				fixed.set(i)
			}
			i--
		}
	}
	r.heads = r.heads[:0]
	matches := r.scratch.matchLists(s.EndTok - s.FirstTok)
	r.scratch.mb.reset() // (the previous sentence's matches are done with)
	// verb patterns whose object stands before the verb, by the object's
	// token: tried there first, so that "the aid France promised" is one
	// promise, not also aid given
	var revAt map[int][]match
	for i := s.FirstTok; i < s.EndTok; i++ {
		// a word of a time expression ("March 13", "held in March",
		// "la jornada del paro") never starts an event
		if r.word(i) && !r.info[i].function && !used.has(i) && !r.timeTok[i] {
			ms := r.lx.matchInto(&r.scratch.mb, r.d, r.info, r.timeTok, i, s.EndTok)
			// (also past a one-word pattern of the verb alone: "la
			// universidad fue ocupada" is the occupation of a building,
			// not the bare "ocupar" of armies)
			if len(ms) == 0 || ms[0].words == 1 {
				if rv := r.reverseAt(i, s.FirstTok, gs); len(rv) > 0 && (len(ms) == 0 || rv[0].words > 1) {
					if revAt == nil {
						revAt = map[int][]match{}
					}
					revAt[rv[0].obj] = rv
					if len(ms) == 0 {
						ms = rv
					}
				}
			}
			if ms := r.timeParticles(ms); len(ms) > 0 {
				matches[i-s.FirstTok] = ms
				r.heads = append(r.heads, i)
			}
		}
	}
	r.sentMatches, r.curFirst = matches, s.FirstTok
	before := len(r.evs)
	for i := s.FirstTok; i < s.EndTok; i++ {
		ms := matches[i-s.FirstTok]
		if rv := revAt[i]; len(rv) > 0 && !used.has(i) {
			ms = append(append([]match(nil), rv...), ms...)
		}
		if used.has(i) || len(ms) == 0 {
			continue
		}
		for _, m := range ms {
			clash := false
			for _, t := range m.toks {
				// (a whole set phrase may close a pattern, never start it:
				// "investigate war crimes", "accused of war crimes")
				if used.has(t) && (t == m.head || !fixed.has(t) || fixed.has(t-1) && !slices.Contains(m.toks, t-1)) {
					clash = true
				}
			}
			if clash || r.namePart(m) {
				continue
			}
			r.consumed = r.consumed[:0]
			if r.build(si, s, m, gs, cs, subj, reps) {
				for _, t := range m.toks {
					// "se movilizaron en demanda de aumentos": a demand noun
					// closing a protest's pattern (option purpose) stays
					// free to tell the subject's demand
					if t != m.head && m.p.Code[:2] == "14" && purposeDemandAt(matches[t-s.FirstTok], t) {
						continue
					}
					used.set(t)
				}
				for _, t := range r.consumed {
					used.set(t)
				}
				if m.rev {
					used.set(m.obj)
				}
				break
			}
		}
	}
	r.warningContents(before)
	r.phoneCalls(s, before)
	r.arrestedFromQuelled(before)
	// the person carried into the next sentence
	for n := len(gs) - 1; n >= 0; n-- {
		if a := &r.d.Actors[gs[n].acts[0]]; a.Kind == "person" && (gs[n].reporter || r.prepBefore(gs[n].start, s.FirstTok) == "") {
			r.lastPerson, r.lastPersonSent = gs[n], si
			break
		}
	}
	// the subject carried into the next sentence
	// (not a group after the clause's verb when a noun that names no
	// actor stands before that verb: "At least three rockets struck the
	// U.S. embassy compound" carries no subject)
	for k := len(cs) - 1; k >= 0; k-- {
		if subj[k] != nil && !r.closedRel(cs, k) {
			if !r.objectAfterNounSubject(subj[k], cs[k]) {
				r.lastSubj, r.lastSubjSent = subj[k], si
			}
			break
		}
	}
}

// warningContents drops a bare warning (a one-word pattern of root 13:
// "advirtió", "warned") whose complement clause, opened right after it by
// "que"/"that", tells a threat of its own by the same side, not a protest
// announced ("advirtió que
// Afganistán se reserva el derecho de responder", "warned that Beijing
// would take countermeasures"): the threat told is the warning, aimed at
// whom it answers, not at the clause's subject.
func (r *run) warningContents(before int) {
	n := len(r.evs)
	drop := map[*cand]bool{}
	for i := before; i < n; i++ {
		a := r.evs[i]
		if a.noun || a.ev.Cameo[:2] != "13" || a.ev.Source == nil || strings.Contains(a.ev.Evidence.Pattern[strings.LastIndex(a.ev.Evidence.Pattern, ":")+1:], " ") {
			continue
		}
		if k := a.head + 1; k >= len(r.info) || !r.word(k) || !r.info[k].foldIs(kClause) || !r.isCue(kRelPron, k) {
			continue
		}
		for j := before; j < n; j++ {
			b := r.evs[j]
			if b != a && b.head > a.head+1 && b.sent == a.sent && b.ev.Cameo[:2] == "13" && b.ev.Cameo != threatenProtest && b.ev.Source != nil && sideKey(b.ev.Source) == sideKey(a.ev.Source) && b.ev.Target != nil {
				drop[a] = true
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := r.evs[:before]
	for _, c := range r.evs[before:] {
		if !drop[c] {
			kept = append(kept, c)
		}
	}
	r.evs = kept
}

// phoneCalls adds a telephone discussion (041) for a spoken act between
// two actors told with an adjunct of the telephone (cue kind phone:
// "thanked the emir in a phone call", "le reprochó por teléfono"): the
// call is an event of its own, between the same pair. The adjunct must
// stand next to the act, with no finite verb between (not "X threatened Y,
// Z said by phone").
func (r *run) phoneCalls(s doc.Sentence, before int) {
	type cue struct{ start, end int }
	var cues []cue
	for i := s.FirstTok; i < s.EndTok; i++ {
		if !r.word(i) {
			continue
		}
		if j, ok := r.lx.cueAt(r.info, i, s.EndTok, kPhone); ok {
			cues = append(cues, cue{i, j})
			i = j - 1
		}
	}
	if len(cues) == 0 {
		return
	}
	n := len(r.evs)
	for _, c := range r.evs[before:n] {
		ev := c.ev
		if c.noun || ev.Source == nil || ev.Target == nil || ev.Modality != doc.Asserted || len(ev.Cameo) < 2 {
			continue
		}
		switch ev.Cameo[:2] {
		case "01", "02", "03", "04", "05", "10", "11", "12", "13":
		default:
			continue
		}
		if ev.Cameo == "041" {
			continue
		}
		end := c.head + 1
		for end < s.EndTok && r.d.Tokens[end].End <= ev.Evidence.Trigger.End {
			end++
		}
		for _, q := range cues {
			lo, hi := end, q.start
			if q.end <= c.head {
				lo, hi = q.end, c.head
			} else if q.start < end {
				continue
			}
			free := true
			for j := lo; j < hi; j++ {
				if r.word(j) && (r.finiteVerb(j) || r.isCue(kClause, j)) {
					free = false
					break
				}
			}
			if !free || r.hasCall(before, ev.Source, ev.Target) {
				continue
			}
			call := ev
			call.Cameo, call.Symmetric = "041", true
			call.Evidence.Trigger = doc.Span{Start: r.d.Tokens[q.start].Start, End: r.d.Tokens[q.end-1].End}
			call.Evidence.Pattern = r.d.Lang + "/cues.tsv:phone:041"
			call.ReportedBy = append([]doc.Reporter(nil), ev.ReportedBy...)
			call.Quantities = nil
			r.evs = append(r.evs, &cand{ev: call, sent: c.sent, head: q.start})
			break
		}
	}
}

// arrestedFromQuelled gives an arrest of people no actor names ("detuvo a
// 19 personas", "arrested 12") the target of an act of quelling (175) by
// the same source in its sentence ("La policía desalojó uno de los puntos
// de bloqueo y detuvo a 19 personas", "police dispersed the marchers and
// arrested 30"): those held are the people dispersed.
func (r *run) arrestedFromQuelled(before int) {
	for _, c := range r.evs[before:] {
		ev := &c.ev
		if !strings.HasPrefix(ev.Cameo, "173") || ev.Source == nil || ev.Target != nil || ev.Modality != doc.Asserted {
			continue
		}
		for _, d := range r.evs[before:] {
			q := &d.ev
			if strings.HasPrefix(q.Cameo, "175") && q.Source != nil && q.Target != nil && q.Source.Code == ev.Source.Code && q.Modality == doc.Asserted {
				t := *q.Target
				ev.Target = &t
				break
			}
		}
	}
}

// hasCall reports a telephone discussion (041) between a and b among the
// sentence's events from before on.
func (r *run) hasCall(before int, a, b *doc.Actor) bool {
	for _, c := range r.evs[before:] {
		e := c.ev
		if e.Cameo == "041" && e.Source != nil && e.Target != nil &&
			(e.Source.Code == a.Code && e.Target.Code == b.Code || e.Source.Code == b.Code && e.Target.Code == a.Code) {
			return true
		}
	}
	return false
}

// coordObject reports a group that stands after a finite verb of its
// clause (from lo) and before a coordinator that joins a second verb at
// i: the first verb's object, not the subject the two verbs share.
func (r *run) coordObject(g *group, lo, i int) bool {
	coord := false
	for j := g.end; j < i; j++ {
		if r.word(j) && r.isCue(kCoord, j) {
			coord = true
		}
	}
	if !coord {
		return false
	}
	for j := lo; j < g.start; j++ {
		if r.word(j) && r.finiteVerb(j) && !r.inActor(j) {
			return true
		}
	}
	return false
}

// reporters marks reporter groups of the sentence and returns them.
func (r *run) reporters(s doc.Sentence, gs []*group, cs []clause) []doc.Reporter {
	var out []doc.Reporter
	mark := func(g *group) {
		if g.reporter {
			return
		}
		g.reporter = true
		for _, ai := range g.acts {
			a := &r.d.Actors[ai]
			out = append(out, doc.Reporter{Span: a.Span, Code: a.Code, Text: r.d.Text[a.Start:a.End]})
		}
	}
	groupFrom := func(j, within int) *group {
		for _, g := range gs {
			if g.start >= j && g.start <= j+within {
				ok := true
				for k := j; k < g.start; k++ {
					if r.d.Tokens[k].Kind == doc.Punct {
						ok = false
					}
				}
				if ok {
					return g
				}
				return nil
			}
		}
		return nil
	}
	for i := s.FirstTok; i < s.EndTok; i++ {
		if !r.word(i) {
			continue
		}
		if j, ok := r.lx.cueAt(r.info, i, s.EndTok, kAccording); ok {
			// "..., citing evidence that government forces used gunships":
			// the clause after "that" is what the sentence's subject cites,
			// told by it; its own subject is no reporter
			if r.d.Lang == "en" && r.info[i].fold == "citing" {
				thatAt := -1
				for k := j; k < s.EndTok && k <= j+3; k++ {
					if r.word(k) && r.isCue(kClause, k) && r.info[k].foldIs(kCompl) {
						thatAt = k
						break
					}
				}
				if thatAt >= 0 {
					for _, g := range gs {
						if g.start >= s.FirstTok && g.end <= i && r.prepBefore(g.start, s.FirstTok) == "" {
							mark(g)
							g.that = thatAt
							break
						}
					}
					continue
				}
			}
			if g := groupFrom(j, 4); g != nil {
				mark(g)
				g.inverted = true
			}
			continue
		}
		if !r.isCue(kReport, i) {
			continue
		}
		verb := false
		for _, a := range r.info[i].an {
			if a.Verb && r.lx.is(kReport, a.Lemma) {
				verb = true
			}
		}
		if !verb {
			continue
		}
		// "..., Foreign Minister Sikorski told parliament.": in English a
		// name right before the verb is its subject and the reporter; the
		// one after is whom it was told to, closing the sentence
		if r.d.Lang == "en" {
			if g := groupFrom(i+1, 1); g != nil && (g.end >= s.EndTok || r.d.Tokens[g.end].Kind == doc.Punct && r.d.Tokens[g.end].Text != ",") {
				k := clauseOf(cs, i)
				var pre *group
				for _, h := range gs {
					if h.end == i && h.start >= cs[k].start {
						pre = h
					}
				}
				if pre != nil {
					mark(pre)
					pre.inverted = true
					g.reporter = true // the hearer: no party of what was told
					continue
				}
			}
		}
		// inverted subject: "dijo KCNA", "dijeron los medios estatales"
		// (not the subject or object of the clause it reports: "said that
		// two students ...", "said it had attacked Hezbollah")
		// (in English, a name followed by its own verb is the subject of
		// the clause reported: "said Sudan must return", "said US forces
		// had withdrawn")
		// "dijo a la AFP que ...", "declaró a la prensa que ...": a news
		// medium told is the hearer, no party of what was told
		if h := groupFrom(i+1, 3); h != nil && i+1 < s.EndTok && r.word(i+1) && r.info[i+1].foldIs(kPersonal) && r.mediaGroup(h) {
			h.reporter = true
		}
		// '..., dijo a la AFP un dirigente': a reporting verb after the
		// clause it reports; whom it was told to ("a la AFP", "a los
		// periodistas") is no party of what was told, and the group after
		// the hearer is the reporter
		if r.d.Lang == "es" && (r.afterQuote(i, s) || i > s.FirstTok && r.d.Tokens[i-1].Text == ",") {
			if h := groupFrom(i+1, 3); h != nil && i+1 < s.EndTok && r.word(i+1) && r.info[i+1].foldIs(kPersonal) {
				h.reporter = true
				// the speaker and its complements, up to the next mark
				// ("un vocero del gremio", "fuentes de la policía")
				first := true
				for _, g := range gs {
					if g.start < h.end || r.punctBetween(h.end, g.start) {
						continue
					}
					if first && r.prepBefore(g.start, h.end) == "" {
						mark(g)
						g.inverted = true
					}
					first = false
					g.reporter = true
				}
				continue
			}
		}
		subjAfter := r.d.Lang == "en" && r.verbFollows(groupFrom(i+1, 3), s)
		// (nor the object of a verb after a subject pronoun and an
		// auxiliary: "said it will condemn Togo")
		// (nor a group the personal "a" governs, inside its mention:
		// "citó al ministro a comparecer" names whom it summoned)
		// (nor one after the personal "a" and a count: "declaró culpables a
		// 27 opositores")
		if g := groupFrom(i+1, 3); g != nil && !subjAfter && r.prepBefore(g.start, i+1) == "" && !(g.start == i+1 && r.word(g.start) && r.info[g.start].foldIs(kPersonal)) && !r.personalIn(i+1, g.start) && !r.clauseCueIn(i+1, g.start) && !r.finiteBetween(i+1, g.start) && !r.subjPronBetween(i+1, g.start) {
			mark(g)
			g.inverted = true
			continue
		}
		// '..., anunció este miércoles un alto dirigente': after the clause
		// it reports, a time told right after the verb stands before the
		// inverted subject
		if r.d.Lang == "es" && (r.afterQuote(i, s) || i > s.FirstTok && r.d.Tokens[i-1].Text == ",") {
			t := i + 1
			for t < s.EndTok && r.timeTok[t] {
				t++
			}
			if g := groupFrom(t, 3); t > i+1 && g != nil && r.prepBefore(g.start, t) == "" && !r.clauseCueIn(t, g.start) && !r.finiteBetween(t, g.start) {
				mark(g)
				g.inverted = true
				continue
			}
		}
		// "..., Reuters reported." / "..., X dijo.": the group right before a
		// reporting verb that closes the sentence after a comma
		// (past a time told after the verb: "..., police said on Monday.",
		// "..., dijo el martes la policía" aside)
		e := i + 1
		for e < s.EndTok && (r.timeTok[e] || r.word(e) && r.info[e].foldIs(kPrep) && e+1 < s.EndTok && r.timeTok[e+1]) {
			e++
		}
		// (in English, past a hearer that is no actor and where it was
		// told, up to the sentence's end: "..., the minister told
		// reporters in Abuja.", "..., he told a news conference.")
		closing := false
		if r.d.Lang == "en" && e < s.EndTok && r.word(e) && i > s.FirstTok && r.word(i-1) {
			k := e
			for k < s.EndTok && k < e+6 && r.word(k) && !r.inActor(k) && !r.finiteVerb(k) && !r.isCue(kClause, k) && !r.isCue(kReport, k) {
				k++
			}
			if k < s.EndTok && k > e && k >= s.EndTok-1 && r.d.Tokens[k].Kind == doc.Punct && r.d.Tokens[k].Text != "," {
				for _, g := range gs {
					if g.end == i && g.start > s.FirstTok && r.d.Tokens[g.start-1].Text == "," {
						closing = true
					}
				}
			}
		}
		// (not a quotation opened there: 'declaró el miércoles "traidores
		// a la patria" a 15 disidentes')
		if closing || e < s.EndTok && r.d.Tokens[e].Kind == doc.Punct && r.d.Tokens[e].Text != "," && !(quoteMark(r.d.Tokens[e].Text) && e+1 < s.EndTok && r.word(e+1)) {
			k := clauseOf(cs, i)
			for n := len(gs) - 1; n >= 0; n-- {
				g := gs[n]
				if g.end <= i && g.end >= i-1 && g.start >= cs[k].start {
					mark(g)
					g.inverted = true
					break
				}
			}
			continue
		}
		// "X dijo que ...", "X said that ..."
		thatAt := -1
		// (past a hearer: "dijo a la televisión estatal VTV que")
		for j := i + 1; j < s.EndTok && j <= i+7; j++ {
			if j > i+5 && !(r.word(i+1) && r.info[i+1].foldIs(kPrep)) {
				break
			}
			if r.isCue(kClause, j) && r.info[j].foldIs(kCompl) {
				thatAt = j
				break
			}
		}
		if thatAt < 0 && subjAfter {
			thatAt = groupFrom(i+1, 3).start // "Russia said Sudan must ..."
		}
		// "Amnesty criticised Kenya, saying that the police had beaten
		// protesters": a reporting gerund after a comma tells what the
		// sentence's subject said, not its object
		if thatAt >= 0 && r.d.Lang == "en" && i > s.FirstTok && r.d.Tokens[i-1].Text == "," && r.hasForm(i, morph.Ger) {
			for _, g := range gs {
				if g.start >= s.FirstTok && g.end < i && r.prepBefore(g.start, s.FirstTok) == "" {
					mark(g)
					g.that = thatAt
					break
				}
			}
			continue
		}
		if thatAt >= 0 {
			k := clauseOf(cs, i)
			found := false
			for n := len(gs) - 1; n >= 0; n-- {
				g := gs[n]
				if g.end <= i && g.start >= cs[k].start && r.prepBefore(g.start, cs[k].start) == "" {
					// "Iran praised Oman's role and said Tehran hoped ...":
					// the object of a verb joined to the reporting verb by
					// "and" is no speaker
					if r.coordObject(g, cs[k].start, i) {
						found = true
						break
					}
					mark(g)
					g.that = thatAt
					found = true
					break
				}
			}
			// "el gobernador de Táchira, Freddy Bernal, dijo que": the
			// name of the apposition right before the comma
			if !found && k > 0 && i == cs[k].start+1 && r.d.Tokens[cs[k].start].Text == "," {
				for _, g := range gs {
					if g.end == cs[k].start && g.start >= cs[k-1].start && r.prepBefore(g.start, cs[k-1].start) == "" {
						mark(g)
						g.that = thatAt
					}
				}
			}
		}
	}
	return out
}

// subjPronBetween reports an English subject pronoun (cue kind subjpron)
// in [lo, hi): the words after a reporting verb open the clause it
// reports.
func (r *run) subjPronBetween(lo, hi int) bool {
	if r.d.Lang != "en" {
		return false
	}
	for j := lo; j < hi; j++ {
		if r.word(j) && r.isCue(kSubjPron, j) {
			return true
		}
	}
	return false
}

// mediaGroup reports a group whose actors are all news media (role MED).
func (r *run) mediaGroup(g *group) bool {
	if len(g.acts) == 0 {
		return false
	}
	for _, ai := range g.acts {
		a := &r.d.Actors[ai]
		med := false
		for _, ro := range a.Roles {
			med = med || ro == "MED"
		}
		if !med {
			return false
		}
	}
	return true
}

// punctBetween reports a punctuation mark among the tokens [lo, hi).
func (r *run) punctBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if r.d.Tokens[k].Kind == doc.Punct {
			return true
		}
	}
	return false
}

// verbFollows reports a group followed, maybe past a place that
// qualifies it, by an auxiliary or a finite verb: the subject of a clause
// of its own.
func (r *run) verbFollows(g *group, s doc.Sentence) bool {
	if g == nil || g.end >= s.EndTok || !r.word(g.end) {
		return false
	}
	e := g.end
	// past a place that qualifies it ("the rebels in Darfur must")
	for hi := e + 2; hi <= e+5 && hi < s.EndTok; hi++ {
		if r.placePhrase(e, hi) {
			e = hi
			break
		}
	}
	return r.word(e) && (r.isCue(kAux, e) || r.finiteVerb(e))
}

// clauseCueIn reports a clause-opening word among the tokens [lo, hi).
func (r *run) clauseCueIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if r.word(j) && r.isCue(kClause, j) {
			return true
		}
	}
	return false
}

// adverbialCueIn reports a clause opener other than the complementiser
// "que"/"that", relative pronouns and the Spanish coordinators "pero"/"sino"
// among tokens [lo, hi) ("tras", "mientras", "cuando").
func (r *run) adverbialCueIn(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if r.word(j) && r.isCue(kClause, j) && !r.isCue(kRelPron, j) {
			switch r.info[j].fold {
			case "que", "that", "pero", "sino":
				continue
			}
			return true
		}
	}
	return false
}

// scratch holds per-token buffers that runs borrow from a pool instead of
// allocating them for every document.
type scratch struct {
	info                           []tokInfo
	actorTok, timeTok, used, fixed []bool
	qtyTok, noFixed                []bool
	matches                        [][]match
	grpIdx, grpOuter               []int // (groups)
	grpJoins                       []byte
	grps                           []*group // (sentence)
	cs                             []clause // (sentence)
	subj                           []*group // (sentence)
	pairs                          [][2]*doc.Actor
	mb                             matchBuf // (sentence)
	// words memoises the info of word tokens per lexicon (newRun)
	words map[*lexicon]map[string]tokInfo
}

// matchLists returns n empty match lists (one sentence's).
func (sc *scratch) matchLists(n int) [][]match {
	if cap(sc.matches) < n {
		sc.matches = make([][]match, n)
	}
	sc.matches = sc.matches[:n]
	clear(sc.matches)
	return sc.matches
}

// subjects returns n nil clause subjects (one sentence's).
func (sc *scratch) subjects(n int) []*group {
	if cap(sc.subj) < n {
		sc.subj = make([]*group, n)
	}
	sc.subj = sc.subj[:n]
	clear(sc.subj)
	return sc.subj
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// infos returns n zeroed token infos.
func (sc *scratch) infos(n int) []tokInfo {
	if cap(sc.info) < n {
		sc.info = make([]tokInfo, n)
	}
	sc.info = sc.info[:n]
	clear(sc.info)
	return sc.info
}

// flags returns n false flags from the buffer *b.
func (sc *scratch) flags(b *[]bool, n int) []bool {
	if cap(*b) < n {
		*b = make([]bool, n)
	}
	*b = (*b)[:n]
	clear(*b)
	return *b
}

// release gives the run's buffers back to the pool; the run must not be
// used after.
func (r *run) release() {
	if r.scratch == nil {
		return
	}
	clear(r.scratch.info) // drop references to analyses and patterns
	clear(r.scratch.matches)
	clear(r.scratch.subj[:cap(r.scratch.subj)])
	clear(r.scratch.grps[:cap(r.scratch.grps)])
	clear(r.scratch.pairs[:cap(r.scratch.pairs)])
	scratchPool.Put(r.scratch)
	r.scratch, r.info, r.actorTok, r.timeTok, r.qtyTok = nil, nil, nil, nil, nil
}

// timeParticles drops the matches whose particle is the preposition of a
// time expression ("Biden called Putin on Tuesday" is no "call on",
// "recibió a las diez al ministro" no "recibir a"): a function word of the
// pattern, after its head, inside a time expression or right before one;
// and those of a noreflex pattern told reflexively, or of a nodative one
// told with a dative clitic.
func (r *run) timeParticles(ms []match) []match {
	out := ms[:0]
	for _, m := range ms {
		// "se movilizaban en una moto": a verb told reflexively that then
		// tells no such act is no trigger at all (nor a head that a
		// subject or a clause would be read against)
		ok := !(m.p.NoReflex && !m.p.Noun && m.head > 0 && r.word(m.head-1) && r.info[m.head-1].foldIs(kReflexive))
		// "trasladó a los detenidos", "trasladarle su preocupación": a
		// verb that tells its act only reflexively ("se trasladó a
		// Caracas") is no trigger told otherwise
		if ok && m.p.Reflex && !m.p.Noun && !r.reflexiveAt(m.head) {
			ok = false
		}
		// "open to talks", "led to clashes": an English verb pattern
		// whose trigger, right after "to", reads only as a plural in -s is
		// a noun there (an infinitive takes no -s)
		if ok && !m.p.Noun && r.d.Lang == "en" && r.pluralAfterTo(m.head) {
			ok = false
		}
		// "le manifestó a su madre que": a verb told to someone named by a
		// dative clitic is no such act
		if m.p.NoDative && !m.p.Noun && m.head > 0 && r.word(m.head-1) && r.info[m.head-1].foldIs(kDative) {
			ok = false
		}

		// "se detuvo a saludar", "se puso a gritar": a verb told
		// reflexively right before "a" and an infinitive is a periphrasis
		// of the act that infinitive tells, none of its own
		if ok && !m.p.Noun && r.reflexInf(m) {
			ok = false
		}
		// "held off on a strike", "put off the talks": a verb that opens a
		// phrasal verb of another sense (cue kind phrasal) tells only the
		// patterns that name its particle
		if ok && !m.p.Noun && r.d.Lang == "en" {
			if e, ph := r.lx.cueAt(r.info, m.head, len(r.info), kPhrasal); ph && e == m.head+2 && !slices.Contains(m.toks, m.head+1) {
				ok = false
			}
		}
		for k, t := range m.toks[1:] {
			if r.info[t].function && (r.timeTok[t] || t+1 < len(r.timeTok) && r.timeTok[t+1]) {
				// (not one whose pattern goes on past that time with a word
				// of its own: "condenado a cinco años de prisión" is
				// sentenced to prison, the years its length)
				if next := k + 2; !r.timeTok[t] && next < len(m.toks) && !r.info[m.toks[next]].function && !r.timeTok[m.toks[next]] {
					continue
				}
				ok = false
				break
			}
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

// reflexiveAt reports a verb at h told reflexively: the reflexive pronoun
// (cue kind reflexive) right before it or before at most two auxiliary
// words ("se trasladó", "se ha trasladado", "se va a trasladar"), or
// attached to an infinitive or gerund ("trasladarse", "trasladándose").
func (r *run) reflexiveAt(h int) bool {
	if (r.hasForm(h, morph.Inf) || r.hasForm(h, morph.Ger)) && strings.HasSuffix(r.info[h].fold, "se") {
		return true
	}
	for k := h - 1; k >= 0 && k >= h-3 && r.word(k); k-- {
		if r.info[k].foldIs(kReflexive) {
			return true
		}
		if !r.verbAt(k) && r.info[k].fold != "a" {
			return false
		}
	}
	return false
}

// pluralAfterTo reports an English word in -s right after "to" with a
// plural reading and no verb form ("open to talks", "in response to
// attacks"): a noun.
func (r *run) pluralAfterTo(h int) bool {
	if h < 1 || !r.word(h-1) || r.info[h-1].fold != "to" || !strings.HasSuffix(r.info[h].fold, "s") || strings.HasSuffix(r.info[h].fold, "ss") {
		return false
	}
	plural := false
	for _, a := range r.info[h].an {
		if a.Verb {
			return false
		}
		plural = plural || a.Form == morph.Plural
	}
	return plural
}

// reflexInf reports a verb match whose head is a cue of kind reflexinf
// told reflexively ("se detuvo", "detenerse", "deteniéndose") right before
// "a" and an infinitive, the "a" not in the pattern ("se detuvo a saludar",
// "se dedicó a recorrer"; not "se detuvo a cinco personas").
func (r *run) reflexInf(m match) bool {
	h := m.head
	if !r.isCue(kReflexInf, h) || h+2 >= len(r.info) || !r.word(h+1) || !r.word(h+2) || r.info[h+1].fold != "a" || !r.hasForm(h+2, morph.Inf) {
		return false
	}
	for _, t := range m.toks[1:] {
		if t == h+1 {
			return false
		}
	}
	f := r.info[h].fold
	return h > 0 && r.word(h-1) && r.info[h-1].foldIs(kReflexive) ||
		(r.hasForm(h, morph.Inf) || r.hasForm(h, morph.Ger)) && strings.HasSuffix(f, "se")
}

// insidePlace reports a country named inside a longer place name ("Sudan"
// in "Port Sudan", "México" in "Ciudad de México"): a word of the place,
// no party of its own.
func (r *run) insidePlace(a *doc.Actor) bool {
	if a.Kind != "country" {
		return false
	}
	for i := range r.d.Places {
		p := &r.d.Places[i]
		if p.Start <= a.Start && a.End <= p.End && p.End-p.Start > a.End-a.Start {
			return true
		}
	}
	return false
}

// actorsCountry returns the one country all of an article's actors that
// have one share when one of them took it from a town or capital named
// after it ("Paramilitares amenazaron al personero de Cali": COL), else
// "": an article that names no other place and one country only happens
// there. A country named only as a party ("protestaron frente a la
// embajada de Francia") tells where no one is. The press (news agencies
// credited, their reporters) is no party to the story.
func actorsCountry(as []doc.Actor) string {
	c, town := "", false
	for i := range as {
		a := &as[i]
		if a.Country == "" || len(a.Roles) == 1 && a.Roles[0] == "MED" {
			continue
		}
		if c != "" && c != a.Country {
			return ""
		}
		c = a.Country
		town = town || strings.HasPrefix(a.Source, actors.SourceTown)
	}
	if !town {
		return ""
	}
	return c
}

// purposeDemandAt reports a nominal demand of option purpose among the
// matches ms headed at token t ("en demanda de").
func purposeDemandAt(ms []match, t int) bool {
	for _, m := range ms {
		if m.head == t && m.p.Noun && m.p.Purpose && m.p.Code[:2] == "10" {
			return true
		}
	}
	return false
}

// parenRestates reports an actor b told in parentheses right after actor
// a, of the same code ("el Ejército de Liberación Nacional (ELN)"), or the
// other name of a's own country ("la junta militar de Birmania (Myanmar)").
func (r *run) parenRestates(a, b int) bool {
	ta, tb := r.aTok[a], r.aTok[b]
	x, y := &r.d.Actors[a], &r.d.Actors[b]
	if tb[0] != ta[1]+1 || tb[1] >= len(r.d.Tokens) || x.Code != y.Code && (y.Country == "" || y.Code != y.Country || x.Country != y.Country) {
		return false
	}
	return r.d.Tokens[ta[1]].Text == "(" && r.d.Tokens[tb[1]].Text == ")"
}

// objectAfterNounSubject reports a group of clause c that follows a finite
// verb of the clause before which a content word that names no actor
// stands (past a dateline): the group is that verb's object, the noun its
// subject.
func (r *run) objectAfterNounSubject(g *group, c clause) bool {
	from := c.start
	if r.datelineEnd >= from && r.datelineEnd < g.start {
		from = r.datelineEnd + 1
	}
	noun := false
	for j := from; j < g.start; j++ {
		if !r.word(j) || r.inActor(j) || r.timeTok[j] {
			continue
		}
		if r.finiteVerb(j) && !r.info[j].function {
			return noun
		}
		if !r.info[j].function && !r.qtyTok[j] {
			noun = true
		}
	}
	return false
}

// recent yields the candidate events told so far, latest first, back to
// those of sentence si-back (the window the look-backs for an act told
// before read).
func (r *run) recent(si, back int) iter.Seq[*cand] {
	return func(yield func(*cand) bool) {
		for i := len(r.evs) - 1; i >= 0; i-- {
			cd := r.evs[i]
			if cd.sent < si-back {
				return
			}
			if !yield(cd) {
				return
			}
		}
	}
}

// personalIn reports a Spanish personal "a" among the words [a, b).
func (r *run) personalIn(a, b int) bool {
	for k := a; k < b; k++ {
		if r.word(k) && r.info[k].foldIs(kPersonal) {
			return true
		}
	}
	return false
}
