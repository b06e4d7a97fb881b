package places

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/atalaya-events/atalaya/data"
)

// Dump selection: what LoadGeoNames keeps of a full GeoNames dump.
const (
	dumpMinPopulation = 15000 // populated places smaller than this are left out, capitals and seats kept
)

// LoadGeoNames loads a GeoNames dump that a user downloaded: dir holds
// allCountries.txt (or a cities*.txt extract in the same format),
// optionally admin1CodesASCII.txt and alternateNamesV2.txt. Countries,
// first-level subdivisions and populated places of 15,000 people or more
// (plus capitals and seats) are kept; names are the GeoNames name, its ASCII
// form and the alternate names in Spanish, English or no language (from
// alternateNamesV2.txt when present, else the alternatenames column). ISO
// codes come from the embedded tables data/places/shared/countries.tsv and
// admin1.tsv; the hand-written names and rows are added too.
func LoadGeoNames(dir string) (*Gazetteer, error) {
	a3, err := readPairs("places/shared/countries.tsv")
	if err != nil {
		return nil, err
	}
	adm1ISO, err := readPairs("places/shared/admin1.tsv")
	if err != nil {
		return nil, err
	}
	main := filepath.Join(dir, "allCountries.txt")
	if _, err := os.Stat(main); err != nil {
		ms, _ := filepath.Glob(filepath.Join(dir, "cities*.txt"))
		if len(ms) == 0 {
			return nil, fmt.Errorf("%s: no allCountries.txt (or cities*.txt) GeoNames dump", dir)
		}
		main = ms[0]
	}
	// admin1CodesASCII.txt gives the subdivisions' GeoNames ids and names.
	adm1Name := map[string]string{}
	if f, err := os.Open(filepath.Join(dir, "admin1CodesASCII.txt")); err == nil {
		err = eachRow(f, filepath.Join(dir, "admin1CodesASCII.txt"), 4, func(c []string, _ int) error {
			adm1Name[c[0]] = c[1]
			return nil
		})
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	// First the places to keep, then (from alternateNamesV2.txt, often
	// larger than the dump itself) only their names.
	type kept struct {
		i     int
		names []string
	}
	g := newGazetteer()
	keep := map[int]*kept{}
	var order []int
	f, err := os.Open(main)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	altPath := filepath.Join(dir, "alternateNamesV2.txt")
	_, altErr := os.Stat(altPath)
	haveAlt := altErr == nil
	err = eachRow(f, main, 15, func(c []string, line int) error {
		fclass, fcode := c[6], c[7]
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		ok := false
		switch {
		case fclass == "A" && (strings.HasPrefix(fcode, "PCL") || fcode == "ADM1" || fcode == "TERR"):
			ok = true
		case fclass == "P" && (pop >= dumpMinPopulation || fcode == "PPLC" || fcode == "PPLA"):
			ok = true
		}
		if !ok || a3[c[8]] == "" {
			return nil
		}
		id, err1 := strconv.Atoi(c[0])
		lat, err2 := strconv.ParseFloat(c[4], 64)
		lon, err3 := strconv.ParseFloat(c[5], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("%s:%d: bad geonameid, latitude or longitude", main, line)
		}
		e := Entry{ID: id, Feature: fcode, Country: a3[c[8]], Lat: lat, Lon: lon, Population: pop, Name: c[1]}
		if !strings.HasPrefix(fcode, "PCL") {
			e.Adm1 = adm1ISO[c[8]+"."+c[10]]
		}
		if fcode == "TERR" {
			e.Feature = "PCLD"
		}
		k := &kept{i: g.add(e), names: []string{c[1], c[2]}}
		if n := adm1Name[c[8]+"."+c[10]]; fcode == "ADM1" && n != "" {
			k.names = append(k.names, n)
		}
		if !haveAlt && c[3] != "" {
			for _, n := range strings.Split(c[3], ",") {
				if usableName(n) {
					k.names = append(k.names, n)
				}
			}
		}
		if _, dup := keep[id]; !dup {
			keep[id] = k
			order = append(order, id)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if haveAlt {
		af, err := os.Open(altPath)
		if err != nil {
			return nil, err
		}
		err = eachRow(af, altPath, 4, func(c []string, line int) error {
			switch c[2] {
			case "", "es", "en":
			default:
				return nil
			}
			if len(c) > 7 && (c[6] == "1" || c[7] == "1") { // colloquial or historic
				return nil
			}
			id, err := strconv.Atoi(c[1])
			if err != nil {
				return fmt.Errorf("%s:%d: bad geonameid %q", altPath, line, c[1])
			}
			if k := keep[id]; k != nil && usableName(c[3]) {
				k.names = append(k.names, c[3])
			}
			return nil
		})
		af.Close()
		if err != nil {
			return nil, err
		}
	}
	// names that are also common words, as the embedded gazetteer marks them
	marks, err := embeddedMarks()
	if err != nil {
		return nil, err
	}
	for _, id := range order {
		k := keep[id]
		for _, n := range k.names {
			if n == "" {
				continue
			}
			ks := nameKeys(n)
			m := marks[strings.Join(ks, " ")]
			if g.Entries[k.i].class() == "COUNTRY" {
				m = 0
			}
			g.addKeys(k.i, ks, m, isUpper(n))
		}
	}
	if a, err := data.FS.Open(addedRows); err == nil {
		err = g.readTSV(a, addedRows)
		a.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := g.readExtras(data.FS, "places/shared/extra_names.tsv", false); err != nil {
		return nil, err
	}
	if err := g.addCompassNames(data.FS, compassNames); err != nil {
		return nil, err
	}
	g.freeze()
	return g, nil
}

// usableName keeps names in Latin script of three letters or more that are
// not all-capital codes.
func usableName(n string) bool {
	letters, upper := 0, 0
	for _, r := range n {
		if r > 0x24F && r != '’' { // beyond Latin Extended-B
			return false
		}
		if (r >= 'a' && r <= 'z') || r >= 0xC0 {
			letters++
		} else if r >= 'A' && r <= 'Z' {
			letters++
			upper++
		}
	}
	return letters >= 3 && upper < letters
}

// eachRow calls fn for every tab-separated row of r with at least min columns.
func eachRow(r io.Reader, name string, min int, fn func(c []string, line int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < min {
			return fmt.Errorf("%s:%d: %d columns, want at least %d", name, line, len(c), min)
		}
		if err := fn(c, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// readPairs reads an embedded two-column table.
func readPairs(path string) (map[string]string, error) {
	f, err := data.FS.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]string{}
	err = eachRow(f, path, 2, func(c []string, _ int) error {
		m[c[0]] = c[1]
		return nil
	})
	return m, err
}

// embeddedMarks reads the common-word marks of the embedded gazetteer's
// names: folded name -> commonEN|commonES.
func embeddedMarks() (map[string]uint8, error) {
	f, err := data.FS.Open(embeddedGazetteer)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", embeddedGazetteer, err)
	}
	defer zr.Close()
	marks := map[string]uint8{}
	err = eachRow(zr, embeddedGazetteer, 9, func(c []string, _ int) error {
		for _, n := range strings.Split(c[8], "|") {
			if k, m := commonMarks(n); m != 0 {
				marks[k] |= m
			}
		}
		return nil
	})
	return marks, err
}
