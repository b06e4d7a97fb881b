package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestExpandNames(t *testing.T) {
	cases := map[string][]string{
		"Catalunya [Cataluña]":                   {"Catalunya", "Cataluña"},
		"Nafarroako Foru Komunitatea*":           {"Nafarroako Foru Komunitatea"},
		"Bruxelles-Capitale / Brussel-Hoofdstad": {"Bruxelles-Capitale", "Brussel-Hoofdstad"},
		"Alaska":                                 {"Alaska"},
		"":                                       nil,
	}
	for in, want := range cases {
		if got := expandNames(in); !reflect.DeepEqual(got, want) {
			t.Errorf("expandNames(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStripGeneric(t *testing.T) {
	generic := map[string]bool{"oblast": true, "province": true, "provincia": true, "region": true}
	cases := map[string]string{
		"Kursk Oblast":         "Kursk",
		"Provincia de Sevilla": "Sevilla",
		"Province of Toledo":   "Toledo",
		"Oblast":               "",
		"Alaska":               "Alaska",
	}
	for in, want := range cases {
		if got := stripGeneric(in, generic); got != want {
			t.Errorf("stripGeneric(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsCommon(t *testing.T) {
	words := map[string]bool{"reading": true, "white": true, "house": true, "fort": true}
	cases := map[string]bool{"Reading": true, "White House": true, "Fort Worth": false, "Kursk": false, "": false}
	for in, want := range cases {
		if got := isCommon(in, words); got != want {
			t.Errorf("isCommon(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestUsableAlt(t *testing.T) {
	cases := map[string]bool{"Moscú": true, "Pekín": true, "MOW": false, "Москва": false, "ab": false, "moscow": false, "Sant'Antioco": true}
	for in, want := range cases {
		if got := usableAlt(in); got != want {
			t.Errorf("usableAlt(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestReadMO reads a gettext catalogue written by hand in the .mo layout.
func TestReadMO(t *testing.T) {
	// header, then originals and translations tables, then the strings
	pairs := [][2]string{{"Georgia", "Georgia"}, {"Russian Federation", "Federación Rusa"}}
	n := len(pairs)
	le := func(b []byte, v int) []byte { return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24)) }
	headerLen := 28
	oTab := headerLen
	tTab := oTab + 8*n
	strStart := tTab + 8*n
	var strs []byte
	var oEnt, tEnt []byte
	for _, p := range pairs {
		oEnt = le(le(oEnt, len(p[0])), strStart+len(strs))
		strs = append(append(strs, p[0]...), 0)
	}
	for _, p := range pairs {
		tEnt = le(le(tEnt, len(p[1])), strStart+len(strs))
		strs = append(append(strs, p[1]...), 0)
	}
	var b []byte
	b = le(b, 0x950412de)
	b = le(b, 0)
	b = le(b, n)
	b = le(b, oTab)
	b = le(b, tTab)
	b = le(b, 0)
	b = le(b, 0)
	b = append(append(append(b, oEnt...), tEnt...), strs...)
	path := filepath.Join(t.TempDir(), "x.mo")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := readMO(path)
	if err != nil {
		t.Fatal(err)
	}
	if m["Russian Federation"] != "Federación Rusa" || m["Georgia"] != "Georgia" {
		t.Errorf("readMO = %v", m)
	}
	if err := os.WriteFile(path, []byte("short"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readMO(path); err == nil {
		t.Error("a truncated catalogue should fail")
	}
}

func TestLoadRefs(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "iso3166-2.json")
	db := `{"RU": {"iso": "RU", "reference": {"geonames": 2017370}, "regions": [
	  {"iso": "KRS", "admin": "41", "name": "Kursk Oblast", "names": {"geonames": "Kursk", "es": "Óblast de Kursk"}, "reference": {"geonames": 538555}},
	  {"iso": "XXX", "admin": "99", "name": "Twice A", "reference": {"geonames": 1}},
	  {"iso": "YYY", "admin": "99", "name": "Twice B", "reference": {"geonames": 2}},
	  {"iso": "ZZZ", "name": "No id", "reference": {}},
	  {"iso": "DUP", "name": "Same id A", "reference": {"geonames": 7}},
	  {"iso": "DUQ", "name": "Same id B", "reference": {"geonames": 7}}]}}`
	if err := os.WriteFile(path, []byte(db), 0o644); err != nil {
		t.Fatal(err)
	}
	refs, err := loadRefs(path)
	if err != nil {
		t.Fatal(err)
	}
	if refs.ids["RU"] != 2017370 {
		t.Errorf("country id %d", refs.ids["RU"])
	}
	if len(refs.regions) != 3 {
		t.Fatalf("regions %+v, want 3 (the one without an id and the two sharing one dropped)", refs.regions)
	}
	r := refs.regions[0]
	if r.code != "RU-KRS" || r.admin != "RU.41" || r.id != 538555 || !reflect.DeepEqual(r.names, []string{"Kursk Oblast", "Kursk", "Óblast de Kursk"}) {
		t.Errorf("region %+v", r)
	}
	if !refs.admin1Unique["RU.41"] || refs.admin1Unique["RU.99"] {
		t.Errorf("admin1 claimed twice must not be trusted: %v", refs.admin1Unique)
	}
	if empty, err := loadRefs(""); err != nil || len(empty.regions) != 0 {
		t.Errorf("no path: %v %v", empty, err)
	}
	if _, err := loadRefs(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("a missing file must be an error")
	}
}

func TestHasGeneric(t *testing.T) {
	generic := map[string]bool{"county": true, "oblast": true}
	for n, want := range map[string]bool{"Walker County": true, "Kursk Oblast": true, "County": false, "Walker": false, "County Durham": false} {
		if got := hasGeneric(n, generic); got != want {
			t.Errorf("hasGeneric(%q) = %v, want %v", n, got, want)
		}
	}
}

func TestShortNames(t *testing.T) {
	mk := func(feature, cc3, name string, pop int64) *entry {
		return &entry{feature: feature, cc3: cc3, name: name, pop: pop, names: []string{name}}
	}
	taxco := mk("PPLA2", "MEX", "Taxco de Alarcón", 52000)
	taxcoMun := mk("ADM2", "MEX", "Taxco de Alarcón", 90000) // its own municipality
	villa := mk("PPL", "MEX", "Villa de Álvarez", 100000)    // a common word
	compostela := mk("PPLA2", "ESP", "Santiago de Compostela", 95000)
	santiago := mk("PPLC", "CHL", "Santiago", 5000000) // a bigger place elsewhere
	alcala1 := mk("PPL", "ESP", "Alcalá de Henares", 200000)
	alcala2 := mk("PPL", "ESP", "Alcalá de Guadaíra", 75000) // two towns share it
	fernando := mk("PPL", "PRY", "Fernando de la Mora", 110000)
	juiz := mk("PPL", "BRA", "Juiz de Fora", 500000) // no country of the rule
	entries := []*entry{taxco, taxcoMun, villa, compostela, santiago, alcala1, alcala2, fernando, juiz}
	countries := map[string]bool{"MEX": true, "ESP": true, "CHL": true, "PRY": true}
	shortNames(entries, countries, map[string]bool{"fernando": true}, map[string]bool{}, map[string]bool{"villa": true}, map[string]bool{}, false)
	want := map[*entry][]string{
		taxco:      {"Taxco de Alarcón", "Taxco"},
		taxcoMun:   {"Taxco de Alarcón"},
		villa:      {"Villa de Álvarez"},
		compostela: {"Santiago de Compostela"},
		alcala1:    {"Alcalá de Henares"},
		alcala2:    {"Alcalá de Guadaíra"},
		fernando:   {"Fernando de la Mora"},
		juiz:       {"Juiz de Fora"},
	}
	for e, w := range want {
		if !reflect.DeepEqual(e.names, w) {
			t.Errorf("%s: names %q, want %q", e.name, e.names, w)
		}
	}
}
