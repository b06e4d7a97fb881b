package prepare

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/doc"
)

func TestRepairs(t *testing.T) {
	cases := []struct {
		lang, in string
		want     string   // prepared text
		warnings []string // warnings, in order
	}{
		// repeated words and phrases
		{"es", "la Agencia Central Corea Corea de Corea del Norte", "la Agencia Central Corea de Corea del Norte",
			[]string{"repaired repeated word 'Corea Corea' at 19"}},
		{"es", "el el presidente", "el presidente", []string{"repaired repeated word 'el el' at 0"}},
		{"es", "dijo que que vendría", "dijo que vendría", []string{"repaired repeated word 'que que' at 5"}},
		{"es", "Corea Corea Corea del Norte", "Corea del Norte", []string{"repaired repeated word 'Corea Corea Corea' at 0"}},
		{"es", "la reunión de la reunión de paz", "la reunión de paz", []string{"repaired repeated phrase 'la reunión de la reunión de' at 0"}},
		{"es", "la reunión la reunión de paz", "la reunión de paz", []string{"repaired repeated phrase 'la reunión la reunión' at 0"}},
		{"es", "Rusia  Rusia firmó", "Rusia firmó", []string{"repaired repeated word 'Rusia  Rusia' at 0"}},
		{"es", "El el gabinete renunció", "El gabinete renunció", []string{"repaired repeated word 'El el' at 0"}},
		{"es", "la imagen de De Gaulle", "la imagen de De Gaulle", nil},
		{"es", "consagrando con él el retorno", "consagrando con él el retorno", nil},
		{"es", "el Colo Colo de Chile", "el Colo Colo de Chile", nil},
		{"es", "van de crisis en crisis en crisis", "van de crisis en crisis en crisis", nil},
		{"es", "COLERA DE DE KLERK", "COLERA DE DE KLERK", nil},
		{"en", "for years and years and years", "for years and years and years", nil},
		{"en", "at the at the funeral home", "at the funeral home", []string{"repaired repeated phrase 'at the at the' at 0"}},
		{"es", "en «Rusia» Rusia", "en \"Rusia\" Rusia", nil},
		{"es", "Rusia, Rusia y China", "Rusia, Rusia y China", nil},
		{"es", "Rusia.\nRusia firmó", "Rusia.\nRusia firmó", nil},
		{"en", "He said that that was wrong.", "He said that that was wrong.", nil},
		{"en", "They had had enough.", "They had had enough.", nil},
		{"en", "the the army", "the army", []string{"repaired repeated word 'the the' at 0"}},
		{"en", "They flew to Bora Bora yesterday.", "They flew to Bora Bora yesterday.", nil},
		{"en", "J. R. R. Tolkien", "J. R. R. Tolkien", nil},
		// stray capitals
		{"es", "y presidente ruso Vladimir Putin Realizó una llamada", "y presidente ruso Vladimir Putin realizó una llamada",
			[]string{"repaired stray capital 'Realizó' at 33"}},
		{"es", "dijo que Pyongyang También apoyará a Rusia", "dijo que Pyongyang también apoyará a Rusia",
			[]string{"repaired stray capital 'También' at 19"}},
		{"es", "las tropas Llegaron ayer", "las tropas llegaron ayer", []string{"repaired stray capital 'Llegaron' at 11"}},
		{"es", "el ministro Anunciará hoy", "el ministro anunciará hoy", []string{"repaired stray capital 'Anunciará' at 12"}},
		{"es", "el portavoz del Kremlin Posteriormente lo negó ante la prensa.", "el portavoz del Kremlin posteriormente lo negó ante la prensa.", []string{"repaired stray capital 'Posteriormente' at 24"}},
		{"es", "las fuerzas Supuestamente dispararon contra manifestantes", "las fuerzas supuestamente dispararon contra manifestantes", []string{"repaired stray capital 'Supuestamente' at 12"}},
		{"es", "el gobierno Ya anunció el plan", "el gobierno ya anunció el plan", []string{"repaired stray capital 'Ya' at 12"}},
		{"es", "el gobierno Sin embargo dijo", "el gobierno Sin embargo dijo", nil},
		{"es", "exigieron al presidente Que haga público el texto", "exigieron al presidente que haga público el texto", []string{"repaired stray capital 'Que' at 24"}},
		{"es", "pidieron a la corte para Que suspenda el proceso", "pidieron a la corte para que suspenda el proceso", []string{"repaired stray capital 'Que' at 25"}},
		{"es", "pero la corte La rechazó el miércoles", "pero la corte la rechazó el miércoles", []string{"repaired stray capital 'La' at 14"}},
		{"es", "el ministro Se reunió con los sindicatos", "el ministro se reunió con los sindicatos", []string{"repaired stray capital 'Se' at 12"}},
		{"es", "el ministro dijo Qué haremos", "el ministro dijo Qué haremos", nil},
		{"es", "la presidenta Le Pen anunció", "la presidenta Le Pen anunció", nil},
		{"es", "el canciller Trung Le anunció que", "el canciller Trung Le anunció que", nil},
		{"es", "dijo que La marcha seguirá", "dijo que La marcha seguirá", nil},
		{"en", "the army Also said on Monday", "the army also said on Monday", []string{"repaired stray capital 'Also' at 9"}},
		{"en", "troops were sent and They arrived", "troops were sent and They arrived", nil},
		{"es", "los presos, Teherán consideró que", "los presos, Teherán consideró que", nil},
		{"es", "el gobernador Pedro Rosselló y su partido", "el gobernador Pedro Rosselló y su partido", nil},
		{"es", "como en Europa del Este cayeron los regímenes", "como en Europa del Este cayeron los regímenes", nil},
		{"es", "la Secretaría de Educación", "la Secretaría de Educación", nil},
		// names and other capitals left alone
		{"es", "Realizó una llamada", "Realizó una llamada", nil},
		{"es", "se reunió en la Casa Blanca con Trump", "se reunió en la Casa Blanca con Trump", nil},
		{"es", "dijo la Agencia de Noticias Central de Corea", "dijo la Agencia de Noticias Central de Corea", nil},
		{"es", "viajó a El Salvador ayer", "viajó a El Salvador ayer", nil},
		{"es", "nació en Castelló hace años", "nació en Castelló hace años", nil},
		{"es", "visitó Vila-real y Castelló de la Plana", "visitó Vila-real y Castelló de la Plana", nil},
		{"es", "dijo: También lo haremos", "dijo: También lo haremos", nil},
		{"es", "dijo «También lo haremos»", "dijo \"También lo haremos\"", nil},
		{"es", "el presidente Lula da Silva dijo", "el presidente Lula da Silva dijo", nil},
		{"en", "the court in The Hague ruled", "the court in The Hague ruled", nil},
		{"en", "Prime Minister Theresa May said on Monday", "Prime Minister Theresa May said on Monday", nil},
		{"en", "Putin And Kim Discuss Deepening Ties\nThe leaders spoke.", "Putin And Kim Discuss Deepening Ties\nThe leaders spoke.", nil},
		{"en", "said the NATO chief", "said the NATO chief", nil},
		{"en", "the envoy Mohammed Also spoke to reporters", "the envoy Mohammed also spoke to reporters", []string{"repaired stray capital 'Also' at 19"}},
		{"en", "envoy Ahmed said", "envoy Ahmed said", nil},
	}
	for _, c := range cases {
		d := prep(t, c.lang, c.in)
		checkInvariants(t, d)
		if d.Text != c.want {
			t.Errorf("%q prepared as %q, want %q", c.in, d.Text, c.want)
		}
		if strings.Join(d.Warnings, "|") != strings.Join(c.warnings, "|") {
			t.Errorf("%q: warnings %q, want %q", c.in, d.Warnings, c.warnings)
		}
		if d.Raw != c.in {
			t.Errorf("raw changed to %q", d.Raw)
		}
	}
}

// TestRepairOffsets checks that after repairs every token and sentence still
// points at its raw text.
func TestRepairOffsets(t *testing.T) {
	in := "Dijo la  agencia  Corea\u00a0Corea que «Putin Realizó» y Putin Realizó una llamada."
	d := prep(t, "es", in)
	checkInvariants(t, d)
	want := []string{"Dijo", "la", "agencia", "Corea", "que", "«", "Putin", "Realizó", "»", "y", "Putin", "Realizó", "una", "llamada", "."}
	if len(d.Tokens) != len(want) {
		t.Fatalf("tokens %q, want %d", kinds(d.Tokens), len(want))
	}
	for i, tk := range d.Tokens {
		if got := d.RawText(tk.Span); got != want[i] {
			t.Errorf("token %d %q maps to %q, want %q", i, tk.Text, got, want[i])
		}
	}
	if got := d.RawText(d.Sentences[0].Span); got != in {
		t.Errorf("sentence maps to %q", got)
	}
	wantWarn := []string{
		"repaired repeated word 'Corea\u00a0Corea' at 18",
		"repaired stray capital 'Realizó' at " + itoa(strings.LastIndex(in, "Realizó")),
	}
	if strings.Join(d.Warnings, "|") != strings.Join(wantWarn, "|") {
		t.Errorf("warnings %q, want %q", d.Warnings, wantWarn)
	}
}

// TestSeedUntouched checks that the seed's repairs change nothing else: the
// prepared seed differs from the raw one only in the repaired words, quotes
// and spaces.
func TestSeedUntouched(t *testing.T) {
	a := seed(t)
	d := prep(t, a.Lang, a.Body)
	words := map[string]bool{}
	for _, tk := range d.Tokens {
		if tk.Kind != doc.Word {
			continue
		}
		r := d.RawText(tk.Span)
		if r != tk.Text {
			words[r+"->"+tk.Text] = true
		}
	}
	want := map[string]bool{"Realizó->realizó": true, "También->también": true}
	if len(words) != len(want) {
		t.Errorf("changed words %v, want %v", words, want)
	}
	for w := range want {
		if !words[w] {
			t.Errorf("missing change %s", w)
		}
	}
	if strings.Count(d.Text, "Corea") != strings.Count(a.Body, "Corea")-1 {
		t.Errorf("want exactly one Corea removed")
	}
}

// TestShortWide checks shortWide against a count of the runes of words of
// four bytes or more.
func TestShortWide(t *testing.T) {
	for _, w := range []string{"casa", "años", "ñaño", "ñañ", "ñññ", "€€", "€€€", "€€€€", "😀😀😀", "😀😀😀a",
		"ab😀", "a€€", "abcdefghijklmnop", "ááááááá", "€€€€€", "\xff\xff\xff\xff", "\xc3\xc3\xc3\xc3\xc3"} {
		if got, want := shortWide(w), utf8.RuneCountInString(w) < 4; got != want {
			t.Errorf("shortWide(%q) = %v, want %v", w, got, want)
		}
	}
}
