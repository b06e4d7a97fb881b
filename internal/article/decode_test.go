package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// controlsRune is controls one rune at a time, the definition the word-wide
// version must agree with.
func controlsRune(s []byte) (n, total int) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		total++
		i += size
		switch {
		case r < 0x20 && r != '\t' && r != '\n' && r != '\v' && r != '\f' && r != '\r', r == 0x7f, r >= 0x80 && r < 0xa0:
			n++
		}
	}
	return n, total
}

func TestControls(t *testing.T) {
	base := []string{
		"",
		"plain ASCII text of more than eight bytes",
		"tab\there, newline\nand CR LF\r\nform feed\f vertical\v end",
		"bell\a and escape\x1b and DEL\x7f inside a longer line",
		"acentos: canción, niño, pingüino — «comillas» y € 20",
		"C1 controls \u0085 and \u009f between words, and \u00a0 NBSP",
		"bad bytes \xff\xfe and a cut rune \xc3 at the end \xe2\x80",
		"a surrogate \xed\xa0\x80, an overlong \xc0\x80 and a real \ufffd replacement",
		"only a real \ufffd replacement character and \U0001F600",
		"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x1f",
		" !\"#$%&'()*+,-./0123456789:;<=>?@AZ[\\]^_`az{|}~",
	}
	// every lead byte around the two-byte ones, before every byte
	for c := 0xc0; c <= 0xe0; c++ {
		for d := 0; d < 0x100; d++ {
			base = append(base, string([]byte{'a', byte(c), byte(d), 'b'}), string([]byte{byte(c), byte(d)}))
		}
	}
	// every string also at each offset of a window, so that each byte
	// falls in each lane of the eight-byte words
	for _, b := range base {
		for k := 0; k < 9; k++ {
			s := []byte(strings.Repeat("x", k) + b + strings.Repeat("y", k))
			gn, gt, gv := controls(s)
			wn, wt := controlsRune(s)
			if gn != wn || gt != wt || gv != utf8.Valid(s) {
				t.Errorf("controls(%q) = %d, %d, %v; want %d, %d, %v", s, gn, gt, gv, wn, wt, utf8.Valid(s))
			}
		}
	}
}

func TestPrintable(t *testing.T) {
	for c := 0; c < 256; c++ {
		for lane := 0; lane < 8; lane++ {
			var w uint64 = 0x7e20617f00611f21 &^ (0xff << (8 * lane)) // printable and not, side by side
			w |= uint64(c) << (8 * lane)
			want := 0
			for want < 8 && byte(w>>(8*want)) >= 0x20 && byte(w>>(8*want)) < 0x7f {
				want++
			}
			if got := printable(w); got != want {
				t.Errorf("printable(%#016x) = %d, want %d", w, got, want)
			}
		}
	}
}
