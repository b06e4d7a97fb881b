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
	w.b = append(w.b, `"id":`...)
	w.str(r.ID)
	w.b = append(w.b, `,"date":`...)
	w.strPtr(r.Date)
	w.b = append(w.b, `,"lang":`...)
	w.str(r.Lang)
	if r.URL != "" {
		w.b = append(w.b, `,"url":`...)
		w.str(r.URL)
	}
	if r.Title != "" {
		w.b = append(w.b, `,"title":`...)
		w.str(r.Title)
	}
	w.b = append(w.b, `,"events":`...)
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
	w.b = append(w.b, `,"times":`...)
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
	w.b = append(w.b, `,"places":`...)
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
	w.b = append(w.b, `,"actors":`...)
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
	w.b = append(w.b, `,"quantities":`...)
	w.quantities(r.Quantities)
	w.b = append(w.b, `,"warnings":`...)
	w.strings(r.Warnings)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) actor(a *Actor) {
	if a == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.b = append(w.b, '{')
	w.b = append(w.b, `"code":`...)
	w.str(a.Code)
	if a.Name != "" {
		w.b = append(w.b, `,"name":`...)
		w.str(a.Name)
	}
	if a.Country != "" {
		w.b = append(w.b, `,"country":`...)
		w.str(a.Country)
	}
	if len(a.Roles) > 0 {
		w.b = append(w.b, `,"roles":`...)
		w.strings(a.Roles)
	}
	w.b = append(w.b, `,"text":`...)
	w.str(a.Text)
	w.b = append(w.b, `,"start":`...)
	w.int(a.Start)
	w.b = append(w.b, `,"end":`...)
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
		w.b = append(w.b, `"name":`...)
		w.str(p.Name)
		first = false
	}
	w.key("text", first)
	w.str(p.Text)
	w.b = append(w.b, `,"start":`...)
	w.int(p.Start)
	w.b = append(w.b, `,"end":`...)
	w.int(p.End)
	w.b = append(w.b, `,"country":`...)
	w.str(p.Country)
	w.b = append(w.b, `,"adm1":`...)
	w.strPtr(p.Adm1)
	w.b = append(w.b, `,"feature":`...)
	w.str(p.Feature)
	w.b = append(w.b, `,"lat":`...)
	w.float(p.Lat)
	w.b = append(w.b, `,"lon":`...)
	w.float(p.Lon)
	w.b = append(w.b, `,"geonames_id":`...)
	w.int(p.GeonamesID)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) time(t *Time) {
	w.b = append(w.b, '{')
	w.b = append(w.b, `"text":`...)
	w.str(t.Text)
	w.b = append(w.b, `,"start":`...)
	w.int(t.Start)
	w.b = append(w.b, `,"end":`...)
	w.int(t.End)
	w.b = append(w.b, `,"type":`...)
	w.str(t.Type)
	w.b = append(w.b, `,"value":`...)
	w.str(t.Value)
	if t.Mod != "" {
		w.b = append(w.b, `,"mod":`...)
		w.str(t.Mod)
	}
	if t.Anchor != "" {
		w.b = append(w.b, `,"anchor":`...)
		w.str(t.Anchor)
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
		w.b = append(w.b, `"text":`...)
		w.str(q.Text)
		w.b = append(w.b, `,"start":`...)
		w.int(q.Start)
		w.b = append(w.b, `,"end":`...)
		w.int(q.End)
		w.b = append(w.b, `,"value":`...)
		if q.Value == nil {
			w.b = append(w.b, "null"...)
		} else {
			w.float(*q.Value)
		}
		w.b = append(w.b, `,"unit":`...)
		w.str(q.Unit)
		w.b = append(w.b, `,"approx":`...)
		w.bool(q.Approx)
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) evidence(e *Evidence) {
	w.b = append(w.b, '{')
	w.b = append(w.b, `"sentence":`...)
	w.int(e.Sentence)
	w.b = append(w.b, `,"text":`...)
	w.str(e.Text)
	w.b = append(w.b, `,"start":`...)
	w.int(e.Start)
	w.b = append(w.b, `,"end":`...)
	w.int(e.End)
	w.b = append(w.b, `,"trigger":`...)
	w.str(e.Trigger)
	w.b = append(w.b, `,"trigger_start":`...)
	w.int(e.TriggerStart)
	w.b = append(w.b, `,"trigger_end":`...)
	w.int(e.TriggerEnd)
	w.b = append(w.b, `,"pattern":`...)
	w.str(e.Pattern)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) event(e *Event) {
	w.b = append(w.b, '{')
	w.b = append(w.b, `"id":`...)
	w.str(e.ID)
	w.b = append(w.b, `,"source":`...)
	w.actor(e.Source)
	w.b = append(w.b, `,"target":`...)
	w.actor(e.Target)
	w.b = append(w.b, `,"cameo":`...)
	w.str(e.Cameo)
	w.b = append(w.b, `,"root":`...)
	w.str(e.Root)
	w.b = append(w.b, `,"quad_class":`...)
	w.int(e.QuadClass)
	w.b = append(w.b, `,"goldstein":`...)
	w.float(e.Goldstein)
	w.b = append(w.b, `,"plover":`...)
	w.str(e.Plover)
	w.b = append(w.b, `,"symmetric":`...)
	w.bool(e.Symmetric)
	w.b = append(w.b, `,"date":`...)
	w.strPtr(e.Date)
	w.b = append(w.b, `,"modality":`...)
	w.str(e.Modality)
	w.b = append(w.b, `,"reported_by":`...)
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
			w.b = append(w.b, `"code":`...)
			w.str(rb.Code)
			w.b = append(w.b, `,"text":`...)
			w.str(rb.Text)
			w.b = append(w.b, `,"start":`...)
			w.int(rb.Start)
			w.b = append(w.b, `,"end":`...)
			w.int(rb.End)
			w.b = append(w.b, '}')
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"location":`...)
	w.place(e.Location)
	w.b = append(w.b, `,"quantities":`...)
	w.quantities(e.Quantities)
	w.b = append(w.b, `,"evidence":`...)
	w.evidence(&e.Evidence)
	if len(e.EvidenceMore) > 0 {
		w.b = append(w.b, `,"evidence_more":`...)
		w.b = append(w.b, '[')
		for i := range e.EvidenceMore {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.evidence(&e.EvidenceMore[i])
		}
		w.b = append(w.b, ']')
	}
	w.b = append(w.b, `,"confidence":`...)
	w.float(e.Confidence)
	w.b = append(w.b, '}')
}
