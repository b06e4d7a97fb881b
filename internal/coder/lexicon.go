package coder

import (
	"bufio"
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/atalaya-events/atalaya/data"
	"github.com/atalaya-events/atalaya/internal/morph"
)

// pattern is one line of a verbs or nouns file.
type pattern struct {
	Code string
	Noun bool
	Toks [][]string // folded lemma alternatives per position
	Sym  bool
	Tgt  map[string]bool // prepositions that may introduce the target
	// Src: prepositions besides the cue kind src that introduce a nominal
	// event's source ("rockets fired at Israel from Lebanon")
	Src     map[string]bool
	Min     int      // minimum distinct actors; -1: the root default
	PMin    int      // minimum distinct actors of a passive; -1: as Min
	Roles   []string // the source must have one of these roles
	NoRoles []string // the source must have none of these roles
	NoObj   bool     // a direct object is what is given, not the target
	// Obj: a nominal event whose pattern ends in a verb of impact takes
	// that verb's direct object as target ("rockets struck the U.S.
	// embassy compound", "cohetes alcanzaron la base"); other nominal
	// events take a target only through a preposition
	Obj bool
	// PatObj: a verb whose pattern ends in a noun of people takes the
	// actor that noun heads as its target ("police seized two suspects"
	// for "seize suspects"), where a group of the pattern's own words is
	// otherwise no party ("sent troops")
	PatObj bool
	// PlaceObj: a city named as the verb's direct object is the place the
	// act fell on, no party ("la huelga paralizó La Paz")
	PlaceObj bool
	// DirectObj: the pattern's second word heads the verb's direct
	// object, with no personal "a" between ("capturó los vehículos de
	// dos sospechosos", not "capturó a dos sospechosos con armas")
	DirectObj bool
	// RelObj: a verb that takes its object before the pattern's next
	// word ("calificó la propuesta de farsa"), told with that word right
	// after it and a relative pronoun right before it ("la propuesta del
	// Gobierno, que calificó de farsa"): the pronoun is its object, the
	// antecedent its target, and its subject is the main clause's
	RelObj bool
	// Purpose: a nominal event only as the purpose of its clause, right
	// after a purpose cue ("en demanda de", not "la demanda de petróleo")
	Purpose bool
	// Received: a nominal event only as the object of a verb of receiving
	// ("received weapons from Iran", not "weapons were found")
	Received bool
	Future   bool // only an act announced for the future counts, as a statement made now
	// Crowd: a protest only when a crowd makes it; a state, an
	// organisation, a body of the state or one person protesting in the
	// singular ("La AFP protestó ante el ministerio", "Cuba protesta por
	// ...") complains officially (114) when someone is named, else tells
	// no protest
	Crowd bool
	// Throng: the act counts only when its subject is a crowd counted by
	// a quantity or a collective noun ("unas 30.000 personas se reunieron en
	// el parque": a rally; "los ministros se reunieron": a meeting)
	Throng bool
	// Numbered: a noun of protesters and a copula, told right before a
	// number ("los manifestantes fueron 1.300 en Burdeos", "the protesters
	// numbered 5,000"): a count of a crowd that protested
	Numbered bool
	// Speaker: the source is whoever reports the clause and the target the
	// trigger's subject ("Russia said Sudan must return the helicopter")
	Speaker bool
	// State: told reflexively with a participle after it ("se encontraban
	// encapuchados", "se encuentra detenido") or with "entre" opening its
	// clause ("entre los asistentes se encontraba X"), the verb tells where
	// or how someone is, not an act
	State bool
	// NoReflex: told reflexively ("se movilizaba en una moto", moving
	// about) the verb tells no such act
	NoReflex bool
	// Reflex: only told reflexively does the verb tell this act ("se
	// trasladó a Caracas" travels; "trasladó a los detenidos" moves
	// someone else, "trasladarle su preocupación" conveys a message)
	Reflex bool
	// NoDative: told with a dative clitic before it ("le manifestó que",
	// "les manifestaron su inquietud"), the verb tells something to
	// someone, not this act
	NoDative bool
	// Intrans: told with what it expresses right after it, a word that
	// opens a clause or, after a singular verb, a possessive (cue kind
	// owner) ("manifestaron que", "manifestó su determinación"), the verb
	// tells a statement, not this act
	Intrans bool
	// NoBare: its participle tells the act only right after a passive
	// auxiliary of event ("fue muerto por la policía"); bare or after
	// "estar" it tells a state ("un guerrillero muerto en combate",
	// "estaba muerto")
	NoBare bool
	// Standing: negated in the simple present ("no reconoce al gobierno",
	// "does not recognise the government"), the verb tells a position
	// held, no act
	Standing bool
	// Toll: the word counted as the toll of an occurrence ("dejaron 16
	// muertos", "se produjeron ocho detenciones") tells the act with no
	// one named (toll.go); TollOnly: it tells nothing otherwise
	Toll, TollOnly bool
	// Suffer: the subject undergoes the act, by someone unnamed ("murió
	// de un balazo", "fue alcanzado por una bala", "died of gunshot
	// wounds"): the subject is the target, there is no source, and no
	// actor needs to be named
	Suffer bool
	// Home: with no target named, a domestic measure or a yielding is
	// aimed at the country where it happens: its people when a body of the
	// state acts ("threatened to impose a curfew"), its government when
	// anyone else does ("called off the strike", "declined to resign")
	Home bool
	// AnyRefuses: the role restriction tells the act from an everyday one
	// ("attended a summit" by a minister, not a concert by fans); refusing
	// it ("decidieron no asistir a la cena que ofrecía el gobierno") is a
	// rejection (12x) whoever makes it
	AnyRefuses bool
	// PNull: told in the passive with an auxiliary of event and no agent,
	// of a patient that is no actor ("la operación fue duramente
	// criticada", "the raid was condemned"), the verb tells the act by
	// and against no one named
	PNull bool
	// OneSided: a meeting or talks that one side offers, plans or
	// refuses, with no other party among the actors ("está dispuesto a
	// dialogar", "se reunirá el jueves con los promotores de la marcha",
	// "will not negotiate under pressure"), tells that side's intent to
	// meet (036) or its rejection (125), with one actor
	OneSided bool
	// Partner: with OneSided, prepositions one of which must follow the
	// trigger in its clause ("se reunirán con": "los pescadores se
	// reunirán el miércoles" meet among themselves); empty: none needed
	Partner map[string]bool
	// Governed: the act counts only as what an appeal or demand asks
	// for, what its actor promises, offers or agrees to do, or what it
	// refuses ("urged the police to show restraint" 0256, "pledged to
	// phase out fuel subsidies" 0342); told as done it is no event ("the
	// police showed restraint")
	Governed bool
	// Reply: an act told as a response ("the army responded with
	// artillery fire"): with no target named, it is aimed at whoever last
	// acted against its source (accuserOf)
	Reply bool
	// SrcTo: told in the passive with no agent, the state body the patient
	// was called to is the source ("the ambassador was summoned to the
	// foreign ministry", "fue convocado a la Cancillería")
	SrcTo bool
	// Armed: a weapon fired or tested ("North Korea fired a ballistic
	// missile", "Irán probó un misil"): a country named as its source
	// fires it by its armed forces (MIL)
	Armed  bool
	Origin string // "es/verbs.tsv:123:041:realizar llamada telefónica"
	order  int    // load order; user patterns come first
}

// node is a trie node over lemmas.
type node struct {
	next map[string]*node
	pats []*pattern
	// kids are next by word id (freeze), sorted by id: what matching
	// walks, without hashing a string per step
	kids []kid
}

// kid is a child of a trie node under a word id.
type kid struct {
	id int32
	n  *node
}

// kid returns the child under word id, or nil (id 0: a word no pattern
// names).
func (n *node) kid(id int32) *node {
	if id == 0 {
		return nil
	}
	ks := n.kids
	if len(ks) > 8 {
		lo, hi := 0, len(ks)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if ks[m].id < id {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(ks) && ks[lo].id == id {
			return ks[lo].n
		}
		return nil
	}
	for _, k := range ks {
		if k.id == id {
			return k.n
		}
	}
	return nil
}

// freezeTrie numbers every word of the trie from 1 (lx.ids) and gives
// each node its kids by number, the root's in a table by number. (The
// numbers follow map order; nothing depends on their values.)
func (lx *lexicon) freezeTrie() {
	lx.ids = map[string]int32{}
	var link func(n *node)
	link = func(n *node) {
		n.kids = make([]kid, 0, len(n.next))
		for w, c := range n.next {
			id, ok := lx.ids[w]
			if !ok {
				id = int32(len(lx.ids) + 1)
				lx.ids[w] = id
			}
			n.kids = append(n.kids, kid{id, c})
			link(c)
		}
		slices.SortFunc(n.kids, func(a, b kid) int { return cmp.Compare(a.id, b.id) })
	}
	link(&lx.trie)
	lx.root = make([]*node, len(lx.ids)+1)
	for w, c := range lx.trie.next {
		lx.root[lx.ids[w]] = c
	}
}

// wordID is the trie number of word w, 0 when no pattern names it.
func (lx *lexicon) wordID(w string) int32 { return lx.ids[w] }

func (n *node) child(k string) *node {
	if n.next == nil {
		n.next = map[string]*node{}
	}
	c := n.next[k]
	if c == nil {
		c = &node{}
		n.next[k] = c
	}
	return c
}

// insert adds p under every combination of its alternatives.
func (n *node) insert(p *pattern, i int) {
	if i == len(p.Toks) {
		n.pats = append(n.pats, p)
		return
	}
	for _, alt := range p.Toks[i] {
		// an alternative may itself be several words ("alto el fuego")
		cur := n
		for _, w := range strings.Fields(alt) {
			cur = cur.child(w)
		}
		cur.insert(p, i+1)
	}
}

// insertSplit adds, for a verb pattern of a phrasal verb and its object
// ("call_off strike", "break_up protest"), the order with the object
// between the verb and its particle (cue kind particle): "called the
// strike off", "broke the demonstration up".
func (n *node) insertSplit(p *pattern, particles map[string]bool) {
	if p.Noun || len(p.Toks) != 2 {
		return
	}
	for _, alt := range p.Toks[0] {
		ws := strings.Fields(alt)
		if len(ws) != 2 || !particles[ws[1]] {
			continue
		}
		for _, obj := range p.Toks[1] {
			cur := n.child(ws[0])
			for _, w := range strings.Fields(obj) {
				cur = cur.child(w)
			}
			cur = cur.child(ws[1])
			cur.pats = append(cur.pats, p)
		}
	}
}

// cues holds the cue phrases of one language by kind; each phrase is a
// list of folded words.
type cues map[string][][]string

// lexicon is everything the coder knows about one language.
type lexicon struct {
	lang string
	trie node
	cues cues
	// cueSets: a word's cue sets (one lookup gives both)
	cueSets map[string]cueSet
	// byFirst: kind -> first word -> phrases starting with it
	byFirst [nKinds]map[string][][]string
	an      morph.Analyzer
	npat    int
	// verbs: the lemmas that start a verb pattern
	verbs map[string]bool
	// numbers: the number words of the quantity stage's vocabulary
	// (data/quantity/LANG/words.tsv), folded: "three", "tres"
	numbers map[string]bool
	// ids numbers the words of the trie from 1; root holds the root's
	// children by number
	ids  map[string]int32
	root []*node
	// accented: words whose written accent sets them apart from the
	// function word they fold to (cue kind accent: "está", "él", "sí"),
	// lower case as written
	accented map[string]bool
}

// is reports whether the folded word w is a one-word cue of kind k.
func (l *lexicon) is(k cueKind, w string) bool {
	cs := l.cueSets[w]
	return cs.word.has(k)
}

// cueSet is what the cue files say of one word: the one-word kinds it is
// (with kPrep for a word of any preposition kind) and the kinds with a
// phrase starting with it.
type cueSet struct {
	word, first kindSet
	pattern     bool // an event pattern starts with the word
	// starts: the phrases starting with the word, by kind (those of
	// byFirst, so that a token holds them without a lookup per kind)
	starts []kindPhrases
}

// kindPhrases is the phrases of cue kind k that start with one word.
type kindPhrases struct {
	k  cueKind
	ps [][]string
}

// loadRefusal reads events/shared/refusal.tsv: act code prefix -> the
// code of the refusal to do it.
func loadRefusal() (map[string]string, error) {
	return loadCodeMap("events/shared/refusal.tsv", "12", "12x refusal code")
}

// loadIntent reads events/shared/intent.tsv: act code prefix -> the code
// of the expressed intent to do it.
func loadIntent() (map[string]string, error) {
	return loadCodeMap("events/shared/intent.tsv", "03", "03x intent code")
}

// loadThreat reads events/shared/threat.tsv: act code prefix -> the code
// of the threat to do it.
func loadThreat() (map[string]string, error) {
	return loadCodeMap("events/shared/threat.tsv", "13", "13x threat code")
}

// loadCodeMap reads a table of act code prefixes and the code of root
// root that stands for them.
func loadCodeMap(path, root, what string) (map[string]string, error) {
	out := map[string]string{}
	err := readTSV(data.FS, path, path, func(cols []string, where string) error {
		if len(cols) != 2 || len(cols[0]) < 2 || len(cols[1]) < 3 || cols[1][:2] != root {
			return fmt.Errorf("%s: want 2 columns (act code prefix, %s)", where, what)
		}
		out[cols[0]] = cols[1]
		return nil
	})
	return out, err
}

// loadLexicons reads the embedded dictionaries and the user's.
func loadLexicons(user []string) (map[string]*lexicon, map[string]int, error) {
	roots := map[string]int{}
	if err := readTSV(data.FS, "events/shared/roots.tsv", "events/shared/roots.tsv", func(cols []string, where string) error {
		if len(cols) != 2 {
			return fmt.Errorf("%s: want 2 columns (root, min), got %d", where, len(cols))
		}
		n, err := strconv.Atoi(cols[1])
		if err != nil || n < 0 || n > 2 {
			return fmt.Errorf("%s: min must be 0, 1 or 2, got %q", where, cols[1])
		}
		roots[cols[0]] = n
		return nil
	}); err != nil {
		return nil, nil, err
	}
	userFiles, err := userFiles(user)
	if err != nil {
		return nil, nil, err
	}
	out := map[string]*lexicon{}
	for _, lang := range []string{"es", "en"} {
		lx := &lexicon{lang: lang, cues: cues{}, cueSets: map[string]cueSet{}, numbers: map[string]bool{}}
		qpath := "quantity/" + lang + "/words.tsv"
		if err := readTSV(data.FS, qpath, qpath, func(cols []string, where string) error {
			if len(cols) >= 2 && cols[0] == "number" {
				lx.numbers[morph.Fold(cols[1])] = true
			}
			return nil
		}); err != nil {
			return nil, nil, err
		}
		// evaluative words by class ("@negative" in a pattern stands for
		// every word of the class negative: "called the vote unacceptable")
		words := map[string][]string{}
		epath := "events/" + lang + "/evaluative.tsv"
		if err := readTSV(data.FS, epath, lang+"/evaluative.tsv", func(cols []string, where string) error {
			if len(cols) != 2 || strings.TrimSpace(cols[1]) == "" {
				return fmt.Errorf("%s: want 2 columns (class, word), got %d", where, len(cols))
			}
			words[cols[0]] = append(words[cols[0]], cols[1])
			return nil
		}); err != nil {
			return nil, nil, err
		}
		var pats []*pattern
		order := 0
		add := func(fsys fs.FS, path, name string) error {
			return readTSV(fsys, path, name, func(cols []string, where string) error {
				p, err := parsePattern(cols, where, words)
				if err != nil {
					return err
				}
				p.order = order
				order++
				pats = append(pats, p)
				return nil
			})
		}
		addCues := func(fsys fs.FS, path, name string) error {
			return readTSV(fsys, path, name, func(cols []string, where string) error {
				if len(cols) != 2 {
					return fmt.Errorf("%s: want 2 columns (kind, words), got %d", where, len(cols))
				}
				if cols[0] == "accent" {
					// kept as written: the accent is what tells the word
					w := strings.ToLower(strings.TrimSpace(cols[1]))
					if w == "" || strings.Contains(w, " ") || morph.Fold(w) == w {
						return fmt.Errorf("%s: an accent cue is one word with an accent", where)
					}
					if lx.accented == nil {
						lx.accented = map[string]bool{}
					}
					lx.accented[w] = true
					return nil
				}
				ws := strings.Fields(morph.Fold(cols[1]))
				if len(ws) == 0 {
					return fmt.Errorf("%s: empty cue", where)
				}
				lx.cues[cols[0]] = append(lx.cues[cols[0]], ws)
				k, ok := kindOf(cols[0])
				if !ok {
					return nil // a kind no rule reads
				}
				if lx.byFirst[k] == nil {
					lx.byFirst[k] = map[string][][]string{}
				}
				lx.byFirst[k][ws[0]] = append(lx.byFirst[k][ws[0]], ws)
				cs := lx.cueSets[ws[0]]
				cs.first.add(k)
				if len(ws) == 1 {
					cs.word.add(k)
					for _, pk := range prepKinds {
						if pk == k {
							cs.word.add(kPrep)
						}
					}
				}
				lx.cueSets[ws[0]] = cs
				return nil
			})
		}
		// user files first: on equal matches the earlier pattern wins
		for _, uf := range userFiles[lang] {
			var err error
			if strings.HasSuffix(uf, "cues.tsv") {
				err = addCues(os.DirFS(filepath.Dir(uf)), filepath.Base(uf), uf)
			} else {
				err = add(os.DirFS(filepath.Dir(uf)), filepath.Base(uf), uf)
			}
			if err != nil {
				return nil, nil, err
			}
		}
		for _, f := range []string{"verbs.tsv", "nouns.tsv"} {
			if err := add(data.FS, "events/"+lang+"/"+f, lang+"/"+f); err != nil {
				return nil, nil, err
			}
		}
		if err := addCues(data.FS, "events/"+lang+"/cues.tsv", lang+"/cues.tsv"); err != nil {
			return nil, nil, err
		}
		known := map[string]bool{}
		lx.verbs = map[string]bool{}
		particles := map[string]bool{}
		for _, ws := range lx.cues[kindNames[kParticle]] {
			if len(ws) == 1 {
				particles[ws[0]] = true
			}
		}
		for _, p := range pats {
			lx.trie.insert(p, 0)
			lx.trie.insertSplit(p, particles)
			if !p.Noun && len(p.Toks) > 0 {
				for _, a := range p.Toks[0] {
					lx.verbs[a] = true
				}
			}
			for _, alts := range p.Toks {
				for _, a := range alts {
					for _, w := range strings.Fields(a) {
						known[w] = true
					}
				}
			}
		}
		for kind, list := range lx.cues {
			// (quantities and collective nouns are no verbs: "centenar"
			// known as a lemma would read "centenas" as its present)
			if kind == kindNames[kCollective] {
				continue
			}
			for _, ws := range list {
				for _, w := range ws {
					known[w] = true
				}
			}
		}
		for k := range lx.byFirst {
			for w, ps := range lx.byFirst[k] {
				cs := lx.cueSets[w]
				cs.starts = append(cs.starts, kindPhrases{cueKind(k), ps})
				lx.cueSets[w] = cs
			}
		}
		lx.freezeTrie()
		for w := range lx.trie.next {
			cs := lx.cueSets[w]
			cs.pattern = true
			lx.cueSets[w] = cs
		}
		lx.npat = len(pats)
		var err error
		if lang == "es" {
			lx.an, err = morph.NewSpanish(data.FS, "events/es/morph.tsv", known)
		} else {
			lx.an, err = morph.NewEnglish(data.FS, "events/en/morph.tsv", known)
		}
		if err != nil {
			return nil, nil, err
		}
		out[lang] = lx
	}
	return out, roots, nil
}

// userFiles finds the user's event dictionaries: files named verbs.tsv,
// nouns.tsv or cues.tsv (or ending so: my_verbs.tsv) inside a folder named
// es or en, given directly or found under a given folder.
func userFiles(paths []string) (map[string][]string, error) {
	out := map[string][]string{}
	consider := func(p string) {
		base := filepath.Base(p)
		lang := filepath.Base(filepath.Dir(p))
		if (lang == "es" || lang == "en") && (strings.HasSuffix(base, "verbs.tsv") || strings.HasSuffix(base, "nouns.tsv") || strings.HasSuffix(base, "cues.tsv")) {
			out[lang] = append(out[lang], p)
		}
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		if !fi.IsDir() {
			consider(p)
			continue
		}
		err = filepath.WalkDir(p, func(q string, de fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !de.IsDir() {
				consider(q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, l := range out {
		sort.Strings(l)
	}
	return out, nil
}

// parsePattern reads the columns code, kind, pattern[, options].
// parsePattern reads one pattern line; an alternative "@class" stands for
// every word of that class in words (the language's evaluative.tsv).
func parsePattern(cols []string, where string, words map[string][]string) (*pattern, error) {
	if len(cols) < 3 || len(cols) > 4 {
		return nil, fmt.Errorf("%s: want 3 or 4 tab-separated columns (code, kind, pattern, options), got %d", where, len(cols))
	}
	code := cols[0]
	if len(code) < 2 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
		return nil, fmt.Errorf("%s: bad CAMEO code %q", where, code)
	}
	p := &pattern{Code: code, Min: -1, PMin: -1, Tgt: map[string]bool{}}
	switch cols[1] {
	case "verb":
	case "noun":
		p.Noun = true
	default:
		return nil, fmt.Errorf("%s: kind must be verb or noun, got %q", where, cols[1])
	}
	for _, tok := range strings.Fields(cols[2]) {
		var alts []string
		for _, a := range strings.Split(tok, "|") {
			if class, ok := strings.CutPrefix(a, "@"); ok {
				ws, ok := words[class]
				if !ok {
					return nil, fmt.Errorf("%s: no evaluative class %q", where, class)
				}
				for _, w := range ws {
					if w = morph.Fold(strings.ReplaceAll(w, "_", " ")); w != "" {
						alts = append(alts, w)
					}
				}
				continue
			}
			if a = morph.Fold(strings.ReplaceAll(a, "_", " ")); a != "" {
				alts = append(alts, a)
			}
		}
		if len(alts) == 0 {
			return nil, fmt.Errorf("%s: empty alternative in %q", where, tok)
		}
		p.Toks = append(p.Toks, alts)
	}
	// "alto el fuego" inside an alternative list is written with spaces in
	// the file only as separate positions; nothing more to do here.
	if len(p.Toks) == 0 {
		return nil, fmt.Errorf("%s: empty pattern", where)
	}
	if len(cols) == 4 && strings.TrimSpace(cols[3]) != "" {
		for _, opt := range strings.Split(cols[3], ",") {
			k, v, _ := strings.Cut(strings.TrimSpace(opt), "=")
			switch k {
			case "sym":
				p.Sym = true
			case "tgt":
				for _, w := range strings.Split(v, "|") {
					p.Tgt[morph.Fold(w)] = true
					// the contraction "al" opens a mention the actors
					// stage reads with it ("entregó una nota al
					// encargado de negocios"): it is the "a" of the list
					if w == "a" {
						p.Tgt["al"] = true
					}
				}
			case "src":
				p.Src = map[string]bool{}
				for _, w := range strings.Split(v, "|") {
					p.Src[morph.Fold(w)] = true
				}
			case "min":
				n, err := strconv.Atoi(v)
				if err != nil || n < 0 || n > 3 {
					return nil, fmt.Errorf("%s: min must be 0 to 3, got %q", where, v)
				}
				p.Min = n
			case "pmin":
				n, err := strconv.Atoi(v)
				if err != nil || n < 0 || n > 3 {
					return nil, fmt.Errorf("%s: pmin must be 0 to 3, got %q", where, v)
				}
				p.PMin = n
			case "noobj":
				p.NoObj = true
			case "obj":
				p.Obj = true
			case "patobj":
				p.PatObj = true
			case "placeobj":
				p.PlaceObj = true
			case "directobj":
				p.DirectObj = true
			case "relobj":
				p.RelObj = true
			case "purpose":
				p.Purpose = true
			case "received":
				p.Received = true
			case "role":
				p.Roles = strings.Split(v, "|")
			case "norole":
				p.NoRoles = strings.Split(v, "|")
			case "crowd":
				p.Crowd = true
			case "throng":
				p.Throng = true
			case "numbered":
				p.Numbered = true
			case "future":
				p.Future = true
			case "speaker":
				p.Speaker = true
			case "state":
				p.State = true
			case "noreflex":
				p.NoReflex = true
			case "reflex":
				p.Reflex = true
			case "nodative":
				p.NoDative = true
			case "intrans":
				p.Intrans = true
			case "nobare":
				p.NoBare = true
			case "standing":
				p.Standing = true
			case "home":
				p.Home = true
			case "anyrefuses":
				p.AnyRefuses = true
			case "pnull":
				p.PNull = true
			case "onesided":
				p.OneSided = true
				if v != "" {
					p.Partner = map[string]bool{}
					for _, w := range strings.Split(v, "|") {
						p.Partner[morph.Fold(w)] = true
					}
				}
			case "suffer":
				p.Suffer = true
			case "governed":
				p.Governed = true
			case "reply":
				p.Reply = true
			case "srcto":
				p.SrcTo = true
			case "armed":
				p.Armed = true
			case "toll":
				p.Toll = true
				switch v {
				case "":
				case "only":
					p.TollOnly = true
				default:
					return nil, fmt.Errorf("%s: toll takes no value or only, got %q", where, v)
				}
			default:
				return nil, fmt.Errorf("%s: unknown option %q (want sym, src=, noobj, obj, patobj, directobj, relobj, future, speaker, state, noreflex, reflex, nodative, nobare, standing, home, anyrefuses, pnull, governed, onesided[=], reply, armed, toll, toll=only, suffer, tgt=, min=, pmin= or role=)", where, k)
			}
		}
	}
	p.Origin = where + ":" + code + ":" + cols[2]
	return p, nil
}

// readTSV calls row for every non-comment line with its tab-separated
// columns and "name:line".
func readTSV(fsys fs.FS, path, name string, row func(cols []string, where string) error) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r ")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := row(strings.Split(t, "\t"), name+":"+strconv.Itoa(line)); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}
