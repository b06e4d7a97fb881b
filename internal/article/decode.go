package article

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// maxControlShare is the share of control characters above which a text is
// taken for binary data rather than an article.
const maxControlShare = 0.05

// decode turns the bytes of an article into UTF-8 text. Valid UTF-8 is kept
// as it is (less a byte-order mark); UTF-16 with a byte-order mark is
// decoded; bytes that are not valid UTF-8 are decoded one by one as
// Windows-1252 (a superset of Latin-1's printable characters), which is what
// such files almost always are. Each repair is described in warnings. Binary
// data (NUL bytes, many control characters) is an error.
func decode(data []byte) (text string, warnings []string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, derr := dec.Bytes(data)
		if derr != nil {
			return "", nil, fmt.Errorf("not valid UTF-16 despite its byte-order mark: %v", derr)
		}
		data = out
		warnings = append(warnings, "decoded as UTF-16 (byte-order mark found)")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", nil, fmt.Errorf("binary data (NUL byte at offset %d), not a text article", i)
	}
	n, total, valid := controls(data)
	if !valid {
		var w string
		data, w = fromWindows1252(data)
		warnings = append(warnings, w)
		n, total, _ = controls(data)
	}
	if total > 0 && float64(n)/float64(total) > maxControlShare {
		return "", nil, fmt.Errorf("binary data (%d control characters in %d), not a text article", n, total)
	}
	return string(data), warnings, nil
}

// fromWindows1252 keeps the valid UTF-8 sequences of data and decodes every
// other byte as Windows-1252, returning the text and a warning saying what
// was done.
func fromWindows1252(data []byte) ([]byte, string) {
	out := make([]byte, 0, len(data)+len(data)/8)
	bad, multi := 0, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(data[i]))
			bad++
			i++
			continue
		}
		if size > 1 {
			multi++
		}
		out = append(out, data[i:i+size]...)
		i += size
	}
	if multi == 0 {
		return out, "decoded as Windows-1252: the file is not valid UTF-8"
	}
	return out, fmt.Sprintf("%d bytes that are not valid UTF-8 decoded as Windows-1252", bad)
}

// controls counts the control characters of s that have no place in a text
// (all but tab, newline, vertical tab, form feed and carriage return) and
// its characters, and reports whether s is valid UTF-8 (the same pass
// decodes every character beyond ASCII). Printable ASCII is counted eight
// bytes at a time.
func controls(s []byte) (n, total int, valid bool) {
	valid = true
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if k := printable(binary.LittleEndian.Uint64(s[i:])); k > 0 {
				total += k
				i += k
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			total++
			i++
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7F {
				n++
			}
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// two bytes (á ñ ü), the commonest beyond ASCII: a C1 control
			// is U+0080 to U+009F
			if c == 0xC2 && s[i+1] < 0xA0 {
				n++
			}
			total++
			i += 2
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		total++
		i += size
		if r >= 0x80 && r < 0xA0 {
			n++
		}
		if r == utf8.RuneError && size == 1 {
			valid = false
		}
	}
	return n, total, valid
}

// printable returns how many of the eight bytes of w (the first in its low
// bits) are printable ASCII (0x20 to 0x7E) before the first that is not.
func printable(w uint64) int {
	const ones, highs, low7 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	// not printable: the high bit set; below 0x20 (adding 0x60 to the low
	// seven bits reaches the high bit only from 0x20 up); or DEL (a zero
	// byte of w^0x7f..: exact, as the low seven bits plus 0x7f carry into
	// the high bit from every byte but zero)
	d := w ^ 0x7f*ones
	del := ^((d&low7 + low7) | d | low7)
	bad := w&highs | ^(w&low7+0x60*ones)&highs | del
	return bits.TrailingZeros64(bad) / 8
}
