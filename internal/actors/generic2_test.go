package actors

import "testing"

// Paramilitaries and unnamed armed groups are CAMEO's unaligned armed
// forces; "corte" is a court only as a feminine noun.
func TestArmedGroupsAndCourts(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es paramilitaries", lang: "es", text: "Los paramilitares mataron a dos campesinos.", want: []want{{"Los paramilitares", "UAF"}}},
		{name: "es paramilitary group", lang: "es", text: "Un grupo paramilitar y un grupo armado atacaron el pueblo.", want: []want{{"grupo paramilitar", "UAF"}, {"grupo armado", "UAF"}}},
		{name: "es social cleansing group", lang: "es", text: "Miembros de un grupo de limpieza social asesinaron a dos hombres.", want: []want{{"grupo de limpieza social", "UAF"}}},
		{name: "es paramilitary adjective is not an actor", lang: "es", text: "El discurso paramilitar cambió.", none: []string{"paramilitar"}},
		{name: "es relational adjective after an act names its doers", lang: "es", text: "La operación paramilitar terminó tras una huelga nacional magisterial.", want: []want{{"paramilitar", "UAF"}, {"magisterial", "EDU"}}},
		{name: "es relational adjective qualifying no act", lang: "es", text: "El gobierno presentó la reforma estudiantil y el régimen sindical.", none: []string{"estudiantil", "sindical"}},
		{name: "es act after a locative preposition", lang: "es", text: "Miles de personas se reunieron en una manifestación estudiantil.", none: []string{"estudiantil"}},
		{name: "en relational modifier before an act", lang: "en", text: "Indigenous protests and labour strikes followed the labor reform.", want: []want{{"Indigenous", "CVL"}, {"labour", "LAB"}}, none: []string{"labor"}},
		{name: "es AUC", lang: "es", text: "Paramilitares de las AUC asesinaron a tres campesinos.", want: []want{{"Paramilitares de las AUC", "COLUAF"}}},
		{name: "es Águilas Negras", lang: "es", text: "Las Águilas Negras amenazaron a los periodistas.", want: []want{{"Águilas Negras", "COLUAF"}}},
		{name: "es Urabeños are the Clan del Golfo", lang: "es", text: "Los Urabeños asesinaron a dos campesinos.", want: []want{{"Los Urabeños", "COLCRM"}}},
		{name: "en paramilitaries and armed groups", lang: "en", text: "Paramilitaries and an armed group attacked the village.", want: []want{{"Paramilitaries", "UAF"}, {"armed group", "UAF"}}},
		{name: "en AUC is not the Colombian group", lang: "en", text: "The AUC chairperson met Kenyan officials.", none: []string{"AUC"}},
		{name: "es road cuts are no court", lang: "es", text: "Los cortes de ruta continuaron y hubo un corte de luz.", none: []string{"cortes", "corte"}},
		{name: "es the court", lang: "es", text: "La corte ordenó liberar a los detenidos.", want: []want{{"La corte", "JUD"}}},
	})
}

// Headlines in capitals: agents are found, but no run of capitalised words
// is read as a name between an agent and a country.
func TestCapsHeadlineAgents(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es students in a headline", lang: "es", text: "ESTUDIANTES PROTESTAN EN LA CAPITAL DE BAHREIN", want: []want{{"ESTUDIANTES", "EDU"}}, none: []string{"PROTESTAN"}},
		{name: "es union leader in a headline", lang: "es", text: "JEFE SINDICAL ANUNCIA HUELGA PARA FINES DE SEPTIEMBRE", want: []want{{"JEFE SINDICAL", "LAB"}}},
		{name: "es demonym in a headline", lang: "es", text: "INDIGENAS HONDUREÑOS PROTESTAN CONTRA PRUEBAS NUCLEARES", want: []want{{"INDIGENAS HONDUREÑOS", "HNDCVL"}}},
		{name: "es name between agent and country in running text", lang: "es", text: "Lo informó la Agencia de Noticias Central de Corea del Norte.", want: []want{{"la Agencia de Noticias Central de Corea del Norte", "PRKMED"}}},
		{name: "es governing party members", lang: "es", text: "Los oficialistas rechazaron la moción del dirigente sindical.", want: []want{{"Los oficialistas", "GOV"}}},
		{name: "en union leader", lang: "en", text: "The union leader called a strike.", want: []want{{"The union leader", "LAB"}}},
	})
}

// A possessive noun of one's country names the government of a state
// actor's country; a place, or anyone else's country, names none.
func TestHomeReferences(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es su país after an official", lang: "es", text: "El canciller de Honduras anunció que su país suspende la reunión.", want: []want{{"su país", "HNDGOV"}}},
		{name: "en his country after a leader", lang: "en", text: "The Cambodian prime minister said his country does not want war.", want: []want{{"his country", "KHMGOV"}}},
		{name: "es a su país is a place", lang: "es", text: "El presidente peruano regresó a su país.", none: []string{"su país"}},
		{name: "en their country of people", lang: "en", text: "Syrian refugees said their country was ruined.", none: []string{"their country"}},
		{name: "es su país de origen", lang: "es", text: "El embajador chileno dijo que su país de origen es otro.", none: []string{"su país"}},
	})
}

// The supporters a possessive gives to a leader of a party or group take
// its roles; a state official's supporters are civilians.
func TestPossessedSupporters(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es an opposition leader's supporters", lang: "es", text: "El líder opositor boliviano Jhonny Torrico anunció que sus seguidores mantendrán los bloqueos.", want: []want{{"sus seguidores", "BOLOPP"}}},
		{name: "es a president's supporters", lang: "es", text: "El presidente peruano dijo que sus seguidores marcharán.", want: []want{{"sus seguidores", "PERCVL"}}},
	})
}

// "Both groups", "the two groups" name the groups of several met before
// with that plural noun.
func TestBothReferences(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en both groups", lang: "en", text: "Georgian police raided two human rights groups. Both groups denied wrongdoing.", want: []want{{"Both groups", "GEOHRI"}}},
		{name: "en the two groups", lang: "en", text: "Georgian police raided two human rights groups. Later the two groups denied wrongdoing.", want: []want{{"the two groups", "GEOHRI"}}},
		{name: "en both with a complement names its own", lang: "en", text: "Georgian police raided two human rights groups. Both groups of lawyers said no.", none: []string{"Both groups"}},
	})
}

// A possessive host noun names the government of the country visited.
func TestHostReferences(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es host after a capital", lang: "es", text: "Lula llegó a Ciudad de México. El mandatario brasileño elogió la política de salud pública de su anfitriona.", want: []want{{"su anfitriona", "MEXGOV"}}},
		{name: "es hosts after a country", lang: "es", text: "Maduro viajó a Cuba. El presidente elogió a sus anfitriones.", want: []want{{"sus anfitriones", "CUBGOV"}}},
		{name: "es host before a name is the person", lang: "es", text: "Maduro viajó a Cuba, donde su anfitrión Díaz-Canel lo recibió.", want: []want{{"Díaz-Canel", "CUBGOV"}}, none: []string{"anfitrión"}},
		{name: "en hosts after a place", lang: "en", text: "Putin arrived in Beijing, where his hosts welcomed him.", want: []want{{"his hosts", "CHNGOV"}}},
		{name: "en host with no country visited", lang: "en", text: "The talk show host said his hosts were late.", none: []string{"host"}},
		{name: "en host of the guest's own country", lang: "en", text: "Putin returned to Moscow and thanked his hosts.", none: []string{"host"}},
	})
}

// A possessive party noun is the party of a leader in government or in
// opposition, with the leader's country and role.
func TestPartyReferences(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en named party of an opposition leader", lang: "en", text: "Kenya is in crisis. Opposition leader Kalonzo Musyoka said his Wiper party would return to the streets.", want: []want{{"his Wiper party", "KENOPP"}}},
		{name: "es party of an opposition leader", lang: "es", text: "El líder opositor venezolano Henrique Capriles dijo que su partido protestará.", want: []want{{"su partido", "VENOPP"}}},
		{name: "es party with a complement is another", lang: "es", date: "2020-01-01", text: "Maduro dijo que su partido de fútbol perdió.", none: []string{"partido"}},
		{name: "en party of no politician", lang: "en", text: "The singer said his party was fun.", none: []string{"party"}},
	})
}

// Former heads of state carry their office on the article's date and ELI
// outside it.
func TestFormerLeaders(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es in office", lang: "es", date: "1995-06-01", text: "El presidente Carlos Menem recibió a Sanguinetti.", want: []want{{"Carlos Menem", "ARGGOV"}, {"Sanguinetti", "URYGOV"}}},
		{name: "es out of office", lang: "es", date: "2020-06-01", text: "Menem declaró ante el juez.", want: []want{{"Menem", "ARGELI"}}},
		{name: "es second term", lang: "es", date: "2003-01-10", text: "Sánchez de Lozada habló con Hugo Chávez.", want: []want{{"Sánchez de Lozada", "BOLGOV"}, {"Hugo Chávez", "VENGOV"}}},
		{name: "en army commander after the presidency", lang: "en", date: "1995-06-01", text: "Augusto Pinochet warned the government.", want: []want{{"Augusto Pinochet", "CHLMIL"}}},
	})
}

// In English a country name before a seat of the same country is part of it.
func TestSeatWithCountry(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en country before its seat", lang: "en", text: "The U.S. State Department said it supported the request.", want: []want{{"The U.S. State Department", "USAGOV"}}},
		{name: "en seat as a place", lang: "en", text: "Officials met in the US State Department.", none: []string{"State Department"}},
		{name: "en another country's seat", lang: "en", text: "Russia told the Pentagon to wait.", want: []want{{"Russia", "RUS"}, {"Pentagon", "USAMIL"}}},
	})
}

// "X-led" names the country that leads the forces it qualifies.
func TestLedByCountry(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en led troops", lang: "en", text: "Russian-led troops withdrew.", want: []want{{"Russian-led troops", "RUSMIL"}}},
		{name: "en led police", lang: "en", text: "The Kenyan-led police mission arrived in Haiti.", want: []want{{"The Kenyan-led police", "KENCOP"}}},
		{name: "en led action", lang: "en", text: "A U.S.-led raid killed two men.", want: []want{{"U.S.-led raid", "USAMIL"}}},
	})
}

// An agent whose complement is an agent of the same role is one mention
// with it: the complement names the force.
func TestAgentOfForce(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es troops of the army", lang: "es", text: "Tropas del Ejército Nacional ejecutaron a un campesino.", want: []want{{"Tropas del Ejército Nacional", "MIL"}}},
		{name: "es soldiers of a national army", lang: "es", text: "Los soldados del ejército colombiano llegaron.", want: []want{{"Los soldados del ejército colombiano", "COLMIL"}}},
		{name: "es officers of the police", lang: "es", text: "Agentes de la Policía Nacional detuvieron a dos hombres.", want: []want{{"Agentes de la Policía Nacional", "COP"}}},
		{name: "es another role is another actor", lang: "es", text: "Los trabajadores de la empresa protestaron.", want: []want{{"Los trabajadores", "LAB"}, {"la empresa", "BUS"}}},
	})
}

// Occupational and social groups of protest news.
func TestMoreGroups(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es groups", lang: "es", text: "Los vendedores ambulantes, los pensionistas y los choferes protestaron.", want: []want{{"Los vendedores ambulantes", "CVL"}, {"los pensionistas", "CVL"}, {"los choferes", "LAB"}}},
		{name: "en groups", lang: "en", text: "Pensioners, shopkeepers, street vendors and tribesmen marched.", want: []want{{"Pensioners", "CVL"}, {"shopkeepers", "BUS"}, {"street vendors", "CVL"}, {"tribesmen", "CVL"}}},
		{name: "en merchant ship is no actor", lang: "en", text: "A merchant ship was seized.", none: []string{"merchant"}},
	})
}

// "its"/"their" stand for a country or an organisation, never for one person;
// "his"/"her" prefer the person.
func TestPossessiveKinds(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en its", lang: "en", date: "2024-01-01", text: "Ukrainian President Volodymyr Zelensky said Russia lost ground and its troops retreated.", want: []want{{"its troops", "RUSMIL"}}},
		{name: "en his", lang: "en", date: "2024-01-01", text: "Ukrainian President Volodymyr Zelensky said Russia lost ground and his troops advanced.", want: []want{{"his troops", "UKRMIL"}}},
	})
}
