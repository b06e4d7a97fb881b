package actors

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/morph"
)

// resolver turns dictionary hits into actor mentions, in text order, with
// phrase rules and coreference.
type resolver struct {
	r    *Recognizer
	d    *doc.Doc
	lang string
	hits []hit
	voc  *vocab // the trie's words: function-word classes
	out  []doc.Actor

	hitAt    []int32               // token index -> index of the hit starting there, or -1
	folds    []string              // matching key of each token
	classes  []word                // function-word classes of each token
	surnames map[string]*doc.Actor // fold of a name word -> the full mention it came from

	capsSent     []int8         // by sentence: 1 written in capitals, 2 not, 0 not yet known
	titleSent    []int8         // by sentence: 1 an English headline in title case, 2 not, 0 not yet known
	lastPlace    int            // token of the last country or capital read as a place, -1 when none
	lastPlaceCty string         // its country
	lastPlaceEnd int            // the token after it
	counts       []countryCount // mentions per country so far, for the document's focus
	focus        int            // index in counts of the country mentioned most so far (the earliest on ties), -1 when none
	datelineCty  string         // the country of the dateline's place ("NAIROBI —"), the focus while no country is named
	sc           *scratch       // buffers and interned strings
	early        []doc.Place    // the article's places resolved together (earlyPlace), once asked
	earlyDone    bool
}

// countryCount is the number of mentions of one country so far.
type countryCount struct {
	country string
	n       int
}

// focusCountry returns the country mentioned most so far, else the
// country of the dateline, or "".
func (z *resolver) focusCountry() string {
	if z.focus < 0 {
		return z.datelineCty
	}
	return z.counts[z.focus].country
}

// code joins a country and roles like code, without allocating for codes
// already met.
func (z *resolver) code(country string, roles []string) string {
	if len(roles) == 0 {
		return country
	}
	b := appendCode(z.sc.buf[:0], country, roles)
	z.sc.buf = b
	return z.sc.intern(b)
}

// concat returns a+b, without allocating for strings already met.
func (z *resolver) concat(a, b string) string {
	buf := append(append(z.sc.buf[:0], a...), b...)
	z.sc.buf = buf
	return z.sc.intern(buf)
}

// addCoref adds the actor ant again over tokens start..end (head
// hs..he), as the same one met before: "the militant group", "el
// presidente", "the judges".
func (z *resolver) addCoref(ant *doc.Actor, start, end, hs, he int) {
	z.add(z.again(ant, z.span(start, end), z.span(hs, he)))
}

// again is a copy of the actor ant over span, its head head, as the same
// one met before (its source "coref:" and ant's name).
func (z *resolver) again(ant *doc.Actor, span, head doc.Span) doc.Actor {
	a := *ant
	a.Span, a.Head = span, head
	a.Source = z.concat("coref:", ant.Name)
	return a
}

// add appends a mention and keeps the count of countries mentioned.
func (z *resolver) add(a doc.Actor) {
	if !a.Local && a.End > a.Start && a.Kind != KindCapital && a.Kind != "country" && a.Kind != KindSeat {
		// (a capital's own name is no local government: "Kuwait City");
		// a word right before or after the mention counts too, an
		// adjective left out of it ("la policía municipal", "municipal
		// police officers")
		b, e := z.d.TokenAt(a.Start), z.d.TokenAt(a.End-1)+1
		a.Local = z.local(b, e) || z.adjacentLocal(b-1, b) || z.adjacentLocal(e, e-1)
	}
	z.out = append(z.out, a)
	if z.datelineCty == "" && a.Country != "" && len(a.Roles) == 0 && a.End > a.Start && len(z.d.Sentences) > 0 && a.Start < z.d.Sentences[0].Span.End {
		if stop := z.datelineStop(); a.Start < stop && z.datelineTownIn(a.Country) {
			// a country named in the dateline itself, after its town
			// ("ZAHLE (Líbano), 8 jun (EFE) –", "ZAHLE, Lebanon, June 8
			// (Reuters) -"): the dateline's country
			z.datelined(a.Country)
		}
	}
	if a.Country == "" || credit(&a) || z.envoy(&a) || z.firmActor(&a) {
		// news agencies are credits, not the story's country; envoys are
		// in the host country, whose story it is; a company's seat is
		// often abroad ("Repsol anunció despidos en Perú")
		return
	}
	z.count(a.Country)
}

// datelined records the country of a dateline's place ("NAIROBI —",
// "CHISINAU, July 2 -"): where the story is told, the story's country
// until the text names one (a dateline may be a venue: "MUSCAT — Yemen's
// government and the Houthis agreed").
func (z *resolver) datelined(c string) {
	if z.datelineCty == "" {
		z.datelineCty = c
	}
}

// count adds a mention of country c to the counts that give the story's
// focus.
func (z *resolver) count(c string) {
	if c == "" {
		return
	}
	k := 0
	for k < len(z.counts) && z.counts[k].country != c {
		k++
	}
	if k == len(z.counts) {
		z.counts = append(z.counts, countryCount{country: c})
	}
	z.counts[k].n++
	if z.focus < 0 || z.counts[k].n > z.counts[z.focus].n {
		z.focus = k // on a tie the first country of the story stays
	}
}

// envoy reports whether a mention's head holds a noun of a country's
// representation abroad (kind envoy: "Russian diplomats", "el embajador de
// Rusia", "the embassy"): they act in the host country.
func (z *resolver) envoy(a *doc.Actor) bool {
	envoys := z.r.envoys[z.lang]
	if len(envoys) == 0 || a.Head.End <= a.Head.Start {
		return false
	}
	for i := z.d.TokenAt(a.Head.Start); i >= 0 && i < len(z.folds) && z.d.Tokens[i].Start < a.Head.End; i++ {
		if envoys[z.folds[i]] {
			return true
		}
	}
	return false
}

// local reports whether a word of local or regional government (kind
// local: "alcalde", "municipio", "city council") lies in tokens [a, b):
// the actor they name is no national government. A two-word form of the
// class counts when both its words lie there ("chief minister", "state
// government": neither word is local alone).
func (z *resolver) local(a, b int) bool {
	locals, pairs := z.r.locals[z.lang], z.r.localPairs[z.lang]
	for i := a; i < b && i < len(z.folds); i++ {
		if locals[z.folds[i]] {
			return true
		}
		if i+1 < b && i+1 < len(z.folds) && pairs[[2]string{z.folds[i], z.folds[i+1]}] {
			return true
		}
	}
	return false
}

// townHall reports a noun of a local government's seat (kind townhall)
// written in lower case, or in a sentence in capitals: its building ("se
// concentraron frente a la alcaldía", "incendiaron la municipalidad"),
// not the institution the capitalised noun names ("la Alcaldía de Bogotá
// anunció", "City Hall said").
func (z *resolver) townHall(h *hit) bool {
	halls := z.r.townHalls[z.lang]
	// (the seat's noun must head the form: "los candidatos a la alcaldía"
	// are people; the head comes first in Spanish, last in English)
	lo := h.start
	for lo+1 < h.end && z.w(lo)&wDet != 0 {
		lo++
	}
	hi := lo + 1
	if z.lang == "en" {
		lo, hi = h.end-1, h.end
	}
	for i := lo; i < hi; i++ {
		if halls[z.folds[i]] {
			return !z.d.Tokens[h.start].Cap || z.capsSentence(h.start)
		}
	}
	return false
}

// adjacentLocal reports a word of local government (kind local) at token
// i, a word of the sentence of token j right next to it.
func (z *resolver) adjacentLocal(i, j int) bool {
	return i >= 0 && i < len(z.d.Tokens) && z.d.Tokens[i].Kind == doc.Word && z.sent(i) == z.sent(j) && z.local(i, i+1)
}

// placeOfThing reports a body of local government (kind local: "el
// municipio", "la alcaldía") that is the complement of a plain noun before
// it, where that noun lies or belongs ("los habitantes de este municipio",
// "las veredas del municipio de Baraya", "la vía que conduce al
// municipio" aside): a place, no actor. The complement of an act ("la
// protesta de los municipios") or of an actor ("el alcalde del
// municipio") is left to the other rules.
func (z *resolver) placeOfThing(h *hit) bool {
	if !z.local(h.start, h.end) {
		return false
	}
	p := h.start - 1
	if p >= 0 && z.w(p)&wDet != 0 && z.w(p)&wOf == 0 {
		p--
	}
	if p < 1 || z.w(p)&wOf == 0 || z.sent(p-1) != z.sent(h.start) {
		return false
	}
	n := p - 1
	t := &z.d.Tokens[n]
	return t.Kind == doc.Word && !t.Cap && z.w(n)&^wCommune == 0 && z.hitEnding(n) == nil && !z.r.acts[z.lang][z.folds[n]]
}

// place records a country or capital read as a place ("en Rusia", "in the
// northern Philippines"): the people of the sentence may live there.
func (z *resolver) place(h *hit) {
	if c := isoCountry(h.pat.form.Entity.Country); c != "" {
		z.lastPlace, z.lastPlaceCty, z.lastPlaceEnd = h.start, c, h.end
	}
}

// insurgentRoles are the roles of armed groups of no state, who fight
// where they are: "militias ... in Iraq" are Iraq's.
var insurgentRoles = map[string]bool{"REB": true, "UAF": true, "SEP": true, "INS": true}

// flagOf reads a Spanish complement naming a vessel's flag after tok: "de
// bandera china", "de pabellón panameño", "con bandera de Taiwán". It
// returns the flag's country and the token after it; "" when none.
func (z *resolver) flagOf(tok int) (string, int) {
	toks := z.d.Tokens
	if z.lang != "es" || tok+2 >= len(toks) || z.sent(tok+2) != z.sent(tok) || !z.r.flags[z.lang][z.folds[tok+1]] {
		return "", 0
	}
	if z.w(tok)&wOf == 0 && z.folds[tok] != "con" {
		return "", 0
	}
	if h := z.hitStarting(tok + 2); h != nil && h.pat.form.Kind == KindDemonym {
		if c := isoCountry(h.pat.form.Entity.Country); c != "" {
			return c, h.end
		}
	}
	if z.w(tok+2)&wOf != 0 {
		if c, e := z.countryHit(tok + 3); c != "" {
			return c, e
		}
	}
	return "", 0
}

// sentencePlace returns the country of a country or capital named as a
// place in tok's sentence: the last before tok, else the first after it
// ("in Iraq", "en Bagdad"); "" when none.
func (z *resolver) sentencePlace(tok int) string {
	if z.lastPlace >= 0 && z.lastPlace < tok && z.sent(z.lastPlace) == z.sent(tok) {
		return z.lastPlaceCty
	}
	for k := tok + 1; k < len(z.d.Tokens) && z.sent(k) == z.sent(tok); k++ {
		h := z.hitStarting(k)
		if h == nil {
			continue
		}
		switch h.pat.form.Kind {
		case KindName, KindCapital:
			if c := isoCountry(h.pat.form.Entity.Country); c != "" && z.locative(k) && !z.placeHead(k) {
				return c
			}
		}
		k = h.end - 1
	}
	return ""
}

// residentRoles are the roles of people who belong to where they are:
// "a typhoon ... in the northern Philippines killed at least 28 people".
var residentRoles = map[string]bool{"CVL": true, "AGR": true}

// credit reports whether a mention is a news agency or its staff ("EFE",
// "un fotógrafo de la AFP"): a credit, not a party to the story.
func credit(a *doc.Actor) bool {
	return a.Kind == KindOrg && len(a.Roles) == 1 && a.Roles[0] == "MED"
}

// bracketCredit reports a news agency credited in parentheses ("(Reuters)",
// "(EFE)"): the wire, not a party of the story.
func (z *resolver) bracketCredit(a *doc.Actor) bool {
	if !credit(a) {
		return false
	}
	before := strings.TrimRight(z.d.Text[:a.Start], " ")
	after := strings.TrimLeft(z.d.Text[a.End:], " ")
	return strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")")
}

// stateBodies are the roles of a state's bodies.
var stateBodies = []string{"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}

// institutionRoles are the primary roles of a country's institutions.
var institutionRoles = map[string]bool{"GOV": true, "LEG": true, "JUD": true, "OPP": true}

// inherit returns the country an agent with none takes from the context:
// the country of the latest mention sharing its first role ("the army"
// after "the Israeli army"), else of the nearest actor before it in its
// sentence, else the document's focus, the country mentioned most so far
// ("the police" in a story about Kenya).
func (z *resolver) inherit(roles []string, tok int) string {
	c, _ := z.inheritNear(roles, tok)
	return c
}

// inheritNear is inherit; near tells that the country is that of the
// nearest actor before tok in its sentence.
func (z *resolver) inheritNear(roles []string, tok int) (country string, near bool) {
	if len(roles) > 0 && residentRoles[roles[0]] && z.lastPlace >= 0 && z.lastPlace < tok && z.sent(z.lastPlace) == z.sent(tok) {
		return z.lastPlaceCty, false // civilians of a sentence that names where it happens
	}
	if c := z.frontPlace(tok); c != "" {
		return c, false
	}
	if c := z.coordCountry(roles, tok); c != "" {
		return c, false
	}
	// police act where the scene is: the country or capital named as a
	// place in its sentence or the one before, when no police of a country
	// were named since it or in the three sentences before ("In Kuala
	// Lumpur, activists protested outside the Indonesian embassy. Police
	// detained two of them" is Malaysia's police)
	if len(roles) > 0 && roles[0] == "COP" && z.lastPlace >= 0 && z.lastPlace < tok && z.sent(z.lastPlace) >= z.sent(tok)-1 {
		since := true
		for i := len(z.out) - 1; i >= 0 && since; i-- {
			a := &z.out[i]
			if a.Country != "" && firstRole(a.Roles) == "COP" {
				since = a.Start < z.d.Tokens[z.lastPlace].Start && z.d.SentenceOf(a.Start) < z.sent(tok)-3
				break
			}
		}
		if since {
			return z.lastPlaceCty, false
		}
	}
	// "La Defensoría del Pueblo de Bolivia pidió a la Fiscalía": a body of
	// a state addressed by a body of a state named right before it in its
	// sentence is of that state
	if c := z.addressedBody(roles, tok); c != "" {
		return c, false
	}
	// "the authorities" with no country are those of where the story is
	// (its dateline's or most named country), not of the last foreign
	// government that spoke ("Germany's foreign office protested ... the
	// broadcaster urged the authorities to reverse it")
	if len(roles) > 0 && roles[0] == "GOV" && z.lang == "en" && z.authoritiesAt(tok) {
		if c := z.datelineCty; c != "" {
			return c, false
		}
	}
	// "the government", "government forces" with no country are those of
	// the story's home (its dateline's country when the story names it,
	// else the country named most), not of the last foreign government or
	// army named, unless a country's government was named in its sentence
	// or the one before ("Russia's government said ... The government
	// added")
	if len(roles) > 0 && (roles[0] == "GOV" || roles[0] == "MIL") && z.lang == "en" && z.governmentAt(tok) {
		if c := z.govNear(tok, roles[0] == "MIL"); c != "" {
			if roles[0] == "MIL" {
				return c, false // "Mali's government condemned the attack. Government forces later shelled"
			}
		} else if c := z.homeCountry(); c != "" {
			return c, false
		}
	}
	// "TOKYO - Japan scrambled jets after a Chinese military drone entered
	// its airspace, the Defence Ministry said": a state's body with no
	// country is the dateline's country's when the text has named it, not
	// that of the last foreign actor of its role, unless a body of another
	// state was named in its sentence or the one before ("China's foreign
	// ministry said ... the defence ministry added")
	if len(roles) > 0 && (roles[0] == "GOV" || roles[0] == "MIL") && z.homeBodyAt(tok) {
		if c := z.namedDateline(); c != "" && !z.foreignBodyNear(tok, c) {
			return c, false
		}
	}
	if len(roles) > 0 {
		for i := len(z.out) - 1; i >= 0; i-- {
			a := &z.out[i]
			// (not an envoy: "the foreign ministry" after "Russian
			// diplomats" in a story about Moldova is Moldova's; not a
			// news agency credited in parentheses: "radio stations" after
			// "NIAMEY, March 3 (Reuters) -")
			if a.Country != "" && len(a.Roles) > 0 && a.Roles[0] == roles[0] && !z.envoy(a) && !z.bracketCredit(a) {
				return a.Country, false
			}
		}
	}
	// the nearest actor before it in its sentence: "Kim acordó enviar a miles
	// de trabajadores"; not for a country's institutions (government,
	// parliament, courts, opposition), which belong to the story's country
	if len(roles) > 0 && institutionRoles[roles[0]] || z.w(tok-1)&wAgainst != 0 || z.w(tok-2)&wAgainst != 0 && z.w(tok-1)&wDet != 0 {
		return z.focusCountry(), false // and "contra comunidades": the other side, not the nearest actor's
	}
	off := z.d.Tokens[tok].Start
	sent := z.d.Sentences[z.sent(tok)].Span
	for i := len(z.out) - 1; i >= 0; i-- {
		a := &z.out[i]
		if a.Start >= off || a.Start < sent.Start {
			continue
		}
		if a.Country != "" && !credit(a) && !z.firmActor(a) {
			// (nor a company, whose seat may be abroad: "Repsol despidió
			// a 200 trabajadores" in Peru)
			if len(roles) > 0 && roles[0] == "CRM" && !stateSide(a.Roles) {
				// "liberados en el estado nigeriano de Bayelsa ... después
				// de que un grupo de piratas los secuestró": criminals of no
				// country named are of where their sentence happens, not of
				// the people or country named before them (their victims)
				if c := z.sentenceEarly(tok); c != "" && c != a.Country {
					return c, false
				}
			}
			if len(roles) > 0 && (roles[0] == "MIL" || roles[0] == "COP") && (firstRole(a.Roles) == "REF" || firstRole(a.Roles) == "CVL") {
				// "ZAHLE (Lebanon) - After Syrian refugees protested, the
				// army arrested six": a state's force of no country is of
				// the story's state, its dateline's when the text named
				// it, not of refugees or civilians of another country
				// named before it
				if c := z.namedDateline(); c != "" && c != a.Country {
					return c, false
				}
			}
			if len(roles) > 0 && insurgentRoles[roles[0]] {
				// "the United States blamed Iran-aligned militias for
				// attacks on U.S. facilities in Iraq": armed groups of no
				// state are of the country their sentence places them
				// in, not of another state that speaks of them
				if c := z.sentencePlace(tok); c != "" && c != a.Country {
					return c, false
				}
			}
			return a.Country, true
		}
	}
	return z.focusCountry(), false
}

// homeBodyAt reports a noun of a state's own body (kind statebody:
// "ministry", "cabinet", "Cancillería") at tok or among the next three
// words of its phrase, before any comma, "of" or coordinator.
func (z *resolver) homeBodyAt(tok int) bool {
	bodies := z.r.homeBodies[z.lang]
	if len(bodies) == 0 {
		return false
	}
	for j := tok; j < tok+4 && j < len(z.folds) && z.sent(j) == z.sent(tok); j++ {
		if bodies[z.folds[j]] {
			return true
		}
		if j > tok && (z.w(j)&(wOf|wConj|wDet|wPoss) != 0 || !letterWord(z.d.Tokens[j].Text)) {
			return false
		}
	}
	return false
}

// letterWord reports a token that opens with a letter.
func letterWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// namedDateline returns the dateline's country when the text has named
// it so far, else "".
func (z *resolver) namedDateline() string {
	c := z.datelineCty
	if c == "" {
		return ""
	}
	for _, k := range z.counts {
		if k.country == c {
			return c
		}
	}
	return ""
}

// datelineStop returns the offset of the dash that closes a dateline
// written in capitals ("ZAHLE (Líbano), 8 jun (EFE) –", "ZAHLE, Lebanon,
// June 8 (Reuters) -"), or -1 when the text opens with none.
func (z *resolver) datelineStop() int {
	if len(z.d.Sentences) == 0 || len(z.d.Tokens) == 0 || !allCaps(z.d.Tokens[0].Text) || z.d.Tokens[0].Kind != doc.Word {
		return -1
	}
	for t := 0; t < len(z.d.Tokens) && z.sent(t) == 0; t++ {
		if z.afterDash(t) {
			return z.d.Tokens[t].Start
		}
	}
	return -1
}

// datelineTownIn reports whether the places stage reads the dateline's
// town in country c, or does not place it: "ATLANTA (Georgia)" is a town of
// the United States, its bracket a state that shares a country's name.
func (z *resolver) datelineTownIn(c string) bool {
	z.earlyPlace(0, 0)
	for i := range z.early {
		if p := &z.early[i]; p.Start == z.d.Tokens[0].Start && p.Country != "" {
			return p.Country == c
		}
	}
	return true
}

// foreignBodyNear reports a state's body of a country other than home,
// named with a statebody noun before tok in its sentence or the one
// before ("China's foreign ministry").
func (z *resolver) foreignBodyNear(tok int, home string) bool {
	off := z.d.Tokens[tok].Start
	first := z.sent(tok) - 1
	if first < 0 {
		first = 0
	}
	from := z.d.Sentences[first].Span.Start
	for i := len(z.out) - 1; i >= 0; i-- {
		a := &z.out[i]
		if a.Start >= off {
			continue
		}
		if a.Start < from {
			break
		}
		if a.Country == "" || a.Country == home || a.End <= a.Start || !slices.Contains(stateBodies, firstRole(a.Roles)) {
			continue
		}
		for j := z.d.TokenAt(a.Start); j >= 0 && j < len(z.folds) && z.d.Tokens[j].Start < a.End; j++ {
			if z.r.homeBodies[z.lang][z.folds[j]] {
				return true
			}
		}
	}
	return false
}

// authoritiesAt reports "authorities" at tok or right after a determiner there.
func (z *resolver) authoritiesAt(tok int) bool {
	for j := tok; j <= tok+1 && j < len(z.d.Tokens); j++ {
		if strings.EqualFold(z.d.Tokens[j].Text, "authorities") {
			return true
		}
		if z.w(j)&wDet == 0 {
			return false
		}
	}
	return false
}

// governmentAt reports "government" at tok or right after a determiner
// there ("the government", "government forces"), not followed by "of"
// ("the government of Chile" names its own).
func (z *resolver) governmentAt(tok int) bool {
	for j := tok; j <= tok+1 && j < len(z.d.Tokens); j++ {
		if strings.EqualFold(z.d.Tokens[j].Text, "government") {
			return j+1 >= len(z.d.Tokens) || !strings.EqualFold(z.d.Tokens[j+1].Text, "of")
		}
		if z.w(j)&wDet == 0 {
			return false
		}
	}
	return false
}

// homeCountry returns the story's home country: its dateline's when the
// text names that country, else the country named most so far.
func (z *resolver) homeCountry() string {
	if c := z.datelineCty; c != "" {
		for _, k := range z.counts {
			if k.country == c {
				return c
			}
		}
	}
	return z.focusCountry()
}

// govNear finds a country's government or one who speaks for it (not
// an envoy abroad) named in tok's sentence before it or in the sentence
// before, and returns its country, else "": "the government" after it is
// that one ("Japan's prime minister condemned the launch, and the
// government said"); named, strict, as a government ("Mali's
// government"), for "government forces" (not "The U.S. State Department
// condemned the abduction. Government troops launched an offensive").
func (z *resolver) govNear(tok int, strict bool) string {
	s := z.sent(tok)
	for i := len(z.out) - 1; i >= 0; i-- {
		a := &z.out[i]
		if z.d.SentenceOf(a.Start) < s-1 {
			return ""
		}
		if a.Country != "" && firstRole(a.Roles) == "GOV" && !z.envoy(a) && !z.bracketCredit(a) &&
			(!strict || a.Head.End > a.Head.Start && strings.Contains(strings.ToLower(z.d.Text[a.Head.Start:a.Head.End]), "government")) {
			return a.Country
		}
	}
	return ""
}

// addressedBody returns the country of the nearest actor before tok in its
// sentence when both it and the agent at tok, of roles, are bodies of a
// state, and the agent is the object of a verb right after that actor
// ("pidió a la Fiscalía", "instó a la policía"); "" otherwise.
func (z *resolver) addressedBody(roles []string, tok int) string {
	if len(roles) == 0 || !slices.Contains(stateBodies, roles[0]) || len(z.out) == 0 {
		return ""
	}
	p := tok - 1
	if z.w(p)&(wDet|wIndef) != 0 {
		p--
	}
	if p < 2 || z.w(p)&wPersonal == 0 || z.sent(p) != z.sent(tok) {
		return ""
	}
	last := &z.out[len(z.out)-1]
	// the verb alone between them: "[la Defensoría de Bolivia] pidió a la Fiscalía"
	if last.End != z.d.Tokens[p-2].End || last.Country == "" || len(last.Roles) == 0 || !slices.Contains(stateBodies, last.Roles[0]) || z.envoy(last) {
		return ""
	}
	return last.Country
}

// coordCountry returns the country of an agent of a country's joined by a
// coordinator to a body of the state at tok, which names none ("four
// Georgian police officials and a judge", "soldados colombianos y la
// policía"): the two are the same state's. "" when no such agent stands
// right before, and for people, who may be the other side ("Israeli
// troops and civilians").
func (z *resolver) coordCountry(roles []string, tok int) string {
	if len(roles) == 0 || !slices.Contains(stateBodies, roles[0]) {
		return ""
	}
	p := tok - 1
	if z.w(p)&(wDet|wIndef) != 0 {
		p--
	}
	if p < 1 || z.w(p)&wConj == 0 || z.sent(p) != z.sent(tok) || len(z.out) == 0 {
		return ""
	}
	last := &z.out[len(z.out)-1]
	if last.End != z.d.Tokens[p-1].End || last.Country == "" || len(last.Roles) == 0 || last.Kind != "agent" || z.envoy(last) {
		return ""
	}
	return last.Country
}

// frontPlace returns the country of a place set before a sentence's first
// agent ("En Bakú, el asesor presidencial ..."): the agent right after the
// comma, with no actor between, is of that place; "" otherwise.
func (z *resolver) frontPlace(tok int) string {
	p, e := z.lastPlace, z.lastPlaceEnd
	if p < 1 || p >= tok || e >= tok || tok > e+3 || z.sent(p) != z.sent(tok) {
		return ""
	}
	sent := z.d.Sentences[z.sent(tok)].Span
	if z.d.Tokens[p-1].Start != sent.Start || z.w(p-1)&wLoc == 0 || z.d.Tokens[e].Text != "," {
		return ""
	}
	for i := len(z.out) - 1; i >= 0; i-- {
		if z.out[i].Start < sent.Start {
			break
		}
		if z.out[i].Start >= z.d.Tokens[e].End && z.out[i].Start < z.d.Tokens[tok].Start {
			return ""
		}
	}
	return z.lastPlaceCty
}

func (z *resolver) w(tok int) word {
	if tok < 0 || tok >= len(z.classes) {
		return 0
	}
	return z.classes[tok]
}

func (z *resolver) sent(tok int) int { return int(z.d.Tokens[tok].Sent) }

func (z *resolver) span(a, b int) doc.Span {
	return doc.Span{Start: z.d.Tokens[a].Start, End: z.d.Tokens[b-1].End}
}

func (z *resolver) hitStarting(tok int) *hit {
	if tok >= 0 && tok < len(z.hitAt) && z.hitAt[tok] >= 0 {
		return &z.hits[z.hitAt[tok]]
	}
	return nil
}

func (z *resolver) run() {
	for i, h := range z.hits {
		z.hitAt[h.start] = int32(i)
	}
	z.dropIdleRelational()
	toks := z.d.Tokens
	consumed := -1 // tokens before this index belong to a mention already
	for i := 0; i < len(toks); i++ {
		if i < consumed {
			continue
		}
		if z.classes[i]&wOrgHead != 0 {
			if end, ok := z.orgName(i); ok {
				end = z.acronym(end)
				consumed = end
				i = end - 1
				continue
			}
		}
		h := z.hitStarting(i)
		if h == nil {
			// (the checks corefName and orgRef start with, done here first:
			// most words are neither)
			if len(z.surnames) > 0 && capWord(toks[i].Text) {
				if a, ok := z.corefName(i); ok {
					z.add(a)
					continue
				}
			}
			if len(z.r.bySurname) > 0 && capWord(toks[i].Text) {
				if a, ok := z.loneSurname(i); ok {
					z.add(a)
					z.rememberFold(z.tokenTextFold(i), &z.out[len(z.out)-1])
					continue
				}
			}
			if z.classes[i]&(wOrgRef|wGroupRef) != 0 {
				if a, ok := z.orgRef(i); ok {
					z.add(a)
				}
			}
			if i > 0 && z.classes[i]&wQuant != 0 && z.classes[i-1]&wDet != 0 {
				if a, ok := z.countRef(i); ok {
					z.add(a)
				}
			}
			if i > 0 && z.classes[i-1]&(wMulti|wPair) != 0 {
				if a, ok := z.bothRef(i); ok {
					z.add(a)
				}
			}
			if z.classes[i]&wHost != 0 {
				if a, ok := z.hostRef(i); ok {
					z.add(a)
				}
			}
			if i > 0 && z.classes[i-1]&wPoss != 0 && z.r.homes[z.lang][z.folds[i]] {
				if a, ok := z.homeRef(i); ok {
					z.add(a)
				}
			}
			if z.classes[i]&wParty != 0 {
				if a, ok := z.partyRef(i); ok {
					z.add(a)
				}
			}
			if i > 0 && z.classes[i]&wKin != 0 && z.classes[i-1]&wPoss != 0 {
				if a, ok := z.kinRef(i); ok {
					z.add(a)
				}
			}
			continue
		}
		end := z.handle(h)
		if end > i+1 {
			consumed = end
			i = end - 1
		}
	}
	z.kinOfPeople()
	z.kinOfOwners()
	z.joinCoordAdjective()
	z.bodyHeadAppos()
}

// tokStarting returns the index of the token starting at byte b, or -1.
func (z *resolver) tokStarting(b int) int {
	toks := z.d.Tokens
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= b })
	if k < len(toks) && toks[k].Start == b {
		return k
	}
	return -1
}

// bodyHeadAppos gives the body's code to a comma apposition after the
// head of an organisation ("El jefe de la misión, un excanciller uruguayo,
// pidió", "The head of the mission, a former Kenyan minister, said"): the
// apposition tells only the person's background, and the head speaks for
// the body. A country after the head's word is no body: "El presidente de
// Uruguay, un excanciller," keeps its own codes.
func (z *resolver) bodyHeadAppos() {
	for k := 1; k < len(z.out); k++ {
		p, m := z.out[k-1], &z.out[k]
		if !strings.HasPrefix(p.Code, "IGO") && p.Kind != KindOrg || p.Code == m.Code {
			continue
		}
		a, e := z.tokStarting(p.Start), z.tokStarting(m.Start)
		if a < 2 || e < 0 {
			continue
		}
		b := a
		for b < e && z.d.Tokens[b].End <= p.End {
			b++
		}
		if b >= e || z.d.Tokens[b].Text != "," || z.sent(b) != z.sent(a) {
			continue
		}
		// up to two small words between ("un", "a former")
		if e-b-1 > 2 || e-b-1 == 2 && z.w(b+1)&(wIndef|wDet) == 0 {
			continue
		}
		plain := true
		for t := b + 1; t < e; t++ {
			tx := z.d.Tokens[t].Text
			plain = plain && tx != "" && unicode.IsLower([]rune(tx)[0])
		}
		if !plain {
			continue
		}
		of := a - 1
		if z.w(of)&wDet != 0 && z.w(of)&wOf == 0 {
			of--
		}
		if of < 1 || z.w(of)&wOf == 0 || z.w(of-1)&wSpeaker == 0 {
			continue
		}
		m.Code, m.Country, m.Roles, m.Source = p.Code, p.Country, p.Roles, "bodyhead:"+p.Source
	}
}

// joinCoordAdjective folds into the agent before it a Spanish agent word
// in the feminine plural joined by "y" to an adjective that follows a noun
// ("comunidades indígenas y campesinas", "las organizaciones indígenas y
// campesinas"): with no determiner of its own it qualifies that noun too,
// so the phrase names one group, not a second one of peasant women.
func (z *resolver) joinCoordAdjective() {
	if z.lang != "es" || len(z.out) < 2 {
		return
	}
	toks := z.d.Tokens
	// (a noun may open its sentence with a capital)
	plural := func(t int) bool {
		f := strings.ToLower(toks[t].Text)
		first := t == 0 || z.sent(t-1) != z.sent(t)
		return (!toks[t].Cap || first) && (strings.HasSuffix(f, "as") || strings.HasSuffix(f, "es"))
	}
	keep := z.out[:0]
	for i := range z.out {
		b := z.out[i]
		if len(keep) > 0 {
			a := &keep[len(keep)-1]
			bt := z.d.TokenAt(b.Start)
			at := z.d.TokenAt(a.End - 1)
			// (not a demonym: "las fuerzas rusas y bielorrusas" are two
			// states' forces)
			if b.Kind == KindAgent && a.Kind == KindAgent && b.Country == a.Country && bt < len(toks) && z.d.TokenAt(b.End-1) == bt &&
				!toks[bt].Cap && strings.HasSuffix(strings.ToLower(toks[bt].Text), "as") &&
				bt >= 3 && at == bt-2 && z.sent(at-1) == z.sent(bt) && z.w(bt-1)&wConj != 0 &&
				plural(at) && toks[at-1].Kind == doc.Word && z.w(at-1)&(wDet|wIndef|wPoss|wOf|wConj|wLoc|wQuant) == 0 && plural(at-1) {
				a.End = b.End
				continue
			}
		}
		keep = append(keep, b)
	}
	z.out = keep
}

// hitEnding returns a hit whose last token is tok, or nil.
func (z *resolver) hitEnding(tok int) *hit {
	for k := tok; k >= 0 && k > tok-4; k-- {
		if h := z.hitStarting(k); h != nil && h.end == tok+1 {
			return h
		}
	}
	return nil
}

// kinOfPeople turns a person of a country named as the complement of a
// noun of kinship into that relative, one of the country's elites (ELI:
// relatives of officials): "la esposa de Fujimori", "el hijo del
// presidente peruano", "the widow of President X" (a determiner may stand
// between "of" and the person). The relative is no office holder: the
// mention loses the person's entity and roles. Done once all mentions are
// read, so that later references to the person still find the person.
func (z *resolver) kinOfPeople() {
	for k := range z.out {
		a := &z.out[k]
		if a.Kind != KindPerson || a.Country == "" {
			continue
		}
		t := z.d.TokenAt(a.Start)
		p := t - 1
		for q := 0; q < 4 && p >= 0; q++ {
			// back over the person's title and its demonym ("del
			// presidente peruano Alberto Fujimori") and a determiner ("of
			// the president")
			if h := z.hitEnding(p); h != nil && (h.pat.form.Kind == KindTitle || h.pat.form.Kind == KindDemonym) {
				p = h.start - 1
			} else if z.w(p)&wDet != 0 && z.w(p)&wOf == 0 {
				p--
			} else {
				break
			}
		}
		if p < 1 || z.w(p)&wOf == 0 || z.w(p-1)&wKin == 0 || z.sent(p-1) != z.sent(t) {
			continue
		}
		s := z.d.Tokens[p-1]
		a.Span.Start = s.Start
		a.Head = s.Span
		a.Roles = []string{"ELI"}
		a.Code = z.code(a.Country, a.Roles)
		a.Entity, a.Name = "", ""
		a.Source = "kin:" + a.Source
	}
}

// handle emits what one hit stands for and returns the token index after
// everything it consumed.
func (z *resolver) handle(h *hit) int {
	f := h.pat.form
	e := f.Entity
	switch f.Kind {
	case KindIgnore:
		return h.end
	case KindPerson:
		if f.Short && z.locative(h.start) {
			return h.end // "in Masisi": a place that shares a leader's surname
		}
		if f.Short && z.otherGivenName(h) {
			return h.end // "Carlos Abascal": another person of the surname
		}
		z.person(h, h.start, h.end)
		return h.end
	case KindOrg:
		if z.premodifier(h) {
			return h.end // "EU foreign ministers", "NATO troops"
		}
		e = z.orgFor(h, "")
		if a, end, ok := z.stateOrgan(h); ok {
			// "Russia's Security Council", "el Consejo de Seguridad de
			// Rusia": a country's own organ of the body's name
			z.add(a)
			return end
		}
		roles := e.Roles
		st := z.orgBody(h)
		if p := z.prevHit(h.start); p != nil && p.end == h.start && st == h.start && len(roles) == 1 && roles[0] == "PTY" &&
			(p.pat.form.Kind == KindAgent || p.pat.form.Kind == KindNominal) && len(p.pat.form.Entity.Roles) == 1 && p.pat.form.Entity.Roles[0] == "OPP" {
			// "the opposition Malawi Congress Party", "el opositor Partido
			// Justicialista": a party told in opposition is the opposition
			roles, st = p.pat.form.Entity.Roles, p.start
			if st > 0 && z.sent(st-1) == z.sent(h.start) && z.w(st-1)&wDet != 0 {
				st--
			}
		}
		if o, ok := z.organOwner(h); ok && st == h.start {
			// "the African Union's Peace and Security Council": the
			// organisation's form ends a longer name of a body owned by
			// another organisation of no country, which is that owner
			z.addCoref(o, h.start-z.organGap(h), h.end, h.start, h.end)
			return h.end
		}
		a := z.mention(st, h.end, h, isoCountry(e.Country), roles, KindOrg)
		a.Code = z.code(e.Country, roles)
		a.Name, a.Entity = e.Name, e.ID
		end := h.end
		// "Tass de Rusia": a complement naming the organisation's own country is part of it
		if c, ce := z.ofCountry(h.end); c != "" && c == isoCountry(e.Country) {
			end = ce
			a.Span = z.span(h.start, end)
		}
		z.add(a)
		return z.acronym(end)
	case KindHalf:
		if z.halfNamed(h) {
			st := h.start - 1 // the determiner
			z.add(z.mention(st, h.end, h, e.Country, nil, "country"))
		}
		return h.end
	case KindCapital, KindSeat:
		if end, ok := z.outletName(h); ok {
			return end
		}
		if z.placeHead(h.start) || f.Kind == KindCapital && z.longerName(h) {
			return h.end
		}
		// ("marcharon hacia la Casa Rosada": a seat of government where a
		// march heads is the government it addresses, as an institution is)
		if z.locative(h.start) && !(f.Kind == KindSeat && z.facedInstitution(h.start, f.roles)) || z.placeQualifier(h.start) {
			z.place(h)
			return h.end
		}
		if z.dateline(h) {
			z.place(h)
			z.datelined(isoCountry(e.Country))
			return h.end
		}
		if f.Kind == KindCapital && z.firstName(h) {
			return h.end // "Santiago Creel": a person's first name
		}
		if f.Kind == KindCapital && z.lang != "es" && h.start > 0 && z.sent(h.start-1) == z.sent(h.start) && (z.w(h.start-1)&wDet != 0 || z.w(h.start-1)&wPoss != 0 && z.lowerNounAt(h.end)) {
			// "the Beijing Olympics", "the Moscow metro", "The Tehran Times": an
			// English capital after a determiner qualifies what follows and
			// stands for no government; so after a possessive before a
			// noun ("its Moscow correspondent", "his Paris office")
			return h.end
		}
		roles := f.roles
		if len(roles) == 0 && isoCountry(e.Country) != "" {
			roles = []string{"GOV"} // (an organisation's seat, "Bruselas", is the organisation)
		}
		st := h.start
		if p := z.prevHit(h.start); f.Kind == KindSeat && z.lang != "es" && p != nil && (p.pat.form.Kind == KindName || p.pat.form.Kind == KindDemonym) && p.pat.form.Entity.Country == e.Country {
			st = p.start // "the U.S. State Department", "Russia's Kremlin"
			if z.w(st-1)&wDet != 0 {
				st--
			}
			if z.locative(st) {
				return h.end // "in the US State Department": a place
			}
		}
		z.add(z.mention(st, h.end, h, e.Country, roles, f.Kind))
		return h.end
	case KindName, KindDemonym:
		if end, ok := z.outletName(h); ok {
			return end
		}
		if n, c := z.placePeople(h); n != nil {
			// "Bosnian Serbs", "Kosovo Albanians": a people named with the
			// place it lives in is that place's
			st := h.start
			if z.w(st-1)&wDet != 0 {
				st--
			}
			a := z.mention(st, n.end, h, c, nil, "country")
			if c != e.Country {
				a.Name, a.Entity, a.Head = n.pat.form.Entity.Name, n.pat.form.Entity.ID, z.span(n.start, n.end)
			}
			z.add(a)
			return n.end
		}
		if z.premodifier(h) {
			return h.end // the agent that follows takes it
		}
		if a, ok := z.coordPremodifier(h); ok {
			z.add(a) // "Hungarian and Romanian officials": the first country's officials too
			return h.end
		}
		if f.Kind == KindDemonym && f.Plural && z.w(h.start-1)&wEthnic != 0 && !z.quantified(h.start-1) {
			// "ethnic Albanians in south Serbia": an ethnic group named
			// with the country it lives in is that country's people (a
			// count of them stays a count: "dozens of ethnic Serbs in
			// northern Kosovo")
			if c, ce := z.ethnicHome(h.end); c != "" && c != isoCountry(e.Country) {
				st := h.start - 1
				if z.w(st-1)&wDet != 0 {
					st--
				}
				a := z.mention(st, ce, h, c, nil, "country")
				a.Source = SourcePeople + a.Source
				z.add(a)
				return ce
			}
		}
		if f.Kind == KindDemonym {
			// a plural demonym used as a noun is the people of a country: "los
			// rusos", "miles de palestinos", "Palestinians protested"; after a
			// noun it is an adjective ("productos israelíes")
			if f.Plural && (z.demonymNoun(h.start) || z.lang != "es" && z.adjectiveBefore(h.start)) {
				// (in English after an adjective too: "Young Algerians
				// blocked roads", "angry Palestinians")
				st := h.start
				if z.w(st-1)&wDet != 0 {
					st--
				}
				if n, ce := z.peopleOf(h); n != nil {
					// "los albaneses de Kosovo", "the Serbs of Bosnia": a people
					// named with the place it lives in is that place's
					a := z.mention(st, ce, h, n.pat.form.Entity.Country, nil, "country")
					a.Name, a.Entity, a.Head = n.pat.form.Entity.Name, n.pat.form.Entity.ID, z.span(n.start, n.end)
					a.Source = SourcePeople + a.Source
					z.add(a)
					return ce
				}
				a := z.mention(st, h.end, h, e.Country, nil, "country")
				a.Source = SourcePeople + a.Source
				z.add(a)
			} else if st, ok := z.opposedThing(h); ok {
				z.add(z.mention(st, h.end, h, e.Country, nil, "country"))
			} else if st, en, ok := z.stanceThing(h); ok {
				z.add(z.mention(st, en, h, e.Country, nil, "country"))
			}
			return h.end
		}
		if z.placeHead(h.start) {
			return h.end // "Port Sudan", "Lake Chad": a town or a lake, no actor
		}
		if z.locative(h.start) || z.placeQualifier(h.start) {
			z.place(h)
			return h.end
		}
		if z.dateline(h) {
			z.place(h)
			z.datelined(isoCountry(e.Country))
			return h.end
		}
		if z.firstName(h) {
			return h.end
		}
		z.add(z.mention(h.start, h.end, h, e.Country, nil, "country"))
		return h.end
	case KindAgent, KindTitle, KindAction, KindQual, KindNominal, KindRelational:
		if end, ok := z.acronymNamed(h); ok {
			return end
		}
		return z.agent(h)
	}
	return h.end
}

// acronymNamed reads a capitalised agent that opens a name closed by the
// acronym, in parentheses, of an organisation the dictionaries know as
// that organisation, the whole name one mention of it ("el Gobierno de
// Unidad Nacional (NUG)" is Myanmar's opposition, not the story's
// government; "las Fuerzas Armadas Revolucionarias de Colombia (FARC)"):
// the end of the mention, past the parenthesis.
func (z *resolver) acronymNamed(h *hit) (int, bool) {
	toks := z.d.Tokens
	if h.pat.form.Kind != KindAgent || !toks[h.start].Cap || z.sentenceStart(h.start) {
		return 0, false
	}
	p, caps := h.end, 0
	for ; p < len(toks) && p < h.end+7 && z.sent(p) == z.sent(h.start) && toks[p].Kind == doc.Word; p++ {
		if toks[p].Cap {
			caps++
		} else if z.w(p)&(wOf|wDet|wConj) == 0 {
			return 0, false
		}
	}
	if caps == 0 || !toks[p-1].Cap || p+2 >= len(toks) || toks[p].Text != "(" || toks[p+2].Text != ")" || z.sent(p+2) != z.sent(h.start) {
		return 0, false
	}
	o := z.hitStarting(p + 1)
	if o == nil || o.end != p+2 || o.pat.form.Kind != KindOrg || !allCaps(toks[p+1].Text) {
		return 0, false
	}
	e := z.orgFor(o, "")
	st := h.start
	if z.w(st-1)&wDet != 0 && z.sent(st-1) == z.sent(st) {
		st--
	}
	a := z.mention(st, p+3, o, isoCountry(e.Country), e.Roles, KindOrg)
	a.Code = z.code(e.Country, e.Roles)
	a.Name, a.Entity = e.Name, e.ID
	z.add(a)
	return p + 3, true
}

// addAs adds the words a..b as a mention that stands for ant (the group a
// leader speaks for, the client a counsel acts for): ant's country, roles,
// code, name and entity, its source the reason prefixed to ant's name.
func (z *resolver) addAs(a, b int, h *hit, ant *doc.Actor, why string) {
	m := z.mention(a, b, h, ant.Country, ant.Roles, "pronoun")
	m.Code = ant.Code
	m.Name, m.Entity = ant.Name, ant.Entity
	m.Source = z.concat(why, ant.Name)
	z.add(m)
}

// mention builds an actor over tokens [a, b) with head hit h.
func (z *resolver) mention(a, b int, h *hit, country string, roles []string, kind string) doc.Actor {
	e := h.pat.form.Entity
	name := e.Name
	act := doc.Actor{
		Span:    z.span(a, b),
		Code:    z.code(country, roles),
		Name:    name,
		Country: isoCountry(country),
		Roles:   roles,
		Kind:    kind,
		Entity:  e.ID,
		Source:  h.pat.form.Source,
		Head:    z.span(h.start, h.end),
	}
	return act
}

// person emits a dictionary person over [a, b) and records its name words
// for later surnames.
func (z *resolver) person(h *hit, a, b int) {
	e := h.pat.form.Entity
	country, roles, src := e.CodeOn(z.d.Date)
	act := z.mention(a, b, h, country, roles, KindPerson)
	act.Country = isoCountry(country)
	act.Source = src
	z.add(act)
	if !h.pat.form.Short {
		z.remember(&z.out[len(z.out)-1], a, b)
		for _, f := range e.nameFolds {
			z.rememberFold(f, &z.out[len(z.out)-1])
		}
	}
}

// remember records the first and last words of a name over tokens [a, b).
func (z *resolver) remember(act *doc.Actor, a, b int) {
	z.rememberFold(z.tokenTextFold(a), act)
	z.rememberFold(z.tokenTextFold(b-1), act)
}

// rememberName records every word of the name of a person met in the
// text over tokens [a, b): a Spanish name's first surname stands in the
// middle ("Rosa Huamaní Condori" is "Huamaní" later on).
// The first word of a name that opens its sentence is left out: it may be
// a word of the sentence ("Later Tom Barrow, a spokesman ...").
func (z *resolver) rememberName(act *doc.Actor, a, b int) {
	if z.sentenceStart(a) && b-a > 1 {
		a++
	}
	for i := a; i < b; i++ {
		z.rememberFold(z.tokenTextFold(i), act)
	}
}

// rememberWords records every word of a name over tokens [a, b) that
// follows a title: a Spanish or Portuguese name's first surname stands in
// the middle ("el exembajador Joaquim Sarmento Lima" is "Sarmento" later).
func (z *resolver) rememberWords(act *doc.Actor, a, b int) {
	for i := a; i < b; i++ {
		z.rememberFold(z.tokenTextFold(i), act)
	}
}

// tokenTextFold returns fold(Text) of token tok, without allocating when
// it equals the token's matching key.
func (z *resolver) tokenTextFold(tok int) string {
	t := z.d.Tokens[tok].Text
	if k := z.folds[tok]; asciiLowerOf(k, t) {
		return k
	}
	return fold(t)
}

// rememberFold records the first and last units of a folded name word.
func (z *resolver) rememberFold(f string, act *doc.Actor) {
	first, ok := firstUnitKey(f)
	if !ok {
		return
	}
	last, _ := lastUnitKey(f)
	for _, k := range [2]string{first, last} {
		if len(k) < 2 || z.voc.class(k)&(wStop|wDet|wIndef|wPoss|wOf|wConj|wLoc) != 0 {
			continue
		}
		z.surnames[k] = act
	}
}

// surnameKey is the key a capitalised word is looked up by as a surname:
// the fold of its last unit, without an English possessive "'s".
func (z *resolver) surnameKey(i int) (string, bool) {
	k, ok := lastUnitKey(z.folds[i])
	if ok && z.lang != "es" {
		k = strings.TrimSuffix(k, "'s")
	}
	return k, ok
}

// corefAt is corefName for any token index, none past the text.
func (z *resolver) corefAt(i int) (doc.Actor, bool) {
	if i < 0 || i >= len(z.d.Tokens) {
		return doc.Actor{}, false
	}
	return z.corefName(i)
}

// corefName reads a capitalised word as a name met earlier ("Kim", "Putin").
func (z *resolver) corefName(i int) (doc.Actor, bool) {
	t := &z.d.Tokens[i]
	if len(z.surnames) == 0 || !capWord(t.Text) {
		return doc.Actor{}, false
	}
	k, ok := z.surnameKey(i)
	if !ok {
		return doc.Actor{}, false
	}
	full, ok := z.surnames[k]
	if !ok {
		return doc.Actor{}, false
	}
	if n := i + 1; n < len(z.d.Tokens) && capWord(z.d.Tokens[n].Text) && z.w(n) == 0 && z.hitStarting(n) == nil && z.sent(n) == z.sent(i) {
		return doc.Actor{}, false // "Pedro Castillo" after "Pedro Sánchez": another full name
	}
	a := z.again(full, t.Span, t.Span)
	if strings.HasPrefix(full.Source, SourceInherited) {
		a.Source = SourceInherited + a.Source // a guessed country stays a guess
	}
	return a, true
}

// orgRef reads "la organización", "the bloc" as the last international
// organisation mentioned before, and "el grupo", "the movement" as the last
// armed group or non-governmental organisation ("Hezbolá ... el
// movimiento", "Amnesty ... the group"). A complement after the noun makes
// it another one ("el grupo de trabajo", "the body of a man").
func (z *resolver) orgRef(i int) (doc.Actor, bool) {
	w := z.w(i)
	if w&wGroupRef != 0 && z.lang != "es" {
		// "an al-Qaeda-linked group": the organisation's own
		if o, st := z.linkedTo(i); o != nil {
			if z.w(st-1)&(wDet|wIndef) != 0 {
				st--
			}
			return doc.Actor{Span: z.span(st, i+1), Code: z.code(o.Country, o.Roles), Name: o.Name, Country: isoCountry(o.Country),
				Roles: o.Roles, Kind: KindOrg, Entity: o.ID, Source: z.concat("linked:", o.Name), Head: z.d.Tokens[i].Span}, true
		}
	}
	// (the "of" of a verb's complement, before a gerund, is no
	// complement of the noun: "accused the agency of acting as a tool")
	if w&(wOrgRef|wGroupRef) == 0 || z.w(i-1)&wDet == 0 || z.w(i+1)&wOf != 0 && !z.gerundAt(i+2) {
		return doc.Actor{}, false
	}
	for k := i + 1; k < len(z.d.Tokens) && k <= i+4 && z.sent(k) == z.sent(i); k++ {
		if h := z.hitStarting(k); h != nil && h.pat.form.Kind == KindOrg {
			return doc.Actor{}, false // "el movimiento ambientalista Greenpeace": the name that follows says which
		}
	}
	for k := len(z.out) - 1; k >= 0; k-- {
		o := &z.out[k]
		// (or, for a noun of class groupref, the last group named with it
		// as its head, of whatever role: "el colectivo de madres
		// buscadoras ... integrantes del colectivo")
		same := w&wGroupRef != 0 && z.sameHead(o, i)
		if o.Kind != KindOrg && !(w&wGroupRef != 0 && z.armedGroupAgent(o)) && !same {
			continue
		}
		if w&wOrgRef != 0 && o.Country == "" || w&wGroupRef != 0 && (groupLike(o) || same) {
			return z.again(&z.out[k], z.span(i-1, i+1), z.d.Tokens[i].Span), true
		}
	}
	return doc.Actor{}, false
}

// guildRef reads a bare singular Spanish workers' body of the word class
// orghead after a determiner ("el gremio", "del sindicato"), with no
// complement or adjective after it, as the last trade or professional body
// named before it, by a dictionary name or an organisation's own name ("El
// Colegio Médico Dominicano ... informó el gremio" is the doctors' body,
// HLH, not workers at large): one of the roles LAB, HLH, EDU, AGR or BUS
// and a country.
func (z *resolver) guildRef(h *hit) (doc.Actor, bool) {
	e := h.pat.form.Entity
	i := h.start
	if z.lang != "es" || i == 0 || h.end != i+1 || len(e.Roles) != 1 || e.Roles[0] != "LAB" || z.w(i)&wOrgHead == 0 ||
		z.w(i-1)&wDet == 0 || strings.HasSuffix(z.folds[i], "s") {
		return doc.Actor{}, false
	}
	if n := i + 1; n < len(z.d.Tokens) && z.sent(n) == z.sent(i) && (z.w(n)&wOf != 0 || z.plainWord(n) && !z.d.Tokens[n].Cap && strings.HasSuffix(z.folds[n], "al")) {
		return doc.Actor{}, false // "el gremio de transportistas", "el gremio magisterial"
	}
	for k := len(z.out) - 1; k >= 0; k-- {
		o := &z.out[k]
		if o.Kind != KindOrg && !strings.HasPrefix(o.Source, SourceOrgName) || o.Country == "" || len(o.Roles) != 1 {
			continue
		}
		if z.firmActor(o) {
			continue // "Petrobras negó las acusaciones del sindicato": a company is no guild
		}
		switch o.Roles[0] {
		case "LAB", "HLH", "EDU", "AGR", "BUS":
			st := i
			if z.w(i-1)&wDet != 0 {
				st = i - 1
			}
			a := *o
			a.Span, a.Head = z.span(st, i+1), z.span(i, i+1)
			a.Source = z.concat("guild:", o.Name)
			return a, true
		}
	}
	return doc.Actor{}, false
}

// sameHead reports an agent mention o whose head noun is the word at i
// (its first word in Spanish, its last in English), in the singular.
func (z *resolver) sameHead(o *doc.Actor, i int) bool {
	if o.Kind != KindAgent || o.Head.End <= o.Head.Start || strings.HasSuffix(z.folds[i], "s") {
		return false
	}
	h := z.d.TokenAt(o.Head.End - 1)
	if z.lang == "es" {
		h = z.d.TokenAt(o.Head.Start)
	}
	return h >= 0 && h != i && z.folds[h] == z.folds[i]
}

// armedGroupAgent reports an agent headed by a singular noun of class
// groupref that is an armed group or the like ("an armed group from the
// south", "a militia", "un grupo armado"): "the group" after it is that
// group.
func (z *resolver) armedGroupAgent(o *doc.Actor) bool {
	if o.Kind != KindAgent || !groupLike(o) || o.Head.End <= o.Head.Start {
		return false
	}
	h := z.d.TokenAt(o.Head.End - 1)
	if z.lang == "es" {
		h = z.d.TokenAt(o.Head.Start) // "un grupo armado": the noun comes first
	}
	return h >= 0 && z.w(h)&wGroupRef != 0 && !strings.HasSuffix(z.folds[h], "s")
}

// ofGroupRef reads a complement after tok that refers back to an armed
// group or NGO ("of the group", "for the movement", "del grupo"): the
// actor "the group" stands for and the token after it, or nil.
func (z *resolver) ofGroupRef(tok int) (*doc.Actor, int) {
	if tok+2 >= len(z.d.Tokens) || z.w(tok)&(wOf|wFor) == 0 || z.sent(tok+2) != z.sent(tok) {
		return nil, 0
	}
	p := tok + 1
	if z.lang == "es" && z.w(tok)&wDet != 0 {
		p = tok // "del grupo": the article is in the preposition (words.tsv: det and of)
	} else if z.w(p)&wDet == 0 {
		return nil, 0
	}
	g := p + 1
	// (a capitalised noun or a name after it makes it a unit's own name:
	// "tropas del Grupo Mecanizado Cabal")
	if z.w(g)&wGroupRef == 0 || z.d.Tokens[g].Cap || strings.HasSuffix(z.folds[g], "s") || z.hitStarting(g) != nil || z.covered(g) || g+1 < len(z.d.Tokens) && z.nameAt(g+1) {
		return nil, 0
	}
	if a, ok := z.orgRef(g); ok {
		return &a, g + 1
	}
	return nil, 0
}

// bodyNamedBefore is the latest organisation of no country named before
// tok whose name ends in the noun at tok ("Security Council" for "the
// council", "European Commission" for "the commission"); nil if none.
func (z *resolver) bodyNamedBefore(tok int) *doc.Actor {
	at := z.d.Tokens[tok].Span.Start
	for k := len(z.out) - 1; k >= 0; k-- {
		o := &z.out[k]
		if o.Kind != KindOrg || o.Country != "" || o.End <= o.Start || o.End > at {
			continue
		}
		if e := z.d.TokenAt(o.End - 1); e >= 0 && e < tok && z.folds[e] == z.folds[tok] {
			return o
		}
	}
	return nil
}

// organGap counts the capitalised words and "and"s right before an English
// organisation's hit that lengthen its name ("Peace and" before "Security
// Council"), up to four.
func (z *resolver) organGap(h *hit) int {
	n := 0
	for k := h.start - 1; k > 0 && n < 4 && z.sent(k) == z.sent(h.start) && z.d.Tokens[k].Kind == doc.Word && (capWord(z.d.Tokens[k].Text) && z.hitStarting(k) == nil && !strings.HasSuffix(z.folds[k], "'s") || z.folds[k] == "and"); k-- {
		n++
	}
	return n
}

// organOwner reads an English organisation's form that ends a longer
// name right after the genitive of an organisation of no country ("the
// African Union's Peace and Security Council"): the owner, whose organ it
// is, and true; not when nothing lengthens the name ("the UN's World Food
// Programme" is its own).
func (z *resolver) organOwner(h *hit) (*doc.Actor, bool) {
	if z.lang == "es" || len(z.out) == 0 {
		return nil, false
	}
	n := z.organGap(h)
	if n == 0 || z.folds[h.start-n] == "and" {
		return nil, false
	}
	k := h.start - n - 1 // the genitive
	if k < 0 || z.sent(k) != z.sent(h.start) {
		return nil, false
	}
	end := z.d.Tokens[k].Span.End
	if z.folds[k] != "'s" && !strings.HasSuffix(z.folds[k], "'s") {
		return nil, false
	}
	o := &z.out[len(z.out)-1]
	if o.Kind != KindOrg || o.Country != "" || o.End != end && !(z.folds[k] == "'s" && k > 0 && o.End == z.d.Tokens[k-1].Span.End) {
		return nil, false
	}
	return o, true
}

// halfNamed reports a word of kind half that names its country ("the
// North" for North Korea): capitalised, right after a determiner, with no
// capitalised word nor "of" after it ("the South China Sea", "the North
// of England"), no place ("in the North"), in a story whose actors named
// the country before.
func (z *resolver) halfNamed(h *hit) bool {
	i := h.start
	if h.end != i+1 || i == 0 || !capWord(z.d.Tokens[i].Text) || z.w(i-1)&wDet == 0 || z.sent(i-1) != z.sent(i) || z.locative(i) {
		return false
	}
	if n := h.end; n < len(z.d.Tokens) && z.sent(n) == z.sent(i) && (capWord(z.d.Tokens[n].Text) || z.w(n)&wOf != 0) {
		return false
	}
	c := isoCountry(h.pat.form.Entity.Country)
	for k := range z.out {
		if isoCountry(z.out[k].Country) == c {
			return true
		}
	}
	return false
}

// stopAfterGenitive reports a lower-case word of no class but stop right
// after an English genitive ("Algeria's new ambassador"): an adjective of
// the agent after it, as a plain word is.
func (z *resolver) stopAfterGenitive(tok int) bool {
	if tok < 1 || tok >= len(z.d.Tokens) || z.d.Tokens[tok].Kind != doc.Word || z.d.Tokens[tok].Cap || z.w(tok) != wStop || z.hitStarting(tok) != nil || z.sent(tok-1) != z.sent(tok) {
		return false
	}
	return z.folds[tok-1] == "'s" || strings.HasSuffix(z.folds[tok-1], "'s")
}

// acronym reads the short form an organisation's name, just read as the
// last mention and ending at end, gives itself in parentheses right after
// it ("Al Qaeda in the Arabian Peninsula (AQAP)", "the Movement for
// Democratic Change (MDC)"): one word of two to eight capitals no
// dictionary form starts, remembered as that organisation for the rest of
// the story ("AQAP hideouts"). It returns the index past the closing
// parenthesis, or end when there is none.
func (z *resolver) acronym(end int) int {
	if len(z.out) == 0 || end < 1 || end >= len(z.d.Tokens) {
		return end
	}
	o := &z.out[len(z.out)-1]
	if o.Kind != KindOrg || o.End != z.d.Tokens[end-1].Span.End {
		return end
	}
	// (past the rest of a longer name the dictionary form opens: "Al
	// Qaeda in the Arabian Peninsula (AQAP)")
	p := end
	for n := 0; n < 5 && p < len(z.d.Tokens) && z.sent(p) == z.sent(end-1) && z.d.Tokens[p].Kind == doc.Word && (capWord(z.d.Tokens[p].Text) || z.w(p)&(wOf|wDet|wConj|wLoc) != 0); n++ {
		p++
	}
	if p+2 >= len(z.d.Tokens) || z.d.Tokens[p].Text != "(" || z.d.Tokens[p+2].Text != ")" || z.sent(p+1) != z.sent(end-1) || z.hitStarting(p+1) != nil {
		return end
	}
	end = p
	t := z.d.Tokens[end+1].Text
	if len(t) < 2 || len(t) > 8 {
		return end
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return end
		}
	}
	c := *o
	z.surnames[z.folds[end+1]] = &c
	return end + 3
}

// gerundAt reports an English lower-case word in -ing at tok ("acting").
func (z *resolver) gerundAt(tok int) bool {
	if z.lang != "en" || tok >= len(z.d.Tokens) || z.sent(tok) != z.sent(tok-1) {
		return false
	}
	t := z.d.Tokens[tok].Text
	return len(t) > 4 && strings.HasSuffix(t, "ing") && strings.ToLower(t) == t
}

// bothRef reads "both groups", "the two groups", "ambos grupos" as the
// group of several named before with that plural noun ("two human rights
// groups ... Both groups denied wrongdoing"), in its sentence or the two
// before: one mention with its code.
func (z *resolver) bothRef(i int) (doc.Actor, bool) {
	t := &z.d.Tokens[i]
	if t.Kind != doc.Word || t.Cap && !z.sentenceStart(i) || !strings.HasSuffix(z.folds[i], "s") || z.sent(i-1) != z.sent(i) {
		return doc.Actor{}, false
	}
	st := i - 1
	if z.w(st)&wMulti == 0 {
		if z.w(st-1)&wDet == 0 {
			return doc.Actor{}, false
		}
		st--
	}
	if z.w(i+1)&wOf != 0 {
		return doc.Actor{}, false // "both groups of workers": named after it
	}
	first := z.sent(i) - 2
	for k := len(z.out) - 1; k >= 0; k-- {
		o := &z.out[k]
		if z.d.SentenceOf(o.Start) < first {
			break
		}
		if o.Code == "" || o.End <= o.Start {
			continue
		}
		if e := z.d.TokenAt(o.End - 1); e < len(z.folds) && z.folds[e] == z.folds[i] {
			return z.again(o, z.span(st, i+1), t.Span), true
		}
	}
	return doc.Actor{}, false
}

// countRef reads a determiner and a word of quantity standing alone ("Los
// tres fueron liberados", "las dos") as the people counted with that word
// in the sentence or the two before ("detuvo a tres dirigentes del gremio
// ... Los tres fueron liberados"): one mention with their code. Not before
// a noun or a complement ("los tres días", "los dos de ellos"). Spanish.
func (z *resolver) countRef(i int) (doc.Actor, bool) {
	t := &z.d.Tokens[i]
	if z.lang != "es" || t.Kind != doc.Word || t.Cap && !z.sentenceStart(i) || z.sent(i-1) != z.sent(i) || z.w(i-1)&wPoss != 0 {
		return doc.Actor{}, false
	}
	// (what follows is a mark, a small word or a verb in the plural, in
	// "-n": "Los tres fueron", "los dos se", not a noun: "los tres días")
	if n := i + 1; n < len(z.d.Tokens) && z.sent(n) == z.sent(i) && z.d.Tokens[n].Kind != doc.Punct &&
		(z.w(n)&wOf != 0 || z.w(n)&wStop == 0 && (z.d.Tokens[n].Kind != doc.Word || !strings.HasSuffix(z.folds[n], "n") || z.hitStarting(n) != nil)) {
		return doc.Actor{}, false
	}
	first := z.sent(i) - 2
	for k := len(z.out) - 1; k >= 0; k-- {
		o := &z.out[k]
		if z.d.SentenceOf(o.Start) < first {
			break
		}
		b := z.d.TokenAt(o.Start)
		if o.Code == "" || o.End <= o.Start || b < 0 || b >= i {
			continue
		}
		// the count right before the mention or as its first word
		if b > 0 && z.folds[b-1] == z.folds[i] || z.folds[b] == z.folds[i] {
			return z.again(o, z.span(i-1, i+1), t.Span), true
		}
	}
	return doc.Actor{}, false
}

// hostRef resolves a possessive and a host noun ("su anfitriona", "sus
// anfitriones", "his hosts") to the government of the country visited: the
// possessor is the most salient actor before it, and the host the nearest
// country before it, named as an actor or as a place (a country, a capital
// or a person of a country), that is not the possessor's. Not when a name
// follows ("su anfitrión, Miguel Díaz-Canel" names the person) or when no
// such country was named in the sentence or the two before.
func (z *resolver) hostRef(i int) (doc.Actor, bool) {
	if z.w(i-1)&wPoss == 0 || i+1 < len(z.d.Tokens) && z.sent(i+1) == z.sent(i) && (capWord(z.d.Tokens[i+1].Text) || z.hitStarting(i+1) != nil) {
		return doc.Actor{}, false
	}
	guest := z.salient(i - 1)
	if guest == nil {
		return doc.Actor{}, false
	}
	first := z.sent(i) - 2
	host, at := "", -1
	for k := len(z.out) - 1; k >= 0; k-- {
		o := &z.out[k]
		if z.d.SentenceOf(o.Start) < first {
			break
		}
		if c := isoCountry(o.Country); c != "" && c != guest.Country {
			switch o.Kind {
			case "country", KindCapital, KindPerson:
				host, at = c, o.Start
			}
		}
		if host != "" {
			break
		}
	}
	if z.lastPlace >= 0 && z.lastPlace < i && z.lastPlaceCty != guest.Country && z.sent(z.lastPlace) >= first && z.d.Tokens[z.lastPlace].Start > at {
		host = z.lastPlaceCty
	}
	if host == "" {
		return doc.Actor{}, false
	}
	roles := []string{"GOV"}
	return doc.Actor{Span: z.span(i-1, i+1), Code: z.code(host, roles), Country: host, Roles: roles, Kind: "pronoun",
		Source: z.concat("host:", host), Head: z.d.Tokens[i].Span}, true
}

// homeRef resolves a possessive and a noun of one's country ("su país",
// "his country", "their nation") to the government of its possessor's
// country, when the possessor, the most salient actor before it, is a
// country or one of its state's bodies or officials ("Reyes anunció que su
// país suspende la reunión", "Hun Manet said his country would defend"):
// the state speaking of itself. Not after a locative preposition or a
// verb's "a"/"to" ("regresó a su país": a place), nor with a complement
// after it ("su país de origen"), nor for anyone else's country ("los
// migrantes ... su país").
func (z *resolver) homeRef(i int) (doc.Actor, bool) {
	if z.w(i-1)&wPoss == 0 || i < 2 || z.sent(i-1) != z.sent(i) || z.w(i-2)&(wLoc|wPersonal|wOf) != 0 || z.folds[i-2] == "to" {
		return doc.Actor{}, false
	}
	if n := i + 1; n < len(z.d.Tokens) && z.sent(n) == z.sent(i) && (z.w(n)&wOf != 0 || capWord(z.d.Tokens[n].Text) || z.hitStarting(n) != nil) {
		return doc.Actor{}, false
	}
	ant := z.salient(i - 1)
	if ant == nil || isoCountry(ant.Country) == "" || ant.Kind != "country" && !slices.Contains(stateBodies, firstRole(ant.Roles)) {
		return doc.Actor{}, false
	}
	roles := []string{"GOV"}
	return doc.Actor{Span: z.span(i-1, i+1), Code: z.code(ant.Country, roles), Country: ant.Country, Roles: roles, Kind: "pronoun",
		Source: z.concat("coref:", ant.Name), Head: z.d.Tokens[i].Span}, true
}

// partyRef resolves a possessive and a party noun ("su partido", "his
// party", "his Wiper party": in English up to two capitalised words may name
// it) to the party of its possessor, the most salient actor before it, when
// that is a person in government or in opposition: the party takes the
// person's country and that role ("Opposition leader Kalonzo Musyoka said
// his Wiper party ..." is KENOPP). Not when a complement follows ("su
// partido de fútbol") nor for anyone else.
func (z *resolver) partyRef(i int) (doc.Actor, bool) {
	p := i - 1
	for n := 0; n < 2 && z.lang == "en" && p > 0 && z.w(p)&wPoss == 0 && z.d.Tokens[p].Cap && z.hitStarting(p) == nil && z.sent(p) == z.sent(i); n++ {
		p--
	}
	if z.w(p)&wPoss == 0 || z.w(i+1)&wOf != 0 {
		return doc.Actor{}, false
	}
	owner := z.salient(p)
	if owner == nil || owner.Kind != KindPerson || len(owner.Roles) == 0 {
		return doc.Actor{}, false
	}
	role := owner.Roles[0]
	if role != "GOV" && role != "OPP" {
		return doc.Actor{}, false
	}
	roles := []string{role}
	return doc.Actor{Span: z.span(p, i+1), Code: z.code(owner.Country, roles), Country: owner.Country, Roles: roles, Kind: "pronoun",
		Source: z.concat("party:", owner.Name), Head: z.span(p+1, i+1)}, true
}

// kinRef resolves a possessive and a noun of kinship ("his brother", "sus
// familiares") to the relative, not the owner the possessive stands for: a
// civilian of the owner's country (the most salient actor before it), of
// its elite when the owner is a named person or one of a government (as
// kinOfOwners does); a civilian of no country when no owner is found. Not
// when a name or "of"/"de" follows ("su hermano Juan Pérez" names him), nor
// after a name no actor holds (its owner, unknown).
func (z *resolver) kinRef(i int) (doc.Actor, bool) {
	if z.sent(i-1) != z.sent(i) {
		return doc.Actor{}, false
	}
	if n := i + 1; n < len(z.d.Tokens) && z.sent(n) == z.sent(i) && (z.w(n)&wOf != 0 || capWord(z.d.Tokens[n].Text) || z.hitStarting(n) != nil) {
		return doc.Actor{}, false
	}
	// "a Amado Usme y a dos de sus hijos": a possessive after a name in
	// its sentence that no actor holds stands for that unknown person,
	// not for the salient actor: left unresolved
	for j := i - 2; j > 0 && z.sent(j) == z.sent(i) && z.sent(j-1) == z.sent(i); j-- {
		if capWord(z.d.Tokens[j].Text) && !z.covered(j) {
			return doc.Actor{}, false
		}
	}
	role, country, name := "CVL", "", ""
	if owner := z.salient(i - 1); owner != nil {
		country, name = owner.Country, owner.Name
		role = kinRole(owner)
	}
	roles := []string{role}
	return doc.Actor{Span: z.span(i-1, i+1), Code: z.code(country, roles), Country: country, Roles: roles, Kind: "pronoun",
		Source: z.concat("kin:", name), Head: z.d.Tokens[i].Span}, true
}

// groupNoun reports a head of a singular noun of class groupref ("group",
// "grupo", "militia"), last in English ("the militant group"), first in
// Spanish ("el grupo armado").
func (z *resolver) groupNoun(h *hit) bool {
	if h.end <= h.start {
		return false
	}
	i := h.end - 1
	if z.lang == "es" {
		i = h.start
	}
	return z.w(i)&wGroupRef != 0 && !strings.HasSuffix(z.folds[i], "s")
}

// lastArmedGroup returns the last organisation named that is an armed
// group (an international militarized group, rebels, militias), or nil.
func (z *resolver) lastArmedGroup() *doc.Actor {
	for k := len(z.out) - 1; k >= 0; k-- {
		o := &z.out[k]
		if o.Kind != KindOrg {
			continue
		}
		if strings.HasPrefix(o.Code, "IMG") || len(o.Roles) > 0 && insurgentRoles[o.Roles[0]] {
			return o
		}
	}
	return nil
}

// groupLike reports whether an organisation mention is an armed group or
// a non-governmental organisation, what "the group" refers to.
func groupLike(a *doc.Actor) bool {
	if strings.HasPrefix(a.Code, "NGO") || strings.HasPrefix(a.Code, "NGM") || strings.HasPrefix(a.Code, "IMG") {
		return true
	}
	for _, r := range a.Roles {
		switch r {
		case "REB", "UAF", "SEP", "CRM", "INS", "RAD":
			return true
		}
	}
	return false
}

// locative reports whether the word before tok (skipping a determiner, and
// back through a coordination) is a locative preposition: "en Moscú",
// "in Moscow and Beijing".
func (z *resolver) locative(tok int) bool {
	p := tok - 1
	if z.w(p)&wDet != 0 {
		p--
	}
	if z.w(p)&wArea != 0 && p > 0 && z.sent(p) == z.sent(tok) && !capWord(z.d.Tokens[p].Text) {
		// "in central London", "in the capital Kinshasa": a part or position before the place
		p--
		if z.w(p)&wDet != 0 {
			p--
		}
	}
	if z.w(p)&wLoc != 0 {
		return true
	}
	if z.w(p)&wConj != 0 || (p >= 0 && z.d.Tokens[p].Text == ",") {
		if !capWord(z.d.Tokens[tok].Text) {
			// "In Kenya, police arrested", "en Caracas y los militares": a
			// conjunct place is a name, a common noun after it is no place
			return false
		}
		// the conjunct before: walk back over it to its preposition
		for q := p - 1; q >= 0 && q > p-6; q-- {
			if z.sent(q) != z.sent(tok) {
				break
			}
			if z.w(q)&wLoc != 0 {
				// "In Washington, Congress approved": a place fronted
				// before a comma at the start of a sentence is no list
				return z.d.Tokens[p].Text != "," || !z.sentenceStart(q)
			}
			if !capWord(z.d.Tokens[q].Text) && z.w(q)&wDet == 0 && z.d.Tokens[q].Text != "," {
				break
			}
		}
	}
	return false
}

// outletName adds, for an English country's or capital's name closed by
// capitalised words of kind paper ("Myanmar Now", "Kampuchea Today", "the
// Kyiv Independent", "Libya Observer"), a news outlet of that country
// (MED) and returns where it ends. A capitalised word after the paper
// words makes a longer name ("the Kosovo Independent Election
// Commission"): none; so does a title-case sentence, and a locative
// preposition before it ("wrote in the Jakarta Post") makes it no actor.
func (z *resolver) outletName(h *hit) (int, bool) {
	f := h.pat.form
	if z.lang != "en" || f.Kind != KindName && f.Kind != KindCapital || isoCountry(f.Entity.Country) == "" {
		return 0, false
	}
	end := h.end
	for end < len(z.folds) && z.sent(end) == z.sent(h.start) && z.r.papers[z.lang][z.folds[end]] && z.rawCap(end) {
		end++
	}
	if end == h.end || z.capsSentence(h.start) {
		return 0, false
	}
	if end < len(z.folds) && z.sent(end) == z.sent(h.start) && capWord(z.d.Tokens[end].Text) {
		return 0, false
	}
	st := h.start
	if st > 0 && z.sent(st-1) == z.sent(h.start) && z.w(st-1)&wDet != 0 {
		st--
	}
	if z.locative(st) {
		return end, true
	}
	a := z.mention(st, end, h, isoCountry(f.Entity.Country), []string{"MED"}, KindOrg)
	a.Head = z.span(h.start, end)
	z.add(a)
	return end, true
}

// rawCap reports whether token tok is capitalised as the article wrote it,
// before the prepare stage lower-cased a stray capital ("Myanmar Now").
func (z *resolver) rawCap(tok int) bool {
	if capWord(z.d.Tokens[tok].Text) {
		return true
	}
	if z.d.Map == nil {
		return false
	}
	r := z.d.Map.Start(z.d.Tokens[tok].Start)
	return r >= 0 && r < len(z.d.Raw) && z.d.Raw[r] >= 'A' && z.d.Raw[r] <= 'Z'
}

// placeHead reports whether the word before tok begins the name of a
// place that holds a country's name: "Port Sudan", "Lake Chad", "Mount
// Lebanon", "el lago Chad". The place is a town, a lake or a region, not
// the country acting.
func (z *resolver) placeHead(tok int) bool {
	return tok > 0 && z.sent(tok-1) == z.sent(tok) && z.w(tok-1)&wPlaceHead != 0
}

// placeQualifier reports whether a country after "de"/"of" qualifies a
// place name written just before it: "Kursk de Rusia", "Kherson of Ukraine".
func (z *resolver) placeQualifier(tok int) bool {
	p := tok - 1
	if z.w(p)&wOf == 0 || p < 1 {
		return false
	}
	q := p - 1
	if z.w(q)&wByPart != 0 && q > 0 && z.w(q-1)&(wDet|wIndef) == 0 && !capWord(z.d.Tokens[q].Text) {
		return false // "por parte de Venezuela": the agent, no part of the country
	}
	if z.w(q)&(wArea|wPlaceHead) != 0 {
		return true // "el sur del Líbano", "el palacio de La Moneda", "el puerto de Abiyán"
	}
	t := z.d.Tokens[q]
	if !capWord(t.Text) || z.sent(q) != z.sent(tok) || z.w(q) != 0 {
		return false
	}
	// the capitalised word must not itself be (the end of) an actor
	for _, a := range z.out {
		if a.End >= t.End && a.Start <= t.Start {
			return false
		}
	}
	return q > 0 && z.sent(q-1) == z.sent(tok) && !z.sentenceStart(q)
}

// firstName reports whether a one-word country name or capital is the
// first name of a person ("Jordan Bardella", "Chad Johnson", "Israel
// Pozo", "Santiago Creel"): a capitalised word outside the dictionaries
// follows it (not in a headline in capitals, where every word is one).
func (z *resolver) firstName(h *hit) bool {
	if h.end-h.start != 1 || h.end >= len(z.d.Tokens) || z.lang == "es" && z.capsSentence(h.start) {
		return false
	}
	n := &z.d.Tokens[h.end]
	if v := z.r.opts.Verbs; z.lang == "es" && v != nil && n.Cap && v.VerbForm(z.lang, n.Lower()) {
		return false // a Spanish headline in title case: "Israel Bombardea Gaza"
	}
	// (in a headline in title case a verb follows: "Israel Bombs Gaza Tunnels")
	return n.Kind == doc.Word && n.Cap && z.w(h.end) == 0 && z.hitStarting(h.end) == nil && n.Sent == z.d.Tokens[h.start].Sent && !z.titleVerb(h.end)
}

// dateline reports whether a name is written in capitals where the
// dictionary does not write it so ("NAIROBI —"): the place of a dateline.
func (z *resolver) dateline(h *hit) bool {
	if allCaps(h.pat.form.Text) {
		return false
	}
	for t := h.start; t < h.end; t++ {
		if tk := &z.d.Tokens[t]; tk.Kind == doc.Word && !allCaps(tk.Text) {
			return false // "US Congress": a name written as the dictionary writes it
		}
	}
	return true
}

func (z *resolver) sentenceStart(tok int) bool {
	s := z.sent(tok)
	return s < len(z.d.Sentences) && z.d.Sentences[s].FirstTok == tok
}

// afterDash reports whether tok follows a dash or a colon, as the first
// word after a dateline does ("KARACHI, Pakistan, March 3 -- One inmate"):
// it is capitalised whatever it is, as at the start of a sentence.
func (z *resolver) afterDash(tok int) bool {
	if tok < 1 || z.sent(tok-1) != z.sent(tok) || z.d.Tokens[tok-1].Kind != doc.Punct {
		return false
	}
	switch z.d.Tokens[tok-1].Text {
	case "-", "--", "–", "—", ":":
		return true
	}
	return false
}

// demonymNoun reports whether a plural demonym at tok stands as a noun:
// it opens its sentence, or follows a function word or a number.
func (z *resolver) demonymNoun(tok int) bool {
	if tok == 0 || z.sentenceStart(tok) {
		return true
	}
	p := &z.d.Tokens[tok-1]
	if z.w(tok-1)&wEthnic != 0 {
		return false // "ethnic Albanians", "de etnia albanesa": an ethnic group
	}
	return z.w(tok-1) != 0 || p.Kind == doc.Number || p.Kind == doc.Punct
}

// adjectiveBefore reports an English plain word right before tok that
// opens a noun phrase (at the start of a sentence, or after a function
// word, a number or a mark): "Young Algerians", "the angry Palestinians".
func (z *resolver) adjectiveBefore(tok int) bool {
	k := tok - 1
	if k < 0 || z.sent(k) != z.sent(tok) || z.d.Tokens[k].Kind != doc.Word || z.w(k) != 0 || z.hitStarting(k) != nil || z.covered(k) {
		return false // ("ethnic Albanians": an ethnic group, class ethnic)
	}
	if z.d.Tokens[k].Cap && !z.sentenceStart(k) {
		return false
	}
	return z.demonymNoun(k)
}

// surnameAfterName reports a capitalised word right after a capitalised
// word outside the dictionaries inside a sentence, where it continues a
// person's name ("el niño Julio Pozo Reyes"): Spanish surnames that are
// titles too ("Reyes") are then no title.
func (z *resolver) surnameAfterName(tok int) bool {
	p := tok - 1
	if p < 0 || z.sent(p) != z.sent(tok) || !z.d.Tokens[tok].Cap || !z.d.Tokens[p].Cap || z.d.Tokens[p].Kind != doc.Word || z.sentenceStart(p) || z.capsSentence(tok) {
		return false
	}
	return z.w(p) == 0 && z.hitStarting(p) == nil && z.prevHit(tok) == nil
}

// lowerAdjective reports a one-word lower-case agent right before a
// country's name, where it is an adjective: "la vecina Venezuela".
func (z *resolver) lowerAdjective(q int) bool {
	h := z.hitStarting(q)
	if h == nil || h.end != q+1 || z.d.Tokens[q].Cap || h.pat.form.Kind != KindAgent && h.pat.form.Kind != KindNominal {
		return false
	}
	n := z.hitStarting(q + 1)
	return n != nil && n.pat.form.Kind == KindName
}

// longerName reports a capital that begins a longer place name: "San
// José de Apartadó", "Santiago de Cali", "San Salvador de Jujuy" are other
// towns, while "Santiago de Chile" names the capital's own country and
// "la Moscú de Putin" a person (the word after "de" is a dictionary hit).
func (z *resolver) longerName(h *hit) bool {
	n := h.end + 1
	// (Spanish only: English "of" and "from" follow a capital for other
	// reasons, "blockade Paris from Monday")
	if z.lang != "es" || z.w(h.end)&wOf == 0 || n >= len(z.d.Tokens) || z.sent(n) != z.sent(h.start) || z.capsSentence(n) {
		return false
	}
	return capWord(z.d.Tokens[n].Text) && z.w(n) == 0 && z.hitStarting(n) == nil
}

// opposedThing reports a demonym qualifying what is opposed after a
// preposition of opposition: "contra las pruebas nucleares francesas",
// "contra la española Unión Fenosa", "against French nuclear tests". The
// country stands for the thing, the other side of a protest or a
// criticism. It returns the phrase's first token.
func (z *resolver) opposedThing(h *hit) (int, bool) {
	k := h.start - 1
	for n := 0; n < 3 && z.plainWord(k) && z.sent(k) == z.sent(h.start); n++ {
		k-- // "pruebas nucleares"
	}
	if k >= 0 && z.w(k)&wDet != 0 && z.sent(k) == z.sent(h.start) {
		k--
	}
	if k < 0 || z.sent(k) != z.sent(h.start) || z.w(k)&wOpposed == 0 {
		return 0, false
	}
	return k + 1, true
}

// stanceThing reports a demonym qualifying a proposal, a decision or a
// stance (word class stance): "rechazó la propuesta argentina", "rejected
// an Australian ultimatum", "a Senegalese peace plan". The country stands
// for the one who made it, whom a reaction to it is aimed at. A demonym
// qualifying a place or a piece of property (word class holding) outside
// a locative phrase stands for the country it belongs to, the one an act
// on it is aimed at ("threatened to shell Iraqi towns", "lifted a blockade
// on Palestinian lorries"). It returns the phrase's first token and its end.
func (z *resolver) stanceThing(h *hit) (int, int, bool) {
	s := z.sent(h.start)
	if z.lang == "es" {
		k := h.start - 1
		// "dos buques poteros de bandera china": a demonym qualifying the
		// flag of a vessel stands for the vessel's country
		if k > 1 && z.sent(k-2) == s && z.r.flags[z.lang][z.folds[k]] && z.w(k-1)&wOf != 0 {
			q := k - 2
			if q > 0 && z.sent(q-1) == s && z.plainWord(q) && !z.d.Tokens[q].Cap && z.w(q)&wHolding == 0 {
				q-- // "buques poteros"
			}
			if z.w(q)&wHolding != 0 && !z.locative(q) {
				k = q
			}
		}
		if k < 0 || z.sent(k) != s || z.w(k)&(wStance|wHolding) == 0 {
			return 0, 0, false
		}
		if z.w(k)&wStance == 0 && z.locative(k) {
			return 0, 0, false // "en aldeas iraquíes": a place
		}
		if k > 0 && z.sent(k-1) == s && z.w(k-1)&(wDet|wIndef) != 0 {
			k--
		}
		return k, h.end, true
	}
	e := h.end
	for n := 0; n < 2 && e < len(z.d.Tokens) && z.sent(e) == s; n++ {
		if z.w(e)&wStance != 0 || z.w(e)&wHolding != 0 && !z.locative(h.start) {
			st := h.start
			if st > 0 && z.sent(st-1) == s && z.w(st-1)&(wDet|wIndef) != 0 {
				st--
			}
			return st, e + 1, true
		}
		if !z.plainWord(e) {
			break
		}
		e++ // "a Senegalese peace plan"
	}
	return 0, 0, false
}

// headlineVerb reports an -s form of an act right after a bare country
// name, with no preposition after it: the verb of a headline's present
// ("Russia attacks Ukraine", "Iran protests the decision"), not the act
// ("US strikes on Syria", "Russia's attacks").
func (z *resolver) headlineVerb(name, act *hit) bool {
	return act.pat.form.Kind == KindAction && name.pat.form.Kind == KindName && name.end == act.start && !z.genitiveEnd(name) &&
		strings.HasSuffix(z.folds[act.end-1], "s") && act.end < len(z.d.Tokens) && z.sent(act.end) == z.sent(act.start) &&
		z.d.Tokens[act.end].Kind == doc.Word && z.w(act.end)&(wLoc|wAgainst|wOf|wFor) == 0
}

// otherRoles reports whether two actors both have roles and share none
// (an irregular armed force counts as a rebel one): an army and a militia
// are two parties, a rebel group and its militia one.
func otherRoles(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	armed := func(r string) string {
		if r == "UAF" {
			return "REB"
		}
		return r
	}
	for _, x := range a {
		for _, y := range b {
			if armed(x) == armed(y) {
				return false
			}
		}
	}
	return true
}

// titleActVerb reports an act right after a country, an organisation or
// an agent in an English headline in title case, written as a verb form
// and followed by a word that is neither a preposition nor an -s verb
// form: the headline's verb ("Houthi Rebels Attack Ship", "Taliban Attack
// Police Post"), not the act ("Taliban Attack Kills Five", "Israeli
// Strikes Hit Gaza", where a demonym qualifies it).
func (z *resolver) titleActVerb(name, act *hit) bool {
	if act.pat.form.Kind != KindAction || name.end != act.start || z.genitiveEnd(name) || act.end != act.start+1 || !z.titleVerb(act.start) {
		return false
	}
	switch name.pat.form.Kind {
	case KindName, KindOrg, KindAgent:
	default:
		return false
	}
	n := act.end
	if n >= len(z.d.Tokens) || z.sent(n) != z.sent(act.start) || z.d.Tokens[n].Kind != doc.Word || z.w(n)&(wLoc|wAgainst|wOf|wFor) != 0 {
		return false
	}
	return !(strings.HasSuffix(z.folds[n], "s") && z.titleVerb(n))
}

// bodySpeaker joins an English noun of one who speaks or acts for a body
// (kind speaker, a government official by itself: "spokesman",
// "officials", "leader") to the agent of that body right before it, which
// was read as a mention already: "an army spokesman", "Georgian police
// officials", "court officials", "the opposition leader" are one mention
// with the body's roles and country, not a government official of their
// own.
func (z *resolver) bodySpeaker(h *hit) bool {
	f := h.pat.form
	if z.lang == "es" || f.Kind != KindAgent && f.Kind != KindTitle || h.end != h.start+1 || z.w(h.start)&wSpeaker == 0 || firstRole(f.Entity.Roles) != "GOV" || len(z.out) == 0 {
		return false
	}
	p := z.prevHit(h.start)
	if p == nil && h.start > 0 {
		// "a UPDF spokesman": a body's acronym met before in the article
		// (its mention here a reference to it, no dictionary hit)
		last := &z.out[len(z.out)-1]
		if last.End == z.d.Tokens[h.start-1].End && last.Start == z.d.Tokens[h.start-1].Start && strings.HasPrefix(last.Source, "coref:") && last.Kind == "agent" && len(last.Roles) > 0 && last.Roles[0] != "GOV" && last.Roles[0] != "CVL" {
			last.End = z.d.Tokens[h.start].End
			return true
		}
		return false
	}
	if p == nil || p.pat.form.Kind != KindAgent && p.pat.form.Kind != KindQual || len(p.pat.form.Entity.Roles) == 0 {
		return false
	}
	switch p.pat.form.Entity.Roles[0] {
	case "GOV", "CVL":
		return false // "government officials" are as read; "protest leaders" lead no body
	}
	last := &z.out[len(z.out)-1]
	if last.End != z.d.Tokens[p.end-1].End || last.Kind != "agent" {
		return false
	}
	last.End = z.d.Tokens[h.start].End
	return true
}

// groupGovernment reads a Spanish government qualified by the name of an
// armed or political group of one country that rules it ("el gobierno
// talibán de Afganistán", "las autoridades talibanes"): the group's
// country's government, one mention over both (and a complement naming
// that country), not the group as an armed force. Not for those who speak
// for the group ("el portavoz talibán" is the group's). It returns the mention and
// the token after it.
func (z *resolver) groupGovernment(h *hit, start int, n *hit, comma bool) (doc.Actor, int, bool) {
	f, o := h.pat.form, n.pat.form
	if z.lang != "es" || comma || f.Kind != KindAgent || firstRole(f.Entity.Roles) != "GOV" || z.w(h.end-1)&wSpeaker != 0 || z.r.envoys[z.lang][z.folds[h.end-1]] || o.Kind != KindOrg || n.start != h.end || isoCountry(o.Entity.Country) == "" || firstRole(o.Entity.Roles) != "REB" && firstRole(o.Entity.Roles) != "PTY" {
		return doc.Actor{}, 0, false
	}
	c := isoCountry(o.Entity.Country)
	end := n.end
	if oc, ce := z.ofCountry(end); oc == c {
		end = ce
	}
	roles := []string{"GOV"}
	a := z.mention(start, end, h, c, roles, "agent")
	return a, end, true
}

// memberBody reads a lower-case head noun of an organisation at p
// followed by "de" and the people it gathers ("federación de
// estudiantes", "asociación de médicos bolivianos", "sindicato de
// policías"): their roles, and the country of a demonym or "de" + country
// after them.
func (z *resolver) memberBody(p int) ([]string, string) {
	if z.d.Tokens[p].Cap || p+2 >= len(z.d.Tokens) || z.w(p+1)&wOf == 0 || z.sent(p+2) != z.sent(p) {
		return nil, ""
	}
	q := p + 2
	if z.w(q)&wDet != 0 {
		q++
	}
	n := z.hitStarting(q)
	if n == nil || n.pat.form.Kind != KindAgent || len(n.pat.form.Entity.Roles) == 0 || z.sent(q) != z.sent(p) {
		return nil, ""
	}
	rs := n.pat.form.Entity.Roles
	country := ""
	if d := z.hitStarting(n.end); d != nil && d.pat.form.Kind == KindDemonym {
		country = d.pat.form.Entity.Country
	} else if c, _ := z.ofCountry(n.end); c != "" {
		country = c
	}
	return rs, country
}

// orgBody returns where the mention of an organisation's hit h starts:
// back over the capitalised name of one of its bodies that owns it with
// "de"/"of" ("La Misión de Asistencia de las Naciones Unidas", "the
// Mission of the African Union"), which is the organisation acting; else
// at h. The name opens after a determiner or at its sentence's start and
// holds no other dictionary hit and no lower-case word but "de", "of",
// determiners and a preposition of purpose or opposition between two of
// its capitalised words (class orglink: "El Comité contra la Desaparición
// Forzada de la ONU").
func (z *resolver) orgBody(h *hit) int {
	k := h.start - 1
	if z.w(k)&wDet != 0 {
		k--
	}
	if k < 1 || z.w(k)&wOf == 0 || z.sent(k) != z.sent(h.start) {
		return h.start
	}
	first := -1
	for j := k - 1; j >= 0 && j > k-8 && z.sent(j) == z.sent(h.start); j-- {
		t := &z.d.Tokens[j]
		if z.hitStarting(j) != nil || z.covered(j) || z.w(j)&wUnit != 0 {
			return h.start // (a unit of an armed group is read by unitOrg)
		}
		if capWord(t.Text) && z.w(j)&(wLoc|wOf|wConj|wDet) == 0 {
			first = j
			continue
		}
		if z.w(j)&(wOf|wDet) != 0 && !capWord(t.Text) {
			continue
		}
		if z.w(j)&wOrgLink != 0 && !capWord(t.Text) && first >= 0 && j > 0 && capWord(z.d.Tokens[j-1].Text) && z.hitStarting(j-1) == nil && !z.covered(j-1) {
			continue
		}
		break
	}
	if first < 0 || z.w(first-1)&wDet == 0 && !z.sentenceStart(first) || z.capsSentence(first) {
		return h.start
	}
	if z.w(first-1)&wDet != 0 {
		first--
	}
	return first
}

// capAreaWord reports an English capitalised word inside a sentence whose
// only class is area ("State" in "Georgia's State Security Service"): a
// word of a body's name, not the part of a country it is in lower case.
func (z *resolver) capAreaWord(tok int) bool {
	if z.lang == "es" || tok < 1 || tok >= len(z.d.Tokens) || z.sent(tok-1) != z.sent(tok) {
		return false
	}
	t := &z.d.Tokens[tok]
	return t.Kind == doc.Word && t.Cap && z.w(tok) == wArea && z.hitStarting(tok) == nil && !z.covered(tok) && !z.capsSentence(tok)
}

// lyAdverb reports an English lower-case word in -ly at tok, an adverb
// before an adjective ("internationally recognised").
func (z *resolver) lyAdverb(tok int) bool {
	if tok < 0 || tok >= len(z.d.Tokens) || z.lang == "es" {
		return false
	}
	t := &z.d.Tokens[tok]
	return t.Kind == doc.Word && !t.Cap && len(t.Text) > 4 && strings.HasSuffix(t.Text, "ly")
}

// premodifier reports whether a country name or demonym directly qualifies
// an agent that follows it, as in English "Russian forces", "US troops",
// "Syria's army".
func (z *resolver) premodifier(h *hit) bool {
	if z.lang == "es" {
		return false
	}
	n := z.hitStarting(z.skipGenitive(h.end))
	if n == nil && h.pat.form.Kind == KindName && z.genitiveEnd(h) && (z.plainWord(z.skipGenitive(h.end)) || z.capAreaWord(z.skipGenitive(h.end)) || z.stopAfterGenitive(z.skipGenitive(h.end))) {
		// "Kenya's national police": one word between a genitive and its
		// agent; two when the first is an adverb ("Yemen's internationally
		// recognised government")
		g := z.skipGenitive(h.end) + 1
		if z.lyAdverb(g-1) && z.plainWord(g) && z.hitStarting(g) == nil {
			g++
		}
		if m := z.hitStarting(g); m != nil {
			switch m.pat.form.Kind {
			case KindAgent, KindTitle, KindQual:
				return true
			}
		}
	}
	if n == nil {
		return false
	}
	switch n.pat.form.Kind {
	case KindAction:
		return !z.headlineVerb(h, n) && !z.titleActVerb(h, n)
	case KindAgent, KindTitle, KindQual, KindNominal:
		return true
	case KindSeat:
		// "the U.S. State Department": the seat of the same country takes it
		return n.pat.form.Entity.Country == h.pat.form.Entity.Country && (h.pat.form.Kind == KindName || h.pat.form.Kind == KindDemonym)
	case KindOrg:
		// "Germany's Deutsche Welle", "Iran's Revolutionary Guards": an
		// organisation of the country named before it is the party; the
		// country's name only says whose it is (so of a country's organ
		// an international body's name shares: "Russia's Security
		// Council", stateOrgan)
		if (h.pat.form.Kind == KindName || h.pat.form.Kind == KindDemonym) && isoCountry(h.pat.form.Entity.Country) != "" && z.organRoles(n) != nil && !z.premodifier(n) {
			return true
		}
		return n.pat.form.Entity.Country != "" && n.pat.form.Entity.Country == h.pat.form.Entity.Country && (h.pat.form.Kind == KindName || h.pat.form.Kind == KindDemonym)
	}
	return false
}

// coordPremodifier reads an English country name or demonym coordinated
// with one that premodifies an agent ("Hungarian and Romanian officials",
// "US and British troops") as that agent of its own country, over its own
// words.
func (z *resolver) coordPremodifier(h *hit) (doc.Actor, bool) {
	if z.lang == "es" || h.end >= len(z.d.Tokens) || z.w(h.end)&wConj == 0 || z.locative(h.start) {
		return doc.Actor{}, false
	}
	n := z.hitStarting(h.end + 1)
	if n == nil || (n.pat.form.Kind != KindDemonym && n.pat.form.Kind != KindName) || !z.premodifier(n) {
		return doc.Actor{}, false
	}
	ag := z.hitStarting(z.skipGenitive(n.end))
	roles := ag.pat.form.Entity.Roles
	country := h.pat.form.Entity.Country
	if len(roles) == 0 || country == n.pat.form.Entity.Country {
		return doc.Actor{}, false
	}
	a := z.mention(h.start, h.end, ag, country, roles, "agent")
	a.Head = z.span(ag.start, ag.end)
	return a, true
}

// ofCountry reads a complement naming a country after tok: "de Corea del
// Norte", "of the United States", "from Syria", "de Moscú". It returns
// the country and the token index after the complement.
func (z *resolver) ofCountry(tok int) (string, int) {
	if z.w(tok)&wOf == 0 {
		return "", 0
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	if c, e := z.countryHit(p); c != "" {
		return c, e // (before the part of a country: "del Departamento de Estado" is a seat)
	}
	// "dissidents from military-ruled Myanmar", "refugiados de la vecina
	// Venezuela": adjectives before a country's name
	for q, n := p, 0; q < len(z.d.Tokens) && n < 4 && z.sent(q) == z.sent(tok) && (z.plainWord(q) && !z.d.Tokens[q].Cap || z.d.Tokens[q].Text == "-" || z.lowerAdjective(q)); q, n = q+1, n+1 {
		if h := z.hitStarting(q + 1); h != nil && h.pat.form.Kind == KindName && q+1 > p {
			return h.pat.form.Entity.Country, h.end
		}
	}
	if z.w(p)&wArea != 0 && z.lang == "es" {
		// "de la capital venezolana", "de la región andina peruana": a part
		// of the country its demonym names (a plain adjective between)
		q := p + 1
		if z.plainWord(q) && !z.d.Tokens[q].Cap && z.hitStarting(q) == nil && z.sent(q) == z.sent(tok) {
			q++
		}
		if h := z.hitStarting(q); h != nil && h.pat.form.Kind == KindDemonym && z.sent(q) == z.sent(tok) {
			return h.pat.form.Entity.Country, h.end
		}
	}
	if z.w(p)&wArea != 0 && z.w(p+1)&wOf != 0 {
		// "del norte de Israel", "from the south of Lebanon": a part of the country
		p += 2
		if z.w(p)&wDet != 0 {
			p++
		}
	}
	return z.countryHit(p)
}

// ofDemonym reads an English complement whose noun phrase, of common
// words the dictionaries do not know, a demonym opens, after a determiner
// or a number: "doctors from two American aid groups", "the head of the
// Russian delegation". It returns the country. A known agent after the
// demonym is an actor of its own ("leaders of the Syrian opposition").
func (z *resolver) ofDemonym(tok int) string {
	if z.lang == "es" || z.w(tok)&wOf == 0 {
		return ""
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	if p < len(z.d.Tokens) && (z.d.Tokens[p].Kind == doc.Number || z.w(p)&wQuant != 0) {
		p++
	}
	h := z.hitStarting(p)
	if h == nil || h.pat.form.Kind != KindDemonym || z.sent(p) != z.sent(tok) {
		return ""
	}
	if !z.plainWord(h.end) || z.d.Tokens[h.end].Cap {
		// "leaders of the Syrian opposition": an actor of its own; "of the
		// Russian": no noun after it
		return ""
	}
	return h.pat.form.Entity.Country
}

// ofNounDemonym reads a Spanish complement whose one common noun, which
// the dictionaries do not know, a demonym follows: "los vecinos del
// enclave tayiko de Vorukh" are Tajikistan's, wherever the dateline. It
// returns the country. A known agent there is an actor of its own ("el
// portavoz del ejército ruso").
func (z *resolver) ofNounDemonym(tok int) string {
	if z.lang != "es" || z.w(tok)&wOf == 0 {
		return ""
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	if !z.plainWord(p) || z.d.Tokens[p].Cap || z.sent(p) != z.sent(tok) || p+1 >= len(z.d.Tokens) {
		return ""
	}
	h := z.hitStarting(p + 1)
	if h == nil || h.pat.form.Kind != KindDemonym || z.d.Tokens[p+1].Cap || z.sent(p+1) != z.sent(tok) {
		return ""
	}
	return h.pat.form.Entity.Country
}

// placePeople returns the English plural demonym of another country that
// a country's name or singular demonym h directly qualifies ("Bosnian
// Serbs", "Kosovo Albanians"), and the country the phrase is of: h's,
// or the plural demonym's when it is of class settled, where the one
// before names the origin ("Greek Cypriots" are Cyprus's, "Cuban
// Americans" the US's).
func (z *resolver) placePeople(h *hit) (*hit, string) {
	if z.lang == "es" || h.pat.form.Plural || (h.pat.form.Kind == KindName && z.genitiveEnd(h)) {
		return nil, ""
	}
	n := z.hitStarting(h.end)
	if n == nil || n.pat.form.Kind != KindDemonym || !n.pat.form.Plural || z.sent(n.start) != z.sent(h.start) || z.w(n.start)&wEthnic != 0 || z.w(h.start-1)&wEthnic != 0 {
		return nil, ""
	}
	c := isoCountry(h.pat.form.Entity.Country)
	if c == "" || c == isoCountry(n.pat.form.Entity.Country) || z.locative(h.start) {
		return nil, ""
	}
	if z.w(n.start)&wSettled != 0 {
		return n, n.pat.form.Entity.Country
	}
	return n, h.pat.form.Entity.Country
}

// peopleOf returns the country name after a plural demonym h's "de"/"of"
// (after a determiner) when it names another country than the demonym's,
// and where the phrase ends: "los albaneses de Kosovo" are Kosovo's,
// "los serbios de Bosnia" Bosnia's; "los rusos de Rusia" stay Russia.
func (z *resolver) peopleOf(h *hit) (*hit, int) {
	if z.w(h.end)&wOf == 0 {
		return nil, 0
	}
	p := h.end + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	n := z.hitStarting(p)
	if n == nil || n.pat.form.Kind != KindName || z.sent(n.start) != z.sent(h.start) || z.placeHead(n.start) || z.firstName(n) {
		return nil, 0
	}
	c := isoCountry(n.pat.form.Entity.Country)
	if c == "" || c == isoCountry(h.pat.form.Entity.Country) {
		return nil, 0
	}
	return n, n.end
}

// ethnicHome reads the country an ethnic group lives in, named right
// after it by a locative preposition, a determiner and a compass word
// allowed between ("in south Serbia", "in Macedonia"): the country and the
// end of its name, or "" when there is none.
func (z *resolver) ethnicHome(tok int) (string, int) {
	if tok >= len(z.d.Tokens) || z.w(tok)&wLoc == 0 || z.sent(tok) != z.sent(tok-1) {
		return "", 0
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	if p < len(z.d.Tokens) && z.w(p)&wArea != 0 && !z.d.Tokens[p].Cap {
		p++
	}
	if p >= len(z.d.Tokens) || z.sent(p) != z.sent(tok) {
		return "", 0
	}
	h := z.hitStarting(p)
	if h == nil || h.pat.form.Kind != KindName {
		return "", 0
	}
	return isoCountry(h.pat.form.Entity.Country), h.end
}

// countryHit returns the country of a name, capital or seat hit at tok.
func (z *resolver) countryHit(tok int) (string, int) {
	h := z.hitStarting(tok)
	if h == nil {
		return "", 0
	}
	switch h.pat.form.Kind {
	case KindCapital:
		if z.longerName(h) {
			// "de Santiago de Cali": another town; "de San José de
			// Apartadó": a town of its last part's country
			return z.placeTail(h.end + 1)
		}
		return h.pat.form.Entity.Country, h.end
	case KindName, KindSeat:
		return h.pat.form.Entity.Country, h.end
	}
	return "", 0
}

// ledBy reports whether the token at tok is an "X-led" word ("Saudi-led",
// "U.S.-led").
func (z *resolver) ledBy(tok int) bool {
	t := z.d.Tokens[tok].Text
	return len(t) > 4 && strings.EqualFold(t[len(t)-4:], "-led")
}

// agent builds a generic agent phrase around hit h: determiner or
// possessive, country premodifier (English), demonym or complement after.
func (z *resolver) agent(h *hit) int {
	f := h.pat.form
	e := f.Entity
	if (f.Kind == KindNominal || f.Kind == KindRelational) && z.nameWord(h.start) {
		return h.end // an adjective in a name: "Liga Deportiva Universitaria de Quito"
	}
	// "huelga magisterial", "ofensiva guerrillera", "indigenous protests":
	// an adjective or modifier naming the doers of the act it qualifies
	doers := h.pat.relational && z.qualifiesAct(h)
	if f.Kind == KindRelational && !doers {
		return h.end // "la reforma educativa": it qualifies no act
	}
	if z.lang == "es" && z.lowerAdjective(h.start) {
		return h.end // "la vecina Venezuela": an adjective before a country's name
	}
	if z.lang == "es" && f.Kind == KindTitle && z.surnameAfterName(h.start) {
		return h.end // "Julio Pozo Reyes": a surname, no kings
	}
	if f.Kind == KindAgent && z.placeOfThing(h) {
		return h.end // "los habitantes de este municipio": where they live
	}
	if f.Kind == KindAgent && z.townHall(h) {
		return h.end // "frente a la alcaldía": the building
	}
	if z.bodySpeaker(h) {
		return h.end
	}
	if f.Kind == KindAgent && z.audienceOf(h) {
		return h.end // "told reporters", "dijo a los periodistas": who heard it
	}
	if f.Kind == KindAgent && z.verbReading(h) {
		return h.end // "which guards the camps", "The army patrols the border": a verb
	}
	if a, ok := z.guildRef(h); ok {
		z.add(a) // "el gremio" after "El Colegio Médico Dominicano": that body
		return h.end
	}
	start, end := h.start, h.end
	country := ""
	var org *Entity // an organisation that owns the agent ("portavoz de Hezbolá", "EU ministers")
	var coord *hit  // a second demonym coordinated with the agent's ("fuerzas rusas y bielorrusas")
	poss, multi, owned := false, false, false
	// left: English premodifier ("Russian forces", "the US commander", "NATO troops")
	prev := z.prevHit(h.start)
	gapCap := true   // every word between the premodifier and the agent is capitalised
	gapPast := false // a lower-case word in -ed stands between ("Hezbollah attacked civilians")
	// ("Kenyan minibus and truck drivers": a lower-case noun coordinated
	// with the agent's first word shares its premodifier)
	coordMod := func(i int) bool {
		return i == h.start-1 && i >= 2 && z.w(i)&wConj != 0 && z.plainWord(i-1) && !z.d.Tokens[i-1].Cap && z.sent(i-1) == z.sent(h.start)
	}
	for gap := 1; prev == nil && z.lang != "es" && gap <= 2 && (z.plainWord(h.start-gap) || z.capAreaWord(h.start-gap) || z.stopAfterGenitive(h.start-gap) || coordMod(h.start-gap)); gap++ {
		t := &z.d.Tokens[h.start-gap]
		if z.titleVerb(h.start - gap) {
			break // "Houthi Rebels Seize Ship": the headline's verb parts subject and object
		}
		gapCap = gapCap && t.Cap
		gapPast = gapPast || !t.Cap && strings.HasSuffix(t.Lower(), "ed")
		if p := z.prevHit(h.start - gap); p != nil && p.pat.form.Kind != KindPerson {
			// an organisation followed by a past verb is a subject and
			// its verb ("Hamas released prisoners"), not a premodifier
			if p.pat.form.Kind == KindOrg && gapPast {
				break
			}
			// a demonym takes lower-case adjectives ("Canadian fishing boats");
			// a country name followed by a lower-case word is usually a
			// subject and its verb ("Spain sent troops"), so it needs a
			// capitalised name in between ("the US National Guard")
			if p.pat.form.Kind != KindName || gapCap || (gap == 1 || gap == 2 && z.lyAdverb(h.start-2)) && z.genitiveEnd(p) {
				prev = p // "Canadian fishing boats", "the Salvadoran National Civil Police", "Kenya's national police"
			}
			break
		}
	}
	if prev == nil && z.lang != "es" && h.start > 0 && z.sent(h.start-1) == z.sent(h.start) {
		// "the Kenyan-led mission", "Saudi-led forces": the country that
		// leads the agent is its own
		if t := z.d.Tokens[h.start-1].Text; len(t) > 4 && strings.EqualFold(t[len(t)-4:], "-led") {
			if c := z.r.leaders[fold(t[:len(t)-4])]; c != "" {
				country, start = c, h.start-1
			}
		}
	}
	// "four Hong Kong-registered shipping companies", "Dubai-based firms":
	// a place joined by a hyphen to a word of the kind based, right before
	// the agent or one lower-case word before it, gives it its country
	if country == "" && z.lang != "es" {
		if c, st := z.basedOn(h.start); c != "" {
			country, start, prev = c, st, nil
		} else if o, st := z.linkedTo(h.start); o != nil && prev == nil {
			// "an al-Qaeda-linked group", "Islamic State-affiliated
			// fighters": the organisation's own
			org, start = o, st
		}
	}
	if prev != nil && z.lang != "es" {
		// "Russia attacks Ukraine", "Iran protests the decision": an -s
		// form of an act right after a bare country name, with no
		// preposition after it, is the verb of a headline's present ("US
		// strikes on Syria" is the act)
		if z.headlineVerb(prev, h) || z.titleActVerb(prev, h) {
			return h.end
		}
		switch prev.pat.form.Kind {
		case KindName, KindDemonym:
			country = prev.pat.form.Entity.Country
			start = prev.start
			if c, ce := z.diasporaHome(h, end, nil); c != "" && prev.pat.form.Kind == KindDemonym {
				country, end = c, ce // "the Hungarian minority in Romania": the place's
			}
		case KindCapital:
			if z.w(prev.start-1)&wDet != 0 { // "the Kinshasa government"
				country = prev.pat.form.Entity.Country
				start = prev.start
			}
		case KindOrg:
			org = z.datedOrg(prev.pat.form.Entity)
			start = prev.start
		case KindPerson:
			if f.Kind == KindAgent { // "the Netanyahu government"
				c, _, _ := prev.pat.form.Entity.CodeOn(z.d.Date)
				if isoCountry(c) != "" {
					country, start = c, prev.start
				}
			}
		}
	}
	// "the Saudi-led coalition", "a US-led alliance": a noun of the kind
	// ledhead is the leading country's forces right after "X-led" only
	// ("the Israeli coalition", "Kenya's ruling coalition" govern)
	if f.Kind == KindQual && z.w(h.start)&wLedHead != 0 {
		if country == "" || start != h.start-1 || !z.ledBy(h.start-1) {
			return h.end
		}
	}
	pair := false // "ambos sindicatos", "los dos gobiernos": the parties named before
	if z.w(start-1)&wMulti != 0 || z.w(start-1)&wPair != 0 && z.w(start-2)&wDet != 0 {
		multi = true // "ambos gobiernos", "both sides", "los dos gobiernos"
		pair = z.w(start-1)&wPair != 0
	}
	if f.Kind == KindAgent && z.locative(start) && !z.facedInstitution(start, e.Roles) {
		return h.end // "in parliament", "en el Congreso": a place
	}
	if z.w(start-1)&wDet != 0 {
		start--
	} else if z.w(start-1)&wPoss != 0 {
		start--
		poss = true
	}
	// right: an agent of the same role as complement names the force the
	// agent belongs to, and the two are one mention ("tropas del Ejército
	// Nacional", "agentes de la Policía Nacional", "soldiers of the army")
	// (a commander of either force is of the force named: "el comandante
	// departamental de la Policía" COP, past one Spanish adjective)
	ofAt := end
	if z.lang == "es" && z.plainWord(end) && !z.d.Tokens[end].Cap && z.w(end+1)&wOf != 0 && z.sent(end) == z.sent(h.start) {
		ofAt = end + 1
	}
	if country == "" && org == nil && !poss && !multi && (f.Kind == KindAgent || f.Kind == KindNominal) && len(e.Roles) > 0 && z.w(ofAt)&wOf != 0 {
		p := ofAt + 1
		if z.w(p)&wDet != 0 {
			p++
		}
		if n := z.hitStarting(p); n != nil && n.pat.form.Kind == KindAgent && len(n.pat.form.Entity.Roles) > 0 && (n.pat.form.Entity.Roles[0] == e.Roles[0] || forceRoles[e.Roles[0]] && forceRoles[n.pat.form.Entity.Roles[0]]) && z.sent(p) == z.sent(h.start) {
			k := len(z.out)
			ne := z.agent(n)
			if len(z.out) == k+1 && z.out[k].Start > z.d.Tokens[start].Start {
				z.out[k].Start = z.d.Tokens[start].Start
				return ne
			}
			if len(z.out) > k {
				return ne
			}
		}
	}
	// right: one who speaks for a group of people named after de/of/for
	// ("un portavoz de los cocaleros", "a spokesman for the strikers") is
	// of the group: its roles, and the country of a demonym after it ("de
	// los cocaleros bolivianos")
	var groupRoles []string
	// (past one lower-case adjective in Spanish: "el dirigente nacional de
	// la Central Obrera", "el vocero oficial de los maestros", "la
	// guerrilla étnica del Ejército de Arakan")
	of := end
	if z.lang == "es" && (z.w(h.end-1)&wSpeaker != 0 || z.w(of) == wEthnic) && of+1 < len(z.d.Tokens) && (z.plainWord(of) || z.w(of) == wEthnic) && !z.d.Tokens[of].Cap && z.w(of+1)&wOf != 0 && z.sent(of+1) == z.sent(h.start) {
		of++
	}
	if country == "" && org == nil && !poss && z.w(h.end-1)&wSpeaker != 0 && z.w(of)&(wOf|wFor) != 0 {
		p := of + 1
		if z.w(p)&wDet != 0 {
			p++
		}
		var dem *hit
		if d := z.hitStarting(p); z.lang != "es" && d != nil && d.pat.form.Kind == KindDemonym {
			dem, p = d, d.end // "a leader of the Chilean dock workers": the demonym before the group
		}
		if n := z.hitStarting(p); z.w(p)&(wRally|wCommune) != 0 && (n == nil || n.pat.form.Kind == KindAction) && z.sent(p) == z.sent(h.start) {
			// "los líderes de la protesta", "los dirigentes del paro",
			// "the leaders of the strike": those who lead a protest are
			// of the protesters, civilians, not a government; so are
			// those who lead a community where people live ("los
			// dirigentes de la comarca", "the leaders of the village")
			groupRoles = []string{"CVL"}
		} else if n := z.hitStarting(p); n != nil && (n.pat.form.Kind == KindAgent || n.pat.form.Kind == KindNominal) && len(n.pat.form.Entity.Roles) > 0 && z.sent(p) == z.sent(h.start) {
			if dem != nil {
				country = dem.pat.form.Entity.Country
			}
			groupRoles = n.pat.form.Entity.Roles
			if d := z.hitStarting(n.end); d != nil && d.pat.form.Kind == KindDemonym {
				country = d.pat.form.Entity.Country
			} else if c, _ := z.ofCountry(n.end); c != "" && dem == nil {
				country = c // "el presidente de la Corte Suprema de Ecuador"
			} else if _, c := z.memberBody(n.end - 1); c != "" && dem == nil && firstRole(n.pat.form.Entity.Roles) == "LAB" {
				country = c // "el secretario general del sindicato de maestros de Honduras": the members' country
			} else if g, ok := z.guildRef(n); ok && dem == nil {
				groupRoles, country = g.Roles, g.Country // "tres dirigentes del gremio": of the body named before
			}
			// "simpatizantes del gobierno", "supporters of the army":
			// civilians who back a body of the state are not that body
			if len(e.Roles) > 0 && e.Roles[0] == "CVL" {
				switch groupRoles[0] {
				case "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
					groupRoles, country = nil, ""
				}
			}
		} else if a, ok := z.corefAt(p); ok && z.sent(p) == z.sent(h.start) && a.Kind == KindPerson && len(a.Roles) > 0 && z.hitStarting(p) == nil &&
			z.w(h.end-1)&wSpeaker != 0 && firstRole(e.Roles) == "CVL" && !slices.Contains(stateBodies, a.Roles[0]) && a.Roles[0] != "CVL" && a.Roles[0] != "ELI" {
			// "supporters of Ndongo" after "opposition leader Paul-Eric
			// Ndongo": the supporters of a party's or group's leader named
			// before take its roles and country, as "his supporters" do
			// (not a state body's: a president's supporters are civilians)
			groupRoles, country = a.Roles, a.Country
		} else if a, ok := z.corefAt(p); ok && z.sent(p) == z.sent(h.start) && a.Kind != KindPerson && len(a.Roles) > 0 && z.hitStarting(p) == nil {
			// "el secretario general del SUTEP": an organisation named
			// before by that acronym or word
			groupRoles, country = a.Roles, a.Country
		} else if z.w(p)&wOrgHead != 0 && z.sent(p) == z.sent(h.start) {
			// "el dirigente de la Federación de Campesinos de Puno": of an
			// organisation read from its head noun, its roles and country
			if _, rs, c, ok := z.orgNameAt(p, false); ok && len(rs) > 0 {
				groupRoles, country = rs, c
			} else if rs, c := z.memberBody(p); rs != nil {
				// "el presidente de la federación de estudiantes", "el
				// secretario general del sindicato de mineros": of a body
				// named by the people it gathers, their roles
				groupRoles, country = rs, c
			} else if !z.d.Tokens[p].Cap && z.w(p+1)&wOf == 0 && z.sent(p) == z.sent(h.start) && !z.namedAfter(p) {
				// "el dirigente de la federación": the organisation named
				// before with that head noun, else one we cannot tell,
				// whose leader is no government official
				groupRoles, country = z.orgBefore(p)
			}
		}
	}
	town := false // the country is that of a town or capital read after it
	// "al educador y periodista italiano", "el senador y ex presidente
	// chileno": two singular nouns of people joined with no determiner
	// before the second, closed by a singular demonym that agrees with
	// both, are one person holding both offices (one mention, both roles)
	if country == "" && org == nil && groupRoles == nil && !poss && !multi {
		if n, d := z.onePerson(h, end); d != nil {
			country, end = d.pat.form.Entity.Country, d.end
			groupRoles = append(append([]string(nil), e.Roles...), n.pat.form.Entity.Roles...)
		}
	}
	acr := -1 // the token of the agent's acronym in parentheses, when read
	// right: demonym ("fuerzas rusas"), complement ("tropas de Corea del Norte")
	if country == "" && org == nil && groupRoles == nil {
		if n := z.hitStarting(end); n != nil && n.pat.form.Kind == KindDemonym {
			country, end = n.pat.form.Entity.Country, n.end
			if m := z.hitStarting(end + 1); z.lang == "es" && z.w(end)&wConj != 0 && m != nil && m.pat.form.Kind == KindDemonym && m.pat.form.Entity.Country != country {
				coord = m // "las fuerzas rusas y bielorrusas": the second country's forces too
			}
			if c, ce := z.diasporaHome(h, end, coord); c != "" {
				// "las comunidades búlgara y moldava de la región": national
				// communities named with where they live are that place's
				country, end, coord = c, ce, nil
			}
		} else if n := z.hitStarting(end); n != nil && n.pat.form.Kind == KindNominal && z.lang == "es" && isoCountry(n.pat.form.Entity.Country) != "" && !z.nameWord(end) {
			country, end = isoCountry(n.pat.form.Entity.Country), n.end // "los diputados priistas": a party's, of its country
			if z.w(h.end-1)&wSpeaker != 0 {
				groupRoles = n.pat.form.Entity.Roles // "los dirigentes sandinistas" lead the party
			}
		} else if n := z.hitStarting(end); n != nil && z.lang == "es" && z.w(h.end-1)&wSpeaker != 0 && firstRole(e.Roles) == "CVL" && (n.pat.form.Kind == KindAgent || n.pat.form.Kind == KindNominal) && len(n.pat.form.Entity.Roles) > 0 && !slices.Contains(stateBodies, n.pat.form.Entity.Roles[0]) && n.pat.form.Entity.Roles[0] != "CVL" && !z.nameWord(end) {
			// "simpatizantes opositores", "militantes opositores": supporters
			// named by the group's adjective take its roles (not a state
			// body's: "seguidores oficialistas" back the government, are none of it)
			groupRoles, end = n.pat.form.Entity.Roles, n.end
		} else if rs := z.speakerAdjective(h, end); rs != nil {
			// "un portavoz policial", "el vocero militar": one who speaks
			// for the body the adjective names
			groupRoles, end = rs, end+1
		} else if n := z.hitStarting(end + 1); n != nil && n.pat.form.Kind == KindDemonym && z.lang == "es" && (z.plainWord(end) || z.adjectiveHit(end)) {
			country, end = n.pat.form.Entity.Country, n.end // "barcos pesqueros canadienses", "Policía Civil salvadoreña"
		} else if n := z.hitStarting(end); n != nil && n.pat.form.Kind == KindName && z.lang == "es" && !z.firstName(n) {
			country, end = n.pat.form.Entity.Country, n.end // "la Fuerza Aérea Argentina": a demonym written like the name
		} else if c, ce := z.ofCountry(end); c != "" && !(poss && f.Kind == KindAgent) {
			// (after a possessive the agent is the possessor's: "withdrew its
			// troops from Georgia", "retiró sus tropas de Georgia" name where
			// they leave)
			if f.Kind == KindAction {
				// "la invasión de Rusia de Ucrania": de + country is the author
				// only when a second complement names the other side
				if c2, _ := z.secondComplement(ce); c2 {
					country, end = c, ce
				}
			} else {
				country, end = c, ce
			}
		} else if _, c := z.memberBody(end - 1); c != "" && f.Kind == KindAgent && firstRole(e.Roles) == "LAB" && end == h.end {
			// "el sindicato de maestros de Honduras": a union named by the
			// people it gathers is of their country (the mention stays the
			// union's words)
			country = c
		} else if c, ce := z.ofCountry(end + 1); c != "" && z.lang == "es" && f.Kind != KindAction && !poss && z.plainWord(end) && !z.d.Tokens[end].Cap && z.sent(end) == z.sent(h.start) {
			country, end = c, ce // "los funcionarios públicos de toda España", "los presos políticos de Cuba": past one adjective
		} else if c := z.ofDemonym(end); c != "" && f.Kind != KindAction {
			country = c // "doctors from two American aid groups" (the mention stays the agent's words)
		} else if c := z.ofOrgName(end); c != "" && f.Kind != KindAction {
			country = c // "alumnos de la Universidad Autónoma de México": the organisation's country (its own mention follows)
		} else if c, pe := z.ofPerson(end, len(e.Roles) > 0 && e.Roles[0] == "GOV"); c != "" && f.Kind != KindAction && f.Kind != KindTitle {
			country, end = c, pe // "el gobierno de Maduro", "the army of Assad"
		} else if o, oe := z.ofLinked(end); o != nil && f.Kind != KindAction {
			org, end = o, oe // "fighters from an al-Qaeda-linked group"
		} else if o, oe := z.ofOrg(end, firstRole(e.Roles)); o != nil && f.Kind != KindAction {
			org, end = o, oe
			if firstRole(e.Roles) == "LAB" && firm(o) {
				// "los trabajadores de Telefónica": a company's staff are
				// workers of the country they work in, not the company
				// (the company's home would be a guess that the story's
				// other agents inherit: left to the event's place)
				org = nil
			}
		} else if o, oe := z.ofOrg(of, firstRole(e.Roles)); o != nil && of != end && f.Kind != KindAction {
			org, end = o, oe // "el dirigente nacional de la COB": past the speaker's adjective
		} else if o, oe := z.unitOrg(end, firstRole(e.Roles)); o != nil && f.Kind != KindAction && f.Kind != KindTitle && len(e.Roles) > 0 {
			org, end = o, oe // "guerrilleros del Frente 33 de las FARC"
		} else if c, ce := z.inCountry(end); c != "" && !poss && (f.Kind == KindAgent || f.Kind == KindTitle) && firstRole(e.Roles) != "REF" {
			// (refugees and exiles are not of the country that hosts them:
			// "Lino Oviedo, refugiado en Brasil", "Syrian refugees in Turkey")
			// "a court in Tbilisi", "la policía en Caracas": a capital gives
			// the country but ends the mention (it is where the group is,
			// for the places stage to read); a country's name stays in it
			if o, oe := z.ofOrg(ce, firstRole(e.Roles)); o != nil && !(firstRole(e.Roles) == "LAB" && firm(o)) {
				// "la oficina en México del Alto Comisionado de la ONU",
				// "the office in Kabul of the Red Cross": the organisation
				// owns the office, the place is only where it sits
				org, end = o, oe
			} else {
				country = c
				if !z.capitalAt(end) {
					end = ce
					town = true
				}
			}
		} else if ne := z.officeName(end); ne > end && f.Kind == KindAgent && !poss && z.capitalAt(ne) {
			// "the Ministry of Commerce in Beijing", "la Secretaría de
			// Relaciones Exteriores en Ciudad de México": past the office's
			// own name, the capital where it sits gives the country (the
			// mention stays the head)
			if c, _ := z.inCountry(ne); c != "" {
				country = c
			}
		} else if c, ce := z.portfolioCountry(end); c != "" && (f.Kind == KindAgent || f.Kind == KindTitle) && !poss && firstRole(e.Roles) == "GOV" && (f.Plural && z.w(ce)&wConj != 0 || z.lang == "en") {
			// "los ministros de Agricultura de Colombia y Venezuela", "the
			// ministers of Trade of Peru and Chile": past the office's
			// portfolio, the first country whose office it is (the second
			// names the other holders)
			country, end = c, ce
		} else if c, _ := z.portfolioCountry(end); c != "" && f.Kind == KindTitle && !f.Plural && !poss && firstRole(e.Roles) == "GOV" && z.lang == "es" {
			// "la ministra de Seguridad de Argentina": the one holder's
			// country; the country's name stays a mention of its own, the
			// place the coder reads for the actors around it
			country = c
			if ne := z.officeName(end); ne > end {
				if z.w(ne-1)&wOf != 0 {
					ne--
				}
				end = ne // (the title keeps its portfolio: "de Seguridad")
			}
		} else if c := z.sharedDemonym(h, end); c != "" {
			country = c // "los indígenas y campesinos ecuatorianos", "... de Ecuador": the country qualifies both
		} else if c := z.pluralDemonymAfter(h, end); c != "" {
			country = c // "la policía y el ejército peruanos": a plural demonym after two singular nouns qualifies both
		} else if o, _ := z.sharedOrg(h, end); o != nil && f.Kind != KindAction && !(firstRole(e.Roles) == "LAB" && firm(o)) {
			org = o // "los periodistas y técnicos de la BBC": the organisation owns both (the mention stays the first noun)
		} else if c, pe := z.placeComplement(end, f, start); c != "" {
			country = c // "the mayor of Nablus", "los vecinos de Goma": a town below the country
			town = true
			if f.Kind == KindTitle {
				end = pe // (the place is part of the title, as below)
			}
		} else if c, fe := z.flagOf(end); c != "" && (f.Kind == KindAgent || f.Kind == KindNominal || f.Kind == KindQual && len(e.Roles) > 0) {
			country, end = c, fe // "un pesquero de bandera china": the vessel's flag
		} else if c := z.ofNounDemonym(end); c != "" && f.Kind != KindAction {
			country = c // "los vecinos del enclave tayiko de Vorukh" (the mention stays the agent's words)
		} else if f.Kind == KindAgent || f.Kind == KindTitle {
			// a name in between: "Agencia de Noticias Central ... de Corea del Norte";
			// not in a headline in capitals, where every word looks like one
			// ("ESTUDIANTES PROTESTAN EN LA CAPITAL DE BAHREIN")
			q := end
			for q < len(z.d.Tokens) && q < end+4 && capWord(z.d.Tokens[q].Text) && z.hitStarting(q) == nil && z.sent(q) == z.sent(h.start) && !z.capsSentence(q) && !z.titleVerb(q) {
				q++
			}
			// (and past the body's acronym: "el Tribunal Supremo Electoral
			// (TSE) de Bolivia", which "el TSE" names later)
			a := -1
			if toks := z.d.Tokens; q+3 < len(toks) && toks[q].Text == "(" && toks[q+2].Text == ")" && allCaps(toks[q+1].Text) && len(toks[q+1].Text) > 1 && z.sent(q+3) == z.sent(h.start) {
				a, q = q+1, q+3
			}
			if q > end {
				if c, ce := z.ofCountry(q); c != "" {
					country, end, acr = c, ce, a
				}
			}
			if country == "" && f.Kind == KindAgent && end < len(z.d.Tokens) && capWord(z.d.Tokens[end].Text) && z.hitStarting(end) == nil && z.sent(end) == z.sent(h.start) && !z.nameAt(end) && !z.capsSentence(end) && !z.titleVerb(end) {
				// "el diario La Razón", "the newspaper Kommersant": the agent's own name
				q := end
				for q < len(z.d.Tokens) && q < end+4 && capWord(z.d.Tokens[q].Text) && z.hitStarting(q) == nil && z.w(q)&(wOf|wConj|wLoc) == 0 && !z.titleVerb(q) {
					q++
				}
				end = q
			}
			if country == "" && f.Kind == KindTitle && z.w(end)&wOf != 0 {
				// "el gobernador de Táchira, Freddy Bernal": a place below the
				// country is part of the title
				q := end + 1
				for q < len(z.d.Tokens) && q < end+4 && capWord(z.d.Tokens[q].Text) && z.hitStarting(q) == nil && z.w(q) == 0 {
					q++
				}
				if q > end+1 {
					end = q
				}
			}
			if country == "" && z.w(end)&wOf != 0 {
				// "los medios estatales de los países": owned by several, not by one country
				p := end + 1
				if z.w(p)&wDet != 0 {
					p++
				}
				owned = p < len(z.d.Tokens) && strings.HasSuffix(z.folds[p], "s") && z.w(p-1)&wDet != 0
			}
		}
	}
	if country == "" && org == nil && !poss && isoCountry(e.Country) != "" {
		country = isoCountry(e.Country) // "los sandinistas": a party's people, of its country
	}
	// a title or agent right before a named person or organisation is an
	// apposition: the name stands for the actor ("el presidente ruso Vladimir Putin")
	nx := end
	comma := nx < len(z.d.Tokens) && z.d.Tokens[nx].Text == ","
	if comma {
		nx++
	} else if c, ce := z.inCountry(nx); c != "" && country != "" && (f.Kind == KindTitle || f.Kind == KindAgent) && !f.Plural && ce < len(z.d.Tokens) && z.d.Tokens[ce].Text == "," && z.sent(ce) == z.sent(h.start) {
		// "el embajador de Estados Unidos en Colombia, William Wood": past
		// the country where the office is held, the name after the comma
		// is still its holder's
		if n := z.hitStarting(ce + 1); n != nil && n.pat.form.Kind == KindPerson || n == nil && z.nameAt(ce+1) {
			nx, comma = ce+1, true
		}
	}
	// (after a comma, a plural agent is one of a list: "Kurdish fighters,
	// Houthi rebels and Taliban fighters")
	// (nor is an organisation after a comma whose roles the agent's
	// exclude: "Sudan Army, RSF Agree", "el Ejército, las FARC y el ELN")
	if n := z.hitStarting(nx); n != nil && (n.pat.form.Kind == KindPerson || n.pat.form.Kind == KindOrg) && !(comma && f.Plural && f.Kind == KindAgent) && !(comma && n.pat.form.Kind == KindOrg && otherRoles(e.Roles, n.pat.form.Entity.Roles)) {
		if a, ae, ok := z.groupGovernment(h, start, n, comma); ok {
			z.add(a)
			return ae
		}
		return nx
	}
	if _, ok := z.coref(nx); ok && (f.Kind == KindTitle || f.Kind == KindAgent) {
		return nx // "el líder norcoreano Kim": the surname stands for it
	}
	if country == "" && org == nil {
		switch f.Kind {
		case KindAction:
			return h.end
		case KindQual:
			// "47 personas", "miles de personas", "hundreds of people": a
			// counted group of people is an actor without a country
			if len(e.Roles) == 0 || !z.quantified(h.start) && !z.relativeAfter(h) && !z.indefinitePeople(h.start) {
				return h.end
			}
		case KindNominal:
			// "los militares", "unos desconocidos", "Encapuchados quemaron": an
			// adjective standing as a noun; after a noun it qualifies it
			// ("operación militar", "motivos desconocidos")
			if !doers && !z.nounPosition(h.start) {
				return h.end
			}
			if n := z.hitStarting(h.end); n != nil && (n.pat.form.Kind == KindAgent || n.pat.form.Kind == KindOrg) {
				return h.end // "la uniformada policía": an adjective before its noun
			}
			if z.lang == "en" && z.englishAdjective(h.end) {
				return h.end // "the weekly market", "daily protests": an adjective before its noun
			}
		}
	}
	roles := e.Roles
	if groupRoles != nil {
		roles = groupRoles
	}
	kind := "agent"
	if f.Kind == KindAction {
		kind = KindAction // "Israeli shelling": an act that names its author
	} else if doers || f.Kind == KindAgent && h.end == h.start+1 && (start == h.start || z.lang != "es") && z.qualifiesAct(h) {
		// "huelga magisterial", "un paro campesino": the act's doers, told
		// by its adjective
		kind = KindRelational
	}
	if country == "" && org == nil && groupRoles == nil && !poss && !multi && f.Kind == KindAgent && len(e.Roles) > 0 && placeFolkRoles[e.Roles[0]] {
		// "Turkana herders", "Mandera residents", "Pokot raiders": an
		// English place name before the noun says whose people they are
		if c := z.placeBefore(h.start); c != "" {
			country, town = c, true
		}
	}
	if country == "" && org == nil && groupRoles == nil && !poss && !multi && (f.Kind == KindAgent || f.Kind == KindTitle) && len(e.Roles) > 0 {
		// "Misrata's armed brigades", "Benghazi's police": a town's
		// genitive before the noun says whose they are
		if c := z.placeGenitive(start); c != "" {
			country, town = c, true
		}
	}
	src := f.Source
	if town {
		src = SourceTown + src
	}
	if org == nil && country == "" && groupRoles == nil && !poss && !multi && (f.Kind == KindAgent || f.Kind == KindTitle) && end == h.end {
		// "a commander of the group", "a spokesman for the movement",
		// "un comandante del grupo": one who leads or speaks for the
		// armed group or NGO that "the group" refers back to is coded as
		// that group, not as an officer of the story's state
		if ant, ae := z.ofGroupRef(end); ant != nil {
			z.addAs(start, ae, h, ant, "coref:")
			return ae
		}
	}
	if org != nil {
		// "UN troops", "NATO peacekeepers": the armed force of an
		// organisation with no role of its own is its military (role
		// MIL), coded as the organisation itself, as gold-format.md codes
		// an organisation and its bodies ("IGOUNO", "IGOEU": an
		// organisation's code is its whole actor key)
		oroles := org.Roles
		coded := org.Roles
		if len(oroles) == 0 && len(roles) == 1 && roles[0] == "MIL" {
			oroles = roles
		}
		if a := z.namedBefore(start, h, org.Country, oroles); a != nil {
			// "James Doe, portavoz de Greenpeace": the person speaks for
			// the organisation and is coded like it
			z.add(*a)
			z.rememberName(&z.out[len(z.out)-1], z.d.TokenAt(a.Head.Start), z.d.TokenAt(a.Head.End-1)+1)
			return end
		}
		a := z.mention(start, end, h, org.Country, oroles, KindOrg)
		a.Code = z.code(org.Country, coded)
		a.Name, a.Entity, a.Source = org.Name, org.ID, org.Source
		z.add(a)
		// ("la guerrilla étnica del Ejército de Arakan (AA)": the
		// organisation's acronym names it later on)
		return z.acronym(end)
	}
	unknownName := (f.Kind == KindTitle || f.Kind == KindAgent) && !z.capsSentence(h.start)
	if country == "" && poss && (z.counselAt(h) || z.w(h.end-1)&wSpeaker != 0 && len(e.Roles) > 0 && e.Roles[0] != "CVL") {
		// "Sus defensores presentaron un amparo", "his lawyers said": one
		// who acts in law for the actor the possessive stands for acts as
		// that actor, not as a court; so does a person's spokesman ("el
		// opositor ... su portavoz"), not a state body's own
		if ant := z.salient(start); ant != nil && ant.Country != "" && len(ant.Roles) > 0 && (z.counselAt(h) || ant.Kind == KindPerson) {
			z.addAs(start, end, h, ant, "counsel:")
			return end
		}
	}
	if country == "" && f.Kind == KindTitle && !multi {
		// "the agency's director general": an office right after the
		// genitive of a mention of a body of no country is that body's
		if ant := z.ownerBefore(start); ant != nil {
			z.addCoref(ant, start, end, h.start, h.end)
			return end
		}
	}
	if country == "" && poss && f.Kind == KindTitle {
		// "La OEA ... dijo que su secretario general ha tomado contacto
		// con el canciller": an office after a possessive, in a sentence
		// opened by an organisation of no country, is that organisation's
		if org := z.openingOrg(start); org != nil {
			a := z.mention(start, end, h, "", org.Roles, "pronoun")
			a.Code = org.Code
			a.Name, a.Entity = org.Name, org.Entity
			a.Source = z.concat("coref:", org.Name)
			z.add(a)
			return end
		}
	}
	if country == "" && poss && firstRole(e.Roles) == "MED" && groupRoles == nil {
		// "suspended the broadcasts of Deutsche Welle and expelled its
		// correspondent": a journalist after a possessive is of the media
		// outlet named last in its sentence or the one before
		if ant := z.lastOutlet(start); ant != nil {
			z.addCoref(ant, start, end, h.start, h.end)
			return end
		}
	}
	if country == "" && poss {
		if ant := z.salient(start); ant != nil && ant.Country != "" {
			country = ant.Country
			src = z.concat("coref:", ant.Name)
			kind = "pronoun"
			// "Torrico anunció que sus seguidores ...": the supporters of
			// a party's or group's leader take its roles (not a state
			// body's: "sus seguidores" of a president are civilians)
			if z.w(h.end-1)&wSpeaker != 0 && firstRole(e.Roles) == "CVL" && groupRoles == nil && len(ant.Roles) > 0 && !slices.Contains(stateBodies, ant.Roles[0]) && ant.Roles[0] != "CVL" && ant.Roles[0] != "ELI" {
				roles = ant.Roles
			}
			// "The LNA said its sailors had fired": those who serve in a
			// force (kind crew) take its roles; a shipping firm's stay civilians
			if groupRoles == nil && slices.Contains(z.r.crews[z.lang][strings.Join(z.folds[h.start:h.end], " ")], firstRole(ant.Roles)) {
				roles = ant.Roles
			}
		}
	}
	if country == "" && f.Kind == KindAgent && !multi && !poss && !owned && groupRoles == nil && len(roles) > 0 && insurgentRoles[roles[0]] &&
		z.w(start)&wDet != 0 && z.groupNoun(h) && !z.nameAt(nx) {
		// "the militant group", "el grupo armado": a definite armed group
		// named by its kind is the last armed group the story named ("the
		// Islamic State ... its campaign against the militant group")
		if o := z.lastArmedGroup(); o != nil {
			z.addCoref(o, start, end, h.start, h.end)
			return end
		}
	}
	if country == "" && z.lang == "en" && f.Kind == KindAgent && !multi && !poss && !owned && groupRoles == nil && h.end == h.start+1 && !z.nameAt(nx) &&
		(z.w(start)&wDet != 0 || h.end < len(z.folds) && z.sent(h.end) == z.sent(h.start) && (z.folds[h.end] == "members" || z.folds[h.end] == "member")) {
		// "The U.N. Security Council renewed ... urged the council to",
		// "urged council members to": a body named again by its name's
		// head noun alone is the organisation of no country named before
		// with it
		if o := z.bodyNamedBefore(h.start); o != nil {
			z.addCoref(o, start, end, h.start, h.end)
			return end
		}
	}
	if country == "" && f.Kind == KindTitle && !multi && !z.nameAt(nx) && !z.apposition(start, h) {
		// "el presidente": the last person met holding that role
		if ant := z.lastPersonAt(roles, "", z.local(h.start, h.end)); ant != nil {
			z.addCoref(ant, start, end, h.start, h.end)
			return end
		}
		// "the IAEA director general said ... The director general
		// urged": an office of an organisation or country named with
		// its holder's body is that body's when named again alone
		if ant := z.lastTitled(h.start, h.end); ant != nil {
			z.addCoref(ant, start, end, h.start, h.end)
			return end
		}
	}
	if country == "" && pair && !owned {
		// "ambos sindicatos" after two unions of Chile: they are Chilean
		country = z.pairCountry(roles, start)
		if country != "" {
			src = SourcePaired + src
		}
	}
	if country == "" && groupRoles == nil && !poss && !multi && !owned && f.Kind == KindAgent && firstRole(roles) == "JUD" && z.w(h.end-1)&wBench != 0 && z.w(h.start-1)&wIndef == 0 && !z.nameAt(nx) {
		// "The International Court of Justice ruled ... the judges
		// rejected": a court or its judges with no country of their own
		// after an international court are that court
		if o := z.courtBefore(); o != nil {
			z.addCoref(o, start, end, h.start, h.end)
			return end
		}
	}
	if country == "" && !poss && !multi && !owned && groupRoles == nil && f.Kind == KindAgent && !f.Plural && z.w(start)&wDet != 0 && len(roles) > 0 && institutionRoles[roles[0]] && !z.nameAt(nx) {
		// "el Ministerio de Asuntos Exteriores ... las autoridades de
		// Nigeria ... el ministerio negó": a state body named again by its
		// head noun alone is the last one so named, not the last body of
		// its role; so is an organisation of no country ("the Security
		// Council ... the council"). One named in its own sentence is
		// another ("el gobierno estatal de Oaxaca acusó al gobierno
		// federal").
		if ant := z.lastTitled(h.start, h.end); ant != nil && (ant.Country != "" && firstRole(ant.Roles) == roles[0] || ant.Country == "" && ant.Kind == KindOrg) && z.d.SentenceOf(ant.Start) < z.sent(start) && !z.envoy(ant) && !z.bracketCredit(ant) {
			z.addCoref(ant, start, end, h.start, h.end)
			return end
		}
	}
	guessed := false
	if country == "" && !poss && !multi && !owned && (f.Kind == KindAgent || f.Kind == KindQual) && len(roles) > 0 && residentRoles[roles[0]] && z.quantified(start) {
		// "arrested three men in the coastal town of Eyl", "killed five
		// people in Kandahar": counted civilians placed right after are of
		// that place's country, not of one named paragraphs before
		if c := z.placeRightAfter(end); c != "" {
			country, guessed = c, true
		}
	}
	if country == "" && !poss && !multi && !owned && e.Country == UnknownCountry && groupRoles == nil {
		// "donors", "los donantes": an agent of no country the text
		// names keeps its country unknown ("---GOV"), none guessed from
		// the story
		country = UnknownCountry
	}
	if country == "" && !poss && !multi && !owned && (f.Kind != KindTitle || !f.Plural) {
		var near bool
		country, near = z.inheritNear(roles, start)
		guessed = country != ""
		if near && f.Kind == KindQual {
			// "Israeli troops killed five people in the West Bank": a
			// counted group takes the country of the actor before it, often
			// the one who struck it; the event coder may know better
			src = SourceNear + src
		}
		if country != "" && f.Kind == KindAgent && firstRole(roles) == "COP" && !strings.HasPrefix(src, SourceNear) {
			// "fue detenido en un hotel de Cancún por agentes", "police
			// arrested him in Goma": police act only in their own country,
			// so the event's place may overrule the guess
			src = SourceInherited + src
		}
		if country != "" && f.Kind == KindRelational {
			// "una huelga magisterial" in a story that named Algeria
			// first: a guess the event's place may overrule
			src = SourceInherited + src
		}
	}
	if f.Kind == KindTitle && country != "" || z.apposition(start, h) {
		// "Babagana Umara Zulum, gobernador de Borno", "Juan Quispe,
		// dirigente de los cocaleros": a name before the title
		if a := z.namedBefore(start, h, country, roles); a != nil {
			if guessed {
				// "Juan Pérez, vocero del sindicato," with no country of its
				// own: the one guessed from the context is one the event's
				// place may overrule, here and for later surnames
				a.Source = SourceInherited + a.Source
			}
			z.add(*a)
			z.rememberName(&z.out[len(z.out)-1], z.d.TokenAt(a.Head.Start), z.d.TokenAt(a.Head.End-1)+1)
			return end
		}
	}
	if unknownName && !comma && f.Kind == KindAgent && !f.Plural && z.titledAgent(h) {
		// "House Judiciary Chairwoman Jane Roe": an agent inside a longer
		// name we do not know, before a title: neither is the actor
		if h.start > 0 && z.sent(h.start-1) == z.sent(h.start) && capWord(z.d.Tokens[h.start-1].Text) && z.w(h.start-1)&(wDet|wIndef|wPoss|wOf|wConj|wLoc|wStop) == 0 && !z.covered(h.start-1) {
			return h.end
		}
		// "Commission Chairman Anthony Dove", "Senate President Jane Roe":
		// the agent tells the office of the person named after the title
		nx = h.end + 1
		if t := z.hitStarting(h.end); t != nil {
			nx = t.end
		}
	}
	// "el coordinador de la oficina para los desplazados, César García,":
	// people named after a preposition of purpose or opposition are whom
	// a body serves, and a name after them is no member of theirs
	served := false
	if f.Plural && comma {
		p := start - 1
		if p >= 0 && z.w(p)&wDet != 0 {
			p--
		}
		served = p >= 0 && z.sent(p) == z.sent(h.start) && z.w(p)&wOrgLink != 0 && !z.d.Tokens[p].Cap
	}
	if unknownName && !served {
		// "el ministro ruso Ivan Petrov", "Interior Minister Kipchumba Murkomen",
		// "el presidente Chávez"
		pcountry, proles, appos := country, roles, false
		if (country == "" || guessed) && !poss && !multi {
			if ant := z.titleBeforeAppos(start); ant != nil {
				pcountry, appos = ant.Country, true
				if len(ant.Roles) > 0 {
					proles = ant.Roles
				}
			}
		}
		if a, ae := z.newPerson(h, nx, pcountry); a != nil {
			if appos && a.Entity == "" {
				a.Roles = proles
				a.Code = z.code(pcountry, proles)
			}
			if f.Plural {
				// "dos periodistas franceses, Georges Malbrunot y Christian
				// Chesnot": the group and each of the people named
				z.add(z.mention(start, end, h, country, roles, kind))
				z.out[len(z.out)-1].Source = src
			}
			z.add(*a)
			z.rememberWords(&z.out[len(z.out)-1], z.d.TokenAt(a.Start), ae)
			for f.Plural && ae < len(z.d.Tokens) && (z.w(ae)&wConj != 0 || z.d.Tokens[ae].Text == ",") {
				b, be := z.newPerson(h, ae+1, country)
				if b == nil {
					break
				}
				z.add(*b)
				z.remember(&z.out[len(z.out)-1], ae+1, be)
				ae = be
			}
			return ae
		}
	}
	if acr < 0 && f.Kind == KindAgent && (country != "" || len(roles) > 0) {
		// "la Fiscalía General de la República (FGR)": the rest of the
		// body's name and its acronym are the mention's, and the acronym
		// names the body later on
		if acr = z.trailingAcronym(end); acr >= 0 {
			end = acr + 2
		}
	}
	a := doc.Actor{
		Span: z.span(start, end), Code: z.code(country, roles), Name: e.Name, Country: isoCountry(country),
		Roles: roles, Kind: kind, Entity: e.ID, Source: src, Head: z.span(h.start, h.end),
	}
	if a.Code == "" && groupRoles != nil && len(groupRoles) == 0 {
		return end // the leader of an organisation we cannot tell, in no known country: no actor
	}
	if multi && country == "" {
		// "Western embassies": several countries, none to be guessed later
		// from the story's place
		a.Source = SourceMulti + src
	}
	if f.Kind == KindTitle && country != "" {
		// "el mandatario ruso": the person met earlier, when there is one
		if ant := z.lastPersonAt(roles, country, z.local(h.start, h.end)); ant != nil {
			a.Name, a.Entity = ant.Name, ant.Entity
			a.Source = z.concat("coref:", ant.Name)
		}
	}
	z.add(a)
	if acr >= 0 {
		z.rememberFold(z.tokenTextFold(acr), &z.out[len(z.out)-1])
	}
	if coord != nil && f.Kind != KindTitle {
		b := a
		b.Span = z.span(coord.start, coord.end)
		b.Country = coord.pat.form.Entity.Country
		b.Code = z.code(b.Country, roles)
		b.Head = a.Head
		z.add(b)
		return coord.end
	}
	return end
}

// verbReading reports an English one-word agent in -s that reads as a
// verb in the present: right after a relative pronoun or another actor,
// right before a determiner or possessive ("the battalion, which guards
// the camps", "The army patrols the border", "Russia forces the issue").
func (z *resolver) verbReading(h *hit) bool {
	if z.lang == "es" || h.end != h.start+1 || h.start == 0 || !strings.HasSuffix(z.folds[h.start], "s") || z.d.Tokens[h.start].Cap {
		return false
	}
	if h.end >= len(z.d.Tokens) || z.sent(h.end) != z.sent(h.start) || z.sent(h.start-1) != z.sent(h.start) || z.w(h.end)&(wDet|wPoss) == 0 {
		return false
	}
	return z.w(h.start-1)&wRel != 0 || z.hitEnding(h.start-1) != nil && z.w(h.start-1)&wDet == 0
}

// courtBefore returns the international court the latest court named
// before is ("the International Court of Justice", "the court" told of it
// since), or nil when none was or a court of a country was named since
// ("Malaysia's highest court").
func (z *resolver) courtBefore() *doc.Actor {
	for k := len(z.out) - 1; k >= 0; k-- {
		o := &z.out[k]
		if o.Kind == KindOrg && z.r.courts[o.Entity] {
			return o
		}
		if o.Country != "" && firstRole(o.Roles) == "JUD" {
			return nil
		}
	}
	return nil
}

// SourceNear begins the Source of a counted group of people ("five
// people", "23 personas") whose country is that of the nearest actor
// before it in its sentence, not its own: the event coder gives victims of
// an act of force the country where it happened instead.
const SourceNear = "near:"

// SourceInherited begins the Source of a relational adjective's doers
// ("huelga magisterial", "union repression") whose country was inherited
// from the context, not named: the event coder gives them the country of
// the event's place when it knows one.
const SourceInherited = "inherited:"

// SourceTown begins the Source of an agent whose country is that of a
// town or capital named right after it ("el alcalde de Pereira", "la
// policía en Caracas"): a place of the story the places stage may not list.
const SourceTown = "town:"

// SourcePeople begins the Source of a plural demonym standing as a noun
// ("los serbios", "miles de palestinos", "Costarricenses protestarán"): the
// people of a country, not its state, so the event coder does not read it
// as the country's government in diplomatic acts as it does a country's
// name.
const SourcePeople = "people:"

// SourceMulti begins the Source of an agent that stands for several
// countries ("Western embassies", "both governments" with none named): no
// country is to be given to it later. The dictionary row follows it.
const SourceMulti = "multi:"

// counselAt reports an agent hit with a word of one who acts in law for a
// client ("abogados", "lawyer", "equipo de defensa").
func (z *resolver) counselAt(h *hit) bool {
	for t := h.start; t < h.end; t++ {
		if z.w(t)&wCounsel != 0 {
			return true
		}
	}
	return false
}

// SourcePaired begins the Source of an agent told as a pair ("ambos
// sindicatos", "the two governments") whose country is the one country of
// the two like actors named before it, not written in the mention: the
// event coder may read the pair as the story's two sides instead.
const SourcePaired = "paired:"

// SourceOrgName begins the Source of an organisation read from its
// capitalised name ("la Federación Nacional Campesina (FNC)"), its Name
// the name as written: two such of different names are two parties.
const SourceOrgName = "orgname:"

// facedInstitution reports whether an institution of a country (its
// parliament, government offices, courts) stands after a preposition of a
// gathering's place: "protesters gathered outside parliament", "se
// concentraron frente al Congreso". People gather there to address the
// institution, which is then the other party, not only a place.
func (z *resolver) facedInstitution(tok int, roles []string) bool {
	if len(roles) == 0 {
		return false
	}
	switch roles[0] {
	case "GOV", "LEG", "JUD":
	default:
		return false
	}
	p := tok - 1
	if z.w(p)&wDet != 0 {
		p--
	}
	// "marcharon hacia la sede del Ministerio", "frente al palacio de
	// gobierno": the building the institution sits in, as locative
	// passes over it
	if z.w(p)&wArea != 0 && p > 0 && z.sent(p) == z.sent(tok) && !capWord(z.d.Tokens[p].Text) {
		p--
		if z.w(p)&wDet != 0 {
			p--
		}
	}
	return p >= 0 && z.sent(p) == z.sent(tok) && z.w(p)&wFacing != 0
}

// sharedDemonym returns the country of a Spanish demonym, or of a country
// after "de"/"of", that closes a coordination of two plural nouns of people
// and so qualifies both: "los indígenas y campesinos ecuatorianos",
// "estudiantes y trabajadores de Chile", "teachers and students of Chile"
// (the first noun, at h, ends at tok).
func (z *resolver) sharedDemonym(h *hit, tok int) string {
	f := h.pat.form
	if !f.Plural || (f.Kind != KindAgent && f.Kind != KindNominal) || z.w(tok)&wConj == 0 {
		return ""
	}
	ne, roles, known := z.pluralConjunct(h, tok)
	if ne < 0 {
		return ""
	}
	if d := z.hitStarting(ne); z.lang == "es" && d != nil && d.pat.form.Kind == KindDemonym && d.pat.form.Plural {
		return d.pat.form.Entity.Country
	}
	// "los indígenas y campesinos de Bolivia", "teachers and students of
	// Chile": so does a country after "de", "of", when both groups stand on
	// one side, of the state or not ("un tiroteo entre delincuentes y
	// policías de México": only the police are named Mexican)
	if c, _ := z.ofCountry(ne); c != "" && (!known || stateSide(f.Entity.Roles) == stateSide(roles)) {
		return c
	}
	return ""
}

// pluralDemonymAfter returns the country of a Spanish plural demonym
// that closes a coordination of two singular nouns of people or bodies
// ("la policía y el ejército peruanos", "el gobierno y el parlamento
// chilenos"): agreeing with neither alone, it qualifies both (the first
// noun, at h, ends at tok).
func (z *resolver) pluralDemonymAfter(h *hit, tok int) string {
	f := h.pat.form
	if z.lang != "es" || f.Plural || (f.Kind != KindAgent && f.Kind != KindTitle) || len(f.Entity.Roles) == 0 || z.w(tok)&wConj == 0 {
		return ""
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	n := z.hitStarting(p)
	if n == nil || n.pat.form.Plural || (n.pat.form.Kind != KindAgent && n.pat.form.Kind != KindTitle) || z.sent(n.start) != z.sent(h.start) {
		return ""
	}
	if d := z.hitStarting(n.end); d != nil && d.pat.form.Kind == KindDemonym && d.pat.form.Plural && z.sent(d.start) == z.sent(h.start) {
		return d.pat.form.Entity.Country
	}
	return ""
}

// onePerson reads, after the Spanish singular noun of people at h ending
// at tok, a conjunction, a second singular noun of people and a singular
// demonym ("educador y periodista italiano"): a plural demonym, or a
// determiner before the second noun, would make them two ("la policía y
// el ejército peruanos"). It returns the second noun and the demonym.
func (z *resolver) onePerson(h *hit, tok int) (*hit, *hit) {
	f := h.pat.form
	if z.lang != "es" || f.Plural || (f.Kind != KindAgent && f.Kind != KindTitle) || len(f.Entity.Roles) == 0 || z.w(tok)&wConj == 0 {
		return nil, nil
	}
	n := z.hitStarting(tok + 1)
	if n == nil || n.pat.form.Plural || (n.pat.form.Kind != KindAgent && n.pat.form.Kind != KindTitle) || len(n.pat.form.Entity.Roles) == 0 || z.sent(n.start) != z.sent(h.start) {
		return nil, nil
	}
	d := z.hitStarting(n.end)
	if d == nil || d.pat.form.Kind != KindDemonym || d.pat.form.Plural || z.sent(d.start) != z.sent(h.start) {
		return nil, nil
	}
	return n, d
}

// pluralConjunct reads the second of two plural nouns of people joined by
// the conjunction at tok, after the first at h, with no determiner and
// nothing else between: a dictionary noun or adjective of people, or a
// plain lower-case plural word the dictionaries do not know ("periodistas
// y técnicos"). It returns the token after it (-1 when there is none), its
// roles and whether it is a dictionary one.
func (z *resolver) pluralConjunct(h *hit, tok int) (int, []string, bool) {
	f := h.pat.form
	if !f.Plural || (f.Kind != KindAgent && f.Kind != KindNominal) || z.w(tok)&wConj == 0 {
		return -1, nil, false
	}
	if n := z.hitStarting(tok + 1); n != nil {
		if !n.pat.form.Plural || (n.pat.form.Kind != KindAgent && n.pat.form.Kind != KindNominal) || z.sent(n.start) != z.sent(h.start) {
			return -1, nil, false
		}
		return n.end, n.pat.form.Entity.Roles, true
	}
	p := tok + 1
	if p < len(z.d.Tokens) && z.sent(p) == z.sent(h.start) && z.plainWord(p) && !z.d.Tokens[p].Cap && len(z.folds[p]) > 3 && strings.HasSuffix(z.folds[p], "s") {
		return p + 1, nil, false
	}
	return -1, nil, false
}

// sharedOrg returns the organisation named after "de"/"of" that closes a
// coordination of two plural nouns of people and so owns both: "los
// periodistas y técnicos de la BBC", "journalists and technicians of the
// BBC" (the first noun, at h, ends at tok), when both stand on the side of
// the organisation, of the state or not ("manifestantes y agentes de la
// Policía Nacional": only the agents are the force's).
func (z *resolver) sharedOrg(h *hit, tok int) (*Entity, int) {
	ne, roles, known := z.pluralConjunct(h, tok)
	if ne < 0 {
		return nil, 0
	}
	o, oe := z.ofOrg(ne, firstRole(h.pat.form.Entity.Roles))
	if o == nil {
		return nil, 0
	}
	side := stateSide(h.pat.form.Entity.Roles)
	if known && stateSide(roles) != side || !known && stateSide(o.Roles) != side {
		return nil, 0
	}
	return o, oe
}

// armedRoles are the roles of men under arms, who often fight away from
// home: "soldiers in Nablus" are not the town's.
// forceRoles are the roles of a state's forces, whose ranks are shared
// ("comandante", "commander" are MIL by themselves).
var forceRoles = map[string]bool{"MIL": true, "COP": true}

var armedRoles = map[string]bool{"MIL": true, "REB": true, "UAF": true, "SEP": true, "INS": true}

// stateSide reports roles whose first is an organ of the state: its
// government, forces, police, courts, legislature or intelligence.
func stateSide(roles []string) bool {
	if len(roles) == 0 {
		return false
	}
	switch roles[0] {
	case "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
		return true
	}
	return false
}

// placeFolkRoles are the roles of people a place name before their noun
// places ("Turkana herders", "Gaza residents", "Pokot raiders"); not
// refugees, who are not of the place that hosts them ("Cox's Bazar
// refugees"), nor a state's bodies, whose country a place name in a
// body's name may not be.
var placeFolkRoles = map[string]bool{"CVL": true, "AGR": true, "CRM": true, "UAF": true, "REB": true, "SEP": true}

// placeBefore returns the country of an English place name written right
// before the noun at tok ("Turkana herders", "Mandera residents"): one or
// two capitalised words, no actor nor any word the dictionaries class,
// that the gazetteer places in one country (or whose major place is of
// one); "" otherwise. At the start of a sentence, where any word is
// capitalised, the name must be of one country only and a major place
// there: a village sharing its letters with a common word ("One
// protester", Onè in Italy) is no evidence.
func (z *resolver) placeBefore(tok int) string {
	pl := z.r.opts.Places
	if pl == nil || z.lang == "es" || tok < 1 {
		return ""
	}
	sent := z.sent(tok)
	p := tok
	for p > 0 && p > tok-2 && z.sent(p-1) == sent && z.d.Tokens[p-1].Kind == doc.Word && capWord(z.d.Tokens[p-1].Text) && z.w(p-1) == 0 && z.hitStarting(p-1) == nil && !z.covered(p-1) && !z.capsSentence(p-1) {
		p--
	}
	if p == tok || strings.HasSuffix(z.folds[tok-1], "'s") {
		return "" // "Uganda's herders": a possessive is read as one
	}
	return z.placeCountry(p, z.d.Text[z.d.Tokens[p].Start:z.d.Tokens[tok-1].End])
}

// placeCountry returns the country of the place name text whose first
// token is p, as placeBefore reads it.
func (z *resolver) placeCountry(p int, text string) string {
	all, major := z.r.opts.Places.CountriesOf(text)
	opens := z.sentenceStart(p) || z.afterDash(p)
	switch {
	case len(all) == 1 && (major != "" || !opens):
		return all[0]
	case len(all) > 1 && major != "" && !opens:
		return major
	}
	return ""
}

// placeGenitive returns the country of an English town's or region's
// name in the genitive right before the agent at tok, a place the
// gazetteer knows and no actor ("Misrata's armed brigades", "Benghazi's
// police"), read as placeBefore reads a name before the noun; "" when
// the word before tok is no such genitive (a person's or a country's is
// an actor of its own: "Haftar's forces", "Libya's army"), and when the
// place is no major one, as a surname may be a village's name.
func (z *resolver) placeGenitive(tok int) string {
	if z.r.opts.Places == nil || z.lang == "es" || tok < 1 || z.sent(tok-1) != z.sent(tok) {
		return ""
	}
	g := tok - 1
	t := z.d.Tokens[g].Text
	name, ok := strings.CutSuffix(t, "'s")
	if !ok {
		name, ok = strings.CutSuffix(t, "’s")
	}
	if !ok || name == "" || !capWord(name) || z.hitStarting(g) != nil || z.covered(g) || z.capsSentence(g) {
		return ""
	}
	p := g
	for p > 0 && p > g-2 && z.sent(p-1) == z.sent(g) && z.d.Tokens[p-1].Kind == doc.Word && capWord(z.d.Tokens[p-1].Text) && z.w(p-1) == 0 && z.hitStarting(p-1) == nil && !z.covered(p-1) {
		p--
	}
	// a person's surname in the genitive ("Smith's supporters") is
	// common: only a major place counts, one the article names as a place
	// elsewhere ("in Misrata", "near Misrata")
	if _, major := z.r.opts.Places.CountriesOf(z.d.Text[z.d.Tokens[p].Start:z.d.Tokens[g].Start] + name); major != "" && z.namedAsPlace(z.d.Tokens[p:g], name) {
		return major
	}
	return ""
}

// namedAsPlace reports whether the article writes the name of tokens
// first and then last after a locative preposition somewhere.
func (z *resolver) namedAsPlace(first []doc.Token, last string) bool {
	n := len(first) + 1
	for k := len(first); k < len(z.d.Tokens); k++ {
		if z.d.Tokens[k].Text != last || !z.locative(k-len(first)) {
			continue
		}
		same := true
		for i := range first {
			same = same && z.d.Tokens[k-n+1+i].Text == first[i].Text
		}
		if same {
			return true
		}
	}
	return false
}

// placeComplement reads a complement naming a town or a region after tok,
// a place this stage does not know but the places stage's gazetteer does:
// "the mayor of Nablus", "el gobernador de Táchira", "police in Goma".
// It returns the place's country and the token after its name. A name
// found in several countries takes the one the agent would inherit when
// that is one of them ("el alcalde de San Juan" in a story about
// Argentina), else the country of its major place. "in" counts for agents
// and titles that are not men under arms nor refugees (who are not of the
// place that hosts them: "refugees in Cox's Bazar"), "of" for every agent
// but military actions.
func (z *resolver) placeComplement(tok int, f *Form, start int) (string, int) {
	pl := z.r.opts.Places
	if pl == nil || f.Kind == KindAction || tok >= len(z.d.Tokens) {
		return "", 0
	}
	roles := f.Entity.Roles
	switch w := z.w(tok); {
	case w&wOf != 0:
	case w&wLoc != 0 && (f.Kind == KindAgent || f.Kind == KindTitle) && (len(roles) == 0 || !armedRoles[roles[0]] && roles[0] != "REF"):
	default:
		return "", 0
	}
	p := tok + 1
	// a capitalised article is part of the name ("en La Paz", "in El
	// Alto"): a lower-case one is not ("en la ciudad de ...")
	if z.w(p)&wDet != 0 && (p >= len(z.d.Tokens) || !capWord(z.d.Tokens[p].Text) || z.capsSentence(p)) {
		p++
	}
	// "of the northern West Bank city of Nablus", "de la ciudad cisjordana
	// de Nablus": a place word, then the name after a second "of"
	area := false
	for k := p; k < len(z.d.Tokens) && k < p+5 && z.sent(k) == z.sent(tok) && z.d.Tokens[k].Kind == doc.Word; k++ {
		w := z.w(k)
		if w&wOf != 0 {
			if area {
				p = k + 1
			}
			break
		}
		if w&wArea != 0 {
			area = true
		} else if w != 0 {
			break
		}
	}
	q := p
	for q < len(z.d.Tokens) && q < p+4 && z.sent(q) == z.sent(tok) && capWord(z.d.Tokens[q].Text) && z.hitStarting(q) == nil && z.w(q)&^wStop == 0 && !z.capsSentence(q) {
		q++
	}
	if q == p {
		return "", 0
	}
	all, major := pl.CountriesOf(z.d.Text[z.d.Tokens[p].Start:z.d.Tokens[q-1].End])
	// "Santiago de Cali", "San Salvador de Jujuy": a Spanish name that goes
	// on after "de" is another place than its first words
	if n := q + 1; z.lang == "es" && z.w(q)&wOf != 0 && n < len(z.d.Tokens) && z.sent(n) == z.sent(tok) && capWord(z.d.Tokens[n].Text) && z.w(n) == 0 && (z.hitStarting(n) == nil || z.longerCapital(n)) && !z.capsSentence(n) {
		q2 := n
		for q2 < len(z.d.Tokens) && q2 < n+3 && z.sent(q2) == z.sent(tok) && capWord(z.d.Tokens[q2].Text) && z.hitStarting(q2) == nil && z.w(q2)&^wStop == 0 {
			q2++
		}
		var all2 []string
		major2 := ""
		if q2 > n {
			all2, major2 = pl.CountriesOf(z.d.Text[z.d.Tokens[p].Start:z.d.Tokens[q2-1].End])
		}
		if len(all2) > 0 {
			all, major, q = all2, major2, q2
		} else if c, e := z.placeTail(n); c != "" {
			// "San José de Apartadó", "Comunidad de Paz de San José de
			// Apartadó": a longer name the gazetteer lacks is a place
			// of its last part's country, not its first words'
			all, major, q = []string{c}, c, e
		}
	}
	if len(all) == 0 {
		return "", 0
	}
	if len(all) > 1 || major == "" {
		// "los municipios de Santa Cruz, El Alto y La Paz": a name of
		// several countries' towns is the one the article's other places
		// speak for, read as the places stage reads them all together; so
		// is a small town the article has placed ("vecinos de Saravena"
		// after "el municipio de Saravena, en el departamento de Arauca")
		if c := z.earlyPlace(z.d.Tokens[p].Start, z.d.Tokens[q-1].End); c != "" && slices.Contains(all, c) {
			return c, q
		}
	}
	if len(all) > 1 || major == "" {
		if c := z.inherit(roles, start); c != "" {
			for _, a := range all {
				if a == c {
					return c, q
				}
			}
		}
	}
	if major == "" {
		return "", 0
	}
	return major, q
}

// placeRightAfter returns the country of the place the places stage reads
// after a locative preposition at token end, within six words and in the
// same sentence ("in Eyl", "in the coastal town of Eyl", "en Kandahar");
// "" otherwise.
func (z *resolver) placeRightAfter(end int) string {
	if end >= len(z.d.Tokens) || z.w(end)&wLoc == 0 {
		return ""
	}
	last := min(end+7, len(z.d.Tokens)) - 1
	for last > end && z.sent(last) != z.sent(end) {
		last--
	}
	if last <= end {
		return ""
	}
	z.earlyPlace(0, 0)
	from, to := z.d.Tokens[end].End, z.d.Tokens[last].End
	for i := range z.early {
		p := &z.early[i]
		if p.Start >= from && p.End <= to && isoCountry(p.Country) != "" {
			return p.Country
		}
	}
	return ""
}

// earlyPlace returns the country of the place the places stage reads in
// [start, end) when it chose it by the article's other places or by a
// qualifier ("Córdoba, Argentina"), not by size alone; else "".
func (z *resolver) earlyPlace(start, end int) string {
	if !z.earlyDone {
		z.earlyDone = true
		if ep, ok := z.r.opts.Places.(EarlyPlaces); ok {
			z.early = ep.Early(z.d)
		}
	}
	for i := range z.early {
		p := &z.early[i]
		if p.Start == start && p.End == end {
			return p.Country
		}
	}
	return ""
}

// sentenceEarly returns the country of the first place the places stage
// reads in tok's sentence, past a dateline, or "".
func (z *resolver) sentenceEarly(tok int) string {
	z.earlyPlace(0, 0)
	sp := z.d.Sentences[z.sent(tok)].Span
	for i := range z.early {
		// (not a dateline's place in capitals: "MADRID, 21 ene –")
		if p := &z.early[i]; p.Start >= sp.Start && p.End <= sp.End && p.Country != "" && !upperSpan(z.d.Text[p.Start:p.End]) {
			return p.Country
		}
	}
	return ""
}

// quantified reports whether a number or a word of quantity comes before
// tok: "47 personas", "cinco hombres", "miles de personas", "hundreds of
// people", "un grupo de personas". (The indefinite article is no word of
// quantity here: "una persona", "a man" stay uncounted.)
func (z *resolver) quantified(tok int) bool {
	p := tok - 1
	if p < 0 || z.sent(p) != z.sent(tok) {
		return false
	}
	if z.d.Tokens[p].Kind == doc.Number || z.w(p)&wQuant != 0 {
		return true // "47 personas", "cinco hombres"
	}
	if z.w(p)&wOf != 0 && p > 0 && z.sent(p-1) == z.sent(tok) {
		return z.d.Tokens[p-1].Kind == doc.Number || z.w(p-1)&wQuant != 0
	}
	return false
}

// indefinitePeople reports whether an indefinite determiner after the
// personal preposition comes right before tok: "secuestraron a una
// persona", "asesinaron a un hombre": someone unnamed, the object of the
// act, a civilian.
func (z *resolver) indefinitePeople(tok int) bool {
	p := tok - 1
	return p >= 1 && z.sent(p-1) == z.sent(tok) && z.w(p)&wIndef != 0 && z.w(p-1)&wPersonal != 0
}

// relativeAfter reports whether a definite noun of people is followed by
// a relative clause that picks out a group: "las personas que se disponían
// a firmar", "the men who attacked".
func (z *resolver) relativeAfter(h *hit) bool {
	if z.w(h.start-1)&wDet == 0 || h.end >= len(z.d.Tokens) || z.sent(h.end) != z.sent(h.start) {
		return false
	}
	return z.w(h.end)&wRel != 0
}

// nounPosition reports whether the word at tok stands where a noun does:
// it opens its sentence, or follows a function word, a number, a word of
// quantity or a punctuation mark ("los militares", "dos desconocidos"), or
// a conjunction after an agent ("civiles y militares"); not a noun it
// would qualify ("operación militar", "ayuda económica y militar").
func (z *resolver) nounPosition(tok int) bool {
	if tok == 0 || z.sentenceStart(tok) {
		return true
	}
	p := &z.d.Tokens[tok-1]
	w := z.w(tok - 1)
	switch {
	case p.Kind == doc.Number:
		return true
	case p.Kind == doc.Punct:
		// not after a closing quote or bracket: "el 'corralito' bancario";
		// nor a Spanish participle opening an apposition after a comma
		// ("los mineros, detenidos por la policía, ...": it qualifies them)
		if p.Text == "," && z.lang == "es" && participleEnding(&z.d.Tokens[tok]) {
			return false
		}
		return !strings.ContainsAny(p.Text, "\"'»”’)]")
	case w&(wOrgRef|wGroupRef|wArea|wLoc|wHolding) != 0, w&wOrgHead != 0 && !p.Cap && z.hitStarting(tok-1) == nil && !z.covered(tok-1):
		// (and a head noun of an organisation's name, lower-case: "la
		// autoridad portuaria")
		// nouns themselves ("la organización separatista", "una base militar", "la zona
		// militar") and "vía", "frente" ("la vía universitaria")
		return false
	case w&wConj != 0:
		// "civiles y militares", but "ayuda económica y militar": the
		// conjunct before must be an agent or a name; not a participle
		// that ends one, whose adjective it joins ("hombres armados y
		// encapuchados": hooded men, not hooded people besides)
		return tok >= 2 && z.covered(tok-2) && !(z.lang == "es" && participleEnding(&z.d.Tokens[tok-2]))
	}
	return w != 0
}

// basedOn returns the country of a place named in a hyphenated
// premodifier whose last part is a word of the kind based ("Hong
// Kong-registered", "Dubai-based"), ending right before tok or one plain
// lower-case word before it, and the first token of that place; "" when
// none.
func (z *resolver) basedOn(tok int) (string, int) {
	for k := tok - 1; k >= 0 && k >= tok-2 && z.sent(k) == z.sent(tok); k-- {
		t := z.d.Tokens[k].Text
		if i := strings.LastIndexByte(t, '-'); i > 0 && z.r.based[z.lang][fold(t[i+1:])] {
			if p := z.hitEnding(k); p != nil {
				switch p.pat.form.Kind {
				case KindName, KindCapital, KindDemonym:
					if c := p.pat.form.Entity.Country; isoCountry(c) != "" {
						return c, p.start
					}
				}
			}
			// a demonym or one-word country name inside the token
			// ("Chinese-flagged", "Iranian-registered")
			if c := z.r.leaders[fold(t[:i])]; c != "" && !strings.ContainsRune(t[:i], '-') {
				return c, k
			}
			// a place the places stage reads there ("Dubai-based")
			z.earlyPlace(0, 0)
			hy := z.d.Tokens[k].Start + i
			for q := range z.early {
				pl := &z.early[q]
				if pl.End == hy && pl.Start >= z.d.Tokens[max(k-3, 0)].Start && isoCountry(pl.Country) != "" {
					return pl.Country, z.d.TokenAt(pl.Start)
				}
			}
			return "", 0
		}
		if k == tok-2 || !z.plainWord(k) || z.d.Tokens[k].Cap {
			return "", 0
		}
	}
	return "", 0
}

// linkedTo reads an English hyphenated premodifier right before the agent
// at tok, or one lower-case word before it, whose second part is of the
// kind linked and whose first part is an organisation's form ("an
// al-Qaeda-linked group", "Islamic State-affiliated fighters"): it returns
// the organisation and the token the premodifier starts at.
func (z *resolver) linkedTo(tok int) (*Entity, int) {
	for k := tok - 1; k >= 0 && k >= tok-2 && z.sent(k) == z.sent(tok); k-- {
		t := z.d.Tokens[k].Text
		if i := strings.LastIndexByte(t, '-'); i > 0 && z.r.linked[z.lang][fold(t[i+1:])] {
			name := t[:i]
			for st := k; st >= 0 && st > k-3 && z.sent(st) == z.sent(k); st-- {
				if st < k {
					if !capWord(z.d.Tokens[st].Text) {
						break
					}
					name = z.d.Tokens[st].Text + " " + name
				}
				if e := z.r.orgForms[z.lang][fold(name)]; e != nil && e.Kind == KindOrg {
					return e, st
				}
			}
			return nil, 0
		}
		if k == tok-2 || !z.plainWord(k) || z.d.Tokens[k].Cap {
			return nil, 0
		}
	}
	return nil, 0
}

// diasporaHome reads where a national community or minority (a noun of
// class diaspora, its demonym ending at end, a coordinated one at coord)
// lives, named after it: "de la región", "del país" (the story's home
// country), or a country or town ("la minoría húngara de Rumanía", "the
// Chinese community in Lima"); that country, and the token after the
// place's name, or "" when none is named.
func (z *resolver) diasporaHome(h *hit, end int, coord *hit) (string, int) {
	if z.w(h.end-1)&wDiaspora == 0 {
		return "", 0
	}
	p := end
	if coord != nil {
		p = coord.end
	}
	if p >= len(z.d.Tokens) || z.sent(p) != z.sent(h.start) {
		return "", 0
	}
	if z.w(p)&wOf != 0 {
		a := p + 1 // ("del": the determiner is in the contraction)
		if z.w(a)&wDet != 0 {
			a++
		}
		if a < len(z.d.Tokens) && z.sent(a) == z.sent(p) && z.w(a)&wArea != 0 && !z.d.Tokens[a].Cap && z.hitStarting(a) == nil {
			if z.w(a+1)&wOf == 0 {
				if c := z.homeCountry(); c != "" {
					return c, a + 1 // "de la región", "del país"
				}
			}
			return "", 0
		}
	}
	if c, ce := z.ofCountry(p); c != "" {
		return c, ce
	}
	if c, ce := z.inCountry(p); c != "" {
		return c, ce
	}
	if c, ce := z.placeComplement(p, h.pat.form, h.start); c != "" {
		return c, ce
	}
	return "", 0
}

// speakerAdjective returns the roles of the body a Spanish adjective right
// after a noun of one who speaks for the state (kind speaker, a government
// official by itself: "portavoz", "vocero") names ("un portavoz policial"
// COP, "el vocero militar" MIL, "el portavoz judicial" JUD); nil otherwise.
func (z *resolver) speakerAdjective(h *hit, end int) []string {
	if z.lang != "es" || z.w(h.end-1)&wSpeaker == 0 || firstRole(h.pat.form.Entity.Roles) != "GOV" || end >= len(z.d.Tokens) || z.sent(end) != z.sent(h.start) || z.d.Tokens[end].Cap {
		return nil
	}
	if rs := z.r.relRoles[z.lang][z.folds[end]]; len(rs) > 0 {
		return rs
	}
	if n := z.hitStarting(end); n != nil && n.end == end+1 && n.pat.form.Kind == KindNominal && len(n.pat.form.Entity.Roles) > 0 && isoCountry(n.pat.form.Entity.Country) == "" {
		return n.pat.form.Entity.Roles
	}
	return nil
}

// ofLinked reads an English complement naming a group by the
// organisation it is linked to ("from an al-Qaeda-linked group", "of
// Islamic State-affiliated militias"): the organisation and the token
// after the group's noun.
func (z *resolver) ofLinked(tok int) (*Entity, int) {
	if z.lang == "es" || z.w(tok)&wOf == 0 {
		return nil, 0
	}
	p := tok + 1
	if z.w(p)&(wDet|wIndef) != 0 {
		p++
	}
	for n := p + 1; n < len(z.d.Tokens) && n <= p+3 && z.sent(n) == z.sent(tok); n++ {
		if z.w(n)&wGroupRef != 0 || z.hitStarting(n) != nil {
			if o, st := z.linkedTo(n); o != nil && st == p {
				return o, n + 1
			}
			break
		}
	}
	return nil, 0
}

// englishAdjective reports whether the English word at tok, right after a
// nominal ("weekly", "daily"), makes it an adjective: a lower-case word
// that is no verb of an event or of saying ("the weekly market"), or the
// noun of an act ("the weekly rally", "daily protests"); not a verb ("the
// daily reported"), a name ("the daily Danas") or punctuation.
func (z *resolver) englishAdjective(tok int) bool {
	if tok >= len(z.d.Tokens) || z.sent(tok) != z.sent(tok-1) {
		return false
	}
	t := &z.d.Tokens[tok]
	if t.Kind != doc.Word || t.Cap || z.w(tok) != 0 {
		return false
	}
	if n := z.hitStarting(tok); n != nil {
		return n.pat.form.Kind == KindAction || n.pat.form.Kind == KindQual
	}
	v := z.r.opts.Verbs
	return v == nil || !v.VerbForm(z.lang, t.Lower())
}

// participleEnding reports a lower-case Spanish word with a participle's
// ending ("armados", "heridas").
func participleEnding(t *doc.Token) bool {
	if t.Cap || len(t.Text) < 6 {
		return false
	}
	return morph.ParticipleEnding(t.Lower())
}

// dropIdleRelational removes the hits of relational adjectives that
// qualify no act ("la reforma educativa", "el régimen sindical"): they are
// plain words for every other rule.
func (z *resolver) dropIdleRelational() {
	var drop []int
	for i := range z.hits {
		if h := &z.hits[i]; h.pat.form.Kind == KindRelational && !z.qualifiesAct(h) {
			drop = append(drop, i)
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := z.hits[:0]
	for i, h := range z.hits {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			z.hitAt[h.start] = -1
			continue
		}
		z.hitAt[h.start] = int32(len(kept))
		kept = append(kept, h)
	}
	z.hits = kept
}

// audienceOf reports whether the agent at h is a generic group of the
// press addressed by a statement: right after a verb of telling ("told
// reporters", "briefed journalists") or after a link word that follows a
// verb or noun of saying ("speaking to reporters", "dijo a los
// periodistas", "en declaraciones a la prensa"), past a determiner or a
// word of quantity. The press there is the audience, no actor: a later
// act of the sentence is not done to it.
func (z *resolver) audienceOf(h *hit) bool {
	if roles := h.pat.form.Entity.Roles; len(roles) != 1 || roles[0] != "MED" {
		return false
	}
	aud := z.r.audience[z.lang]
	if len(aud) == 0 {
		return false
	}
	p := h.start - 1
	for n := 0; n < 2 && p >= 0 && z.w(p)&(wDet|wQuant) != 0; n++ {
		p--
	}
	if p < 0 || z.sent(p) != z.sent(h.start) {
		return false
	}
	c := aud[z.folds[p]]
	if c&audTell != 0 {
		return true
	}
	if c&audLink == 0 || p == 0 || z.sent(p-1) != z.sent(h.start) {
		return false
	}
	return aud[z.folds[p-1]]&(audSay|audTell) != 0
}

// qualifiesAct reports whether the relational adjective or modifier at h
// qualifies a noun of an act (class act): in Spanish it follows the noun,
// directly or past one plain adjective ("paro campesino", "paro nacional
// campesino"); in English it comes right before it ("student protests").
func (z *resolver) qualifiesAct(h *hit) bool {
	acts := z.r.acts[z.lang]
	if len(acts) == 0 {
		return false
	}
	if z.lang != "es" {
		return h.end < len(z.folds) && z.sent(h.end) == z.sent(h.start) && acts[z.folds[h.end]]
	}
	p := h.start - 1
	if p > 0 && z.sent(p-1) == z.sent(h.start) && z.w(p)&wConj != 0 {
		// "protestas estudiantiles y obreras": a second adjective
		// coordinated with one that qualifies an act qualifies it too
		if q := z.hitStarting(p - 1); q != nil && q.end == p && q.pat.relational && z.qualifiesAct(q) {
			return true
		}
	}
	if p >= 0 && z.sent(p) == z.sent(h.start) && !acts[z.folds[p]] && z.plainWord(p) && (!z.d.Tokens[p].Cap || z.capsSentence(p)) {
		p-- // "paro nacional campesino", "huelga general magisterial"
	}
	if p < 0 || z.sent(p) != z.sent(h.start) || !acts[z.folds[p]] {
		return false
	}
	// an act after a locative preposition is where something else took
	// place ("se congregaron en una manifestación estudiantil"), no doers
	for q := p - 1; q >= 0 && q >= p-3 && z.sent(q) == z.sent(p); q-- {
		if w := z.w(q); w&wLoc != 0 {
			return false
		} else if w&(wDet|wIndef|wQuant) == 0 && !z.plainWord(q) {
			break
		}
	}
	return true
}

// nameWord reports whether the word at tok is capitalised inside a
// sentence in lower case: part of a name ("Liga Deportiva Universitaria").
func (z *resolver) nameWord(tok int) bool {
	return z.d.Tokens[tok].Cap && !z.sentenceStart(tok) && !z.capsSentence(tok)
}

// capsSentence reports whether the sentence of tok is written in capitals
// (a headline: "POLICIA PALESTINA DETUVO A DOS HOMBRES"), where capitals
// say nothing of names.
func (z *resolver) capsSentence(tok int) bool {
	if tok < 0 || tok >= len(z.d.Tokens) {
		return false
	}
	return perSentence(z.capsSent, z.sent(tok), func(si int) bool {
		return allCapsSentence(z.d, z.d.Sentences[si])
	})
}

// allCapsSentence reports whether sentence st is written in capitals: at
// least three words of two letters or more, four in five of them in
// capitals.
func allCapsSentence(d *doc.Doc, st doc.Sentence) bool {
	upper, words, n := 0, 0, st.EndTok-st.FirstTok
	for i := st.FirstTok; i < st.EndTok && i < len(d.Tokens); i++ {
		t := &d.Tokens[i]
		if t.Kind != doc.Word || len(t.Text) < 2 || utf8.RuneCountInString(t.Text) < 2 {
			continue
		}
		words++
		if t.Cap && allCaps(t.Text) {
			upper++
		} else if (words-upper)*5 > n {
			break // too many words in lower case for any count of words
		}
	}
	return words >= 3 && upper*5 >= words*4
}

// perSentence answers a question about sentence si once: cache holds, by
// sentence, 1 for yes, 2 for no, 0 for not asked yet (a sentence past its
// end is asked every time).
func perSentence(cache []int8, si int, ask func(si int) bool) bool {
	if si < len(cache) && cache[si] != 0 {
		return cache[si] == 1
	}
	yes := ask(si)
	if si < len(cache) {
		cache[si] = 2
		if yes {
			cache[si] = 1
		}
	}
	return yes
}

// titleSentence reports whether the sentence of tok is an English
// headline in title case (doc.TitleCase: "Police Arrest 40 Protesters in
// Lima"). The answer is kept for the sentence.
func (z *resolver) titleSentence(tok int) bool {
	if z.lang != "en" || tok < 0 || tok >= len(z.d.Tokens) {
		return false
	}
	return perSentence(z.titleSent, z.sent(tok), func(si int) bool {
		return z.d.TitleCase(z.d.Sentences[si])
	})
}

// titleVerb reports whether the word at tok, in an English headline in
// title case, may be a form of an event verb ("Police Arrest", "Troops
// Kill"): the verb of the headline, no part of a name.
func (z *resolver) titleVerb(tok int) bool {
	v := z.r.opts.Verbs
	if v == nil || z.lang != "en" || !z.d.Tokens[tok].Cap || !z.titleSentence(tok) {
		return false
	}
	return v.VerbForm(z.lang, z.d.Tokens[tok].Lower())
}

// namedBefore reads two to four capitalised words outside the
// dictionaries that end at a comma just before the agent or title that
// starts at token start (English may put an indefinite article between:
// "Jane Doe, a spokeswoman for the union") as a person coded with country
// and roles. A name opening its sentence is one only before a role noun
// of kind appos ("Juan Quispe, dirigente de ...": the words must begin
// with no verb of an event); before such a noun the words are no known place.
func (z *resolver) namedBefore(start int, h *hit, country string, roles []string) *doc.Actor {
	appos := z.apposition(start, h)
	if !appos && (h.pat.form.Kind != KindTitle || country == "") {
		return nil
	}
	comma := start - 1
	if appos {
		comma = z.appositionComma(start, h)
	}
	if comma < 1 || z.d.Tokens[comma].Text != "," || z.sent(comma) != z.sent(h.start) || z.capsSentence(start) {
		return nil
	}
	q := comma
	for q > 0 && q > comma-4 && capWord(z.d.Tokens[q-1].Text) && z.w(q-1) == 0 && z.sent(q-1) == z.sent(comma) && !z.covered(q-1) {
		q--
	}
	if comma-q < 2 {
		return nil
	}
	var names []string
	for i := q; i < comma; i++ {
		names = append(names, z.d.Tokens[i].Text)
	}
	name := strings.Join(names, " ")
	if z.sentenceStart(q) {
		if !appos || z.titleSentence(q) {
			return nil
		}
		if v := z.r.opts.Verbs; v != nil && v.VerbForm(z.lang, z.d.Tokens[q].Lower()) {
			return nil
		}
	}
	if pl := z.r.opts.Places; appos && pl != nil {
		if all, _ := pl.CountriesOf(name); len(all) > 0 {
			return nil // "Ciudad Juárez, ...", "in north DeKalb County, county spokeswoman ...": a place
		}
	}
	return &doc.Actor{
		Span: z.span(q, comma), Code: z.code(country, roles), Name: name, Country: isoCountry(country),
		Roles: roles, Kind: KindPerson, Source: z.concat("title:", h.pat.form.Source), Head: z.span(q, comma), Local: z.local(h.start, h.end),
	}
}

// apposition reports an agent or title in the singular headed by a role
// noun of kind appos, starting at token start after a comma (or, in
// English, after a comma and an indefinite article): an apposition that
// may follow a person's name.
func (z *resolver) apposition(start int, h *hit) bool {
	f := h.pat.form
	if f.Plural || f.Kind != KindTitle && f.Kind != KindAgent || !z.r.appos[z.lang][z.folds[h.start]] || start < 2 {
		return false
	}
	if z.lang == "en" && z.clauseAfter(h.end) {
		return false // "..., John Smith, the mayor pointed out": the next clause's subject
	}
	return z.appositionComma(start, h) > 0
}

// orgBefore returns the roles and country of the last organisation named
// before token tok whose name holds the head noun at tok ("la Federación
// de Mineros ... la federación"), else no roles (an empty list).
func (z *resolver) orgBefore(tok int) ([]string, string) {
	head := z.tokenTextFold(tok)
	off := z.d.Tokens[tok].Start
	for i := len(z.out) - 1; i >= 0; i-- {
		a := &z.out[i]
		if a.Start >= off || len(a.Roles) == 0 || a.Kind == KindPerson {
			continue
		}
		for _, w := range strings.Fields(fold(z.d.Text[a.Start:a.End])) {
			if w == head {
				return a.Roles, a.Country
			}
		}
	}
	return []string{}, ""
}

// namedAfter reports whether a name or a dictionary hit follows the head
// noun at tok past at most three lower-case words ("la organización vasca
// armada ETA"): the noun's own name, no reference to one met before.
func (z *resolver) namedAfter(tok int) bool {
	for q := tok + 1; q < len(z.d.Tokens) && q <= tok+4 && z.sent(q) == z.sent(tok); q++ {
		t := &z.d.Tokens[q]
		if t.Cap || z.hitStarting(q) != nil {
			return true
		}
		if t.Kind == doc.Punct || z.w(q) != 0 {
			return false
		}
	}
	return false
}

// titledAgent reports whether an English agent in the singular, written
// with a capital, is followed by a capitalised one-word role noun of kind
// appos and a name of two capitalised words ("Commission Chairman Anthony
// Dove"): the agent names the office, part of the person's title.
func (z *resolver) titledAgent(h *hit) bool {
	p := h.end
	if z.lang != "en" || h.end != h.start+1 || p+2 >= len(z.d.Tokens) || !z.d.Tokens[h.start].Cap || z.titleSentence(h.start) {
		return false
	}
	if !z.d.Tokens[p].Cap || !z.r.appos[z.lang][z.folds[p]] || z.sent(p) != z.sent(h.start) {
		return false
	}
	if t := z.hitStarting(p); t != nil && t.end != p+1 {
		return false
	}
	return z.nameAt(p + 1)
}

// clauseAfter reports whether the English word at tok, right after a role
// noun, is a lower-case word of no known class in the same sentence: a
// verb whose subject the role noun is ("the mayor said", "the mayor
// pointed out"), not the rest of an apposition ("the mayor of", "a
// spokesman for", "the mayor, ...").
func (z *resolver) clauseAfter(tok int) bool {
	if tok <= 0 || tok >= len(z.d.Tokens) || z.sent(tok) != z.sent(tok-1) {
		return false
	}
	t := &z.d.Tokens[tok]
	return t.Kind != doc.Punct && !t.Cap && z.w(tok) == 0 && z.hitStarting(tok) == nil
}

// appositionComma returns the comma that opens an apposition whose role
// noun starts at h (its mention at start), or -1: right before it, before
// an English indefinite article ("a spokeswoman"), or before one lower-case
// adjective with or without an article ("el principal dirigente", "máximo
// dirigente", "a senior leader").
func (z *resolver) appositionComma(start int, h *hit) int {
	p := start - 1
	if start == h.start && z.plainWord(p) && !z.d.Tokens[p].Cap && p > 1 && (z.w(p-1)&(wDet|wIndef) != 0 || z.d.Tokens[p-1].Text == ",") {
		p-- // one adjective before the role noun
	}
	if p > 0 && (z.w(p)&wIndef != 0 && z.lang != "es" || z.w(p)&wDet != 0 && p < start-1) {
		p-- // "a", "el" before the adjective
	}
	if p > 0 && z.d.Tokens[p].Text == "," {
		return p
	}
	return -1
}

// covered reports whether token tok lies in a dictionary hit or a mention.
func (z *resolver) covered(tok int) bool {
	for i := len(z.hits) - 1; i >= 0; i-- {
		if z.hits[i].start <= tok && tok < z.hits[i].end {
			return true
		}
		if z.hits[i].end <= tok {
			break
		}
	}
	sp := z.d.Tokens[tok].Span
	for i := len(z.out) - 1; i >= 0 && i >= len(z.out)-8; i-- {
		if z.out[i].Overlaps(sp) {
			return true
		}
	}
	return false
}

// nameAt reports whether two capitalised words outside the dictionaries
// start at tok: an unknown person's name.
func (z *resolver) nameAt(tok int) bool {
	n := 0
	for q := tok; q < len(z.d.Tokens) && q < tok+2; q++ {
		if !capWord(z.d.Tokens[q].Text) || z.hitStarting(q) != nil || z.w(q)&(wOf|wConj|wDet|wPoss|wLoc) != 0 {
			break
		}
		n++
	}
	return n == 2
}

// ofPerson reads a complement naming a person, by full name or by a
// surname met before, and returns the person's country: "de Maduro".
func (z *resolver) ofPerson(tok int, gov bool) (string, int) {
	if z.w(tok)&wOf == 0 {
		return "", 0
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++ // "de la presidenta X", "of the president X"
	}
	if h := z.hitStarting(p); h != nil && h.pat.form.Kind == KindTitle && !h.pat.form.Plural {
		p = h.end // "simpatizantes del presidente Hugo Chávez": the person holds the title
	} else if z.w(tok)&wDet != 0 || p > tok+1 {
		return "", 0 // a determiner before a name needs a title in between
	}
	if h := z.hitStarting(p); h != nil && h.pat.form.Kind == KindPerson {
		c, _, _ := h.pat.form.Entity.CodeOn(z.d.Date)
		return isoCountry(c), h.end
	}
	if a, ok := z.coref(p); ok && a.Country != "" {
		return a.Country, p + 1
	}
	if a, ok := z.surnamePerson(p, gov); ok && a.Country != "" {
		return a.Country, p + 1 // "el gobierno de Chávez" in 2003
	}
	return "", 0
}

// unitOrg reads a complement naming a unit of an organisation after tok:
// "del Frente 33 de las FARC", "de la columna Teófilo Forero del ELN",
// "of the Quds Brigade of Islamic Jihad": a unit noun, at most four words
// of its name, then the organisation. It returns the organisation and the
// token after it.
func (z *resolver) unitOrg(tok int, role string) (*Entity, int) {
	if z.w(tok)&wOf == 0 {
		return nil, 0
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	// (English puts the unit's name first: "of the Quds Brigade of")
	for k := 0; z.lang != "es" && k < 3 && p < len(z.d.Tokens) && z.sent(p) == z.sent(tok) && z.w(p) == 0 && z.d.Tokens[p].Kind != doc.Punct && z.hitStarting(p) == nil; k++ {
		p++
	}
	if p >= len(z.d.Tokens) || z.w(p)&wUnit == 0 || z.sent(p) != z.sent(tok) {
		return nil, 0
	}
	q := p + 1
	for q < len(z.d.Tokens) && q <= p+4 && z.sent(q) == z.sent(tok) && z.d.Tokens[q].Kind != doc.Punct && z.w(q)&(wOf|wLoc|wConj|wRel) == 0 && z.hitStarting(q) == nil {
		q++
	}
	return z.ofOrg(q, role)
}

// orgFor chooses among the organisations that share the form of hit h in
// the document's language ("EPL": China's People's Liberation Army or
// Colombia's Ejército Popular de Liberación): the one holding role, the
// role of an agent whose complement it is ("guerrilleros del EPL" REB),
// when the matched one does not; else the one whose demonym follows ("el
// EPL chino"); else the one whose country the article has named most so
// far; else the first filed.
func (z *resolver) orgFor(h *hit, role string) *Entity {
	return z.datedOrg(z.orgForm(h, role))
}

// datedOrg returns an organisation with the code it held on the article's
// date: the Taliban are AFGREB until they took power, AFGGOV after.
func (z *resolver) datedOrg(e *Entity) *Entity {
	if len(e.Periods) == 0 {
		return e
	}
	c, rs, _ := e.CodeOn(z.d.Date)
	if c == e.Country && slices.Equal(rs, e.Roles) {
		return e
	}
	o := *e
	o.Country, o.Roles = c, rs
	return &o
}

// orgForm picks the organisation a shared form names (see orgFor).
func (z *resolver) orgForm(h *hit, role string) *Entity {
	e := h.pat.form.Entity
	if len(z.r.orgsByForm) == 0 {
		return e
	}
	alts := z.r.orgsByForm[z.lang+"\x00"+fold(h.pat.form.Text)]
	if len(alts) < 2 {
		return e
	}
	if role != "" && !slices.Contains(e.Roles, role) {
		for _, o := range alts {
			if slices.Contains(o.Roles, role) {
				return o
			}
		}
	}
	if n := z.hitStarting(h.end); n != nil && n.pat.form.Kind == KindDemonym {
		// "el EPL chino"
		for _, o := range alts {
			if isoCountry(o.Country) == isoCountry(n.pat.form.Entity.Country) {
				return o
			}
		}
	}
	mentions := func(o *Entity) int {
		c := isoCountry(o.Country)
		for _, k := range z.counts {
			if k.country == c && c != "" {
				return k.n
			}
		}
		return 0
	}
	// with nothing to tell them apart, the first filed (files load in
	// path order, a language's own before shared/: "EPL" alone in
	// Spanish is Colombia's guerrilla, named so only in Spanish news)
	best, n := alts[0], mentions(alts[0])
	for _, o := range alts {
		if m := mentions(o); m > n {
			best, n = o, m
		}
	}
	if n == 0 {
		// none named so far: the one whose country the whole article
		// names most ("la CUT convocó una marcha contra el gobierno de
		// Chile")
		later := func(o *Entity) int {
			c, k := isoCountry(o.Country), 0
			for i := range z.hits {
				f := z.hits[i].pat.form
				switch f.Kind {
				case KindName, KindDemonym, KindCapital, KindSeat, KindPerson:
					if c != "" && isoCountry(f.Entity.Country) == c {
						k++
					}
				}
			}
			return k
		}
		for _, o := range alts {
			if m := later(o); m > n {
				best, n = o, m
			}
		}
	}
	return best
}

// ofOrg reads a complement naming an organisation after tok: "de Hezbolá",
// "of the United Nations". It returns the organisation and the token after.
func (z *resolver) ofOrg(tok int, role string) (*Entity, int) {
	if z.w(tok)&(wOf|wFor) == 0 {
		return nil, 0 // (English "for" too: "a spokesman for Hamas")
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	if h := z.hitStarting(p); h != nil && h.pat.form.Kind == KindOrg {
		return z.orgFor(h, role), h.end
	}
	return nil, 0
}

// pairCountry returns the country of the parties an agent of several
// ("ambos sindicatos", "both unions") at tok refers to: the last two
// actors of its first role named before it, in its sentence or the one
// before, when they are of one country; else none ("ambos gobiernos"
// after Colombia's and Venezuela's).
func (z *resolver) pairCountry(roles []string, tok int) string {
	role := firstRole(roles)
	if role == "" {
		return ""
	}
	var got []string
	for k := len(z.out) - 1; k >= 0 && len(got) < 2; k-- {
		a := &z.out[k]
		if a.Span.Start >= z.d.Tokens[tok].Span.Start {
			continue
		}
		if z.sent(z.d.TokenAt(a.Span.Start)) < z.sent(tok)-1 {
			break
		}
		if firstRole(a.Roles) == role {
			got = append(got, isoCountry(a.Country))
		}
	}
	if len(got) == 2 && got[0] != "" && got[0] == got[1] {
		return got[0]
	}
	return ""
}

// firstRole returns the first of roles, or "".
func firstRole(roles []string) string {
	if len(roles) == 0 {
		return ""
	}
	return roles[0]
}

// firmActor reports a mention of a company of the org dictionary (kind
// firm): "Repsol", "the company" told of it.
func (z *resolver) firmActor(a *doc.Actor) bool {
	if a.Entity == "" || firstRole(a.Roles) != "BUS" {
		return false
	}
	e := z.r.dict.Entities["org:"+a.Entity]
	return e != nil && e.Firm
}

// firm reports an organisation that is a company: a row of kind firm
// ("Repsol" ESP BUS), or a user dictionary's CAMEO MNC code.
func firm(o *Entity) bool {
	return o.Firm || strings.HasPrefix(o.Country, "MNC")
}

// inCountry reads a locative complement naming a country or capital after
// tok: "in Tbilisi", "en Caracas".
func (z *resolver) inCountry(tok int) (string, int) {
	if z.w(tok)&wLoc == 0 {
		return "", 0
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	return z.countryHit(p)
}

// officeName returns the end of an office's own name told after an agent
// at tok: "of"/"de" and one to four capitalised words, joined by "and",
// "y" or another "of"/"de" ("of Commerce", "de Relaciones Exteriores");
// tok when there is none.
func (z *resolver) officeName(tok int) int {
	if tok >= len(z.d.Tokens) || z.w(tok)&wOf == 0 {
		return tok
	}
	p, n := tok+1, 0
	for p < len(z.d.Tokens) && n < 4 && z.sent(p) == z.sent(tok) {
		if z.d.Tokens[p].Cap && z.plainWord(p) && z.hitStarting(p) == nil {
			p, n = p+1, n+1
			continue
		}
		if n > 0 && p+1 < len(z.d.Tokens) && (z.w(p)&(wOf|wConj) != 0) && z.d.Tokens[p+1].Cap {
			p++
			continue
		}
		break
	}
	if n == 0 {
		return tok
	}
	return p
}

// portfolioCountry reads the country named by "de"/"of" right after an
// office's own name at tok ("de Agricultura de Colombia", "of Trade of
// Peru"): the country and the end of its name, or "" when there is none.
func (z *resolver) portfolioCountry(tok int) (string, int) {
	ne := z.officeName(tok)
	if ne <= tok {
		return "", 0
	}
	if ne > tok && z.w(ne-1)&wOf != 0 && z.hitStarting(ne) != nil {
		ne-- // officeName stops on the country's name, past its "de"
	}
	return z.ofCountry(ne)
}

// capitalAt reports whether the locative complement at tok names a
// capital, a town and no country ("en Quito", not "en Ecuador").
func (z *resolver) capitalAt(tok int) bool {
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	h := z.hitStarting(p)
	return h != nil && h.pat.form.Kind == KindCapital
}

// secondComplement reports whether another complement naming a country or
// actor follows at tok ("de Ucrania", "contra Gaza", "on Ukraine").
func (z *resolver) secondComplement(tok int) (bool, int) {
	if tok >= len(z.d.Tokens) {
		return false, 0
	}
	w := z.w(tok)
	if w&(wOf|wLoc) == 0 && !z.isAgainst(tok) {
		return false, 0
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	if c, ce := z.countryHit(p); c != "" {
		return true, ce
	}
	return false, 0
}

// isAgainst reports whether the token is a preposition of opposition
// ("contra", "against"), class against in the data.
func (z *resolver) isAgainst(tok int) bool { return z.w(tok)&wAgainst != 0 }

func (z *resolver) prevHit(tok int) *hit {
	for i := len(z.hits) - 1; i >= 0; i-- {
		if z.hits[i].end <= tok {
			if z.hits[i].end == tok || z.skipGenitive(z.hits[i].end) == tok {
				return &z.hits[i]
			}
			return nil
		}
	}
	return nil
}

// otherGivenName reports a person's standalone short form (a surname)
// right after a capitalised word of no dictionary and no function class
// that is not a word of the person's own names ("Carlos Abascal", "Alberto
// Fernández" when the dictionary knows another Abascal or Fernández): the
// given name says it is someone else of that surname. Headlines in
// capitals and a sentence's first word are left alone ("AMENAZA PUTIN",
// "Ayer Putin dijo"), and so is English, which capitalises months and
// days ("In May Putin said").
func (z *resolver) otherGivenName(h *hit) bool {
	p := h.start - 1
	if z.lang != "es" || p < 0 || z.sent(p) != z.sent(h.start) || z.sentenceStart(p) || z.w(p) != 0 || z.covered(p) || z.prevHit(h.start) != nil {
		return false
	}
	t, u := z.d.Tokens[p], z.d.Tokens[h.start]
	if t.Kind != doc.Word || !titleWord(t.Text) || !titleWord(u.Text) {
		return false
	}
	f := z.tokenTextFold(p)
	for _, n := range h.pat.form.Entity.nameFolds {
		if n == f {
			return false
		}
	}
	return true
}

// titleWord reports a word in title case: a capital, then at least one
// lower-case letter.
func titleWord(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || n >= len(s) {
		return false
	}
	for _, c := range s[n:] {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// plainWord reports whether token tok is a word outside the dictionaries
// and the function words (and not the capital of a sentence's first word):
// an adjective between an agent and its country.
// (a community's noun, kind commune, is plain but after a speaker)
func (z *resolver) plainWord(tok int) bool {
	if tok < 0 || tok >= len(z.d.Tokens) {
		return false
	}
	t := &z.d.Tokens[tok]
	return t.Kind == doc.Word && (!t.Cap || !z.sentenceStart(tok)) && z.w(tok)&^wCommune == 0 && z.hitStarting(tok) == nil && !z.covered(tok)
}

// adjectiveHit reports whether a one-word adjective standing as a noun
// elsewhere starts at tok ("barcos pesqueros canadienses").
func (z *resolver) adjectiveHit(tok int) bool {
	h := z.hitStarting(tok)
	return h != nil && h.pat.form.Kind == KindNominal && h.end == tok+1
}

// genitiveEnd reports whether English hit h ends in a genitive ("Kenya's",
// "Kenya 's"): a word after it begins the noun phrase it owns.
func (z *resolver) genitiveEnd(h *hit) bool {
	if z.lang == "es" || h.end < 1 || h.end > len(z.folds) {
		return false
	}
	return strings.HasSuffix(z.folds[h.end-1], "'s") || z.skipGenitive(h.end) != h.end
}

// skipGenitive steps over an English genitive written as a token of its
// own ("Syria 's army"): it returns the index after it, or tok.
func (z *resolver) skipGenitive(tok int) int {
	if z.lang != "es" && tok < len(z.folds) && (z.folds[tok] == "'s" || z.folds[tok] == "'") {
		return tok + 1
	}
	return tok
}

// coref returns the mention a capitalised surname at tok refers to.
func (z *resolver) coref(tok int) (doc.Actor, bool) {
	if tok >= len(z.d.Tokens) || z.hitStarting(tok) != nil {
		return doc.Actor{}, false
	}
	return z.corefName(tok)
}

// newPerson reads an unknown name after a title with a country ("el
// ministro ruso Ivan Petrov"): two to four capitalised words outside the
// dictionaries become a person coded like the title.
func (z *resolver) newPerson(h *hit, tok int, country string) (*doc.Actor, int) {
	q := tok
	for q < len(z.d.Tokens) && q < tok+4 && capWord(z.d.Tokens[q].Text) && (z.hitStarting(q) == nil || z.capitalInName(tok, q)) && z.sent(q) == z.sent(h.start) && !z.titleVerb(q) {
		// the first word of a name is no function word; later ones may look like one ("Kim Jong Un")
		if w := z.w(q); w&(wOf|wConj|wDet|wPoss|wLoc) != 0 || (q == tok && w != 0) {
			break
		}
		q++
	}
	if q-tok < 2 && !(q-tok == 1 && h.pat.form.Kind == KindTitle && !h.pat.form.Plural && q-1 > 0 && !z.sentenceStart(q-1)) {
		return nil, 0 // one word is a name only after a title: "el presidente Chávez"
	}
	roles := h.pat.form.Entity.Roles
	if a := z.titledSurname(h, tok, q, country); a != nil {
		a.Local = z.local(h.start, tok)
		return a, q
	}
	var names []string
	for i := tok; i < q; i++ {
		names = append(names, z.d.Tokens[i].Text)
	}
	a := &doc.Actor{
		Span: z.span(tok, q), Code: z.code(country, roles), Name: strings.Join(names, " "), Country: isoCountry(country),
		Roles: roles, Kind: KindPerson, Source: z.concat("title:", h.pat.form.Source), Head: z.span(tok, q), Local: z.local(h.start, tok),
	}
	return a, q
}

// titleBeforeAppos returns the office of a country that a title at start
// stands in apposition to, when a comma (and a determiner) part them and
// only a complement of the first title lies between: "El enviado especial
// de Brasil para la disputa, el exembajador Joaquim Sarmento Lima," is
// Brazil's man.
func (z *resolver) titleBeforeAppos(start int) *doc.Actor {
	p := start - 1
	if p >= 0 && z.w(p)&wDet != 0 && !z.d.Tokens[p].Cap {
		p--
	}
	if p < 1 || z.d.Tokens[p].Text != "," || len(z.out) == 0 {
		return nil
	}
	ant := &z.out[len(z.out)-1]
	if ant.Country == "" || (ant.Kind != "agent" && ant.Kind != KindTitle) {
		return nil
	}
	e := z.d.TokenAt(ant.Span.End - 1)
	if e < 0 || e >= p || z.sent(e) != z.sent(p) || p-e > 8 {
		return nil
	}
	if e+1 < p {
		// only a complement: "para la disputa del Esequibo"
		if z.d.Tokens[e+1].Cap || z.w(e+1)&(wOf|wStop|wLoc|wAgainst) == 0 {
			return nil
		}
		for i := e + 1; i < p; i++ {
			if t := z.d.Tokens[i].Text; t == "," || t == ";" || t == "(" || z.w(i)&(wRel|wConj) != 0 {
				return nil
			}
		}
	}
	return ant
}

// capitalInName reports a capital's name at q that ends a person's name
// begun at tok with two words of no hit: "el exembajador Joaquim Sarmento
// Lima" is a man, not Peru's government.
func (z *resolver) capitalInName(tok, q int) bool {
	h := z.hitStarting(q)
	if h == nil || h.end != q+1 || h.pat.form.Kind != KindCapital || q-tok < 2 {
		return false
	}
	n := q + 1
	return n >= len(z.d.Tokens) || z.sent(n) != z.sent(q) || !capWord(z.d.Tokens[n].Text)
}

// titledSurname reads a surname after a title as the one person of the
// dictionaries who bears it and holds an office of the title's role on the
// article's date: "el presidente Chávez" in 2003 is Hugo Chávez (VENGOV),
// "President Uribe" in 2005 Álvaro Uribe. The words [tok, q) must end the
// person's canonical name ("López Obrador"). When several match, the one
// of the title's country is taken if it is the only one; none without an
// article date.
func (z *resolver) titledSurname(h *hit, tok, q int, country string) *doc.Actor {
	if z.d.Date.IsZero() || q <= tok {
		return nil
	}
	cands := z.r.bySurname[z.tokenTextFold(q-1)]
	if len(cands) == 0 {
		return nil
	}
	roles := h.pat.form.Entity.Roles
	var found, ofCountry *doc.Actor
	n, nc := 0, 0
	for _, e := range cands {
		k := len(e.nameFolds) - (q - tok)
		if k < 1 {
			continue // the whole name would have been a dictionary hit
		}
		same := true
		for i := tok; i < q-1 && same; i++ {
			same = z.tokenTextFold(i) == e.nameFolds[k+i-tok]
		}
		if !same || !z.inOfficeAs(e, roles) {
			continue
		}
		c, rs, src := e.CodeOn(z.d.Date)
		a := &doc.Actor{
			Span: z.span(tok, q), Code: z.code(c, rs), Name: e.Name, Country: isoCountry(c),
			Roles: rs, Kind: KindPerson, Entity: e.ID, Source: src, Head: z.span(tok, q),
		}
		n++
		found = a
		if country != "" && isoCountry(c) == country {
			nc++
			ofCountry = a
		}
	}
	switch {
	case n == 1:
		return found
	case nc == 1:
		return ofCountry
	}
	return nil
}

// loneSurname reads a capitalised word standing alone (no capitalised
// word next to it, not in a headline in capitals) as the one dictionary
// person whose canonical name it ends and who holds a dated office on the
// article's date, when the person's country is named somewhere in the
// article: "protestas contra Chávez en Caracas" in 2003. Common surnames
// are no short forms in the dictionaries; the office, its date and the
// country make one of them the person the news means ("Sánchez scored
// twice" in a story naming no Spain is no prime minister).
func (z *resolver) loneSurname(i int) (doc.Actor, bool) {
	return z.surnamePerson(i, false)
}

// surnamePerson is loneSurname; gov tells that the word is the complement
// of a noun of government ("el gobierno de Chávez"): then the one person
// of that surname heading a
// government on the article's date is meant, with no need of the country
// being named, while a town of that name is not ("Chávez" is also a
// Mexican town).
func (z *resolver) surnamePerson(i int, gov bool) (doc.Actor, bool) {
	// (i may be past the last token: "una amenaza de los indígenas de" at
	// the end of a truncated text)
	if i < 0 || i >= len(z.d.Tokens) || z.d.Date.IsZero() {
		return doc.Actor{}, false
	}
	if z.capsSentence(i) {
		// in a headline in capitals the word before tells a first name
		// from the surname alone: the surname opens the headline or
		// follows a function word or a mark ("ESPOSA DE FUJIMORI EN
		// HUELGA", not "HUMBERTO ORTEGA"); it is read only as a head of
		// state or government below
		if p := i - 1; p >= 0 && z.sent(p) == z.sent(i) && !z.sentenceStart(i) && z.d.Tokens[p].Kind == doc.Word && z.w(p) == 0 {
			return doc.Actor{}, false
		}
		if n := i + 1; n < len(z.d.Tokens) && z.sent(n) == z.sent(i) && z.w(n)&wOf != 0 {
			return doc.Actor{}, false // "MESA DE DIALOGO": a noun with its complement
		}
	} else {
		// (in an English headline in title case a capitalised function
		// word or the headline's verb next to it is no part of a name:
		// "Chavez Threatens to Expel US Envoy", "Bush Criticizes Chavez
		// Over Oil Deal")
		if p := i - 1; p >= 0 && z.sent(p) == z.sent(i) && !z.sentenceStart(i) && capWord(z.d.Tokens[p].Text) && !z.titleWord(p) {
			return doc.Actor{}, false // "Vicente Fox" unknown as a whole, "Fox News"
		}
		if n := i + 1; n < len(z.d.Tokens) && z.sent(n) == z.sent(i) && capWord(z.d.Tokens[n].Text) && !z.titleWord(n) {
			return doc.Actor{}, false
		}
		if n := i + 1; z.sentenceStart(i) && n < len(z.d.Tokens) && z.sent(n) == z.sent(i) && z.w(n)&wOf != 0 {
			return doc.Actor{}, false // "Mesa de diálogo ...": a capitalised noun opening the sentence with its complement
		}
	}
	k, ok := z.surnameKey(i)
	if !ok {
		return doc.Actor{}, false
	}
	var found *Entity
	var office *Period
	for _, e := range z.r.bySurname[k] {
		if p := z.officeOn(e); p != nil {
			if found != nil {
				return doc.Actor{}, false // two people of that name in office
			}
			found, office = e, p
		}
	}
	if found == nil {
		return doc.Actor{}, false
	}
	if z.capsSentence(i) && (!headOffice(office.Office) || z.sharedSurname(k)) {
		return doc.Actor{}, false
	}
	if gov {
		if len(office.Roles) == 0 || office.Roles[0] != "GOV" {
			return doc.Actor{}, false
		}
	} else if !z.namesCountry(office.Country) && !(headOffice(office.Office) && !z.sharedSurname(k) && z.w(i) == 0 && !z.placeWord(i) && (z.namesNoCountry() || z.headlineSubject(i))) {
		// (a head of state or government is the one of that surname in
		// office that day also in an article naming no country at all:
		// "un paro contra Chávez", while in a story of other countries it
		// is someone else; not a surname common enough that the
		// dictionaries hold several people of it, "Sánchez scored twice",
		// nor a function word opening a sentence, "Un grupo")
		return doc.Actor{}, false
	}
	t := &z.d.Tokens[i]
	return doc.Actor{
		Span: t.Span, Code: z.code(office.Country, office.Roles), Name: found.Name, Country: isoCountry(office.Country),
		Roles: office.Roles, Kind: KindPerson, Entity: found.ID, Source: office.Source, Head: t.Span,
	}, true
}

// headlineSubject reports a word opening a sentence that no period
// closes, a headline, and followed by a lower-case word (any word in a
// headline in capitals) that is no function word: the subject of the headline's verb ("Chávez amenaza con
// echar a embajador de EEUU"). A head of state or government is named so
// by the surname alone, whatever other country the headline names; in
// running text, closed by a period, the surname may be anyone ("Chávez
// marcó dos goles en Francia.").
func (z *resolver) headlineSubject(i int) bool {
	if !z.sentenceStart(i) {
		return false
	}
	s := z.sent(i)
	if s >= len(z.d.Sentences) {
		return false
	}
	end := min(z.d.Sentences[s].EndTok, len(z.d.Tokens))
	n := i + 1
	if n >= end || z.d.Tokens[n].Kind != doc.Word || z.d.Tokens[n].Cap && !z.capsSentence(i) && !z.titleVerb(n) || z.w(n) != 0 {
		return false
	}
	last := &z.d.Tokens[end-1]
	return last.Kind != doc.Punct || last.Text != "." && last.Text != "?" && last.Text != "!" && last.Text != "…"
}

// titleWord reports a capitalised word of an English headline in title
// case that is no part of a name: a function word or a verb form.
func (z *resolver) titleWord(tok int) bool {
	return z.lang == "en" && z.titleSentence(tok) && (z.w(tok) != 0 || z.titleVerb(tok))
}

// officeOn returns the dated office a person holds on the article's date.
func (z *resolver) officeOn(e *Entity) *Period {
	for i := range e.Periods {
		p := &e.Periods[i]
		if p.From.IsZero() && p.To.IsZero() {
			continue
		}
		if (p.From.IsZero() || !z.d.Date.Before(p.From)) && (p.To.IsZero() || z.d.Date.Before(p.To)) {
			return p
		}
	}
	return nil
}

// namesCountry reports whether some dictionary hit of the article names
// or stands for country c.
func (z *resolver) namesCountry(c string) bool {
	for k := range z.hits {
		if f := z.hits[k].pat.form; f.Kind != KindPerson && f.Entity.Country == c {
			return true
		}
	}
	return false
}

// commonSurname: a surname that ends the canonical names of this many
// dictionary people or more is common ("Sánchez", "López", "Fernández"):
// standing alone in an article naming no country it is no one.
const commonSurname = 3

// sharedSurname reports a surname common enough that the news may mean
// someone the dictionaries do not hold: its people are of commonSurname
// countries or more ("Sánchez", "López"); one family's or one country's
// leaders sharing it are not ("Castro": Fidel and Raúl in Cuba, Xiomara
// in Honduras), and the one in office is meant.
func (z *resolver) sharedSurname(k string) bool {
	ps := z.r.bySurname[k]
	if len(ps) < commonSurname {
		return false
	}
	var seen [commonSurname]string
	n := 0
	for _, e := range ps {
		c := e.Country
		dup := false
		for _, s := range seen[:n] {
			dup = dup || s == c
		}
		if !dup {
			seen[n] = c
			n++
			if n == commonSurname {
				return true
			}
		}
	}
	return false
}

// headOffice reports a dated office heading a state or a government.
func headOffice(o string) bool {
	return o == "head_of_state" || o == "head_of_government"
}

// placeWord reports a word read as a place by what stands before it: a
// locative preposition ("en Mesa"), a place noun or one of its complement
// ("el puerto de Santos", "la ciudad de Castro").
func (z *resolver) placeWord(i int) bool {
	if z.locative(i) || z.placeHead(i) {
		return true
	}
	p := i - 1
	return p > 0 && z.sent(p-1) == z.sent(i) && z.w(p)&wOf != 0 && z.w(p-1)&(wPlaceHead|wArea) != 0
}

// namesNoCountry reports whether no dictionary hit of the article but a
// person names or stands for a country.
func (z *resolver) namesNoCountry() bool {
	for k := range z.hits {
		if f := z.hits[k].pat.form; f.Kind != KindPerson && isoCountry(f.Entity.Country) != "" {
			return false
		}
	}
	return true
}

// inOfficeAs reports whether a person holds, on the article's date, a
// dated office whose first role is the title's.
func (z *resolver) inOfficeAs(e *Entity, roles []string) bool {
	p := z.officeOn(e)
	return p != nil && (len(roles) == 0 || len(p.Roles) > 0 && p.Roles[0] == roles[0])
}

// salient returns the most salient actor before offset tok: in the same
// sentence when one precedes, else in the sentence before; people first,
// then named actors, then agents; earliest first.
func (z *resolver) salient(tok int) *doc.Actor {
	off := z.d.Tokens[tok].Start
	s := z.sent(tok)
	// "its"/"their" never stand for one person: "the mission said its officers"
	noPerson := z.lang == "en" && tok < len(z.folds) && (z.folds[tok] == "its" || z.folds[tok] == "their")
	pick := func(sent int) *doc.Actor {
		var best *doc.Actor
		bestRank := 9
		for i := range z.out {
			a := &z.out[i]
			if a.Start >= off || a.Country == "" || z.d.SentenceOf(a.Start) != sent || noPerson && a.Kind == KindPerson {
				continue
			}
			rank := 2
			switch a.Kind {
			case KindPerson:
				rank = 0
			case "country", KindCapital, KindSeat, KindOrg:
				rank = 1
			}
			if rank < bestRank {
				best, bestRank = a, rank
			}
		}
		return best
	}
	if a := pick(s); a != nil {
		return a
	}
	if s > 0 {
		return pick(s - 1)
	}
	return nil
}

// openingOrg returns the first actor of the sentence of token tok when it
// comes before tok and is an organisation of no country (an
// intergovernmental or non-governmental one: "La OEA", "Amnistía
// Internacional"); nil otherwise.
func (z *resolver) openingOrg(tok int) *doc.Actor {
	off, s := z.d.Tokens[tok].Start, z.sent(tok)
	for i := range z.out {
		a := &z.out[i]
		if a.Start >= off || z.d.SentenceOf(a.Start) != s {
			continue
		}
		if a.Kind == KindOrg && a.Country == "" && len(a.Code) > 3 {
			return a
		}
		return nil
	}
	return nil
}

// lastPersonAt returns the last person mention holding all roles (and of
// country, when given) at one level of government: a title of local government ("el alcalde") refers to the
// last local official met, a national one ("el presidente") to the last
// of the others.
func (z *resolver) lastPersonAt(roles []string, country string, local bool) *doc.Actor {
	for i := len(z.out) - 1; i >= 0; i-- {
		a := &z.out[i]
		if a.Kind != KindPerson || (country != "" && a.Country != country) || a.Local != local {
			continue
		}
		if hasAll(a.Roles, roles) {
			return a
		}
	}
	return nil
}

// ownerBefore returns the mention of an organisation of no country that
// ends in a genitive "'s" right before token start ("the agency's").
func (z *resolver) ownerBefore(start int) *doc.Actor {
	if start < 2 || z.lang != "en" || start >= len(z.d.Tokens) {
		return nil
	}

	// (the genitive may open the office's mention: "the agency" + "'s
	// director general", or close the owner's)
	if t := z.d.Tokens[start].Text; t == "'s" || t == "’s" {
		start++
	}
	if t := z.d.Tokens[start-1].Text; !strings.HasSuffix(t, "'s") && !strings.HasSuffix(t, "’s") && !strings.HasSuffix(t, "s'") && !strings.HasSuffix(t, "s’") && t != "'" && t != "’" {
		return nil
	}
	if len(z.out) == 0 {
		return nil
	}
	a := &z.out[len(z.out)-1]
	if a.Code == "" || a.Country != "" || a.End <= a.Start || z.d.TokenAt(a.End-1) != start-1 && z.d.TokenAt(a.End-1) != start-2 {
		return nil
	}
	return a
}

// lowerNounAt reports a lower-case word at tok in tok-1's sentence.
func (z *resolver) lowerNounAt(tok int) bool {
	if tok >= len(z.d.Tokens) || z.sent(tok) != z.sent(tok-1) || z.d.Tokens[tok].Kind != doc.Word {
		return false
	}
	t := z.d.Tokens[tok].Text
	return strings.ToLower(t) == t
}

// lastOutlet returns the last organisation of role MED named before token
// tok in its sentence or the one before.
func (z *resolver) lastOutlet(tok int) *doc.Actor {
	si := z.sent(tok)
	for i := len(z.out) - 1; i >= 0; i-- {
		a := &z.out[i]
		if a.End <= a.Start {
			continue
		}
		b := z.d.TokenAt(a.Start)
		if b >= tok {
			continue
		}
		if z.sent(b) < si-1 {
			break
		}
		if a.Kind == KindOrg && firstRole(a.Roles) == "MED" {
			return a
		}
	}
	return nil
}

// lastTitled returns the last mention, in the last six sentences, whose
// words hold those of tokens [hs, he) (a title) and that has a code.
func (z *resolver) lastTitled(hs, he int) *doc.Actor {
	toks := z.d.Tokens
	n := he - hs
	if n <= 0 || hs >= len(toks) {
		return nil
	}
	si := z.sent(hs)
	for i := len(z.out) - 1; i >= 0; i-- {
		a := &z.out[i]
		if a.End <= a.Start || a.Code == "" {
			continue
		}
		b, e := z.d.TokenAt(a.Start), z.d.TokenAt(a.End-1)+1
		if b >= hs {
			continue
		}
		if z.sent(b) < si-6 {
			break
		}
		for k := b; k+n <= e; k++ {
			same := true
			for t := 0; t < n && same; t++ {
				same = strings.EqualFold(toks[k+t].Text, toks[hs+t].Text)
			}
			if same {
				return a
			}
		}
	}
	return nil
}

func hasAll(have, want []string) bool {
	for _, w := range want {
		ok := false
		for _, h := range have {
			if h == w {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// ofOrgName returns the country named inside an organisation's name that
// follows "de"/"of" at tok: "(los alumnos) de la Universidad Autónoma de
// México", "(workers) of the Kenya National Union of Teachers" (Spanish
// only: the name runs from its head noun through "de", "y" and determiners
// to its last capitalised word); "" when there is none.
func (z *resolver) ofOrgName(tok int) string {
	if z.lang != "es" || tok >= len(z.d.Tokens) || z.w(tok)&wOf == 0 {
		return ""
	}
	p := tok + 1
	if z.w(p)&wDet != 0 {
		p++
	}
	toks := z.d.Tokens
	if p >= len(toks) || z.sent(p) != z.sent(tok) || z.classes[p]&wOrgHead == 0 || !capWord(toks[p].Text) || z.capsSentence(p) {
		return ""
	}
	last, lastEnd := -1, -1 // the capitalised words after the name's last "de"
	for j := p + 1; j < len(toks) && z.sent(j) == z.sent(tok); j++ {
		if h := z.hitStarting(j); h != nil && capWord(toks[j].Text) {
			switch h.pat.form.Kind {
			case KindName, KindDemonym:
				return h.pat.form.Entity.Country
			}
			j = h.end - 1
			last = -1
			continue
		}
		if capWord(toks[j].Text) && z.w(j)&(wLoc|wOf|wConj|wDet) == 0 {
			if z.w(j-1)&wOf != 0 && !capWord(toks[j-1].Text) {
				last = j
			}
			if last >= 0 {
				lastEnd = j + 1
			}
			continue
		}
		if z.w(j)&(wOf|wConj|wDet) != 0 && !capWord(toks[j].Text) {
			if z.w(j)&wOf == 0 {
				last = -1
			}
			continue
		}
		break
	}
	if last >= 0 && lastEnd > last && z.r.opts.Places != nil {
		// "la Universidad de Antioquia", "el Hospital de Cartagena": a name
		// ending in a place of one country, or a major one, is of it
		all, major := z.r.opts.Places.CountriesOf(z.d.Text[toks[last].Start:toks[lastEnd-1].End])
		if len(all) == 1 {
			return all[0]
		}
		if c := z.earlyPlace(toks[last].Start, toks[lastEnd-1].End); c != "" && slices.Contains(all, c) {
			return c // "el Hospital de Santa Cruz" in a story of Cochabamba and El Alto
		}
		return major
	}
	return ""
}

// orgMember returns the orgmember row of the word at token k inside a name
// headed at token i: a row of the word alone ("Trabajo" LAB), else one
// written for that head ("frente de Defensa" CVL: "el Frente de Defensa de
// los Intereses de Puno" is a civic body, while "el Frente Amplio" is left
// to the other rules), and whether it is the head's own. A head's own word
// names the body past a preposition of purpose too ("el Frente Amplio por
// la Defensa del Agua"), and right after the head ("el Frente Cívico de
// Loreto").
func (z *resolver) orgMember(i, k int) (*Form, bool) {
	m := z.r.orgMembers[z.lang]
	w := z.tokenTextFold(k)
	if f := m[w]; f != nil {
		return f, false
	}
	f := m[z.tokenTextFold(i)+" "+w]
	return f, f != nil
}

// orgName reads a capitalised name opened by an organisation head noun
// ("la Central Unitaria de Trabajadores (CUT)", "la Federación Nacional de
// Educadores") as one mention. The name runs through "de", "del", "y" and
// determiners to its last capitalised word, then takes an acronym in
// parentheses. Its role is that of the first noun of people inside it
// ("Trabajadores" LAB, "Educadores" EDU), or of an adjective of people or a
// title standing as one after "de" ("Bancarios" LAB, "Alcaldes" GOV), else
// of an adjective naming doers ("Sindical" LAB), else the head's own
// ("Sindicato", or the roles its orghead row gives: "Coordinadora" CVL);
// its country is that of a country named inside it (a country closing the
// name after "de" stays a place, as a town does), else the one a generic
// group with that role would take. A name with no role word, or holding a
// dictionary organisation or person, is left to the other rules. It returns
// the token index after the mention.
func (z *resolver) orgName(i int) (int, bool) {
	end, _, _, ok := z.orgNameAt(i, true)
	return end, ok
}

// orgNameAt is orgName; with emit false it adds no mention and only tells
// the name's end, roles and country ("un dirigente de la Federación de
// Campesinos de Puno" takes them).
func (z *resolver) orgNameAt(i int, emit bool) (int, []string, string, bool) {
	toks := z.d.Tokens
	if !capWord(toks[i].Text) {
		return 0, nil, "", false
	}
	if h := z.hitStarting(i); h != nil && h.pat.form.Kind != KindAgent && h.pat.form.Kind != KindQual {
		return 0, nil, "", false // "Unión Europea", "Consejo de Seguridad": the dictionary's
	} else if h != nil && h.pat.form.Kind == KindAgent && h.end > i+1 {
		// "la Agencia de Noticias Central de Corea del Norte": a state
		// body's head opening an agent of several words is that agent's
		if f := z.r.orgHeads[z.lang][z.tokenTextFold(i)]; f != nil && firstRole(f.roles) == "GOV" {
			return 0, nil, "", false
		}
	}
	first, last := i, i
	if z.lang != "es" {
		// English names put their modifiers first: "the National Union of
		// Mineworkers"; words no earlier mention took, of no class (but a
		// stance noun's: "Azerbaijan's Mine Action Agency")
		lim := 0
		if n := len(z.out); n > 0 {
			lim = z.out[n-1].End
		}
		for k := i - 1; k >= 0 && z.sent(k) == z.sent(i) && capWord(toks[k].Text) && z.w(k)&^(wStop|wStance) == 0 && z.hitStarting(k) == nil && toks[k].Start >= lim && !z.sentenceStart(k); k-- {
			first = k
		}
		// "the Nigerian Union of Teachers", "the Kenya National Union of
		// Teachers": a country's demonym or name opening the name is its country
		if p := z.prevHit(first); p != nil && p.end == first && (p.pat.form.Kind == KindDemonym || p.pat.form.Kind == KindName) && z.d.Tokens[p.start].Start >= lim {
			first = p.start
		}
		if z.w(i+1)&wOf == 0 {
			// and take words after the head only after "of" ("Trades Union
			// Congress" aside, an English head closes its name otherwise)
			last = len(toks)
		}
	}
	for j := i + 1; last != len(toks) && j < len(toks) && z.sent(j) == z.sent(i); j++ {
		if capWord(toks[j].Text) && z.w(j)&(wLoc|wOf|wConj|wDet) == 0 {
			last = j
			continue
		}
		if z.w(j)&(wOf|wConj|wDet) != 0 && !capWord(toks[j].Text) {
			continue
		}
		// "la Campaña para el Desarme Nuclear", "la Coalición contra la
		// Pobreza": a preposition of purpose or opposition goes on with the
		// name when a capitalised word follows it, past a determiner; so
		// does a locative one in a name that closes with its acronym ("el
		// Sindicato Unitario de Trabajadores en la Educación del Perú
		// (SUTEP)"; "el Sindicato de Trabajadores en Lima" is where it is)
		if (z.w(j)&wOrgLink != 0 || z.w(j)&wLoc != 0 && z.acronymCloses(j+1)) && !capWord(toks[j].Text) && j == last+1 {
			n := j + 1
			if z.w(n)&wDet != 0 {
				n++
			}
			if n < len(toks) && z.sent(n) == z.sent(i) && capWord(toks[n].Text) && z.w(n)&(wLoc|wOf|wConj|wDet) == 0 {
				j = n - 1
				continue
			}
		}
		break
	}
	if last == len(toks) {
		last = i
	}
	if last == i && first == i {
		return 0, nil, "", false
	}
	end := last + 1
	var role *hit
	var inner *hit
	var adj *hit  // a relational adjective inside the name
	cut := -1     // where a closing "de" + country begins
	qual := false // the head is a qualified noun: the name must give a country
	country := ""
	var member *Form // a word of class orgmember inside the name
	purpose := false // past a preposition of purpose or opposition
	for k := first; k < end; k++ {
		h := z.hitStarting(k)
		if h == nil {
			if k > i && z.w(k)&wOrgLink != 0 && !capWord(toks[k].Text) {
				// "el Mecanismo de Protección para Periodistas", "la
				// Coalición contra la Pobreza": people named after a
				// preposition of purpose or opposition are whom the body
				// serves or fights, not its members
				purpose = true
			} else if f, own := z.orgMember(i, k); f != nil && k > i && inner == nil && member == nil && (!purpose || own) && capWord(toks[k].Text) && (z.w(k-1)&(wOf|wDet) != 0 || own && k == i+1) {
				// "el Congreso del Trabajo", "the Federation of Labor": a
				// word of the members' trade
				member = f
			}
			continue
		}
		if h.end > end {
			break
		}
		switch h.pat.form.Kind {
		case KindAgent:
			if len(h.pat.form.Entity.Roles) == 0 {
				continue
			}
			if k == i {
				role = h
			} else if inner == nil && member == nil && !purpose {
				inner = h
			}
		case KindName, KindDemonym:
			if country == "" {
				country = h.pat.form.Entity.Country
				// "la Coordinadora Agrícola del Paraguay": a country's name
				// closing the name after "de" stays a place, as a town does
				if h.pat.form.Kind == KindName && h.end == end && k > i+1 {
					if z.w(k-1)&wOf != 0 {
						cut = k - 1
					} else if z.w(k-1)&wDet != 0 && z.w(k-2)&wOf != 0 && k > i+2 {
						cut = k - 2
					}
				}
			}
		case KindQual:
			// "el Instituto Venezolano del Seguro Social", "la Universidad
			// Autónoma de México": a head that is an actor only with a country
			if k == i && len(h.pat.form.Entity.Roles) > 0 {
				role, qual = h, true
			}
		case KindNominal, KindTitle:
			// "la Asociación de Bancarios del Uruguay", "la Federación de
			// Jubilados", "la Asociación de Alcaldes": an adjective of people
			// standing as a noun, or a title, inside the name, capitalised
			// after "de", names its members as a noun of people would
			if k > i && inner == nil && member == nil && !purpose && len(h.pat.form.Entity.Roles) > 0 && z.w(k-1)&(wOf|wDet) != 0 && capWord(toks[k].Text) {
				inner = h
			} else if h.pat.relational && k == i+1 && len(h.pat.form.Entity.Roles) > 0 {
				adj = h // "la Federación Universitaria"
			}
		case KindRelational:
			// "la Coordinadora Agrícola del Paraguay", "el Frente Sindical":
			// an adjective that names the doers of an act, right after the
			// head, names the members ("la Liga Deportiva Universitaria" is
			// a club)
			if k == i+1 && len(h.pat.form.Entity.Roles) > 0 {
				adj = h
			}
		case KindCapital, KindSeat, KindAction:
		default:
			return 0, nil, "", false // an organisation or person of the dictionary inside
		}
		k = h.end - 1
	}
	if inner != nil {
		role = inner
	} else if member != nil && !qual {
		role = &hit{start: i, end: i + 1, pat: &pattern{form: member}}
	} else if f := z.r.orgHeads[z.lang][z.tokenTextFold(i)]; role == nil && adj != nil && (f == nil || firstRole(f.roles) != "GOV") {
		// (not after a state body's head: "la Autoridad Portuaria" is
		// the port's authority, not its workers)
		role = adj
	}
	roles := []string(nil)
	headRow := false // the role is the head row's own
	if member != nil && role.pat.form == member {
		roles = member.roles
	} else if role == nil {
		// "la Coordinadora Nacional de Lima", "el Comité Cívico": no noun
		// of people inside, the head's own roles, if it has any
		// (not a unit's name in a complement: "guerrilleros del Frente
		// Kaled Gómez", a front of an armed group)
		f := z.r.orgHeads[z.lang][z.tokenTextFold(i)]
		if f == nil || z.w(i)&wUnit != 0 && (z.w(i-1)&wOf != 0 || z.w(i-1)&wDet != 0 && z.w(i-2)&wOf != 0) {
			return 0, nil, "", false
		}
		role = &hit{start: i, end: i + 1, pat: &pattern{form: f}}
		roles = f.roles
		headRow = true
	} else {
		roles = role.pat.form.Entity.Roles
	}
	for k := i + 1; country == "" && k < end; k++ {
		if z.w(k)&wOf != 0 {
			// a town or region closing the name: "Asociación de Educadores de
			// Arauca" gives its country and stays a place for the places stage
			if c, q := z.placeComplement(k, role.pat.form, i); c != "" && q == end && k > role.start {
				country = c
				end, last = k, k-1
			}
		}
	}
	if country == "" {
		if qual && inner == nil {
			return 0, nil, "", false // "la Universidad Católica": no country named
		}
		country = z.inherit(roles, i)
		if country == "" && headRow {
			return 0, nil, "", false // "the National Olympic Committee": no word of people, no country
		}
	}
	st := first
	if st > 0 && z.sent(st-1) == z.sent(st) && z.w(st-1)&wDet != 0 {
		st--
	}
	acr := -1
	span := end // the mention's end; end, the tokens it consumes
	if cut > 0 && !qual {
		span, last = cut, cut-1 // ("la Universidad Nacional de Honduras" keeps its name whole)
	}
	if end+2 < len(toks) && toks[end].Text == "(" && toks[end+2].Text == ")" && allCaps(toks[end+1].Text) && z.sent(end+2) == z.sent(i) {
		acr = end + 1
		end += 3
		if cut < 0 {
			span = end
		}
	}
	if !emit {
		return end, roles, country, true
	}
	a := z.mention(st, span, role, country, roles, "agent")
	a.Head = z.span(first, last+1)
	a.Name = z.d.Text[toks[first].Start:toks[last].End]
	a.Source = z.concat(SourceOrgName, role.pat.form.Source)
	z.add(a)
	if acr >= 0 {
		z.rememberFold(z.tokenTextFold(acr), &z.out[len(z.out)-1])
	}
	return end, roles, country, true
}

// trailingAcronym returns the token of an acronym in parentheses that
// closes the name of a body whose mention ends at token end, or -1: the
// rest of the name is capitalised words joined by "de", "of", "y", "and"
// and determiners, none of them another actor ("la Fiscalía General de la
// República (FGR)", "the Uganda People's Defence Forces (UPDF)"), so that
// "la FGR", "the UPDF" name that body later in the article. An acronym the
// dictionaries know is left to them.
func (z *resolver) trailingAcronym(end int) int {
	toks := z.d.Tokens
	if end <= 0 || end >= len(toks) {
		return -1
	}
	sent := z.sent(end - 1)
	k := end
	for ; k < len(toks) && k < end+8 && z.sent(k) == sent; k++ {
		if toks[k].Text == "(" {
			break
		}
		if z.hitStarting(k) != nil || z.covered(k) {
			return -1
		}
		if capWord(toks[k].Text) && z.w(k)&(wLoc|wOf|wConj|wDet) == 0 || z.w(k)&(wOf|wConj|wDet) != 0 && !capWord(toks[k].Text) {
			continue
		}
		return -1
	}
	if k+2 >= len(toks) || toks[k].Text != "(" || toks[k+2].Text != ")" || z.sent(k+2) != sent {
		return -1
	}
	if k > end && !capWord(toks[k-1].Text) {
		return -1 // "de la (FGR)": the name must close on a word of its own
	}
	a := k + 1
	if t := toks[a].Text; !allCaps(t) || len(t) < 2 || z.hitStarting(a) != nil {
		return -1
	}
	return a
}

// acronymCloses reports whether the capitalised words from token j (past a
// determiner), joined by "de", "y" and determiners, end right before an
// acronym in parentheses: the rest of an organisation's name.
func (z *resolver) acronymCloses(j int) bool {
	toks := z.d.Tokens
	if z.w(j)&wDet != 0 {
		j++
	}
	if j >= len(toks) || !capWord(toks[j].Text) {
		return false
	}
	for k := j; k < len(toks) && k < j+12 && z.sent(k) == z.sent(j); k++ {
		if capWord(toks[k].Text) && z.w(k)&(wLoc|wOf|wConj|wDet) == 0 || z.w(k)&(wOf|wConj|wDet) != 0 && !capWord(toks[k].Text) {
			continue
		}
		return k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" && allCaps(toks[k+1].Text) && capWord(toks[k-1].Text)
	}
	return false
}

// placeTail reads a Spanish name part by part from token n, each part
// capitalised words and the next after "de" ("San José de Apartadó"), up
// to three parts: it returns the country of the last part, when that part
// is a country or capital the dictionaries know, or alone a place of one
// country or of a major one ("Apartadó"), and the end of the whole name;
// else "".
func (z *resolver) placeTail(n int) (string, int) {
	pl := z.r.opts.Places
	sent := z.sent(n)
	for k := 0; k < 3 && n < len(z.d.Tokens) && z.sent(n) == sent && capWord(z.d.Tokens[n].Text) && !z.capsSentence(n); k++ {
		q := n
		h := z.hitStarting(n)
		if h != nil {
			q = h.end
		} else {
			for q < len(z.d.Tokens) && q < n+3 && z.sent(q) == sent && capWord(z.d.Tokens[q].Text) && z.hitStarting(q) == nil && z.w(q)&^wStop == 0 {
				q++
			}
		}
		if q == n {
			break
		}
		if nx := q + 1; nx < len(z.d.Tokens) && z.sent(nx) == sent && z.w(q)&wOf != 0 && capWord(z.d.Tokens[nx].Text) {
			n = nx // the name goes on: its last part decides
			continue
		}
		if h != nil {
			switch h.pat.form.Kind {
			case KindCapital, KindName:
				return h.pat.form.Entity.Country, q
			}
			return "", 0
		}
		all, major := pl.CountriesOf(z.d.Text[z.d.Tokens[n].Start:z.d.Tokens[q-1].End])
		switch {
		case len(all) == 1:
			return all[0], q
		case major != "":
			return major, q
		}
		break
	}
	return "", 0
}

// longerCapital reports a capital's name at token n that a longer Spanish
// name after "de" goes on ("San José de Apartadó").
func (z *resolver) longerCapital(n int) bool {
	h := z.hitStarting(n)
	return h != nil && h.pat.form.Kind == KindCapital && z.longerName(h)
}

// upperSpan reports text with letters and none in lower case ("MADRID").
func upperSpan(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// organRoles returns the roles of a state's organ whose name an
// international body's form matched by h shares (kind organ: "Security
// Council", "Consejo de Seguridad"), else nil.
func (z *resolver) organRoles(h *hit) []string {
	if h.pat.form.Kind != KindOrg || isoCountry(h.pat.form.Entity.Country) != "" {
		return nil
	}
	var b strings.Builder
	for i := h.start; i < h.end; i++ {
		if i > h.start {
			b.WriteByte(' ')
		}
		b.WriteString(z.folds[i])
	}
	return z.r.organs[z.lang][b.String()]
}

// stateOrgan reads an international body's form that a state's organ
// shares (kind organ) as that state's organ where a country owns it: a
// complement naming a country after it ("el Consejo de Seguridad de
// Rusia", "the Security Council of Russia"), a Spanish demonym after it
// ("el Consejo de Seguridad ruso"), or an English genitive or demonym
// right before it ("Russia's Security Council", "the Russian Security
// Council"). Alone it stays the international body.
func (z *resolver) stateOrgan(h *hit) (doc.Actor, int, bool) {
	roles := z.organRoles(h)
	if roles == nil {
		return doc.Actor{}, 0, false
	}
	det := func(st int) int {
		if st > 0 && z.sent(st-1) == z.sent(h.start) && z.w(st-1)&wDet != 0 {
			return st - 1
		}
		return st
	}
	organ := func(st, end int, country string) (doc.Actor, int, bool) {
		a := z.mention(st, end, h, country, roles, KindSeat)
		a.Entity = ""
		return a, end, true
	}
	if c, ce := z.ofCountry(h.end); c != "" {
		return organ(det(h.start), ce, c)
	}
	if n := z.hitStarting(h.end); z.lang == "es" && n != nil && n.pat.form.Kind == KindDemonym && isoCountry(n.pat.form.Entity.Country) != "" && z.sent(h.end) == z.sent(h.start) {
		return organ(det(h.start), n.end, n.pat.form.Entity.Country)
	}
	if p := z.prevHit(h.start); z.lang != "es" && p != nil && (p.pat.form.Kind == KindName || p.pat.form.Kind == KindDemonym) && isoCountry(p.pat.form.Entity.Country) != "" && z.sent(p.start) == z.sent(h.start) {
		return organ(det(p.start), h.end, p.pat.form.Entity.Country)
	}
	return doc.Actor{}, 0, false
}

// kinOfOwners makes a noun of kinship head the mention of its owner, in an
// English possessive before it ("the suspect's brother") or after it and
// "of"/"de" ("el hermano del sospechoso"): the relative is not the owner, a
// civilian of the owner's country, or of its elite when the owner is a
// named person or one of a government (as kinOfPeople does).
func (z *resolver) kinOfOwners() {
	for k := range z.out {
		a := &z.out[k]
		if strings.HasPrefix(a.Source, "kin:") || a.Kind == KindPerson && a.Country == "" {
			continue
		}
		first, last := z.d.TokenAt(a.Start), z.d.TokenAt(a.End-1)
		if first >= len(z.d.Tokens) || last >= len(z.d.Tokens) {
			continue
		}
		txt := z.d.Text[a.Start:a.End]
		kin, start, end := -1, a.Start, a.End
		if n := last + 1; (strings.HasSuffix(txt, "'s") || strings.HasSuffix(txt, "’s") || strings.HasSuffix(txt, "s'") || strings.HasSuffix(txt, "s’")) &&
			n < len(z.d.Tokens) && z.w(n)&wKin != 0 && z.sent(n) == z.sent(last) {
			kin, end = n, z.d.Tokens[n].End
		} else {
			p := first
			if z.w(p)&wOf == 0 {
				p--
				for q := 0; q < 2 && p >= 0 && z.w(p)&wDet != 0 && z.w(p)&wOf == 0; q++ {
					p--
				}
			}
			if p >= 1 && z.w(p)&wOf != 0 && z.w(p-1)&wKin != 0 && z.sent(p-1) == z.sent(first) {
				kin, start = p-1, z.d.Tokens[p-1].Start
			}
		}
		if kin < 0 {
			continue
		}
		role := kinRole(a)
		a.Span.Start, a.Span.End = start, end
		a.Head = z.d.Tokens[kin].Span
		a.Roles = []string{role}
		a.Code = z.code(a.Country, a.Roles)
		a.Entity, a.Name = "", ""
		a.Source = "kin:" + a.Source
	}
}

// kinRole is the role of a relative of owner: elite for a named person or
// an officeholder (GOV, ELI), a civilian otherwise.
func kinRole(owner *doc.Actor) string {
	if owner.Kind == KindPerson || slices.Contains(owner.Roles, "GOV") || slices.Contains(owner.Roles, "ELI") {
		return "ELI"
	}
	return "CVL"
}
