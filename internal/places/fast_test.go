package places

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/doc"
)

func TestOnlyJoiners(t *testing.T) {
	cases := map[string]bool{
		"": true, " ": true, " \t\n": true, ". ": true, "-": true, "'": true, " ’ ": true,
		", ": false, " (": false, "\r": false, "—": false, "\xe2\x80": false, "\xe2": false, "x": false,
	}
	for in, want := range cases {
		if got := onlyJoiners(in); got != want {
			t.Errorf("onlyJoiners(%q) = %v, want %v", in, got, want)
		}
		// the definition it replaces
		if ref := strings.Trim(in, " \t\n.-'’") == ""; ref != want {
			t.Errorf("case %q: Trim says %v", in, ref)
		}
	}
}

func TestTrimPossessive(t *testing.T) {
	cases := map[string]string{
		"Russia's": "Russia", "Russia’s": "Russia", "KURSK'S": "KURSK", "US’S": "US",
		"it's": "it", "a's": "a's", "a’s": "a’s", "ab’s": "ab", "abc’s": "abc", "Texas": "Texas", "s": "s", "": "",
	}
	for in, want := range cases {
		if got := trimPossessive(in); got != want {
			t.Errorf("trimPossessive(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNamesFor: counting names by the evidence index gives what a scan of
// the whole evidence gives: distinct keys of the code, other than the
// mention's own and not overlapping it, at most namesCap.
func TestNamesFor(t *testing.T) {
	sp := func(a, b int) doc.Span { return doc.Span{Start: a, End: b} }
	ev := []evidence{
		{key: "kursk", span: sp(0, 5), country: "RUS", adm1: "RU-KRS"},
		{key: "rusia", span: sp(10, 15), country: "RUS"},
		{key: "moscu", span: sp(20, 25), country: "RUS", adm1: "RU-MOW"},
		{key: "rusia", span: sp(30, 35), country: "RUS"},
		{key: "kiev", span: sp(40, 44), country: "UKR", adm1: "UA-30"},
		{key: "", span: sp(50, 55), country: ""},
		{key: "putin", span: sp(60, 65), country: "RUS"},
		{key: "kremlin", span: sp(60, 67), country: "RUS"},
		{key: "sochi", span: sp(70, 75), country: "RUS", adm1: "RU-KDA"},
		{key: "kursk", span: sp(80, 85), country: "RUS", adm1: "RU-KRS"},
	}
	var codes evCodes
	codes.fill(ev)
	scan := func(m *mention, code string, region bool) int {
		var seen []string
		for _, e := range ev {
			if e.country == "" || e.key == m.key || e.span.Overlaps(m.span) {
				continue
			}
			if (region && e.adm1 != code) || (!region && e.country != code) {
				continue
			}
			dup := false
			for _, x := range seen {
				dup = dup || x == e.key
			}
			if !dup && len(seen) < namesCap {
				seen = append(seen, e.key)
			}
		}
		return len(seen)
	}
	ms := []mention{
		{key: "kursk", span: sp(0, 5)},
		{key: "rusia", span: sp(10, 15)},
		{key: "putin", span: sp(60, 65)},
		{key: "kremlin", span: sp(62, 63)},
		{key: "odesa", span: sp(90, 95)},
	}
	for _, m := range ms {
		for _, q := range []struct {
			code   string
			region bool
		}{{"RUS", false}, {"UKR", false}, {"RU-KRS", true}, {"RU-MOW", true}, {"UA-30", true}, {"FRA", false}, {"RUS", true}} {
			cache := namesCache{codes: &codes}
			want := scan(&m, q.code, q.region)
			if got := cache.namesFor(&m, ev, q.code, q.region); got != want {
				t.Errorf("%s: namesFor(%s, region %v) = %d, want %d", m.key, q.code, q.region, got, want)
			}
			if got := cache.namesFor(&m, ev, q.code, q.region); got != want {
				t.Errorf("%s: cached namesFor(%s, region %v) = %d, want %d", m.key, q.code, q.region, got, want)
			}
		}
	}
}

// TestFeatureScoreTable: the table freeze fills holds featureScore of
// every entry.
func TestFeatureScoreTable(t *testing.T) {
	g, err := sharedEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.fscore) != len(g.Entries) {
		t.Fatalf("%d scores for %d entries", len(g.fscore), len(g.Entries))
	}
	for i := 0; i < len(g.Entries); i += 97 {
		if got, want := g.featureScoreOf(int32(i), &g.Entries[i]), featureScore(&g.Entries[i]); got != want {
			t.Errorf("%s: %v, want %v", g.Entries[i].Name, got, want)
		}
	}
}

// TestTextLines: lines come out whole however the text arrives, the last
// one without its newline too.
func TestTextLines(t *testing.T) {
	text := "a\tb\n\n#keys\nlast"
	for _, cuts := range [][]int{{len(text)}, {1, 2, 3, 4, 5, 9, 10, 13, len(text)}, {4, len(text)}} {
		more := make(chan int, len(cuts))
		for _, c := range cuts {
			more <- c
		}
		close(more)
		tl := &textLines{text: text, more: more}
		var got []string
		for {
			l, ok := tl.next()
			if !ok {
				break
			}
			got = append(got, l)
		}
		if want := []string{"a\tb", "", "#keys", "last"}; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("cuts %v: %q, want %q", cuts, got, want)
		}
	}
}

// TestReadEmbeddedTSV: a gzip file whose trailer lies is an error, not a
// short gazetteer; a good one loads as the sequential reader loads it.
func TestReadEmbeddedTSV(t *testing.T) {
	rows := "#keys\n1\tPPLC\tXXX\t\t1.5\t2.5\t1000\tTestville\ttestville|test ville\n2\tPCLI\tXXX\t\t0\t0\t0\tTestland\ttestland"
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(rows))
	zw.Close()
	good := b.Bytes()
	g := newGazetteer()
	if err := g.readEmbeddedTSV(good, "good"); err != nil {
		t.Fatal(err)
	}
	g.freeze()
	if len(g.Entries) != 2 || g.Entries[0].Name != "Testville" || len(g.Lookup("Test Ville")) != 1 {
		t.Errorf("entries %+v", g.Entries)
	}
	bad := append([]byte(nil), good...)
	bad[len(bad)-4]++ // the trailer's size says one byte more
	if err := newGazetteer().readEmbeddedTSV(bad, "bad"); err == nil {
		t.Error("a wrong trailer size loaded without an error")
	}
	bad[len(bad)-4] -= 2 // one byte less
	if err := newGazetteer().readEmbeddedTSV(bad, "bad"); err == nil {
		t.Error("a wrong trailer size loaded without an error")
	}
}
