package prepare

import (
	"reflect"
	"strings"
	"testing"
)

// wordCases are texts whose bytes fall in every lane of the eight-byte words
// the normaliser reads at once: spaces at word edges, double spaces, line
// breaks next to spaces, tabs, DEL, backquotes, entities, accents, mojibake.
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

// TestWordAtATime checks that the normaliser's eight-byte fast paths find
// the same edits as its byte-by-byte loop.
func TestWordAtATime(t *testing.T) {
	defer func() { wordAtATime = true }()
	for _, c := range wordCases {
		for k := 0; k < 9; k++ {
			for _, s := range []string{strings.Repeat("y", k) + c, c + strings.Repeat(" z", k), strings.Repeat(" ", k) + c} {
				wordAtATime = true
				fast := normalize(s)
				wordAtATime = false
				slow := normalize(s)
				if !reflect.DeepEqual(fast, slow) {
					t.Errorf("normalize(%q):\nfast %+v\nslow %+v", s, fast, slow)
				}
			}
		}
	}
}

// TestZeroBytes checks the exact zero-byte mask against every byte value in
// every lane.
func TestZeroBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for lane := 0; lane < 8; lane++ {
			w := uint64(0x0100ff0001ff0100) // zero bytes beside 0x01 and 0xff
			w &^= 0xff << (8 * lane)
			w |= uint64(c) << (8 * lane)
			var want uint64
			for k := 0; k < 8; k++ {
				if byte(w>>(8*k)) == 0 {
					want |= 0x80 << (8 * k)
				}
			}
			if got := zeroBytes(w); got != want {
				t.Errorf("zeroBytes(%#016x) = %#016x, want %#016x", w, got, want)
			}
		}
	}
}
