package actors

import "testing"

// An organisation's name is read as a whole, not through one word inside
// it: a congress of trade unions is labour, a congress of a country its
// legislature; a word of the members' trade after "de"/"of" gives their
// role; people named after a preposition of purpose are whom the body
// serves, not its members.
func TestOrganisationNamesByTheirMembers(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en a congress of trade unions is labour", lang: "en", text: "The Zambia Congress of Trade Unions called a national strike.", want: []want{{"The Zambia Congress of Trade Unions", "ZMBLAB"}}},
		{name: "en a party named after a congress is a party", lang: "en", text: "The Malawi Congress Party accused the government of lying.", want: []want{{"Malawi Congress Party", "MWIPTY"}}},
		{name: "en the Indian National Congress is a party", lang: "en", text: "The Indian National Congress criticised the budget.", want: []want{{"Indian National Congress", "INDPTY"}}},
		{name: "es el Congreso Nacional Africano es un partido", lang: "es", text: "El Congreso Nacional Africano ganó las elecciones.", want: []want{{"Congreso Nacional Africano", "ZAFPTY"}}},
		{name: "en a party told in opposition is the opposition", lang: "en", text: "The opposition Malawi Congress Party accused the government of lying.", want: []want{{"The opposition Malawi Congress Party", "MWIOPP"}}},
		{name: "es un partido opositor es la oposición", lang: "es", text: "El opositor Partido Justicialista criticó al gobierno.", want: []want{{"El opositor Partido Justicialista", "ARGOPP"}}},
		{name: "es un partido sin más sigue partido", lang: "es", text: "El Partido Justicialista criticó al gobierno.", want: []want{{"Partido Justicialista", "ARGPTY"}}},
		{name: "en a congress of labour", lang: "en", text: "The Ghana Congress of Labour warned the government.", want: []want{{"The Ghana Congress of Labour", "GHALAB"}}},
		{name: "en a federation of labor", lang: "en", text: "In Chicago, the American Federation of Labor backed the strikers.", want: []want{{"the American Federation of Labor", "USALAB"}}},
		{name: "en a national congress is still the legislature", lang: "en", text: "In Lima, the Peruvian Congress approved the budget.", want: []want{{"the Peruvian Congress", "PERLEG"}}},
		{name: "en congress of a country is still the legislature", lang: "en", text: "The Congress of Colombia approved the reform.", want: []want{{"The Congress", "COLLEG"}}},
		{name: "es el Congreso del Trabajo es sindical", lang: "es", text: "En México, el Congreso del Trabajo convocó una marcha.", want: []want{{"el Congreso del Trabajo", "MEXLAB"}}},
		{name: "es el Congreso de un país es su legislativo", lang: "es", text: "El Congreso de Perú aprobó la ley.", want: []want{{"El Congreso", "PERLEG"}}},
		{name: "es el Congreso Nacional sigue legislativo", lang: "es", text: "En Tegucigalpa, el Congreso Nacional hondureño aprobó la reforma.", want: []want{{"el Congreso Nacional", "HNDLEG"}}},
		{name: "es un congreso de trabajadores", lang: "es", text: "El Congreso Nacional de Trabajadores de Chile convocó un paro.", want: []want{{"El Congreso Nacional de Trabajadores", "CHLLAB"}}},
		{name: "es magisterio", lang: "es", text: "La Federación Nacional del Magisterio de Honduras anunció un paro.", want: []want{{"La Federación Nacional del Magisterio", "HNDEDU"}}},
		{name: "es prensa", lang: "es", text: "En Madrid, la Asociación de la Prensa criticó al gobierno español.", want: []want{{"la Asociación de la Prensa", "ESPMED"}}},
		{name: "es derechos humanos en el nombre es un grupo de derechos", lang: "es", text: "La Coordinadora de Derechos Humanos del Paraguay pidió a la Fiscalía investigar.", want: []want{{"La Coordinadora de Derechos Humanos", "PRYHRI"}}},
		{name: "es un ministerio de derechos humanos sigue gobierno", lang: "es", text: "En Brasil, el Ministerio de Derechos Humanos denunció la represión.", want: []want{{"el Ministerio", "BRAGOV"}}},
		{name: "es un mecanismo de protección del Estado", lang: "es", text: "En México, el Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas retiró la escolta.", want: []want{{"el Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas", "MEXGOV"}}},
		{name: "es quienes una coalición sirve no son sus miembros", lang: "es", text: "El gobierno chileno recibió a la Coalición contra la Pobreza de los Campesinos.", want: []want{{"la Coalición contra la Pobreza de los Campesinos", "CHLCVL"}}},
		{name: "es trabajo en minúscula no es nada", lang: "es", text: "El ministro mexicano habló del trabajo de los maestros.", none: []string{"trabajo"}},
		{name: "es el Ministerio de Trabajo es gobierno", lang: "es", text: "En Bolivia, el Ministerio de Trabajo convocó a los sindicatos.", want: []want{{"el Ministerio", "BOLGOV"}}, none: []string{"Trabajo"}},
	})
}

// Reporters and journalists are the press; when they are only told
// something ("told reporters", "dijo a los periodistas") they are the
// statement's audience, no actor. Coast guards, the Argentine naval
// prefecture among them, are armed forces; suspects are criminals.
func TestPressCoastGuardsSuspects(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es reporteros", lang: "es", text: "En Guerrero, decenas de reporteros mexicanos marcharon.", want: []want{{"reporteros mexicanos", "MEXMED"}}},
		{name: "en reporters", lang: "en", text: "Police in Nairobi beat two Kenyan reporters.", want: []want{{"Kenyan reporters", "KENMED"}}},
		{name: "en told reporters is an audience", lang: "en", text: "The Kenyan minister told reporters that police had acted lawfully.", none: []string{"reporters"}},
		{name: "en speaking to journalists is an audience", lang: "en", text: "Speaking to journalists in Nairobi, the Kenyan minister defended the police.", none: []string{"journalists"}},
		{name: "en said reporters is no audience", lang: "en", text: "Kenyan police said reporters had been attacked.", want: []want{{"reporters", "KENMED"}}},
		{name: "es dijo a los periodistas es audiencia", lang: "es", text: "El ministro peruano dijo a los periodistas que la policía actuó bien.", none: []string{"los periodistas"}},
		{name: "es agredir a los periodistas no es audiencia", lang: "es", text: "La policía peruana agredió a los periodistas.", want: []want{{"los periodistas", "PERMED"}}},
		{name: "es a reporter of a news agency is the agency's", lang: "es", text: "Los policías golpearon en Lima a un reportero de la Agencia France Presse.", want: []want{{"reportero de la Agencia France Presse", "FRAMED"}}},
		{name: "es prefectura naval", lang: "es", text: "La Prefectura Naval Argentina apresó un pesquero.", want: []want{{"La Prefectura Naval Argentina", "ARGMIL"}}},
		{name: "en naval prefecture", lang: "en", text: "Argentina's naval prefecture seized a fishing boat.", want: []want{{"Argentina's naval prefecture", "ARGMIL"}}},
		{name: "es sospechosos", lang: "es", text: "La policía colombiana detuvo a tres sospechosos.", want: []want{{"sospechosos", "COLCRM"}}},
		{name: "es un paquete sospechoso no es nadie", lang: "es", text: "La policía colombiana encontró un paquete sospechoso.", none: []string{"sospechoso"}},
		{name: "en suspects", lang: "en", text: "Iraqi forces detained four suspects.", want: []want{{"suspects", "IRQCRM"}}},
		{name: "en a suspect package is no one", lang: "en", text: "Iraqi police found a suspect package.", none: []string{"suspect"}},
	})
}

// Refugees are of the people they belong to, not of the country that
// hosts them; armed groups of no state are of the country their sentence
// places them in, not of a state that speaks of them.
func TestRefugeesAndArmedGroupsAbroad(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en Rohingya refugees are Myanmar's", lang: "en", text: "Rohingya refugees protested in the camps of southern Bangladesh.", want: []want{{"Rohingya refugees", "MMRREF"}}},
		{name: "en Rohingya armed groups are Myanmar's", lang: "en", text: "Two Rohingya armed groups clashed in a camp in Bangladesh.", want: []want{{"Rohingya armed groups", "MMRUAF"}}},
		{name: "es refugiados rohinyás", lang: "es", text: "Miles de refugiados rohinyás marcharon en Bangladés.", want: []want{{"refugiados rohinyás", "MMRREF"}}},
		{name: "en refugees later in the story keep the people's country", lang: "en", text: "Rohingya refugees fled the fighting. Later, hundreds of refugees gathered in Bangladesh.", want: []want{{"refugees", "MMRREF"}}},
		{name: "es refugiado en un país no es de ese país", lang: "es", text: "El ex general paraguayo, refugiado en Brasil, criticó al gobierno.", none: []string{"refugiado en Brasil"}},
		{name: "es la policía en un país sí es de ese país", lang: "es", text: "La policía en Bolivia detuvo a dos dirigentes.", want: []want{{"La policía en Bolivia", "BOLCOP"}}},
		{name: "es a name after people a body serves is none of them", lang: "es", text: "El coordinador de la oficina presidencial para los desplazados, César García, negó las acusaciones.", none: []string{"César García"}},
		{name: "es a name after a group is one of them", lang: "es", text: "Dos periodistas franceses, Georges Malbrunot y Christian Chesnot, fueron liberados.", want: []want{{"Georges Malbrunot", "FRAMED"}}},
		{name: "en militias a foreign state blames are of the place", lang: "en", text: "The United States blamed Iran-aligned militias for attacks on its bases in Iraq.", want: []want{{"militias", "IRQREB"}}},
		{name: "es milicias en Bagdad", lang: "es", text: "El gobierno de Estados Unidos acusó a las milicias de atacar su embajada en Bagdad.", want: []want{{"las milicias", "IRQREB"}}},
		{name: "en rebels with no place take the army's country", lang: "en", text: "The Colombian army said rebels attacked a police station.", want: []want{{"rebels", "COLREB"}}},
		{name: "en soldiers abroad keep their own country", lang: "en", text: "The Pentagon said American soldiers were attacked in Iraq.", want: []want{{"American soldiers", "USAMIL"}}},
	})
}

// A demonym qualifying the flag of a vessel stands for the vessel's
// country; a flag that belongs to no vessel names no one.
func TestFlagsOfVessels(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es buques de bandera china", lang: "es", text: "La armada argentina apresó dos buques poteros de bandera china.", want: []want{{"buques poteros de bandera china", "CHNBUS"}}},
		{name: "es un barco de pabellón español", lang: "es", text: "La marina marroquí detuvo un barco de pabellón español.", want: []want{{"un barco de pabellón español", "ESP"}}},
		{name: "es un pesquero de bandera china", lang: "es", text: "La armada argentina apresó un pesquero de bandera china.", want: []want{{"pesquero de bandera china", "CHNCVL"}}},
		{name: "es un pesquero con bandera de un país", lang: "es", text: "Un pesquero con bandera de Taiwán fue detenido por la armada argentina.", want: []want{{"pesquero con bandera de Taiwán", "TWNCVL"}}},
		{name: "es una bandera quemada no es nadie", lang: "es", text: "Los manifestantes quemaron una bandera estadounidense.", none: []string{"bandera"}},
		{name: "es izar la bandera en una plaza no es nadie", lang: "es", text: "Los vecinos izaron la bandera boliviana en la plaza.", none: []string{"bandera boliviana"}},
	})
}
