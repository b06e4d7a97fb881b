package coder_test

import (
	"strings"
	"testing"
)

// TestProtestLeaders: leaders named with a community where people live
// ("los dirigentes de la comarca") are civilians, and bare leaders ("los
// dirigentes", "the leaders") told after a protest by a group of no state
// are that group's; with no such protest, or with a complement that says
// whose they are, they stay as read.
func TestProtestLeaders(t *testing.T) {
	cases := []struct{ lang, text, code, want string }{
		{"es", "Los dirigentes de la comarca denunciaron a la policía panameña.", "11", "CVL"},
		{"en", "The leaders of the village accused Kenyan police of torture.", "11", "CVL"},
		{"es", "Los maestros bolivianos marcharon en La Paz. Los dirigentes rechazaron la propuesta del Gobierno.", "12", "BOLEDU"},
		{"en", "Kenyan teachers marched in Nairobi on Monday. The leaders rejected the government's offer.", "12", "KENEDU"},
		{"es", "Los dirigentes sindicales bolivianos rechazaron la propuesta del Gobierno.", "12", "BOLLAB"},
		// no protest before: as read
		{"es", "Los dirigentes rechazaron la propuesta del Gobierno de Bolivia.", "12", "GOV"},
		// a complement says whose
		{"es", "Los maestros bolivianos marcharon en La Paz. Los dirigentes de Bolivia y Perú firmaron un acuerdo.", "057", "BOLGOV"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-06-17", c.text)
		got := ""
		for _, e := range d.Events {
			if strings.HasPrefix(e.Cameo, c.code) && e.Source != nil {
				got = e.Source.Code
			}
		}
		if got != c.want {
			t.Errorf("%q: %s source %q, want %q", c.text, c.code, got, c.want)
		}
	}
}
