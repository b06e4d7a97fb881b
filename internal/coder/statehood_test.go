package coder_test

import "testing"

// TestStatehood: a country named as a party of a diplomatic act stands for
// its government, and so does one accused or criticised or whose border is
// closed; one that aid reaches and one attacked stay the country as named, and so does a country's people named by a plural
// demonym.
func TestStatehood(t *testing.T) {
	cases := []struct{ lang, text, source, target string }{
		{"es", "Bolivia pidió a Estados Unidos que apoye el diálogo.", "BOLGOV", "USAGOV"},
		{"en", "Chile suspended cooperation with Peru.", "CHLGOV", "PERGOV"},
		{"es", "El gobierno de Chile llamó a consultas a su embajador en Argentina.", "CHLGOV", "ARGGOV"},
		// a plural demonym standing as a noun is the country's people, not its state
		{"es", "Cientos de peruanos exigieron a Chile la devolución de los restos.", "PER", "CHLGOV"},
		{"es", "Miles de ecuatorianos pidieron ayuda al gobierno español.", "ECU", "ESPGOV"},
		{"en", "Thousands of Bolivians demanded that Chile open the border.", "BOL", "CHLGOV"},
		{"en", "Japan pledged emergency aid to the Philippines.", "JPNGOV", "PHL"},
		{"en", "Russia attacked Ukraine on Tuesday.", "RUS", "UKR"},
		{"en", "Thailand ordered all border checkpoints with Cambodia closed.", "THAGOV", "KHMGOV"},
		{"en", "China imposed tariffs on Canadian canola oil.", "CHNGOV", "CANGOV"},
		{"es", "Pakistán cerró el paso fronterizo con Afganistán.", "PAKGOV", "AFGGOV"},
		{"en", "Iran accused Israel of sabotage.", "IRNGOV", "ISRGOV"},
		{"es", "Venezuela criticó a Colombia por el cierre de la frontera.", "VENGOV", "COLGOV"},
		// a country that grants asylum or sends relief, puts forces on
		// alert or deploys them, or coerces (seizes, expels) acts as a
		// state; one that helps in general or sends military aid, or
		// shows force, stays as named; the country reached stays as named
		{"en", "Germany granted asylum to a Turkish journalist.", "DEUGOV", "TURMED"},
		{"es", "España envió 30 toneladas de alimentos a Cuba.", "ESPGOV", "CUB"},
		{"en", "Hungary expelled two Ukrainian diplomats.", "HUNGOV", "UKRGOV"},
		{"es", "Colombia desplegó 3.000 soldados en la frontera con Venezuela.", "COLGOV", "-"},
		{"en", "Lithuania put its army on alert.", "LTUGOV", "-"},
		{"en", "North Korea sent troops to Russia.", "PRK", "RUS"},
		{"en", "Russia held military exercises near Finland.", "RUS", "FIN"},
		// a country that fires or tests a weapon does so by its armed
		// forces (option armed); an exercise stays as named
		{"en", "North Korea fired a ballistic missile into the sea.", "PRKMIL", "-"},
		{"es", "Irán probó un misil de largo alcance.", "IRNMIL", "-"},
		{"en", "South Korea fired warning shots at North Korean soldiers.", "KORMIL", "PRKMIL"},
		// a protest abroad that names no one is against the host country;
		// a legislature named only as where a protest gathers is no target:
		// the protest is aimed at the government
		{"en", "British activists staged a protest in Beijing.", "GBRCVL", "CHN"},
		{"es", "Estudiantes peruanos marcharon en Santiago de Chile.", "PEREDU", "CHL"},
		{"en", "Kenyan protesters gathered outside parliament.", "KENCVL", "KENGOV"},
		{"es", "Miles de maestros de Paraguay se manifestaron frente al Congreso.", "PRYEDU", "PRYGOV"},
		// a protest whose patient is a place of the doers' own country is
		// aimed at its government; force on such a place keeps the country
		{"es", "Los transportistas peruanos paralizaron el servicio urbano de Arequipa.", "PERLAB", "PERGOV"},
		{"es", "Los guerrilleros atacaron el cuartel de Arequipa.", "PERREB", "PER"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-08-13", c.text)
		if len(d.Events) != 1 || d.Events[0].Source == nil || (d.Events[0].Target == nil) != (c.target == "-") {
			t.Errorf("%q: want one event with its parties, got %d", c.text, len(d.Events))
			continue
		}
		e := &d.Events[0]
		tgt := "-"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		if e.Source.Code != c.source || tgt != c.target {
			t.Errorf("%q: %s -> %s %s, want %s -> %s", c.text, e.Source.Code, tgt, e.Cameo, c.source, c.target)
		}
	}
}

// TestForeignOrganState: a state's word on an act of another state's police
// or courts that its sentence does not name them in is addressed to that
// state's government; a body named in the sentence stays as named. A
// demand for the release of people a state holds is made on its
// government.
func TestForeignOrganState(t *testing.T) {
	cases := []struct{ lang, text, code, target string }{
		{"es", "La policía de Nicaragua detuvo al periodista el lunes. El gobierno de Costa Rica calificó la detención de arbitraria.", "111", "NICGOV"},
		// a protest called off whose patient was a place of the protesters'
		// own country yields to its government, as the protest was aimed
		{"es", "Los transportistas peruanos paralizaron el servicio urbano de Arequipa. Al día siguiente, los gremios de transporte levantaron el paro.", "082", "PERGOV"},
		{"es", "La policía de Nicaragua detuvo al periodista el lunes. El gobierno de Costa Rica criticó a la policía nicaragüense.", "111", "NICCOP"},
		{"en", "Norwegian police arrested a Russian citizen near the naval base on Sunday. Russia's embassy in Oslo called the arrest a provocation.", "111", "NORGOV"},
		{"en", "Norwegian police arrested a Russian citizen on Sunday. Russia's embassy criticised the Norwegian police.", "111", "NORCOP"},
		// a demand for the release of people held by a state's police, or
		// of people with no captor found, is made on that state's government;
		// one on an armed group that holds them stays on the group
		{"es", "La policía detuvo a 30 manifestantes en Asunción. La Coordinadora de Derechos Humanos del Paraguay reclamó la liberación de los detenidos.", "1053", "PRYGOV"},
		{"es", "El ELN secuestró a cuatro trabajadores colombianos. Venezuela pidió la liberación de los trabajadores.", "0253", "COLREB"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-08-13", c.text)
		got := partyCode(d, c.code, true)
		if got != c.target {
			t.Errorf("%q: %s target %q, want %s", c.text, c.code, got, c.target)
		}
	}
}

// TestStateSides: a diplomatic act addressed to "the two sides" of a clash
// between two armies reaches their governments; a clash told again stays
// between the armies.
func TestStateSides(t *testing.T) {
	d := run(t, "es", "2025-08-13", "Soldados de Etiopía dispararon contra tropas de Eritrea en la frontera. Kenia llamó a las dos partes a la calma.")
	want := map[string]bool{"ETHGOV": true, "ERIGOV": true}
	for _, e := range d.Events {
		if e.Cameo[:2] != "02" {
			continue
		}
		if e.Target == nil {
			t.Errorf("appeal %s with no target", e.Cameo)
			continue
		}
		if !want[e.Target.Code] {
			t.Errorf("appeal %s to %s, want ETHGOV and ERIGOV", e.Cameo, e.Target.Code)
		}
		delete(want, e.Target.Code)
	}
	if len(want) > 0 {
		t.Errorf("no appeal to %v", want)
	}
}

// TestBothGovernments: an appeal to "both governments" reaches the
// governments of the two countries of the story's pair, even when the
// pair's last act was between others of those countries (activists at an
// embassy).
func TestBothGovernments(t *testing.T) {
	d := run(t, "en", "2025-08-13", "Kenyan activists protested outside the Ugandan embassy in Nairobi. The African Union urged both governments to talk.")
	want := map[string]bool{"KENGOV": true, "UGAGOV": true}
	for _, e := range d.Events {
		if e.Cameo[:2] != "02" {
			continue
		}
		if e.Target == nil || !want[e.Target.Code] {
			t.Errorf("appeal %s to %v, want KENGOV and UGAGOV", e.Cameo, e.Target)
			continue
		}
		delete(want, e.Target.Code)
	}
	if len(want) > 0 {
		t.Errorf("no appeal to %v", want)
	}
}
