package actors

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/atalaya-events/atalaya/data"
)

// Kinds of dictionary entries (the `kind` column of an entries file).
const (
	KindName       = "name"       // a country's name or short form: "Corea del Norte", "EE.UU."
	KindDemonym    = "demonym"    // a country adjective: "ruso", "North Korean"
	KindCapital    = "capital"    // a capital used as a metonym for the government: "Moscú"
	KindSeat       = "seat"       // a seat of power: "el Kremlin", "the Pentagon"
	KindOrg        = "org"        // a named organisation, armed group or news agency
	KindAgent      = "agent"      // a generic agent: "tropas", "police"
	KindTitle      = "title"      // an office held by a person: "presidente", "foreign minister"
	KindAction     = "action"     // a military action that names its author: "incursión", "strike"
	KindQual       = "qualified"  // an agent noun that is an actor only with a country: "inteligencia"
	KindNominal    = "nominal"    // an adjective or participle that is an agent where it stands as a noun: "los militares", "unos desconocidos"
	KindRelational = "relational" // an adjective or noun modifier naming the doers of the act it qualifies: "protestas estudiantiles", "indigenous protests"
	KindPerson     = "person"     // people*.tsv
	KindHalf       = "half"       // a word naming a divided country's half, alone after "the" in a story that named that country: "the North" (North Korea)
	KindIgnore     = "ignore"     // a phrase that must not be read as an actor ("New Mexico")

	// a name or demonym several countries share, one row per country, the
	// usual reading first ("Guinea", "guineano", "Congolese"): loaded as a
	// name or demonym marked Shared, read by the countries the story names
	KindSharedName    = "sharedname"
	KindSharedDemonym = "shareddemonym"
	// an organisation's short form other organisations share ("CUT":
	// Colombia's, Chile's and Brazil's union centrals): loaded as an org
	// marked Shared, chosen as orgFor chooses
	KindSharedOrg = "sharedorg"
	// a company, state-owned or private ("Repsol", "Pemex"): loaded as an
	// org marked Firm, coded as its seat's country with BUS (never CAMEO's
	// MNC: the golds write "Italy's Eni" ITABUS); a company is no trade body
	// that "el gremio" or "del sindicato" refers back to, and its staff are
	// not the company
	KindFirm = "firm"

	// function words, classes used by the phrase rules
	KindDet       = "det"          // definite determiners kept in an agent phrase: el, the
	KindIndef     = "indef"        // indefinite determiners left out: un, a
	KindPoss      = "poss"         // possessives resolved to an earlier actor: su, its
	KindLoc       = "loc"          // locative prepositions: a capital after one is a place
	KindOf        = "of"           // prepositions that attach a country to an agent: de, of
	KindConj      = "conj"         // coordinators: y, and
	KindStop      = "stop"         // words never taken as a surname for coreference
	KindAgainst   = "against"      // prepositions naming the other side: contra, against
	KindArea      = "area"         // nouns of a part of a country: "el sur del Líbano" is a place
	KindMulti     = "multi"        // words that make an agent several parties: ambos, both
	KindPair      = "pair"         // numbers that do so after a definite determiner: "los dos gobiernos"
	KindOrgRef    = "orgref"       // nouns that, after a determiner, refer to the last organisation: "la organización", "the bloc"
	KindGroupRef  = "groupref"     // nouns that, after a determiner, refer to the last armed group or party named: "el grupo", "the movement"
	KindQuant     = "quant"        // words of quantity before a noun of people: "miles (de)", "decenas (de)", "dozens (of)", "several"
	KindRel       = "rel"          // relative pronouns: "las personas que ...", "the men who ..." pick out a group
	KindHost      = "host"         // nouns that, after a possessive, name the government of the country visited: "su anfitriona", "his hosts"
	KindParty     = "party"        // nouns that, after a possessive, name the party of a leader: "su partido", "his Wiper party"
	KindHome      = "home"         // nouns that, after a possessive, name the state of an official or a country: "su país", "his country"
	KindOrgHead   = "orghead"      // nouns that open an organisation's capitalised name: "Central", "Federación", "Sindicato"
	KindFor       = "for"          // prepositions that attach an organisation to an agent as "of" does: "a spokesman for Hamas"
	KindPlaceHead = "placehead"    // nouns that begin a place's name before a country or capital: "Port Sudan", "Lake Chad", "lago Chad"
	KindFacing    = "facing"       // locative prepositions of a gathering's place: "outside parliament", "frente al Congreso" keep the institution an actor
	KindEthnic    = "ethnic"       // words that make a following demonym an ethnic group: "ethnic Albanians"
	KindSettled   = "settled"      // plural demonyms a demonym before names the origin of, not the place: "Greek Cypriots"
	KindKin       = "kin"          // nouns of kinship: "la esposa de Fujimori", "the son of the president" are the leader's country's elites
	KindCounsel   = "counsel"      // nouns of one who acts in law for a client: after a possessive, "sus abogados", "his lawyers" act for the actor it stands for
	KindBench     = "bench"        // nouns of a court and its judges: an organisation named with one is a court ("International Court of Justice"), and "the court", "the judges" after it are that court
	KindRally     = "rally"        // nouns of a protest: after a speaker noun and "de"/"of", "los líderes de la protesta", "the leaders of the strike" are the protesters' own (CVL), no government
	KindCommune   = "commune"      // nouns of a community of people where they live: after a speaker noun and "de"/"of", "los dirigentes de la comarca", "the leaders of the village" are civilians (CVL), no government
	KindLocal     = "local"        // words of local or regional government: "el alcalde", "los municipios", "the city council" are no national government
	KindLedHead   = "ledhead"      // nouns that are a country's armed forces only right after "X-led": "the Saudi-led coalition" (a "ruling coalition" is none)
	KindPersonal  = "personal"     // the Spanish personal preposition: "secuestraron a una persona" names a civilian as the object
	KindOrgLink   = "orglink"      // prepositions that go on with an organisation's name before a capitalised word: "la Campaña para el Desarme Nuclear"
	KindOrgMember = "orgmember"    // nouns that, capitalised after "de"/"of" in an organisation's name, give its members' role: "el Congreso del Trabajo" LAB
	KindAudience  = "audience"     // verbs and nouns of saying whose addressee, after a word of kind audiencelink, is an audience, no actor: "dijo a los periodistas", "speaking to reporters"
	KindTell      = "tell"         // verbs of telling whose direct object is the audience, no actor: "told reporters", "briefed journalists"
	KindAudLink   = "audiencelink" // prepositions that bring a statement's addressee: "to", "a", "ante"
	KindFlag      = "flag"         // nouns of a ship's flag: "dos buques de bandera china" are China's
	KindEnvoy     = "envoy"        // nouns of a country's representation abroad: "los diplomáticos rusos", "the embassy" act in the host country, whose story it is
	KindStateBody = "statebody"    // nouns of a state's own body at home: "the Defence Ministry", "la Cancillería" with no country named are the dateline's country's
	KindTownHall  = "townhall"     // nouns of a local government's seat: capitalised the institution ("la Alcaldía de Bogotá", "City Hall"), in lower case its building ("frente a la alcaldía"), no actor
	KindOpposed   = "opposed"      // prepositions of opposition: "contra las pruebas nucleares francesas" stands for France
	KindStance    = "stance"       // nouns of a proposal, decision or stance: "la propuesta argentina", "an Australian ultimatum" stand for their maker
	KindHolding   = "holding"      // nouns of places and property: "shelled Iraqi towns", "las viviendas palestinas" stand for the country they belong to
	KindUnit      = "unit"         // nouns of a unit of an armed group or force: "del Frente 33 de las FARC", "the Quds Brigade of ..."
	KindSpeaker   = "speaker"      // nouns of one who speaks for a group: "un portavoz de los cocaleros", "a spokesman for the strikers" take the group's roles
	KindAct       = "act"          // nouns of collective or armed acts whose doers a relational adjective names: "huelga magisterial", "police crackdown"
	KindLinked    = "linked"       // second parts of a hyphenated premodifier after an organisation that make an agent after it the organisation's: "an al-Qaeda-linked group", "Islamic State-affiliated fighters"
	KindBased     = "based"        // second parts of a hyphenated premodifier after a place that give an agent that place's country: "Hong Kong-registered companies", "Dubai-based firms"
	KindOrgan     = "organ"        // forms an international body shares with a state's organ of the same name: after a country's genitive or complement, that country's (roles column): "Russia's Security Council", "el Consejo de Seguridad de Rusia" GOV
	KindDiaspora  = "diaspora"     // nouns of a national community or minority: with a demonym and the place it lives in, it is that place's ("las comunidades búlgara y moldava de la región", "the Hungarian minority of Romania")
	KindByPart    = "bypart"       // nouns that, with no determiner after a preposition, open an agent phrase, no part of a place: "por parte de Venezuela", "de parte del Gobierno"
	KindCrew      = "crew"         // nouns of those who serve in a force or crew a vessel: after a possessive whose actor has one of the row's roles, that actor's ("the LNA said its sailors" MIL; a shipping firm's sailors stay civilians)
	KindPaper     = "paper"        // capitalised nouns that, right after a country's or capital's name, make it a news outlet of that country: "Myanmar Now", "the Kyiv Independent" MED
	KindAppos     = "appos"        // role nouns that, heading an apposition after a name, make the name a person of the role: "Juan Quispe, dirigente de la federación", "Jane Doe, a spokeswoman for the union"
)

var entryKinds = map[string]bool{
	KindName: true, KindDemonym: true, KindHalf: true, KindSharedName: true, KindSharedDemonym: true, KindSharedOrg: true, KindFirm: true, KindCapital: true, KindSeat: true, KindOrg: true,
	KindAgent: true, KindTitle: true, KindAction: true, KindQual: true, KindNominal: true, KindRelational: true, KindIgnore: true,
	KindDet: true, KindIndef: true, KindPoss: true, KindLoc: true, KindOf: true, KindConj: true, KindStop: true, KindAgainst: true, KindArea: true, KindMulti: true, KindPair: true, KindOrgRef: true, KindGroupRef: true, KindQuant: true, KindRel: true, KindHost: true, KindParty: true, KindHome: true, KindFacing: true, KindPlaceHead: true, KindOrgHead: true, KindFor: true, KindUnit: true, KindOpposed: true, KindEthnic: true, KindStance: true, KindHolding: true, KindSpeaker: true, KindAct: true, KindSettled: true, KindKin: true, KindCounsel: true, KindBench: true, KindRally: true, KindCommune: true, KindLocal: true, KindEnvoy: true, KindStateBody: true, KindOrgLink: true, KindOrgMember: true, KindAudience: true, KindTell: true, KindAudLink: true, KindFlag: true, KindTownHall: true, KindAppos: true, KindLedHead: true, KindPersonal: true, KindBased: true, KindLinked: true, KindOrgan: true, KindByPart: true, KindDiaspora: true, KindCrew: true, KindPaper: true,
}

// functionKind reports whether a kind is a class of function words.
func functionKind(k string) bool {
	switch k {
	case KindDet, KindIndef, KindPoss, KindLoc, KindOf, KindConj, KindStop, KindAgainst, KindArea, KindMulti, KindPair, KindOrgRef, KindGroupRef, KindQuant, KindRel, KindHost, KindParty, KindHome, KindFacing, KindPlaceHead, KindOrgHead, KindFor, KindUnit, KindOpposed, KindStance, KindHolding, KindEthnic, KindSpeaker, KindAct, KindSettled, KindKin, KindCounsel, KindBench, KindRally, KindCommune, KindLocal, KindEnvoy, KindStateBody, KindOrgLink, KindOrgMember, KindAudience, KindTell, KindAudLink, KindFlag, KindTownHall, KindAppos, KindLedHead, KindPersonal, KindBased, KindLinked, KindOrgan, KindByPart, KindDiaspora, KindCrew, KindPaper:
		return true
	}
	return false
}

// Period is one dated code of a person: [From, To), To zero when open.
// A period with both zero is the person's default code.
type Period struct {
	From, To time.Time
	Country  string
	Roles    []string
	Office   string
	Source   string
}

// Entity is one dictionary entity: a country, an organisation, a person, an
// agent class or a class of function words.
type Entity struct {
	ID      string   // "RUS", "nato", "donald_trump", "soldier"
	Kind    string   // one of the Kind constants
	Name    string   // canonical name
	Country string   // country or organisation code prefix: "RUS", "IGONATO"
	Roles   []string // role codes
	Periods []Period // people; organisations whose code changed
	Source  string   // file:line of its first row
	User    bool     // from a user dictionary
	ISO     bool     // a country of the ISO 3166 table
	Firm    bool     // a company (kind firm in orgs.tsv)

	nameFolds []string // folded words of Name (people), for coreference
}

// Form is one surface form of an entity in one language.
type Form struct {
	Text   string   // as written in the dictionary (or generated)
	Lang   string   // "es", "en" or "" (shared)
	Entity *Entity  //
	Kind   string   // the entry's kind (an entity may carry several: name, demonym...)
	Short  bool     // a person's standalone short form
	Plural bool     // a generated or listed plural (demonyms used as nouns)
	Shared bool     // a name or demonym other countries share (kinds sharedname, shareddemonym)
	Source string   // file:line
	roles  []string // a country form's own roles (capital GOV, seat MIL)
}

// Dict is a loaded set of actor dictionaries.
type Dict struct {
	Entities map[string]*Entity // by kind-qualified id ("country:RUS", "person:donald_trump")
	Forms    []Form
	Files    []string  // files read, in order
	Skipped  []Problem // user files that are no actor dictionaries
	// States: the time countries born or gone in the span news covers
	// existed, by code ([from, to), zero when open): a shared form is
	// no reading as a country on a date outside it (SSD before 2011)
	States map[string][2]time.Time
}

// LoadError is a problem in a dictionary file, with its place.
type LoadError struct {
	File string
	Line int
	Msg  string
}

func (e *LoadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Load reads the embedded dictionaries and then the user's files or
// folders, whose entities replace embedded ones with the same id.
func Load(user []string) (*Dict, error) {
	d := &Dict{Entities: map[string]*Entity{}}
	sub, err := fs.Sub(data.FS, "actors")
	if err != nil {
		return nil, err
	}
	if err := d.loadFS(sub, ".", "data/actors", false); err != nil {
		return nil, err
	}
	for _, u := range user {
		fi, err := os.Stat(u)
		if err != nil {
			return nil, fmt.Errorf("actor dictionary %s: %v", u, err)
		}
		if fi.IsDir() {
			if err := d.loadFS(os.DirFS(u), ".", u, true); err != nil {
				return nil, err
			}
			continue
		}
		b, err := os.ReadFile(u)
		if err != nil {
			return nil, fmt.Errorf("actor dictionary %s: %v", u, err)
		}
		lang := langOfDir(filepath.Base(filepath.Dir(u)))
		if err := d.loadFile(u, filepath.Base(u), lang, b, true); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func langOfDir(dir string) string {
	switch dir {
	case "es", "en":
		return dir
	}
	return ""
}

// loadFS reads every .tsv file under root of fsys, in path order; the
// language is the name of the folder a file lies in (es, en; others shared).
func (d *Dict) loadFS(fsys fs.FS, root, label string, user bool) error {
	var files []string
	err := fs.WalkDir(fsys, root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".tsv") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("actor dictionaries %s: %v", label, err)
	}
	sort.Strings(files)
	bs := make([][]byte, len(files))
	hint := 0
	for i, p := range files {
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return fmt.Errorf("actor dictionary %s/%s: %v", label, p, err)
		}
		bs[i] = b
		hint += bytes.Count(b, []byte{'\n'}) + bytes.Count(b, []byte{'|'})
	}
	// room for the forms: about one a line and one more per '|'
	d.Forms = slices.Grow(d.Forms, hint)
	for i, p := range files {
		lang := langOfDir(path.Base(path.Dir(p)))
		if err := d.loadFile(path.Join(label, p), path.Base(p), lang, bs[i], user); err != nil {
			return err
		}
	}
	return nil
}

// loadFile dispatches on the file's name and header.
func (d *Dict) loadFile(name, base, lang string, b []byte, user bool) error {
	d.Files = append(d.Files, name)
	rows, err := readTSV(name, b)
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return nil
	}
	head := strings.Join(rows[0].cols, "\t")
	switch {
	case head == peopleHeader:
		return d.loadPeople(name, rows[1:], user)
	case head == countriesHeader:
		return d.loadCountries(name, rows[1:], user)
	case head == entriesHeader:
		return d.loadEntries(name, lang, rows[1:], user)
	case head == datedHeader:
		return d.loadDated(name, rows[1:])
	case head == statesHeader:
		return d.loadStates(name, rows[1:])
	}
	if user {
		// --dict is shared by every stage: a file of another stage is not ours
		d.Skipped = append(d.Skipped, Problem{Source: src(name, rows[0].line), Msg: fmt.Sprintf("not an actor dictionary (header %q), skipped; actor files start with %q, %q or %q", head, entriesHeader, peopleHeader, countriesHeader)})
		d.Files = d.Files[:len(d.Files)-1]
		return nil
	}
	return &LoadError{name, rows[0].line, fmt.Sprintf("unknown header %q; want %q (entries), %q (people), %q (countries), %q (dated) or %q (states)", head, entriesHeader, peopleHeader, countriesHeader, datedHeader, statesHeader)}
}

const (
	entriesHeader   = "id\tkind\tcountry\troles\tforms"
	peopleHeader    = "id\tname\taliases\tshort\tcountry\troles\tfrom\tto\toffice"
	countriesHeader = "code\talpha2\ten\tes\ten_official\tes_official\ten_common"
	datedHeader     = "id\tcountry\troles\tfrom\tto"
	statesHeader    = "code\tfrom\tto"
)

type row struct {
	line int
	cols []string
}

// readTSV splits a file into rows of trimmed columns, skipping blank and
// comment lines.
func readTSV(name string, b []byte) ([]row, error) {
	text := string(b)
	if !longLine(text) {
		// lines split from one string (the scanner's lines, without copies)
		var rows []row
		n := 0
		for text != "" {
			line := text
			if i := strings.IndexByte(text, '\n'); i >= 0 {
				line, text = text[:i], text[i+1:]
			} else {
				text = ""
			}
			n++
			if r, ok := tsvRow(line, n); ok {
				rows = append(rows, r)
			}
		}
		return rows, nil
	}
	return readTSVScanner(name, text)
}

// longLine reports whether a line of s is too long for readTSVScanner's
// buffer (which then reports the error).
func longLine(s string) bool {
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return len(s) >= 1<<19
		}
		if i >= 1<<19 {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// tsvRow trims and splits line number n; false for blank and comment lines.
func tsvRow(line string, n int) (row, bool) {
	line = strings.TrimRight(line, "\r")
	if n == 1 {
		line = strings.TrimPrefix(line, "\ufeff")
	}
	if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
		return row{}, false
	}
	cols := strings.Split(line, "\t")
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	for len(cols) > 1 && cols[len(cols)-1] == "" {
		cols = cols[:len(cols)-1] // trailing empty columns
	}
	return row{n, cols}, true
}

// readTSVScanner is readTSV with a line scanner, for files with very long
// lines.
func readTSVScanner(name, text string) ([]row, error) {
	var rows []row
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if r, ok := tsvRow(sc.Text(), n); ok {
			rows = append(rows, r)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &LoadError{name, n + 1, err.Error()}
	}
	return rows, nil
}

func src(name string, line int) string { return name + ":" + strconv.Itoa(line) }

func splitForms(s string) []string {
	var out []string
	for _, f := range strings.Split(s, "|") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// put registers an entity, a user one replacing an embedded one with the
// same key (and dropping the embedded one's forms).
func (d *Dict) put(key string, e *Entity) *Entity {
	if old, ok := d.Entities[key]; ok {
		if e.User && !old.User {
			d.dropForms(old)
			d.Entities[key] = e
			return e
		}
		return old
	}
	d.Entities[key] = e
	return e
}

func (d *Dict) dropForms(e *Entity) {
	out := d.Forms[:0]
	for _, f := range d.Forms {
		if f.Entity != e {
			out = append(out, f)
		}
	}
	d.Forms = out
}

func (d *Dict) addForm(f Form) { d.Forms = append(d.Forms, f) }

// loadEntries reads the general format: id kind country roles forms.
func (d *Dict) loadEntries(name, lang string, rows []row, user bool) error {
	seenUser := map[string]bool{}
	for _, r := range rows {
		for len(r.cols) < 5 {
			r.cols = append(r.cols, "")
		}
		if len(r.cols) != 5 {
			return &LoadError{name, r.line, fmt.Sprintf("want 5 tab-separated columns (%s), got %d", strings.ReplaceAll(entriesHeader, "\t", " "), len(r.cols))}
		}
		id, kind, country, roles, forms := r.cols[0], r.cols[1], r.cols[2], r.cols[3], splitForms(r.cols[4])
		explicit := id != ""
		if !entryKinds[kind] {
			return &LoadError{name, r.line, fmt.Sprintf("unknown kind %q", kind)}
		}
		shared := false
		switch kind {
		case KindSharedName:
			kind, shared = KindName, true
		case KindSharedDemonym:
			kind, shared = KindDemonym, true
		case KindSharedOrg:
			kind, shared = KindOrg, true
		}
		firm := kind == KindFirm
		if firm {
			kind = KindOrg
		}
		if len(forms) == 0 {
			return &LoadError{name, r.line, "no forms"}
		}
		if id == "" {
			switch {
			case functionKind(kind) || kind == KindIgnore:
				id = kind
			case country != "":
				id = country
			default:
				return &LoadError{name, r.line, "empty id"}
			}
		}
		class := entityClass(kind)
		key := class + ":" + id
		if explicit && lang != "" {
			key = class + ":" + lang + ":" + id // an agent of one language is not one of the other
		}
		if user && explicit && !seenUser[key] {
			// the first user row of an id replaces the embedded entity;
			// rows without an id add forms to it
			seenUser[key] = true
			if old, ok := d.Entities[key]; ok && !old.User {
				d.dropForms(old)
				delete(d.Entities, key)
			}
		}
		e := d.Entities[key]
		at := src(name, r.line)
		if e == nil {
			e = d.put(key, &Entity{ID: id, Kind: class, Name: forms[0], Country: country, Roles: strings.Fields(roles), Source: at, User: user})
		} else if e.Country == "" && country != "" {
			e.Country = country
		}
		e.Firm = e.Firm || firm
		for _, f := range forms {
			d.addForm(Form{Text: f, Lang: lang, Entity: e, Kind: kind, Shared: shared, Source: at})
		}
		if roles != "" && kind != KindName && kind != KindDemonym {
			// per-row roles (a seat with MIL, a capital with GOV) live on the forms
			d.rowRoles(e, kind, strings.Fields(roles), len(forms))
		}
	}
	return nil
}

// rowRoles stores a row's roles on its last n forms, for entities whose
// forms carry different roles (a country's capital GOV, its seat MIL; the
// organisation head nouns' own roles, "Coordinadora" CVL; the roles of
// the members a word inside an organisation's name gives, "Trabajo" LAB).
func (d *Dict) rowRoles(e *Entity, kind string, roles []string, n int) {
	if e.Kind != "country" && kind != KindOrgHead && kind != KindOrgMember && kind != KindOrgan && kind != KindCrew {
		return
	}
	for i := len(d.Forms) - n; i < len(d.Forms); i++ {
		d.Forms[i].roles = roles
	}
}

// entityClass groups kinds into entity classes: a country's names,
// demonyms, capitals and seats are one entity.
func entityClass(kind string) string {
	switch kind {
	case KindName, KindDemonym, KindCapital, KindSeat, KindHalf:
		return "country"
	case KindAgent, KindTitle, KindAction, KindQual, KindNominal, KindRelational:
		return "agent"
	}
	return kind
}

// loadCountries reads the generated ISO 3166 table.
func (d *Dict) loadCountries(name string, rows []row, user bool) error {
	for _, r := range rows {
		if len(r.cols) < 4 {
			return &LoadError{name, r.line, "want at least 4 columns (code alpha2 en es)"}
		}
		for len(r.cols) < 7 {
			r.cols = append(r.cols, "")
		}
		code := r.cols[0]
		key := "country:" + code
		e := d.Entities[key]
		at := src(name, r.line)
		if e == nil {
			e = d.put(key, &Entity{ID: code, Kind: "country", Name: isoName(r.cols[6], r.cols[2]), Country: code, Source: at, User: user})
		} else {
			e.Name = isoName(r.cols[6], r.cols[2])
		}
		e.ISO = true
		had := map[string]bool{}
		for _, c := range []struct {
			text, lang string
		}{{r.cols[2], "en"}, {r.cols[3], "es"}, {r.cols[4], "en"}, {r.cols[5], "es"}, {r.cols[6], "en"}} {
			for _, f := range isoForms(c.text) {
				if had[c.lang+f] {
					continue
				}
				had[c.lang+f] = true
				d.addForm(Form{Text: f, Lang: c.lang, Entity: e, Kind: KindName, Source: at})
			}
		}
	}
	return nil
}

func isoName(common, name string) string {
	if common != "" {
		return common
	}
	return name
}

// isoForms turns an ISO name into forms found in running text: inverted
// names ("Korea, Republic of") are dropped, a parenthesised alternative
// ("Falkland Islands (Malvinas)") becomes a form of its own, and a
// leading "the" is removed.
func isoForms(s string) []string {
	if s == "" || strings.Contains(s, ",") {
		return nil
	}
	var out []string
	if i := strings.Index(s, "("); i > 0 {
		if j := strings.Index(s[i:], ")"); j > 0 {
			out = append(out, strings.TrimSpace(s[i+1:i+j]))
		}
		s = strings.TrimSpace(s[:i])
	}
	s = strings.TrimPrefix(s, "the ")
	return append([]string{s}, out...)
}

// loadPeople reads people*.tsv: one row per person and office period.
func (d *Dict) loadPeople(name string, rows []row, user bool) error {
	seenUser := map[string]bool{}
	for _, r := range rows {
		if len(r.cols) > 9 {
			return &LoadError{name, r.line, fmt.Sprintf("want 9 tab-separated columns, got %d", len(r.cols))}
		}
		for len(r.cols) < 9 {
			r.cols = append(r.cols, "")
		}
		c := r.cols
		id := c[0]
		if id == "" {
			return &LoadError{name, r.line, "empty id"}
		}
		from, err := parseDate(c[6], false)
		if err != nil {
			return &LoadError{name, r.line, fmt.Sprintf("from: %v", err)}
		}
		to, err := parseDate(c[7], true)
		if err != nil {
			return &LoadError{name, r.line, fmt.Sprintf("to: %v", err)}
		}
		if !from.IsZero() && !to.IsZero() && !to.After(from) {
			return &LoadError{name, r.line, fmt.Sprintf("to %s is not after from %s", c[7], c[6])}
		}
		if c[4] == "" {
			return &LoadError{name, r.line, "empty country"}
		}
		key := "person:" + id
		if user && !seenUser[key] {
			seenUser[key] = true
			if old, ok := d.Entities[key]; ok && !old.User {
				d.dropForms(old)
				delete(d.Entities, key)
			}
		}
		e := d.Entities[key]
		at := src(name, r.line)
		if e == nil {
			if c[1] == "" {
				return &LoadError{name, r.line, fmt.Sprintf("first row of %s has no name", id)}
			}
			e = d.put(key, &Entity{ID: id, Kind: KindPerson, Name: c[1], Country: c[4], Roles: strings.Fields(c[5]), Source: at, User: user})
		}
		if c[1] != "" || c[2] != "" || c[3] != "" {
			for _, f := range append(splitForms(c[1]), splitForms(c[2])...) {
				d.addForm(Form{Text: f, Entity: e, Kind: KindPerson, Source: at})
			}
			for _, f := range splitForms(c[3]) {
				d.addForm(Form{Text: f, Entity: e, Kind: KindPerson, Short: true, Source: at})
			}
		}
		e.Periods = append(e.Periods, Period{From: from, To: to, Country: c[4], Roles: strings.Fields(c[5]), Office: c[8], Source: at})
	}
	return nil
}

// loadDated reads dated codes of organisations filed before it: an
// organisation whose role changed (the Taliban, rebels until they took
// power, AFG GOV after) holds the code of the row whose dates hold the
// article's date, else its own row's.
func (d *Dict) loadDated(name string, rows []row) error {
	for _, r := range rows {
		if len(r.cols) > 5 {
			return &LoadError{name, r.line, fmt.Sprintf("want 5 tab-separated columns (%s), got %d", strings.ReplaceAll(datedHeader, "\t", " "), len(r.cols))}
		}
		for len(r.cols) < 5 {
			r.cols = append(r.cols, "")
		}
		c := r.cols
		e := d.Entities["org:"+c[0]]
		if e == nil {
			return &LoadError{name, r.line, fmt.Sprintf("no organisation %q filed before", c[0])}
		}
		from, err := parseDate(c[3], false)
		if err != nil {
			return &LoadError{name, r.line, fmt.Sprintf("from: %v", err)}
		}
		to, err := parseDate(c[4], true)
		if err != nil {
			return &LoadError{name, r.line, fmt.Sprintf("to: %v", err)}
		}
		if from.IsZero() && to.IsZero() || !from.IsZero() && !to.IsZero() && !to.After(from) {
			return &LoadError{name, r.line, "want a date range (from before to, one may be empty)"}
		}
		if c[1] == "" {
			return &LoadError{name, r.line, "empty country"}
		}
		e.Periods = append(e.Periods, Period{From: from, To: to, Country: c[1], Roles: strings.Fields(c[2]), Source: src(name, r.line)})
	}
	return nil
}

// loadStates reads the dates countries came to be or ceased (see States).
func (d *Dict) loadStates(name string, rows []row) error {
	if d.States == nil {
		d.States = map[string][2]time.Time{}
	}
	for _, r := range rows {
		for len(r.cols) < 3 {
			r.cols = append(r.cols, "")
		}
		if len(r.cols) != 3 {
			return &LoadError{name, r.line, fmt.Sprintf("want 3 tab-separated columns (%s), got %d", strings.ReplaceAll(statesHeader, "\t", " "), len(r.cols))}
		}
		from, err := parseDate(r.cols[1], false)
		if err != nil {
			return &LoadError{name, r.line, fmt.Sprintf("from: %v", err)}
		}
		to, err := parseDate(r.cols[2], true)
		if err != nil {
			return &LoadError{name, r.line, fmt.Sprintf("to: %v", err)}
		}
		if len(r.cols[0]) != 3 || from.IsZero() && to.IsZero() {
			return &LoadError{name, r.line, "want a country code and a date range"}
		}
		d.States[r.cols[0]] = [2]time.Time{from, to}
	}
	return nil
}

// Existed reports whether country c existed on date t (true for a zero
// date and for countries without a States row).
func (d *Dict) Existed(c string, t time.Time) bool {
	s, ok := d.States[c]
	if !ok || t.IsZero() {
		return true
	}
	return (s[0].IsZero() || !t.Before(s[0])) && (s[1].IsZero() || t.Before(s[1]))
}

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY. A partial date starts at the
// beginning of its month or year.
func parseDate(s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			t, err := time.Parse(layout, s)
			if err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q (want YYYY-MM-DD, YYYY-MM or YYYY)", s)
}

// CodeOn returns the code parts of a person on a date: the period holding
// the date, else the default (undated) row, else the country with ELI (a
// notable person out of office). A zero date takes the latest period.
// An organisation outside its dated periods, or in an undated article,
// keeps its own code.
func (e *Entity) CodeOn(date time.Time) (country string, roles []string, src string) {
	if len(e.Periods) == 0 || e.Kind == KindOrg && date.IsZero() {
		return e.Country, e.Roles, e.Source
	}
	var def *Period
	var latest *Period
	for i := range e.Periods {
		p := &e.Periods[i]
		if p.From.IsZero() && p.To.IsZero() {
			if def == nil {
				def = p
			}
			continue
		}
		if latest == nil || p.From.After(latest.From) {
			latest = p
		}
		if date.IsZero() {
			continue
		}
		if (p.From.IsZero() || !date.Before(p.From)) && (p.To.IsZero() || date.Before(p.To)) {
			return p.Country, p.Roles, p.Source
		}
	}
	if date.IsZero() && latest != nil {
		return latest.Country, latest.Roles, latest.Source
	}
	if def != nil {
		return def.Country, def.Roles, def.Source
	}
	if e.Kind == KindOrg {
		return e.Country, e.Roles, e.Source
	}
	// a notable person out of office (before or after it) is an elite
	return e.Periods[0].Country, []string{"ELI"}, e.Periods[0].Source
}
