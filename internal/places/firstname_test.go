package places

import "testing"

// A one-word country's name glued to a capitalised word that starts no
// place is a person's first name in Spanish text: no place.
func TestCountryFirstName(t *testing.T) {
	g := testGeocoder(t)
	for _, c := range []struct {
		text, name string
		place      bool
	}{
		{"El dirigente Israel Mamani llamó a la huelga en Oruro.", "Israel", false},
		{"Trinidad Pérez habló con los periodistas.", "Trinidad", false},
		{"Los vecinos viajaron a Israel el lunes.", "Israel", true},
		{"Chile Argentina y Perú firmaron el acuerdo.", "Chile", true},
	} {
		d := geocoded(t, g, "es", c.text)
		if _, ok := findPlace(d, c.name); ok != c.place {
			t.Errorf("%q: place %q %v, want %v", c.text, c.name, ok, c.place)
		}
	}
	runCases(t, []placeCase{
		{name: "a longer name ending in a town", lang: "es", text: "Los vecinos de San José de Apartadó denunciaron abusos.", mention: "Apartadó", country: "COL"},
		{name: "a town qualified by its country", lang: "es", text: "Los soldados llegaron a Valencia de Venezuela.", mention: "Valencia de Venezuela", country: "VEN"},
		{name: "El Alto is Bolivian", lang: "es", text: "Los vecinos de El Alto marcharon hasta la plaza.", mention: "El Alto", country: "BOL"},
	})
}

// CountriesOf: a Spanish word that is only another name of a place names
// no major one; a place's own name still does.
func TestCountriesOfWord(t *testing.T) {
	g := testGeocoder(t)
	if _, major := g.CountriesOf("Paz"); major != "" {
		t.Errorf("Paz: major %q, want none", major)
	}
	if _, major := g.CountriesOf("Apartadó"); major != "COL" {
		t.Errorf("Apartadó: %q, want COL", major)
	}
	if _, major := g.CountriesOf("San José"); major != "CRI" {
		t.Errorf("San José: %q, want CRI", major)
	}
}
