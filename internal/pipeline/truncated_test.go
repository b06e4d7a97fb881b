package pipeline

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/article"
)

// TestTruncatedTexts runs the whole pipeline (Run, not RunSafe: a panic
// fails the test) on every word-boundary prefix of sentences whose last
// words the stages look ahead for: a complement, a surname, a place, a
// date cut off by the end of the text, as truncated feeds deliver them.
func TestTruncatedTexts(t *testing.T) {
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2003, 5, 14, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"es", "El gobierno de Bolivia rechazó el lunes una amenaza de los campesinos de la provincia de Omasuyos, dijo el ministro Sánchez de Lozada."},
		{"es", "Paro de transportistas paraliza Lima; la policía detuvo a 12 dirigentes del sindicato de choferes del Callao el 3 de mayo."},
		{"es", "Los maestros, que bloquearon la carretera en protesta por el despido de 40 docentes, fueron dispersados por la policía con gases lacrimógenos."},
		{"en", "Police Arrest 40 Protesters in Lima after the government of President Toledo condemned the attack by the rebels of the north on Monday."},
		{"en", "The Serbs of Bosnia and the Croats of Zagreb agreed to reopen talks on the return of refugees, a spokesman for the UN mission said."},
		// a verb of receiving looked up as a clause's main verb with no pattern of its own
		{"en", "Now thousands of people around the country are receiving letters warning that they should be tested."},
	} {
		words := strings.Fields(c.text)
		for n := 1; n <= len(words); n++ {
			body := strings.Join(words[:n], " ")
			a := &article.Article{ID: "cut", Date: date, Lang: c.lang, Body: body}
			if _, err := p.Run(a); err != nil {
				t.Errorf("%q: %v", body, err)
			}
		}
	}
}
