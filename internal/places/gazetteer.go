package places

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/atalaya-events/atalaya/data"
)

// Entry is one gazetteer record: a country, a subdivision or a populated place.
type Entry struct {
	ID         int     // GeoNames id (0 when the source gives none)
	Feature    string  // PCLI, ADM1, ADM2, PPLC, PPLA, PPL ...
	Country    string  // ISO 3166-1 alpha-3
	Adm1       string  // ISO 3166-2 first-level code ("" for countries)
	Lat, Lon   float64 //
	Population int64   //
	Name       string  // preferred name
}

// class groups features for disambiguation and for the cues' preferences.
func (e *Entry) class() string {
	switch {
	case strings.HasPrefix(e.Feature, "PCL"):
		return "COUNTRY"
	case strings.HasPrefix(e.Feature, "ADM"):
		return "ADM"
	case e.Feature == "CONT" || e.Feature == "RGN" || e.Feature == "OCN":
		return "REGION" // continents, world regions, seas: no country
	}
	return "CITY"
}

// Gazetteer holds the entries and a trie of their names over unit keys.
type Gazetteer struct {
	Entries []Entry
	nodes   []node
	vocab   map[string]uint32 // unit key -> id
	edges   map[uint64]int32  // node<<32 | key id -> node
	byCode  map[string]int    // alpha-3 or ISO 3166-2 code -> entry of that country or subdivision
	byID    map[int]int       // GeoNames id -> entry
	arena   []hit             // chunk the one-hit slices of nodes come from
	intern  map[string]string // country and region codes, shared
}

type node struct {
	hits []hit
}

// hit is one entry a trie node names.
type hit struct {
	entry   int32
	common  uint8 // the name is also a common word (commonEN, commonES): needs a cue or a mid-sentence capital
	acronym bool  // the name was filed in capitals ("DRC", "UAE"): an acronym that is a name
}

func newGazetteer() *Gazetteer {
	// sized for the embedded gazetteer: growing big maps costs more than the load
	return &Gazetteer{nodes: make([]node, 1, 1<<18), vocab: make(map[string]uint32, 1<<17), edges: make(map[uint64]int32, 1<<18), byCode: make(map[string]int, 1<<13),
		byID: make(map[int]int, 1<<16), Entries: make([]Entry, 0, 1<<16)}
}

// code returns a shared copy of a short code string.
func (g *Gazetteer) code(s string) string {
	if c, ok := g.intern[s]; ok {
		return c
	}
	if g.intern == nil {
		g.intern = map[string]string{}
	}
	c := strings.Clone(s)
	g.intern[c] = c
	return c
}

// next follows the trie edge from node n by key k.
func (g *Gazetteer) next(n int32, k string) (int32, bool) {
	id, ok := g.vocab[k]
	if !ok {
		return 0, false
	}
	nx, ok := g.edges[uint64(n)<<32|uint64(id)]
	return nx, ok
}

// add appends an entry and returns its index.
func (g *Gazetteer) add(e Entry) int {
	g.Entries = append(g.Entries, e)
	i := len(g.Entries) - 1
	switch e.class() {
	case "COUNTRY":
		if _, ok := g.byCode[e.Country]; !ok {
			g.byCode[e.Country] = i
		}
	case "ADM":
		if e.Feature == "ADM1" {
			if _, ok := g.byCode[e.Adm1]; !ok {
				g.byCode[e.Adm1] = i
			}
		}
	}
	if e.ID != 0 {
		if _, ok := g.byID[e.ID]; !ok {
			g.byID[e.ID] = i
		}
	}
	return i
}

// Common-word marks of a name, by the language in which it is a word.
const (
	commonEN uint8 = 1 << iota // "~" in the data files
	commonES                   // "^"
)

// commonMarks strips the leading marks of a name: "~" an English word, "^"
// a Spanish one.
func commonMarks(name string) (string, uint8) {
	var c uint8
	for len(name) > 0 {
		switch name[0] {
		case '~':
			c |= commonEN
		case '^':
			c |= commonES
		default:
			return name, c
		}
		name = name[1:]
	}
	return name, c
}

// addName files a name of entry i in the trie. A leading "~" marks a word
// that is common in both languages (hand-written files), "^" in Spanish.
func (g *Gazetteer) addName(i int, name string) {
	name, common := commonMarks(name)
	if common&commonEN != 0 {
		common |= commonES
	}
	g.addKeys(i, nameKeys(name), common, isUpper(name))
}

// addKeys files a name already split into unit keys.
func (g *Gazetteer) addKeys(i int, ks []string, common uint8, acronym bool) {
	if len(ks) == 0 || len(ks) > 8 {
		return
	}
	n := int32(0)
	for _, k := range ks {
		id, ok := g.vocab[k]
		if !ok {
			id = uint32(len(g.vocab))
			g.vocab[strings.Clone(k)] = id
		}
		e := uint64(n)<<32 | uint64(id)
		nx, ok := g.edges[e]
		if !ok {
			g.nodes = append(g.nodes, node{})
			nx = int32(len(g.nodes) - 1)
			g.edges[e] = nx
		}
		n = nx
	}
	for j, h := range g.nodes[n].hits {
		if int(h.entry) == i {
			g.nodes[n].hits[j].common &= common // a plain form of the name wins
			if acronym {
				g.nodes[n].hits[j].acronym = true
			}
			return
		}
	}
	h := hit{entry: int32(i), common: common, acronym: acronym}
	if len(g.nodes[n].hits) > 0 {
		g.nodes[n].hits = append(g.nodes[n].hits, h)
		return
	}
	// most nodes name one place: carve their one-hit slices from chunks
	if len(g.arena) == cap(g.arena) {
		g.arena = make([]hit, 0, 4096)
	}
	g.arena = append(g.arena, h)
	k := len(g.arena)
	g.nodes[n].hits = g.arena[k-1 : k : k]
}

// Lookup returns the entries a name denotes (folded, whole-name match).
func (g *Gazetteer) Lookup(name string) []Entry {
	n := int32(0)
	for _, k := range nameKeys(name) {
		nx, ok := g.next(n, k)
		if !ok {
			return nil
		}
		n = nx
	}
	var out []Entry
	for _, h := range g.nodes[n].hits {
		out = append(out, g.Entries[h.entry])
	}
	return out
}

// Code returns the entry of a country (alpha-3) or subdivision (ISO 3166-2).
func (g *Gazetteer) Code(code string) (Entry, bool) {
	i, ok := g.byCode[code]
	if !ok {
		return Entry{}, false
	}
	return g.Entries[i], true
}

const (
	embeddedGazetteer = "places/shared/gazetteer.tsv.gz"
	addedRows         = "places/shared/added.tsv" // hand-written rows the sources lack
)

// LoadEmbedded loads the gazetteer shipped with atalaya plus the hand-made
// extra names.
func LoadEmbedded() (*Gazetteer, error) {
	g := newGazetteer()
	f, err := data.FS.Open(embeddedGazetteer)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := g.readTSV(f, embeddedGazetteer); err != nil {
		return nil, err
	}
	a, err := data.FS.Open(addedRows)
	if err != nil {
		return nil, err
	}
	defer a.Close()
	if err := g.readTSV(a, addedRows); err != nil {
		return nil, err
	}
	if err := g.readExtras(data.FS, "places/shared/extra_names.tsv", true); err != nil {
		return nil, err
	}
	return g, nil
}

// readTSV reads rows of the embedded format (see tools/gengazetteer),
// gzip-compressed or not.
func (g *Gazetteer) readTSV(r io.Reader, name string) error {
	br := bufio.NewReader(r)
	if b, err := br.Peek(2); err == nil && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		// decompress on another goroutine while this one builds the trie;
		// it owns zr, and stops when the pipe is closed on an early return
		pr, pw := io.Pipe()
		done := make(chan struct{})
		go func() {
			defer close(done)
			bw := bufio.NewWriterSize(pw, 1<<16)
			_, err := io.Copy(bw, zr)
			if err == nil {
				err = bw.Flush()
			}
			zr.Close()
			pw.CloseWithError(err)
		}()
		defer func() { pr.Close(); <-done }()
		br = bufio.NewReaderSize(pr, 1<<16)
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	keyed := false // a "#keys" line says the names column holds folded unit keys
	var buf []string
	var cols [9]string
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || l[0] == '#' {
			if strings.HasPrefix(l, "#keys") {
				keyed = true
			}
			continue
		}
		nc := 0
		for rest := l; nc < len(cols); nc++ {
			var ok bool
			cols[nc], rest, ok = strings.Cut(rest, "\t")
			if !ok {
				nc++
				break
			}
			if nc == len(cols)-1 {
				nc = len(cols) + 1 // too many
				break
			}
		}
		if nc != len(cols) {
			return fmt.Errorf("%s:%d: %d columns, want 9 (geonameid feature country adm1 lat lon population name names)", name, line, strings.Count(l, "\t")+1)
		}
		c := cols[:]
		id, err1 := strconv.Atoi(c[0])
		lat, err2 := strconv.ParseFloat(c[4], 64)
		lon, err3 := strconv.ParseFloat(c[5], 64)
		pop, err4 := strconv.ParseInt(c[6], 10, 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return fmt.Errorf("%s:%d: bad number in id, lat, lon or population", name, line)
		}
		i := g.add(Entry{ID: id, Feature: g.code(c[1]), Country: g.code(c[2]), Adm1: g.code(c[3]), Lat: lat, Lon: lon, Population: pop, Name: strings.Clone(c[7])})
		for rest := c[8]; rest != ""; {
			var n string
			n, rest, _ = strings.Cut(rest, "|")
			if !keyed {
				g.addName(i, n)
				continue
			}
			// names already folded into unit keys by the generator
			n, common := commonMarks(n)
			buf = buf[:0]
			for n != "" {
				var k string
				k, n, _ = strings.Cut(n, " ")
				if k != "" {
					buf = append(buf, k)
				}
			}
			g.addKeys(i, buf, common, false)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// readExtras reads hand-written names: "KEY<TAB>name|name...", where KEY is
// an ISO alpha-3 country code, an ISO 3166-2 code or a GeoNames id.
func (g *Gazetteer) readExtras(fsys fs.FS, path string, strict bool) error {
	f, err := fsys.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return g.readExtrasFrom(f, path, strict)
}

// readExtrasFrom reads extra names; strict makes a key that names no place
// an error (else the line is skipped: a partial dump may lack the place).
func (g *Gazetteer) readExtrasFrom(r io.Reader, name string, strict bool) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || l[0] == '#' {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 2 {
			return fmt.Errorf("%s:%d: want KEY<TAB>names", name, line)
		}
		key := strings.TrimSpace(c[0])
		i, ok := g.byCode[key]
		if !ok {
			id, err := strconv.Atoi(key)
			if err == nil {
				i, ok = g.byID[id]
			}
		}
		if !ok && !strict {
			continue
		}
		if !ok {
			return fmt.Errorf("%s:%d: unknown place %q (want an alpha-3 country, an ISO 3166-2 code or a GeoNames id of the gazetteer)", name, line, key)
		}
		for _, n := range strings.Split(c[1], "|") {
			if n = strings.TrimSpace(n); n != "" {
				g.addName(i, n)
			}
		}
	}
	return sc.Err()
}

// sharedEmbedded is the embedded gazetteer, loaded once per process and
// never changed afterwards.
var sharedEmbedded = sync.OnceValues(LoadEmbedded)

// isGazetteerFile and isNamesFile say which user files this stage reads:
// gazetteer rows (gazetteer*.tsv or .tsv.gz) and extra names (*names*.tsv
// under a folder named places).
func isGazetteerFile(path string) bool {
	base := filepath.Base(path)
	return strings.HasPrefix(base, "gazetteer") && (strings.HasSuffix(base, ".tsv") || strings.HasSuffix(base, ".tsv.gz"))
}

func isNamesFile(path string) bool {
	base := filepath.Base(path)
	return strings.Contains(base, "names") && strings.HasSuffix(base, ".tsv") && strings.Contains(filepath.ToSlash(path), "places")
}

// userFiles lists, in order, the user files under paths that this stage reads.
func userFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !de.IsDir() && (isGazetteerFile(path) || isNamesFile(path)) {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// loadUser applies a user's files (from userFiles): rows first, then names.
func (g *Gazetteer) loadUser(files []string) error {
	for _, names := range []bool{false, true} {
		for _, path := range files {
			if isNamesFile(path) != names {
				continue
			}
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			if names {
				err = g.readExtrasFrom(f, path, true)
			} else {
				err = g.readTSV(f, path)
			}
			f.Close()
			if err != nil {
				return err
			}
		}
	}
	return nil
}
