package places

import (
	"fmt"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/doc"
)

func TestForClause(t *testing.T) {
	g := testGeocoder(t)
	cases := []struct {
		name, lang, text, trigger, want string // want "" means no location
	}{
		{"en alaska", "es", "Putin se reunirá con el presidente estadounidense Donald Trump en Alaska.", "reunirá", "Alaska"},
		{"kursk region", "es", "Las tropas lucharon para repeler una incursión ucraniana en la región fronteriza de Kursk de Rusia.", "repeler", "región fronteriza de Kursk de Rusia"},
		{"a rusia is a target", "es", "Corea del Norte ha enviado alrededor de 15,000 tropas a Rusia.", "enviado", ""},
		{"contra ucrania", "es", "Los esfuerzos de guerra de Putin contra Ucrania siguen.", "guerra", ""},
		{"cerca de", "es", "Un dron cayó cerca de Járkov el martes.", "cayó", "Járkov"},
		{"in kyiv", "en", "The ministers met in Kyiv on Monday.", "met", "Kyiv"},
		{"near kharkiv", "en", "Troops clashed near Kharkiv overnight.", "clashed", "Kharkiv"},
		{"with russia", "en", "The talks with Russia collapsed.", "talks", ""},
		{"nearest of two", "en", "After talks in Paris, the leaders met in Berlin.", "met", "Berlin"},
		{"nearest of two es", "es", "Tras reunirse en París, los líderes firmaron el acuerdo en Berlín.", "firmaron", "Berlín"},
		{"in the city of", "en", "Protesters gathered in the city of Aleppo.", "gathered", "city of Aleppo"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := geocoded(t, g, c.lang, c.text)
			anchor := strings.Index(d.Text, c.trigger)
			p, ok := ForClause(d, doc.Span{Start: 0, End: len(d.Text)}, anchor)
			got := ""
			if ok {
				got = d.Text[p.Start:p.End]
			}
			if got != c.want {
				t.Errorf("ForClause = %q, want %q", got, c.want)
			}
		})
	}
	// A place outside the clause is not the clause's.
	d := geocoded(t, g, "en", "The ministers met in Kyiv. Later they flew home.")
	second := strings.Index(d.Text, "Later")
	if p, ok := ForClause(d, doc.Span{Start: second, End: len(d.Text)}, second+6); ok {
		t.Errorf("ForClause found %q outside the clause", d.Text[p.Start:p.End])
	}
}

// TestActors: a toponym strictly inside a longer actor mention is the
// actor's; one whose span equals an actor mention is still a place, and the
// actor's code guides the choice.
func TestActors(t *testing.T) {
	g := testGeocoder(t)
	span := func(text, s string) doc.Span {
		i := strings.Index(text, s)
		return doc.Span{Start: i, End: i + len(s)}
	}

	text := "Putin elogió a las tropas de Corea del Norte que luchan en Rusia."
	d := prepDoc(t, "es", text)
	d.Actors = []doc.Actor{
		{Span: span(d.Text, "las tropas de Corea del Norte"), Code: "PRKMIL", Country: "PRK"},
		{Span: span(d.Text, "Rusia"), Code: "RUS", Country: "RUS"},
	}
	if err := g.Process(d); err != nil {
		t.Fatal(err)
	}
	if _, ok := findPlace(d, "Corea del Norte"); ok {
		t.Errorf("Corea del Norte inside an actor mention was read as a place")
	}
	if p, ok := findPlace(d, "Rusia"); !ok || p.Country != "RUS" {
		t.Errorf("Rusia (a bare actor mention) should stay a place: %+v %v", p, ok)
	}

	// Without actors, the same toponym is a place.
	d = geocoded(t, g, "es", text)
	if _, ok := findPlace(d, "Corea del Norte"); !ok {
		t.Errorf("Corea del Norte not found without actors")
	}

	// A metonym coded as a government picks its country's capital.
	d = prepDoc(t, "en", "Washington rejected the proposal.")
	d.Actors = []doc.Actor{{Span: span(d.Text, "Washington"), Code: "USAGOV", Country: "USA", Kind: "capital"}}
	if err := g.Process(d); err != nil {
		t.Fatal(err)
	}
	if p, ok := findPlace(d, "Washington"); !ok || p.Adm1 != "US-DC" || !strings.Contains(p.Reason, "USAGOV") {
		t.Errorf("Washington as USAGOV: %+v %v", p, ok)
	}

	// An actor's country is context: "Georgia" next to a US actor.
	d = prepDoc(t, "en", "The governor said Georgia will appeal.")
	d.Actors = []doc.Actor{{Span: span(d.Text, "The governor"), Code: "USAGOV", Country: "USA"}}
	if err := g.Process(d); err != nil {
		t.Fatal(err)
	}
	if p, ok := findPlace(d, "Georgia"); !ok || p.Adm1 != "US-GA" {
		t.Errorf("Georgia with a US actor: %+v %v", p, ok)
	}
}

// TestReasons: every place says why its candidate won.
func TestReasons(t *testing.T) {
	g := testGeocoder(t)
	d := geocoded(t, g, "es", "Los incendios avanzan en Córdoba, Argentina, y en la región de Kursk.")
	want := map[string]string{"Córdoba": "inside 'argentina'", "región de Kursk": "cue 'region'"}
	for txt, why := range want {
		p, ok := findPlace(d, txt)
		if !ok {
			t.Fatalf("no place %q", txt)
		}
		if !strings.Contains(p.Reason, why) || !strings.Contains(p.Reason, "feature ") {
			t.Errorf("%q reason %q, want it to hold %q", txt, p.Reason, why)
		}
	}
}

// TestConcurrent: one stage serves many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	g := testGeocoder(t)
	texts := []string{"Putin y Trump se reunirán en Alaska.", "Fighting continued near Kharkiv.", "Los incendios avanzan en Córdoba, Argentina."}
	done := make(chan error)
	for i := 0; i < 8; i++ {
		go func(i int) {
			d := prepDoc(t, "es", texts[i%len(texts)])
			err := g.Process(d)
			if err == nil && len(d.Places) == 0 {
				err = fmt.Errorf("no place in %q", texts[i%len(texts)])
			}
			if err == nil {
				_, _ = ForClause(d, doc.Span{Start: 0, End: len(d.Text)}, 0)
			}
			done <- err
		}(i)
	}
	for i := 0; i < 8; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestOddInput: empty, untokenised and odd texts never panic, and a doc
// that reaches the stage without tokens is tokenised here.
func TestOddInput(t *testing.T) {
	g := testGeocoder(t)
	for _, text := range []string{"", "   ", "«»—…", "EE.UU.", "Kursk", "en", "123 456", "a\u0301\u0301\u0301 Moscú\x00 Kyiv-"} {
		d := &doc.Doc{Text: text, Raw: text, Lang: "es"}
		if err := g.Process(d); err != nil {
			t.Errorf("%q: %v", text, err)
		}
		_, _ = ForClause(d, doc.Span{Start: 0, End: len(text)}, 0)
	}
	d := &doc.Doc{Text: "Los combates siguen en la región de Kursk.", Lang: "es"}
	if err := g.Process(d); err != nil {
		t.Fatal(err)
	}
	if p, ok := findPlace(d, "región de Kursk"); !ok || p.Adm1 != "RU-KRS" {
		t.Errorf("untokenised doc: %+v", d.Places)
	}
}
