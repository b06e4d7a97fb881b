package prepare

import (
	"testing"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
)

// FuzzPrepare checks that any body prepares without panicking and that
// every token and sentence maps back inside the raw text.
func FuzzPrepare(f *testing.F) {
	for _, s := range []string{
		"Putin Realizó una llamada. Corea Corea del Norte.",
		"«Hola»  “sí” ‘no’ `x´ EE.UU. U.S. 15,000 3,5 ... … J. R. R.",
		"e\u0301\u0301 \u00a0\t\r\n\r x\u200by \xff\xfe bad",
		"Sr.\n\nDr. the the the that that",
		"\"a. B\" c. \"D.\" E",
	} {
		f.Add(s)
	}
	p, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		d, err := p.Prepare(&article.Article{Body: body})
		if err != nil {
			t.Fatal(err)
		}
		if utf8.ValidString(body) && !utf8.ValidString(d.Text) {
			t.Fatalf("valid body %q gave invalid text %q", body, d.Text)
		}
		check := func(what string, s doc.Span) {
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("%s span %v outside text of %d bytes", what, s, len(d.Text))
			}
			r := d.RawSpan(s)
			if r.Start < 0 || r.End > len(body) || r.Start >= r.End {
				t.Fatalf("%s %q maps to raw %v of %d bytes", what, d.Text[s.Start:s.End], r, len(body))
			}
		}
		for _, tk := range d.Tokens {
			check("token", tk.Span)
		}
		for _, s := range d.Sentences {
			check("sentence", s.Span)
		}
	})
}
