package coder_test

import "testing"

// TestProtestTargetRoles: what a protest is against is not the police that
// dispersed it nor the people detained, named in the next clause joined by
// a comma and "y"/"and" (only a government named there is); a protest told
// later without a target goes on against the government of the police a
// march clashed with, not against the police; police force on people
// named only as protesters falls on the party that made the protest.
func TestProtestTargetRoles(t *testing.T) {
	cases := []struct{ lang, text, cameo, source, target string }{
		{"es", "Cientos de vecinos bolivianos marcharon contra el recorte del subsidio, y la policía los dispersó.", "141", "BOLCVL", "BOLGOV"},
		{"en", "Hundreds of Bolivian residents marched against the cut in fuel subsidies, and police dispersed them with tear gas.", "141", "BOLCVL", "BOLGOV"},
		{"es", "Cientos de cubanos protestaron contra los apagones, y las autoridades detuvieron a decenas de personas.", "141", "CUB", "CUBGOV"},
		{"es", "Miles de opositores mozambiqueños protestaron contra los resultados electorales, y la policía detuvo a 40 personas.", "141", "MOZOPP", "MOZGOV"},
		// a protest aimed at the police in its own phrase keeps them
		{"es", "Los estudiantes bolivianos marcharon contra la represión de la policía.", "141", "BOLEDU", "BOLCOP"},
		{"es", "Una marcha de docentes peruanos terminó en violentos enfrentamientos con la policía. Los docentes mantienen una huelga indefinida desde hace dos semanas.", "143", "PEREDU", "PERGOV"},
		// people named only as protesters after a protest by a party named
		// more closely are that party; with none, or other people, they stay
		{"es", "Cientos de simpatizantes de la oposición peruana quemaron llantas en Juliaca. La policía peruana dispersó a los manifestantes con gases lacrimógenos.", "175", "PERCOP", "PEROPP"},
		{"en", "Hundreds of Kenyan union members marched in Nairobi. Police dispersed the protesters with tear gas.", "175", "KENCOP", "KENLAB"},
		{"es", "La policía peruana dispersó a los manifestantes con gases lacrimógenos.", "175", "PERCOP", "PERCVL"},
		{"es", "Cientos de simpatizantes de la oposición peruana quemaron llantas en Juliaca. La policía peruana detuvo a tres pescadores.", "173", "PERCOP", "PERCVL"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-08-13", c.text)
		found := false
		for i := range d.Events {
			e := &d.Events[i]
			if e.Cameo[:3] != c.cameo {
				continue
			}
			found = true
			src, tgt := "-", "-"
			if e.Source != nil {
				src = e.Source.Code
			}
			if e.Target != nil {
				tgt = e.Target.Code
			}
			if src != c.source || tgt != c.target {
				t.Errorf("%q: %s want %s -> %s, got %s -> %s", c.text, c.cameo, c.source, c.target, src, tgt)
			}
		}
		if !found {
			t.Errorf("%q: no %s event", c.text, c.cameo)
		}
	}
}
