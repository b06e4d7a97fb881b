package actors

import "testing"

// One who acts in law for a client, after a possessive ("sus abogados",
// "his lawyers"), is coded as the client the possessive stands for, not
// as a court; so is a person's spokesman. A state body's spokesman stays
// that body's, and a lawyer with no possessive takes no client.
func TestCounselActsForClient(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es sus defensores son el detenido", lang: "es", text: "El opositor nicaragüense Félix Maradiaga fue detenido. Sus defensores presentaron un amparo.", want: []want{{"Félix Maradiaga", "NICOPP"}, {"Sus defensores", "NICOPP"}}},
		{name: "es su abogado es el condenado", lang: "es", text: "El opositor nicaragüense Félix Maradiaga fue condenado. Su abogado anunció que apelará.", want: []want{{"Su abogado", "NICOPP"}}},
		{name: "es el portavoz de una persona es esa persona", lang: "es", text: "El opositor nicaragüense Félix Maradiaga fue condenado. Su portavoz acusó al Gobierno.", want: []want{{"Su portavoz", "NICOPP"}}},
		{name: "es el portavoz de un gobierno sigue gobierno", lang: "es", text: "El Gobierno de Nicaragua condenó la medida. Su portavoz acusó a Estados Unidos.", want: []want{{"Su portavoz", "NICGOV"}}},
		{name: "es un abogado sin posesivo no toma cliente", lang: "es", text: "El opositor nicaragüense Félix Maradiaga fue condenado. El abogado del Estado pidió diez años.", want: []want{{"El abogado", "NICJUD"}}},
		{name: "en his lawyers are the defendant", lang: "en", text: "Nicaraguan opposition leader Felix Maradiaga was sentenced. His lawyers filed an appeal.", want: []want{{"His lawyers", "NICOPP"}}},
		{name: "en a person's spokesman is that person", lang: "en", text: "Nicaraguan opposition leader Felix Maradiaga was sentenced. His spokesman accused the government.", want: []want{{"His spokesman", "NICOPP"}}},
		{name: "en a government's spokesman stays the government", lang: "en", text: "Kenya's government rejected the report. Its spokesman accused the UN of bias.", want: []want{{"Its spokesman", "KENGOV"}}},
	})
}
