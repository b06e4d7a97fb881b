package coder_test

import (
	"strings"
	"testing"
)

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

// TestDateCountedFromEvent: an amount counted from an event told after
// it ("a day after France's minister accused", "un día después de que el
// Gobierno prohibiera") dates that event from the day named before it in
// the sentence; a time right before "that"/"que" after a verb of saying
// dates the saying, not the reported act.
func TestDateCountedFromEvent(t *testing.T) {
	cases := []triggerDate{
		{"en", "Azerbaijan recalled its ambassador to France on Wednesday, a day after France's foreign minister accused Azerbaijan of intimidation.", "accused", "2026-03-10"},
		{"en", "Azerbaijan recalled its ambassador to France on Wednesday, a day after France's foreign minister accused Azerbaijan of intimidation.", "recalled its ambassador", "2026-03-11"},
		{"en", "Russia expelled two British diplomats on Tuesday, two days after Britain accused Moscow of spying.", "accused Moscow of spying", "2026-03-08"},
		{"es", "Rusia expulsó a dos diplomáticos británicos el martes, un día después de que el Reino Unido acusara a Moscú de espionaje.", "acusara a Moscú de espionaje", "2026-03-09"},
		{"es", "Rusia expulsó a dos diplomáticos británicos el martes, un día después de que el Reino Unido acusara a Moscú de espionaje.", "expulsó a dos diplomáticos", "2026-03-10"},
		// negative: the day of the saying is no date of the act it reports
		{"en", "The French foreign ministry said on Monday that Azerbaijan had accused France of meddling.", "accused", ""},
		{"es", "La cancillería francesa informó el lunes que Azerbaiyán acusó a Francia de injerencia.", "acusó", ""},
	}
	checkTriggerDates(t, "2026-03-12", cases)
}

// TestReportClauseDate: a day told in a reporting clause after a comma
// ("…, the army said on Tuesday", "…, informó el martes el ministerio")
// is the day of the saying: the act reported before it keeps no date of
// it, and keeps its own when it has one.
func TestReportClauseDate(t *testing.T) {
	cases := []triggerDate{
		{"en", "Troops shelled rebel positions near the border, the army said on Tuesday.", "shelled", ""},
		{"en", "Troops shelled rebel positions near the border on Monday, the army said on Tuesday.", "shelled", "2026-03-09"},
		{"es", "Las tropas bombardearon posiciones rebeldes cerca de la frontera, dijo el martes el ejército.", "bombardearon", ""},
		{"es", "Las tropas bombardearon posiciones rebeldes cerca de la frontera el lunes, dijo el martes el ejército.", "bombardearon", "2026-03-09"},
		// a time of the act itself after a comma of its own list still dates it
		{"en", "Troops shelled rebel positions near the border, the town and the airport on Tuesday.", "shelled", "2026-03-10"},
	}
	checkTriggerDates(t, "2026-03-12", cases)
}

// triggerDate: the date ("" for none) the events a trigger gives in a
// text must carry.
type triggerDate struct{ lang, text, trigger, date string }

// checkTriggerDates runs each text as an article published on pub and
// checks the date of every event its trigger gives.
func checkTriggerDates(t *testing.T, pub string, cases []triggerDate) {
	t.Helper()
	for _, c := range cases {
		d := run(t, c.lang, pub, c.text)
		for _, e := range triggered(t, d, c.trigger) {
			if e.Date != c.date {
				t.Errorf("%q: %q dated %q, want %q", c.text, c.trigger, e.Date, c.date)
			}
		}
	}
}

// TestTimeAfterName: a time expression that starts inside a place name and
// goes on past it ("SANTO DOMINGO, 4 nov": "domingo" is Sunday) is read
// again from the name's end; one wholly inside the name is none.
func TestTimeAfterName(t *testing.T) {
	cases := []struct{ lang, text, want string }{
		{"es", "SANTO DOMINGO, 4 nov (EFE) – Los médicos suspendieron la huelga.", "4 nov=2027-11-04"},
		{"es", "MADRID, 4 nov (EFE) – Los médicos suspendieron la huelga.", "4 nov=2027-11-04"},
		{"es", "El gobierno de Haití criticó a Santo Domingo por las deportaciones.", ""},
		// negative: a weekday that opens a date outside any name stays one
		{"es", "Los médicos marcharon el domingo 31 de octubre.", "el domingo 31 de octubre=2027-10-31"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2027-11-04", c.text)
		var got []string
		for _, tm := range d.Times {
			got = append(got, d.Text[tm.Start:tm.End]+"="+tm.Value)
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%q: times %q, want %q", c.text, g, c.want)
		}
	}
}
