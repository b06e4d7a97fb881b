package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/doc"
)

func TestForClause(t *testing.T) {
	ref := time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		lang, text, trigger, want string
		ok                        bool
		clauseFrom                string // the clause starts at this word (default: the sentence)
	}{
		{"es", "Putin durante el llamado del martes elogió a las tropas", "elogió", "2025-08-12", true, ""},
		{"es", "El acuerdo que firmaron durante tres años en 2019 fracasó", "firmaron", "2019", true, ""},
		{"es", "Recientemente, el gobierno firmó el acuerdo el lunes", "firmó", "2025-08-11", true, ""},
		{"es", "Cada semana se reúnen los ministros", "reúnen", "", false, ""},
		{"es", "Se reunieron para discutir la cumbre", "reunieron", "", false, ""},
		{"en", "They met on Friday for three hours", "met", "2025-08-08", true, ""},
		{"en", "Officials said on Tuesday that troops attacked the town last week", "attacked", "2025-W32", true, "troops"},
		{"en", "Soon they will meet in Alaska on Friday", "meet", "2025-08-15", true, ""},
	}
	for _, c := range cases {
		d := &doc.Doc{Lang: c.lang, Date: ref, Text: c.text, Raw: c.text}
		if err := testTagger.Process(d); err != nil {
			t.Fatal(err)
		}
		at := strings.Index(c.text, c.trigger)
		cl := doc.Span{Start: 0, End: len(c.text)}
		if c.clauseFrom != "" {
			cl.Start = strings.Index(c.text, c.clauseFrom)
		}
		got, ok := ForClause(d, cl, at)
		if ok != c.ok || (ok && got.Value != c.want) {
			t.Errorf("%q at %q: got %q %v, want %q %v", c.text, c.trigger, got.Value, ok, c.want, c.ok)
		}
	}
}

func TestEventDate(t *testing.T) {
	cases := []struct {
		typ, val, want string
		ok             bool
	}{
		{"DATE", "2025-08-12", "2025-08-12", true},
		{"DATE", "2025-08", "2025-08", true},
		{"DATE", "2024", "2024", true},
		{"DATE", "2024-FA", "2024-FA", true},
		{"TIME", "2025-08-12T15:00", "2025-08-12", true},
		{"TIME", "2025-08-12TMO", "2025-08-12", true},
		{"DATE", "2025-W32", "2025-08", true},
		{"DATE", "2025-W01", "2025-01", true},
		{"DATE", "2020-W53-WE", "2020-12", true},
		{"DATE", "2025-Q3", "2025", true},
		{"DATE", "PAST_REF", "", false},
		{"DATE", "199", "", false},
		{"DATE", "XXXX-08-13", "", false},
		{"DURATION", "P3D", "", false},
		{"SET", "P1W", "", false},
	}
	for _, c := range cases {
		got, ok := EventDate(doc.Time{Type: c.typ, Value: c.val})
		if got != c.want || ok != c.ok {
			t.Errorf("EventDate(%s %s) = %q %v, want %q %v", c.typ, c.val, got, ok, c.want, c.ok)
		}
	}
}

func TestForClauseReport(t *testing.T) {
	ref := time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)
	text := "Los medios dijeron el miércoles que Kim y Putin hablaron por teléfono durante una hora el martes."
	d := &doc.Doc{Lang: "es", Date: ref, Text: text, Raw: text}
	if err := testTagger.Process(d); err != nil {
		t.Fatal(err)
	}
	got, ok := ForClause(d, doc.Span{Start: 0, End: len(text)}, strings.Index(text, "hablaron"))
	if !ok || got.Value != "2025-08-12" {
		t.Errorf("got %q %v, want the call's Tuesday, not the report's Wednesday", got.Value, ok)
	}
	// with only the report's date in the clause, it is still given
	text = "Kim y Putin realizaron una llamada, dijeron los medios estatales el miércoles."
	d = &doc.Doc{Lang: "es", Date: ref, Text: text, Raw: text}
	_ = testTagger.Process(d)
	if got, ok := ForClause(d, doc.Span{Start: 0, End: len(text)}, strings.Index(text, "realizaron")); !ok || got.Value != "2025-08-13" {
		t.Errorf("got %q %v, want the report's date as the only one", got.Value, ok)
	}
}
