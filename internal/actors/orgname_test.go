package actors

import "testing"

// Organisation families of the dictionaries: regional human-rights bodies,
// liberation fronts, employers' and union confederations (a short form
// several countries' unions share is the one of the country the article
// names most), police units known by their names, employers' bodies.
func TestOrganisationFamilies(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es regional rights commission", lang: "es", text: "La Comisión Interamericana de Derechos Humanos visitó Honduras.", want: []want{{"Comisión Interamericana de Derechos Humanos", "IGOOAS"}}},
		{name: "en regional rights court", lang: "en", text: "The European Court of Human Rights ruled against Turkey.", want: []want{{"European Court of Human Rights", "IGOCOE"}}},
		{name: "en liberation front", lang: "en", text: "The Polisario Front accused Rabat of violating the truce.", want: []want{{"Polisario Front", "ESHSEP"}}},
		{name: "es separatists", lang: "es", text: "Los Tigres Tamiles atacaron una base del ejército.", want: []want{{"Tigres Tamiles", "LKASEP"}}},
		{name: "es employers confederation", lang: "es", text: "La CEOE rechazó la subida del salario mínimo.", want: []want{{"CEOE", "ESPBUS"}}},
		{name: "es shared union acronym by the story's country", lang: "es", text: "En Santiago, el gobierno chileno recibió a la CUT, que convocó un paro en Chile.", want: []want{{"CUT", "CHLLAB"}}},
		{name: "es shared union acronym alone", lang: "es", text: "La CUT convocó un paro nacional en Bogotá.", want: []want{{"CUT", "COLLAB"}}},
		{name: "en union confederation", lang: "en", text: "Cosatu called a national strike.", want: []want{{"Cosatu", "ZAFLAB"}}},
		{name: "en rohingya armed groups", lang: "en", text: "An RSO spokesman accused ARSA of attacks in the camps.", want: []want{{"ARSA", "MMRREB"}}},
		{name: "en state-backed militia", lang: "en", text: "The Volunteers for the Defence of the Homeland (VDP) attacked the village.", want: []want{{"Volunteers for the Defence of the Homeland", "BFAMIL"}}},
		{name: "es military emergency unit", lang: "es", text: "La Unidad Militar de Emergencias desplegó a 200 efectivos.", want: []want{{"Unidad Militar de Emergencias", "ESPMIL"}}},
		{name: "en a country's security police", lang: "en", text: "The Police Security Service arrested a man.", want: []want{{"Police Security Service", "NORCOP"}}},
		{name: "es health workers as a noun", lang: "es", text: "Los sanitarios españoles marcharon en Madrid.", want: []want{{"Los sanitarios españoles", "ESPHLH"}}},
		{name: "es health care is no health worker", lang: "es", text: "La Unión Europea financió la atención sanitaria en Ecuador.", none: []string{"sanitaria"}},
		{name: "es anti-kidnapping police", lang: "es", text: "Agentes del Gaula rescataron a dos comerciantes.", want: []want{{"Agentes del Gaula", "COLCOP"}}},
		{name: "es the state with a demonym", lang: "es", text: "La Corte IDH condenó al Estado peruano.", want: []want{{"Corte IDH", "IGOOAS"}, {"al Estado peruano", "PERGOV"}}, none: []string{"estado de emergencia"}},
		{name: "es the state of emergency is no actor", lang: "es", text: "El gobierno decretó el estado de emergencia.", none: []string{"estado"}},
		{name: "es employers bodies", lang: "es", text: "En Bolivia, la patronal y los gremios empresariales rechazaron el decreto.", want: []want{{"la patronal", "BOLBUS"}, {"los gremios empresariales", "BOLBUS"}}},
		{name: "en employers bodies", lang: "en", text: "In Kenya, the employers' federation and the chamber of commerce opposed the tax.", want: []want{{"the employers' federation", "KENBUS"}, {"the chamber of commerce", "KENBUS"}}},
		{name: "en defence contractors are business", lang: "en", text: "China added two Canadian defence contractors to its list.", want: []want{{"Canadian defence contractors", "CANBUS"}}},
		{name: "en mercenaries are unaligned armed forces", lang: "en", text: "Russian mercenaries attacked a village in Mali.", want: []want{{"Russian mercenaries", "RUSUAF"}}},
		{name: "en military contractors are no business", lang: "en", text: "Russian private military contractors attacked a village.", want: []want{{"Russian private military contractors", "RUSUAF"}}},
		{name: "es mercenaries", lang: "es", text: "Mercenarios rusos atacaron una aldea en Malí.", want: []want{{"Mercenarios rusos", "RUSUAF"}}},
		{name: "en striking drivers are labour", lang: "en", text: "Kenyan police dispersed striking drivers.", want: []want{{"striking drivers", "KENLAB"}}},
		{name: "es the lawyer of a group acts for it", lang: "es", text: "En Perú, el abogado de los mineros detenidos denunció torturas.", want: []want{{"el abogado", "PERLAB"}}},
		{name: "en the lawyers of a group act for it", lang: "en", text: "In Chile, the lawyers of the miners appealed.", want: []want{{"the lawyers", "CHLLAB"}}},
	})
}

// A capitalised name opened by an organisation head noun is one mention,
// its role from a noun of people inside it and its country from the text.
func TestOrganisationNames(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es union with acronym", lang: "es", text: "El gobierno boliviano negoció con la Confederación General de Obreros (CGO).", want: []want{{"la Confederación General de Obreros (CGO)", "BOLLAB"}}},
		{name: "es teachers federation", lang: "es", text: "La Federación Nacional de Maestros de Perú anunció una huelga.", want: []want{{"La Federación Nacional de Maestros", "PEREDU"}}, none: []string{"Perú"}},
		{name: "es adjective of people as the members", lang: "es", text: "La Asociación de Pensionistas Jubilados de Chile marchó hacia La Moneda.", want: []want{{"La Asociación de Pensionistas Jubilados", "CHLCVL"}}},
		{name: "es title as the members", lang: "es", text: "La Federación de Alcaldes de Bolivia exigió más fondos.", want: []want{{"La Federación de Alcaldes", "BOLGOV"}}},
		{name: "es doers adjective", lang: "es", text: "El gobierno ecuatoriano negoció con la Confederación Sindical.", want: []want{{"la Confederación Sindical", "ECULAB"}}},
		{name: "es head row role", lang: "es", text: "En Guatemala, la Coordinadora Nacional de Viudas anunció una marcha.", want: []want{{"la Coordinadora Nacional de Viudas", "GTMCVL"}}},
		{name: "es purpose preposition goes on with the name", lang: "es", text: "El gobierno británico recibió a la Campaña para el Desarme Nuclear (CDN). La CDN pidió el fin de las pruebas.", want: []want{{"la Campaña para el Desarme Nuclear (CDN)", "GBRCVL"}, {"CDN", "GBRCVL"}}},
		{name: "es opposition preposition goes on with the name", lang: "es", text: "El gobierno chileno recibió a la Coalición contra la Pobreza.", want: []want{{"la Coalición contra la Pobreza", "CHLCVL"}}},
		{name: "es a lower-case word after the preposition ends the name", lang: "es", text: "El gobierno chileno criticó al Sindicato Portuario por la huelga.", want: []want{{"al Sindicato Portuario", "CHLLAB"}}},
		{name: "es head row role with its acronym", lang: "es", text: "El Comité Cívico de Ecuador (CCE) convocó un paro. El CCE rechazó el plan.", want: []want{{"El Comité Cívico", "ECUCVL"}, {"CCE", "ECUCVL"}}},
		{name: "es peasants union", lang: "es", text: "Los bolivianos marcharon con la Unión de Campesinos y Productores.", want: []want{{"la Unión de Campesinos y Productores", "BOLAGR"}}},
		{name: "es head role", lang: "es", text: "El gobierno chileno se reunió con el Sindicato Nacional Portuario.", want: []want{{"el Sindicato Nacional Portuario", "CHLLAB"}}},
		{name: "es acronym again", lang: "es", text: "El gobierno boliviano negoció con la Confederación General de Obreros (CGO). La CGO exigió aumentos.", want: []want{{"CGO", "BOLLAB"}}},
		{name: "es a town closing the name stays a place", lang: "es", text: "Los paramilitares amenazaron a la Asociación de Educadores de Arauca.", want: []want{{"la Asociación de Educadores", "COLEDU"}}, none: []string{"Arauca"}},
		{name: "en modifiers before the head", lang: "en", text: "South African police met the National Union of Mineworkers on Monday.", want: []want{{"the National Union of Mineworkers", "ZAFLAB"}}},
		{name: "en role word after of", lang: "en", text: "Kenyan police dispersed members of the General Federation of Teachers.", want: []want{{"the General Federation of Teachers", "KENEDU"}}},
		{name: "en head row role", lang: "en", text: "The Kenya Human Rights Committee condemned the police.", want: []want{{"The Kenya Human Rights Committee", "KENCVL"}}},
		{name: "en head row role needs a country", lang: "en", text: "The National Olympic Committee criticized the ban.", none: []string{"National Olympic Committee"}},
		{name: "en head alone stays generic", lang: "en", text: "Kenyan union leaders called a strike.", want: []want{{"Kenyan union leaders", "KENLAB"}}},
		{name: "es a spokesman of an organisation read from its head", lang: "es", text: "Un vocero de la Coordinadora Nacional de Viudas de Guatemala criticó al ejército.", want: []want{{"vocero", "GTMCVL"}, {"la Coordinadora Nacional de Viudas", "GTMCVL"}}},
		{name: "es a locative preposition goes on with a name closed by its acronym", lang: "es", text: "El gobierno peruano recibió al Sindicato de Trabajadores en la Educación (STE). El secretario general del STE criticó al ministro.", want: []want{{"al Sindicato de Trabajadores en la Educación (STE)", "PERLAB"}, {"El secretario general", "PERLAB"}}},
		{name: "es a locative preposition without an acronym ends the name", lang: "es", text: "El gobierno peruano recibió al Sindicato de Trabajadores en Lima.", want: []want{{"al Sindicato de Trabajadores", "PERLAB"}}, none: []string{"Trabajadores en Lima"}},
		{name: "es the secretary general of a union", lang: "es", text: "La secretaria general del sindicato criticó al ministro.", want: []want{{"La secretaria general", "LAB"}}},
		{name: "es a body's country past its acronym", lang: "es", text: "El Tribunal Supremo Electoral (TSE) de Bolivia rechazó el pedido. El TSE dijo que no.", want: []want{{"El Tribunal Supremo Electoral (TSE) de Bolivia", "BOLJUD"}, {"TSE", "BOLJUD"}}},
		{name: "es supporters named by their group's adjective", lang: "es", text: "En Bolivia, cientos de simpatizantes opositores bloquearon la carretera.", want: []want{{"simpatizantes opositores", "BOLOPP"}}},
		{name: "es a commander of the police", lang: "es", text: "Los mineros bolivianos marcharon. El comandante departamental de la Policía dijo que no.", want: []want{{"El comandante departamental de la Policía", "BOLCOP"}}},
		{name: "es a leader of a union read from its head", lang: "es", text: "El dirigente de la Federación de Campesinos de Puno anunció un paro.", want: []want{{"El dirigente", "PERAGR"}}},
		{name: "es company staff are workers of the story's country", lang: "es", text: "El gobierno peruano recibió a los trabajadores de Telefónica.", want: []want{{"los trabajadores de Telefónica", "PERLAB"}}},
		{name: "es company staff give no country to others", lang: "es", text: "En Lima, los obreros de Petrobras criticaron al ministro de Trabajo.", want: []want{{"los obreros de Petrobras", "PERLAB"}, {"al ministro de Trabajo", "PERGOV"}}},
		{name: "es a company's spokesman speaks for it", lang: "es", text: "El gobierno peruano criticó a un portavoz de Telefónica.", want: []want{{"portavoz de Telefónica", "MNCESP"}}},
		{name: "es no role word is left alone", lang: "es", text: "El Frente Amplio criticó al gobierno uruguayo.", none: []string{"El Frente Amplio"}},
		{name: "es a head's own word names the members", lang: "es", text: "El Frente de Defensa de Moquegua convocó un paro.", want: []want{{"El Frente de Defensa", "PERCVL"}}},
		{name: "es a head's own word past a preposition of purpose", lang: "es", text: "El Frente Amplio por la Defensa del Agua de Cajamarca marchó.", want: []want{{"El Frente Amplio por la Defensa", "PERCVL"}}},
		{name: "es neighbourhood councils", lang: "es", text: "La Federación de Juntas Vecinales de Bolivia bloqueó los accesos.", want: []want{{"La Federación de Juntas Vecinales", "BOLCVL"}}},
		{name: "es a civic front", lang: "es", text: "El Frente Cívico de Loreto convocó un paro.", want: []want{{"El Frente Cívico", "PERCVL"}}},
		{name: "es a head's own word serves that head only", lang: "es", text: "En Perú, la Cámara de Defensa del Consumidor criticó la ley.", none: []string{"Cámara de Defensa"}},
		{name: "es a cold front is no body", lang: "es", text: "Un frente frío llegó a Lima.", none: []string{"frente frío"}},
		{name: "en employers inside a name", lang: "en", text: "The Federation of Kenya Employers criticised the tax.", want: []want{{"The Federation of Kenya Employers", "KENBUS"}}},
		{name: "es a front of an armed group is no civic body", lang: "es", text: "Guerrilleros colombianos del Frente Jorge Briceño atacaron el pueblo.", none: []string{"Frente Jorge Briceño"}},
		{name: "es a body of an organisation named with it is the organisation", lang: "es", text: "La Misión de Asistencia de las Naciones Unidas en Afganistán anunció una investigación.", want: []want{{"La Misión de Asistencia de las Naciones Unidas", "IGOUNO"}}},
		{name: "en a body of an organisation named with it is the organisation", lang: "en", text: "The Mission of the African Union said it would stay.", want: []want{{"The Mission of the African Union", "IGOAU"}}},
		{name: "es a unit of an armed group is left to its own rule", lang: "es", text: "Los guerrilleros del Bloque Sur de las FARC atacaron.", want: []want{{"Los guerrilleros del Bloque Sur de las FARC", "COLREB"}}},
		{name: "es dictionary organisation wins", lang: "es", text: "La Unión Europea sancionó a Rusia.", want: []want{{"Unión Europea", "IGOEU"}}},
	})
}
