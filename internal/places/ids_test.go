package places

import "testing"

// TestGeoNamesIDs: the embedded gazetteer gives GeoNames ids to nearly all
// countries and first-level subdivisions (from iso3166-2-db, see
// data/places/README.md), and the ids are GeoNames' own.
func TestGeoNamesIDs(t *testing.T) {
	g, err := sharedEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string][2]int{} // class -> with id, all
	for _, e := range g.Entries {
		if e.Feature != "PCLI" && e.Feature != "ADM1" {
			continue
		}
		c := counts[e.Feature]
		if e.ID != 0 {
			c[0]++
		}
		c[1]++
		counts[e.Feature] = c
	}
	for f, min := range map[string]float64{"PCLI": 0.9, "ADM1": 0.85} {
		c := counts[f]
		if c[1] == 0 || float64(c[0]) < min*float64(c[1]) {
			t.Errorf("%s: %d of %d have a GeoNames id, want at least %.0f%%", f, c[0], c[1], 100*min)
		}
	}
	// a few well-known ids (geonames.org/<id>)
	for code, id := range map[string]int{
		"RUS": 2017370, "UKR": 690791, "ESP": 2510769, "ARG": 3865483, "MEX": 3996063,
		"US-GA": 4197000, "US-AK": 5879092, "RU-KRS": 538555, "ES-AN": 2593109,
	} {
		e, ok := g.Code(code)
		if !ok {
			t.Errorf("%s: not in the gazetteer", code)
			continue
		}
		if e.ID != id {
			t.Errorf("%s (%s): GeoNames id %d, want %d", code, e.Name, e.ID, id)
		}
	}
	// ids are unique
	seen := map[int]string{}
	for _, e := range g.Entries {
		if e.ID == 0 {
			continue
		}
		if o, dup := seen[e.ID]; dup {
			t.Errorf("GeoNames id %d twice: %s and %s", e.ID, o, e.Name)
		}
		seen[e.ID] = e.Name
	}
}
