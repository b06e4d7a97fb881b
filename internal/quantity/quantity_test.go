package quantity_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/prepare"
	"github.com/atalaya-events/atalaya/internal/quantity"
)

func tag(t *testing.T, q *quantity.Tagger, lang, text string) *doc.Doc {
	t.Helper()
	p, err := prepare.New(prepare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Prepare(&article.Article{ID: "t", Lang: lang, Body: text})
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestQuantities(t *testing.T) {
	q, err := quantity.New(quantity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, text string
		want       string // text of the quantity
		value      float64
		null       bool
		unit       string
		approx     bool
	}{
		{"es", "Corea del Norte ha enviado alrededor de 15,000 tropas a Rusia.", "alrededor de 15,000 tropas", 15000, false, "troops", true},
		{"es", "Envió 15.000 soldados.", "15.000 soldados", 15000, false, "troops", false},
		{"es", "Kim acordó enviar a miles de trabajadores de la construcción.", "miles de trabajadores", 0, true, "workers", true},
		{"es", "Al menos 12 muertos dejó el ataque.", "Al menos 12 muertos", 12, false, "dead", true},
		{"es", "El préstamo de US$ 2.000 millones fue aprobado.", "US$ 2.000 millones", 2e9, false, "USD", false},
		{"es", "Hubo tres heridos y dos detenidos.", "tres heridos", 3, false, "wounded", false},
		{"es", "Más de 1.600 obreros fueron despedidos.", "Más de 1.600 obreros", 1600, false, "workers", true},
		{"es", "Unos 400 manifestantes marcharon.", "Unos 400 manifestantes", 400, false, "protesters", true},
		{"es", "Cientos de personas huyeron.", "Cientos de personas", 0, true, "people", true},
		{"es", "La ayuda asciende a 3,5 millones de euros.", "3,5 millones de euros", 3.5e6, false, "EUR", false},
		{"en", "At least 12 people were killed.", "At least 12 people", 12, false, "people", true},
		{"en", "Russia sent 5,000 troops.", "5,000 troops", 5000, false, "troops", false},
		{"en", "Thousands of protesters gathered.", "Thousands of protesters", 0, true, "protesters", true},
		{"en", "The fund gives $5 billion.", "$5 billion", 5e9, false, "USD", false},
		{"en", "Some 300 refugees crossed.", "Some 300 refugees", 300, false, "refugees", true},
		{"en", "Twelve soldiers died.", "Twelve soldiers", 12, false, "troops", false},
		{"es", "Unos 1.000 jóvenes se reunieron en la plaza.", "Unos 1.000 jóvenes", 1000, false, "people", true},
		{"es", "Miles de estudiantes marcharon.", "Miles de estudiantes", 0, true, "people", true},
		{"en", "Some 2,000 students rallied.", "Some 2,000 students", 2000, false, "people", true},
	}
	for _, c := range cases {
		d := tag(t, q, c.lang, c.text)
		if len(d.Quantities) == 0 {
			t.Errorf("%q: no quantity", c.text)
			continue
		}
		g := d.Quantities[0]
		got := d.Text[g.Start:g.End]
		if got != c.want || g.Unit != c.unit || g.Approx != c.approx || (g.Value == nil) != c.null || (g.Value != nil && *g.Value != c.value) {
			v := "null"
			if g.Value != nil {
				v = fmt.Sprintf("%g", *g.Value)
			}
			t.Errorf("%q: got %q %s %s approx=%v", c.text, got, v, g.Unit, g.Approx)
		}
	}
}

func TestNoUnitNoQuantity(t *testing.T) {
	q, err := quantity.New(quantity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"En 2019 la cumbre fracasó.", "El 45% de los votos.", "Ganó por 3 a 1."} {
		if d := tag(t, q, "es", s); len(d.Quantities) != 0 {
			t.Errorf("%q: want no quantity, got %v", s, d.Quantities)
		}
	}
}

func TestBadUserFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "es"), 0o755); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(dir, "es", "words.tsv")
	if err := os.WriteFile(f, []byte("number\tdiez\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := quantity.New(quantity.Options{UserDicts: []string{dir}})
	if err == nil || !strings.Contains(err.Error(), f+":1: want 3 tab-separated columns") {
		t.Errorf("want a file:line error, got %v", err)
	}
}
