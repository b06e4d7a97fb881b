package store

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/record"
)

// fixture stores four events the query tests select among.
func fixture(t testing.TB, s *Store) {
	t.Helper()
	call := ev("PRKGOV", "RUSGOV", "041", "2025-08-12")
	call.Symmetric = true
	call.Evidence.Text = "Kim y Putin realizaron una llamada telefónica"
	meet := at(ev("RUSGOV", "USAGOV", "036", "2025-08-15"), "USA", "US-AK")
	meet.Modality = "planned"
	meet.Evidence.Text = "la reunión planificada en Alaska"
	fight := at(ev("UKRMIL", "RUSMIL", "190", ""), "RUS", "RU-KRS")
	fight.QuadClass, fight.Goldstein = 4, -10
	fight.Evidence.Text = "una incursión ucraniana en Kursk"
	praise := ev("RUSGOV", "PRKMIL", "051", "2025-08-12")
	praise.Evidence.Text = "Putin elogió la valentía"
	add(t, s,
		item(art("a", "https://kcna.kp/1", "2025-08-13", "a"), call, praise),
		item(art("b", "https://tass.ru/2", "2025-08-13", "b"), call, meet, fight),
	)
}

func TestQueryFilters(t *testing.T) {
	backends(t, testQueryFilters)
	// and with the trigram index that migration 0002 makes where pg_trgm is installed
	t.Run("postgres+pg_trgm", func(t *testing.T) {
		testQueryFilters(t, func(t testing.TB) *Store {
			s := openPostgresWith(t, true)
			var n int
			if err := s.DB().QueryRow("SELECT count(*) FROM pg_indexes WHERE indexname = 'mentions_evidence_trgm' AND schemaname = current_schema()").Scan(&n); err != nil || n != 1 {
				t.Fatalf("no trigram index on mentions.evidence (%d, %v)", n, err)
			}
			return s
		})
	})
}

func testQueryFilters(t *testing.T, open func(testing.TB) *Store) {
	{
		s := open(t)
		fixture(t, s)
		tests := []struct {
			name string
			f    Filter
			want []string // cameo codes, sorted
		}{
			{"all", Filter{}, []string{"036", "041", "051", "190"}},
			{"actor either side", Filter{Actor: "PRKGOV"}, []string{"041"}},
			{"actor lower case", Filter{Actor: "rusgov"}, []string{"036", "041", "051"}},
			{"actor prefix", Filter{Actor: "RUS*"}, []string{"036", "041", "051", "190"}},
			{"country either side", Filter{Country: "PRK"}, []string{"041", "051"}},
			{"cameo code", Filter{Cameo: "190"}, []string{"190"}},
			{"cameo prefix", Filter{Cameo: "03"}, []string{"036"}},
			{"root", Filter{Root: "05"}, []string{"051"}},
			{"quad class", Filter{QuadClass: 4}, []string{"190"}},
			{"date range", Filter{From: "2025-08-13", To: "2025-08-15"}, []string{"036", "190"}},
			{"date month", Filter{From: "2025-08", To: "2025-08"}, []string{"036", "041", "051", "190"}},
			{"date before", Filter{To: "2025-08-12"}, []string{"041", "051"}},
			{"location country", Filter{LocCountry: "usa"}, []string{"036"}},
			{"location adm1", Filter{LocAdm1: "RU-KRS"}, []string{"190"}},
			{"modality", Filter{Modality: "planned"}, []string{"036"}},
			{"text", Filter{Text: "KURSK"}, []string{"190"}},
			{"text with accent", Filter{Text: "telefónica"}, []string{"041"}},
			{"text short", Filter{Text: "ku"}, []string{"190"}},
			{"text two words", Filter{Text: "incursión ucraniana"}, []string{"190"}},
			{"text literal percent", Filter{Text: "100%"}, nil},
			{"combined", Filter{Country: "RUS", QuadClass: 1, From: "2025-08-12", To: "2025-08-12"}, []string{"041", "051"}},
			{"limit", Filter{Limit: 1}, []string{"041"}},
		}
		for _, tc := range tests {
			if n, err := s.CountEvents(context.Background(), tc.f); err != nil || (tc.f.Limit == 0 && n != len(tc.want)) {
				t.Errorf("%s: CountEvents = %d, %v; want %d", tc.name, n, err, len(tc.want))
			}
			var got []string
			for _, e := range allEvents(t, s, tc.f) {
				got = append(got, e.Cameo)
			}
			sort.Strings(got)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
			}
		}
		// the undated fight takes its day from its article
		if e := allEvents(t, s, Filter{Cameo: "190"}); len(e) != 1 || e[0].Day != "2025-08-13" || e[0].Date != "" {
			t.Errorf("undated event %+v", e)
		}
	}
}

func TestFilterCheck(t *testing.T) {
	// an actor of unknown country ("---UAF") may be asked for; a country may not
	for _, f := range []Filter{{Actor: "---UAF"}, {Actor: "---*"}, {Actor: "RUSGOV"}, {Actor: "RUS*"}} {
		if err := f.Check(); err != nil {
			t.Errorf("%+v: %v", f, err)
		}
	}
	for _, f := range []Filter{{Actor: "RUS GOV"}, {Cameo: "1a"}, {QuadClass: 5}, {From: "13/08/2025"}, {To: "2025-8-1"}, {Limit: -1}, {Country: "R'"}, {Country: "---"}, {Actor: "---"}, {Actor: "*"}, {Actor: "--UAF"}} {
		err := f.Check()
		if err == nil {
			t.Errorf("%+v: no error", f)
			continue
		}
		if strings.Contains(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "--") {
			t.Errorf("%+v: error %q should be one line naming the flag", f, err)
		}
	}
}

func exportString(t *testing.T, s *Store, format string, f Filter) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Export(context.Background(), &b, format, f, ontology.MustDefault()); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestExportGDELT(t *testing.T) {
	backends(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		fixture(t, s)
		onto := ontology.MustDefault()
		out := exportString(t, s, "gdelt", Filter{})
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != 4 {
			t.Fatalf("%d lines, want 4", len(lines))
		}
		col := map[string]int{}
		for i, c := range onto.GDELTEvents {
			col[c.Name] = i
		}
		if len(col) != 61 {
			t.Fatalf("ontology lists %d GDELT event columns, want 61", len(col))
		}
		for _, l := range lines {
			f := strings.Split(l, "\t")
			if len(f) != 61 {
				t.Fatalf("%d fields, want 61: %q", len(f), l)
			}
			if f[col["EventCode"]] != "036" {
				continue
			}
			want := map[string]string{"Day": "20250815", "MonthYear": "202508", "Year": "2025", "FractionDate": "2025.6219",
				"Actor1Code": "RUSGOV", "Actor1Name": "NAME OF RUSGOV", "Actor1CountryCode": "RUS", "Actor1Type1Code": "GOV",
				"Actor2Code": "USAGOV", "EventBaseCode": "036", "EventRootCode": "03", "QuadClass": "1", "GoldsteinScale": "1",
				"NumMentions": "1", "NumSources": "1", "NumArticles": "1", "ActionGeo_Type": "2", "ActionGeo_CountryCode": "USA",
				"ActionGeo_ADM1Code": "US-AK", "ActionGeo_Lat": "10", "ActionGeo_Long": "20", "ActionGeo_FeatureID": "42",
				"DATEADDED": "20250813000000", "SOURCEURL": "https://tass.ru/2", "Actor1Geo_Type": "0"}
			for name, v := range want {
				if got := f[col[name]]; got != v {
					t.Errorf("%s = %q, want %q", name, got, v)
				}
			}
			if f[col["GlobalEventID"]] == "" || f[col["GlobalEventID"]] == "0" {
				t.Errorf("no GlobalEventID")
			}
		}
		// mentions: 16 columns, one line per mention, joined by event id
		ml := strings.Split(strings.TrimSuffix(exportString(t, s, "mentions", Filter{}), "\n"), "\n")
		if len(ml) != 5 {
			t.Fatalf("%d mention lines, want 5", len(ml))
		}
		ids := map[string]bool{}
		for _, l := range lines {
			ids[strings.SplitN(l, "\t", 2)[0]] = true
		}
		for _, l := range ml {
			f := strings.Split(l, "\t")
			if len(f) != len(onto.GDELTMentions) || len(f) != 16 {
				t.Fatalf("%d mention fields: %q", len(f), l)
			}
			if !ids[f[0]] {
				t.Errorf("mention of unknown event %s", f[0])
			}
			if f[2] != "20250813000000" || f[3] != "1" || (f[4] != "tass.ru" && f[4] != "kcna.kp") || f[6] != "1" || f[10] != "1" {
				t.Errorf("mention fields %q", f)
			}
		}
	})
}

func TestExportPloverCSVJSONL(t *testing.T) {
	s := openSQLite(t)
	fixture(t, s)
	var pl []PloverEvent
	if err := json.Unmarshal([]byte(exportString(t, s, "plover", Filter{})), &pl); err != nil {
		t.Fatal(err)
	}
	if len(pl) != 4 {
		t.Fatalf("%d PLOVER events, want 4", len(pl))
	}
	for _, p := range pl {
		if p.EventType == "" || p.Actor == nil {
			t.Errorf("PLOVER event %+v", p)
		}
		if p.Cameo == "190" && (p.EventType != "ASSAULT" && p.EventType != "FIGHT" || p.Location == nil || p.Location.Adm1 != "RU-KRS") {
			t.Errorf("fight as PLOVER %+v", p)
		}
	}
	recs, err := csv.NewReader(strings.NewReader(exportString(t, s, "csv", Filter{}))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 || strings.Join(recs[0], ",") != strings.Join(EventColumns, ",") {
		t.Fatalf("CSV header %v and %d rows", recs[0], len(recs)-1)
	}
	jl := strings.Split(strings.TrimSpace(exportString(t, s, "jsonl", Filter{Actor: "UKRMIL"})), "\n")
	var e Event
	if len(jl) != 1 || json.Unmarshal([]byte(jl[0]), &e) != nil || e.Cameo != "190" || e.LocAdm1 != "RU-KRS" {
		t.Fatalf("JSONL %q", jl)
	}
	var b bytes.Buffer
	if err := s.Export(context.Background(), &b, "xml", Filter{}, ontology.MustDefault()); err == nil || !strings.Contains(err.Error(), "gdelt") {
		t.Errorf("unknown format error %v", err)
	}
}

func TestExportParquet(t *testing.T) {
	s := openSQLite(t)
	fixture(t, s)
	path := filepath.Join(t.TempDir(), "events.parquet")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Export(context.Background(), f, "parquet", Filter{}, ontology.MustDefault()); err != nil {
		t.Fatal(err)
	}
	f.Close()
	// schema: one column per Event field, named as in CSV
	r, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	st, _ := r.Stat()
	pf, err := parquet.OpenFile(r, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, fld := range pf.Schema().Fields() {
		names = append(names, fld.Name())
	}
	if strings.Join(names, ",") != strings.Join(EventColumns, ",") {
		t.Errorf("parquet columns %v, want %v", names, EventColumns)
	}
	if pf.NumRows() != 4 {
		t.Errorf("%d rows, want 4", pf.NumRows())
	}
	rows, err := parquet.ReadFile[Event](path)
	if err != nil {
		t.Fatal(err)
	}
	want := allEvents(t, s, Filter{})
	if len(rows) != len(want) {
		t.Fatalf("read back %d rows, want %d", len(rows), len(want))
	}
	for i := range rows {
		a, _ := json.Marshal(rows[i])
		b, _ := json.Marshal(want[i])
		if string(a) != string(b) {
			t.Errorf("row %d:\n got %s\nwant %s", i, a, b)
		}
	}
	if rows[3].LocLat == nil || *rows[3].LocLat != 10 || rows[0].LocLat != nil {
		t.Errorf("optional lat: %v %v", rows[3].LocLat, rows[0].LocLat)
	}
}

var _ = record.Record{}
