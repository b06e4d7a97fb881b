package actors

import "testing"

// Officials named by their title alone, candidates, and English "military"
// before a thing it qualifies.
func TestTitlesCandidatesAndMilitaryThings(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es rector", lang: "es", text: "El rector de la universidad fue amenazado.", want: []want{{"El rector", "EDU"}}},
		{name: "es councillors", lang: "es", text: "Guerrilleros amenazaron a los concejales de este municipio.", want: []want{{"los concejales", "GOV"}}},
		{name: "es councillor before an unknown name", lang: "es", text: "Desconocidos asesinaron al concejal Juan Pérez.", want: []want{{"Juan Pérez", "GOV"}}},
		{name: "es comptroller", lang: "es", text: "El contralor general denunció irregularidades.", want: []want{{"El contralor general", "GOV"}}},
		{name: "en a group linked to an organisation", lang: "en", text: "Fighters from an al-Qaeda-linked group killed 34 civilians.", want: []want{{"Fighters from an al-Qaeda-linked group", "IMGAQ"}}},
		{name: "en a group affiliated to a two-word organisation", lang: "en", text: "An Islamic State-affiliated group attacked the town.", want: []want{{"An Islamic State-affiliated group", "IMGISIS"}}},
		{name: "en linked militants", lang: "en", text: "Al-Qaeda-linked militants attacked the town.", want: []want{{"Al-Qaeda-linked militants", "IMGAQ"}}},
		{name: "es a government named by the group that rules it", lang: "es", text: "El gobierno talibán de Afganistán acusó a Pakistán.", want: []want{{"El gobierno talibán de Afganistán", "AFGGOV"}}},
		{name: "es the group's spokesman stays the group's", lang: "es", text: "Un portavoz de Hamás habló. El portavoz talibán dijo que no.", want: []want{{"talibán", "AFGREB"}}, none: []string{"El portavoz talibán"}},
		{name: "es a spokesman of the body an adjective names", lang: "es", text: "En Maputo, un portavoz policial dijo que hubo 40 detenidos.", want: []want{{"portavoz policial", "MOZCOP"}}},
		{name: "en a coast guard is an armed service", lang: "en", text: "Chinese coast guard vessels blocked the ship.", want: []want{{"Chinese coast guard", "CHNMIL"}}},
		{name: "es los guardacostas son una fuerza armada", lang: "es", text: "Los guardacostas chinos bloquearon el barco.", want: []want{{"Los guardacostas chinos", "CHNMIL"}}},
		{name: "es judicial sources", lang: "es", text: "La Audiencia Nacional abrió una investigación, informaron fuentes judiciales.", want: []want{{"Audiencia Nacional", "ESPJUD"}, {"fuentes judiciales", "ESPJUD"}}},
		{name: "es the Defensoría del Pueblo is a state office", lang: "es", text: "La Defensoría del Pueblo de Perú pidió una investigación.", want: []want{{"La Defensoría del Pueblo de Perú", "PERGOV"}}},
		{name: "en the ombudsman is a state office", lang: "en", text: "Peru's ombudsman called for an inquiry.", want: []want{{"Peru's ombudsman", "PERGOV"}}},
		{name: "es municipal ombudsman", lang: "es", text: "Paramilitares amenazaron al personero municipal.", want: []want{{"al personero municipal", "JUD"}}},
		{name: "es candidate", lang: "es", text: "La candidata a la alcaldía fue amenazada de muerte.", want: []want{{"La candidata a la alcaldía", "PTY"}}},
		{name: "es candidate bare", lang: "es", text: "La candidata fue amenazada de muerte.", want: []want{{"La candidata", "OPP"}}},
		{name: "es opposition candidate", lang: "es", text: "El candidato opositor denunció fraude.", want: []want{{"El candidato opositor", "OPP"}}},
		{name: "en rector", lang: "en", text: "The rector condemned the raid.", want: []want{{"The rector", "EDU"}}},
		{name: "en councillors", lang: "en", text: "City councillors criticised the plan.", want: []want{{"councillors", "GOV"}}},
		{name: "en opposition candidate", lang: "en", text: "The opposition candidate accused the government of fraud.", want: []want{{"The opposition candidate", "OPP"}}},
		{name: "en defeated candidate", lang: "en", text: "The defeated candidate accused the government of fraud.", want: []want{{"candidate", "OPP"}}},
		{name: "en defence companies are businesses of the country before them", lang: "en", text: "Beijing imposed sanctions on six U.S. defence companies.", want: []want{{"U.S. defence companies", "USABUS"}}},
		{name: "en a country's own organisation after its genitive", lang: "en", text: "The junta suspended the broadcasts of Germany's Deutsche Welle.", want: []want{{"Deutsche Welle", "DEUMED"}}, none: []string{"Germany's"}},
		{name: "en supporters of an opposition leader", lang: "en", text: "Opposition leader Paul Mbarga was arrested. Supporters of Mbarga blocked the road.", want: []want{{"Supporters", "OPP"}}},
		{name: "es simpatizantes de un presidente son civiles", lang: "es", text: "El presidente Luis Arce habló en La Paz. Simpatizantes de Arce marcharon en El Alto.", want: []want{{"Simpatizantes de Arce", "BOLCVL"}}},
		{name: "en mayoral candidate", lang: "en", text: "Gunmen threatened a mayoral candidate.", want: []want{{"mayoral candidate", "PTY"}}},
		{name: "es los candidatos a la alcaldía son personas, no el edificio", lang: "es", text: "Un grupo armado amenazó a los candidatos a la alcaldía.", want: []want{{"los candidatos a la alcaldía", "PTY"}}},
		{name: "es frente a la alcaldía es el edificio", lang: "es", text: "Los vecinos protestaron frente a la alcaldía.", none: []string{"alcaldía"}},
		{name: "en vaccine candidate is no candidate", lang: "en", text: "The vaccine candidate failed its trial.", none: []string{"candidate"}},
		{name: "en West Bank is no bank", lang: "en", text: "Settlers in the West Bank attacked a village.", none: []string{"Bank"}},
		{name: "en military aid is no actor", lang: "en", text: "The United States announced military aid to Ukraine.", none: []string{"military"}},
		{name: "en the military exercises are no actor", lang: "en", text: "The military exercises alarmed Japan.", none: []string{"military"}},
		{name: "en the military is an actor", lang: "en", text: "The US military said it struck targets.", want: []want{{"The US military", "USAMIL"}}},
	})
}

// Security bodies and military equipment with a country.
func TestSecurityBodiesAndEquipment(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es security services", lang: "es", text: "Los servicios de seguridad dispersaron a los manifestantes.", want: []want{{"Los servicios de seguridad", "COP"}}},
		{name: "es security bodies with a demonym", lang: "es", text: "Los cuerpos de seguridad venezolanos detuvieron a diez estudiantes.", want: []want{{"Los cuerpos de seguridad venezolanos", "VENCOP"}}},
		{name: "es tanks with a demonym", lang: "es", text: "Tanques israelíes bombardearon la ciudad.", want: []want{{"Tanques israelíes", "ISRMIL"}}},
		{name: "es water tank is no actor", lang: "es", text: "Un tanque de agua ruso explotó.", none: []string{"tanque"}},
		{name: "en tanks with a demonym", lang: "en", text: "Israeli tanks shelled the town.", want: []want{{"Israeli tanks", "ISRMIL"}}},
		{name: "en tanks alone are no actor", lang: "en", text: "Tanks rolled into the city.", none: []string{"Tanks"}},
		{name: "es hackers with a demonym", lang: "es", text: "Hackers rusos atacaron los servidores del ministerio.", want: []want{{"Hackers rusos", "RUSCRM"}}},
		{name: "es hackers of a country", lang: "es", text: "Piratas informáticos de Corea del Norte robaron datos.", want: []want{{"Piratas informáticos de Corea del Norte", "PRKCRM"}}},
		{name: "en hackers with a demonym", lang: "en", text: "Prosecutors charged three Chinese hackers.", want: []want{{"Chinese hackers", "CHNCRM"}}},
		{name: "en unidentified hackers take no country from the story", lang: "en", text: "Colombia's defence ministry said hackers stole data.", none: []string{"hackers"}},
		{name: "en think tank is no actor", lang: "en", text: "An Israeli think tank published a report.", none: []string{"tank"}},
		{name: "en military aircraft with a demonym", lang: "en", text: "Russian military aircraft violated Estonian airspace.", want: []want{{"Russian military aircraft", "RUSMIL"}}},
		{name: "en security service of a country", lang: "en", text: "Ukraine's Security Service detained a spy.", want: []want{{"Ukraine's Security Service", "UKRSPY"}}},
		{name: "en security services alone", lang: "en", text: "The security services declined to comment.", none: []string{"security"}},
	})
}

// An English capital after a determiner qualifies what follows: it is no
// government by itself, but gives its country to an agent.
func TestCapitalAfterDeterminer(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en the Beijing Olympics", lang: "en", text: "He spoke before the Beijing Olympics began.", none: []string{"Beijing"}},
		{name: "en the Moscow metro", lang: "en", text: "The Moscow metro was closed.", none: []string{"Moscow"}},
		{name: "en the Kinshasa government", lang: "en", text: "The Kinshasa government accused the rebels.", want: []want{{"The Kinshasa government", "CODGOV"}}},
		{name: "en a capital as subject", lang: "en", text: "Tehran said it would retaliate.", want: []want{{"Tehran", "IRNGOV"}}},
		{name: "es a capital as subject", lang: "es", text: "Moscú respondió a Washington.", want: []want{{"Moscú", "RUSGOV"}, {"Washington", "USAGOV"}}},
	})
}

// Placards are no cartels.
func TestPlacards(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es placards", lang: "es", text: "Varios carteles y frases estaban dedicados a criticar al presidente.", none: []string{"carteles"}},
		{name: "es placards with slogans", lang: "es", text: "Los manifestantes portaban carteles con consignas contra el gobierno.", none: []string{"carteles"}},
		{name: "es placards that read", lang: "es", text: "Otros carteles llevaban inscrito \"Uvas de la ira\" para protestar contra la operación.", none: []string{"carteles"}},
		{name: "es placards said", lang: "es", text: "Los carteles decían \"No a la guerra\".", none: []string{"carteles"}},
		{name: "es drug cartels", lang: "es", text: "Los carteles de la droga atacaron a la policía.", want: []want{{"Los carteles", "CRM"}}},
	})
}

// Attackers of no named force are CAMEO's unaligned armed forces, like gunmen.
func TestUnnamedAttackers(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es attackers", lang: "es", text: "Los atacantes dispararon contra los policías.", want: []want{{"Los atacantes", "UAF"}}},
		{name: "en assailants", lang: "en", text: "At least 47 people were killed when assailants opened fire.", want: []want{{"people", "CVL"}, {"assailants", "UAF"}}},
	})
}

// A complement that names a seat is read before a part of a country:
// "Departamento" and "Estado" are also area words.
func TestSeatComplementBeforeArea(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es spokesman of the State Department", lang: "es", text: "El portavoz del Departamento de Estado criticó a Irán.", want: []want{{"El portavoz del Departamento de Estado", "USAGOV"}}},
		{name: "es troops of the north of a country", lang: "es", text: "Las tropas del norte de Israel avanzaron.", want: []want{{"Las tropas del norte de Israel", "ISRMIL"}}},
	})
}

// The freed stand as a noun like the detained; after a verb the participle
// is no actor.
func TestFreedAsNoun(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es the freed", lang: "es", text: "Varios de los liberados denunciaron malos tratos.", want: []want{{"los liberados", "CVL"}}},
		{name: "es freed after a verb", lang: "es", text: "Los detenidos fueron liberados ayer.", want: []want{{"Los detenidos", "CVL"}}, none: []string{"liberados"}},
	})
}

// An English genitive owns the agent after one word ("Kenya's national
// police"); with two words or a verb between it does not.
func TestGenitiveOneWordGap(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en genitive adjective agent", lang: "en", text: "Kenya's national police said.", want: []want{{"Kenya's national police", "KENCOP"}}},
		{name: "en genitive stop-word adjective agent", lang: "en", text: "Spain welcomed the move. Algeria's new ambassador presented his credentials.", want: []want{{"Algeria's new ambassador", "DZAGOV"}}},
		{name: "en genitive stop word before no agent", lang: "en", text: "Spain welcomed the move. Algeria's south was hit by floods.", want: []want{{"Algeria's", "DZA"}}},
		{name: "en a body's spokesman", lang: "en", text: "An army spokesman in Kenya said.", want: []want{{"army spokesman", "MIL"}}, none: []string{"spokesman in Kenya"}},
		{name: "en a body's officials", lang: "en", text: "Britain sanctioned four Georgian police officials.", want: []want{{"Georgian police officials", "GEOCOP"}}},
		{name: "en government officials stay", lang: "en", text: "Kenyan government officials said.", want: []want{{"Kenyan government", "KENGOV"}}},
		{name: "en genitive a country's own security council", lang: "en", text: "Russia's Security Council met.", want: []want{{"Russia's Security Council", "RUSGOV"}}},
		{name: "en demonym a country's own security council", lang: "en", text: "The Russian Security Council met.", want: []want{{"The Russian Security Council", "RUSGOV"}}},
		{name: "en the security council alone is the U.N.'s", lang: "en", text: "The Security Council met.", want: []want{{"Security Council", "IGOUNO"}}},
		{name: "es a country's own security council", lang: "es", text: "El Consejo de Seguridad de Rusia se reunió.", want: []want{{"El Consejo de Seguridad de Rusia", "RUSGOV"}}},
		{name: "es the U.N.'s security council", lang: "es", text: "El Consejo de Seguridad de la ONU se reunió.", want: []want{{"Consejo de Seguridad de la ONU", "IGOUNO"}}},
		{name: "en genitive capitalised area word in a body's name", lang: "en", text: "Georgia's State Security Service opened an investigation.", want: []want{{"Georgia's State Security Service", "GEOSPY"}}},
		{name: "en genitive adverb adjective agent", lang: "en", text: "Talks were held in Oman. Yemen's internationally recognised government agreed.", want: []want{{"Yemen's internationally recognised government", "YEMGOV"}}},
		{name: "en genitive verb object is no agent of its", lang: "en", text: "Ukraine's allies sent troops.", none: []string{"Ukraine's allies sent troops"}},
		{name: "en genitive adjective title", lang: "en", text: "Russia's foreign minister met Iran's top diplomat.", want: []want{{"Russia's foreign minister", "RUSGOV"}, {"Iran's top diplomat", "IRNGOV"}}},
		{name: "en genitive noun and verb", lang: "en", text: "Kenya's decision angered officials.", want: []want{{"Kenya's", "KEN"}}},
		{name: "en genitive noun verb agent", lang: "en", text: "Ukraine's allies sent troops.", want: []want{{"Ukraine's", "UKR"}}},
	})
}

// A part or position word between a locative preposition and a capital or
// country keeps it a place.
func TestLocativeWithPosition(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en in central London", lang: "en", text: "A bomb exploded on a bus in central London.", none: []string{"London"}},
		{name: "en in downtown Caracas", lang: "en", text: "Protesters gathered in downtown Caracas.", none: []string{"Caracas"}},
		{name: "en in the capital Kinshasa", lang: "en", text: "Rebels advanced in the capital Kinshasa.", none: []string{"Kinshasa"}},
		{name: "en neighbouring country as object", lang: "en", text: "Kinshasa accused neighbouring Rwanda of backing the rebels.", want: []want{{"Kinshasa", "CODGOV"}, {"Rwanda", "RWA"}}},
		{name: "es in the capital Caracas", lang: "es", text: "Los manifestantes se reunieron en la capital Caracas.", none: []string{"Caracas"}},
	})
}
