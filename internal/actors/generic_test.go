package actors

import "testing"

// Generic groups of people: counted, qualified by a country, adjectives
// standing as nouns, and the words that look like them but are not actors.
func TestGenericGroups(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es counted people", lang: "es", text: "En Lima, más de 2.000 personas marcharon y miles de personas aplaudieron.", want: []want{{"personas", "PERCVL"}}},
		{name: "es number word", lang: "es", text: "Cinco hombres fueron hallados muertos.", want: []want{{"hombres", "CVL"}}},
		{name: "es one person as the personal object is a civilian", lang: "es", text: "Los atacantes mataron a una persona.", want: []want{{"persona", "CVL"}}},
		{name: "es one person elsewhere is not counted", lang: "es", text: "Una persona cercana al gobierno dijo que la vida de un hombre vale poco.", none: []string{"persona", "hombre"}},
		{name: "es uncounted people are not actors", lang: "es", text: "La gente dice que las personas mayores votan más.", none: []string{"gente", "personas"}},
		{name: "en counted people", lang: "en", text: "At least 47 people were killed and hundreds of people fled.", want: []want{{"people", "CVL"}}},
		{name: "en people's republic", lang: "en", text: "The People's Republic of China said people like it.", want: []want{{"People's Republic of China", "CHN"}}, none: []string{"people"}},
		{name: "es farmers", lang: "es", text: "Los campesinos bolivianos bloquearon la ruta y los cocaleros se sumaron.", want: []want{{"Los campesinos bolivianos", "BOLAGR"}, {"los cocaleros", "BOLAGR"}}},
		{name: "en farmers", lang: "en", text: "Kenyan farmers and herders clashed.", want: []want{{"Kenyan farmers", "KENAGR"}}},
		{name: "es workers", lang: "es", text: "Los empleados y los controladores aéreos argentinos pararon.", want: []want{{"los controladores aéreos argentinos", "ARGLAB"}}},
		{name: "es armed men", lang: "es", text: "Hombres armados y pistoleros atacaron el pueblo.", want: []want{{"Hombres armados", "UAF"}, {"pistoleros", "UAF"}}},
		{name: "en gunmen", lang: "en", text: "Unidentified gunmen and armed men opened fire.", want: []want{{"gunmen", "UAF"}, {"armed men", "UAF"}}},
		{name: "es criminals", lang: "es", text: "Los delincuentes y la mafia local extorsionaban.", want: []want{{"Los delincuentes", "CRM"}, {"la mafia", "CRM"}}},
		{name: "en criminals", lang: "en", text: "Criminal elements and bandits attacked witnesses.", want: []want{{"Criminal elements", "CRM"}, {"bandits", "CRM"}, {"witnesses", "CVL"}}},
		{name: "en criminal as adjective", lang: "en", text: "The criminal investigation began.", none: []string{"criminal"}},
		{name: "es chemical agents", lang: "es", text: "Usaron agentes químicos; luego los agentes detuvieron a tres hombres.", want: []want{{"los agentes", "COP"}}, none: []string{"químicos"}},
		{name: "es hostages and passengers", lang: "es", text: "Los rehenes y los pasajeros fueron liberados.", want: []want{{"Los rehenes", "CVL"}, {"los pasajeros", "CVL"}}},
	})
}

// Adjectives and participles are agents where they stand as nouns only.
func TestNominalAgents(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es military noun", lang: "es", text: "Los militares rodearon la plaza.", want: []want{{"Los militares", "MIL"}}},
		{name: "es military adjective", lang: "es", text: "La operación militar terminó.", none: []string{"militar"}},
		{name: "es military adjective with country", lang: "es", text: "Llegaron asesores militares rusos.", want: []want{{"militares rusos", "RUSMIL"}}},
		{name: "es unknown people", lang: "es", text: "Desconocidos incendiaron un autobús por motivos desconocidos.", want: []want{{"Desconocidos", "CVL"}}, none: []string{"motivos desconocidos"}},
		{name: "es hooded and uniformed", lang: "es", text: "Los encapuchados lanzaron piedras contra los uniformados.", want: []want{{"Los encapuchados", "CVL"}, {"los uniformados", "COP"}}},
		{name: "es detainees", lang: "es", text: "Dos detenidos denunciaron malos tratos; cinco jóvenes fueron detenidos.", want: []want{{"detenidos", "CVL"}}, none: []string{"fueron detenidos"}},
		{name: "es adjective in a name", lang: "es", text: "Ganó la Liga Deportiva Universitaria de Quito.", none: []string{"Universitaria"}},
		{name: "es adjective before its noun", lang: "es", text: "La uniformada policía Metropolitana llegó.", want: []want{{"policía Metropolitana", "COP"}}, none: []string{"uniformada"}},
		{name: "es adjective after a quote", lang: "es", text: "Criticó el 'corralito' bancario.", none: []string{"bancario"}},
		{name: "es coordinated adjectives", lang: "es", text: "Ofreció ayuda económica y militar.", none: []string{"militar"}},
		{name: "es coordinated nouns", lang: "es", text: "Murieron civiles y militares.", want: []want{{"militares", "MIL"}}},
		{name: "es terrorist adjective", lang: "es", text: "Atacaron la infraestructura terrorista y mataron a diez terroristas.", want: []want{{"terroristas", "REB"}}, none: []string{"infraestructura"}},
	})
}

// Country of a generic actor: a demonym, a place complement, the context.
func TestGenericCountries(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es demonym", lang: "es", text: "Policías chilenos detuvieron a estudiantes venezolanos.", want: []want{{"Policías chilenos", "CHLCOP"}, {"estudiantes venezolanos", "VENEDU"}}},
		{name: "en premodifier", lang: "en", text: "Kenyan police fired tear gas at students.", want: []want{{"Kenyan police", "KENCOP"}, {"students", "KENEDU"}}},
		{name: "es place complement", lang: "es", text: "Los vecinos de Caracas protestaron.", want: []want{{"Los vecinos de Caracas", "VENCVL"}}},
		{name: "en place complement", lang: "en", text: "Residents of Nairobi protested.", want: []want{{"Residents of Nairobi", "KENCVL"}}},
		{name: "es complement naming a small town the story placed", lang: "es", text: "El ELN atacó el municipio de Fortul, en el departamento de Arauca. Los civiles venezolanos huyeron. Vecinos de Fortul marcharon el martes.", want: []want{{"Vecinos", "COLCVL"}}},
		{name: "es counted people take the story's country", lang: "es", text: "Bolivia vive una crisis. Unas 5.000 personas marcharon.", want: []want{{"personas", "BOLCVL"}}},
		{name: "es supporters of a titled person", lang: "es", text: "Los partidarios de la presidenta Dina Boluarte marcharon.", want: []want{{"Los partidarios de la presidenta Dina Boluarte", "PERCVL"}}},
		{name: "es a news agency's staff give no country", lang: "es", text: "Hirieron a un fotógrafo de la AFP y a tres manifestantes.", want: []want{{"manifestantes", "CVL"}}},
		{name: "en a demonym after a verb is not the agent's", lang: "en", text: "Settlers attacked Palestinian farmers.", want: []want{{"Palestinian farmers", "PSEAGR"}}, none: []string{"Settlers attacked"}},
	})
}

// Capitals stand for governments; headlines in capitals make no names.
// Names and demonyms several countries share are read by the countries the
// story names (kinds sharedname, shareddemonym).
func TestSharedCountryForms(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es guineano in a Guinea-Bissau story", lang: "es", text: "El ejército de Guinea-Bisáu patrulla Bisáu. Angola apoyó al gobierno guineano.", want: []want{{"al gobierno guineano", "GNBGOV"}}},
		{name: "es guineano alone is Guinea", lang: "es", text: "El ministro guineano viajó a Dakar.", want: []want{{"El ministro guineano", "GINGOV"}}},
		{name: "es guineano in an Equatorial Guinea story", lang: "es", text: "Malabo negó las acusaciones y la policía guineana detuvo a dos periodistas.", want: []want{{"la policía guineana", "GNQCOP"}}},
		{name: "es Guinea named after Guinea Ecuatorial", lang: "es", text: "Guinea Ecuatorial celebra elecciones. España pidió a Guinea transparencia.", want: []want{{"Guinea", "GNQ"}}},
		{name: "en Guinean in a Guinea-Bissau story", lang: "en", text: "Soldiers in Guinea-Bissau detained the Guinean army chief.", want: []want{{"the Guinean army chief", "GNBMIL"}}},
		{name: "es congoleño in a DRC story", lang: "es", text: "El presidente de la RDC, en Kinshasa, dijo que las tropas congoleñas avanzan.", want: []want{{"las tropas congoleñas", "CODMIL"}}},
		{name: "en Congolese army after Kinshasa", lang: "en", text: "Kinshasa accused Rwanda and the Congolese army said it repelled an attack.", want: []want{{"the Congolese army", "CODMIL"}}},
		{name: "en Congolese in a Brazzaville story", lang: "en", text: "Brazzaville said Congolese police made arrests.", want: []want{{"Congolese police", "COGCOP"}}},
		{name: "en Sarkozy in office is France's government", lang: "en", date: "2008-08-06", text: "Sarkozy heads to Beijing on Friday.", want: []want{{"Sarkozy", "FRAGOV"}}},
		{name: "en Sarkozy after office is elite", lang: "en", date: "2015-03-01", text: "Sarkozy heads to Beijing on Friday.", want: []want{{"Sarkozy", "FRAELI"}}},
		{name: "es congoleño in a story told from Goma", lang: "es", text: "En Goma, soldados congoleños atacaron a los rebeldes.", want: []want{{"soldados congoleños", "CODMIL"}}},
		{name: "en Congolese near Goma", lang: "en", text: "Congolese soldiers attacked rebels near Goma.", want: []want{{"Congolese soldiers", "CODMIL"}}},
		{name: "es congoleño near Pointe-Noire", lang: "es", text: "En Pointe-Noire, soldados congoleños detuvieron a dos periodistas.", want: []want{{"soldados congoleños", "COGMIL"}}},
		{name: "es Congo, a country, is no town of its own", lang: "es", text: "El Congo celebró elecciones y el presidente congoleño votó.", want: []want{{"el presidente congoleño", "COGGOV"}}},
		{name: "es sudanés in a South Sudan story", lang: "es", text: "Sudán del Sur vive otra crisis en Yuba; el ejército sudanés atacó a los rebeldes.", want: []want{{"el ejército sudanés", "SSDMIL"}}},
		{name: "en Sudanese before South Sudan existed", lang: "en", date: "1995-03-01", text: "Sudanese rebels shelled Juba.", want: []want{{"Sudanese rebels", "SDNREB"}}},
		{name: "en Sudanese army is Sudan's", lang: "en", text: "The Sudanese army fought the RSF near Khartoum.", want: []want{{"The Sudanese army", "SDNMIL"}}},
		{name: "es coreano in a North Korea story", lang: "es", text: "Pyongyang lanzó un misil y el líder coreano supervisó la prueba.", want: []want{{"el líder coreano", "PRKGOV"}}},
		{name: "en Korean alone is South Korea", lang: "en", text: "Korean police arrested two men.", want: []want{{"Korean police", "KORCOP"}}},
	})
}

func TestCapitalsAndHeadlines(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en capitals", lang: "en", text: "Tehran said it would respond, while Washington warned Minsk and Kinshasa.", want: []want{{"Tehran", "IRNGOV"}, {"Washington", "USAGOV"}, {"Minsk", "BLRGOV"}, {"Kinshasa", "CODGOV"}}},
		{name: "es capitals", lang: "es", text: "Pekín y Seúl firmaron; La Paz rechazó la propuesta y Moscú respondió.", want: []want{{"Pekín", "CHNGOV"}, {"Seúl", "KORGOV"}, {"La Paz", "BOLGOV"}, {"Moscú", "RUSGOV"}}},
		{name: "en a name with a word in capitals is no dateline", lang: "en", text: "Members of the US Congress voted.", want: []want{{"US Congress", "USALEG"}}},
		{name: "en dateline", lang: "en", text: "NAIROBI — Kenyan police fired tear gas.", want: []want{{"Kenyan police", "KENCOP"}}, none: []string{"NAIROBI"}},
		{name: "en a list is no apposition", lang: "en", text: "Kurdish fighters, Houthi rebels and Taliban fighters attacked.", want: []want{{"fighters", "REB"}, {"Houthi rebels", "YEMREB"}}},
		{name: "es headline", lang: "es", text: "POLICIA PALESTINA DETIENE A DOS HOMBRES EN GAZA", want: []want{{"POLICIA PALESTINA", "PSECOP"}}, none: []string{"DETIENE"}},
	})
}

// Short references to an organisation named before.
func TestGroupReferences(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es movement after an armed group", lang: "es", text: "Hezbolá lanzó cohetes. El movimiento dijo que respondería.", want: []want{{"El movimiento", "LBNREB"}}},
		{name: "en group after an NGO", lang: "en", text: "Amnesty International published a report. The group said abuses continued.", want: []want{{"The group", "NGOAMN"}}},
		{name: "en group after an armed group", lang: "en", text: "Hamas fired rockets. The group said it was retaliating.", want: []want{{"The group", "PSEREB"}}},
		{name: "es group with a complement is another", lang: "es", text: "Hamás lanzó cohetes. El grupo de trabajo se reunió.", none: []string{"grupo"}},
		{name: "en bloc after the EU", lang: "en", text: "The European Union met. The bloc said it would act.", want: []want{{"The bloc", "IGOEU"}}},
		{name: "en council after the Security Council", lang: "en", text: "The U.N. Security Council renewed the embargo. Russia urged the council to set benchmarks, and Amnesty urged council members to act.", want: []want{{"the council", "IGOUNO"}, {"council", "IGOUNO"}}},
		{name: "en commission after the European Commission", lang: "en", text: "The European Commission proposed new rules. The commission urged Poland to comply.", want: []want{{"The commission", "IGOEU"}}},
		{name: "en city council is no body named before", lang: "en", text: "The U.N. Security Council met. The city council of Lyon voted.", want: []want{{"The city council", "FRAGOV"}}},
		{name: "en council with no body of that name before", lang: "en", text: "The European Union met on Monday. The council of Lyon voted on Tuesday.", want: []want{{"The council", "FRAGOV"}}},
		{name: "en the North after North Korea", lang: "en", text: "North Korea tested a missile. Seoul urged the North to stop.", want: []want{{"the North", "PRK"}}},
		{name: "en the South after South Korea", lang: "en", text: "South Korea held drills. Pyongyang warned the South.", want: []want{{"the South", "KOR"}}},
		{name: "en the North with no Korea named", lang: "en", text: "Nigeria's president urged the North to stay calm.", none: []string{"the North"}},
		{name: "en the North of a country", lang: "en", text: "North Korea tested a missile. Floods hit the North of Japan.", none: []string{"the North"}},
		{name: "en acronym an organisation's name gives itself", lang: "en", text: "Al Qaeda in the Arabian Peninsula (AQAP) released a video. Troops attacked AQAP hideouts.", want: []want{{"AQAP", "IMGAQ"}}},
		{name: "en capitals in parentheses after another phrase", lang: "en", text: "Al Qaeda fighters from the region (AQR) attacked. Troops raided AQR hideouts.", none: []string{"AQR"}},
		{name: "en organ of an organisation", lang: "en", text: "The African Union's Peace and Security Council asked for the embargo to be lifted.", want: []want{{"Peace and Security Council", "IGOAU"}}},
		{name: "en body of its own after an organisation's genitive", lang: "en", text: "The UN's World Food Programme said aid was blocked.", want: []want{{"World Food Programme", "IGOUNO"}}},
		{name: "es group before its name", lang: "es", text: "Hamás lanzó cohetes. Israel atacó al grupo islamista Hezbolá.", want: []want{{"Hezbolá", "LBNREB"}}, none: []string{"grupo"}},
		{name: "es group with no group before", lang: "es", text: "El gobierno habló. El grupo se reunió.", none: []string{"grupo"}},
	})
}

// Coordinated countries, relative clauses, Brussels, and the place of the
// sentence for its civilians.
func TestCoordinationAndPlaces(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en coordinated demonyms", lang: "en", text: "Senior Hungarian and Romanian officials agreed.", want: []want{{"Hungarian", "HUNGOV"}, {"Romanian officials", "ROUGOV"}}},
		{name: "en coordinated names", lang: "en", text: "US and British troops arrived.", want: []want{{"US", "USAMIL"}, {"British troops", "GBRMIL"}}},
		{name: "en coordinated places are not actors", lang: "en", text: "Talks in Russia and Chinese troops.", none: []string{"Russia"}},
		{name: "es coordinated demonyms", lang: "es", text: "Las fuerzas rusas y bielorrusas iniciaron maniobras.", want: []want{{"Las fuerzas rusas", "RUSMIL"}, {"bielorrusas", "BLRMIL"}}},
		// a feminine plural agent word after "y" and an adjective that
		// follows a noun qualifies that noun too: one group
		{name: "es coordinated adjectives", lang: "es", text: "Las organizaciones indígenas y campesinas anunciaron marchas.", want: []want{{"Las organizaciones indígenas y campesinas", "CVL"}}},
		{name: "es relative clause", lang: "es", text: "Un grupo confrontó a las personas que se disponían a firmar.", want: []want{{"las personas", "CVL"}}},
		{name: "en relative clause", lang: "en", text: "Police arrested the men who attacked the convoy.", want: []want{{"the men", "CVL"}}},
		{name: "en Brussels is the EU", lang: "en", text: "Brussels warned London. The summit in Brussels ended.", want: []want{{"Brussels", "IGOEU"}}},
		{name: "es Bruselas is the EU", lang: "es", text: "Bruselas advirtió a Londres.", want: []want{{"Bruselas", "IGOEU"}}},
		{name: "en civilians of the place named", lang: "en", text: "Japan sent tents to the northern Philippines after a typhoon killed at least 28 people.", want: []want{{"people", "PHLCVL"}}},
		{name: "es civilians of the place named", lang: "es", text: "Rusia bombardeó Járkov y mató a 12 civiles en Ucrania; luego 5 civiles huyeron a Ucrania.", want: []want{{"civiles", "UKRCVL"}}},
		{name: "es workers sent abroad keep the sender's country", lang: "es", text: "Kim Jong Un acordó enviar a miles de trabajadores a Rusia.", want: []want{{"trabajadores", "PRKLAB"}}},
	})
}
