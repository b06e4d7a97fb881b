package coder_test

import "testing"

// TestHomePlaceTarget: a domestic measure (curfew) or a threatened protest
// whose only target is the place where it happens is aimed at that
// country's people when a body of the state acts, at its government
// otherwise; a measure with a party named keeps it.
func TestHomePlaceTarget(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "El gobernador militar de Kivu del Norte decretó el martes un toque de queda en Butembo.", "1723", "CODGOV CODCVL"},
		{"en", "The police commissioner imposed a curfew in Wabag on Tuesday.", "1723", "PNGCOP PNGCVL"},
		{"es", "La policía de Mozambique disparó gases lacrimógenos contra miles de simpatizantes de la oposición que se habían reunido en el centro de Maputo para protestar contra los resultados de las elecciones. Mondlane dijo que las protestas continuarán y llamó a una huelga general de tres días.", "133", "MOZOPP MOZGOV"},
		{"es", "El gobierno peruano declaró el estado de emergencia en Trujillo.", "1724", "PERGOV PER"},
	})
}

// TestAidState: economic or military aid promised to a country named bare
// (a credit line, a loan, equipment) goes to its government; humanitarian
// aid (0333) reaches the country as named.
func TestAidState(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "India announced a credit line of $1 billion for Bangladesh.", "0331", "INDGOV BGDGOV"},
		{"en", "The European Union announced 4 million euros in humanitarian aid for Haiti.", "0333", "IGOEU HTI"},
	})
}

// TestSectorMinistry: a minister or ministry of health or education is the
// government (GOV), as the golds code it: no sector role after GOV.
func TestSectorMinistry(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "El ministro de Salud Pública dominicano calificó el paro de los médicos de chantaje.", "11", "DOMGOV DOMHLH"},
		{"es", "El Ministerio de Educación de Perú amenazó con descontar los días no trabajados a los maestros.", "13", "PERGOV PEREDU"},
		{"en", "Kenya's health minister criticised the striking doctors.", "11", "KENGOV KENHLH"},
	})
}

// TestRepressionObject: police who answer with tear gas a crowd that
// attacked them repress that crowd, not the last party they acted on; a
// Spanish object clitic before an act of force is its patient, not a
// party named after the verb in a later phrase ("cuando intentaban llegar
// a la sede del Gobierno").
func TestRepressionObject(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "Agentes de la Policía moldava detuvieron a dos miembros de la comisión electoral. Varios cientos de personas se concentraron el sábado ante la comisaría de Comrat y lanzaron botellas contra los agentes, que respondieron con gas pimienta.", "175", "MDACOP MDACVL"},
		{"es", "Cientos de vecinos marcharon el martes hasta la plaza Murillo, en La Paz, y la policía boliviana los dispersó con gases lacrimógenos cuando intentaban llegar a la sede del Gobierno.", "175", "BOLCOP BOLCVL"},
		{"es", "La policía boliviana dispersó con gases lacrimógenos a los manifestantes frente a la sede del Gobierno.", "175", "BOLCOP BOLCVL"},
	})
}

// TestPretextAccusation: an accusation of staging or exploiting an attack
// (the attack the object of a verb of cue kind pretext) is a plain
// accusation (112), not one of aggression (1123); an accusation of using
// weapons to attack stays one.
func TestPretextAccusation(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "The RSF accused the Sudanese army of staging the attack to discredit the group.", "112", "SDNUAF SDNMIL"},
		{"es", "El partido opositor guineano acusó al Gobierno de usar el ataque como pretexto para silenciar a la prensa.", "112", "GINOPP GINGOV"},
		{"en", "Armenia accused Azerbaijan of using artillery to attack its positions.", "1123", "ARMGOV AZEGOV"},
		{"en", "Armenia accused Azerbaijan of shelling its positions.", "1123", "ARMGOV AZEGOV"},
	})
}

// TestLegislatureFaced: a protest (or a people's demand) aimed at the
// government by default, told in a sentence that names the legislature,
// faces the legislature when the legislature acts in the story (passed
// the law); a protest outside parliament against a tax, with parliament
// acting nowhere, stays aimed at the government.
func TestLegislatureFaced(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "El Congreso de Guatemala aprobó el martes una ley de amnistía. Cientos de familiares de víctimas marcharon el miércoles hasta el Congreso y exigieron la derogación de la ley.", "14", "GTMCVL GTMLEG"},
		{"es", "El Congreso de Guatemala aprobó el martes una ley de amnistía. Cientos de familiares de víctimas marcharon el miércoles hasta el Congreso y exigieron la derogación de la ley.", "10", "GTMCVL GTMLEG"},
		{"en", "Kenyan police fired tear gas at several thousand protesters who had gathered outside parliament to oppose a proposed increase in fuel taxes.", "14", "KENCVL KENGOV"},
	})
}

// TestTookOffice: a person of no state role told as taking office ("who
// was sworn in", "juró como primer ministro") acts and is acted upon as
// the government from that sentence on; one elected leader of the
// opposition, or told before taking office, keeps the role.
func TestTookOffice(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Vanuatu's opposition leader Peter Tarimas won the vote. Tarimas, who was sworn in on Wednesday, said he would visit Canberra early next year.", "042", "VUTGOV AUSGOV"},
		{"en", "Vanuatu's opposition leader Peter Tarimas won the vote. Tarimas, who was sworn in on Wednesday, said he would visit Canberra early next year. China's embassy congratulated Tarimas.", "051", "CHNGOV VUTGOV"},
		{"en", "Vanuatu's opposition leader Peter Tarimas said he would visit Canberra early next year.", "042", "VUTOPP AUSGOV"},
	})
}

// TestWorkersEmployer: the agent of a participle between commas after the
// subject ("la mina, operada por la empresa peruana Minera Andina") is no
// subject, past the common noun that classes its name; workers' strike
// with no one named, in a sentence that names a company of their country,
// is aimed at that employer; with no company named it stays the
// government's, and a bare agent with no name ("por el propio ex
// mandatario") is not stepped over.
func TestWorkersEmployer(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "Los trabajadores peruanos de la mina, operada por la empresa Minera Andina, iniciaron una huelga indefinida el lunes para exigir un aumento salarial.", "143", "PERLAB PERBUS"},
		{"es", "Los trabajadores portuarios peruanos iniciaron una huelga indefinida el lunes para exigir un aumento salarial.", "143", "PERLAB PERGOV"},
	})
}

// TestCoupReactions: once a country's army has detained or removed its
// government, foreign reactions aimed at that government are aimed at the
// army that holds power; with no coup told they stay the government's.
func TestCoupReactions(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Madagascar's army detained the president on Monday. The African Union suspended Madagascar from all its activities on Tuesday.", "16", "IGOAU MDGMIL"},
		{"en", "Madagascar's army detained the president on Monday. The U.N. Secretary-General called for the release of the president.", "0253", "IGOUNO MDGMIL"},
		{"en", "The African Union suspended Madagascar from all its activities on Tuesday.", "16", "IGOAU MDGGOV"},
	})
}

// TestArrestedOfCrowd: people arrested by the police that dispersed a
// group with a role of its own in the same sentence are of that group;
// with no such group dispersed they stay civilians.
func TestArrestedOfCrowd(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Kenyan police fired tear gas in Nairobi on Wednesday to disperse striking drivers who had blocked an avenue, and arrested 41 people.", "173", "KENCOP KENLAB"},
		{"en", "Kenyan police arrested 41 people in Nairobi on Wednesday.", "173", "KENCOP KENCVL"},
	})
}

// TestMilitaryGovernment: a government, regime or authorities qualified
// as military govern (GOV); the military alone is the armed forces.
func TestMilitaryGovernment(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Mali's military government accused the broadcaster of spreading false information.", "112", "MLIGOV MLIMED"},
		{"es", "El gobierno militar de Malí acusó a la emisora de difundir información falsa.", "112", "MLIGOV MLIMED"},
		{"en", "Mali's military accused the broadcaster of spreading false information.", "112", "MLIMIL MLIMED"},
	})
}
