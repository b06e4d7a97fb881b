package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestUserDicts(t *testing.T) {
	dir := t.TempDir()
	es := filepath.Join(dir, "timex", "es")
	if err := os.MkdirAll(es, 0o755); err != nil {
		t.Fatal(err)
	}
	// a new word, and an override: "pronto" read as the present
	if err := os.WriteFile(filepath.Join(es, "lexicon.tsv"), []byte("# user words\nfinde\tunit\tWE\npronto\tref\tPRESENT_REF\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tg, err := New(Options{UserDicts: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)
	if got := render("este finde y pronto", tg.Find("este finde y pronto", "es", ref)); got != "este finde=2025-W33-WE | pronto=PRESENT_REF" {
		t.Errorf("with user words: %s", got)
	}
	// the embedded tagger is untouched
	if got := render("pronto", testTagger.Find("pronto", "es", ref)); got != "pronto=FUTURE_REF" {
		t.Errorf("embedded: %s", got)
	}
}

func TestBadDicts(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"lexicon.tsv", "hoy\tday\t0\nfoo\tbogus\t1\n", "lexicon.tsv:2: unknown class \"bogus\""},
		{"lexicon.tsv", "enero\tmonth\t13\n", "lexicon.tsv:1: month 13 out of range"},
		{"lexicon.tsv", "enero month 1\n", "lexicon.tsv:1: want 3 or 4 tab-separated columns"},
		{"lexicon.tsv", "ayer\tday\tminus one\n", "lexicon.tsv:1: value \"minus one\" of class day must be a whole number"},
		{"tense.tsv", "-rá\tsoon\n", "tense.tsv:1: tense must be"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		es := filepath.Join(dir, "timex", "es")
		if err := os.MkdirAll(es, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(es, c.name), []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := New(Options{UserDicts: []string{dir}})
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: got error %v, want one line containing %q", c.text, err, c.want)
		}
	}
	if _, err := New(Options{UserDicts: []string{filepath.Join(t.TempDir(), "missing")}}); err == nil {
		t.Error("a missing user dictionary gave no error")
	}
}
