package coder_test

import "testing"

// TestStateUndated: a protest that qualifies the people who hold it
// ("striking drivers", "protesting farmers", "los mineros en huelga") is a
// state begun before, not an act of its clause's day; the act done to
// them keeps the day.
func TestStateUndated(t *testing.T) {
	cases := []struct{ lang, text, state, act, date string }{
		{"en", "Kenyan police fired tear gas at protesting farmers in Nakuru on Tuesday.", "protesting", "fired tear gas", "2025-08-12"},
		{"es", "La policía peruana detuvo a diez mineros en huelga en Arequipa el lunes.", "huelga", "detuvo", "2025-08-11"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-08-13", c.text)
		for _, e := range triggered(t, d, c.state) {
			if e.Date != "" {
				t.Errorf("%q: %q dated %s, want none", c.text, c.state, e.Date)
			}
		}
		for _, e := range triggered(t, d, c.act) {
			if e.Date != c.date {
				t.Errorf("%q: %q dated %q, want %s", c.text, c.act, e.Date, c.date)
			}
		}
	}
}
