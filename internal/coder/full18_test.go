package coder_test

import (
	"strings"
	"testing"
)

// fullCase is a sentence and the full codes (roles included) of the event
// whose CAMEO code begins with code: "SRC TGT", "-" for no actor, or "none"
// when no event with that code is expected.
type fullCase struct {
	lang, text, code, want string
}

func fullCodes(t *testing.T, cases []fullCase) {
	t.Helper()
	for _, c := range cases {
		d := run(t, c.lang, "2027-03-10", c.text)
		got := "none"
		var all []string
		for _, e := range d.Events {
			s, g := "-", "-"
			if e.Source != nil {
				s = e.Source.Code
			}
			if e.Target != nil {
				g = e.Target.Code
			}
			all = append(all, s+" "+g+" "+e.Cameo)
			if strings.HasPrefix(e.Cameo, c.code) && got == "none" {
				got = s + " " + g
			}
		}
		if got != c.want {
			t.Errorf("%s %q: %s got %q, want %q (events %v)", c.lang, c.text, c.code, got, c.want, all)
		}
	}
}

// TestDwellingForeign: an act of force on villages or neighbourhoods falls
// on the civilians of the place's country, whoever strikes; a city or a
// named armed group's positions are no dwelling.
func TestDwellingForeign(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Cambodia said Thai troops had shelled a village in Oddar Meanchey province on Monday.", "19", "THAMIL KHMCVL"},
		{"en", "Government forces burned villages in Nasir county.", "1712", "SSDMIL SSDCVL"},
		{"en", "Russian forces shelled the city of Kharkiv on Monday.", "19", "RUSMIL UKR"},
		{"en", "Israeli aircraft struck Hezbollah positions near a village in southern Lebanon.", "19", "ISRMIL LBNREB"},
		{"es", "La artillería israelí bombardeó el domingo una aldea en el sur del Líbano.", "19", "ISRMIL LBNCVL"},
		{"en", "Thai troops shelled a village in Cambodia on Monday.", "19", "THAMIL KHMCVL"},
		{"en", "Thai troops shelled the city of Siem Reap on Monday.", "19", "THAMIL KHM"},
		{"es", "Tropas tailandesas bombardearon una aldea en la provincia camboyana de Oddar Meanchey el lunes.", "19", "THAMIL KHMCVL"},
		{"es", "La artillería israelí bombardeó el domingo la ciudad de Tiro, en el sur del Líbano.", "19", "ISRMIL LBN"},
	})
}

// TestIllegalMiners: people who mine, log or hunt outside the law are
// criminals (CRM); miners with no such word stay workers (LAB).
func TestIllegalMiners(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Brazilian police arrested 23 illegal miners in Roraima.", "173", "BRACOP BRACRM"},
		{"en", "Brazilian police arrested 23 miners in Roraima.", "173", "BRACOP BRALAB"},
		{"en", "Peruvian miners blocked the highway on Monday.", "144", "PERLAB -"},
		{"es", "La policía brasileña detuvo a 23 mineros ilegales en Roraima.", "173", "BRACOP BRACRM"},
		{"es", "La policía brasileña detuvo a cinco garimpeiros en Roraima.", "173", "BRACOP BRACRM"},
		{"es", "Los mineros peruanos bloquearon la carretera el lunes.", "144", "PERLAB -"},
	})
}

// TestGroupRefComplement: one who leads or speaks for "the group" an
// armed group or NGO named before ("a commander of the group", "un
// comandante del grupo") is coded as that group, and "the group" refers
// back to an armed group named by its kind too; a capitalised unit name
// ("del Grupo Mecanizado") is no such reference.
func TestGroupRefComplement(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Hamas fighters attacked an Israeli post on Monday. A commander of the group demanded that Israel release prisoners.", "105", "PSEREB ISRGOV"},
		{"en", "Hamas attacked an Israeli post on Monday. A spokesman for the group demanded that Israel release prisoners.", "105", "PSEREB ISRGOV"},
		{"en", "An armed group attacked a Libyan army post on Monday. The group demanded that the government release prisoners.", "105", "UAF LBYGOV"},
		{"en", "Israeli troops attacked a post on Monday. A commander of the army demanded calm.", "100", "ISRMIL -"},
		{"es", "Un grupo armado atacó un puesto del ejército libio el lunes. Un comandante del grupo exigió al gobierno la liberación de los presos.", "105", "UAF LBYGOV"},
		{"es", "Guerrilleros de las FARC sostuvieron un combate con tropas del Grupo Mecanizado Cabal.", "19", "COLREB COLMIL"},
	})
}

// TestTakeControlDissolve: armed forces taking control of a place occupy
// it (192), a government taking control of an inquiry does not; dissolving
// a state's institutions is an administrative sanction on them (172).
func TestTakeControlDissolve(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Mutinous Malagasy soldiers took control of the state broadcaster early on Monday.", "192", "MDGMIL MDGMED"},
		{"en", "The Peruvian government took control of the investigation on Monday.", "192", "none"},
		{"en", "Malagasy soldiers dissolved the government and suspended the constitution.", "172", "MDGMIL MDGGOV"},
		{"es", "Los militares malgaches disolvieron el Senado.", "172", "MDGMIL MDGLEG"},
		{"es", "La policía malgache disolvió la manifestación.", "172", "none"},
	})
}

// TestPriorCriminalRole: a bare mention of a group ("los mineros", "the
// miners") keeps the criminals' role an earlier qualified mention in the
// article gave the same word ("mineros ilegales"); a union or families of
// the miners, or miners in an article with no such mention, stay as coded.
func TestPriorCriminalRole(t *testing.T) {
	fullCodes(t, []fullCase{
		{"en", "Brazilian police expelled thousands of illegal miners from the reserve. Police arrested 23 miners on Monday.", "173", "BRACOP BRACRM"},
		{"en", "Brazilian police expelled thousands of illegal miners from the reserve. The miners' union protested on Monday.", "14", "BRALAB -"},
		{"en", "Brazilian police expelled thousands of illegal miners from the reserve. The families of the miners protested on Monday.", "14", "CVL -"},
		{"en", "Brazilian police cleared the reserve. Police arrested 23 miners on Monday.", "173", "BRACOP BRALAB"},
		{"es", "La policía brasileña expulsó a miles de mineros ilegales de la reserva. Otros 23 mineros fueron detenidos el lunes.", "173", "BRACOP BRACRM"},
		{"es", "La policía brasileña expulsó a miles de mineros ilegales de la reserva. El sindicato de mineros protestó el lunes.", "14", "BRALAB -"},
		{"es", "La policía brasileña expulsó a miles de mineros ilegales de la reserva. Las familias de los mineros protestaron el lunes.", "14", "CVL -"},
		{"es", "La policía brasileña desalojó la reserva. Otros 23 mineros fueron detenidos el lunes.", "173", "BRACOP BRALAB"},
	})
}
