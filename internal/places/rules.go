package places

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"

	"github.com/atalaya-events/atalaya/data"
)

// rules are the cues around place names (data/places/{es,en}/cues.tsv) and
// the stop list (data/places/shared/stop.tsv). Both languages' cues are
// used on every text: machine-translated news mixes them.
type rules struct {
	prefix     map[string]string // cue key sequence ("comunidad autonoma") -> preferred class
	suffix     map[string]string
	connector  map[string]bool
	qualifier  map[string]bool
	article    map[string]bool
	locative   map[string]bool // key sequences
	cue        map[string]bool // key sequences (locatives included)
	maxSeq     int             // longest locative, cue, prefix or facility_before, in units
	maxCue     int             // longest cue (locatives included), in units
	maxLoc     int             // longest locative, in units
	maxFacBef  int             // longest facility_before, in units
	title      map[string]bool // "el presidente Morales": words after which a name is a person's (key sequences)
	maxTitle   int             // longest title, in units
	stop       map[string]bool // folded names never read as places
	facAfter   map[string]bool // "Dublin Road": the name is part of a facility's
	facLocal   map[string]bool // "Dublin Highway", but "Florida Highway Patrol": a road word that a state's or country's name keeps no place of
	facBefore  map[string]bool // "Universidad de Chile" (key sequences)
	facArticle map[string]bool // "la vereda la Argelia": articles between a facility word and its name
	direction  map[string]bool // "North Texas": a compass word glued before a name is no given name
	// "Universidad de San Carlos", "Hospital San Juan de Dios": a name
	// opening with a saint's title (saint) right after the noun of a
	// body or building that is dedicated to saints (dedicated, with its
	// connector and article between) honours the saint, not a town
	dedicated map[string]bool
	saint     map[string]bool
	// plural cues of coordinated names: "Cooke, Grayson and Love counties",
	// "the states of Texas and Oklahoma", "las provincias de Córdoba y Santa Fe"
	suffixPlural map[string]string
	prefixPlural map[string]string
	conjunction  map[string]bool
	head         map[string]bool // "Torrington Fire Department", "Rolling Meadows man": a noun after a town's name that keeps it a place
	opener       map[string]bool // "Although Edmonton's economy": a word opening a sentence that is no given name
	// definite phrases pointing back to the latest place of a class ("in
	// the province", "en la provincia"), key sequence -> class
	anaphor map[string]string
	// anaFar: the anaphor phrases that point back past anaphorReach, to
	// any earlier place of their class ("in the same region")
	anaFar map[string]bool
	maxAna int
	// anaFirst: the first words of the anaphor phrases
	anaFirst map[string]bool
	// demonyms: per language, a country's adjective (folded, Spanish
	// feminine forms too) -> its alpha-3 code, read from the actors
	// stage's data/actors/<lang>/countries.tsv ("la capital omaní")
	demonyms map[string]map[string]string
	// sea: phrases naming a country's sea area ("aguas territoriales",
	// "exclusive economic zone"), key sequence -> true; a country's
	// adjective after them (Spanish) or before them (English) makes them
	// that country's place ("en aguas argentinas", "in Philippine waters")
	sea    map[string]bool
	maxSea int
	// seaPre: the word-prefixes of the sea phrases (whole ones too), so
	// that a scan stops at the first word no phrase goes on with
	seaPre map[string]bool
	// water: words that head the name of a body of water before a
	// connector ("Gulf of Aden", "golfo de Adén"); a town or region named
	// after them is not where the water lies
	water map[string]bool
	// capsWords: Spanish words that are also one-word place names
	// (es/caps_words.txt), no places in a line written in capitals
	capsWords map[string]bool
}

var langs = []string{"es", "en"}

func loadRules(fsys fs.FS) (*rules, error) {
	r := &rules{prefix: map[string]string{}, suffix: map[string]string{}, connector: map[string]bool{},
		qualifier: map[string]bool{}, article: map[string]bool{}, locative: map[string]bool{},
		cue: map[string]bool{}, stop: map[string]bool{}, facAfter: map[string]bool{}, facLocal: map[string]bool{}, facBefore: map[string]bool{}, facArticle: map[string]bool{}, title: map[string]bool{}, direction: map[string]bool{}, dedicated: map[string]bool{}, saint: map[string]bool{},
		suffixPlural: map[string]string{}, prefixPlural: map[string]string{}, conjunction: map[string]bool{}, head: map[string]bool{}, opener: map[string]bool{}, anaphor: map[string]string{}, anaFar: map[string]bool{}, anaFirst: map[string]bool{}, sea: map[string]bool{}, seaPre: map[string]bool{}, water: map[string]bool{}}
	for _, l := range langs {
		p := "places/" + l + "/cues.tsv"
		f, err := fsys.Open(p)
		if err != nil {
			return nil, err
		}
		err = r.readCues(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	p := "places/shared/stop.tsv"
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := r.readStop(f); err != nil {
		return nil, err
	}
	r.demonyms = map[string]map[string]string{}
	for _, l := range langs {
		p := "actors/" + l + "/countries.tsv"
		f, err := fsys.Open(p)
		if err != nil {
			return nil, err
		}
		r.demonyms[l], err = readDemonyms(f, l == "es")
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	r.capsWords = map[string]bool{}
	p = "places/es/caps_words.txt"
	cw, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer cw.Close()
	if err := readWords(cw, r.capsWords); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return r, nil
}

func (r *rules) readCues(rd io.Reader, name string) error {
	sc := bufio.NewScanner(rd)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < 2 {
			return fmt.Errorf("%s:%d: want kind<TAB>words[<TAB>class]", name, line)
		}
		ks := nameKeys(c[1])
		if len(ks) == 0 {
			return fmt.Errorf("%s:%d: no words", name, line)
		}
		key := strings.Join(ks, " ")
		class := ""
		if len(c) > 2 {
			class = strings.TrimSpace(c[2])
		}
		switch c[0] {
		case "anaphor":
			switch class {
			case "ADM", "ADM1", "ADM2", "CITY", "PPLC", "VILLAGE", "AREA", "LAND":
			default:
				return fmt.Errorf("%s:%d: class %q, want ADM, ADM1, ADM2, CITY, PPLC, VILLAGE, AREA or LAND", name, line, class)
			}
			r.anaphor[key] = class
			if len(c) > 3 {
				if strings.TrimSpace(c[3]) != "far" {
					return fmt.Errorf("%s:%d: want far or nothing after the class, not %q", name, line, c[3])
				}
				r.anaFar[key] = true
			}
			r.anaFirst[ks[0]] = true
			r.maxAna = max(r.maxAna, len(ks))
		case "prefix", "suffix", "prefix_plural", "suffix_plural":
			switch class {
			case "ADM", "ADM1", "ADM2", "CITY", "COUNTRY":
			default:
				return fmt.Errorf("%s:%d: class %q, want ADM, ADM1, ADM2, CITY or COUNTRY", name, line, class)
			}
			switch c[0] {
			case "prefix":
				r.prefix[key] = class
			case "suffix":
				r.suffix[key] = class
			case "prefix_plural":
				r.prefixPlural[key] = class
			default:
				r.suffixPlural[key] = class
			}
		case "sea":
			r.sea[key] = true
			r.maxSea = max(r.maxSea, len(ks))
			for n := 1; n <= len(ks); n++ {
				r.seaPre[strings.Join(ks[:n], " ")] = true
			}
		case "water":
			if len(ks) != 1 {
				return fmt.Errorf("%s:%d: a water word is one word", name, line)
			}
			r.water[key] = true
		case "conjunction":
			r.conjunction[key] = true
		case "head":
			r.head[key] = true
		case "opener":
			r.opener[key] = true
		case "connector":
			r.connector[key] = true
		case "qualifier":
			r.qualifier[key] = true
		case "article":
			r.article[key] = true
		case "locative":
			r.locative[key] = true
			r.cue[key] = true
		case "cue":
			r.cue[key] = true
		case "facility_after":
			r.facAfter[key] = true
		case "facility_after_local":
			r.facAfter[key] = true
			r.facLocal[key] = true
		case "facility_before":
			r.facBefore[key] = true
		case "facility_article":
			r.facArticle[key] = true
		case "direction":
			r.direction[key] = true
		case "dedicated", "saint":
			if len(ks) != 1 {
				return fmt.Errorf("%s:%d: a %s word is one word", name, line, c[0])
			}
			if c[0] == "saint" {
				r.saint[key] = true
			} else {
				r.dedicated[key] = true
			}
		case "title":
			r.title[key] = true
			r.maxTitle = max(r.maxTitle, len(ks))
		default:
			return fmt.Errorf("%s:%d: unknown kind %q (anaphor, prefix, suffix, prefix_plural, suffix_plural, sea, water, conjunction, head, opener, connector, qualifier, article, locative, cue, facility_after, facility_after_local, facility_before, facility_article, direction, dedicated, saint, title)", name, line, c[0])
		}
		if (c[0] == "locative" || c[0] == "cue" || c[0] == "prefix" || c[0] == "facility_before") && len(ks) > r.maxSeq {
			r.maxSeq = len(ks)
		}
		// seqBefore looks no further back than a set's longest sequence
		switch c[0] {
		case "locative":
			r.maxLoc = max(r.maxLoc, len(ks))
			r.maxCue = max(r.maxCue, len(ks))
		case "cue":
			r.maxCue = max(r.maxCue, len(ks))
		case "facility_before":
			r.maxFacBef = max(r.maxFacBef, len(ks))
		}
	}
	return sc.Err()
}

// readWords adds the folded words of a list (one a line) to set.
func readWords(rd io.Reader, set map[string]bool) error {
	sc := bufio.NewScanner(rd)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		set[strings.Join(nameKeys(l), " ")] = true
	}
	return sc.Err()
}

func (r *rules) readStop(rd io.Reader) error {
	sc := bufio.NewScanner(rd)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		r.stop[strings.Join(nameKeys(l), " ")] = true
	}
	return sc.Err()
}

// seqBefore returns the length (in units) of the longest sequence of set
// that ends right before unit i in the same sentence, or 0.
func seqBefore(us []unit, i int, set map[string]bool, max int) int {
	best := 0
	for n := 1; n <= max && i-n >= 0; n++ {
		if us[i-n].sent != us[i].sent {
			break
		}
		var buf [128]byte
		if set[string(appendKeys(buf[:0], us, i-n, i))] {
			best = n
		}
	}
	return best
}

// defaultRules are the embedded rules, loaded once (ForClause uses them).
var defaultRules = sync.OnceValues(func() (*rules, error) { return loadRules(data.FS) })

// appendKeys appends the keys of units [a, b) joined by blanks to buf (as
// joinKeys writes them; a map looked up by string(buf) allocates nothing).
func appendKeys(buf []byte, us []unit, a, b int) []byte {
	for k := a; k < b; k++ {
		if k > a {
			buf = append(buf, ' ')
		}
		buf = append(buf, us[k].key...)
	}
	return buf
}

// readDemonyms reads the demonym rows of an actors countries file
// ("<TAB>demonym<TAB>OMN<TAB><TAB>omaní"): folded form -> alpha-3. With
// feminine, a Spanish masculine form also gives its feminine (venezolano
// -> venezolana, francés -> francesa, alemán -> alemana), as "la capital"
// takes.
func readDemonyms(rd io.Reader, feminine bool) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(rd)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 5 || c[1] != "demonym" || len(c[2]) != 3 {
			continue
		}
		for _, form := range strings.Split(c[4], "|") {
			k := strings.Join(nameKeys(strings.TrimSpace(form)), " ")
			if k == "" {
				continue
			}
			out[k] = c[2]
			if !feminine {
				continue
			}
			switch {
			case strings.HasSuffix(k, "o"):
				out[k[:len(k)-1]+"a"] = c[2]
			case strings.HasSuffix(k, "es"), strings.HasSuffix(k, "an"), strings.HasSuffix(k, "in"), strings.HasSuffix(k, "or"):
				out[k+"a"] = c[2]
			}
		}
	}
	return out, sc.Err()
}

// dedication reports a name at unit a that opens with a saint's title
// after the noun of a dedicated body or building, past a connector and an
// article ("la Universidad de San Carlos", "el Hospital San Juan de Dios",
// "la iglesia de Santa Ana"): the name honours the saint; the town of that
// name is not meant.
func (r *rules) dedication(us []unit, a int) bool {
	if a == 0 || !r.saint[us[a].key] {
		return false
	}
	k := a - 1
	if k > 0 && r.article[us[k].key] && us[k].sent == us[a].sent {
		k--
	}
	if k > 0 && r.connector[us[k].key] && us[k].sent == us[a].sent {
		k--
	}
	return us[k].sent == us[a].sent && r.dedicated[us[k].key]
}
