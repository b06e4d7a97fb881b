package coder_test

import "testing"

// TestNationals: people named only by a plural demonym whom an act against
// people by someone named falls on are that country's civilians (CVL), not
// its state; the victims of a toll with no doer keep the country alone.
func TestNationals(t *testing.T) {
	cases := []struct{ lang, text, code, want string }{
		{"es", "República Dominicana deportó a 11.000 haitianos la semana pasada.", "174", "HTICVL"},
		{"en", "The Dominican Republic deported 11,000 Haitians last week.", "174", "HTICVL"},
		{"es", "Los paramilitares de Colombia secuestraron a dos franceses.", "181", "FRACVL"},
		{"es", "Rusia expulsó a Estonia de la reunión.", "174", "EST"},
		{"es", "En Mitrovica, 200 albaneses resultaron heridos.", "182", "ALB"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-06-17", c.text)
		found := false
		for i := range d.Events {
			e := &d.Events[i]
			if e.Cameo != c.code {
				continue
			}
			found = true
			if e.Target == nil || e.Target.Code != c.want {
				got := "none"
				if e.Target != nil {
					got = e.Target.Code
				}
				t.Errorf("%q: target %s, want %s", c.text, got, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no %s event", c.text, c.code)
		}
	}
}
