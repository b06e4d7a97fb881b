package places

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadGeoNames loads a (tiny) dump in GeoNames' formats and geocodes with it.
func TestLoadGeoNames(t *testing.T) {
	g, err := New(Options{GazetteerDir: "testdata/geonames"})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, feature, country, adm1 string
		id                           int
	}{
		{"Russia", "PCLI", "RUS", "", 2017370},
		{"Kursk Oblast", "ADM1", "RUS", "RU-KRS", 538555},
		{"Óblast de Kursk", "ADM1", "RUS", "RU-KRS", 538555}, // alternateNamesV2, Spanish
		{"Moscú", "PPLC", "RUS", "RU-MOW", 524901},
		{"Alaska", "ADM1", "USA", "US-AK", 5879092},
	}
	for _, c := range cases {
		es := g.Gazetteer().Lookup(c.name)
		found := false
		for _, e := range es {
			if e.ID == c.id {
				found = true
				if e.Feature != c.feature || e.Country != c.country || e.Adm1 != c.adm1 {
					t.Errorf("%s -> %+v, want %s %s %s", c.name, e, c.feature, c.country, c.adm1)
				}
			}
		}
		if !found {
			t.Errorf("%s: id %d not found (got %+v)", c.name, c.id, es)
		}
	}
	for _, gone := range []string{"Moskau", "Smallville", "Old Moscow Town"} { // German, too small, historic
		if es := g.Gazetteer().Lookup(gone); len(es) > 0 {
			t.Errorf("%s should not be loaded: %+v", gone, es)
		}
	}
	// common-word marks carry over from the embedded gazetteer
	d := geocoded(t, g, "en", "Mobile phones were banned. The storm reached Mobile overnight, then hit the coast near Mobile.")
	if len(d.Places) != 1 || d.Text[d.Places[0].Start:d.Places[0].End] != "Mobile" || d.Places[0].Start < 60 {
		t.Errorf("Mobile with the dump: want only the one after 'near', got %+v", d.Places)
	}
	d = geocoded(t, g, "es", "Los combates siguen en la región de Kursk y en Alaska.")
	if p, ok := findPlace(d, "región de Kursk"); !ok || p.Adm1 != "RU-KRS" || p.GeonamesID != 538555 {
		t.Errorf("región de Kursk with the dump: %+v %v", p, ok)
	}
}

// TestBadInput: broken data files fail with one clear line naming file and line.
func TestBadInput(t *testing.T) {
	_, err := New(Options{UserDicts: []string{"testdata/bad"}})
	if err == nil || !strings.Contains(err.Error(), "gazetteer_bad.tsv:3:") || strings.Contains(err.Error(), "\n") {
		t.Errorf("bad user gazetteer: err = %v, want one line naming gazetteer_bad.tsv:3", err)
	}
	_, err = New(Options{GazetteerDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "allCountries.txt") {
		t.Errorf("empty dump folder: err = %v", err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "allCountries.txt"), []byte("1\tX\tX\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = New(Options{GazetteerDir: dir})
	if err == nil || !strings.Contains(err.Error(), "allCountries.txt:1:") {
		t.Errorf("short dump row: err = %v", err)
	}
	names := filepath.Join(t.TempDir(), "places")
	if err := os.MkdirAll(names, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(names, "my_names.tsv"), []byte("ZZZ\tNowhere\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = New(Options{UserDicts: []string{names}})
	if err == nil || !strings.Contains(err.Error(), "my_names.tsv:1:") {
		t.Errorf("unknown key in user names: err = %v", err)
	}
	r := &rules{prefix: map[string]string{}, suffix: map[string]string{}}
	if err := r.readCues(strings.NewReader("prefix\tregion\tPLANET\n"), "cues.tsv"); err == nil || !strings.Contains(err.Error(), "cues.tsv:1:") {
		t.Errorf("bad cue class: err = %v", err)
	}
}

// TestUserNames: a user's names file adds a name to a known place.
func TestUserNames(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "places")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "names.tsv"), []byte("# mine\nUA-14\tDonetsk People's Republic|DNR\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := New(Options{UserDicts: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	d := geocoded(t, g, "en", "Shelling was reported in the DNR on Monday.")
	if p, ok := findPlace(d, "DNR"); !ok || p.Adm1 != "UA-14" {
		t.Errorf("user name DNR: %+v %v", p, ok)
	}
}
