package prepare

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// wordCases are texts with the cases the normaliser's quick loop over plain
// bytes must leave to the byte-by-byte one: spaces at the edges, double
// spaces, line breaks next to spaces, tabs, DEL, backquotes, entities,
// accents, mojibake.
var wordCases = []string{
	"El gobierno anunció hoy un acuerdo con los sindicatos.",
	"a b c d e f g h i j k l m n o p q r s t u v w x y z",
	"two  spaces and   three    four",
	"line\n leading space and trailing \nbreak\r\nCR LF \r end",
	"tab\there and\t\ttwo, NBSP\u00a0here, DEL\x7f here, bell\a here",
	"`backquote` and &quot;entity&quot; and &amp; and & alone",
	"«Comillas» y “dobles” y ‘simples’ y O’Brien — fin…",
	"mojibake: canciÃ³n, niÃ±o, â€œcitaâ€\u009d",
	"invisible\u200bzero width\u00adsoft hyphen\ufeffBOM",
	"e\u0301 combining and A\u030a ring",
	"x                y",
	" lead", "trail ", " ", "", "12345678 ", " 12345678", "1234567 8", "1234567  8",
}

// fastSlow normalises s with the word-at-a-time loop and with the
// byte-by-byte one, and tells whether they agree.
func fastSlow(s string) (fast, slow any, same bool) {
	wordAtATime = true
	f := normalize(s)
	wordAtATime = false
	b := normalize(s)
	wordAtATime = true
	return f, b, reflect.DeepEqual(f, b)
}

// TestWordAtATime checks that the normaliser's quick loop over plain bytes
// finds the same edits as its byte-by-byte loop.
func TestWordAtATime(t *testing.T) {
	defer func() { wordAtATime = true }()
	for _, c := range wordCases {
		for k := 0; k < 9; k++ {
			for _, s := range []string{strings.Repeat("y", k) + c, c + strings.Repeat(" z", k), strings.Repeat(" ", k) + c} {
				if fast, slow, same := fastSlow(s); !same {
					t.Errorf("normalize(%q):\nfast %+v\nslow %+v", s, fast, slow)
				}
			}
		}
	}
}

// TestWordAtATimeRandom compares the quick and the byte-by-byte loops on
// random texts of the bytes that matter to them: blanks, line breaks,
// entities, accented letters and the leads of double encoding.
func TestWordAtATimeRandom(t *testing.T) {
	defer func() { wordAtATime = true }()
	parts := []string{"a", "Z", "1", ".", " ", " ", "\n", "\r", "\t", "&", "&amp;", "`", "é", "ñ", "Ó",
		"Ã", "Ã³", "Â", "Â\u00a0", "Å\u0093", "â€œ", "â", "\u00a0", "“", "\x7f", "\xc3", "\xc3("}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if fast, slow, same := fastSlow(s); !same {
			t.Fatalf("normalize(%q):\nfast %+v\nslow %+v", s, fast, slow)
		}
	}
}

// TestSkipPlainLanes checks that skipPlain, eight bytes at a time where it
// can, stops where a look at each byte stops, from every start and end, on
// random texts of plain bytes, blanks, line breaks and the bytes it must
// stop at.
func TestSkipPlainLanes(t *testing.T) {
	byteByByte := func(raw string, i, to int) int {
		for i < to {
			c := raw[i]
			if plainByte[c] {
				i++
				continue
			}
			if c == ' ' && i > 0 && i+1 < to && plainByte[raw[i+1]] && raw[i-1] != '\n' && raw[i-1] != '\r' {
				i += 2
				continue
			}
			break
		}
		return i
	}
	parts := []string{"a", "Z", "~", "!", "1", ".", " ", " ", " ", "\n", "\r", "\t", "&", "`", "é", "\x7f", "\x00", "\x1f"}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.IntN(40); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(3) > 0 {
				b.WriteString("word")
			}
		}
		s := b.String()
		for i := 0; i < len(s); i++ {
			for _, to := range []int{len(s), len(s) - 1, i + 9, i + 8, i + 7} {
				if to > len(s) || to < i {
					continue
				}
				if got, want := skipPlain(s, i, to), byteByByte(s, i, to); got != want {
					t.Fatalf("skipPlain(%q, %d, %d) = %d, byte by byte %d", s, i, to, got, want)
				}
			}
		}
	}
}
