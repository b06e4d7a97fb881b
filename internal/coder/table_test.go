package coder_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// The sentence tables in testdata/{es,en}.tsv: each line is a sentence (or
// a short text), a tab, and the events it must give, separated by " | ";
// each event is "SOURCE TARGET CODE" with actor keys (country, or the
// whole code of an organisation; "-" for none), optionally followed by
// the modality, "@date" and "#country of the place". Every listed field
// must match; the set of events must be exactly the listed one ("none"
// when no event is expected). Lines starting with # are comments; a line
// "date YYYY-MM-DD" sets the article date of the lines after it.

func key(a *doc.Actor) string {
	if a == nil {
		return "-"
	}
	return actorKey(a.Code)
}

// describe renders an event in the table's notation, with every field.
func describe(e *doc.Event) string {
	s := key(e.Source) + " " + key(e.Target) + " " + e.Cameo + " " + e.Modality
	if e.Date != "" {
		s += " @" + e.Date
	}
	if e.Location != nil {
		s += " #" + e.Location.Country
	}
	return s
}

// fits reports whether event e has every field of the expectation want.
func fits(e *doc.Event, want string) bool {
	f := strings.Fields(want)
	if len(f) < 3 || key(e.Source) != f[0] || key(e.Target) != f[1] || e.Cameo != f[2] {
		// a symmetric event may be told in either order
		if !(e.Symmetric && len(f) >= 3 && key(e.Target) == f[0] && key(e.Source) == f[1] && e.Cameo == f[2]) {
			return false
		}
	}
	for _, x := range f[3:] {
		switch {
		case strings.HasPrefix(x, "@"):
			if e.Date != x[1:] {
				return false
			}
		case strings.HasPrefix(x, "#"):
			if e.Location == nil || e.Location.Country != x[1:] {
				return false
			}
		default:
			if e.Modality != x {
				return false
			}
		}
	}
	return true
}

func runTable(t *testing.T, lang string) { runTableFile(t, lang, lang+".tsv", 100) }

// runTableFile runs one table file of testdata/ in language lang and
// fails when it holds fewer than min cases.
func runTableFile(t *testing.T, lang, name string, min int) {
	path := filepath.Join("testdata", name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	date := "2025-08-13"
	n, line := 0, 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.HasPrefix(l, "date ") {
			date = strings.TrimSpace(l[5:])
			continue
		}
		text, wantS, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("%s:%d: want sentence<TAB>events", path, line)
		}
		n++
		d := run(t, lang, date, text)
		var wants []string
		if strings.TrimSpace(wantS) != "none" {
			for _, w := range strings.Split(wantS, "|") {
				wants = append(wants, strings.TrimSpace(w))
			}
		}
		used := make([]bool, len(d.Events))
		var missing []string
		for _, w := range wants {
			hit := false
			for i := range d.Events {
				if !used[i] && fits(&d.Events[i], w) {
					used[i], hit = true, true
					break
				}
			}
			if !hit {
				missing = append(missing, w)
			}
		}
		var extra []string
		for i := range d.Events {
			if !used[i] {
				extra = append(extra, describe(&d.Events[i]))
			}
		}
		if len(missing) > 0 || len(extra) > 0 {
			var got []string
			for i := range d.Events {
				got = append(got, describe(&d.Events[i]))
			}
			sort.Strings(got)
			t.Errorf("%s:%d: %s\n\tmissing %q\n\textra   %q\n\tgot     %s", path, line, text, missing, extra, fmt.Sprint(got))
		}
	}
	if n < min {
		t.Errorf("%s: %d cases; the table must hold at least %d", path, n, min)
	}
}

func TestSpanishTable(t *testing.T) { runTable(t, "es") }
func TestEnglishTable(t *testing.T) { runTable(t, "en") }

// The argument tables: cases for how sources, targets and triggers are
// found (reactions to earlier events, relative clauses, passives, nouns
// inside compounds), kept apart from the pattern tables.
func TestSpanishArgsTable(t *testing.T) { runTableFile(t, "es", "args_es.tsv", 1) }
func TestEnglishArgsTable(t *testing.T) { runTableFile(t, "en", "args_en.tsv", 1) }
