// Package places recognises place mentions and resolves them against the
// gazetteer.
//
// Recognition is one pass over the document's words with a trie of every
// gazetteer name (longest match), in both languages at once. A match is kept
// when it is capitalised; a name that is also a common word ("Mobile",
// "Reading") needs a capital that does not open a sentence, or a preposition
// before it ("in Reading"). A small town's name glued to another
// capitalised word ("Maywood Holdings", "Hugo Chávez") is part of another
// name and skipped (and, after a given name, taken for a surname in the
// rest of the article); a region or big town so placed is a modifier and
// stays a place ("Texas Department of Health"), unless the actors stage
// found the longer name; in Spanish, which puts no place before a noun to
// qualify it, a town's name so placed is a given name ("George W. Bush").
// A one-word name after a title is a person's ("el presidente Morales"),
// and so is a known person's surname standing alone ("Chávez dijo"; the
// pipeline hands the actors stage's people over, UsePeople) unless the
// article also names it as a place or names its region. Cues around the name (data/places/{es,en}/cues.tsv) say
// what kind of place it is ("la región de Kursk", "Kursk region", "the city
// of Córdoba") and which country or region contains it ("Kursk de Rusia",
// "Córdoba, Argentina"); in a list going down from a first-level region
// ("META , GRANADA") the region contains the name after it. A toponym lying strictly inside a longer actor
// mention ("las tropas de Corea del Norte") is the actor's, not a place.
//
// Disambiguation scores every candidate and keeps the best; the winning
// reasons are recorded in doc.Place.Reason:
//
//   - feature: a country beats a first-level subdivision, which beats a
//     town; among towns, capitals and bigger towns win;
//   - cue: a candidate of the kind the cue names wins ("región de" -> ADM);
//   - qualifier: a candidate inside the named country or region wins; a
//     name whose candidates are all small places abroad of the region
//     named after it ("Bellavista, Cauca") is a place the gazetteer lacks
//     and no mention;
//   - context: a candidate in a country (or region) that the rest of the
//     article mentions, by its actors or its other places, wins;
//   - metonymy: a name that the actors stage coded as a government
//     ("Washington" = USAGOV) prefers its country's capital.
package places

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/atalaya-events/atalaya/data"
	"github.com/atalaya-events/atalaya/internal/doc"
)

// Options configure the stage.
type Options struct {
	// UserDicts are extra dictionary files or folders given by the user;
	// their entries override the embedded ones. Files named gazetteer*.tsv
	// (or .tsv.gz) add gazetteer rows; *names*.tsv files under a folder
	// named places add names to known places (see data/places/README.md).
	UserDicts []string
	// GazetteerDir, when set, names a folder with a full GeoNames dump
	// (allCountries.txt, admin1CodesASCII.txt, alternateNamesV2.txt) used
	// instead of the embedded gazetteer.
	GazetteerDir string
}

// Geocoder is the pipeline stage. It is safe for concurrent use once built.
type Geocoder struct {
	opts   Options
	gaz    *Gazetteer
	rules  *rules
	people People
	// capitals: alpha-3 -> entry of the country's capital (capitalOf)
	capitals map[string]int
	capOnce  sync.Once
	// countries: alpha-3 -> entry of the country (countryEntry)
	countries map[string]int
	pcliOnce  sync.Once
}

// People tells the stage which words are people's surnames. The actors
// stage knows them (its people dictionaries) and is built after this one
// (it asks this stage's gazetteer), so the pipeline hands it over with
// UsePeople.
type People interface {
	// Surname reports whether a word ends the name of a known person.
	Surname(word string) bool
}

// UsePeople makes the stage read a known person's surname standing alone
// ("Chávez dijo", "contra Chávez") as the person, not as a town of that
// name. Call it before the stage processes any document.
func (s *Geocoder) UsePeople(p People) { s.people = p }

// New builds the stage, loading its dictionaries.
func New(opts Options) (*Geocoder, error) {
	var g *Gazetteer
	var err error
	user, err := userFiles(opts.UserDicts)
	if err != nil {
		return nil, err
	}
	switch {
	case opts.GazetteerDir != "":
		g, err = LoadGeoNames(opts.GazetteerDir)
	case len(user) == 0:
		g, err = sharedEmbedded() // read-only: every stage without user files shares it
	default:
		g, err = LoadEmbedded()
	}
	if err != nil {
		return nil, err
	}
	if err := g.loadUser(user); err != nil {
		return nil, err
	}
	r, err := loadRules(data.FS)
	if err != nil {
		return nil, err
	}
	return &Geocoder{opts: opts, gaz: g, rules: r}, nil
}

// Gazetteer returns the stage's gazetteer.
func (s *Geocoder) Gazetteer() *Gazetteer { return s.gaz }

// Name names the stage in error messages.
func (s *Geocoder) Name() string { return "places" }

// majorPopulation is the population from which a town counts as a major
// place; a first-level division always does.
const majorPopulation = 50000

// CountriesOf returns the countries holding a division or a town of that
// name (whole-name match), and the country of the largest one (of those
// whose own name it is, when there are such) when it is a
// first-level division or a town of at least majorPopulation people, else
// "". The actors stage uses it for agents whose complement names a place
// ("the mayor of Nablus" is Palestinian).
func (s *Geocoder) CountriesOf(name string) (all []string, major string) {
	es := s.gaz.Lookup(name)
	key := strings.Join(nameKeys(name), " ")
	for _, e := range es {
		if placeEntry(&e) && !slices.Contains(all, e.Country) {
			all = append(all, e.Country)
		}
	}
	// a major place whose own name it is comes before those it is another
	// name of ("Puno" is the Peruvian region, not an old name of Pune);
	// else any ("Nápoles" is Naples, not a village of that name)
	if m := majorCountry(es, func(e *Entry) bool { return strings.Join(nameKeys(e.Name), " ") == key }); m != "" {
		return all, m
	}
	if s.rules.capsWords[key] {
		// "la Comunidad de Paz": a Spanish word that is only another
		// name of a place ("Paz" for La Paz, Mexico) names no major one
		return all, ""
	}
	return all, majorCountry(es, func(*Entry) bool { return true })
}

// PlaceNamed returns the place a whole name names in the gazetteer when
// its entries leave no doubt of the country: all of one country, or a
// major place outranking its namesakes (see majorCountry); the largest
// entry of that country. The events stage uses it for a name that the
// target preposition of an attack introduces ("ataques contra Khiam"),
// which the places stage leaves alone when the name is also a word or a
// small town read only after a cue. The span is left to the caller.
//
// Only a town or a first-level division counts (municipalities named like
// surnames, "Sánchez", "García", are left), and no known person's surname.
func (s *Geocoder) PlaceNamed(name string) (doc.Place, bool) {
	if ws := strings.Fields(name); len(ws) == 0 || s.people != nil && s.people.Surname(ws[len(ws)-1]) {
		return doc.Place{}, false
	}
	es := slices.DeleteFunc(slices.Clone(s.gaz.Lookup(name)), func(e Entry) bool {
		return !placeEntry(&e) || e.Feature != "ADM1" && !strings.HasPrefix(e.Feature, "PPL")
	})
	country := ""
	for i := range es {
		if e := &es[i]; placeEntry(e) {
			if country == "" {
				country = e.Country
			} else if country != e.Country {
				country = "?"
			}
		}
	}
	if country == "" {
		return doc.Place{}, false
	}
	if country == "?" {
		if country = majorCountry(es, func(*Entry) bool { return true }); country == "" {
			return doc.Place{}, false
		}
	}
	var best *Entry
	for i := range es {
		if e := &es[i]; placeEntry(e) && e.Country == country && (best == nil || e.Population > best.Population) {
			best = e
		}
	}
	return doc.Place{Name: best.Name, Country: best.Country, Adm1: best.Adm1, Feature: best.Feature,
		Lat: best.Lat, Lon: best.Lon, GeonamesID: best.ID, Reason: "target of an attack"}, true
}

// placeEntry reports whether an entry is a division or a town of a country.
func placeEntry(e *Entry) bool {
	return e.Country != "" && (strings.HasPrefix(e.Feature, "ADM") || strings.HasPrefix(e.Feature, "PPL"))
}

// majorCountry returns the country of the largest of the entries that
// keep, when it is a first-level division or a town of at least
// majorPopulation people and no other country has one as large; else "".
// Of two in two countries within a quarter of each other's size, the one
// the places stage would rank first (a seat of government or
// administration before a plain town: Cádiz, Spain, before Cadiz City)
// is the larger.
func majorCountry(es []Entry, keep func(*Entry) bool) string {
	var best, second *Entry
	bw, sw := int64(-1), int64(-1)
	for i := range es {
		e := &es[i]
		if !placeEntry(e) || !keep(e) {
			continue
		}
		w := e.Population
		if e.Feature == "ADM1" && w < majorPopulation {
			w = majorPopulation
		}
		switch {
		case w > bw:
			if best != nil && best.Country != e.Country {
				second, sw = best, bw
			}
			best, bw = e, w
		case e.Country != best.Country && w > sw:
			second, sw = e, w
		}
	}
	if best == nil || bw < majorPopulation {
		return ""
	}
	if !capital(best) {
		// a country's capital is known by its name before a larger
		// namesake town abroad, as the places stage ranks them ("San
		// José" is Costa Rica's before San Jose, California)
		for i := range es {
			if e := &es[i]; keep(e) && placeEntry(e) && capital(e) && e.Population >= majorPopulation && e.Country != best.Country {
				return e.Country
			}
		}
	}
	if second != nil && sw*5 >= bw*4 {
		fb, fs := featureScore(best), featureScore(second)
		switch {
		case fs > fb && sw >= majorPopulation:
			return second.Country
		case sw == bw && fs == fb:
			return "" // two as large in two countries
		}
	}
	return best.Country
}

// mention is a recognised toponym before resolution.
type mention struct {
	span      doc.Span
	a, b      int    // name units [a, b)
	key       string // folded name
	hits      []hit
	prefer    string // class a cue asks for
	cueText   string
	cueNamed  bool  // the cue is written before the name ("provincia de X") or is a list's plural ("las provincias de X y Y", "X and Y counties")
	qual      []hit // entries of a qualifying country or region
	qualKey   string
	actorHint *doc.Actor // an actor mention with the same span
	preposed  bool       // a preposition or cue stands before it
	mask      uint8      // the common-word marks that count in the text's language
	country   bool       // some candidate is a country
	surname   bool       // a known person's surname standing alone (personName)
	listed    bool       // qual is the region a list names before it ("META , GRANADA")
	holds     []hit      // its regions that hold the name listed after it
	holdKey   string
	the       bool // English "the" right before a one-word name ("the Sahel")
}

// Process annotates d.
func (s *Geocoder) Process(d *doc.Doc) error {
	var sc *scratch
	w, _ := d.Stash.(*earlyWork)
	if w != nil {
		d.Stash = nil
		sc = w.sc
	} else {
		sc = scratchPool.Get().(*scratch)
	}
	if w != nil && w.text == d.Text && w.ntok == len(d.Tokens) && !w.probed(d.Actors) {
		// Early recognised the names before the actors stage ran: only
		// the checks against actors are left
		sc.ms = s.filter(d, sc.us, append(sc.ms[:0], sc.early...), w.surnames)
	} else {
		sc.us = appendUnits(sc.us[:0], d, doc.Span{Start: 0, End: len(d.Text)})
		sc.ms = s.recognise(d, sc.us, sc.ms[:0])
	}
	d.Places = s.resolve(d, sc.ms, sc, d.Places, true)
	d.Places = s.demonymCapitals(d, sc.us, d.Places)
	d.Places = s.demonymSeas(d, sc.us, d.Places)
	s.datelineCapital(d)
	slices.SortStableFunc(d.Places, func(a, b doc.Place) int { return cmp.Compare(a.Start, b.Start) })
	d.Places = s.demonymAdjectives(d, sc.us, d.Places)
	if n := len(d.Places); n > 0 {
		d.Places = s.anaphors(d, sc.us, d.Places)
		if len(d.Places) > n {
			slices.SortStableFunc(d.Places, func(a, b doc.Place) int { return cmp.Compare(a.Start, b.Start) })
		}
	}
	// drop what points into the document before the buffers go back
	clear(sc.us)
	clear(sc.ms)
	clear(sc.early)
	clear(sc.ev)
	scratchPool.Put(sc)
	return nil
}

// Early resolves the article's place names as Process would before the
// actors stage has run (no actor tells a person's name or a government
// apart), without writing d's places. The actors stage asks it for the
// reading of a town an agent is named by ("los municipios de Santa Cruz,
// El Alto y La Paz"): resolved together with the article's other places,
// not alone (its places give no Reason). The units and the names found
// before any check against actors stay in d.Stash for Process, which
// would find them again.
func (s *Geocoder) Early(d *doc.Doc) []doc.Place {
	dd := *d
	dd.Actors, dd.Places = nil, nil
	var sc *scratch
	if w, ok := d.Stash.(*earlyWork); ok {
		sc = w.sc // asked twice
	} else {
		sc = scratchPool.Get().(*scratch)
	}
	w := &earlyWork{text: d.Text, ntok: len(d.Tokens), sc: sc}
	sc.us = appendUnits(sc.us[:0], &dd, doc.Span{Start: 0, End: len(dd.Text)})
	ms, surnames := s.scan(&dd, sc.us, sc.ms[:0], &w.probes)
	sc.early = append(sc.early[:0], ms...)
	w.surnames = surnames
	sc.ms = s.filter(&dd, sc.us, ms, surnames)
	out := s.resolve(&dd, sc.ms, sc, nil, false)
	clear(sc.ms)
	clear(sc.ev)
	d.Stash = w
	return out
}

// earlyWork is the part of recognise that Early did without actors and
// Process takes over, with the scratch that holds it (its units, and in
// early the names scan found): the names seen as surnames, and the words
// firstName read as a first name for want of actors (an actor there would
// have kept the country's name a place).
type earlyWork struct {
	text     string
	ntok     int
	sc       *scratch
	surnames map[string]bool
	probes   []doc.Span
}

// probed reports whether an actor overlaps a word that firstName read as a
// first name for want of actors: there the actors change what scan finds.
func (w *earlyWork) probed(as []doc.Actor) bool {
	for _, p := range w.probes {
		for k := range as {
			if x := &as[k]; x.Start < p.End && p.Start < x.End {
				return true
			}
		}
	}
	return false
}

// scratch holds the buffers of one Process call, reused through scratchPool.
type scratch struct {
	us     []unit
	ms     []mention
	early  []mention // scan's names, kept by Early for Process
	ev     []evidence
	choice []int
	codes  evCodes
	why    []byte // the reasons of one place as pick writes them
	// keyBuf and keyEnds: the actors' evidence keys end to end (resolve)
	keyBuf  []byte
	keyEnds []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// match returns the end (exclusive) of the longest name starting at unit i
// in i's sentence, and its trie node; end is -1 when none. A name ends
// on a capitalised word (or a number): "the Centre-Nord region" is the
// name "Centre-Nord" and a cue after it, though the gazetteer also holds
// "Centre-Nord Region", which accept would refuse in lower case.
func (s *Geocoder) match(us []unit, i int) (end int, n int32) {
	end = -1
	cur := int32(0)
	for j := i; j < len(us) && us[j].sent == us[i].sent && (j == i || !us[j].gap); j++ {
		nx, ok := s.gaz.next(cur, us[j].key)
		if !ok {
			break
		}
		cur = nx
		if len(s.gaz.hitsAt(cur)) > 0 && (us[j].cap || isDigits(us[j].key)) {
			end, n = j+1, cur
		}
	}
	return end, n
}

// adjacent reports whether only blanks separate units i and j (i < j) in text.
func adjacent(text string, us []unit, i, j int) bool {
	return strings.TrimSpace(text[us[i].end:us[j].start]) == "" && us[i].sent == us[j].sent
}

func (s *Geocoder) recognise(d *doc.Doc, us []unit, ms []mention) []mention {
	ms, surnames := s.scan(d, us, ms, nil)
	return s.filter(d, us, ms, surnames)
}

// scan finds the names of places in us and appends them to ms, with the
// names seen as surnames. Only firstName looks at d's actors; probes, when
// not nil, gets the words where it did.
func (s *Geocoder) scan(d *doc.Doc, us []unit, ms []mention, probes *[]doc.Span) ([]mention, map[string]bool) {
	r := s.rules
	var surnames map[string]bool // names seen after a capitalised given name ("Hugo Chávez")
	for i := 0; i < len(us); {
		if !us[i].cap {
			i++ // accept takes no name that opens in lower case
			continue
		}
		b, n := s.match(us, i)
		if b < 0 {
			i++
			continue
		}
		m, ok, surname := s.accept(d, us, i, b, n, probes)
		if surname {
			if surnames == nil {
				surnames = map[string]bool{}
			}
			surnames[m.key] = true
		}
		if !ok {
			i++
			continue
		}
		// "Kursk de Rusia", "Kursk en Rusia", "Córdoba, Argentina"
		next := b
		if b < len(us) && us[b].sent == us[b-1].sent {
			q := 0
			if r.qualifier[us[b].key] && adjacent(d.Text, us, b-1, b) {
				q = 1
			}
			sep := strings.TrimSpace(d.Text[us[b-1].end:us[b].start])
			// "Santa Isabel Tolima", "Paris Texas": a region glued after
			// a town that it holds qualifies it as after a comma
			if q == 1 || sep == "," || sep == "" && !us[b].gap && s.qualAfter(us, m.hits, b) {
				if qe, qn := s.match(us, b+q); qe > 0 && us[b+q].cap {
					var qh []hit
					for _, h := range s.gaz.hitsAt(qn) {
						if c := s.gaz.Entries[h.entry].class(); c == "COUNTRY" || c == "ADM" {
							qh = append(qh, h)
						}
					}
					if q == 1 && d.Lang == "es" && r.connector[us[b].key] && !(len(qh) > 0 && s.within(m.hits, qh)) && someHit(s.gaz.hitsAt(qn), func(h hit) bool { return s.gaz.Entries[h.entry].class() == "CITY" }) {
						// "San José de Apartadó": a longer name the gazetteer
						// lacks, of a place by the town its last part names:
						// that town is the mention, the first part no place
						// of its own (not San José, Costa Rica)
						m = mention{span: doc.Span{Start: us[b+1].start, End: us[qe-1].end}, a: b + 1, b: qe, key: joinKeys(us, b+1, qe), hits: s.gaz.hitsAt(qn), mask: m.mask, preposed: m.preposed}
						ms = append(ms, m)
						i = qe
						continue
					}
					if q == 0 && sep == "," && s.lacked(m.hits, qh) {
						// "el sitio Bellavista, Cauca": a small place the
						// gazetteer lacks, told by the region after it, is
						// none of its small namesakes in another country
						i = b
						continue
					}
					if len(qh) > 0 && s.within(m.hits, qh) {
						m.qual = qh
						m.qualKey = joinKeys(us, b+q, qe)
						if q == 1 {
							m.span.End = us[qe-1].end
							next = qe
						} else if _, ok, _ := s.accept(d, us, b, qe, qn, probes); !ok {
							// "Slidell, La.": the qualifier is a mention of its own,
							// though alone it would be a stop word or common word
							qm := mention{span: doc.Span{Start: us[b].start, End: us[qe-1].end}, a: b, b: qe, key: m.qualKey, hits: qh, mask: m.mask}
							qm.country = someHit(qh, func(h hit) bool { return s.gaz.Entries[h.entry].class() == "COUNTRY" })
							ms = append(ms, m)
							m = qm
							next = qe
						}
					}
				}
			}
		}
		ms = append(ms, m)
		i = next
	}
	return ms, surnames
}

// filter checks the names scan found against d's actors and the person's
// names around them, and reads lists of regions.
func (s *Geocoder) filter(d *doc.Doc, us []unit, ms []mention, surnames map[string]bool) []mention {
	// Actors: skip toponyms strictly inside a longer actor mention, and
	// those that the actors stage read as a person or an organisation; note
	// an actor with the same span as a hint. A name seen as a surname ("Hugo
	// Chávez") is not a place elsewhere in the article either, unless a
	// preposition says so ("en Chávez").
	out := ms[:0]
	for _, m := range ms {
		inside := m.b-m.a == 1 && surnames[m.key] && !m.preposed && !m.country && m.prefer == ""
		for k := range d.Actors {
			a := &d.Actors[k]
			if a.Span == m.span || a.Span == (doc.Span{Start: us[m.a].start, End: us[m.b-1].end}) {
				if a.Kind == "person" || a.Kind == "org" {
					inside = true
					break
				}
				m.actorHint = a
				continue
			}
			if a.Span.Contains(m.span) && a.Span.Len() > m.span.Len() {
				inside = true
				break
			}
		}
		if !inside && m.actorHint == nil {
			switch s.personName(d, us, &m) {
			case 1:
				inside = true
			case 2:
				m.surname = true
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	// A known person's surname is the person unless the article also
	// names it as a place or names the region of one of its towns
	// ("Greer, South Carolina ... Greer's city limits").
	keep := out[:0]
	for i := range out {
		if !out[i].surname || s.placeSupport(out, i) {
			keep = append(keep, out[i])
		}
	}
	return s.listRegions(d, us, keep)
}

// listRegions reads lists of names separated by commas that go from a
// first-level region down to a town ("META , GRANADA", "CoRDOBA , PUERTO
// ESCONDIDO", "Cauca, Morales"): a name right after a region, or after a
// name so placed, is looked up in that region first (Granada of Meta, not
// Grenada), and the region is the one holding it (Córdoba of Colombia). A
// region's name that was no mention (a common word: "META") becomes one
// when it holds the name after it. It returns ms with such mentions added.
func (s *Geocoder) listRegions(d *doc.Doc, us []unit, ms []mention) []mention {
	n := len(ms)
	for k := 0; k < n; k++ {
		m := &ms[k]
		if m.qual != nil || m.a < 1 || !us[m.a].gap || us[m.a-1].sent != us[m.a].sent || strings.TrimSpace(d.Text[us[m.a-1].end:us[m.a].start]) != "," {
			continue
		}
		// "TRUJILLO , TRUJILLO" (a town and its seat) is no region and
		// its town
		var p *mention
		if k > 0 && ms[k-1].b == m.a {
			p = &ms[k-1]
		}
		var regs []hit
		switch {
		case p != nil && p.listed:
			regs = p.qual
		case p != nil:
			// a qualified name ("Córdoba, Argentina") is qualified by
			// what follows it
			if p.qual != nil {
				continue
			}
			regs = p.hits
		default:
			// a name the recogniser left out: the longest one ending
			// right before the comma
			for j := m.a - 1; j >= 0 && j >= m.a-4 && us[j].sent == us[m.a].sent && us[j].cap; j-- {
				if e, nd := s.match(us, j); e == m.a {
					regs = s.gaz.hitsAt(nd)
					p = &mention{span: doc.Span{Start: us[j].start, End: us[m.a-1].end}, a: j, b: m.a, key: joinKeys(us, j, m.a), mask: m.mask}
				}
				if j < m.a-1 && us[j+1].gap {
					break
				}
			}
		}
		if p == nil || p.key == m.key {
			continue // "Sahagun Cordoba , CoRDOBA": a name said twice
		}
		var in []hit
		for _, q := range regs {
			qe := &s.gaz.Entries[q.entry]
			if qe.Feature == "ADM1" && someHit(m.hits, func(h hit) bool { return inside(&s.gaz.Entries[h.entry], qe) }) {
				in = append(in, q)
			}
		}
		if len(in) == 0 && p.listed && len(regs) > 0 {
			// "RISARALDA , QUINCHIA , SAN JOSE": a third name down a list
			// held in one country that its region lacks (a hamlet) is
			// still of that country when the country has one of its name,
			// not a namesake abroad (San José of Costa Rica)
			c := s.gaz.Entries[regs[0].entry].Country
			var same []hit
			for _, h := range m.hits {
				if s.gaz.Entries[h.entry].Country == c {
					same = append(same, h)
				}
			}
			if len(same) > 0 && len(same) < len(m.hits) {
				m.hits = same
			}
			continue
		}
		if len(in) == 0 || someHit(m.hits, func(h hit) bool {
			e := &s.gaz.Entries[h.entry]
			return e.Feature == "ADM1" && e.Country == s.gaz.Entries[in[0].entry].Country
		}) {
			continue // "Missouri, Mississippi, Nevada": a list of regions
		}
		m.qual, m.qualKey, m.listed = in, p.key, true
		switch {
		case p.hits == nil:
			p.hits, p.holds, p.holdKey = in, in, m.key
			ms = append(ms, *p)
		case !p.listed:
			p.holds, p.holdKey = in, m.key
		}
	}
	return ms
}

// placeSupport reports whether another mention of ms names ms[i] as a
// place (the same name, read as no surname) or may name the first-level
// region of one of its candidates.
func (s *Geocoder) placeSupport(ms []mention, i int) bool {
	m := &ms[i]
	for j := range ms {
		o := &ms[j]
		if j == i || o.key == m.key && o.surname {
			continue
		}
		if o.key == m.key {
			return true
		}
		for _, oh := range o.hits {
			oe := &s.gaz.Entries[oh.entry]
			if oe.Feature != "ADM1" {
				continue
			}
			for _, h := range m.hits {
				if e := &s.gaz.Entries[h.entry]; e.Country == oe.Country && e.Adm1 == oe.Adm1 {
					return true
				}
			}
		}
	}
	return false
}

// personName tells whether a one-word name stands for a person, not a
// place: 1 after a title or a word of address ("el presidente Morales",
// "el general Chávez", "de apellido Fonseca"; cues.tsv kind title); 2 for
// a known person's surname standing alone ("Chávez dijo", "protestas
// contra Chávez"), unless a big town or a first-level region bears it as
// its own name ("Santos", "Lagos" stay places); else 0. Neither holds
// when a preposition, a cue or a qualifier makes it a place ("en Chávez",
// "el municipio de Morales", "Morales, Cauca"), when it may be a country,
// or in a line written in capitals (datelines and lists of places).
func (s *Geocoder) personName(d *doc.Doc, us []unit, m *mention) int {
	if m.b-m.a != 1 || m.preposed || m.country || m.prefer != "" || m.qual != nil || us[m.a].upper {
		return 0
	}
	if seqBefore(us, m.a, s.rules.title, s.rules.maxTitle) > 0 {
		return 1
	}
	if s.people == nil || !s.people.Surname(d.Text[us[m.a].start:us[m.a].end]) {
		return 0
	}
	for _, h := range m.hits {
		e := &s.gaz.Entries[h.entry]
		if s.gaz.nameKey(e) != m.key {
			continue // "Gutiérrez" is another name of Tuxtla Gutiérrez
		}
		if e.Feature == "ADM1" || e.class() == "REGION" || e.class() == "CITY" && e.Population >= commonSmallTown {
			return 0
		}
	}
	return 2
}

// within reports whether some candidate lies inside some qualifier.
func (s *Geocoder) within(hs, qs []hit) bool {
	for _, h := range hs {
		e := &s.gaz.Entries[h.entry]
		for _, q := range qs {
			if inside(e, &s.gaz.Entries[q.entry]) {
				return true
			}
		}
	}
	return false
}

// inside reports whether e lies in the country or region q (and is not q).
func inside(e, q *Entry) bool {
	if e == q || e.Country != q.Country {
		return false
	}
	switch q.class() {
	case "COUNTRY":
		return e.class() != "COUNTRY"
	case "ADM":
		return (e.class() == "CITY" || e.Feature == "ADM2") && q.Feature == "ADM1" && e.Adm1 == q.Adm1
	}
	return false
}

func joinKeys(us []unit, a, b int) string {
	if b-a == 1 {
		return us[a].key
	}
	var buf [128]byte
	return string(appendKeys(buf[:0], us, a, b))
}

// accept decides whether units [a, b) naming trie node n are a toponym, and
// finds the cues around it.
// surname is true when the name follows a capitalised word as a surname does.
func (s *Geocoder) accept(d *doc.Doc, us []unit, a, b int, n int32, probes *[]doc.Span) (m mention, ok, surname bool) {
	r := s.rules
	m = mention{span: doc.Span{Start: us[a].start, End: us[b-1].end}, a: a, b: b, key: joinKeys(us, a, b), hits: s.gaz.hitsAt(n)}
	if !us[a].cap || !us[b-1].cap || r.stop[m.key] {
		return m, false, false
	}
	// which common-word marks count: a word is common in its own language
	// (Spanish text also keeps English words untranslated)
	mask := commonEN | commonES
	switch d.Lang {
	case "en":
		mask = commonEN
	}
	isCommon := func(h hit) bool { return h.common&mask != 0 }
	m.mask = mask
	if d.Lang != "en" && someHit(m.hits, func(h hit) bool { return h.common&onlyEN != 0 }) {
		// "America" is the United States in English, not in Spanish
		m.hits = keepHits(m.hits, func(h hit) bool { return h.common&onlyEN == 0 })
		if len(m.hits) == 0 {
			return m, false, false
		}
	}
	common, country, acronym := true, false, false
	var pop int64
	for _, h := range m.hits {
		e := &s.gaz.Entries[h.entry]
		if !isCommon(h) {
			common = false
		}
		if h.acronym {
			acronym = true
		}
		if e.class() == "COUNTRY" {
			country = true
		}
		if (e.Feature == "ADM1" || e.class() == "REGION") && b-a > 1 {
			pop = max(pop, commonBigTown) // "New Jersey": a known region, though its words are common
		}
		pop = max(pop, e.Population)
	}
	// "the Gulf of Aden", "el golfo de Adén": a town or a region named
	// after a body of water's head word and a connector names the water,
	// not itself (a country stays: "the Gulf of Mexico" lies off Mexico)
	if !country && a >= 2 && us[a-2].sent == us[a].sent && r.connector[us[a-1].key] && !us[a-1].cap && r.water[us[a-2].key] {
		return m, false, false
	}
	// "... a cuatro personas , CHOCO": a word in capitals closing a
	// sentence that is not, after a comma and a word that is not in
	// capitals, is the first-level region of that name a case note ends
	// with, though it is short or a common word
	// ("CHOCo": such notes write an accented letter in lower case)
	tail := d.Lang == "es" && b-a == 1 && a > 0 && (us[a].upper || us[a].cap && us[a].end-us[a].start > 2 && d.Text[us[a].start+1] >= 'A' && d.Text[us[a].start+1] <= 'Z') && !us[a].caps && !us[a-1].upper &&
		us[a-1].sent == us[a].sent && (b == len(us) || us[b].sent != us[a].sent) &&
		strings.TrimSpace(d.Text[us[a-1].end:us[a].start]) == "," && someHit(m.hits, func(h hit) bool {
		e := &s.gaz.Entries[h.entry]
		return e.Feature == "ADM1" && s.gaz.nameKey(e) == m.key
	})
	// All-capital short words are acronyms unless the name is one ("UK", "EAU").
	if us[a].upper && b-a == 1 && !country && !acronym && !tail && !strings.Contains(d.Text[us[a].start:us[a].end], ".") {
		// in running text ("la OTAN", "IRNA said") a short capitalised word
		// is an acronym; in a capitalised headline or dateline it may be a name
		upperCtx := (a > 0 && us[a-1].upper && us[a-1].sent == us[a].sent) || (b < len(us) && us[b].upper && us[b].sent == us[a].sent)
		if len(us[a].key) <= 3 || (len(us[a].key) <= 5 && !upperCtx && !us[a].first) {
			return m, false, false
		}
	}

	// A prefix cue before: PREFIX [up to two lower-case words] CONNECTOR NAME.
	start := a // first unit of the mention with its cue
	if k := a - 1; k >= 1 && us[k].sent == us[a].sent && r.connector[us[k].key] {
	scan:
		for p := k - 1; p >= 0 && p >= k-3 && us[p].sent == us[a].sent; p-- {
			for w := 1; w <= 3 && p-w+1 >= 0; w++ {
				var buf [128]byte
				if cls, ok := r.prefix[string(appendKeys(buf[:0], us, p-w+1, p+1))]; ok {
					m.prefer, m.cueText, m.cueNamed = cls, joinKeys(us, p-w+1, p+1), true
					start = p - w + 1
					break scan
				}
			}
			if us[p].cap {
				break
			}
		}
	}
	// "the village of Pir Koh": a name the cue introduces that goes on in
	// another capitalised word (no stop word, no place of its own, no
	// region qualifying it) is a longer name the gazetteer lacks, not its
	// first word (Pierre, South Dakota, is also "Pir")
	if m.cueNamed && b < len(us) && us[b].sent == us[a].sent && us[b].cap && !us[b].upper && adjacent(d.Text, us, b-1, b) &&
		!r.stop[us[b].key] && !s.functionWord(us[b].key) && !s.qualAfter(us, m.hits, b) {
		if e, _ := s.match(us, b); e < 0 {
			return m, false, false
		}
	}
	// A suffix cue after, of two words or one: NAME refugee camp, NAME region.
	if m.prefer == "" && b < len(us) && us[b].sent == us[a].sent && adjacent(d.Text, us, b-1, b) {
		for w := 2; w >= 1; w-- {
			if b+w > len(us) || us[b+w-1].sent != us[a].sent || w > 1 && !adjacent(d.Text, us, b, b+1) {
				continue
			}
			var buf [128]byte
			if cls, ok := r.suffix[string(appendKeys(buf[:0], us, b, b+w))]; ok {
				m.prefer, m.cueText = cls, joinKeys(us, b, b+w)
				m.span.End = us[b+w-1].end
				break
			}
		}
	}
	if m.prefer == "" {
		m.prefer, m.cueText = s.listCue(d, us, a, b)
		m.cueNamed = m.prefer != ""
	}
	if start < a {
		m.span.Start = us[start].start
	}
	preposed := seqBefore(us, start, r.cue, r.maxCue) > 0
	if !preposed && start > 0 && r.article[us[start-1].key] {
		preposed = seqBefore(us, start-1, r.cue, r.maxCue) > 0
	}
	// "Keith, 51, of Blue Springs", "Pack 170 of Thurston": a connector
	// after a comma or a number says where someone or something is from
	if !preposed && start >= 1 && start == a && r.connector[us[a-1].key] && !us[a-1].cap && us[a-1].sent == us[a].sent {
		from := 0 // numbers are no units: look at the text before the connector
		if a >= 2 && us[a-2].sent == us[a].sent {
			from = us[a-2].end
		}
		sep := strings.TrimSpace(d.Text[from:us[a-1].start])
		if from == 0 {
			sep = ""
		}
		preposed = strings.HasSuffix(sep, ",") || isDigits(sep)
	}
	// "los bombardeos sobre Khiam, Kfar Kila y Aitaroun": a name listed
	// after another that a preposition or cue introduces is introduced by
	// it too
	if !preposed && start == a && common {
		preposed = s.listedAfterCue(d, us, a, b)
	}
	// In a line written in capitals ("EN TORNO A GROZNY", "MINEROS
	// BLOQUEAN CARRETERA") a capital says nothing of names, nor does a
	// preposition before a word of the language: such a word is a place
	// only when a cue names its kind ("LA CIUDAD DE X") or by its standing.
	if us[a].caps && b-a == 1 && m.prefer == "" && (common || d.Lang != "en" && r.capsWords[m.key]) && !s.standing(m.hits, m.key) && !s.qualifiedNext(d, us, b, m.hits) {
		return m, false, false
	}
	// A name that is also a common word needs a preposition or a cue
	// before it ("in Reading"); a big town's, or a phrase of common words
	// ("Fort Worth"), only a capital that does not open a sentence.
	// Opening a sentence, a name of several capitalised words ("New Jersey
	// sued", "Grand Rapids officials") shows by its inner capitals that it
	// is a name, when it names a region or a big town.
	commonOK := m.prefer != "" || preposed || (b-a > 1 && pop >= commonSmallTown) ||
		!(us[a].first || (b-a == 1 && pop < commonBigTown) || pop < commonSmallTown)
	// "Rolling Meadows man", "Grand Prairie police", "the Torrington Fire
	// Department": a head noun after the name keeps it a place; a name of
	// common words needs two of them ("City Council", "Vice Mayor" are no
	// places)
	head := b < len(us) && adjacent(d.Text, us, b-1, b) && r.head[us[b].key]
	if head && b-a > 1 {
		commonOK = true
	}
	// "MUSCAT, April 23 —", "MOBILE (AP) -": the name in capitals that
	// opens the text, before a comma, a parenthesis or a dash, is the
	// dateline's town, though its name is also a word
	if common && !commonOK && datelineName(d, us, a, b) {
		commonOK = true
	}
	// "Slidell, La.", "SEVERN, Md.": after a capitalised word and a comma
	// the abbreviation of a country or first-level region qualifies a
	// town, though it is a word
	if common && !commonOK && a > 0 && us[a-1].cap && us[a-1].sent == us[a].sent &&
		strings.TrimSpace(d.Text[us[a-1].end:us[a].start]) == "," &&
		strings.Contains(d.Text[us[a].start:min(len(d.Text), us[b-1].end+1)], ".") {
		if hs := keepHits(m.hits, func(h hit) bool {
			e := &s.gaz.Entries[h.entry]
			return e.Feature == "ADM1" || e.class() == "COUNTRY"
		}); len(hs) > 0 {
			m.hits, commonOK = hs, true
		}
	}
	if common && !commonOK && tail {
		m.hits, commonOK = keepHits(m.hits, func(h hit) bool {
			e := &s.gaz.Entries[h.entry]
			return e.Feature == "ADM1" && s.gaz.nameKey(e) == m.key
		}), true
	}
	if common && !commonOK && s.regionBefore(d, us, a, m.hits) {
		commonOK = true // "BOLiVAR , SANTA CATALINA": a town listed after its region
	}
	if common && !commonOK {
		return m, false, false
	}
	// "University of Toronto", "Plaza de la Democracia": a common word
	// heading an "X of Y" name (an article between only in Spanish: the
	// geoparsing suites count "Summit of the Americas").
	if common && b+1 < len(us) && r.connector[us[b].key] && us[b+1].sent == us[a].sent &&
		(us[b+1].cap || d.Lang == "es" && r.article[us[b+1].key] && b+2 < len(us) && us[b+2].cap && us[b+2].sent == us[a].sent) {
		return m, false, false
	}
	if !commonOK && us[a].first {
		// opening a sentence, the candidates whose name is a common word
		// are out (mid-sentence, the capital says the word is a name)
		hs := make([]hit, 0, len(m.hits))
		for _, h := range m.hits {
			if !isCommon(h) {
				hs = append(hs, h)
			}
		}
		m.hits = hs
		if len(hs) == 0 {
			return m, false, false
		}
	}
	m.preposed, m.country = preposed, country
	m.the = d.Lang == "en" && b-a == 1 && a > 0 && us[a-1].key == "the" && us[a-1].sent == us[a].sent
	// part of a street's name ("Dublin Road", "calle Madrid", "la vereda la
	// Argelia")
	regional := someHit(m.hits, func(h hit) bool {
		e := &s.gaz.Entries[h.entry]
		return e.Feature == "ADM1" || e.class() == "COUNTRY"
	})
	if m.prefer == "" && ((b < len(us) && us[b].sent == us[a].sent && r.facAfter[us[b].key] && !(regional && r.facLocal[us[b].key]) && adjacent(d.Text, us, b-1, b)) ||
		seqBefore(us, a, r.facBefore, r.maxFacBef) > 0 || a > 0 && r.facArticle[us[a-1].key] && seqBefore(us, a-1, r.facBefore, r.maxFacBef) > 0) {
		return m, false, false
	}
	if r.dedication(us, a) {
		return m, false, false
	}
	if country && s.firstName(d, us, m, a, b, probes) {
		return m, false, false // "Israel Quispe": a person's first name
	}
	// Glued to another capitalised word: part of another name.
	if !country && m.prefer == "" && !us[a].upper { // in capitals (headlines) every word is glued
		if a > 0 && us[a-1].cap && adjacent(d.Text, us, a-1, a) && (!us[a-1].first || !s.functionWord(us[a-1].key)) && !r.direction[us[a-1].key] {
			// a small town's name after a capitalised word is likely a
			// surname ("Hugo Chávez"): remember it for the rest of the text
			return m, false, b-a == 1 && s.smallTowns(m.hits)
		}
		// before another capitalised word, a region or big town is a
		// modifier ("Texas Department of Health", "Ohio State"): still a
		// mention of the place; a small town is likelier part of a name
		if b < len(us) && us[b].cap && adjacent(d.Text, us, b-1, b) && !head && (!s.wellKnown(m.hits, b-a > 1, mask) || d.Lang == "es" && s.givenName(us, m, b)) && !s.qualAfter(us, m.hits, b) {
			return m, false, false
		}
	}
	return m, true, false
}

// listedAfterCue reports whether units [a, b) are a later name of a list
// of names the gazetteer knows, joined by commas and a conjunction, whose
// first name a preposition or cue introduces ("strikes on Khiam, Kfar
// Kila and Aitaroun", "los bombardeos sobre Khiam, Kfar Kila y
// Aitaroun"). A list must close with its conjunction: after a comma alone
// the name may open a clause ("en Beirut, Nasrallah dijo").
func (s *Geocoder) listedAfterCue(d *doc.Doc, us []unit, a, b int) bool {
	r := s.rules
	between := func(i, j int) string { return strings.TrimSpace(d.Text[us[i].end:us[j].start]) }
	closed := false
	for j, n := a, 0; n < 12; n++ {
		if j < 2 || us[j-1].sent != us[j].sent {
			return false
		}
		k := j - 1 // the last unit of the name before
		switch {
		case between(j-1, j) == "," && us[j-1].cap:
		case j == a && between(j-1, j) == "" && r.conjunction[us[j-1].key] && !us[j-1].cap && us[j-2].sent == us[j].sent && between(j-2, j-1) == "" && us[j-2].cap:
			k, closed = j-2, true
		default:
			return false
		}
		p := -1 // where that name starts
		for q := k; q >= 0 && q >= k-3 && us[q].cap && us[q].sent == us[k].sent; q-- {
			if e, _ := s.match(us, q); e == k+1 {
				p = q
			}
		}
		if p < 0 {
			return false
		}
		if seqBefore(us, p, r.cue, r.maxCue) > 0 || p > 0 && r.article[us[p-1].key] && seqBefore(us, p-1, r.cue, r.maxCue) > 0 {
			return closed || s.listCloses(d, us, b)
		}
		j = p
	}
	return false
}

// listCloses reports whether, from unit b on, names follow after commas
// up to a conjunction and one more capitalised name ("..., Kfar Kila y
// Aitaroun").
func (s *Geocoder) listCloses(d *doc.Doc, us []unit, b int) bool {
	for j, n := b, 0; j < len(us) && n < 12 && us[j].sent == us[b-1].sent; n++ {
		switch t := strings.TrimSpace(d.Text[us[j-1].end:us[j].start]); {
		case t == "" && s.rules.conjunction[us[j].key] && !us[j].cap:
			return j+1 < len(us) && us[j+1].sent == us[j].sent && us[j+1].cap && strings.TrimSpace(d.Text[us[j].end:us[j+1].start]) == ""
		case t == "," && us[j].cap:
			for j++; j < len(us) && us[j].cap && us[j].sent == us[j-1].sent && strings.TrimSpace(d.Text[us[j-1].end:us[j].start]) == ""; j++ {
			}
		default:
			return false
		}
	}
	return false
}

// datelineName reports units [a, b), all in capitals, opening the text
// (or a paragraph of it) and followed by a comma, a parenthesis or a dash:
// the town of a dateline ("MUSCAT, April 23 —", "LIMA, 12 jun –").
func datelineName(d *doc.Doc, us []unit, a, b int) bool {
	if !us[a].first {
		return false
	}
	for k := a; k < b; k++ {
		if !us[k].upper {
			return false
		}
	}
	if pre := strings.TrimRight(d.Text[:us[a].start], " \t"); pre != "" && !strings.HasSuffix(pre, "\n") {
		return false
	}
	return datelineAt(d, 0, us[b-1].end)
}

// qualifiedNext reports whether a comma and the name of a country or
// first-level region holding one of the candidates follow unit b-1
// ("MOBILE, ALABAMA"): the word is that region's town.
func (s *Geocoder) qualifiedNext(d *doc.Doc, us []unit, b int, hs []hit) bool {
	if b >= len(us) || us[b].sent != us[b-1].sent || strings.TrimSpace(d.Text[us[b-1].end:us[b].start]) != "," {
		return false
	}
	qe, qn := s.match(us, b)
	if qe < 0 {
		return false
	}
	var qh []hit
	for _, h := range s.gaz.hitsAt(qn) {
		if c := s.gaz.Entries[h.entry].class(); c == "COUNTRY" || c == "ADM" {
			qh = append(qh, h)
		}
	}
	return len(qh) > 0 && s.within(hs, qh)
}

// standing reports whether a word of the language written in capitals is
// still a place: some candidate is a country or a world region, a capital
// or a seat of a first-level region by any of its names ("LONDRES",
// "GINEBRA"), a first-level region or a town of commonBigTown people by
// its own name ("FLORIDA", "ROSARIO"; not "ALTA" for Alberta).
func (s *Geocoder) standing(hs []hit, key string) bool {
	for _, h := range hs {
		e := &s.gaz.Entries[h.entry]
		switch c := e.class(); {
		case c == "COUNTRY" || c == "REGION" || e.Feature == "PPLC" || e.Feature == "PPLG" || e.Feature == "PPLA":
			return true
		case (e.Feature == "ADM1" || c == "CITY" && e.Population >= commonBigTown) && s.gaz.nameKey(e) == key:
			return true
		}
	}
	return false
}

// regionBefore reports whether a first-level region holding one of the
// candidates hs names the words right before unit a and a comma
// ("BOLiVAR , SANTA CATALINA").
func (s *Geocoder) regionBefore(d *doc.Doc, us []unit, a int, hs []hit) bool {
	if a < 1 || !us[a].gap || us[a-1].sent != us[a].sent || strings.TrimSpace(d.Text[us[a-1].end:us[a].start]) != "," {
		return false
	}
	for j := a - 1; j >= 0 && j >= a-4 && us[j].sent == us[a].sent && us[j].cap; j-- {
		if e, n := s.match(us, j); e == a {
			for _, q := range s.gaz.hitsAt(n) {
				qe := &s.gaz.Entries[q.entry]
				if qe.Feature == "ADM1" && someHit(hs, func(h hit) bool { return inside(&s.gaz.Entries[h.entry], qe) }) {
					return true
				}
			}
		}
		if j < a-1 && us[j+1].gap {
			break
		}
	}
	return false
}

// lacked reports whether the first-level regions among qh, the
// candidates of a name after a comma, are of one country in which no
// candidate of hs lies, and every candidate of hs is a small town or a
// division below the first level: a qualifier that tells a place the
// gazetteer lacks ("Bellavista, Cauca": the Peruvian and Mexican towns of
// the name are not it). A country after the comma tells nothing (a list
// of countries and capitals: "Quito, Colombia y Venezuela").
func (s *Geocoder) lacked(hs, qh []hit) bool {
	country := ""
	for _, q := range qh {
		e := &s.gaz.Entries[q.entry]
		if e.Feature != "ADM1" {
			continue
		}
		if country != "" && e.Country != country {
			return false
		}
		country = e.Country
	}
	if country == "" {
		return false
	}
	for _, h := range hs {
		e := &s.gaz.Entries[h.entry]
		if e.Country == country || e.Feature == "ADM1" || e.class() == "COUNTRY" || e.class() == "REGION" || e.Population >= commonSmallTown {
			return false
		}
	}
	return true
}

// qualAfter reports whether the name starting at unit b may be a
// first-level region or a country holding one of the candidates hs
// ("Santa Isabel Tolima").
func (s *Geocoder) qualAfter(us []unit, hs []hit, b int) bool {
	if b >= len(us) || !us[b].cap {
		return false
	}
	qe, qn := s.match(us, b)
	if qe < 0 {
		return false
	}
	for _, q := range s.gaz.hitsAt(qn) {
		qe := &s.gaz.Entries[q.entry]
		if qe.Feature != "ADM1" && qe.class() != "COUNTRY" {
			continue
		}
		for _, h := range hs {
			if inside(&s.gaz.Entries[h.entry], qe) {
				return true
			}
		}
	}
	return false
}

// givenName reports, in Spanish, a town's name of mention m glued before
// another capitalised word (unit b): a given name ("George W. Bush",
// "Josu Zabala", "Milton Rojas"), as Spanish puts no place before a noun
// to qualify it ("Departamento de Salud de Texas"). A seat of government
// or of a first-level region, or such a region, so placed is still a
// place ("Bogotá D.C.", "Lima Metropolitana", "Pasto Narinno"), and so is
// a town before the name of a region or a country ("Balboa Cauca"); the
// name of a mere town after it is a surname ("Rojas").
func (s *Geocoder) givenName(us []unit, m mention, b int) bool {
	for _, h := range m.hits {
		e := &s.gaz.Entries[h.entry]
		if e.Feature == "ADM1" || e.Feature == "PPLC" || e.Feature == "PPLG" || e.Feature == "PPLA" || e.class() != "CITY" && e.class() != "ADM" {
			return false
		}
	}
	end, n := s.match(us, b)
	return end < 0 || !someHit(s.gaz.hitsAt(n), func(h hit) bool {
		e := &s.gaz.Entries[h.entry]
		return e.Feature == "ADM1" || e.class() == "COUNTRY"
	})
}

// listCue finds a plural cue of a list of coordinated names that units
// [a, b) belong to: closing it ("Cooke, Grayson and Love counties") or
// opening it ("the states of Texas and Oklahoma", "las provincias de
// Córdoba y Santa Fe"). Between the names stand only commas and
// conjunctions; it returns the cue's class and words, or "".
func (s *Geocoder) listCue(d *doc.Doc, us []unit, a, b int) (class, cue string) {
	r := s.rules
	if len(r.suffixPlural) == 0 && len(r.prefixPlural) == 0 {
		return "", ""
	}
	const maxList = 12           // units scanned either way
	sep := func(i, j int) bool { // only blanks or a comma between units i < j
		t := strings.TrimSpace(d.Text[us[i].end:us[j].start])
		return us[i].sent == us[j].sent && (t == "" || t == ",")
	}
	// forward to a plural suffix
	for j := b; j < len(us) && j < b+maxList && sep(j-1, j); j++ {
		k := us[j].key
		if cls, ok := r.suffixPlural[k]; ok && us[j-1].cap && !us[j].cap {
			return cls, k
		}
		if !us[j].cap && !r.conjunction[k] {
			break
		}
	}
	// back to a plural prefix and its connector
	for j := a - 1; j >= 1 && j >= a-maxList && sep(j, j+1); j-- {
		k := us[j].key
		if r.connector[k] && !us[j].cap && us[j+1].cap {
			if cls, ok := r.prefixPlural[us[j-1].key]; ok && sep(j-1, j) {
				return cls, us[j-1].key
			}
			break
		}
		if !us[j].cap && !r.conjunction[k] {
			break
		}
	}
	return "", ""
}

// heavierRegion reports whether some first-level region among m's
// candidates, in another country than town e, weighs more than e's own
// region.
func (s *Geocoder) heavierRegion(m *mention, e *Entry) bool {
	own, ok := s.gaz.Code(e.Adm1)
	if !ok {
		return false
	}
	w := s.gaz.weight(&own)
	for _, h := range m.hits {
		o := &s.gaz.Entries[h.entry]
		if o.Feature == "ADM1" && o.Country != e.Country && s.gaz.weight(o) > w {
			return true
		}
	}
	return false
}

// isDigits reports whether k is a number written in digits.
func isDigits(k string) bool {
	for i := 0; i < len(k); i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
	}
	return k != ""
}

// someHit reports whether some hit satisfies f.
func someHit(hs []hit, f func(hit) bool) bool {
	for _, h := range hs {
		if f(h) {
			return true
		}
	}
	return false
}

// keepHits returns the hits that satisfy f, in a new slice.
func keepHits(hs []hit, f func(hit) bool) []hit {
	out := make([]hit, 0, len(hs))
	for _, h := range hs {
		if f(h) {
			out = append(out, h)
		}
	}
	return out
}

// commonBigTown is the population from which a town whose name is a common
// word ("Phoenix", "Shanghai") is read as the town without a preposition.
const commonBigTown = 1000000

// commonSmallTown: below it, even a phrase of common words ("Casa Blanca")
// needs a preposition to be read as a town.
const commonSmallTown = 100000

// smallTowns reports whether every candidate is a town of fewer than
// commonSmallTown people or a second-level region ("Henry" for Henry County).
func (s *Geocoder) smallTowns(hs []hit) bool {
	for _, h := range hs {
		e := &s.gaz.Entries[h.entry]
		if (e.class() != "CITY" || e.Population >= commonSmallTown) && e.Feature != "ADM2" {
			return false
		}
	}
	return len(hs) > 0
}

// wellKnown reports whether some candidate is a first-level region, a town
// of commonSmallTown people or more, or a second-level region named in full
// ("Rapides Parish Fire District").
func (s *Geocoder) wellKnown(hs []hit, multiword bool, mask uint8) bool {
	for _, h := range hs {
		e := &s.gaz.Entries[h.entry]
		if h.common&mask != 0 {
			continue // "Eastern" (Ghouta) is no modifier
		}
		if e.Feature == "ADM1" || (e.class() == "CITY" && e.Population >= commonSmallTown) || (e.Feature == "ADM2" && multiword) {
			return true
		}
	}
	return false
}

// functionWord reports whether a capitalised word opening a sentence is a
// cue, article, connector or stop word rather than a given name ("In
// Texas", "Según Lima", but "Hugo Chávez").
func (s *Geocoder) functionWord(k string) bool {
	r := s.rules
	return r.cue[k] || r.article[k] || r.connector[k] || r.qualifier[k] || r.stop[k] || r.prefix[k] != "" || r.opener[k]
}

// evidence is a country or region that a mention or an actor speaks of.
type evidence struct {
	key     string // the folded surface, so that a name is no evidence for itself
	span    doc.Span
	country string
	adm1    string
}

// resolve picks a gazetteer entry for each mention of ms, weighing the
// countries the actors and the other mentions speak of (evidence: the
// unambiguous mentions first, then two rounds of every mention's choice),
// and leaves out a small town of a country other than the dateline's
// that nothing else names (strayTown).
// The places are appended to out; sc lends the buffers. explain sets
// each place's Reason.
func (s *Geocoder) resolve(d *doc.Doc, ms []mention, sc *scratch, out []doc.Place, explain bool) []doc.Place {
	ev := sc.ev[:0]
	defer func() { sc.ev = ev }()
	// the actors' keys are made end to end in one buffer and become one
	// string, each key a piece of it
	keys, ends := sc.keyBuf[:0], sc.keyEnds[:0]
	for k := range d.Actors {
		a := &d.Actors[k]
		if a.Country != "" {
			keys = appendJoinedNameKey(keys, d.Text[a.Start:a.End])
			ends = append(ends, len(keys))
			ev = append(ev, evidence{span: a.Span, country: a.Country})
		}
	}
	sc.keyBuf, sc.keyEnds = keys, ends
	if len(ends) > 0 {
		all, from := string(keys), 0
		for k, to := range ends {
			ev[k].key, from = all[from:to], to
		}
	}
	base := len(ev)
	// Unambiguous mentions speak first.
	for _, m := range ms {
		c, a1 := s.common(m.hits)
		if a1 != "" {
			for _, h := range m.hits {
				if regionEvidence(&s.gaz.Entries[h.entry]) == "" {
					a1 = ""
				}
			}
		}
		if c != "" {
			ev = append(ev, evidence{key: m.key, span: m.span, country: c, adm1: a1})
		}
	}
	choice := slices.Grow(sc.choice[:0], len(ms))[:len(ms)]
	sc.choice = choice
	codes := &sc.codes
	for round := 0; round < 2; round++ {
		codes.fill(ev)
		for i := range ms {
			c, _ := s.pick(&ms[i], ev, codes, false, nil)
			choice[i] = c.entry
		}
		ev = ev[:base]
		for i, m := range ms {
			e := &s.gaz.Entries[choice[i]]
			ev = append(ev, evidence{key: m.key, span: m.span, country: e.Country, adm1: regionEvidence(e)})
		}
	}
	codes.fill(ev)
	out = slices.Grow(out, len(ms))
	dl := ""
	for i, m := range ms {
		if datelineAt(d, d.TokenAt(m.span.Start), m.span.End) {
			dl = s.gaz.Entries[choice[i]].Country
			break
		}
	}
	for i := range ms {
		c, _ := s.pick(&ms[i], ev, codes, explain, &sc.why)
		e := &s.gaz.Entries[c.entry]
		if dl != "" && s.strayTown(&ms[i], e, dl, ev) {
			continue
		}
		out = append(out, doc.Place{Span: ms[i].span, Name: e.Name, Country: e.Country, Adm1: e.Adm1,
			Feature: e.Feature, Lat: e.Lat, Lon: e.Lon, GeonamesID: e.ID, Reason: c.why})
	}
	return out
}

// strayTownLimit: a town smaller than this, abroad and alone, is no place
// of a datelined story (see strayTown).
const strayTownLimit = 100000

// strayTown reports a mention read as a small town (no seat of government)
// of a country that nothing else in a story datelined in another country
// dl names, no actor, no other place, with no cue naming its kind: "the
// embassy compound in the Bastos district" in a story from Yaoundé is a
// quarter the gazetteer does not hold, not the Brazilian town of that
// name; news names the country of a small town abroad.
func (s *Geocoder) strayTown(m *mention, e *Entry, dl string, ev []evidence) bool {
	if e.Country == dl || e.class() != "CITY" || seat(e.Feature) || e.Population >= strayTownLimit || m.prefer != "" {
		return false
	}
	for _, x := range ev {
		if x.country == e.Country && x.span != m.span {
			return false
		}
	}
	return true
}

// regionEvidence is the region a mention of e speaks of: that of a region
// or a small town; a big town is known by itself ("Boston and New York" does
// not make Boston a town of New York state).
func regionEvidence(e *Entry) string {
	if e.class() == "CITY" && e.Population >= regionTownLimit {
		return ""
	}
	return e.Adm1
}

// regionTownLimit: towns this big are known by themselves, not as part of
// their region.
const regionTownLimit = 1000000

// common returns the country (and region) shared by all candidates, if any.
func (s *Geocoder) common(hs []hit) (country, adm1 string) {
	for i, h := range hs {
		e := &s.gaz.Entries[h.entry]
		if i == 0 {
			country, adm1 = e.Country, e.Adm1
			continue
		}
		if e.Country != country {
			return "", ""
		}
		if e.Adm1 != adm1 {
			adm1 = ""
		}
	}
	return country, adm1
}

// seatOfNamesake reports whether another candidate of m is the
// first-level region holding the town e.
func (s *Geocoder) seatOfNamesake(m *mention, e *Entry) bool {
	return s.seatAmong(m, e, m.hits)
}

// seatAmong is seatOfNamesake asking only the candidates hs of m (those
// that are first-level regions are enough).
func (s *Geocoder) seatAmong(m *mention, e *Entry, hs []hit) bool {
	region := false
	for _, h := range hs {
		o := &s.gaz.Entries[h.entry]
		if o.Feature == "ADM1" && o.Adm1 == e.Adm1 && o.Country == e.Country {
			region = true
			break
		}
	}
	// else the town is so called only by an alternate name
	return region && s.gaz.nameKey(e) == m.key
}

// featureScore ranks a candidate by its kind and size.
func featureScore(e *Entry) float64 {
	switch e.class() {
	case "COUNTRY":
		return 55
	case "REGION":
		return 50
	case "ADM":
		if e.Feature == "ADM1" {
			return 28
		}
		return 10
	}
	s := 0.0
	switch e.Feature {
	case "PPLC", "PPLG": // capital, seat of government
		s = 22
	case "PPLA":
		s = 4
	case "PPLA2":
		s = 1
	}
	if e.Population > 0 {
		s += math.Min(21, 3*math.Log10(float64(e.Population)))
	}
	if e.Population >= 1000000 {
		s += 8
	}
	return s
}

// choice is a candidate picked by pick.
type choice struct {
	entry int
	why   string
}

// pick picks the candidate of m with the highest score; the reasons are
// written out (for the winner only, in buf, which it keeps for the next
// call) when explain is set.
func (s *Geocoder) pick(m *mention, ev []evidence, codes *evCodes, explain bool, buf *[]byte) (choice, float64) {
	plain := false // some candidate's name is no common word
	for _, h := range m.hits {
		if h.common&m.mask == 0 {
			plain = true
		}
	}
	cache := namesCache{codes: codes}
	bestI, bestS := -1, math.Inf(-1)
	var bestH hit
	for _, h := range m.hits {
		e := &s.gaz.Entries[h.entry]
		sc := s.score(m, h, e, plain, ev, &cache, nil)
		better := sc > bestS
		if sc == bestS && bestI >= 0 {
			o := &s.gaz.Entries[bestI]
			we, wo := s.gaz.weight(e), s.gaz.weight(o)
			better = we > wo || (we == wo && int(h.entry) < bestI)
		}
		if better {
			bestI, bestS, bestH = int(h.entry), sc, h
		}
	}
	c := choice{entry: bestI}
	if explain && bestI >= 0 {
		why := (*buf)[:0]
		s.score(m, bestH, &s.gaz.Entries[bestI], plain, ev, &cache, &why)
		c.why = string(why)
		*buf = why
	}
	return c, bestS
}

// namesCache remembers, within one pick, how many distinct other names of
// the article speak of a country or region (counted up to namesCap).
type namesCache struct {
	codes  *evCodes // the evidence by the codes it speaks of
	seen   [8]string
	region [8]bool
	ns     [8]int
	n      int

	adm1Buf  [4]hit // m's candidates that are first-level regions (adm1Hits)
	adm1N    int    // how many; -1: more than adm1Buf holds
	adm1Done bool
}

// evCodes indexes a list of evidence by the countries and regions it
// speaks of: for each code, the positions of its evidence in the list, in
// list order, so that counting the names of one code reads only them.
type evCodes struct {
	groups    []evGroup
	members   []int32          // evidence positions, grouped (evGroup.from, to)
	countries map[string]int32 // country code -> group
	regions   map[string]int32 // region code -> group
	pairs     []evPair         // fill's work list
}

type evGroup struct {
	from, to int32
}

type evPair struct {
	group, ev int32
}

// fill sets c to the codes of ev.
func (c *evCodes) fill(ev []evidence) {
	if c.countries == nil {
		c.countries, c.regions = make(map[string]int32, 32), make(map[string]int32, 32)
	}
	clear(c.countries)
	clear(c.regions)
	c.groups, c.pairs = c.groups[:0], c.pairs[:0]
	group := func(code string, region bool) int32 {
		m := c.countries
		if region {
			m = c.regions
		}
		g, ok := m[code]
		if !ok {
			g = int32(len(c.groups))
			m[code] = g
			c.groups = append(c.groups, evGroup{})
		}
		c.groups[g].to++ // a count until the offsets are set below
		return g
	}
	for k := range ev {
		e := &ev[k]
		if e.country == "" {
			continue
		}
		c.pairs = append(c.pairs, evPair{group(e.country, false), int32(k)})
		if e.adm1 != "" {
			c.pairs = append(c.pairs, evPair{group(e.adm1, true), int32(k)})
		}
	}
	n := int32(0)
	for g := range c.groups {
		cnt := c.groups[g].to
		c.groups[g] = evGroup{from: n, to: n}
		n += cnt
	}
	c.members = slices.Grow(c.members[:0], int(n))[:n]
	for _, p := range c.pairs {
		gr := &c.groups[p.group]
		c.members[gr.to] = p.ev
		gr.to++
	}
}

// of returns the positions of the evidence that speaks of code (as a
// country or a region), in list order; nil when none does.
func (c *evCodes) of(code string, region bool) []int32 {
	m := c.countries
	if region {
		m = c.regions
	}
	g, ok := m[code]
	if !ok {
		return nil
	}
	gr := c.groups[g]
	return c.members[gr.from:gr.to]
}

// adm1Hits returns the candidates of m that are first-level regions,
// gathered once per pick.
func (c *namesCache) adm1Hits(s *Geocoder, m *mention) []hit {
	if !c.adm1Done {
		c.adm1Done = true
		for _, h := range m.hits {
			if s.gaz.Entries[h.entry].Feature == "ADM1" {
				if c.adm1N == len(c.adm1Buf) {
					c.adm1N = -1 // too many: ask them all
					break
				}
				c.adm1Buf[c.adm1N] = h
				c.adm1N++
			}
		}
	}
	if c.adm1N < 0 {
		return m.hits
	}
	return c.adm1Buf[:c.adm1N]
}

// namesCap: the scores count at most this many names per country or region.
const namesCap = 4

// namesFor counts the distinct keys of evidence (other than m's own name,
// and not overlapping m) that speak of code, as a country or a region; it
// stops at namesCap.
func (c *namesCache) namesFor(m *mention, ev []evidence, code string, region bool) int {
	for i := 0; i < c.n; i++ {
		if c.region[i] == region && c.seen[i] == code {
			return c.ns[i]
		}
	}
	members := c.codes.of(code, region)
	if len(members) == 0 {
		return 0
	}
	var seen [namesCap]string
	n := 0
	for _, k := range members {
		e := &ev[k]
		if e.key == m.key || e.span.Overlaps(m.span) {
			continue
		}
		dup := false
		for _, x := range seen[:n] {
			if x == e.key {
				dup = true
				break
			}
		}
		if !dup {
			seen[n] = e.key
			n++
			if n == namesCap {
				break
			}
		}
	}
	if c.n < len(c.seen) {
		c.seen[c.n], c.region[c.n], c.ns[c.n] = code, region, n
		c.n++
	}
	return n
}

// score is the score of candidate h (entry e) of m; the reasons are
// appended to why when it is not nil, "; " between them.
func (s *Geocoder) score(m *mention, h hit, e *Entry, plain bool, ev []evidence, cache *namesCache, why *[]byte) float64 {
	// say appends a reason, its parts written end to end, "; " between
	// reasons: one string a mention, made by pick
	say := func(parts ...string) {
		if why != nil {
			if len(*why) > 0 {
				*why = append(*why, "; "...)
			}
			for _, p := range parts {
				*why = append(*why, p...)
			}
		}
	}
	sc := s.gaz.featureScoreOf(h.entry, e)
	if why != nil {
		say("feature ", e.Feature)
	}
	class := e.class()
	// (a cue before the name or a list's plural cue naming the candidate's
	// kind licenses the name: "las provincias de Trujillo y Virú" is Peru's
	// province, though a bare "Trujillo" is its city; "the Houston region",
	// a cue after one name, may be the town's area)
	if plain && h.common&m.mask != 0 && !(m.cueNamed && (class == m.prefer || e.Feature == m.prefer)) {
		sc -= 15 // "Atlantic" names the ocean before Atlantic County
		say("name is a common word for it")
	}
	if m.country {
		switch class {
		case "COUNTRY":
			if s.outgrown(m, e, -1) {
				sc -= 40 // "Granada": Spain's town holds more people than all of Grenada's
				say("a town of the name outgrows the country")
			}
		case "CITY":
			if s.outgrown(m, nil, h.entry) {
				sc += 20
				say("outgrows the country of the name")
			}
		}
	}
	if m.the && m.prefer == "" && class == "REGION" {
		// "in the Sahel", "across the Balkans": with the article, the world
		// region, not a province of its name
		sc += 45
		say("'the' before it")
	}
	if m.prefer != "" && (class == m.prefer || e.Feature == m.prefer) {
		sc += 40
		if m.prefer == "ADM" && e.Feature != "ADM1" {
			sc -= 10 // "la provincia de X": a first-level one first
		}
		if why != nil {
			say("cue '", m.cueText, "'")
		}
	}
	if m.qual != nil {
		in := false
		for _, q := range m.qual {
			if inside(e, &s.gaz.Entries[q.entry]) {
				in = true
			}
		}
		if in {
			sc += 60
			if why != nil {
				say("inside '", m.qualKey, "'")
			}
		}
	}
	for _, q := range m.holds {
		if q.entry == h.entry {
			sc += 60
			if why != nil {
				say("holds '", m.holdKey, "'")
			}
			break
		}
	}
	nRegion := 0
	if class != "COUNTRY" && e.Adm1 != "" {
		nRegion = cache.namesFor(m, ev, e.Adm1, true)
	}
	nCountry := cache.namesFor(m, ev, e.Country, false)
	if n := nCountry; n > 0 {
		bonus := 40 + 5*float64(min(n-1, 3))
		if small := class != "COUNTRY" && e.Feature != "ADM1" && e.Population < commonSmallTown; small && nRegion == 0 && !s.seatAmong(m, e, cache.adm1Hits(s, m)) {
			// a small town needs its region named too: that the article
			// speaks of the US does not make Paris Paris, Texas
			bonus /= 2
		}
		sc += bonus
		if why != nil {
			say("article mentions ", e.Country)
		}
	}
	if nRegion > 0 {
		sc += 15 + 5*float64(min(nRegion-1, 2))
		if why != nil {
			say("article mentions ", e.Adm1)
		}
	}
	if class == "CITY" && m.prefer == "" && s.seatAmong(m, e, cache.adm1Hits(s, m)) && (nCountry > 0 || !s.heavierRegion(m, e)) {
		// "Valencia", "Tel Aviv", "New York": a town and its region share
		// the name; news means the town unless a cue says otherwise (in
		// an article that does not name its country, not when a bigger
		// region elsewhere bears the name: Florida, US before the town
		// of Florida, Uruguay)
		sc += 15
		say("town of its namesake region")
	}
	if a := m.actorHint; a != nil {
		if a.Country == e.Country {
			sc += 20
			if why != nil {
				say("actor ", a.Code)
			}
			if e.Feature == "PPLC" && (strings.Contains(a.Code, "GOV") || a.Kind == "capital") {
				sc += 15
				say("capital as government")
			}
		}
	}
	return sc
}

// outgrown reports whether a town candidate of m, under its own name,
// holds more people (and at least commonSmallTown) than all the towns of
// a country candidate of m together: a bare mention of the name means the
// town ("Granada" is Spain's town before Grenada, which Spanish also
// writes "Granada"; English "Grenada" stays the country). With country
// set it asks about that country and any town; else about the town of
// entry town and any country.
func (s *Geocoder) outgrown(m *mention, country *Entry, town int32) bool {
	if country == nil {
		// (the town's own tests first: most candidates are small towns)
		t := &s.gaz.Entries[town]
		if t.Population < commonSmallTown || s.gaz.nameKey(t) != m.key {
			return false
		}
		for _, h := range m.hits {
			if c := &s.gaz.Entries[h.entry]; c.class() == "COUNTRY" && c.Country != t.Country && t.Population > s.gaz.ctyPop[c.Country] {
				return true
			}
		}
		return false
	}
	pop := s.gaz.ctyPop[country.Country]
	for _, h := range m.hits {
		if t := &s.gaz.Entries[h.entry]; t.Population >= commonSmallTown && t.Population > pop && t.Country != country.Country && t.class() == "CITY" && s.gaz.nameKey(t) == m.key {
			return true
		}
	}
	return false
}

// ForClause returns the place where an event whose trigger is at anchor (a
// byte offset of the prepared text) inside clause happened: among the place
// mentions inside the clause that a locative preposition governs ("en
// Alaska", "en la región fronteriza de Kursk", "in Kyiv", "near Kharkiv";
// data/places/{es,en}/cues.tsv, kind locative), the one nearest the anchor,
// a place before the anchor counting twice its distance (locatives mostly
// follow their verb).
// A place that is not governed by a locative ("enviar tropas a Rusia", "the
// talks with Russia") is a participant, not a location, and is not
// returned. ok is false when the clause holds no such place.
func ForClause(d *doc.Doc, clause doc.Span, anchor int) (p doc.Place, ok bool) {
	r, err := defaultRules()
	if err != nil {
		return p, false
	}
	us := unitsIn(d, clause)
	best := -1
	for _, m := range d.Places {
		if !clause.Contains(m.Span) {
			continue
		}
		i := sort.Search(len(us), func(k int) bool { return us[k].start >= m.Start })
		if i == len(us) || us[i].start != m.Start {
			continue
		}
		gov := seqBefore(us, i, r.locative, r.maxLoc) > 0
		if !gov && i > 0 && r.article[us[i-1].key] {
			gov = seqBefore(us, i-1, r.locative, r.maxLoc) > 0
		}
		if !gov {
			continue
		}
		dist := m.Start - anchor
		if dist < 0 {
			dist = -2 * dist // a locative usually follows its verb
		}
		if best < 0 || dist < best {
			best, p, ok = dist, m, true
		}
	}
	return p, ok
}

// anaphorReason begins the Reason of a place found by anaphors.
const anaphorReason = "anaphor of "

// IsAnaphor reports a place that a definite phrase ("in the province")
// points back to: it names no place of its own.
func IsAnaphor(p *doc.Place) bool { return strings.HasPrefix(p.Reason, anaphorReason) }

// anaphorReach is how many sentences back an anaphor looks for its place.
const anaphorReach = 3

// anaphors adds, for each definite phrase of cues.tsv's anaphor kind that
// names no place of its own ("distributing rice to families in the
// province", "los vecinos del municipio"), the latest place of its class
// told before it in the same or the last three sentences ("Cagayan
// province" for "the province"), with the phrase's span. ps is sorted by
// start; a phrase followed by a connector or a capitalised word ("the
// state of Texas", "la provincia Cagayan") is part of a name, not one.
func (s *Geocoder) anaphors(d *doc.Doc, us []unit, ps []doc.Place) []doc.Place {
	r := s.rules
	if r.maxAna == 0 {
		return ps
	}
	n := len(ps)
	var buf [128]byte
	for i := 0; i < len(us); i++ {
		if !r.anaFirst[us[i].key] {
			continue // no phrase starts with this word
		}
		for w := min(r.maxAna, len(us)-i); w >= 2; w-- {
			key := appendKeys(buf[:0], us, i, i+w)
			class, ok := r.anaphor[string(key)]
			if !ok {
				continue
			}
			reach := anaphorReach
			if r.anaFar[string(key)] {
				reach = us[i].sent
			}
			glued := true
			for j := i + 1; j < i+w; j++ {
				glued = glued && !us[j].gap && us[j].sent == us[i].sent
			}
			if !glued || us[i+w-1].cap {
				continue // "el Estado", "the State": the government, no place
			}
			if e := us[i+w-1].end; e < len(d.Text) && d.Text[e] == '-' {
				continue // "the state-owned company", "the town-hall meeting": a compound, no place
			}
			if k := i + w; k < len(us) && us[k].sent == us[i].sent && !us[k].gap && (us[k].cap || r.connector[us[k].key]) {
				continue
			}
			span := doc.Span{Start: us[i].start, End: us[i+w-1].end}
			if p, ok := s.antecedent(d, ps[:n], span, us[i].sent, reach, class, !r.anaFar[string(key)]); ok {
				if class == "LAND" {
					// "en el norte del país", "in the south of the
					// country": the country, at its own level
					e := s.countryEntry(p.Country)
					if e == nil {
						break
					}
					p = doc.Place{Name: e.Name, Country: e.Country, Feature: e.Feature, Lat: e.Lat, Lon: e.Lon, GeonamesID: e.ID}
				}
				p.Span = span
				p.Reason = anaphorReason + p.Name
				ps = append(ps, p)
				i += w - 1
			}
			break
		}
	}
	return ps
}

// antecedent is the latest place of ps of the class before span, no more
// than reach sentences back; none overlapping span.
func (s *Geocoder) antecedent(d *doc.Doc, ps []doc.Place, span doc.Span, sent, reach int, class string, near bool) (doc.Place, bool) {
	if class == "AREA" {
		return storyArea(d, ps, span)
	}
	if class == "LAND" {
		p, ok := storyLand(ps, span)
		return s.landOfSentence(d, span, sent, p, ok)
	}
	var town *doc.Place
	for k := len(ps) - 1; k >= 0; k-- {
		p := ps[k]
		if p.Span.Overlaps(span) {
			return doc.Place{}, false
		}
		if p.End > span.Start {
			continue
		}
		ti := d.TokenAt(p.Start)
		if ti < len(d.Tokens) && int(d.Tokens[ti].Sent) < sent-reach {
			break
		}
		if (class == "VILLAGE" || class == "AREA") && datelineAt(d, ti, p.End) {
			continue // where the reporter files from, not the village or area of the story
		}
		f := p.Feature
		if town == nil && near && (class == "ADM" || class == "ADM1") && strings.HasPrefix(f, "PPL") && f != "PPLC" && f != "PPLG" && p.Adm1 != "" && !datelineAt(d, ti, p.End) && !actorAt(d, p.Span) {
			town = &ps[k]
		}
		switch {
		case class == "CITY" && strings.HasPrefix(f, "PPL"),
			class == "ADM" && strings.HasPrefix(f, "ADM") && p.Adm1 != "",
			class == "VILLAGE" && strings.HasPrefix(f, "PPL") && !seat(f),
			class == "AREA" && p.Adm1 != "" && (strings.HasPrefix(f, "PPL") && f != "PPLC" || strings.HasPrefix(f, "ADM")) && !actorAt(d, p.Span),
			class == f:
			return p, true
		}
	}
	// a subdivision ("la región", "the province") with none of its class
	// named within reach, after a town (near anaphors only, no dateline):
	// the first-level region the town named last lies in ("... en
	// Juliaca. El Gobierno envió 400 policías a la región")
	if town != nil {
		if e, ok := s.gaz.Code(town.Adm1); ok && e.Country == town.Country {
			return doc.Place{Name: e.Name, Country: e.Country, Adm1: e.Adm1, Feature: e.Feature, Lat: e.Lat, Lon: e.Lon, GeonamesID: e.ID}, true
		}
	}
	return doc.Place{}, false
}

// demonymAdjectives drops a one-word place that is a country's adjective
// qualifying the lower-case noun right after it ("near the Somali border",
// "Afghan troops") and names another country's place (Ethiopia's Somali
// Region): the word tells whose the thing is, not a place.
func (s *Geocoder) demonymAdjectives(d *doc.Doc, us []unit, ps []doc.Place) []doc.Place {
	dem := s.rules.demonyms[d.Lang]
	if len(dem) == 0 || len(ps) == 0 {
		return ps
	}
	out := ps[:0]
	k := 0
	for _, p := range ps {
		for k < len(us) && us[k].start < p.Start {
			k++
		}
		if k+1 < len(us) && us[k].start == p.Start && us[k].end == p.End && !us[k+1].cap && !us[k+1].gap && us[k+1].sent == us[k].sent && us[k+1].key != "" {
			if c, ok := dem[us[k].key]; ok && c != p.Country {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// demonymCapitals adds the capital a country's adjective and the word
// "capital" name with no name after them ("in the Omani capital", "en la
// capital venezolana"): the country's seat of government in the
// gazetteer (its most populous one), with the phrase's span.
func (s *Geocoder) demonymCapitals(d *doc.Doc, us []unit, ps []doc.Place) []doc.Place {
	dem := s.rules.demonyms[d.Lang]
	for i := 1; i < len(us); i++ {
		if us[i].key != "capital" || us[i].cap {
			continue
		}
		a, b, adj := i-1, i+1, i-1 // en: "the Omani capital"
		if d.Lang == "es" {
			a, b, adj = i, i+2, i+1 // "la capital omaní"
		}
		if a < 1 || b > len(us) || us[a-1].sent != us[i].sent || us[b-1].sent != us[i].sent || !s.rules.article[us[a-1].key] {
			continue
		}
		if b < len(us) && us[b].sent == us[i].sent && us[b].cap && !us[b].gap {
			continue // "the Yemeni capital Sanaa": the name is the mention
		}
		c, ok := dem[us[adj].key]
		if !ok {
			continue
		}
		e := s.capitalOf(c)
		if e == nil {
			continue
		}
		span := doc.Span{Start: us[a].start, End: us[b-1].end}
		ps = appendUntaken(ps, doc.Place{Span: span, Name: e.Name, Country: e.Country, Adm1: e.Adm1,
			Feature: e.Feature, Lat: e.Lat, Lon: e.Lon, GeonamesID: e.ID, Reason: "capital of " + us[adj].key})
	}
	return ps
}

// demonymSeas adds the country whose adjective qualifies a phrase naming
// a sea area (cue kind sea), after it in Spanish ("en aguas argentinas",
// "en la zona económica exclusiva argentina", "en aguas bajo jurisdicción
// chilena"), before it in English ("in Philippine waters", "in Argentine
// territorial waters"): the sea of a country is placed in that country,
// with the phrase's span. A name after the phrase ("las aguas de
// Argentina") is a place already.
func (s *Geocoder) demonymSeas(d *doc.Doc, us []unit, ps []doc.Place) []doc.Place {
	dem := s.rules.demonyms[d.Lang]
	if len(dem) == 0 || s.rules.maxSea == 0 {
		return ps
	}
	var keyBuf []byte
	for i := 0; i < len(us); i++ {
		if us[i].cap && !us[i].first || us[i].caps {
			continue
		}
		n := 0 // the longest sea phrase starting at i, in one sentence, lower case
		key := append(keyBuf[:0], us[i].key...)
		for k := 1; k <= s.rules.maxSea && i+k <= len(us); k++ {
			if k > 1 {
				if u := us[i+k-1]; u.sent != us[i].sent || u.cap || u.gap {
					break
				}
				key = append(append(key, ' '), us[i+k-1].key...)
			}
			if !s.rules.seaPre[string(key)] {
				break // no sea phrase goes on so (no allocation for the lookups)
			}
			if s.rules.sea[string(key)] {
				n = k
			}
		}
		keyBuf = key
		if n == 0 {
			continue
		}
		adj, a, b := i+n, i, i+n+1 // es: "aguas argentinas"
		if d.Lang == "en" {
			adj, a, b = i-1, i-1, i+n // "Philippine waters"
		}
		if adj < 0 || adj >= len(us) || us[adj].sent != us[i].sent || (adj > i && us[adj].gap) || (adj < i && us[i].gap) {
			continue
		}
		c, ok := dem[us[adj].key]
		if k := us[adj].key; !ok && d.Lang == "es" && strings.HasSuffix(k, "s") {
			// a plural: "aguas argentinas", "costas venezolanas", "aguas marroquíes"
			if c, ok = dem[k[:len(k)-1]]; !ok && strings.HasSuffix(k, "es") {
				c, ok = dem[k[:len(k)-2]]
			}
		}
		if !ok {
			continue
		}
		e := s.countryEntry(c)
		if e == nil {
			continue
		}
		span := doc.Span{Start: us[a].start, End: us[b-1].end}
		ps = appendUntaken(ps, doc.Place{Span: span, Name: e.Name, Country: e.Country,
			Feature: e.Feature, Lat: e.Lat, Lon: e.Lon, GeonamesID: e.ID, Reason: "sea of " + us[adj].key})
		i += n - 1
	}
	return ps
}

// datelineCapital makes a dateline that names a country its capital
// when the capital bears the same name ("PANAMÁ, 12 mar –", "MÉXICO, 5
// may (EFE) –", "GUATEMALA, 3 sep –", "KUWAIT, Sept 3 (Reuters) -"): a
// dispatch is filed from a town.
func (s *Geocoder) datelineCapital(d *doc.Doc) {
	for i := range d.Places {
		p := &d.Places[i]
		if p.Start != 0 || p.Feature != "PCLI" || !datelineAt(d, d.TokenAt(p.Start), p.End) {
			continue
		}
		c := s.capitalOf(p.Country)
		if c == nil {
			return
		}
		for _, e := range s.gaz.Lookup(d.Text[p.Start:p.End]) {
			if e.ID == c.ID && e.Feature == c.Feature {
				p.Name, p.Adm1, p.Feature, p.Lat, p.Lon, p.GeonamesID = c.Name, c.Adm1, c.Feature, c.Lat, c.Lon, c.ID
				p.Reason = "dateline: the capital of the same name"
				return
			}
		}
		return
	}
}

// countryEntry is the country (PCLI) entry of alpha-3 code c in the
// gazetteer, nil if none.
func (s *Geocoder) countryEntry(c string) *Entry {
	s.pcliOnce.Do(func() {
		s.countries = map[string]int{}
		for i := range s.gaz.Entries {
			if e := &s.gaz.Entries[i]; e.Feature == "PCLI" && e.Country != "" {
				if _, ok := s.countries[e.Country]; !ok {
					s.countries[e.Country] = i
				}
			}
		}
	})
	if k, ok := s.countries[c]; ok {
		return &s.gaz.Entries[k]
	}
	return nil
}

// capitalOf is the most populous capital (PPLC) of country c in the
// gazetteer, nil if none.
func (s *Geocoder) capitalOf(c string) *Entry {
	s.capOnce.Do(func() {
		s.capitals = map[string]int{}
		for i := range s.gaz.Entries {
			e := &s.gaz.Entries[i]
			if e.Feature != "PPLC" || e.Country == "" {
				continue
			}
			if k, ok := s.capitals[e.Country]; !ok || s.gaz.Entries[k].Population < e.Population {
				s.capitals[e.Country] = i
			}
		}
	})
	if k, ok := s.capitals[c]; ok {
		return &s.gaz.Entries[k]
	}
	return nil
}

// actorAt reports an actor of d overlapping span ("Managua negó", a
// capital standing for its government).
func actorAt(d *doc.Doc, span doc.Span) bool {
	for i := range d.Actors {
		if d.Actors[i].Span.Overlaps(span) {
			return true
		}
	}
	return false
}

// storyLand is the place whose country an unnamed part of the country
// ("en el norte del país", "in the north of the country") points to: the
// country the places before span name most often (the dateline
// included), the latest named on a tie; its latest place. None when no
// place comes before.
func storyLand(ps []doc.Place, span doc.Span) (doc.Place, bool) {
	count := map[string]int{}
	best, bestN := -1, 0
	for k := range ps {
		p := &ps[k]
		if p.End > span.Start || p.Span.Overlaps(span) || p.Country == "" {
			continue
		}
		count[p.Country]++
		if n := count[p.Country]; n >= bestN {
			best, bestN = k, n
		}
	}
	if best < 0 {
		return doc.Place{}, false
	}
	c := ps[best].Country
	for k := len(ps) - 1; k >= 0; k-- {
		if p := ps[k]; p.Country == c && p.End <= span.Start {
			return p, true
		}
	}
	return ps[best], true
}

// landOfSentence settles the country of a phrase of class LAND ("in the
// north of the country") told in sentence sent, whose story's land
// (storyLand) is story, ok: when no actor of the sentence that names its
// country by its name or adjective is of the story's land, and the actors
// before the phrase that name their country by its name ("Burkina Faso's
// army", "el ejército de Malí"; not by an adjective, "Russian forces",
// that may act abroad) are all of one country, that country ("GENEVA -
// ... Burkina Faso's army executed 180 civilians in the country's north":
// not Switzerland); else the story's land.
func (s *Geocoder) landOfSentence(d *doc.Doc, span doc.Span, sent int, story doc.Place, ok bool) (doc.Place, bool) {
	inSent := func(a *doc.Actor) bool {
		ti := d.TokenAt(a.Start)
		return ti < len(d.Tokens) && int(d.Tokens[ti].Sent) == sent
	}
	if ok {
		// the story's land is a party of the sentence, named or by its
		// adjective ("KYIV - Russia's army struck ... in the east of the
		// country, Ukrainian officials said")
		for i := range d.Actors {
			if a := &d.Actors[i]; a.Country == story.Country && inSent(a) && (s.namesCountry(d, a) || s.demonymOf(d, a)) {
				return story, true
			}
		}
	}
	land := ""
	for i := range d.Actors {
		a := &d.Actors[i]
		if a.End > span.Start || a.Country == "" || !inSent(a) || !s.namesCountry(d, a) {
			continue
		}
		if land != "" && land != a.Country {
			return story, ok // parties of two countries: no telling
		}
		land = a.Country
	}
	if land == "" {
		return story, ok
	}
	return doc.Place{Name: land, Country: land}, true
}

// demonymOf reports an actor whose text holds its country's adjective
// ("Ukrainian officials", "las tropas rusas").
func (s *Geocoder) demonymOf(d *doc.Doc, a *doc.Actor) bool {
	dem := s.rules.demonyms[d.Lang]
	if a.End > len(d.Text) || len(dem) == 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(d.Text[a.Start:a.End], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if dem[foldSlow(strings.ToLower(w))] == a.Country {
			return true
		}
	}
	return false
}

// namesCountry reports an actor whose text holds its country's name: a
// run of capitalised words that the gazetteer reads as that country
// ("Burkina Faso's army", "el Gobierno de Estados Unidos").
func (s *Geocoder) namesCountry(d *doc.Doc, a *doc.Actor) bool {
	if a.End > len(d.Text) {
		return false
	}
	ws := strings.FieldsFunc(d.Text[a.Start:a.End], func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.'
	})
	for i := 0; i < len(ws); i++ {
		if !unicode.IsUpper([]rune(ws[i])[0]) {
			continue
		}
		for j := i + 1; j <= len(ws) && j <= i+4; j++ {
			if j > i+1 && !unicode.IsUpper([]rune(ws[j-1])[0]) && !(j < len(ws) && unicode.IsUpper([]rune(ws[j])[0])) {
				break // a lower-case word inside a name only before a capital ("Trinidad and Tobago")
			}
			for _, e := range s.gaz.Lookup(strings.Join(ws[i:j], " ")) {
				if strings.HasPrefix(e.Feature, "PCL") && e.Country == a.Country {
					return true
				}
			}
		}
	}
	return false
}

// storyArea is the place an area phrase ("la zona", "the area") points
// back to: of the places before span below the country (no national
// capital, no dateline, none standing for an actor), those of the
// first-level region the text names most often, the earliest region on a
// tie (the lead's); its latest mention. None when nothing fits.
func storyArea(d *doc.Doc, ps []doc.Place, span doc.Span) (doc.Place, bool) {
	type tally struct{ n, first, last int }
	var order []string
	count := map[string]*tally{}
	for k := range ps {
		p := &ps[k]
		if p.Span.Overlaps(span) || p.End > span.Start {
			break
		}
		f := p.Feature
		if p.Adm1 == "" || !(strings.HasPrefix(f, "PPL") && f != "PPLC" || strings.HasPrefix(f, "ADM")) ||
			datelineAt(d, d.TokenAt(p.Start), p.End) || actorAt(d, p.Span) {
			continue
		}
		t := count[p.Adm1]
		if t == nil {
			t = &tally{first: k}
			count[p.Adm1] = t
			order = append(order, p.Adm1)
		}
		t.n++
		t.last = k
	}
	best := ""
	for _, a := range order {
		if best == "" || count[a].n > count[best].n {
			best = a
		}
	}
	if best == "" {
		return doc.Place{}, false
	}
	return ps[count[best].last], true
}

// seat reports a feature of a seat of government, of a country or of a
// first-level region: no village.
func seat(f string) bool { return f == "PPLC" || f == "PPLG" || f == "PPLA" }

// datelineAt reports a place at token ti, ending at byte end, that opens
// the text and is followed by a comma, a parenthesis or a dash ("NAIROBI
// —", "LIMA, 12 jun –").
func datelineAt(d *doc.Doc, ti, end int) bool {
	if ti != 0 {
		return false
	}
	after := strings.TrimLeft(d.Text[end:], " \t")
	for _, p := range []string{",", "(", "—", "–", "-"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// firstName reports whether a one-word country's name is a person's first
// name in Spanish text ("Israel Quispe", "Trinidad Jiménez"): glued to a
// capitalised word that starts no place, outside a line in capitals, with
// no cue asking for a place, where the actors stage (which runs first and
// knows the verbs and its dictionaries) saw no actor in it.
// probes, when not nil, gets the word when only the actors decide.
func (s *Geocoder) firstName(d *doc.Doc, us []unit, m mention, a, b int, probes *[]doc.Span) bool {
	if d.Lang != "es" || b-a != 1 || m.prefer != "" || us[a].caps || us[a].upper || b >= len(us) {
		return false
	}
	n := &us[b]
	if n.sent != us[a].sent || !n.cap || n.upper || !adjacent(d.Text, us, a, b) || s.functionWord(n.key) || s.rules.stop[n.key] {
		return false
	}
	if end, _ := s.match(us, b); end >= 0 {
		return false // "Israel Gaza", a list of places
	}
	if probes != nil {
		*probes = append(*probes, doc.Span{Start: us[a].start, End: us[a].end})
	}
	for k := range d.Actors {
		if x := &d.Actors[k]; x.Start < us[a].end && us[a].start < x.End {
			return false // "Israel Bombardea Gaza": the actors stage read the country
		}
	}
	return true
}

// capital reports whether e is a country's capital or seat of government.
func capital(e *Entry) bool { return e.Feature == "PPLC" || e.Feature == "PPLG" }

// appendUntaken adds p to ps unless a place already there overlaps its span.
func appendUntaken(ps []doc.Place, p doc.Place) []doc.Place {
	for k := range ps {
		if ps[k].Span.Overlaps(p.Span) {
			return ps
		}
	}
	return append(ps, p)
}
