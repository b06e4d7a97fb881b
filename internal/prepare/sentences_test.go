package prepare

import (
	"strings"
	"testing"
)

// sentences returns the prepared text of each sentence of body.
func sentences(t *testing.T, lang, body string) []string {
	t.Helper()
	d := prep(t, lang, body)
	checkInvariants(t, d)
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		lang string
		in   string
		want []string // sentences, in order
	}{
		// Spanish
		{"es", "El Gobierno anunció medidas. La oposición las rechazó.", []string{"El Gobierno anunció medidas.", "La oposición las rechazó."}},
		{"es", "¿Habrá acuerdo? Nadie lo sabe.", []string{"¿Habrá acuerdo?", "Nadie lo sabe."}},
		{"es", "¡Basta ya! gritaron los manifestantes.", []string{"¡Basta ya! gritaron los manifestantes."}},
		{"es", "El Sr. Pérez llegó ayer. Habló con la Dra. Gómez.", []string{"El Sr. Pérez llegó ayer.", "Habló con la Dra. Gómez."}},
		{"es", "Viajó a EE.UU. la semana pasada.", []string{"Viajó a EE.UU. la semana pasada."}},
		{"es", "Vendió más que Wal-Mart en EE. UU. Ahora lidera.", []string{"Vendió más que Wal-Mart en EE. UU.", "Ahora lidera."}},
		{"es", "Lo vendió en EE. UU. y Canadá.", []string{"Lo vendió en EE. UU. y Canadá."}},
		{"es", "Vendió más en EE. UU. El mercado creció.", []string{"Vendió más en EE. UU.", "El mercado creció."}},
		{"es", "Firmó con EE.UU. El acuerdo entra en vigor hoy.", []string{"Firmó con EE.UU.", "El acuerdo entra en vigor hoy."}},
		{"es", "Murieron 15.000 personas. Otras 3,5 millones huyeron.", []string{"Murieron 15.000 personas.", "Otras 3,5 millones huyeron."}},
		{"es", "Esperaron... y nada pasó.", []string{"Esperaron... y nada pasó."}},
		{"es", "Esperaron… Luego se fueron.", []string{"Esperaron…", "Luego se fueron."}},
		{"es", "Dijo: «Vamos a ganar. Lo haremos». Después se fue.", []string{"Dijo: \"Vamos a ganar. Lo haremos\".", "Después se fue."}},
		{"es", "Afirmó: «No cederemos.» La reunión terminó.", []string{"Afirmó: \"No cederemos.\"", "La reunión terminó."}},
		// a quotation after more than eight tokens with neither a line
		// break nor a quote mark (the quote matcher passes eight at once)
		{"es", "El portavoz del gobierno de la región dijo ayer en la capital que «no habrá acuerdo. Lo repetimos» y se fue.", []string{"El portavoz del gobierno de la región dijo ayer en la capital que \"no habrá acuerdo. Lo repetimos\" y se fue."}},
		{"es", "Titular sin punto\nEl cuerpo de la noticia sigue aquí.", []string{"Titular sin punto", "El cuerpo de la noticia sigue aquí."}},
		{"es", "Primer párrafo.\n\nSegundo párrafo.", []string{"Primer párrafo.", "Segundo párrafo."}},
		{"es", "El ministro dijo que la\nreunión fue un éxito.", []string{"El ministro dijo que la\nreunión fue un éxito."}},
		{"es", "Llegaron las lluvias a la selva de\nPerú y Bolivia.", []string{"Llegaron las lluvias a la selva de\nPerú y Bolivia."}},
		{"en", "Rain hit the\nUnited States.\nThe Storm Passes\nOfficials said.", []string{"Rain hit the\nUnited States.", "The Storm Passes", "Officials said."}},
		{"es", "Llegó a las 10 p.m. del martes.", []string{"Llegó a las 10 p.m. del martes."}},
		{"es", "El Gral. Rodríguez ordenó la retirada.", []string{"El Gral. Rodríguez ordenó la retirada."}},
		{"es", "La cifra subió un 2.5 por ciento. El banco lo confirmó.", []string{"La cifra subió un 2.5 por ciento.", "El banco lo confirmó."}},
		{"es", "Ocurrió en 2019. 40 soldados murieron.", []string{"Ocurrió en 2019.", "40 soldados murieron."}},
		{"es", "Lo dijo J. R. Martínez en Lima.", []string{"Lo dijo J. R. Martínez en Lima."}},
		{"es", "Habló con Kim Jong Un. Después viajó a Moscú.", []string{"Habló con Kim Jong Un.", "Después viajó a Moscú."}},
		{"es", "Costó US$1.000.000, según el informe. Nadie lo desmintió.", []string{"Costó US$1.000.000, según el informe.", "Nadie lo desmintió."}},
		{"es", "Los soldados (unos 300.) se retiraron.", []string{"Los soldados (unos 300.) se retiraron."}},
		{"es", "¿Por qué? ¿Quién lo ordenó?", []string{"¿Por qué?", "¿Quién lo ordenó?"}},
		{"es", "Fue una cumbre histórica, etc. La prensa lo celebró.", []string{"Fue una cumbre histórica, etc.", "La prensa lo celebró."}},
		// English
		{"en", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"en", "Mr. Smith met Dr. Jones on Monday.", []string{"Mr. Smith met Dr. Jones on Monday."}},
		{"en", "The U.S. military said it struck targets.", []string{"The U.S. military said it struck targets."}},
		{"en", "He flew to the U.S. The visit lasted two days.", []string{"He flew to the U.S.", "The visit lasted two days."}},
		{"en", "The meeting is on Jan. 5 in Geneva.", []string{"The meeting is on Jan. 5 in Geneva."}},
		{"en", "Gen. Milley and Gov. Newsom spoke.", []string{"Gen. Milley and Gov. Newsom spoke."}},
		{"en", "It cost $2.5 billion. Critics objected.", []string{"It cost $2.5 billion.", "Critics objected."}},
		{"en", "\"We will not retreat,\" he said. \"Never.\"", []string{"\"We will not retreat,\" he said.", "\"Never.\""}},
		{"en", "He said: \"We will win. We always do.\" Then he left.", []string{"He said: \"We will win. We always do.\"", "Then he left."}},
		{"en", "What now? Nobody knows!", []string{"What now?", "Nobody knows!"}},
		{"en", "The army... withdrew.", []string{"The army... withdrew."}},
		{"en", "J. R. R. Tolkien was born in 1892.", []string{"J. R. R. Tolkien was born in 1892."}},
		{"en", "Talks resumed at 3 p.m. on Friday.", []string{"Talks resumed at 3 p.m. on Friday."}},
		{"en", "Apple Inc. The company said no.", []string{"Apple Inc.", "The company said no."}},
		{"en", "About 15,000 troops were sent. More may follow.", []string{"About 15,000 troops were sent.", "More may follow."}},
		{"en", "Putin Meets Kim In Moscow\nThe leaders discussed the war.", []string{"Putin Meets Kim In Moscow", "The leaders discussed the war."}},
		{"en", "Sen. Warren (D-Mass.) criticized the plan.", []string{"Sen. Warren (D-Mass.) criticized the plan."}},
		{"en", "The U.N. Security Council met. It voted.", []string{"The U.N. Security Council met.", "It voted."}},
		{"en", "She left (for good). Others stayed.", []string{"She left (for good).", "Others stayed."}},
		{"en", "Line one\r\nLine two", []string{"Line one", "Line two"}},
		{"en", "  Leading  spaces\tand tabs. End", []string{"Leading spaces and tabs.", "End"}},
		{"es", "Zedillo espera progresos   El presidente mexicano habló.", []string{"Zedillo espera progresos", "El presidente mexicano habló."}},
		{"es", "para realizar llamadas El iPhone reproduce música.", []string{"para realizar llamadas", "El iPhone reproduce música."}},
		{"es", "exigieron al presidente Que haga público el texto.", []string{"exigieron al presidente que haga público el texto."}},
		{"es", "pero la corte La rechazó el miércoles.", []string{"pero la corte la rechazó el miércoles."}},
		{"es", "para realizar llamadas La empresa anunció ventas.", []string{"para realizar llamadas", "La empresa anunció ventas."}},
		{"en", "Violence grew throughout week The confrontation sparked protests.", []string{"Violence grew throughout week", "The confrontation sparked protests."}},
		{"es", "viajó a El Salvador y Los Ángeles.", []string{"viajó a El Salvador y Los Ángeles."}},
		{"en", "the company said Its shares rose.", []string{"the company said", "Its shares rose."}},
		{"en", "the US military and Plan A forces.", []string{"the US military and Plan A forces."}},
		{"en", "at Dublin venue No 25, Fitzwilliam Place.", []string{"at Dublin venue No 25, Fitzwilliam Place."}},
		{"en", "No terminal mark at all", []string{"No terminal mark at all"}},
		{"en", "Done.", []string{"Done."}},
		{"es", "1. El gobierno aprobó la ley.\n2. La oposición votó en contra.", []string{"1. El gobierno aprobó la ley.", "2. La oposición votó en contra."}},
		{"es", "IV. Conclusiones del informe", []string{"IV. Conclusiones del informe"}},
		{"en", "It happened in 2019. Then it stopped.", []string{"It happened in 2019.", "Then it stopped."}},
		{"es", "GINEBRA, 3 mar. (AFP) - El enviado llegó al mar. Luego habló.", []string{"GINEBRA, 3 mar. (AFP) - El enviado llegó al mar.", "Luego habló."}},
		{"en", "The embassy has \" worked closely with officials. The team were \" impressed.", []string{"The embassy has \" worked closely with officials.", "The team were \" impressed."}},
		{"en", "Details at www.Example.com/News.Today today.", []string{"Details at www.Example.com/News.Today today."}},
		{"en", "He lives in Fresno, Calif. The city grew.", []string{"He lives in Fresno, Calif.", "The city grew."}},
		{"en", "Police in Springfield, Ill. said on Monday.", []string{"Police in Springfield, Ill. said on Monday."}},
		{"es", "Habló el dip. Ramírez y la Lic. Soto.", []string{"Habló el dip. Ramírez y la Lic. Soto."}},
	}
	for _, c := range cases {
		got := sentences(t, c.lang, c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestSeedSentences checks that the seed splits into exactly its sentences.
func TestSeedSentences(t *testing.T) {
	a := seed(t)
	d := prep(t, a.Lang, a.Body)
	starts := []string{
		"Líder norcoreano", "Putin durante el llamado", "Putin también compartió", "Los informes de Corea",
		"Kim le dijo a Putin", "Desde la invasión", "Su gobierno ha desestimado", "Según las evaluaciones",
		"Kim también acordó",
	}
	if len(d.Sentences) != len(starts) {
		t.Fatalf("%d sentences, want %d", len(d.Sentences), len(starts))
	}
	for i, s := range d.Sentences {
		text := d.Text[s.Start:s.End]
		if !strings.HasPrefix(text, starts[i]) || !strings.HasSuffix(text, ".") {
			t.Errorf("sentence %d = %q, want it to start with %q and end with a period", i, text, starts[i])
		}
		raw := d.RawText(s.Span)
		if !strings.HasSuffix(raw, ".") || strings.Contains(raw, "\n") {
			t.Errorf("sentence %d maps to raw %q", i, raw)
		}
	}
}

// TestLongQuote checks that a quotation too long to be one statement does
// not keep its sentences together (its marks are likely mismatched).
func TestLongQuote(t *testing.T) {
	const n = 25
	body := "\"" + strings.TrimSpace(strings.Repeat("We will stay here. ", n)) + "\" he said."
	got := sentences(t, "en", body)
	if len(got) != n {
		t.Fatalf("%d sentences, want %d: %q", len(got), n, got)
	}
	if got[0] != "\"We will stay here." || got[n-1] != "We will stay here.\" he said." {
		t.Errorf("first %q, last %q", got[0], got[n-1])
	}
	short := sentences(t, "en", "\"We will stay. We always do.\" he said.")
	if len(short) != 1 {
		t.Errorf("a short quotation was split: %q", short)
	}
}
