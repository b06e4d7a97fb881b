package prepare

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

// prep prepares a body with an optional header language.
func prep(t testing.TB, lang, body string) *doc.Doc {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Prepare(&article.Article{ID: "t", Lang: lang, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// seed reads the reference article.
func seed(t testing.TB) *article.Article {
	t.Helper()
	path := testutil.SharedFile(t, "eval/seed/000_seed.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, perr := article.Parse(path, b)
	if perr != nil {
		t.Fatal(perr)
	}
	return a
}

// checkInvariants checks what must hold of every prepared doc: tokens in
// order inside their sentences, sentences covering every token, and each
// token's raw text being what the token came from.
func checkInvariants(t *testing.T, d *doc.Doc) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Errorf("prepared text is not valid UTF-8")
	}
	prevEnd := 0
	for i, tk := range d.Tokens {
		if tk.Start < prevEnd || tk.End <= tk.Start || tk.End > len(d.Text) {
			t.Fatalf("token %d %q has bad span %v", i, tk.Text, tk.Span)
		}
		prevEnd = tk.End
		if d.Text[tk.Start:tk.End] != tk.Text {
			t.Errorf("token %d: Text %q but text under span %q", i, tk.Text, d.Text[tk.Start:tk.End])
		}
		raw := d.RawText(tk.Span)
		if raw == "" {
			t.Errorf("token %d %q maps to no raw text", i, tk.Text)
		}
		if n, _ := apply(raw, normalize(raw).edits); Fold(n) != Fold(tk.Text) && !normalised(raw, tk.Text) {
			t.Errorf("token %d %q maps to raw %q", i, tk.Text, raw)
		}
		if s := d.Sentences[tk.Sent]; i < s.FirstTok || i >= s.EndTok || !s.Contains(tk.Span) {
			t.Errorf("token %d %q not inside its sentence %d", i, tk.Text, tk.Sent)
		}
	}
	next := 0
	for k, s := range d.Sentences {
		if s.FirstTok != next || s.EndTok <= s.FirstTok {
			t.Fatalf("sentence %d covers tokens [%d,%d), want to start at %d", k, s.FirstTok, s.EndTok, next)
		}
		next = s.EndTok
	}
	if next != len(d.Tokens) {
		t.Errorf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	// tokens patched after repairs are those of the repaired text
	fresh, _ := tokenize(d.Text, testLex(t, d.Lang))
	if len(fresh) != len(d.Tokens) {
		t.Fatalf("%d tokens, but the prepared text has %d", len(d.Tokens), len(fresh))
	}
	for i := range fresh {
		fresh[i].Sent = d.Tokens[i].Sent
		if fresh[i] != d.Tokens[i] {
			t.Errorf("token %d is %+v, the prepared text gives %+v", i, d.Tokens[i], fresh[i])
		}
	}
}

// testLex returns the default lexicon of a language.
func testLex(t *testing.T, lang string) *lexicon {
	lx, err := loadDefault()
	if err != nil {
		t.Fatal(err)
	}
	return lx[lang]
}

// normalised reports whether raw is a quote mark normalised to prep.
func normalised(raw, prep string) bool {
	return (prep == `"` && strings.ContainsAny(raw, "«»“”„‟\"")) ||
		(prep == "'" && strings.ContainsAny(raw, "`‘’‚‛‹›′'´"))
}

func TestSeed(t *testing.T) {
	a := seed(t)
	d := prep(t, a.Lang, a.Body)
	checkInvariants(t, d)
	if d.Lang != "es" {
		t.Errorf("lang %q, want es", d.Lang)
	}
	want := []string{
		"repaired stray capital 'Realizó' at " + itoa(strings.Index(a.Body, "Realizó")),
		"repaired repeated word 'Corea Corea' at " + itoa(strings.Index(a.Body, "Corea Corea")),
		"repaired stray capital 'También' at " + itoa(strings.Index(a.Body, "También")),
	}
	if strings.Join(d.Warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings\n%q\nwant\n%q", d.Warnings, want)
	}
	if len(d.Sentences) != 9 {
		t.Errorf("%d sentences, want 9", len(d.Sentences))
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-1"
	}
	b := []byte{}
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}

// TestConcurrent prepares articles from several goroutines with one
// Preparer (run with -race) and checks each result equals a lone run's.
func TestConcurrent(t *testing.T) {
	bodies := []string{
		"Putin Realizó una llamada con Corea Corea del Norte.",
		"The U.S. Army Also said on Monday that that was wrong.",
		"«Hola», dijo el Sr. Pérez en EE.UU. El viaje terminó.",
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := make([]*doc.Doc, len(bodies))
	for i, b := range bodies {
		want[i], _ = p.Prepare(&article.Article{Body: b})
	}
	done := make(chan string)
	for g := 0; g < 8; g++ {
		go func(g int) {
			msg := ""
			for k := 0; k < 50 && msg == ""; k++ {
				i := (g + k) % len(bodies)
				d, _ := p.Prepare(&article.Article{Body: bodies[i]})
				if d.Text != want[i].Text || len(d.Tokens) != len(want[i].Tokens) || strings.Join(d.Warnings, "|") != strings.Join(want[i].Warnings, "|") {
					msg = "concurrent result differs for " + bodies[i]
				}
			}
			done <- msg
		}(g)
	}
	for g := 0; g < 8; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
