package coder_test

import "testing"

// TestPersonalCountObject: an object clitic joined to an infinitive
// ("despojarlos", "liberarlos") stands for the group the personal "a"
// introduced before it, a count in digits between ("a 27 opositores")
// or not; the first member of a list comes first.
func TestPersonalCountObject(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "Un tribunal de Managua declaró traidores a 27 opositores, periodistas y activistas y ordenó despojarlos de la nacionalidad.", "172", "NICJUD NICOPP"},
		{"es", "Un tribunal de Managua declaró traidores a 27 periodistas y ordenó despojarlos de la nacionalidad.", "172", "NICJUD NICMED"},
		{"es", "La policía cubana detuvo a 40 periodistas y luego decidió liberarlos.", "0841", "CUBCOP CUBMED"},
		{"es", "La policía cubana detuvo a los periodistas y luego decidió liberarlos.", "0841", "CUBCOP CUBMED"},
	})
}

// TestRepublicPresident: "el presidente de la República" is the head of
// state (GOV), not the last president met ("el presidente del Congreso",
// LEG); a bare "el presidente" after the Congress's still refers back.
func TestRepublicPresident(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "El presidente del Congreso de Guatemala defendió la amnistía. El presidente de la República celebró la decisión de los magistrados.", "051", "GTMGOV GTMJUD"},
		{"es", "El presidente del Congreso de Guatemala defendió la amnistía. El presidente celebró la decisión de los magistrados.", "051", "GTMLEG GTMJUD"},
	})
}

// TestFreedNationals: people named by a plural demonym whom someone frees
// are civilians of their country, also when the doer is found after the
// event is built (a passive, a kidnapping told in a later clause); a
// release with no doer keeps the bare country.
func TestFreedNationals(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Pirates freed three Spaniards on Wednesday.", "0841", "CRM ESPCVL"},
		{"es", "Piratas liberaron a dos estadounidenses el miércoles.", "0841", "CRM USACVL"},
		{"es", "Tres españoles fueron liberados el miércoles en Nigeria, 23 días después de que un grupo de piratas nigerianos los secuestró.", "0841", "NGACRM ESPCVL"},
		{"en", "France freed Iran's envoy on Monday.", "0841", "FRAGOV IRNGOV"},
		{"es", "Tres españoles fueron liberados el miércoles en Nigeria.", "0841", "- ESP"},
	})
}

// TestShownForceState: a show of force (15) made on a country named bare
// ("entered Japan's territorial waters", "violated Estonian airspace") is
// made on its state (GOV); a place the force was shown in stays a place.
func TestShownForceState(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Four China Coast Guard ships entered Japan's territorial waters around the Senkaku Islands.", "150", "CHNMIL JPNGOV"},
		{"en", "Russian jets violated Estonian airspace on Monday.", "150", "RUSMIL ESTGOV"},
		{"en", "Japan said a Chinese drone entered its airspace on Monday.", "150", "CHNMIL JPNGOV"},
		{"en", "Russia is conducting military exercises in Alaska.", "150", "RUS USA"},
	})
}

// TestAffectedFirstParty: "los desnacionalizados" stand for the party the
// story's latest stripping fell on; of one stripping told on a list of
// parties, the first.
func TestAffectedFirstParty(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "Un tribunal de Managua declaró traidores a 27 opositores, periodistas y activistas y ordenó despojarlos de la nacionalidad. El Gobierno de España ofreció la nacionalidad española a los desnacionalizados.", "033", "ESPGOV NICOPP"},
		{"es", "Un tribunal de Managua declaró traidores a 27 periodistas y ordenó despojarlos de la nacionalidad. El Gobierno de España ofreció la nacionalidad española a los desnacionalizados.", "033", "ESPGOV NICMED"},
	})
}
