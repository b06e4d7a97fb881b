package coder_test

import "testing"

// TestHomeAccuser: a denial by a body of the state answers the rebels or
// opponents who accused another body of that state just before ("acusó a
// la junta militar ... El Ejército negó"); with no accusation, none.
func TestHomeAccuser(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "El portavoz del Ejército de Arakan acusó a la junta militar de Birmania de violar la tregua. El Ejército birmano negó haber llevado a cabo el ataque.", "016", "MMRMIL MMRREB"},
		{"es", "El Ejército birmano negó haber llevado a cabo el ataque.", "016", "MMRMIL -"},
	})
}

// TestDelegationActs: a delegation named by the body it speaks for acts as
// that body ("la delegación militar rechazó la demanda").
func TestDelegationActs(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "El Ejército de Arakan exigió la retirada de las tropas birmanas, pero la delegación militar rechazó la demanda y la calificó de inaceptable.", "1246", "MMRMIL MMRREB"},
	})
}

// TestHostedTalks: hosting the talks of others mediates between them
// (045), the two parties of the story when none is named; hosting
// refugees, told in a describing relative clause in the present, is no
// event.
func TestHostedTalks(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "La junta militar de Birmania (Myanmar) y la guerrilla étnica del Ejército de Arakan (AA) firmaron una tregua. Pekín, que acogió las negociaciones, celebró el acuerdo.", "045", "CHNGOV MMRGOV"},
		{"es", "Bangladés, que acoge a cerca de un millón de refugiados rohinyás, celebró la tregua.", "043", "none"},
	})
}

// TestObjectRelative: a reaction told in a relative clause whose pronoun
// is its object ("una decisión que la gobernadora se negó a acatar")
// reacts to the antecedent, the latest act of its kind; refusing to
// comply with a ruling defies it (128), aimed at the court.
func TestObjectRelative(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "El Tribunal Constitucional de Moldavia ordenó a las autoridades regionales suspender su organización, una decisión que la gobernadora de Gagauzia se negó a acatar.", "128", "MDAGOV MDAJUD"},
		{"es", "La gobernadora de Gagauzia se negó a acatar.", "128", "MDAGOV -"},
	})
}

// TestPoliceStation: a police station stands for the police: a rally
// before it or an attack on it is aimed at them; a place someone is held
// in names no party.
func TestPoliceStation(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "Varios cientos de personas se concentraron en Moldavia ante la comisaría de Comrat.", "141", "MDACVL MDACOP"},
		{"es", "Un grupo armado atacó una comisaría en el norte de Burkina Faso.", "190", "BFAUAF BFACOP"},
		{"es", "El periodista fue trasladado a una comisaría de Lima.", "1", "none"},
	})
}
