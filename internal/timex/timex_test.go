package timex

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/doc"
)

var testTagger = func() *Tagger {
	tg, err := New(Options{})
	if err != nil {
		panic(err)
	}
	return tg
}()

// render prints mentions as the cases file writes them.
func render(text string, ts []doc.Time) string {
	var parts []string
	for _, t := range ts {
		v := t.Value
		if t.Type != "DATE" {
			v = t.Type + ":" + v
		}
		parts = append(parts, text[t.Start:t.End]+"="+v)
	}
	return strings.Join(parts, " | ")
}

// TestCases runs the table in testdata/cases.tsv.
func TestCases(t *testing.T) {
	f, err := os.Open("testdata/cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line, n := 0, 0
	for sc.Scan() {
		line++
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) < 3 {
			t.Fatalf("cases.tsv:%d: want lang, ref, text, expected", line)
		}
		want := ""
		if len(fs) > 3 {
			want = fs[3]
		}
		var ref time.Time
		if fs[1] != "" {
			if ref, err = time.Parse("2006-01-02", fs[1]); err != nil {
				t.Fatalf("cases.tsv:%d: %v", line, err)
			}
		}
		n++
		got := render(fs[2], testTagger.Find(fs[2], fs[0], ref))
		if got != want {
			t.Errorf("cases.tsv:%d: %s %s %q\n got  %s\n want %s", line, fs[0], fs[1], fs[2], got, want)
		}
	}
	t.Logf("%d cases", n)
	if n < 150 {
		t.Errorf("only %d cases", n)
	}
}

// TestSpansWellFormed runs the tagger on every prefix of mixed texts (cut
// anywhere, even inside a character): it must not panic, and its mentions
// must be inside the text, sorted and non-overlapping.
func TestSpansWellFormed(t *testing.T) {
	texts := []struct{ lang, text string }{
		{"es", "El martes 12 de agosto, a las 15:00 UTC, hace dos semanas; el otoño pasado y en 2019 — «pronto». Ñandú 3/4 2.50 $2019, 15,000 tropas; las seis cero dos pm; 31-oct-74"},
		{"en", "On Friday's call at 3:07:35, two and a half years ago, a quarter past 3pm, the 1990s, '82, 8 tonight, in 1h, 2014/10, March 3rd 2015 — the same day."},
	}
	ref := time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)
	for _, c := range texts {
		for n := 0; n <= len(c.text); n++ {
			s := c.text[:n]
			last := 0
			for _, m := range testTagger.Find(s, c.lang, ref) {
				if m.Start < last || m.End <= m.Start || m.End > len(s) {
					t.Fatalf("%s %q: bad span %v after %d", c.lang, s, m.Span, last)
				}
				if m.Value == "" || m.Type == "" {
					t.Fatalf("%s %q: empty value or type in %+v", c.lang, s, m)
				}
				last = m.End
			}
		}
	}
}

// TestConcurrent runs one tagger from many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	ref := time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)
	want := render("el martes pasado y two weeks ago", testTagger.Find("el martes pasado y two weeks ago", "es", ref))
	done := make(chan string)
	for g := 0; g < 8; g++ {
		go func() {
			var got string
			for k := 0; k < 50; k++ {
				got = render("el martes pasado y two weeks ago", testTagger.Find("el martes pasado y two weeks ago", "es", ref))
			}
			done <- got
		}()
	}
	for g := 0; g < 8; g++ {
		if got := <-done; got != want {
			t.Errorf("concurrent run gave %q, want %q", got, want)
		}
	}
}

// TestAnchor: an amount counted from an event told after it ("a day after
// the minister accused", "dos días antes de la votación") is anchored on
// the day named before it in the sentence; with no day named there, or
// with an amount told alone, it has no anchor.
func TestAnchor(t *testing.T) {
	ref := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, expr, anchor string }{
		{"en", "Azerbaijan recalled its envoy on Wednesday, a day after the minister accused Baku.", "a day after", "2026-03-10"},
		{"en", "The curfew began on Tuesday, a week before the vote.", "a week before", "2026-03-17"},
		{"en", "Rebels attacked the town on Monday, hours after troops left.", "hours after", "2026-03-09"},
		{"es", "La policía detuvo a 20 personas el martes, un día después de que el gobierno prohibiera la marcha.", "un día después de", "2026-03-09"},
		{"es", "El toque de queda comenzó el martes, dos días antes de la votación.", "dos días antes de", "2026-03-12"},
		// negative: no day named before in the sentence; an amount alone
		{"en", "Two days after the election, protesters marched.", "Two days", ""},
		{"es", "Dos días después de la votación, hubo protestas.", "Dos días", ""},
		{"es", "La huelga duró dos días el mes pasado.", "dos días", ""},
	}
	for _, c := range cases {
		found := false
		for _, m := range testTagger.Find(c.text, c.lang, ref) {
			if c.text[m.Start:m.End] != c.expr {
				continue
			}
			found = true
			if m.Anchor != c.anchor {
				t.Errorf("%q: %q anchored %q, want %q", c.text, c.expr, m.Anchor, c.anchor)
			}
		}
		if !found {
			t.Errorf("%q: no expression %q in %s", c.text, c.expr, render(c.text, testTagger.Find(c.text, c.lang, ref)))
		}
	}
}
