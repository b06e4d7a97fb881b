package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/testutil"
)

func sp(s string) *string { return &s }

func TestActorKey(t *testing.T) {
	for code, want := range map[string]string{
		"PRKGOV": "PRK", "RUS": "RUS", "IGOUNO": "IGOUNO", "IGOEU": "IGOEU", "NGOICRC": "NGOICRC",
		"IMGISIS": "IMGISIS", "MNCUSA": "MNCUSA", "NGMXYZ": "NGMXYZ", "GOV": "GOV", "MED": "MED", "AB": "AB", "": "",
	} {
		if got := ActorKey(code); got != want {
			t.Errorf("ActorKey(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestActorMatch(t *testing.T) {
	tests := []struct {
		pred, gold *string
		root, full bool
	}{
		{sp("RUSGOV"), sp("RUSGOV"), true, true},
		{sp("RUSMIL"), sp("RUSGOV"), true, false},
		{sp("RUS"), sp("RUSGOV"), true, false},
		{sp("UKRMIL"), sp("RUSMIL"), false, false},
		{sp("IGOUNO"), sp("IGOUNO"), true, true},
		{sp("IGOUNHCR"), sp("IGOUNO"), false, false}, // an organisation's key is the whole code
		{sp("VENREB"), sp("---REB"), true, false},    // country unknown in the gold: any key
		{nil, sp("~CVL"), true, false},
		{nil, nil, true, true},
		{sp(""), nil, true, false}, // "" is no actor for the key, but not equal to null
		{sp("COLGOV"), nil, false, false},
		{nil, sp("COLGOV"), false, false},
	}
	for _, tt := range tests {
		if got := ActorMatch(tt.pred, tt.gold, false); got != tt.root {
			t.Errorf("ActorMatch(%s, %s, root) = %v", code(tt.pred), code(tt.gold), got)
		}
		if got := ActorMatch(tt.pred, tt.gold, true); got != tt.full {
			t.Errorf("ActorMatch(%s, %s, full) = %v", code(tt.pred), code(tt.gold), got)
		}
	}
}

func TestMatch(t *testing.T) {
	g := GoldEvent{Source: sp("PRKGOV"), Target: sp("RUSGOV"), Cameo: "041", Alt: []string{"040"}, Symmetric: true}
	asym := g
	asym.Symmetric = false
	tests := []struct {
		name       string
		p          PredEvent
		g          GoldEvent
		root, full bool
	}{
		{"same", PredEvent{Source: sp("PRKGOV"), Target: sp("RUSGOV"), Cameo: "041"}, g, true, true},
		{"alt code", PredEvent{Source: sp("PRKGOV"), Target: sp("RUSGOV"), Cameo: "040"}, g, true, true},
		{"same root other code", PredEvent{Source: sp("PRKGOV"), Target: sp("RUSGOV"), Cameo: "043"}, g, true, false},
		{"other root", PredEvent{Source: sp("PRKGOV"), Target: sp("RUSGOV"), Cameo: "051"}, g, false, false},
		{"swapped, symmetric", PredEvent{Source: sp("RUSGOV"), Target: sp("PRKGOV"), Cameo: "041"}, g, true, true},
		{"swapped, not symmetric", PredEvent{Source: sp("RUSGOV"), Target: sp("PRKGOV"), Cameo: "041"}, asym, false, false},
		{"wrong country", PredEvent{Source: sp("KORGOV"), Target: sp("RUSGOV"), Cameo: "041"}, g, false, false},
		{"no code", PredEvent{Source: sp("PRKGOV"), Target: sp("RUSGOV")}, g, false, false},
		{"wildcard either order when symmetric",
			PredEvent{Source: sp("USAGOV"), Target: sp("MEXGOV"), Cameo: "036"},
			GoldEvent{Source: sp("~GOV"), Target: sp("USAGOV"), Cameo: "036", Symmetric: true}, true, false},
	}
	for _, tt := range tests {
		if got := Match(&tt.p, &tt.g, false); got != tt.root {
			t.Errorf("%s: root match = %v", tt.name, got)
		}
		if got := Match(&tt.p, &tt.g, true); got != tt.full {
			t.Errorf("%s: full match = %v", tt.name, got)
		}
	}
}

// TestMatchArticleGreedy: required events take their predictions before
// optional ones, in gold order, one prediction each.
func TestMatchArticleGreedy(t *testing.T) {
	gold := []GoldEvent{
		{ID: "opt", Source: sp("RUSMIL"), Target: sp("UKRMIL"), Cameo: "190", Optional: true},
		{ID: "req", Source: sp("RUSMIL"), Target: sp("UKR"), Cameo: "190"},
		{ID: "req2", Source: sp("RUSMIL"), Target: sp("UKR"), Cameo: "190"},
	}
	pred := []PredEvent{
		{Source: sp("RUSMIL"), Target: sp("UKRMIL"), Cameo: "190"},
		{Source: sp("RUSGOV"), Target: sp("UKRGOV"), Cameo: "193"},
		{Source: sp("USAGOV"), Target: sp("UKRGOV"), Cameo: "070"},
	}
	o := MatchArticle(gold, pred, false)
	if o.TP != 2 || o.FN != 0 || o.FP != 1 || len(o.Optional) != 0 {
		t.Errorf("root: tp %d fn %d fp %d optional %d, want 2 0 1 0", o.TP, o.FN, o.FP, len(o.Optional))
	}
	o = MatchArticle(gold, pred, true)
	if o.TP != 0 || o.FN != 2 || o.FP != 2 || len(o.Optional) != 1 {
		t.Errorf("full: tp %d fn %d fp %d optional %d, want 0 2 2 1", o.TP, o.FN, o.FP, len(o.Optional))
	}
}

func TestDatePlaceTime(t *testing.T) {
	g := &GoldEvent{Date: sp("2024-FA"), DateAlt: []*string{nil}}
	for pred, want := range map[any]bool{"2024-FA": true, nil: true, "2024": false, "2024-fa": false} {
		if DateMatch(pred, g) != want {
			t.Errorf("DateMatch(%v) = %v", pred, !want)
		}
	}
	if !DateMatch(nil, &GoldEvent{}) {
		t.Error("null date should equal null gold date")
	}
	gl := map[string]any{"country": "RUS", "adm1": "RU-KRS"}
	if !PlaceMatch(map[string]any{"country": "RUS", "adm1": "RU-KRS", "name": "Kursk"}, gl) ||
		PlaceMatch(map[string]any{"country": "RUS", "adm1": "RU-MOW"}, gl) ||
		PlaceMatch(nil, gl) ||
		!PlaceMatch(map[string]any{"country": "RUS", "adm1": "RU-MOW"}, map[string]any{"country": "RUS", "adm1": nil}) {
		t.Error("PlaceMatch")
	}
	gt := GoldTime{Text: "el martes", Value: "2025-08-12"}
	for _, tt := range []struct {
		p    PredTime
		want bool
	}{
		{PredTime{"el martes", "2025-08-12"}, true},
		{PredTime{"martes", "2025-08-12"}, true},
		{PredTime{"el martes pasado", "2025-08-12"}, true},
		{PredTime{"", "2025-08-12"}, true}, // score.py: "" is in every text
		{PredTime{"el martes", "2025-08-11"}, false},
		{PredTime{"el lunes", "2025-08-12"}, false},
	} {
		if TimeMatch(tt.p, gt) != tt.want {
			t.Errorf("TimeMatch(%+v) = %v", tt.p, !tt.want)
		}
	}
}

func TestRound3(t *testing.T) {
	for x, want := range map[float64]float64{
		2.0 / 3: 0.667, 0.5: 0.5, 1: 1, 0: 0, 0.0005: 0.001, 0.0015: 0.002, 0.0025: 0.003, 1.0 / 8: 0.125, 0.1235: 0.123,
	} {
		if got := Round3(x); got != want {
			t.Errorf("Round3(%v) = %v, want %v", x, got, want)
		}
	}
}

func TestStemAndIDs(t *testing.T) {
	for in, want := range map[string]string{
		"000_seed.gold.json": "000_seed", "dir/000_seed.txt": "000_seed", "x.json": "x", "a.json.txt": "a", "a.txt.json": "a.txt", "plain": "plain",
	} {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
	for line, want := range map[string]string{
		`{"id":"a.txt"}`: "a.txt", `{"id":7}`: "7", `{"id":null}`: "None", `{"id":true}`: "True", `{}`: "",
	} {
		p, err := ParsePrediction([]byte(line))
		if err != nil || p.ID != want {
			t.Errorf("ParsePrediction(%s): id %q, %v; want %q", line, p.ID, err, want)
		}
	}
	for _, bad := range []string{`[1,2]`, `{"id":`, `{"events":[1]}`} {
		if _, err := ParsePrediction([]byte(bad)); err == nil {
			t.Errorf("ParsePrediction(%s) accepted it", bad)
		}
	}
	_, err := ReadPredictions("p.jsonl", strings.NewReader("{\"id\":\"a\"}\n\nnot json\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "p.jsonl:3: not valid JSON") {
		t.Errorf("error %v, want one naming p.jsonl:3", err)
	}
}

func TestParseGoldErrors(t *testing.T) {
	for in, want := range map[string]string{
		"{\n\"events\": [\n{\"id\": \"e1\",, }]}": ":3: invalid character",
		`{"doc": "x.txt"}`:                        `: no "events" list`,
		`{"events": [{"id": "e1"}]}`:              ": event 1 (e1) has no cameo code",
		"{\"events\": [\n{\"cameo\": 41}]}":       `:2: field "events.cameo" should be a string`,
	} {
		_, err := ParseGold([]byte(in), false)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("ParseGold(%q) = %v, want %q...", in, err, want)
		}
	}
	if _, err := ParseGold([]byte(`{"events": [], "color": 1}`), true); err == nil {
		t.Error("strict ParseGold accepted an unknown field")
	}
}

// TestSeedGoldStrict: the reference gold file uses no field our Gold type
// lacks, so strict parsing (used on our examples) follows gold-format.md.
func TestSeedGoldStrict(t *testing.T) {
	p := testutil.SharedFile(t, "eval/seed/000_seed.gold.json")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	g, err := ParseGold(data, true)
	if err != nil {
		t.Fatalf("%s%v", p, err)
	}
	if len(g.Events) != 18 || g.Events[16].DateAlt == nil || g.Events[16].DateAlt[0] != nil || !g.Events[16].Optional {
		t.Errorf("seed gold read wrongly: %d events, e17 %+v", len(g.Events), g.Events[16])
	}
}
