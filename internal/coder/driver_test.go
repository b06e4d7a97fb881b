package coder_test

import (
	"strings"
	"testing"
)

// TestDriverRole: people named by a trade of driving are workers (LAB) as
// the source of a protest, a strike called off or a demand, and civilians
// (CVL) when killed or detained; a mention that makes them strikers
// ("striking drivers", "choferes en huelga") stays workers. English and
// Spanish follow the one rule.
func TestDriverRole(t *testing.T) {
	cases := []struct {
		lang, text, code string
		tgt              bool
		want             string
	}{
		{"en", "Kenyan truck drivers blocked the highway to Mombasa.", "144", false, "KENLAB"},
		{"en", "Kenyan truck drivers demanded that the government cut fuel prices.", "10", false, "KENLAB"},
		{"en", "Gunmen killed two Kenyan truck drivers in Nairobi.", "1823", true, "KENCVL"},
		{"en", "Belarus detained two Polish lorry drivers near Grodno.", "173", true, "POLCVL"},
		{"en", "Kenyan police arrested 41 striking drivers in Nairobi.", "173", true, "KENLAB"},
		{"es", "Los choferes bolivianos bloquearon la carretera a Oruro.", "144", false, "BOLLAB"},
		{"es", "Los transportistas peruanos exigieron al Gobierno la rebaja del combustible.", "10", false, "PERLAB"},
		{"es", "Hombres armados asesinaron a dos choferes peruanos en Lima.", "1823", true, "PERCVL"},
		{"es", "La policía peruana detuvo a dos choferes en Lima.", "173", true, "PERCVL"},
		{"es", "La policía peruana detuvo a dos choferes en huelga en Lima.", "173", true, "PERLAB"},
		// drivers of a country who protest or strike in the story are
		// the strikers when detained there too
		{"es", "Los transportistas peruanos bloquearon la carretera. La policía peruana detuvo a diez transportistas.", "173", true, "PERLAB"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-06-17", c.text)
		got := ""
		for _, e := range d.Events {
			a := e.Source
			if c.tgt {
				a = e.Target
			}
			if strings.HasPrefix(e.Cameo, c.code) && a != nil {
				got = a.Code
			}
		}
		if got != c.want {
			t.Errorf("%q: %s party %q, want %q", c.text, c.code, got, c.want)
		}
	}
}
