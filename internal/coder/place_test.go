package coder_test

import "testing"

// TestEventPlace: where an event is placed, to the first-level
// subdivision: a country named with a place of its own inside it takes the
// finer place; a country that aid is brought to takes the one subdivision
// of it that the sentence names; a clause naming no place takes the one
// place its sentence tells with a locative, when a party is of its
// country; a definite "the province" takes the province told before.
func TestEventPlace(t *testing.T) {
	cases := []struct{ lang, text, country, adm1 string }{
		{"es", "El ejército ruso atacó a las tropas ucranianas en Ucrania, cerca de Járkov.", "UKR", "*"},
		{"es", "Israel atacó a Hezbolá en el sur del Líbano, cerca de Nabatieh.", "LBN", "*"},
		{"en", "Canada flew medical supplies to Haiti on Friday after floods hit the Artibonite department.", "HTI", "HT-AR"},
		{"en", "Turkey provided humanitarian assistance to Syria after an earthquake destroyed buildings in Aleppo.", "SYR", "SY-HL"},
		{"es", "La policía peruana liberó el lunes a 20 mineros bolivianos que estaban retenidos en la región de Puno.", "PER", "PE-PUN"},
		{"en", "Floods hit Sindh province. Japan provided humanitarian assistance to Pakistani farmers in the province.", "PAK", "PK-SD"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-08-13", c.text)
		if len(d.Events) == 0 || d.Events[0].Location == nil {
			t.Errorf("%q: no event location", c.text)
			continue
		}
		l := d.Events[0].Location
		if l.Country != c.country || c.adm1 == "*" && l.Adm1 == "" || c.adm1 != "*" && l.Adm1 != c.adm1 {
			t.Errorf("%q: location %s/%s (%s), want %s/%s", c.text, l.Country, l.Adm1, l.Name, c.country, c.adm1)
		}
	}
}

// TestNoEventPlace: a place told in a condition ("si ...", "if ...")
// belongs to the event it names, not to the act made conditional on it.
func TestNoEventPlace(t *testing.T) {
	cases := []struct{ lang, text, code string }{
		{"es", "Chile advirtió que expulsará a dos diplomáticos peruanos si el gobierno peruano no explica los disturbios ocurridos en Arequipa.", "136"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-08-13", c.text)
		found := false
		for _, e := range d.Events {
			if e.Cameo != c.code {
				continue
			}
			found = true
			if e.Location != nil {
				t.Errorf("%q: %s placed at %s", c.text, e.Cameo, e.Location.Name)
			}
		}
		if !found {
			t.Errorf("%q: no %s event", c.text, c.code)
		}
	}
}
