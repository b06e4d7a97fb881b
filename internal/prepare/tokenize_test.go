package prepare

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// kinds writes tokens as text/kind pairs: "15,000/n" (n number, w word,
// p punct, s symbol).
func kinds(toks []doc.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		b.WriteByte('/')
		b.WriteByte(t.Kind.String()[0])
	}
	return b.String()
}

func TestTokens(t *testing.T) {
	cases := []struct{ lang, in, want string }{
		{"es", "15,000 tropas", "15,000/n tropas/w"},
		{"es", "15.000 y 1.000.000 de personas", "15.000/n y/w 1.000.000/n de/w personas/w"},
		{"es", "un 3,5% y un 2.5%", "un/w 3,5/n %/s y/w un/w 2.5/n %/s"},
		{"es", "en 2019.", "en/w 2019/n ./p"},
		{"es", "US$15,000 y €300", "US$/s 15,000/n y/w €/s 300/n"},
		{"es", "a las 10:30 del 12/08/2025", "a/w las/w 10:30/n del/w 12/08/2025/n"},
		{"es", "el 1º de mayo y la 2ª vuelta", "el/w 1º/n de/w mayo/w y/w la/w 2ª/n vuelta/w"},
		{"es", "EE.UU. y EEUU", "EE.UU./w y/w EEUU/w"},
		{"es", "el Sr. Pérez y la Dra. Gómez", "el/w Sr./w Pérez/w y/w la/w Dra./w Gómez/w"},
		{"es", "Esperaron... y…", "Esperaron/w .../p y/w …/p"},
		{"es", "«Hola», dijo", `"/p Hola/w "/p ,/p dijo/w`},
		{"es", "¿Qué? ¡No!", "¿/p Qué/w ?/p ¡/p No/w !/p"},
		{"es", "grupo pro-ruso y norte-americano", "grupo/w pro-ruso/w y/w norte-americano/w"},
		{"es", "la ONU—y la OTAN", "la/w ONU/w —/p y/w la/w OTAN/w"},
		{"es", "dijo J. Pérez", "dijo/w J./w Pérez/w"},
		{"es", "fin.Luego", "fin/w ./p Luego/w"},
		{"es", "GINEBRA, 3 mar. (AFP) y el mar.", "GINEBRA/w ,/p 3/n mar./w (/p AFP/w )/p y/w el/w mar/w ./p"},
		{"en", "U.S. and U.N. forces", "U.S./w and/w U.N./w forces/w"},
		{"en", "O’Brien don’t O´Neill", "O'Brien/w don't/w O'Neill/w"},
		{"en", "the 1st and 3rd", "the/w 1st/n and/w 3rd/n"},
		{"en", "Jan. 5 at 3 p.m.", "Jan./w 5/n at/w 3/n p.m./w"},
		{"en", "Gen. Smith, Inc. and e.g. this", "Gen./w Smith/w ,/p Inc./w and/w e.g./w this/w"},
		{"en", "`quoted’ and ‘single’", "'/p quoted/w '/p and/w '/p single/w '/p"},
		{"en", "COVID-19 and G7", "COVID-19/w and/w G7/w"},
		{"en", "troops' families", "troops/w '/p families/w"},
		{"en", "$2.5bn", "$/s 2.5/n bn/w"},
		{"en", "see https://example.com/a?b=1. Then", "see/w https://example.com/a?b=1/s ./p Then/w"},
		{"en", "(www.afp.com) or bmodrack@gannett.com.", "(/p www.afp.com/s )/p or/w bmodrack@gannett.com/s ./p"},
		{"en", "Kim@home and wwwx", "Kim/w @/s home/w and/w wwwx/w"},
	}
	for _, c := range cases {
		d := prep(t, c.lang, c.in)
		checkInvariants(t, d)
		if got := kinds(d.Tokens); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestTokenFields(t *testing.T) {
	d := prep(t, "es", "Señor ÁLVAREZ Ünal niño")
	want := []struct {
		lower, fold string
		cap         bool
	}{{"señor", "senor", true}, {"álvarez", "alvarez", true}, {"ünal", "unal", true}, {"niño", "nino", false}}
	if len(d.Tokens) != len(want) {
		t.Fatalf("%d tokens, want %d", len(d.Tokens), len(want))
	}
	for i, w := range want {
		tk := d.Tokens[i]
		if tk.Lower() != w.lower || tk.Fold != w.fold || tk.Cap != w.cap {
			t.Errorf("token %q: lower %q fold %q cap %v, want %q %q %v", tk.Text, tk.Lower(), tk.Fold, tk.Cap, w.lower, w.fold, w.cap)
		}
	}
}

// TestRawOffsets checks, for many inputs, that every token maps back to the
// raw text it came from, including normalised quotes, spaces and NFC.
func TestRawOffsets(t *testing.T) {
	cases := []struct {
		in   string
		want []string // raw text of each token
	}{
		{"«Hola» dijo", []string{"«", "Hola", "»", "dijo"}},
		{"“Sí”,\u00a0\u00a0dijo", []string{"“", "Sí", "”", ",", "dijo"}},
		{"`todas ‘bajo’", []string{"`", "todas", "‘", "bajo", "’"}},
		{"O’Brien   habló\t\tayer", []string{"O’Brien", "habló", "ayer"}},
		{"Jose\u0301 Mari\u0301a", []string{"Jose\u0301", "Mari\u0301a"}},
		{"a\u200bb c\u00add", []string{"a\u200bb", "c\u00add"}},
		{"uno\r\ndos\rtres", []string{"uno", "dos", "tres"}},
		{"&laquo;Hola&raquo; dijo O&#39;Brien", []string{"&laquo;", "Hola", "&raquo;", "dijo", "O&#39;Brien"}},
		{"MÃ©xico dijo â€œsÃ­â€", []string{"MÃ©xico", "dijo", "â€œ", "sÃ­", "â€"}},
		{"Corea Corea del Norte", []string{"Corea", "del", "Norte"}},
		{"Putin Realizó una llamada", []string{"Putin", "Realizó", "una", "llamada"}},
		{"la  reunión  la  reunión  de hoy", []string{"la", "reunión", "de", "hoy"}},
	}
	for _, c := range cases {
		d := prep(t, "es", c.in)
		checkInvariants(t, d)
		var got []string
		for _, tk := range d.Tokens {
			got = append(got, d.RawText(tk.Span))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: raw tokens %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormalisedText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"«a» “b” „c‟ ‹d› ‘e’ `f'", `"a" "b" "c" 'd' 'e' 'f'`},
		{"a\u00a0 b", "a b"},
		{"a \u00a0\t b", "a\nb"},
		{"a  \n  b", "a\nb"},
		{"e\u0301", "é"},
		{"x\ufeffy", "xy"},
		{"&quot;Sí&quot; &laquo;no&raquo; &#8220;y&#8221; AT&amp;T O&#39;Brien a&nbsp;b &#x2014;", `"Sí" "no" "y" AT&T O'Brien a b —`},
		{"AT&T y R&D; &foo; & &;", "AT&T y R&D; &foo; & &;"},
		{"Ã©l dijo â€œsÃ­â€ y â€™ MÃ©xico", "él dijo \"sí\" y ' México"},
		{"Ã and Ã© Â¿", "Ã and é ¿"},
		{"CAMIÓN» Ç© naïve Àª SÃO", "CAMIÓN\" Ç© naïve Àª SÃO"},
		{"l1\r\nl2", "l1\nl2"},
	}
	for _, c := range cases {
		d := prep(t, "es", c.in)
		if d.Text != c.want {
			t.Errorf("%q prepared as %q, want %q", c.in, d.Text, c.want)
		}
		if d.Raw != c.in {
			t.Errorf("raw changed: %q", d.Raw)
		}
		// the whole text maps to the whole raw text
		if r := d.RawSpan(doc.Span{Start: 0, End: len(d.Text)}); r.End > len(c.in) || r.Start < 0 {
			t.Errorf("%q: whole text maps to %v", c.in, r)
		}
	}
}

// TestWideLatin checks that wideLatin takes exactly the letters of
// U+00C0-U+017F, and no shorter or other bytes.
func TestWideLatin(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		s := string(r)
		want := r >= 0xc0 && r <= 0x17f && unicode.IsLetter(r)
		if got := wideLatin(s, 0); got != want {
			t.Errorf("wideLatin(%q) = %v, want %v", s, got, want)
		}
		if wideLatin(s[:1], 0) {
			t.Errorf("wideLatin(%q) is true for one byte", s[:1])
		}
	}
}

// TestQuickWords checks that the tokenizer's short path for plain ASCII
// words makes the tokens its general path makes, on words next to every
// kind of byte that may end or continue them.
func TestQuickWords(t *testing.T) {
	defer func() { quickWords = true }()
	texts := []string{
		"The minister said on Monday that talks with the rebels would resume.",
		"El Gobierno dijo el lunes que las conversaciones con los rebeldes se reanudarán.",
		"O'Brien, pro-Russian and U.S. forces; Sr. Pérez y EE.UU. en 3 mar. de 2025",
		"see www.example.com or http://example.org/x and write to name@example.com now",
		"US$15 and USD$3 and $4; x@y, a-, b', c. d.. e... f$ g@ h\nWhat\n\nNext",
		"canción año ÑANDÚ Ärger naïve x\u00a0y\tz\r\nend J. R. Smith hablo. Luego",
		"ABC abc Abc aBC A1 a1 1a h w H W ht ww htt www.",
		"Él ÁFRICA África ángel Ñuñoa pingüino acción, está; país. según: Múnich! él? aún\nMás",
		"Łódź Gdańsk Kraków Şahin İstanbul ıspanak ĸ ŉ ſ Ÿ Ŏ Œuvre œuvre Ǆ ǅ Ǳ ș Ș",
		"2×3 a×b ÷4 a÷ ×a ÷ é9 9é é-ó ó'é aé.b é. É. É@x.com é@ dé$ éé Éé ÉÉ aÀ À",
		"año\u0301s n\u0303o ñ\u00a0ñ é\u2014ó «él» José—María €é é€ é\xc3 é\xc3\x28 \xc3",
		"wéb hé hélló www.ésta.es http://día.com ñ",
	}
	for _, text := range texts {
		lx := testLex(t, "es")
		if text[0] == 'T' || text[0] == 'O' {
			lx = testLex(t, "en")
		}
		for _, s := range []string{text, strings.ToUpper(text), "x " + text + " y"} {
			quickWords = true
			quick, quickInfos := tokenize(s, lx)
			quickWords = false
			slow, slowInfos := tokenize(s, lx)
			if !reflect.DeepEqual(quick, slow) || !reflect.DeepEqual(quickInfos, slowInfos) {
				t.Errorf("tokenize(%q): quick path\n%v\n%v\ngeneral path\n%v\n%v", s, quick, quickInfos, slow, slowInfos)
			}
		}
	}
}

// TestEstimateLongText checks that the sampled estimate of a long text's
// tokens is over the count, and not far over the estimate a count of every
// byte gives, on the seed repeated and on
// texts whose density of tokens changes along the way.
func TestEstimateLongText(t *testing.T) {
	a := seed(t)
	lx := testLex(t, "es")
	dense := strings.Repeat("a, b; (c) 1.2 \"d\" e-f ", 50)
	sparse := strings.Repeat("internacionalización ", 50)
	texts := map[string]string{
		"seed":      strings.Repeat(a.Body+"\n\n", 200),
		"alternate": strings.Repeat(a.Body+"\n\n"+dense+"\n\n"+sparse+"\n\n", 100),
		"halves":    strings.Repeat(sparse, 100) + strings.Repeat(dense, 100),
	}
	for name, text := range texts {
		if len(text) <= sampleFrom {
			t.Fatalf("%s: %d bytes is not long", name, len(text))
		}
		toks, _ := tokenize(text, lx)
		est, full := estimateTokens(text), 16+countBoundaries(text)
		if est < len(toks) || est > full+full/8 {
			t.Errorf("%s: estimated %d tokens (%d counting every byte), made %d", name, est, full, len(toks))
		}
	}
}
