package record

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends r's JSON encoding to dst, byte for byte what
// encoding/json writes for it (json.Marshal when escapeHTML is true, an
// Encoder after SetEscapeHTML(false) otherwise, without the newline), but
// without reflection. It fails, like encoding/json, on a NaN or infinite
// number.
func AppendJSON(dst []byte, r *Record, escapeHTML bool) ([]byte, error) {
	w := jsonWriter{b: dst, html: escapeHTML}
	w.record(r)
	if w.err != nil {
		return dst, w.err
	}
	return w.b, nil
}

// jsonWriter appends JSON to b; the first unsupported number is kept in err.
type jsonWriter struct {
	b    []byte
	html bool
	err  error
}

// key writes `,"name":` (the comma unless first).
func (w *jsonWriter) key(name string, first bool) {
	if !first {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, name...)
	w.b = append(w.b, '"', ':')
}

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

// float writes f as encoding/json does: shortest form, exponent only for
// very small or very large magnitudes, with a one-digit negative exponent
// unpadded ("1e-7", not "1e-07").
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if w.err == nil {
			w.err = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
		}
		w.b = append(w.b, '0')
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		n := len(w.b)
		if n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

const hexDigits = "0123456789abcdef"

// loBits and hiBits are the lowest and highest bit of each byte of a word.
const (
	loBits = 0x0101010101010101
	hiBits = 0x8080808080808080
)

// zeroByte is non-zero when some byte of x is zero (exact for the whole
// word, which is all str asks).
func zeroByte(x uint64) uint64 { return (x - loBits) &^ x & hiBits }

// str writes s as a JSON string with encoding/json's escapes: quote,
// backslash and control characters; <, > and & when html is set; U+2028
// and U+2029; invalid UTF-8 as U+FFFD.
func (w *jsonWriter) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		// eight bytes at a time while none needs a look: no control
		// character, quote, backslash, non-ASCII byte (nor <, >, & for
		// HTML)
		for i+8 <= len(s) {
			t := s[i : i+8]
			x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			m := x&hiBits | (x-loBits*0x20)&^x&hiBits | zeroByte(x^(loBits*'"')) | zeroByte(x^(loBits*'\\'))
			if w.html {
				m |= zeroByte(x^(loBits*'<')) | zeroByte(x^(loBits*'>')) | zeroByte(x^(loBits*'&'))
			}
			if m != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!w.html || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // a valid two-byte sequence (accented Latin letters)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

func (w *jsonWriter) strPtr(s *string) {
	if s == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.str(*s)
}

func (w *jsonWriter) strings(ss []string) {
	if ss == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, '[')
	for i, s := range ss {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(s)
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) record(r *Record) {
	w.b = append(w.b, '{')
	w.key("id", true)
	w.str(r.ID)
	w.key("date", false)
	w.strPtr(r.Date)
	w.key("lang", false)
	w.str(r.Lang)
	if r.URL != "" {
		w.key("url", false)
		w.str(r.URL)
	}
	if r.Title != "" {
		w.key("title", false)
		w.str(r.Title)
	}
	w.key("events", false)
	if r.Events == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range r.Events {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.event(&r.Events[i])
		}
		w.b = append(w.b, ']')
	}
	w.key("times", false)
	if r.Times == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range r.Times {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.time(&r.Times[i])
		}
		w.b = append(w.b, ']')
	}
	w.key("places", false)
	if r.Places == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range r.Places {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.place(&r.Places[i])
		}
		w.b = append(w.b, ']')
	}
	w.key("actors", false)
	if r.Actors == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range r.Actors {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.actor(&r.Actors[i])
		}
		w.b = append(w.b, ']')
	}
	w.key("quantities", false)
	w.quantities(r.Quantities)
	w.key("warnings", false)
	w.strings(r.Warnings)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) actor(a *Actor) {
	if a == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, '{')
	w.key("code", true)
	w.str(a.Code)
	if a.Name != "" {
		w.key("name", false)
		w.str(a.Name)
	}
	if a.Country != "" {
		w.key("country", false)
		w.str(a.Country)
	}
	if len(a.Roles) > 0 {
		w.key("roles", false)
		w.strings(a.Roles)
	}
	w.key("text", false)
	w.str(a.Text)
	w.key("start", false)
	w.int(a.Start)
	w.key("end", false)
	w.int(a.End)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) place(p *Place) {
	if p == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, '{')
	first := true
	if p.Name != "" {
		w.key("name", true)
		w.str(p.Name)
		first = false
	}
	w.key("text", first)
	w.str(p.Text)
	w.key("start", false)
	w.int(p.Start)
	w.key("end", false)
	w.int(p.End)
	w.key("country", false)
	w.str(p.Country)
	w.key("adm1", false)
	w.strPtr(p.Adm1)
	w.key("feature", false)
	w.str(p.Feature)
	w.key("lat", false)
	w.float(p.Lat)
	w.key("lon", false)
	w.float(p.Lon)
	w.key("geonames_id", false)
	w.int(p.GeonamesID)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) time(t *Time) {
	w.b = append(w.b, '{')
	w.key("text", true)
	w.str(t.Text)
	w.key("start", false)
	w.int(t.Start)
	w.key("end", false)
	w.int(t.End)
	w.key("type", false)
	w.str(t.Type)
	w.key("value", false)
	w.str(t.Value)
	if t.Mod != "" {
		w.key("mod", false)
		w.str(t.Mod)
	}
	w.b = append(w.b, '}')
}

func (w *jsonWriter) quantities(qs []Quantity) {
	if qs == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, '[')
	for i := range qs {
		q := &qs[i]
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, '{')
		w.key("text", true)
		w.str(q.Text)
		w.key("start", false)
		w.int(q.Start)
		w.key("end", false)
		w.int(q.End)
		w.key("value", false)
		if q.Value == nil {
			w.b = append(w.b, "null"...)
		} else {
			w.float(*q.Value)
		}
		w.key("unit", false)
		w.str(q.Unit)
		w.key("approx", false)
		w.bool(q.Approx)
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) evidence(e *Evidence) {
	w.b = append(w.b, '{')
	w.key("sentence", true)
	w.int(e.Sentence)
	w.key("text", false)
	w.str(e.Text)
	w.key("start", false)
	w.int(e.Start)
	w.key("end", false)
	w.int(e.End)
	w.key("trigger", false)
	w.str(e.Trigger)
	w.key("trigger_start", false)
	w.int(e.TriggerStart)
	w.key("trigger_end", false)
	w.int(e.TriggerEnd)
	w.key("pattern", false)
	w.str(e.Pattern)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) event(e *Event) {
	w.b = append(w.b, '{')
	w.key("id", true)
	w.str(e.ID)
	w.key("source", false)
	w.actor(e.Source)
	w.key("target", false)
	w.actor(e.Target)
	w.key("cameo", false)
	w.str(e.Cameo)
	w.key("root", false)
	w.str(e.Root)
	w.key("quad_class", false)
	w.int(e.QuadClass)
	w.key("goldstein", false)
	w.float(e.Goldstein)
	w.key("plover", false)
	w.str(e.Plover)
	w.key("symmetric", false)
	w.bool(e.Symmetric)
	w.key("date", false)
	w.strPtr(e.Date)
	w.key("modality", false)
	w.str(e.Modality)
	w.key("reported_by", false)
	if e.ReportedBy == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = append(w.b, '[')
		for i := range e.ReportedBy {
			rb := &e.ReportedBy[i]
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.b = append(w.b, '{')
			w.key("code", true)
			w.str(rb.Code)
			w.key("text", false)
			w.str(rb.Text)
			w.key("start", false)
			w.int(rb.Start)
			w.key("end", false)
			w.int(rb.End)
			w.b = append(w.b, '}')
		}
		w.b = append(w.b, ']')
	}
	w.key("location", false)
	w.place(e.Location)
	w.key("quantities", false)
	w.quantities(e.Quantities)
	w.key("evidence", false)
	w.evidence(&e.Evidence)
	if len(e.EvidenceMore) > 0 {
		w.key("evidence_more", false)
		w.b = append(w.b, '[')
		for i := range e.EvidenceMore {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.evidence(&e.EvidenceMore[i])
		}
		w.b = append(w.b, ']')
	}
	w.key("confidence", false)
	w.float(e.Confidence)
	w.b = append(w.b, '}')
}
