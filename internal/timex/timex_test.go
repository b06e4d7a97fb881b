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
