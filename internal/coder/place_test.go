package coder_test

import "testing"

// TestFinerPlace: a country named with a place of its own inside it takes
// the finer place as the event's location.
func TestFinerPlace(t *testing.T) {
	cases := []struct{ lang, text, country string }{
		{"es", "El ejército ruso atacó a las tropas ucranianas en Ucrania, cerca de Járkov.", "UKR"},
		{"es", "Israel atacó a Hezbolá en el sur del Líbano, cerca de Nabatieh.", "LBN"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-08-13", c.text)
		if len(d.Events) == 0 || d.Events[0].Location == nil {
			t.Errorf("%q: no event location", c.text)
			continue
		}
		l := d.Events[0].Location
		if l.Country != c.country || l.Adm1 == "" {
			t.Errorf("%q: location %s/%s (%s), want a place inside %s", c.text, l.Country, l.Adm1, l.Name, c.country)
		}
	}
}
