package actors

import "testing"

// "official" before a noun is an adjective, and sports clubs named after a
// capital are no governments.
func TestOfficialAdjectiveAndSportsClubs(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en an official protest", lang: "en", text: "Britain lodged an official protest with Russia.", want: []want{{"Britain", "GBR"}, {"Russia", "RUS"}}, none: []string{"official"}},
		{name: "en the official death toll", lang: "en", text: "The official death toll rose to 40.", none: []string{"official"}},
		{name: "en an official is an actor", lang: "en", text: "An official said the talks had failed.", want: []want{{"official", "GOV"}}},
		{name: "en officials are actors", lang: "en", text: "Officials met the protesters.", want: []want{{"Officials", "GOV"}}},
		{name: "en Real Madrid", lang: "en", text: "Real Madrid beat Paris Saint-Germain on Tuesday.", none: []string{"Madrid", "Paris"}},
		{name: "en clubs of eastern capitals", lang: "en", text: "CSKA Moscow drew with Dynamo Kyiv and Legia Warsaw.", none: []string{"Moscow", "Kyiv", "Warsaw"}},
		{name: "en the capital still is the government", lang: "en", text: "Madrid protested to Paris.", want: []want{{"Madrid", "ESPGOV"}, {"Paris", "FRAGOV"}}},
		{name: "es Real Madrid", lang: "es", text: "El Real Madrid venció al Atlético de Madrid.", none: []string{"Madrid"}},
		{name: "es clubs of eastern capitals", lang: "es", text: "El CSKA de Moscú empató con el Dinamo de Kiev.", none: []string{"Moscú", "Kiev"}},
		{name: "es the capital still is the government", lang: "es", text: "Madrid respondió a Moscú.", want: []want{{"Madrid", "ESPGOV"}, {"Moscú", "RUSGOV"}}},
	})
}

// A place fronted before a comma leaves the noun after it an actor, of
// that place's country; a list of places after a preposition is all places.
func TestFrontedPlaceAndPlaceLists(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en fronted place before police", lang: "en", text: "In Kenya, police arrested two men.", want: []want{{"police", "KENCOP"}}},
		{name: "en fronted month before soldiers", lang: "en", text: "In March, soldiers burned the village.", want: []want{{"soldiers", "MIL"}}},
		{name: "en fronted place before a legislature", lang: "en", text: "In Washington, Congress approved the bill.", want: []want{{"Congress", "USALEG"}}},
		{name: "en place then police said", lang: "en", text: "Protests broke out in Nairobi, police said.", want: []want{{"police", "KENCOP"}}}, // (police act where the scene is)
		{name: "en list of capitals", lang: "en", text: "Protests spread in Moscow, Beijing and Tehran.", none: []string{"Moscow", "Beijing", "Tehran"}},
		{name: "es fronted place before the military", lang: "es", text: "En Caracas, los militares detuvieron a dos hombres.", want: []want{{"los militares", "VENMIL"}}},
		{name: "es list of capitals", lang: "es", text: "Hubo protestas en Moscú, Pekín y Teherán.", none: []string{"Moscú", "Pekín", "Teherán"}},
	})
}

// The Arabic article "al" written in lower case before an organisation's
// name.
func TestLowerCaseAl(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en al-Qaeda", lang: "en", text: "Officials blamed al-Qaeda for the attack.", want: []want{{"al-Qaeda", "IMGAQ"}}},
		{name: "en al Shabaab", lang: "en", text: "Troops fought al Shabaab near the border.", want: []want{{"al Shabaab", "SOMREB"}}},
		{name: "en al-Jazeera", lang: "en", text: "The minister told al-Jazeera the talks failed.", want: []want{{"al-Jazeera", "QATMED"}}},
		{name: "es al Qaeda", lang: "es", text: "Las autoridades culparon a al Qaeda del ataque.", want: []want{{"al Qaeda", "IMGAQ"}}},
	})
}

// Parties that have always governed stand for their government; "Western"
// before an agent names several countries.
func TestRulingPartiesAndWestern(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en Georgian Dream", lang: "en", text: "Georgian Dream, the governing party, accused the opposition of lying.", want: []want{{"Georgian Dream", "GEOGOV"}}},
		{name: "en United Russia", lang: "en", text: "United Russia backed the bill.", want: []want{{"United Russia", "RUSGOV"}}},
		{name: "en ZANU-PF", lang: "en", text: "ZANU-PF accused the opposition of violence.", want: []want{{"ZANU-PF", "ZWEGOV"}}},
		{name: "es Rusia Unida", lang: "es", text: "Rusia Unida apoyó la ley.", want: []want{{"Rusia Unida", "RUSGOV"}}},
		{name: "es PSUV", lang: "es", text: "El PSUV convocó una marcha en Caracas.", want: []want{{"PSUV", "VENGOV"}}},
		{name: "en Western embassies have no one country", lang: "en", text: "Georgia's government accused Western embassies of interfering.", want: []want{{"embassies", "GOV"}}},
		{name: "en western as a position is still a place", lang: "en", text: "Kenyan police fired tear gas in western Kenya.", want: []want{{"Kenyan police", "KENCOP"}}, none: []string{"western"}},
	})
}

// Spanish "menores" (minors) and "asistentes" (those attending) stand as
// nouns of people after a function word or a number; in the singular they
// are left out ("la menor idea", "el asistente del fiscal").
func TestMinorsAndAttendees(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es counted minors", lang: "es", text: "Dos menores murieron en el ataque.", want: []want{{"menores", "CVL"}}},
		{name: "es minors of age", lang: "es", text: "Tres menores de edad fueron detenidos.", want: []want{{"menores", "CVL"}}},
		{name: "es the attendees", lang: "es", text: "Los asistentes gritaron consignas contra el gobierno.", want: []want{{"Los asistentes", "CVL"}}},
		{name: "es minor injuries", lang: "es", text: "Sufrió heridas menores.", none: []string{"menores"}},
		{name: "es the least idea", lang: "es", text: "No tiene la menor idea.", none: []string{"menor"}},
		{name: "es the prosecutor's assistant", lang: "es", text: "El asistente del fiscal habló.", none: []string{"asistente"}},
	})
}
