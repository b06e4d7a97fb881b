package record

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
)

// stdJSON is what encoding/json writes for r: Marshal, or an Encoder with
// HTML escaping off (the newline dropped).
func stdJSON(t *testing.T, r *Record, html bool) []byte {
	t.Helper()
	if html {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func sameAsStd(t *testing.T, name string, r *Record) {
	t.Helper()
	for _, html := range []bool{true, false} {
		got, err := AppendJSON(nil, r, html)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := stdJSON(t, r, html); !bytes.Equal(got, want) {
			t.Errorf("%s (html %v):\n got %s\nwant %s", name, html, got, want)
		}
	}
}

func strp(s string) *string     { return &s }
func floatp(f float64) *float64 { return &f }

func TestAppendJSONCases(t *testing.T) {
	full := Event{
		ID: "a#e1", Cameo: "0231", Root: "02", QuadClass: 1, Goldstein: 3.4, Plover: "REQUEST", Symmetric: true,
		Date: strp("2025-08-13"), Modality: "asserted",
		Source:       &Actor{Code: "KENGOV", Name: "William Ruto", Country: "KEN", Roles: []string{"GOV", "ELI"}, Text: "Ruto", Start: 3, End: 7},
		Target:       &Actor{Code: "CVL", Text: "protesters", Start: 20, End: 30},
		ReportedBy:   []Reporter{{Code: "KENPOL", Text: "police", Start: 40, End: 46}},
		Location:     &Place{Name: "Nairobi", Text: "Nairobi", Start: 50, End: 57, Country: "KE", Adm1: strp("KE.30"), Feature: "PPLC", Lat: -1.28333, Lon: 36.81667, GeonamesID: 184745},
		Quantities:   []Quantity{{Text: "47 people", Start: 60, End: 69, Value: floatp(47), Unit: "people", Approx: true}, {Text: "thousands of", Unit: "people"}},
		Evidence:     Evidence{Sentence: 2, Text: "x", Start: 1, End: 2, Trigger: "urged", TriggerStart: 8, TriggerEnd: 13, Pattern: "urge"},
		EvidenceMore: []Evidence{{Sentence: 3, Text: "y"}},
		Confidence:   0.85,
	}
	cases := []struct {
		name string
		r    Record
	}{
		{"zero", Record{}},
		{"empty slices", Record{ID: "x", Lang: "es", Events: []Event{}, Times: []Time{}, Places: []Place{}, Actors: []Actor{}, Quantities: []Quantity{}, Warnings: []string{}}},
		{"full", Record{ID: "doc-1", Date: strp("2025-08-13"), Lang: "en", URL: "https://x.org/a?b=1&c=<2>", Title: "T \"q\"",
			Events:     []Event{full, {ID: "a#e2", Modality: "reported"}},
			Times:      []Time{{Text: "Tuesday", Start: 1, End: 8, Type: "DATE", Value: "2025-08-12"}, {Text: "early May", Type: "DATE", Value: "2025-05", Mod: "START"}},
			Places:     []Place{{Text: "Lima", Country: "PE", Lat: 0, Lon: -77.0282}},
			Actors:     []Actor{{Code: "PER", Text: "Perú", Roles: []string{}}},
			Quantities: []Quantity{{Text: "US$ 2.000 millones", Value: floatp(2e9), Unit: "USD"}},
			Warnings:   []string{"double-encoded UTF-8 repaired"}}},
		{"escapes", Record{ID: "a\"b\\c\n\r\t\b\f\x00\x01\x1f\x7f<>&\u2028\u2029 é ñ 日本 \xff\xfe end", Lang: "\xc3", Title: "\xe2\x80", Warnings: []string{"<script>&amp;</script>", "\u00a0\ufeff\U0001F600"}}},
		{"floats", Record{Places: []Place{
			{Lat: 1e-7, Lon: -1e-7}, {Lat: 1e21, Lon: -1e21}, {Lat: 1e20, Lon: 123456789.123456789},
			{Lat: 5e-324, Lon: math.MaxFloat64}, {Lat: 1e-6, Lon: 0.000001234}, {Lat: math.Copysign(0, -1), Lon: 1e100},
			{Lat: 1.5e-10, Lon: 2.5e-300}}}},
	}
	for _, c := range cases {
		sameAsStd(t, c.name, &c.r)
	}
}

// TestAppendJSONRandom compares with encoding/json on random records whose
// strings mix plain text, escapes, multi-byte and broken UTF-8.
func TestAppendJSONRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "Z", " ", "\"", "\\", "\n", "\t", "\x00", "\x1f", "\x7f", "<", ">", "&", "é", "ñ", "\u2028", "\u2029", "日", "\U0001F600", "\xff", "\xc3", "\xe2\x80", "\ufffd", "/", "a plain run of ASCII text, ", "0123456789"}
	str := func() string {
		n := rng.IntN(16)
		s := ""
		for range n {
			s += pieces[rng.IntN(len(pieces))]
		}
		return s
	}
	num := func() float64 {
		switch rng.IntN(4) {
		case 0:
			return float64(rng.IntN(1000)) / 100
		case 1:
			return rng.NormFloat64() * math.Pow(10, float64(rng.IntN(60)-30))
		case 2:
			return math.Float64frombits(rng.Uint64()&^(0x7ff<<52) | uint64(rng.IntN(0x7fe))<<52)
		}
		return 0
	}
	optStr := func() *string {
		if rng.IntN(2) == 0 {
			return nil
		}
		s := str()
		return &s
	}
	strs := func() []string {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		return []string{str(), str()}
	}
	actor := func() *Actor {
		if rng.IntN(3) == 0 {
			return nil
		}
		return &Actor{Code: str(), Name: str(), Country: str(), Roles: strs(), Text: str(), Start: rng.IntN(1 << 20), End: -rng.IntN(5)}
	}
	place := func() *Place {
		if rng.IntN(3) == 0 {
			return nil
		}
		return &Place{Name: str(), Text: str(), Start: rng.IntN(99), End: rng.IntN(99), Country: str(), Adm1: optStr(), Feature: str(), Lat: num(), Lon: num(), GeonamesID: rng.IntN(1 << 30)}
	}
	qtys := func() []Quantity {
		if rng.IntN(4) == 0 {
			return nil
		}
		var qs []Quantity
		for range rng.IntN(3) {
			q := Quantity{Text: str(), Start: rng.IntN(9), End: rng.IntN(9), Unit: str(), Approx: rng.IntN(2) == 0}
			if rng.IntN(2) == 0 {
				v := num()
				q.Value = &v
			}
			qs = append(qs, q)
		}
		if qs == nil {
			qs = []Quantity{}
		}
		return qs
	}
	ev := func() Evidence {
		return Evidence{Sentence: rng.IntN(40), Text: str(), Start: rng.IntN(9), End: rng.IntN(9), Trigger: str(), TriggerStart: rng.IntN(9), TriggerEnd: rng.IntN(9), Pattern: str()}
	}
	for n := range 3000 {
		r := Record{ID: str(), Date: optStr(), Lang: str(), URL: str(), Title: str(), Warnings: strs(), Quantities: qtys()}
		if rng.IntN(5) > 0 {
			r.Events = []Event{}
			for range rng.IntN(3) {
				e := Event{ID: str(), Source: actor(), Target: actor(), Cameo: str(), Root: str(), QuadClass: rng.IntN(5), Goldstein: num(), Plover: str(),
					Symmetric: rng.IntN(2) == 0, Date: optStr(), Modality: str(), Location: place(), Quantities: qtys(), Evidence: ev(), Confidence: num()}
				if rng.IntN(2) == 0 {
					e.ReportedBy = []Reporter{{Code: str(), Text: str(), Start: 1, End: 2}}
				}
				if rng.IntN(2) == 0 {
					e.EvidenceMore = []Evidence{ev(), ev()}
				}
				r.Events = append(r.Events, e)
			}
		}
		if rng.IntN(5) > 0 {
			r.Times = []Time{{Text: str(), Start: 1, End: 2, Type: str(), Value: str(), Mod: str()}}
		}
		if rng.IntN(5) > 0 {
			r.Places = []Place{}
			if p := place(); p != nil {
				r.Places = append(r.Places, *p)
			}
		}
		if rng.IntN(5) > 0 {
			r.Actors = []Actor{}
			if a := actor(); a != nil {
				r.Actors = append(r.Actors, *a)
			}
		}
		sameAsStd(t, "random", &r)
		if t.Failed() {
			t.Fatalf("record %d differs", n)
		}
	}
}

func TestAppendJSONUnsupported(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		r := Record{Places: []Place{{Lat: f}}}
		if _, err := AppendJSON(nil, &r, false); err == nil {
			t.Errorf("%v: no error", f)
		}
		if _, err := json.Marshal(&r); err == nil {
			t.Errorf("%v: encoding/json gave no error either", f)
		}
	}
}
