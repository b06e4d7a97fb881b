// Package actors recognises and resolves actor mentions (people, countries,
// organisations, generic agents) and codes them in CAMEO.
//
// Dictionaries (data/actors, see its README) are compiled once into one
// token trie per language; Process walks a document's tokens once, takes
// the longest dictionary match at each token, and then applies phrase
// rules (an agent with a country adjective or complement, a title before a
// name, a possessive before an agent), coreference (a later surname, "su
// gobierno") and dating (the code a person held on the article's date).
package actors

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// Options configure the stage.
type Options struct {
	// UserDicts are extra dictionary files or folders given by the user;
	// their entries override the embedded ones.
	UserDicts []string
	// Places, when set, tells the countries a place name may lie in, so
	// that an agent whose complement names a town or a region takes its
	// country ("the mayor of Nablus", "el gobernador de Táchira") rather
	// than that of the nearest actor. Towns are known only to the places
	// stage, which runs after this one; the pipeline passes its gazetteer.
	Places PlaceCountries
	// Verbs, when set, tells the verb forms of event verbs, so that in an
	// English headline in title case ("Police Arrest 40 Protesters") a
	// capitalised verb after an agent is no part of a name.
	Verbs VerbForms
}

// VerbForms tells whether a lower-case word may be a form of a verb that
// tells an event in the language ("arrest", "arrests", "kill").
type VerbForms interface {
	VerbForm(lang, lower string) bool
}

// PlaceCountries tells the countries a place name may lie in.
type PlaceCountries interface {
	// CountriesOf returns every country holding a place of that name, and
	// the country of a major place of that name (a first-level division or
	// a large town) when the largest one is major, else "".
	CountriesOf(name string) (all []string, major string)
}

// EarlyPlaces is the places stage seen from this one, which runs before
// it: it can resolve an article's place names together (each by the
// others) before any actor is known. Options.Places may implement it.
type EarlyPlaces interface {
	Early(d *doc.Doc) []doc.Place
}

// Recognizer is the pipeline stage. It is safe for concurrent use once built.
type Recognizer struct {
	opts    Options
	dict    *Dict
	tries   map[string]*trie // by document language ("es", "en")
	anyOnce sync.Once        // the trie for documents of other languages, built on first use
	anyTrie *trie
	words   map[string]map[string]word // function words by language and fold
	// orgHeads: the organisation head nouns with roles of their own, by
	// language and fold: the role of a name no noun of people inside gives
	// one ("el Frente Patriótico de Loreto" CVL)
	orgHeads map[string]map[string]*Form
	// orgMembers: the nouns that, capitalised after "de"/"of" inside an
	// organisation's name, give its members' role, by language and fold
	// ("el Congreso del Trabajo", "the Federation of Labor" LAB)
	orgMembers map[string]map[string]*Form
	// audience: the words around a statement's addressee, by language and
	// fold: audSay a verb or noun of saying before a link word, audTell a
	// verb of telling before its object, audLink the link word ("dijo a los
	// periodistas", "told reporters", "speaking to reporters")
	audience map[string]map[string]uint8
	// flags: the nouns of a ship's flag, by language and fold ("buques de
	// bandera china")
	flags map[string]map[string]bool
	// courts: the ids of international organisations with a word of kind
	// bench in one of their names ("International Court of Justice"), which
	// "the court", "the judges" after them refer to
	courts map[string]bool

	bySurname map[string][]*Entity // people by the fold of the last word of their canonical name
	// leaders: English one-word country names and demonyms by fold, the
	// country of "the Kenyan-led mission", "Saudi-led forces"
	leaders map[string]string
	// acts: nouns of collective or armed acts by language and fold ("huelga",
	// "protests"); relational: the folds of the relational adjectives by
	// language, which name the doers of such an act ("huelga magisterial")
	acts, relational map[string]map[string]bool
	locals           map[string]map[string]bool     // words of local government, by language (kind local)
	localPairs       map[string]map[[2]string]bool  // two-word forms of local government ("chief minister"), by language
	townHalls        map[string]map[string]bool     // nouns of a local government's seat, by language (kind townhall)
	papers           map[string]map[string]bool     // capitalised nouns that make a country's name before them a news outlet, by language and fold (kind paper)
	crews            map[string]map[string][]string // nouns of those who serve in a force, by language and fold: the roles of an owner they take (kind crew)
	organs           map[string]map[string][]string // forms of an international body a state's organ shares, by language and fold: the roles of the state's (kind organ)
	envoys           map[string]map[string]bool     // nouns of a country's representation abroad, by language (kind envoy)
	homeBodies       map[string]map[string]bool     // nouns of a state's own body at home, by language (kind statebody)
	homes            map[string]map[string]bool     // nouns of one's country, by language (kind home)
	linked           map[string]map[string]bool     // second parts of "X-linked", by language (kind linked)
	orgForms         map[string]map[string]*Entity  // fold of a one-word form of an organisation -> it, by language
	relRoles         map[string]map[string][]string // fold of a relational adjective -> the roles of the doers it names, by language
	appos            map[string]map[string]bool     // role nouns heading a person's apposition, by language (kind appos)
	based            map[string]map[string]bool     // second parts of "X-based", "X-registered", by language (kind based)
	// orgsByForm: the organisations that share a form in a language
	// (language, NUL, folded form), where more than one does: "EPL" in
	// Spanish is China's army and Colombia's guerrilla (orgFor chooses)
	orgsByForm map[string][]*Entity
}

// lexEntry is what one lookup of a word gives: its trie node from the root
// (0 when none) and its function-word classes.
type lexEntry struct {
	root  int32
	class word
}

// word is the set of function-word classes of one fold.
type word uint64

const (
	wDet word = 1 << iota
	wIndef
	wPoss
	wLoc
	wOf
	wConj
	wStop
	wAgainst
	wArea
	wMulti
	wPair
	wOrgRef
	wGroupRef
	wQuant
	wRel
	wHost
	wParty
	wFacing
	wPlaceHead
	wFor
	wOrgHead
	wUnit
	wOpposed
	wStance
	wEthnic
	wHolding
	wSpeaker
	wSettled
	wKin
	wOrgLink
	wLedHead
	wPersonal
	wCounsel
	wBench
	wRally
	wCommune
	wByPart
	wDiaspora
)

var wordClass = map[string]word{KindDet: wDet, KindIndef: wIndef, KindPoss: wPoss, KindLoc: wLoc, KindOf: wOf, KindConj: wConj, KindStop: wStop, KindAgainst: wAgainst, KindArea: wArea, KindMulti: wMulti, KindPair: wPair, KindOrgRef: wOrgRef, KindGroupRef: wGroupRef, KindQuant: wQuant, KindRel: wRel, KindHost: wHost, KindParty: wParty, KindFacing: wFacing, KindPlaceHead: wPlaceHead, KindFor: wFor, KindOrgHead: wOrgHead, KindUnit: wUnit, KindOpposed: wOpposed, KindStance: wStance, KindEthnic: wEthnic, KindHolding: wHolding, KindSpeaker: wSpeaker, KindSettled: wSettled, KindKin: wKin, KindOrgLink: wOrgLink, KindLedHead: wLedHead, KindPersonal: wPersonal, KindCounsel: wCounsel, KindBench: wBench, KindRally: wRally, KindCommune: wCommune, KindByPart: wByPart, KindDiaspora: wDiaspora}

// New builds the stage, loading and compiling its dictionaries.
func New(opts Options) (*Recognizer, error) {
	d, err := Load(opts.UserDicts)
	if err != nil {
		return nil, err
	}
	return Compile(d, opts), nil
}

// Name names the stage in error messages.
func (s *Recognizer) Name() string { return "actors" }

// Surname reports whether a word ends the canonical name of a person of
// the dictionaries ("Chávez" of Hugo Chávez) and is no stop word: the
// places stage reads such a word standing alone as the person, not as a
// town of that name.
func (s *Recognizer) Surname(word string) bool {
	k := fold(word)
	return len(s.bySurname[k]) > 0 && s.words[""][k]&wStop == 0
}

// Dict returns the loaded dictionaries.
func (s *Recognizer) Dict() *Dict { return s.dict }

var langs = []string{"es", "en"}

// Compile builds the tries of a loaded dictionary.
func Compile(d *Dict, opts Options) *Recognizer {
	r := &Recognizer{opts: opts, dict: d, tries: map[string]*trie{}, words: map[string]map[string]word{}}
	for _, l := range langs {
		r.tries[l] = newTrie(len(d.Forms))
		r.words[l] = map[string]word{}
	}
	// function words first: plural generation needs the prepositions
	for i := range d.Forms {
		f := &d.Forms[i]
		if c, ok := wordClass[f.Kind]; ok {
			for _, l := range langs {
				if f.Lang == "" || f.Lang == l {
					r.words[l][fold(f.Text)] |= c
				}
			}
		}
	}
	r.acts, r.relational, r.locals = map[string]map[string]bool{}, map[string]map[string]bool{}, map[string]map[string]bool{}
	r.townHalls, r.appos, r.based = map[string]map[string]bool{}, map[string]map[string]bool{}, map[string]map[string]bool{}
	r.orgHeads, r.envoys, r.homes, r.homeBodies = map[string]map[string]*Form{}, map[string]map[string]bool{}, map[string]map[string]bool{}, map[string]map[string]bool{}
	r.orgMembers, r.audience, r.flags = map[string]map[string]*Form{}, map[string]map[string]uint8{}, map[string]map[string]bool{}
	r.linked, r.orgForms, r.relRoles = map[string]map[string]bool{}, map[string]map[string]*Entity{}, map[string]map[string][]string{}
	r.organs, r.localPairs = map[string]map[string][]string{}, map[string]map[[2]string]bool{}
	r.crews, r.papers = map[string]map[string][]string{}, map[string]map[string]bool{}
	for _, l := range langs {
		r.localPairs[l] = map[[2]string]bool{}
		r.envoys[l], r.homes[l], r.homeBodies[l] = map[string]bool{}, map[string]bool{}, map[string]bool{}
		r.linked[l], r.orgForms[l], r.relRoles[l] = map[string]bool{}, map[string]*Entity{}, map[string][]string{}
		r.organs[l], r.crews[l], r.papers[l] = map[string][]string{}, map[string][]string{}, map[string]bool{}
		r.acts[l], r.relational[l], r.locals[l] = map[string]bool{}, map[string]bool{}, map[string]bool{}
		r.townHalls[l], r.appos[l], r.based[l] = map[string]bool{}, map[string]bool{}, map[string]bool{}
		r.orgHeads[l], r.orgMembers[l], r.audience[l], r.flags[l] = map[string]*Form{}, map[string]*Form{}, map[string]uint8{}, map[string]bool{}
	}
	var vs []*Form
	for i := range d.Forms {
		f := &d.Forms[i]
		for _, l := range langs {
			if f.Lang != "" && f.Lang != l {
				continue
			}
			switch f.Kind {
			case KindAct:
				r.acts[l][fold(f.Text)] = true
			case KindOrgHead:
				if len(f.roles) > 0 {
					r.orgHeads[l][fold(f.Text)] = f
				}
			case KindOrgMember:
				if len(f.roles) > 0 {
					r.orgMembers[l][orgMemberKey(f.Text)] = f
				}
			case KindAudience:
				r.audience[l][fold(f.Text)] |= audSay
			case KindTell:
				r.audience[l][fold(f.Text)] |= audTell
			case KindAudLink:
				r.audience[l][fold(f.Text)] |= audLink
			case KindFlag:
				r.flags[l][fold(f.Text)] = true
			case KindLocal:
				if w := strings.Fields(fold(f.Text)); len(w) == 2 {
					r.localPairs[l][[2]string{w[0], w[1]}] = true
				} else {
					r.locals[l][fold(f.Text)] = true
				}
			case KindTownHall:
				r.townHalls[l][fold(f.Text)] = true
			case KindEnvoy:
				r.envoys[l][fold(f.Text)] = true
			case KindStateBody:
				r.homeBodies[l][fold(f.Text)] = true
			case KindHome:
				r.homes[l][fold(f.Text)] = true
			case KindLinked:
				r.linked[l][fold(f.Text)] = true
			case KindOrgan:
				if len(f.roles) > 0 {
					r.organs[l][fold(f.Text)] = f.roles
				}
			case KindPaper:
				r.papers[l][fold(f.Text)] = true
			case KindCrew:
				if len(f.roles) > 0 {
					r.crews[l][fold(f.Text)] = f.roles
				}
			case KindOrg:
				if k := fold(f.Text); r.orgForms[l][k] == nil {
					r.orgForms[l][k] = f.Entity
				}
			case KindAppos:
				r.appos[l][fold(f.Text)] = true
			case KindBased:
				r.based[l][fold(f.Text)] = true
			case KindRelational:
				vs = r.appendVariants(vs[:0], f, l)
				for _, v := range vs {
					r.relational[l][fold(v.Text)] = true
					if k := fold(v.Text); r.relRoles[l][k] == nil {
						r.relRoles[l][k] = f.Entity.Roles
					}
				}
			}
		}
	}
	r.courts = map[string]bool{}
	for i := range d.Forms {
		f := &d.Forms[i]
		if f.Kind != KindOrg || isoCountry(f.Entity.Country) != "" || r.courts[f.Entity.ID] {
			continue
		}
		for _, w := range formWords(f.Text) {
			if k := fold(w); f.Lang == "" && (r.words["es"][k]|r.words["en"][k])&wBench != 0 || f.Lang != "" && r.words[f.Lang][k]&wBench != 0 {
				r.courts[f.Entity.ID] = true
				break
			}
		}
	}
	r.leaders = map[string]string{}
	for i := range d.Forms {
		f := &d.Forms[i]
		if (f.Kind == KindDemonym || f.Kind == KindName) && f.Lang != "es" && len(formWords(f.Text)) == 1 && isoCountry(f.Entity.Country) != "" {
			r.leaders[fold(f.Text)] = f.Entity.Country
		}
	}
	r.bySurname = map[string][]*Entity{}
	for _, e := range d.Entities {
		if e.Kind == KindPerson {
			ws := formWords(e.Name)
			e.nameFolds = make([]string, len(ws))
			for i, w := range ws {
				e.nameFolds[i] = fold(w)
			}
			if n := len(e.nameFolds); n > 1 {
				r.bySurname[e.nameFolds[n-1]] = append(r.bySurname[e.nameFolds[n-1]], e)
			}
		}
	}
	r.words[""] = map[string]word{}
	for _, l := range langs {
		for k, v := range r.words[l] {
			r.words[""][k] |= v
		}
	}
	for _, l := range langs {
		r.tries[l].addWords(r.words[l])
	}
	r.fill(langs)
	for _, l := range langs {
		r.tries[l].freeze()
		r.tries[l].linkAlternatives()
	}
	return r
}

// The word classes of a statement's audience (Recognizer.audience).
const (
	audSay uint8 = 1 << iota
	audTell
	audLink
)

// addWords gives the function words of the trie's language their classes.
func (t *trie) addWords(words map[string]word) {
	for k, c := range words {
		id, ok := t.voc.ids[k]
		if !ok {
			id = t.voc.add(k)
		}
		t.voc.words[id].e.class = c
	}
}

// fill adds every content form to the tries of the given languages.
func (r *Recognizer) fill(ls []string) {
	var vs []*Form
	for i := range r.dict.Forms {
		f := &r.dict.Forms[i]
		if functionKind(f.Kind) {
			continue
		}
		for _, l := range ls {
			if f.Lang != "" && f.Lang != l && l != "" {
				continue
			}
			t := r.anyTrie
			if l != "" {
				t = r.tries[l]
			}
			vs = r.appendVariants(vs[:0], f, l)
			for _, v := range vs {
				r.addPattern(t, v, l)
				if v.Kind == KindOrg {
					r.fileOrg(l, v)
				}
			}
		}
	}
}

// fileOrg files an organisation's form by language, to find the other
// organisations that share it.
func (r *Recognizer) fileOrg(lang string, f *Form) {
	if r.orgsByForm == nil {
		r.orgsByForm = map[string][]*Entity{}
	}
	k := lang + "\x00" + fold(f.Text)
	for _, e := range r.orgsByForm[k] {
		if e == f.Entity {
			return
		}
	}
	r.orgsByForm[k] = append(r.orgsByForm[k], f.Entity)
}

// trieFor returns the trie of a document language; documents in other
// languages get one with every form, built on first use.
func (r *Recognizer) trieFor(lang string) *trie {
	if t, ok := r.tries[lang]; ok {
		return t
	}
	r.anyOnce.Do(func() {
		t := newTrie(2 * len(r.dict.Forms))
		t.addWords(r.words[""])
		r.anyTrie = t
		r.fill([]string{""})
		t.freeze()
		t.linkAlternatives()
	})
	return r.anyTrie
}

// variants returns the form with its generated inflections, each a Form of
// its own (sharing entity and source).
func (r *Recognizer) variants(f *Form, lang string) []*Form {
	return r.appendVariants(nil, f, lang)
}

// appendVariants appends the form and its generated inflections to out.
func (r *Recognizer) appendVariants(out []*Form, f *Form, lang string) []*Form {
	out = append(out, f)
	l := f.Lang
	if l == "" {
		l = lang
	}
	if l == "" {
		return out
	}
	isOf := func(w string) bool { return r.words[l][fold(w)]&wOf != 0 }
	switch f.Kind {
	case KindDemonym, KindAgent, KindTitle, KindAction, KindQual, KindNominal, KindRelational:
	default:
		return out
	}
	if f.Kind == KindDemonym && !strings.Contains(f.Text, " ") && listedPlural(f.Text, l) {
		g := *f
		g.Plural = true
		out[0] = &g
	}
	if f.Kind == KindDemonym && l == "es" && !strings.Contains(f.Text, " ") {
		if fem := esFeminine(f.Text); fem != "" {
			g := *f
			g.Text = fem
			out = append(out, &g)
		}
	}
	n := len(out)
	for _, v := range out[:n] {
		if v.Plural {
			continue
		}
		if p := plural(v.Text, l, isOf); p != "" && fold(p) != fold(v.Text) {
			g := *v
			g.Text = p
			g.Plural = true
			out = append(out, &g)
		}
	}
	// machine-translated Spanish often leaves the contraction undone ("el
	// ministro de el ramo", "el portavoz de el Gobierno"): a form with
	// "del" is also read with "de el"
	if l == "es" {
		n = len(out)
		for _, v := range out[:n] {
			if strings.Contains(v.Text, " del ") {
				g := *v
				g.Text = strings.ReplaceAll(v.Text, " del ", " de el ")
				out = append(out, &g)
			}
		}
	}
	return out
}

// listedPlural reports whether a demonym written in the dictionary is
// already a plural: it ends in an unstressed -s ("rusos"; not "francés").
func listedPlural(w, lang string) bool {
	if !strings.HasSuffix(fold(w), "s") {
		return false
	}
	if lang == "es" {
		return esPluralWord(w) == ""
	}
	return !strings.HasSuffix(fold(w), "ss")
}

// properKind reports whether a kind names something proper (written with
// a capital in running text).
func properKind(k string) bool {
	switch k {
	case KindName, KindCapital, KindSeat, KindOrg, KindPerson, KindIgnore:
		return true
	}
	return false
}

func (r *Recognizer) addPattern(t *trie, f *Form, lang string) {
	ids, caps, upper := t.ids[:0], t.caps[:0], t.upper[:0]
	t.words = appendFormWords(t.words[:0], f.Text)
	for _, w := range t.words {
		ac, up := allCaps(w), capWord(w)
		if lang != "es" && len(w) > 2 && strings.HasSuffix(w, "'s") {
			// the text's English genitives are matched by their stem
			// ("People's Republic of China"), so the forms' are too
			w = w[:len(w)-2]
		}
		if k, ok := asciiFold(t.key[:0], w); ok && !hasDotOrHyphen(string(k)) {
			t.key = k
			if len(k) > 0 {
				ids, caps, upper = append(ids, t.voc.idOf(k)), append(caps, ac), append(upper, up)
			}
			continue
		}
		for _, k := range unitKeys(fold(w)) {
			ids, caps, upper = append(ids, t.voc.idOf([]byte(k))), append(caps, ac), append(upper, up)
		}
	}
	t.ids, t.caps, t.upper = ids, caps, upper
	n := len(ids)
	if n == 0 {
		return
	}
	if cap(t.flags)-len(t.flags) < 2*n {
		t.flags = make([]bool, 0, max(1<<14, 2*n))
	}
	at := len(t.flags)
	t.flags = append(append(t.flags, caps...), upper...)
	p := pattern{form: f, caps: t.flags[at : at+n : at+n], upper: t.flags[at+n : at+2*n : at+2*n], units: n, rank: kindRank[f.Kind]}
	if properKind(f.Kind) || f.Kind == KindQual && upper[0] {
		// (a qualified noun written with a capital in the dictionary
		// names an institution only when capitalised: "la Universidad
		// Católica", not "en la universidad de Belén")
		p.rule = capFirst
	}
	// an adjective standing as a noun that is relational too names the
	// doers of an act after it ("ofensiva guerrillera", "ataque paramilitar")
	p.relational = f.Kind == KindRelational || f.Kind == KindNominal && lang != "" && r.relational[lang][fold(f.Text)]
	t.add(ids, p)
}

// kindRank orders the kinds competing for one span (lower wins).
var kindRank = map[string]int{KindIgnore: 0, KindPerson: 1, KindOrg: 2, KindSeat: 3, KindCapital: 4, KindName: 5, KindTitle: 6, KindAction: 7, KindQual: 7, KindNominal: 7, KindAgent: 8, KindDemonym: 9, KindRelational: 10}

// Process annotates d with its actor mentions. The Roles of the mentions
// may share storage with the dictionaries: read them, do not modify them.
func (s *Recognizer) Process(d *doc.Doc) error {
	if len(d.Tokens) == 0 {
		return nil
	}
	lang := d.Lang
	if lang != "es" && lang != "en" {
		lang = ""
	}
	t := s.trieFor(lang)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	n := len(d.Tokens)
	sc.grow(n)
	clear(sc.starts)
	for _, st := range d.Sentences {
		if st.FirstTok < n {
			sc.starts[st.FirstTok] = true
		}
	}
	sc.units = textUnits(sc.units[:0], sc.classes, sc.hitAt, &t.voc, d.Tokens, sc.folds, sc.starts, lang)
	sc.hits = t.scan(sc.hits[:0], sc.units, d)
	var early []doc.Place
	earlyDone := false
	var earlyFn func() []doc.Place
	if ep, ok := s.opts.Places.(EarlyPlaces); ok {
		earlyFn = func() []doc.Place {
			if !earlyDone {
				earlyDone = true
				early = ep.Early(d)
			}
			return early
		}
	}
	t.contextCountries(sc.hits, func(c string) bool { return s.dict.Existed(c, d.Date) }, d, earlyFn)
	if sc.surnames == nil {
		sc.surnames = map[string]*doc.Actor{}
	}
	res := &sc.res
	if cap(sc.capsSent) < len(d.Sentences) {
		sc.capsSent = make([]int8, len(d.Sentences))
	}
	sc.capsSent = sc.capsSent[:len(d.Sentences)]
	clear(sc.capsSent)
	if cap(sc.titleSent) < len(d.Sentences) {
		sc.titleSent = make([]int8, len(d.Sentences))
	}
	sc.titleSent = sc.titleSent[:len(d.Sentences)]
	clear(sc.titleSent)
	*res = resolver{r: s, d: d, lang: lang, hits: sc.hits, voc: &t.voc, folds: sc.folds, classes: sc.classes, hitAt: sc.hitAt, capsSent: sc.capsSent, titleSent: sc.titleSent,
		out: sc.out[:0], surnames: sc.surnames, counts: sc.counts[:0], focus: -1, lastPlace: -1, sc: sc, early: early, earlyDone: earlyDone}
	res.run()
	out := res.out
	sorted := true
	for i := 1; i < len(out); i++ {
		if out[i].Start < out[i-1].Start {
			sorted = false
			break
		}
	}
	if !sorted {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	if d.Actors == nil {
		d.Actors = make([]doc.Actor, 0, len(out))
	}
	d.Actors = append(d.Actors, out...)
	// keep the buffers, not what they point to
	clear(out)
	clear(sc.surnames)
	clear(res.counts)
	sc.out, sc.counts = out[:0], res.counts[:0]
	*res = resolver{}
	return nil
}

// scratch holds the per-document buffers Process reuses.
type scratch struct {
	folds     []string
	classes   []word
	starts    []bool
	hitAt     []int32
	units     []unit
	capsSent  []int8
	titleSent []int8
	hits      []hit

	res      resolver
	out      []doc.Actor
	surnames map[string]*doc.Actor
	counts   []countryCount
	buf      []byte
	strs     map[string]string // interned codes and sources
}

// intern returns b as a string, allocating only the first time.
func (sc *scratch) intern(b []byte) string {
	if s, ok := sc.strs[string(b)]; ok {
		return s
	}
	if sc.strs == nil || len(sc.strs) >= 1<<12 {
		sc.strs = make(map[string]string, 256)
	}
	s := string(b)
	sc.strs[s] = s
	return s
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (sc *scratch) grow(n int) {
	if cap(sc.folds) < n {
		sc.folds = make([]string, n)
		sc.classes = make([]word, n)
		sc.starts = make([]bool, n)
		sc.hitAt = make([]int32, n)
	}
	sc.folds, sc.classes, sc.starts, sc.hitAt = sc.folds[:n], sc.classes[:n], sc.starts[:n], sc.hitAt[:n]
}

// tokenFold returns a token's matching key: the preparer's fold, or ours
// when it has none.
func tokenFold(t *doc.Token) string {
	if t.Fold != "" && t.Kind == doc.Word {
		return t.Fold
	}
	return fold(t.Text)
}

// better reports whether pattern a beats b for the same span.
func better(a, b *pattern, d *doc.Doc) bool {
	fa, fb := a.form, b.form
	if fa.Entity.User != fb.Entity.User {
		return fa.Entity.User
	}
	if ra, rb := a.rank, b.rank; ra != rb {
		return ra < rb
	}
	if fa.Kind == KindPerson && !d.Date.IsZero() {
		ia, ib := inOffice(fa.Entity, d), inOffice(fb.Entity, d)
		if ia != ib {
			return ia
		}
	}
	return false
}

func inOffice(e *Entity, d *doc.Doc) bool {
	for _, p := range e.Periods {
		if (p.From.IsZero() || !d.Date.Before(p.From)) && (p.To.IsZero() || d.Date.Before(p.To)) && !(p.From.IsZero() && p.To.IsZero()) {
			return true
		}
	}
	return false
}

// code joins a country or organisation prefix and roles.
func code(country string, roles []string) string {
	if len(roles) == 0 {
		return country
	}
	if len(roles) == 1 {
		return country + roles[0]
	}
	return string(appendCode(nil, country, roles))
}

// appendCode appends the code of a country and roles (each role once) to b.
func appendCode(b []byte, country string, roles []string) []byte {
	b = append(b, country...)
	for i, r := range roles {
		dup := false
		for _, q := range roles[:i] {
			dup = dup || q == r
		}
		if !dup {
			b = append(b, r...)
		}
	}
	return b
}

// UnknownCountry is the country column of a generic agent whose country
// the story does not tell unless a demonym or a complement names it
// ("gunmen", "los asaltantes", "donors"): its code is this prefix and its
// roles ("---UAF"), as gold-format.md codes an actor of unknown country,
// and it takes no country from the context.
const UnknownCountry = "---"

// CountryUnknown reports whether an actor code begins with UnknownCountry.
func CountryUnknown(code string) bool {
	return strings.HasPrefix(code, UnknownCountry)
}

// isoCountry returns c when it is a country code (three letters), else ""
// (UnknownCountry is none).
func isoCountry(c string) string {
	if len(c) == 3 && c != UnknownCountry {
		return c
	}
	return ""
}

func capWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// orgMemberKey is the key of an orgmember form: the folded word ("Trabajo"
// → "trabajo"), or for a form written for one head, "frente de Defensa" or
// "frente Cívico" (the word right after the head), the head and the word
// ("frente defensa", "frente cívico").
func orgMemberKey(text string) string {
	if f := strings.Fields(fold(text)); len(f) == 3 && (f[1] == "de" || f[1] == "of") {
		return f[0] + " " + f[2]
	}
	return fold(text)
}
