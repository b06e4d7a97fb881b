package places

import (
	"slices"
	"testing"
)

// CountriesOf tells the actors stage where a place name lies: every
// country holding one, and the country of a major one.
func TestCountriesOf(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, major string
		has         []string
	}{
		{"Nablus", "PSE", []string{"PSE"}},
		{"Táchira", "VEN", []string{"VEN"}},
		{"Borno", "NGA", []string{"NGA"}},            // a first-level division beats a small German town
		{"Monterrey", "MEX", []string{"MEX", "COL"}}, // the largest wins, the others are listed
		{"Salud", "", []string{"CUB"}},               // a small town only: no major place
		{"Puno", "PER", []string{"PER", "IND"}},      // its own name first: not Pune, once called so
		{"Nápoles", "ITA", []string{"ITA"}},          // an exonym of a large town
		{"Cádiz", "ESP", []string{"ESP", "PHL"}},     // of two about as large, the seat of a province
		{"Defensa", "", nil},
	} {
		all, major := g.CountriesOf(c.name)
		if major != c.major {
			t.Errorf("%s: major %q, want %q", c.name, major, c.major)
		}
		for _, h := range c.has {
			if !slices.Contains(all, h) {
				t.Errorf("%s: %v lacks %s", c.name, all, h)
			}
		}
		if c.has == nil && len(all) > 0 {
			t.Errorf("%s: %v, want none", c.name, all)
		}
	}
}

func TestPlaceNamed(t *testing.T) {
	g := testGeocoder(t)
	for _, c := range []struct{ name, country string }{
		{"Khiam", "LBN"},  // a small town of one country, read only after a cue
		{"Járkov", "UKR"}, // an exonym of a large town
		{"Defensa", ""},   // no place
		{"Sánchez", ""},   // a municipality named like a surname: no town
	} {
		pl, ok := g.PlaceNamed(c.name)
		if ok != (c.country != "") || pl.Country != c.country {
			t.Errorf("%s: %v %q, want %q", c.name, ok, pl.Country, c.country)
		}
	}
}
