package places

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unsafe"

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
//
// The trie is built for a fast load: its edges live in one open-addressing
// hash table keyed by (parent node, unit key), the keys' bytes in one arena,
// and the hits of all nodes in one flat array (filed by freeze); nothing in
// it holds a pointer, so the garbage collector has little to scan.
type Gazetteer struct {
	Entries []Entry
	nodes   []node
	slots   []uint64          // edge table: hash<<32 | child node (0: empty; the root is no child)
	keys    []byte            // the nodes' unit keys, end to end
	byCode  map[string]int    // alpha-3 or ISO 3166-2 code -> entry of that country or subdivision
	byID    map[int]int       // GeoNames id -> entry, built when often asked for
	scans   int               // questions by id answered by a scan
	intern  map[string]string // feature, country and region codes, shared

	nameKeys sync.Map // preferred name -> its joined unit keys (nameKey)

	adm1Pop map[string]int64 // people in the towns of each first-level region (after freeze)
	ctyPop  map[string]int64 // people in the towns of each country (after freeze)

	hitOff  []uint32  // hits of node n: hitList[hitOff[n]:hitOff[n+1]] (after freeze)
	hitList []hit     //
	pending []nodeHit // hits filed since the last freeze

	edgeBits []uint64 // a bit per edge hash (low bits): a clear bit means no such edge (after freeze)

	fscore []float64 // featureScore of each entry (after freeze)
}

// node is a trie node: the edge that leads to it.
type node struct {
	parent int32
	keyOff uint32
	keyLen uint32
}

type nodeHit struct {
	node int32
	h    hit
}

// hit is one entry a trie node names.
type hit struct {
	entry   int32
	common  uint8 // the name is also a common word (commonEN, commonES): needs a cue or a mid-sentence capital
	acronym bool  // the name was filed in capitals ("DRC", "UAE"): an acronym that is a name
}

func newGazetteer() *Gazetteer {
	// sized for the embedded gazetteer: growing big tables costs more than the load
	g := &Gazetteer{nodes: make([]node, 1, 1<<18), slots: make([]uint64, 1<<19), keys: make([]byte, 0, 1<<21),
		byCode: make(map[string]int, 1<<13), Entries: make([]Entry, 0, 90000), pending: make([]nodeHit, 0, 1<<18),
		intern: make(map[string]string, 1<<10)}
	return g
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

// edgeHash hashes an edge (FNV-1a over the parent and the key); never 0.
func edgeHash(parent int32, k string) uint32 {
	h := uint32(2166136261)
	p := uint32(parent)
	for i := 0; i < 4; i++ {
		h ^= p & 0xff
		h *= 16777619
		p >>= 8
	}
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	h ^= h >> 15
	if h == 0 {
		h = 1
	}
	return h
}

// find returns the slot of edge (n, k): its child, or the empty slot where it goes.
func (g *Gazetteer) find(n int32, k string, h uint32) (slot int, child int32) {
	mask := len(g.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := g.slots[i]
		if s == 0 {
			return i, 0
		}
		if uint32(s>>32) != h {
			continue
		}
		c := int32(uint32(s))
		nd := &g.nodes[c]
		if nd.parent == n && string(g.keys[nd.keyOff:nd.keyOff+nd.keyLen]) == k {
			return i, c
		}
	}
}

// next follows the trie edge from node n by key k.
func (g *Gazetteer) next(n int32, k string) (int32, bool) {
	h := edgeHash(n, k)
	if bits := g.edgeBits; bits != nil {
		b := h & uint32(len(bits)*64-1)
		if bits[b>>6]&(1<<(b&63)) == 0 {
			return 0, false // most words start no name: one bit answers
		}
	}
	_, c := g.find(n, k, h)
	return c, c != 0
}

// child returns the child of n by k, adding it when missing.
func (g *Gazetteer) child(n int32, k string) int32 {
	h := edgeHash(n, k)
	i, c := g.find(n, k, h)
	if c != 0 {
		return c
	}
	if 2*(len(g.nodes)+1) > len(g.slots) {
		g.grow()
		i, _ = g.find(n, k, h)
	}
	g.nodes = append(g.nodes, node{parent: n, keyOff: uint32(len(g.keys)), keyLen: uint32(len(k))})
	g.keys = append(g.keys, k...)
	c = int32(len(g.nodes) - 1)
	g.slots[i] = uint64(h)<<32 | uint64(uint32(c))
	if bits := g.edgeBits; bits != nil {
		b := h & uint32(len(bits)*64-1)
		bits[b>>6] |= 1 << (b & 63)
	}
	return c
}

// fileEdgeBits sets the edge filter that next asks before the table: about
// eight bits per edge.
func (g *Gazetteer) fileEdgeBits() {
	n := 64
	for n < 8*len(g.nodes) {
		n *= 2
	}
	bits := make([]uint64, n/64)
	for _, s := range g.slots {
		if s != 0 {
			b := uint32(s>>32) & uint32(n-1)
			bits[b>>6] |= 1 << (b & 63)
		}
	}
	g.edgeBits = bits
}

// grow doubles the edge table.
func (g *Gazetteer) grow() {
	old := g.slots
	g.slots = make([]uint64, 2*len(old))
	mask := len(g.slots) - 1
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := int(s>>32) & mask
		for g.slots[i] != 0 {
			i = (i + 1) & mask
		}
		g.slots[i] = s
	}
}

// hitsAt returns the entries node n names (the gazetteer must be frozen).
func (g *Gazetteer) hitsAt(n int32) []hit {
	if int(n)+1 >= len(g.hitOff) {
		return nil
	}
	a, b := g.hitOff[n], g.hitOff[n+1]
	return g.hitList[a:b:b]
}

// freeze files the pending hits by node, merging an entry named twice by
// one node: a plain form of the name wins over a common-word one, and a
// capitalised one makes it an acronym. Loaders call it before returning.
func (g *Gazetteer) freeze() {
	if len(g.pending) == 0 && len(g.hitOff) == len(g.nodes)+1 {
		return
	}
	g.adm1Pop = make(map[string]int64, 4096)
	g.ctyPop = make(map[string]int64, 256)
	for i := range g.Entries {
		if e := &g.Entries[i]; e.class() == "CITY" {
			if e.Adm1 != "" {
				g.adm1Pop[e.Adm1] += e.Population
			}
			g.ctyPop[e.Country] += e.Population
		}
	}
	g.seatFarPoints()
	off := make([]uint32, len(g.nodes)+1)
	for n := 0; n+1 < len(g.hitOff); n++ {
		off[n+1] = g.hitOff[n+1] - g.hitOff[n]
	}
	for _, p := range g.pending {
		off[p.node+1]++
	}
	for n := 1; n < len(off); n++ {
		off[n] += off[n-1]
	}
	list := make([]hit, off[len(off)-1])
	fill := make([]uint32, len(g.nodes))
	copy(fill, off[:len(g.nodes)])
	for n := 0; n+1 < len(g.hitOff); n++ {
		fill[n] += uint32(copy(list[fill[n]:], g.hitList[g.hitOff[n]:g.hitOff[n+1]]))
	}
	for _, p := range g.pending {
		list[fill[p.node]] = p.h
		fill[p.node]++
	}
	// merge duplicates within each node, keeping the first place
	w := uint32(0)
	for n := 0; n < len(g.nodes); n++ {
		a, b := off[n], off[n+1]
		off[n] = w
		start := w
	next:
		for _, h := range list[a:b] {
			for j := start; j < w; j++ {
				if list[j].entry == h.entry {
					list[j].common &= h.common
					list[j].acronym = list[j].acronym || h.acronym
					continue next
				}
			}
			list[w] = h
			w++
		}
	}
	off[len(g.nodes)] = w
	g.hitOff, g.hitList, g.pending = off, list[:w:w], g.pending[:0]
	g.fileEdgeBits()
	g.fscore = slices.Grow(g.fscore[:0], len(g.Entries))[:len(g.Entries)]
	for i := range g.Entries {
		g.fscore[i] = featureScore(&g.Entries[i])
	}
}

// farPointKm is how far a subdivision's point may lie from every town of
// its own first-level region before it is taken for a namesake's elsewhere.
const farPointKm = 2000

// seatFarPoints moves the point of a subdivision that lies farther than
// farPointKm from every town filed under its first-level code to the
// biggest of those towns: the sources place some at a namesake on another
// continent (South Sudan's Lakes and Unity states in Kansas and
// California, Azerbaijan's Ganja in Oklahoma, Congo's Équateur in
// Ecuador), which puts a place read right thousands of kilometres off. A
// city region no town is filed under is checked against its country's
// towns and placed at its namesake town among them.
func (g *Gazetteer) seatFarPoints() {
	type town struct {
		lat, lon float64
		pop      int64
	}
	towns := map[string][]town{}     // by first-level code
	inCountry := map[string][]town{} // by country, for regions no town is filed under
	named := map[string]town{}       // country and name of each town
	for i := range g.Entries {
		if e := &g.Entries[i]; e.class() == "CITY" && e.Adm1 != "" && (e.Lat != 0 || e.Lon != 0) {
			t := town{e.Lat, e.Lon, e.Population}
			towns[e.Adm1] = append(towns[e.Adm1], t)
			inCountry[e.Country] = append(inCountry[e.Country], t)
			if k := e.Country + "\x00" + e.Name; named[k].pop <= t.pop {
				named[k] = t
			}
		}
	}
	for i := range g.Entries {
		e := &g.Entries[i]
		if !strings.HasPrefix(e.Feature, "ADM") || e.Adm1 == "" {
			continue
		}
		ts, own := towns[e.Adm1], true
		if len(ts) == 0 {
			// a city region no town is filed under (Kyrgyzstan's Osh, KG-GO):
			// the towns of its country, when a namesake town is among them
			// (an overseas region named for no town keeps its point)
			if _, ok := named[e.Country+"\x00"+e.Name]; !ok {
				continue
			}
			ts, own = inCountry[e.Country], false
		}
		if len(ts) == 0 {
			continue
		}
		near, big := false, ts[0]
		for _, t := range ts {
			if distKm(e.Lat, e.Lon, t.lat, t.lon) <= farPointKm {
				near = true
				break
			}
			if t.pop > big.pop {
				big = t
			}
		}
		if near {
			continue
		}
		if t, ok := named[e.Country+"\x00"+e.Name]; ok && !own {
			big = t
		}
		e.Lat, e.Lon = big.lat, big.lon
	}
}

// distKm is the great-circle distance in kilometres.
func distKm(lat1, lon1, lat2, lon2 float64) float64 {
	p := math.Pi / 180
	x := math.Pow(math.Sin((lat2-lat1)*p/2), 2) + math.Cos(lat1*p)*math.Cos(lat2*p)*math.Pow(math.Sin((lon2-lon1)*p/2), 2)
	return 12742 * math.Asin(math.Sqrt(x))
}

// featureScoreOf is featureScore of entry i (e), from the table freeze fills.
func (g *Gazetteer) featureScoreOf(i int32, e *Entry) float64 {
	if int(i) < len(g.fscore) {
		return g.fscore[i]
	}
	return featureScore(e)
}

// nameKey returns the folded unit keys of e's preferred name joined by
// blanks, remembered per name once asked for (safe for concurrent use).
func (g *Gazetteer) nameKey(e *Entry) string {
	if k, ok := g.nameKeys.Load(e.Name); ok {
		return k.(string)
	}
	k := joinedNameKey(e.Name)
	g.nameKeys.Store(e.Name, k)
	return k
}

// weight ranks candidates that score alike: a town's or country's
// population, a first-level region's the people of its towns (Florida, US
// before Florida, Uruguay).
func (g *Gazetteer) weight(e *Entry) int64 {
	if e.Feature == "ADM1" && e.Population == 0 {
		return g.adm1Pop[e.Adm1]
	}
	return e.Population
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
	if e.ID != 0 && g.byID != nil {
		if _, ok := g.byID[e.ID]; !ok {
			g.byID[e.ID] = i
		}
	}
	return i
}

// entryByID returns the first entry with a GeoNames id: by a scan for the
// first few questions (the embedded files ask three), then by a map.
func (g *Gazetteer) entryByID(id int) (int, bool) {
	if g.byID == nil && g.scans < 16 {
		g.scans++
		for i := range g.Entries {
			if g.Entries[i].ID == id {
				return i, true
			}
		}
		return 0, false
	}
	if g.byID == nil {
		g.byID = make(map[int]int, len(g.Entries))
		for i := range g.Entries {
			if e := g.Entries[i].ID; e != 0 {
				if _, ok := g.byID[e]; !ok {
					g.byID[e] = i
				}
			}
		}
	}
	i, ok := g.byID[id]
	return i, ok
}

// Common-word marks of a name, by the language in which it is a word.
const (
	commonEN uint8 = 1 << iota // "~" in the data files
	commonES                   // "^"
	onlyEN                     // "!": a name only English uses ("America" for the United States)
)

// commonMarks strips the leading marks of a name: "~" an English word, "^"
// a Spanish one, "!" a name of English texts only.
func commonMarks(name string) (string, uint8) {
	var c uint8
	for len(name) > 0 {
		switch name[0] {
		case '~':
			c |= commonEN
		case '^':
			c |= commonES
		case '!':
			c |= onlyEN
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
		n = g.child(n, k)
	}
	g.pending = append(g.pending, nodeHit{node: n, h: hit{entry: int32(i), common: common, acronym: acronym}})
}

// addFolded files a name written as folded unit keys separated by blanks.
func (g *Gazetteer) addFolded(i int, name string, common uint8) {
	if strings.Count(name, " ") >= 8 && len(strings.Fields(name)) > 8 {
		return
	}
	n := int32(0)
	for name != "" {
		var k string
		k, name, _ = strings.Cut(name, " ")
		if len(k) >= 4 && k[len(k)-2] == '\'' && k[len(k)-1] == 's' {
			k = k[:len(k)-2] // "cox's bazar": the text's units drop the possessive ending
		}
		if k != "" {
			n = g.child(n, k)
		}
	}
	if n != 0 {
		g.pending = append(g.pending, nodeHit{node: n, h: hit{entry: int32(i), common: common}})
	}
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
	for _, h := range g.hitsAt(n) {
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
	compassNames      = "places/shared/compass_names.tsv"
)

// LoadEmbedded loads the gazetteer shipped with atalaya plus the hand-made
// extra names.
func LoadEmbedded() (*Gazetteer, error) {
	g := newGazetteer()
	comp, err := data.FS.ReadFile(embeddedGazetteer)
	if err != nil {
		return nil, err
	}
	if err := g.readEmbeddedTSV(comp, embeddedGazetteer); err != nil {
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
	if err := g.addCompassNames(data.FS, compassNames); err != nil {
		return nil, err
	}
	g.freeze()
	return g, nil
}

// readTSV reads rows of the embedded format (see tools/gengazetteer),
// gzip-compressed or not. The whole file is read into one string that the
// entries' names are cut from: one allocation instead of one a row.
func (g *Gazetteer) readTSV(r io.Reader, name string) error {
	br := bufio.NewReaderSize(r, 1<<16)
	size := 1 << 16
	if b, err := br.Peek(2); err == nil && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		defer zr.Close()
		r = zr
		size = 8 << 20 // the embedded file unpacks to about 7 MB
	} else {
		r = br
	}
	var sb strings.Builder // its String() makes no copy
	sb.Grow(size)
	if _, err := io.Copy(&sb, r); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	text := sb.String()
	return g.parseTSV(&textLines{text: text, avail: len(text)}, name)
}

// parseTSV files the rows of the embedded format that lines hands out.
func (g *Gazetteer) parseTSV(lines *textLines, name string) error {
	line := 0
	keyed := false // a "#keys" line says the names column holds folded unit keys
	var cols [9]string
	for {
		l, ok := lines.next()
		if !ok {
			break
		}
		line++
		l = strings.TrimSuffix(l, "\r")
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
		i := g.add(Entry{ID: id, Feature: g.code(c[1]), Country: g.code(c[2]), Adm1: g.code(c[3]), Lat: lat, Lon: lon, Population: pop, Name: c[7]})
		for rest := c[8]; rest != ""; {
			var n string
			n, rest, _ = strings.Cut(rest, "|")
			if !keyed {
				g.addName(i, n)
				continue
			}
			// names already folded into unit keys by the generator
			n, common := commonMarks(n)
			g.addFolded(i, n, common)
		}
	}
	return lines.err
}

// textLines hands out the lines of a text, which may still be arriving: the
// bytes of text up to avail are written; more sends later values of avail
// and is closed when the text is complete (err then says whether it is).
type textLines struct {
	text       string
	pos, avail int
	more       <-chan int
	done       func() error // called once more is closed
	err        error
}

// next returns the next line (without its newline); ok is false at the end.
func (t *textLines) next() (line string, ok bool) {
	for {
		if i := strings.IndexByte(t.text[t.pos:t.avail], '\n'); i >= 0 {
			line = t.text[t.pos : t.pos+i]
			t.pos += i + 1
			return line, true
		}
		if t.more == nil {
			if t.pos < t.avail {
				line, t.pos = t.text[t.pos:t.avail], t.avail
				return line, true
			}
			return "", false
		}
		a, open := <-t.more
		if !open {
			t.more = nil
			if t.done != nil {
				if t.err = t.done(); t.err != nil {
					return "", false
				}
			}
			continue
		}
		t.avail = a
	}
}

// readEmbeddedTSV reads a gzip file of one member, as the generator writes
// it, unpacking it on another goroutine while the rows already unpacked are
// filed: the load waits on the slower of the two, not on both. The
// unpacked text is one buffer of the size the gzip trailer gives, that the
// entries' names are cut from.
func (g *Gazetteer) readEmbeddedTSV(comp []byte, name string) error {
	if len(comp) < 18 {
		return fmt.Errorf("%s: not a gzip file", name)
	}
	size := binary.LittleEndian.Uint32(comp[len(comp)-4:])
	zr, err := gzip.NewReader(bytes.NewReader(comp))
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	zr.Multistream(false)
	buf := make([]byte, size)
	more := make(chan int, 64)
	var unpackErr error
	go func() {
		defer close(more)
		const chunk = 256 << 10
		n := 0
		for n < len(buf) {
			k, err := zr.Read(buf[n:min(n+chunk, len(buf))])
			n += k
			if k > 0 {
				more <- n
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				unpackErr = err
				return
			}
		}
		var one [1]byte
		if n < len(buf) {
			unpackErr = fmt.Errorf("%d bytes unpacked, the trailer says %d", n, len(buf))
		} else if k, _ := zr.Read(one[:]); k > 0 {
			unpackErr = fmt.Errorf("more than the %d bytes the trailer says", len(buf))
		}
	}()
	var text string
	if len(buf) > 0 {
		// the buffer is written only below avail, and never again once read
		text = unsafe.String(&buf[0], len(buf))
	}
	lines := &textLines{text: text, more: more, done: func() error {
		if unpackErr != nil {
			return fmt.Errorf("%s: %v", name, unpackErr)
		}
		return nil
	}}
	err = g.parseTSV(lines, name)
	for range more {
		// a row error stopped the parse early: let the unpacking end
	}
	return err
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
				i, ok = g.entryByID(id)
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

// addCompassNames gives every first-level region whose name opens with
// a compass word of the file at path and goes on with a capitalised name
// ("South Kordofan") the Spanish forms the file makes of it ("Kordofan del
// Sur").
func (g *Gazetteer) addCompassNames(fsys fs.FS, path string) error {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return err
	}
	forms := map[string][]string{}
	for n, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l == "" || l[0] == '#' {
			continue
		}
		word, fs, ok := strings.Cut(l, "\t")
		if !ok || !strings.Contains(fs, "{}") {
			return fmt.Errorf("%s:%d: want word<TAB>forms with {}", path, n+1)
		}
		for _, f := range strings.Split(fs, "|") {
			forms[strings.ToLower(strings.TrimSpace(word))] = append(forms[strings.ToLower(strings.TrimSpace(word))], strings.TrimSpace(f))
		}
	}
	for i := range g.Entries {
		e := &g.Entries[i]
		if e.Feature != "ADM1" {
			continue
		}
		first, rest, ok := strings.Cut(e.Name, " ")
		if !ok || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
			continue
		}
		for _, f := range forms[strings.ToLower(first)] {
			g.addName(i, strings.ReplaceAll(f, "{}", rest))
		}
	}
	return nil
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
	g.freeze()
	return nil
}
