package actors

import "testing"

// Donors no demonym nor complement names ("donors", "los países
// donantes") are governments of unknown country, and foreign media
// ("foreign media outlets", "periodistas extranjeros") media of unknown
// country: their code is
// UnknownCountry and the role ("---GOV"), as gold-format.md codes an actor
// whose country the text does not tell, and their Country is empty (no
// country for exports and filters); a demonym or a complement names theirs.
func TestUnknownCountryDonors(t *testing.T) {
	r := std(t)
	runCases(t, r, []recCase{
		{name: "en donors", lang: "en", text: "In Sudan, the WFP asked donors for 250 million dollars.", want: []want{{"donors", "---GOV"}}},
		{name: "en international donors", lang: "en", text: "Bangladesh's government and the UNHCR appealed to international donors.", want: []want{{"international donors", "---GOV"}}},
		{name: "en Japanese donors", lang: "en", text: "In Sudan, the WFP asked Japanese donors for 250 million dollars.", want: []want{{"Japanese donors", "JPNGOV"}}},
		{name: "es países donantes", lang: "es", text: "En Sudán, el CICR pidió a los países donantes 120 millones de dólares.", want: []want{{"los países donantes", "---GOV"}}},
		{name: "en foreign media", lang: "en", text: "Cambodia deported an Australian photographer and warned foreign media outlets.", want: []want{{"foreign media outlets", "---MED"}, {"Australian photographer", "AUSMED"}}},
		{name: "es periodistas extranjeros", lang: "es", text: "Camboya expulsó a dos periodistas extranjeros.", want: []want{{"periodistas extranjeros", "---MED"}}},
		{name: "es donantes de Japón", lang: "es", text: "En Sudán, el PMA pidió a los donantes de Japón más fondos.", want: []want{{"los donantes de Japón", "JPNGOV"}}},
	})
	d := run(t, r, "en", "", "In Sudan, the WFP asked donors for 250 million dollars.")
	for _, a := range d.Actors {
		if a.Code == "---GOV" && a.Country != "" {
			t.Errorf("---GOV has country %q, want none", a.Country)
		}
	}
}
