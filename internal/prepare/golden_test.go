package prepare

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden prepares each testdata/*.txt (our own sample articles, with
// machine-translation artifacts) and compares a readable dump of the
// result with testdata/*.golden. Run with -update to rewrite them after a
// deliberate change, and review the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := prep(t, "", string(b))
		checkInvariants(t, d)
		got := dump(d)
		golden := strings.TrimSuffix(f, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run TestGolden -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s:\n%s", f, golden, diffLines(string(want), got))
		}
	}
}

// dump writes a doc as text: language, warnings, then each sentence with
// its raw span and tokens (text/kind; raw text after = when it differs).
func dump(d *doc.Doc) string {
	var b strings.Builder
	fmt.Fprintf(&b, "lang %s\n", d.Lang)
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "warning %s\n", w)
	}
	for i, s := range d.Sentences {
		r := d.RawSpan(s.Span)
		fmt.Fprintf(&b, "\nsentence %d raw [%d,%d)\n ", i, r.Start, r.End)
		for _, tk := range d.Tokens[s.FirstTok:s.EndTok] {
			fmt.Fprintf(&b, " %s/%c", tk.Text, tk.Kind.String()[0])
			if raw := d.RawText(tk.Span); raw != tk.Text {
				fmt.Fprintf(&b, "=%s", raw)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// diffLines lists the lines that differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, a, c)
		}
	}
	return b.String()
}
