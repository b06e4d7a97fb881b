package coder_test

import "testing"

// TestEventPlace: where an event is placed, to the first-level
// subdivision: a country named with a place of its own inside it takes the
// finer place; a country that aid is brought to takes the one subdivision
// of it that the sentence names; a clause naming no place takes the one
// place its sentence tells with a locative, when a party is of its
// country or no party has one; a locative of several words ("cerca de",
// "frente a las costas de", "off the coast of") places as one word does; a
// definite "the province" takes the province told before.
func TestEventPlace(t *testing.T) {
	cases := []struct{ lang, text, country, adm1 string }{
		{"es", "El ejército ruso atacó a las tropas ucranianas en Ucrania, cerca de Járkov.", "UKR", "*"},
		{"es", "Israel atacó a Hezbolá en el sur del Líbano, cerca de Nabatieh.", "LBN", "*"},
		{"en", "Canada flew medical supplies to Haiti on Friday after floods hit the Artibonite department.", "HTI", "HT-AR"},
		{"en", "Turkey provided humanitarian assistance to Syria after an earthquake destroyed buildings in Aleppo.", "SYR", "SY-HL"},
		{"es", "La policía peruana liberó el lunes a 20 mineros bolivianos que estaban retenidos en la región de Puno.", "PER", "PE-PUN"},
		{"en", "Floods hit Sindh province. Japan provided humanitarian assistance to Pakistani farmers in the province.", "PAK", "PK-SD"},
		// locatives of several words, read through genitive chains
		{"es", "Israel bombardeó el lunes posiciones de Hezbolá cerca de Nabatieh.", "LBN", "LB-NA"},
		{"es", "Un buque chino embistió el martes una patrulla filipina frente a las costas de Palawan.", "PHL", "PH-41"},
		{"es", "MADRID — Un grupo de piratas los secuestró frente a las costas de Santo Tomé y Príncipe.", "STP", ""},
		{"es", "Rusia atacó el lunes posiciones ucranianas al norte de Járkov.", "UKR", "UA-63"},
		{"en", "Argentina's navy seized two Chinese fishing boats on Tuesday off the coast of Chubut province.", "ARG", "AR-U"},
		{"en", "Russian forces shelled Ukrainian positions north of Kharkiv on Monday.", "UKR", "UA-63"},
		{"en", "Afghan police arrested five men on the outskirts of Kandahar on Monday.", "AFG", "AF-KAN"},
		// the town or region whose part an attack hits: the airport, the outskirts of a town
		{"es", "Drones rebeldes golpearon el martes el aeropuerto de Kandahar.", "AFG", "AF-KAN"},
		{"en", "Russian artillery shelled the outskirts of Kharkiv on Monday.", "UKR", "UA-63"},
		// force launched from a place happens there, unless the clause names where it struck
		{"en", "Iran fired two ballistic missiles from the outskirts of Tabriz on Sunday.", "IRN", "IR-03"},
		{"en", "Russian forces fired cruise missiles from the Black Sea at Odesa on Monday.", "UKR", "UA-51"},
		// Spanish names of regions that English names by a compass word
		{"es", "Hombres armados mataron el lunes a doce civiles en Kordofán del Sur.", "SDN", "SD-KS"},
		{"es", "Los rebeldes atacaron una aldea en Darfur del Norte.", "SDN", "SD-DN"},
		// a distance from a place places the act near it
		{"es", "La Armada argentina apresó el martes dos pesqueros chinos a unas 190 millas náuticas de Puerto Madryn.", "ARG", "AR-U"},
		{"es", "Un atentado mató el lunes a cinco policías afganos a 30 kilómetros de Kabul.", "AFG", "AF-KAB"},
		{"en", "Argentina's navy seized two Chinese boats 190 nautical miles from Puerto Madryn on Tuesday.", "ARG", "AR-U"},
		// a country's sea area is the country's, finer where the sentence names a region
		{"es", "La Armada apresó el martes dos pesqueros chinos en aguas argentinas.", "ARG", ""},
		{"en", "Japan's coast guard seized a Chinese fishing boat in Japanese territorial waters on Tuesday.", "JPN", ""},
		{"es", "La Armada argentina apresó el martes dos pesqueros chinos en aguas argentinas, frente a las costas de la provincia de Chubut.", "ARG", "AR-U"},
		// parties of no country are where their sentence places them
		{"es", "Un periodista fue asesinado a tiros el lunes cuando salía de su casa en Taxco, en el norte del estado de Guerrero.", "MEX", "MX-GRO"},
		{"en", "A journalist was shot dead on Monday as he left his home in Taxco, in the state of Guerrero.", "MEX", "MX-GRO"},
		// a locative opening the sentence, set off by a comma, places its acts whoever their parties
		{"es", "En San José, decenas de exiliados se concentraron el miércoles frente a la embajada de Nicaragua.", "CRI", "CR-SJ"},
		{"en", "In Madrid, hundreds of exiles rallied on Wednesday outside the Venezuelan embassy.", "ESP", "ES-MD"},
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
// belongs to the event it names, not to the act made conditional on it; a
// place after "junto a" (together with) or "alrededor de" (about) is none.
func TestNoEventPlace(t *testing.T) {
	cases := []struct{ lang, text, code string }{
		{"es", "Chile advirtió que expulsará a dos diplomáticos peruanos si el gobierno peruano no explica los disturbios ocurridos en Arequipa.", "136"},
		// "alrededor de", "junto a" are no locatives: "around 300 soldiers", "together with"
		{"es", "El gobierno peruano condenó el ataque junto a Chile.", "111"},
		{"es", "La policía peruana detuvo a alrededor de 300 migrantes de Venezuela.", "173"},
		// a place told in a phrase before the clause that no locative opens is no scene set
		{"es", "Tras la cumbre de Lima, decenas de exiliados se concentraron frente a la embajada de Nicaragua.", "141"},
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

// TestStoryPlace: an act told inside a nominal event that frames it ("in
// an ambush on a convoy in X on Sunday") takes the frame's place and day;
// a material act that no word of its sentence places takes the place of
// the story's latest placed material act, not the dateline; a statement
// keeps the dateline (it is said where its speaker is); a country "" wants
// no place.
func TestStoryPlace(t *testing.T) {
	cases := []struct{ lang, text, trigger, country, adm1, date string }{
		{"en", "Militants killed 12 soldiers in an ambush on a convoy in the Mopti region on Sunday.", "killed", "MLI", "ML-5", "2025-08-10"},
		{"es", "Disidentes mataron a tres policías en un ataque contra una patrulla en el departamento del Cauca el domingo.", "mataron", "COL", "CO-CAU", "2025-08-10"},
		// (past a modifier before the frame's noun: "at a flag meeting", "in a deadly ambush")
		{"en", "The border guard lodged a protest at a flag meeting with Indian troops in Lalmonirhat district on Sunday.", "lodged a protest", "BGD", "BD-F", "2025-08-10"},
		{"en", "Militants killed 12 soldiers in a deadly ambush on a convoy in the Mopti region on Sunday.", "killed", "MLI", "ML-5", "2025-08-10"},
		{"es", "QUITO — Indígenas bloquearon el lunes varias carreteras en la provincia de Imbabura. Tres policías resultaron heridos en los enfrentamientos. El ministro del Interior condenó la violencia.", "heridos", "ECU", "EC-I", ""},
		{"es", "QUITO — Indígenas bloquearon el lunes varias carreteras en la provincia de Imbabura. Tres policías resultaron heridos en los enfrentamientos. El ministro del Interior condenó la violencia.", "condenó", "ECU", "EC-P", ""},
		{"en", "NAIROBI — Police fired tear gas at protesters in Kisumu on Tuesday. Officers arrested 30 people, a police spokesman said. The interior minister condemned the violence.", "arrested", "KEN", "KE-17", ""},
		{"en", "NAIROBI — Police fired tear gas at protesters in Kisumu on Tuesday. Officers arrested 30 people, a police spokesman said. The interior minister condemned the violence.", "condemned", "KEN", "KE-30", ""},
		// a place joined to the source an act is reported by places the source,
		// not the act: the story's place stands
		{"es", "MALABO — Los vecinos se manifestaron el viernes en San Antonio de Palé. Los soldados han detenido a 30 vecinos, según la Asociación de Annoboneses en Madrid.", "detenido", "GNQ", "GQ-AN", ""},
		{"es", "MALABO — Los vecinos se manifestaron el viernes en San Antonio de Palé. Los soldados han detenido a 30 vecinos en Madrid.", "detenido", "ESP", "ES-MD", ""},
		// a locative opening a sentence ("In Caracas, ...") sets the scene of
		// the rest of its paragraph, words or deeds; a blank line ends it
		{"en", "GENEVA — The talks stalled. In Caracas, the opposition leader denounced the arrests. Hundreds of Venezuelan students marched to the electoral council on Thursday.", "marched", "VEN", "VE-A", ""},
		{"es", "MADRID — Las conversaciones se estancaron. En Caracas, el líder opositor denunció las detenciones. Cientos de estudiantes venezolanos marcharon el jueves hacia el consejo electoral.", "marcharon", "VEN", "VE-A", ""},
		{"en", "GENEVA — The talks stalled. In Caracas, the opposition leader denounced the arrests.\n\nHundreds of Venezuelan students marched to the electoral council on Thursday.", "marched", "", "", ""},
		// a place an act of another clause heads for ("hacia", "toward") is
		// no place of the sentence's other acts
		{"es", "El ejército dijo que atacó a milicianos que cavaban túneles y un depósito desde el que se disparó el viernes un cohete hacia Sderot que fue interceptado.", "atacó", "", "", ""},
		{"es", "El ejército dijo que atacó a milicianos que cavaban túneles y un depósito desde el que se disparó el viernes un cohete hacia Sderot que fue interceptado.", "disparó", "ISR", "IL-D", ""},
		// a place completing a participle that qualifies a noun ("llegados
		// desde Cusco") is where that participle's act was, not the clause's;
		// an act of an earlier sentence that stayed at the dateline keeps the
		// story there, past an older act placed elsewhere
		{"es", "LIMA — El Congreso aprobó la ley de amnistía para militares condenados por masacres de campesinos en la región de Ayacucho. Cientos de familiares llegados desde Cusco marcharon el miércoles hasta el Palacio Legislativo. La policía detuvo a cuatro jóvenes que lanzaron pintura contra la fachada.", "marcharon", "PER", "PE-LMA", ""},
		{"es", "LIMA — El Congreso aprobó la ley de amnistía para militares condenados por masacres de campesinos en la región de Ayacucho. Cientos de familiares llegados desde Cusco marcharon el miércoles hasta el Palacio Legislativo. La policía detuvo a cuatro jóvenes que lanzaron pintura contra la fachada.", "detuvo", "PER", "PE-LMA", ""},
		{"es", "LIMA — Cientos de familiares de víctimas marcharon el miércoles en Cusco. La policía detuvo a cuatro jóvenes.", "detuvo", "PER", "PE-CUS", ""},
		// police or troops sent to a place (153, 154) are deployed there, not
		// where they come from nor where another clause is placed
		{"es", "LIMA — Cientos de simpatizantes quemaron llantas en Juliaca. El primer ministro anunció el envío de 400 policías a la región y dijo que recibirá a los dirigentes en Lima.", "envío de 400 policías", "PER", "PE-PUN", ""},
		{"en", "NAIROBI — The government said it would send 500 soldiers to Mandera county from Nairobi.", "send 500 soldiers", "KEN", "KE-24", ""},
		{"en", "SARAJEVO — The EU force said it would bring in reserve troops from Austria and Italy.", "bring in reserve troops", "", "", ""},
		// local people told by their town act there, not at the dateline
		{"es", "LIMA — Pobladores del distrito de Juliaca bloquearon el martes la carretera a Arequipa para exigir agua.", "bloquearon el martes la carretera", "PER", "PE-PUN", "2025-08-12"},
		{"en", "NAIROBI — Residents of the town of Garissa blocked a highway on Monday to demand water.", "blocked a highway", "KEN", "KE-07", "2025-08-11"},
		{"en", "BISHKEK — About 200 residents of the Tajik exclave of Vorukh gathered outside the local administration building on Monday to protest.", "gathered outside", "TJK", "TJ-SU", "2025-08-11"},
		{"es", "BISKEK — Unos 200 vecinos del enclave tayiko de Vorukh se concentraron el lunes ante el edificio de la administración local para protestar.", "concentraron", "TJK", "TJ-SU", "2025-08-11"},
		// an act at a border, told from a capital's dateline, lies where the
		// next sentences place the story in the dateline's country
		{"en", "NAIROBI — Kenyan and Somali troops exchanged fire along the border on Monday. Several shops were burned in Mandera county, officials said.", "exchanged fire", "KEN", "KE-24", ""},
		{"es", "LIMA — Soldados peruanos y ecuatorianos se enfrentaron el lunes en la frontera. Dos casas ardieron en la región de Tumbes, según la policía.", "enfrentaron", "PER", "PE-TUM", ""},
		{"en", "BANGKOK — Thai and Cambodian troops exchanged fire along the border on Monday. Cambodia said Thai shells hit a village in Oddar Meanchey province.", "exchanged fire", "THA", "TH-10", ""},
		// a border told in a relative clause on a party tells about the
		// party, not where the act is: the dateline stands
		{"en", "PHNOM PENH — Cambodia has deported a Japanese correspondent who had reported on scam compounds near the Thai border. The correspondent was detained on Friday at a guesthouse in Samraong, in Oddar Meanchey province.", "deported", "KHM", "KH-12", ""},
		{"es", "NOM PEN — Camboya expulsó a un corresponsal japonés que había informado sobre centros de estafa cerca de la frontera con Tailandia. El corresponsal fue detenido el viernes en una pensión de Samraong, en la provincia de Oddar Meanchey.", "expulsó", "KHM", "KH-12", ""},
		// an unnamed part of the country is the country of the place named before
		{"es", "Rebeldes atacaron el lunes la ciudad de Bossangoa. El Gobierno centroafricano anunció que desplegará tropas adicionales en el noroeste.", "desplegará", "CAF", "", ""},
		{"en", "Fighting broke out in Nigeria on Monday. Nigerian troops attacked rebel camps in the north of the country.", "attacked", "NGA", "", ""},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-08-13", c.text)
		found := false
		for _, e := range d.Events {
			if tr := d.Text[e.Evidence.Trigger.Start:e.Evidence.Trigger.End]; tr != c.trigger {
				continue
			}
			found = true
			if l := e.Location; c.country == "" && l != nil {
				t.Errorf("%q: %q placed at %+v, want no place", c.text, c.trigger, l)
			} else if c.country != "" && (l == nil || l.Country != c.country || l.Adm1 != c.adm1) {
				t.Errorf("%q: %q placed at %+v, want %s/%s", c.text, c.trigger, l, c.country, c.adm1)
			}
			if c.date != "" && e.Date != c.date {
				t.Errorf("%q: %q dated %q, want %s", c.text, c.trigger, e.Date, c.date)
			}
		}
		if !found {
			t.Errorf("%q: no event with trigger %q", c.text, c.trigger)
		}
	}
}

// TestThroughPlace: a march or act told through, across or throughout a
// place ("marched through Kisumu") happens there, not at the dateline.
// (Spanish "por" is not read so: its agent phrases hold places, "autorizada
// por el gobierno de Chile", and took them for the event's.)
func TestThroughPlace(t *testing.T) {
	cases := []placeCase{
		{"en", "NAIROBI — Thousands of protesters marched through Kisumu on Monday.", "marched", "KE-17"},
		{"en", "NAIROBI — Police arrested dozens of protesters across Mombasa on Monday.", "arrested", "KE-28"},
	}
	placedAs(t, "2025-08-13", true, cases)
}

// TestReportedPlace: a place told with the verb of saying ("dijo en
// Quito que ...") is where the words were said, not where a material act
// they report happened; a stance they report is told there.
func TestReportedPlace(t *testing.T) {
	cases := []placeCase{
		{"es", "El ministro informó en Quito que los manifestantes bloquearon la carretera el lunes.", "bloquearon la carretera", ""},
		{"en", "The minister said in Nairobi that police had arrested 40 protesters on Monday.", "arrested", ""},
		{"en", "Australia's trade minister told reporters in Canberra that her government remained open to talks with Beijing.", "talks", "AUS"},
		// a locative set off between the source and its verb tells where the
		// source acted, though no party is of its country; one after the
		// verb names the content's place
		{"es", "SAN SALVADOR, 18 feb – El Gobierno expulsó a MSF. MSF rechazó las acusaciones. Su director para Centroamérica, desde Ciudad de Guatemala, pidió al Gobierno reconsiderar la decisión.", "pidió", "GTM"},
		{"en", "SAN SALVADOR, Feb 18 - El Salvador's government expelled MSF. The U.N. rights chief, in Geneva, urged El Salvador to free the detainees.", "urged", "CHE"},
		{"es", "SAN SALVADOR, 18 feb – El Gobierno expulsó a MSF. La ONU pidió a El Salvador liberar a los presos de Ciudad de Guatemala.", "pidió a El Salvador liberar", "SLV"},
	}
	placedAs(t, "2025-08-13", false, cases)
}

// TestCapitalSpeakerPlace: a government named by its capital that
// speaks, reproaches, threatens or cuts ties ("Moscow summoned Norway's
// ambassador") does so at home, not at the dateline; a place the clause
// names still wins, and a material act or a source not named by its
// capital keeps the dateline.
func TestCapitalSpeakerPlace(t *testing.T) {
	cases := []placeCase{
		{"en", "OSLO, Dec 9 - Norwegian police arrested a Russian citizen on Sunday. On Thursday, Moscow summoned Norway's ambassador.", "summoned Norway's ambassador", "RUS"},
		{"en", "OSLO, Dec 9 - Norwegian police arrested a Russian citizen on Sunday. Moscow warned Norway of an adequate response.", "warned", "RUS"},
		{"es", "OSLO, 9 dic - La policía noruega detuvo el domingo a un ciudadano ruso. Moscú convocó el jueves al embajador de Noruega.", "convocó el jueves al embajador", "RUS"},
		{"es", "QUITO, 9 dic - La policía ecuatoriana detuvo el domingo a dos ciudadanos colombianos. Bogotá criticó al Gobierno ecuatoriano.", "criticó", "COL"},
		// negative: the place the clause names, a source not named by its capital
		{"en", "OSLO, Dec 9 - Norwegian police arrested a Russian citizen on Sunday. Moscow criticised Norway at the United Nations in Geneva.", "criticised", "CHE"},
		{"en", "OSLO, Dec 9 - Norwegian police arrested a Russian citizen on Sunday. Russia's embassy criticised Norway.", "criticised", "NOR"},
	}
	placedAs(t, "2025-12-09", false, cases)
	// the capital, not a place another clause of its sentence names
	placedAs(t, "2025-12-09", true, []placeCase{
		{"en", "TOKYO, Dec 9 - A Chinese drone entered Japan's airspace near Yonaguni, the ministry said, and Tokyo lodged a formal protest with Beijing.", "lodged a formal protest", "JP-13"},
		{"es", "TOKIO, 9 dic - Un dron chino entró en el espacio aéreo japonés cerca de Yonaguni, y Tokio presentó una protesta formal ante Pekín.", "presentó una protesta", "JP-13"},
	})
}

// TestPurposePlace: an act told by a purpose infinitive happens at the
// destination named right before it ("viajará a X para reunirse", "flew
// to X on Monday to meet"), or at the area a phrase like "la zona" points
// back to.
func TestPurposePlace(t *testing.T) {
	cases := []placeCase{
		{"en", "The army chief flew to Goma on Monday to meet rebel commanders.", "meet", "CD-NK"},
		{"es", "El ministro viajará el viernes a Cajamarca para reunirse con los dirigentes campesinos.", "reunirse", "PE-CAJ"},
		{"es", "Los campesinos bloquearon la vía en la región de Puno. El ministro de Agricultura viajará el viernes a la zona para reunirse con los dirigentes campesinos.", "reunirse", "PE-PUN"},
	}
	placedAs(t, "2025-08-13", true, cases)
}

// TestLandAnaphor: an unnamed part of the country ("in the north of the
// country", "in the country's northwest", "en el norte del país") is the
// country of a place before it in the sentence, else of the actors that
// name their country there when the story's land is none of theirs
// (a dateline from a regional bureau or Geneva), else the story's land.
func TestLandAnaphor(t *testing.T) {
	cases := []struct{ lang, text, phrase, country string }{
		{"en", "GENEVA, March 12 - A U.N. mission said Burkina Faso's army executed 180 civilians in the north of the country last year.", "the north of the country", "BFA"},
		{"en", "NAIROBI, March 12 - The army of Ethiopia clashed with militias in the country's northwest, residents said.", "the country's northwest", "ETH"},
		{"es", "GINEBRA, 12 mar - Una misión de la ONU dijo que el ejército de Burkina Faso ejecutó a 180 civiles en el norte del país.", "el norte del país", "BFA"},
		// negative: a country named by its adjective may act abroad; the
		// story's land named in the sentence keeps it
		{"en", "KYIV, March 12 - Russian forces struck energy targets in the east of the country on Tuesday, Ukrainian officials said.", "the east of the country", "UKR"},
		{"en", "KYIV, March 12 - Russia's army struck energy targets in the east of the country on Tuesday, Ukrainian officials said.", "the east of the country", "UKR"},
		{"es", "KIEV, 12 mar - Las fuerzas rusas atacaron instalaciones eléctricas en el este del país, dijeron funcionarios ucranianos.", "el este del país", "UKR"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2026-03-12", c.text)
		found := false
		for _, p := range d.Places {
			if d.Text[p.Start:p.End] == c.phrase {
				found = true
				if p.Country != c.country {
					t.Errorf("%q: %q is %s, want %s", c.text, c.phrase, p.Country, c.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: no place %q", c.text, c.phrase)
		}
	}
}

// placeCase is a sentence, the trigger of its events to check, and the
// country (or first-level code) they must be placed in; "" wants no place.
type placeCase struct{ lang, text, trigger, want string }

// placedAs runs each case with the article date and checks the country of
// every event its trigger gives, or the first-level code with adm1.
func placedAs(t *testing.T, date string, adm1 bool, cases []placeCase) {
	t.Helper()
	for _, c := range cases {
		d := run(t, c.lang, date, c.text)
		for _, e := range triggered(t, d, c.trigger) {
			got := ""
			if l := e.Location; l != nil && adm1 {
				got = l.Adm1
			} else if l != nil {
				got = l.Country
			}
			if got != c.want {
				t.Errorf("%q: %q placed at %+v, want %q", c.text, c.trigger, e.Location, c.want)
			}
		}
	}
}
