package places

import (
	"strings"
	"testing"
)

// TestAnaphors: a definite phrase that names no place ("in the province")
// points back to the latest place of its class in the last sentences; a
// phrase that is part of a name, or one with no antecedent of its class,
// adds nothing.
func TestAnaphors(t *testing.T) {
	g := testGeocoder(t)
	cases := []struct {
		name, lang, text, phrase, want string // want: the antecedent's adm1, "" for no place
	}{
		{"province", "en", "Floods hit Cagayan province. Aid workers reached families in the province on Sunday.", "the province", "PH-02"},
		{"estado", "es", "Hubo combates en el estado de Zulia. La policía detuvo a diez personas en el estado.", "el estado", "VE-V"},
		{"city", "en", "Police in Mombasa fired tear gas. Shops in the city were closed.", "the city", "KE-28"},
		{"region with a name", "es", "El ejército avanzó en Donetsk. Luego atacó la región de Járkov.", "la región", ""},
		{"the State", "es", "Hubo combates en el estado de Zulia. El Estado debe proteger a los civiles.", "El Estado", ""},
		{"state-owned", "en", "Gunmen blew up a line in Punjab province. The state-owned company shut off the flow.", "The state", ""},
		{"town-hall", "en", "Floods hit Cagayan province. Officials held a town-hall meeting.", "town", ""},
		{"no antecedent", "en", "The minister visited France. Farmers in the region protested.", "the region", ""},
		{"too far back", "en", "Floods hit Cagayan province. One. Two. Three. Four. Families in the province waited.", "the province", ""},
		// "the same province" points back past three sentences
		{"same province far back", "en", "Floods hit Sindh province. One. Two. Three. Four. Aid reached families in the same province.", "the same province", "PK-SD"},
		{"misma región", "es", "Hubo combates en la región de Ayacucho. Uno. Dos. Tres. Cuatro. La policía detuvo a diez personas en la misma región.", "la misma región", "PE-AYA"},
		// an area is any place below the country, never the dateline
		{"zona", "es", "Los mineros bloquearon la vía en la provincia de Espinar. El ministro viajará a la zona el viernes.", "la zona", "PE-CUS"},
		{"area after a dateline", "en", "NAIROBI — Police fired tear gas. Shops in the area were closed.", "the area", ""},
		{"area no capital standing for its government", "es", "Caracas negó haber enviado soldados a la zona.", "la zona", ""},
		// a subdivision with none of its class within reach, after a town:
		// the town's first-level region (not for "the same region", not
		// from the dateline; a region named within reach comes first)
		{"region after a town", "es", "Cientos de simpatizantes quemaron llantas en Juliaca. El Gobierno anunció el envío de 400 policías a la región.", "la región", "PE-PUN"},
		{"province after a town", "en", "Rioters burned the count centre in Wabag. The government is flying soldiers to the province.", "the province", "PG-EPW"},
		{"same region after a town", "en", "Rights groups accused the army of abuses in the same region, his spokesman said in New York. They accused the army in the same region.", "the same region", ""},
		{"region after the dateline", "es", "LIMA, 8 dic – El Gobierno anunció el envío de 400 policías a la región.", "la región", ""},
		{"region after a capital standing for its government", "en", "Washington reaffirmed its commitment to the security of the region.", "the region", ""},
		{"region after a capital", "es", "Los manifestantes marcharon en Quito. La policía llegó a la región.", "la región", ""},
		{"region before a later town", "es", "Hubo combates en la región de Ayacucho. La policía detuvo a diez personas en Cusco. Los soldados llegaron a la región.", "la región", "PE-AYA"},
		// a village is no seat of government
		{"village no seat", "en", "Police in Mombasa fired tear gas. Gunmen later burned the village.", "the village", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := geocoded(t, g, c.lang, c.text)
			at := strings.LastIndex(d.Text, c.phrase)
			got := ""
			for i := range d.Places {
				p := &d.Places[i]
				if p.Start == at && IsAnaphor(p) {
					got = p.Adm1
					if d.Text[p.Start:p.End] != c.phrase {
						t.Errorf("span %q, want %q", d.Text[p.Start:p.End], c.phrase)
					}
				}
			}
			if got != c.want {
				t.Errorf("anaphor %q: adm1 %q, want %q (places %+v)", c.phrase, got, c.want, d.Places)
			}
		})
	}
}

// TestLandAnaphors: an unnamed part of the country ("en el norte del
// país", "in the northwest") is the country of the latest place named, at
// the country's own level; with no place before, nothing; a capitalised
// "Northeast" is a name, no anaphor.
func TestLandAnaphors(t *testing.T) {
	g := testGeocoder(t)
	cases := []struct {
		name, lang, text, phrase, want string // want: the country, "" for no place
	}{
		{"norte del país", "es", "Hubo combates cerca de Goma. El ejército desplegó tropas en el norte del país.", "el norte del país", "COD"},
		{"noroeste", "es", "El Gobierno de Bangui anunció que desplegará tropas adicionales en el noroeste.", "el noroeste", "CAF"},
		{"todo el país", "es", "Los maestros marcharon en Quito. Hubo paros en todo el país.", "todo el país", "ECU"},
		{"north of the country", "en", "Fighting broke out in Nigeria on Monday. Troops attacked camps in the north of the country.", "the north of the country", "NGA"},
		{"southwest", "en", "Gunmen attacked a bus near Quetta. Violence has risen in the southwest.", "the southwest", "PAK"},
		// the country the story names most, not the latest named
		{"story country", "es", "BOGOTÁ — Hubo marchas en Medellín y Cali. El presidente viajó a Washington mientras había paros en todo el país.", "todo el país", "COL"},
		// an island is no part of the latest country named ("China said ... around the island")
		{"the island", "en", "Washington approved the sale of missiles to Taiwan. China said it was conducting patrols in the waters around the island.", "the island", ""},
		{"no antecedent", "en", "Troops attacked rebel camps in the north of the country.", "the north of the country", ""},
		{"name", "en", "Protests spread across Mosul. Storms hit the Northeast.", "the Northeast", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := geocoded(t, g, c.lang, c.text)
			at := strings.LastIndex(d.Text, c.phrase)
			got := ""
			for i := range d.Places {
				if p := &d.Places[i]; p.Start == at && IsAnaphor(p) {
					got = p.Country
					if p.Adm1 != "" || p.Feature != "PCLI" {
						t.Errorf("%q: %s/%s, want the country's level", c.phrase, p.Feature, p.Adm1)
					}
				}
			}
			if got != c.want {
				t.Errorf("anaphor %q: country %q, want %q (places %+v)", c.phrase, got, c.want, d.Places)
			}
		})
	}
}

// TestFacilityNames: a square or palace named after a place or a person
// is a building or an open space, no gazetteer place ("Sukhbaatar Square"
// is not Sükhbaatar province, "la plaza Bolívar" not Bolívar state); the
// event falls back to its city or dateline. A bridge keeps its town: it is
// mostly named after where it stands.
func TestFacilityNames(t *testing.T) {
	g := testGeocoder(t)
	cases := []struct{ lang, text, name string }{
		{"en", "Protesters filled Sukhbaatar Square for a week.", "Sukhbaatar"},
		{"es", "Los manifestantes llegaron a la plaza Bolívar el lunes.", "Bolívar"},
		{"es", "El presidente recibió a los ministros en el palacio Quemado.", "Quemado"},
		// a month abbreviation in an agency dateline is no town
		{"en", "GAZA, Nov 18 (AFP) - Police arrested ten people.", "Nov"},
		{"es", "BOGOTA, Dic 8 (AFP) - La policía detuvo a diez personas.", "Dic"},
	}
	for _, c := range cases {
		d := geocoded(t, g, c.lang, c.text)
		at := strings.Index(d.Text, c.name)
		for i := range d.Places {
			if p := &d.Places[i]; p.Start <= at && at < p.End {
				t.Errorf("%q: %q read as the place %s/%s", c.text, c.name, p.Country, p.Adm1)
			}
		}
	}
}
