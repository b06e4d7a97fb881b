package store

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/record"
)

var benchDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// synthetic returns n articles numbered from first, each about 2 KB long
// with perArticle events drawn from the CAMEO codes and a pool of actors.
func synthetic(first, n, perArticle int, seed int64) []Item {
	r := rand.New(rand.NewSource(seed))
	onto := ontology.MustDefault()
	codes := onto.EventCodes()
	countries := []string{"RUS", "USA", "UKR", "PRK", "CHN", "ESP", "MEX", "COL", "VEN", "ARG", "FRA", "DEU", "ISR", "IRN", "SYR", "TUR", "IND", "PAK", "BRA", "CUB"}
	roles := []string{"GOV", "MIL", "REB", "OPP", "MED", "BUS"}
	body := strings.Repeat("Texto de relleno de una noticia cualquiera. ", 45)
	items := make([]Item, 0, n)
	for i := first; i < first+n; i++ {
		d := fmt.Sprintf("20%02d-%02d-%02d", 22+r.Intn(4), 1+r.Intn(12), 1+r.Intn(28))
		a := art(fmt.Sprintf("bench%07d", i), fmt.Sprintf("https://s%d.example/%d", r.Intn(50), i), d, fmt.Sprintf("%d %s", i, body))
		evs := make([]record.Event, 0, perArticle)
		for j := 0; j < perArticle; j++ {
			c1, c2 := countries[r.Intn(len(countries))], countries[r.Intn(len(countries))]
			e := ev(c1+roles[r.Intn(len(roles))], c2+roles[r.Intn(len(roles))], codes[r.Intn(len(codes))], d)
			if ec, ok := onto.Event(e.Cameo); ok {
				e.QuadClass, e.Goldstein, e.Plover = ec.QuadClass, ec.Goldstein, ec.Plover
			}
			e.Evidence.Text = sentence(r)
			e.Evidence.Start, e.Evidence.End = j*50, j*50+40
			if r.Intn(3) == 0 {
				e = at(e, c2, c2[:2]+"-0"+fmt.Sprint(r.Intn(9)))
			}
			evs = append(evs, e)
		}
		items = append(items, item(a, evs...))
	}
	return items
}

// vocabulary is 20,000 made-up words of 3 to 10 letters, alternating
// consonants and vowels, so that their trigrams spread as a language's do.
var vocabulary = func() []string {
	r := rand.New(rand.NewSource(7))
	const cons, vows = "bcdfghjklmnprstvxz", "aeiou"
	words := make([]string, 20000)
	for i := range words {
		b := make([]byte, 3+r.Intn(8))
		for k := range b {
			if k%2 == 0 {
				b[k] = cons[r.Intn(len(cons))]
			} else {
				b[k] = vows[r.Intn(len(vows))]
			}
		}
		words[i] = string(b)
	}
	return words
}()

// sentence returns 12 to 30 random words: evidence as varied as news text.
func sentence(r *rand.Rand) string {
	n := 12 + r.Intn(19)
	w := make([]string, n)
	for i := range w {
		w[i] = vocabulary[r.Intn(len(vocabulary))]
	}
	return strings.Join(w, " ")
}

// searchWord is a word of the vocabulary as long as a typical search
// term (a place or a name).
func searchWord() string {
	for _, w := range vocabulary {
		if len(w) >= 7 {
			return w
		}
	}
	return vocabulary[0]
}

func benchIngest(b *testing.B, s *Store) {
	const batch = 100
	ctx := context.Background()
	total := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		items := synthetic(i*batch, batch, 3, int64(i))
		b.StartTimer()
		n, err := s.AddBatch(ctx, items)
		if err != nil {
			b.Fatal(err)
		}
		total += n
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkIngestSQLite stores batches of 100 articles (3 events each) in
// one transaction each; extraction is not included.
func BenchmarkIngestSQLite(b *testing.B) { benchIngest(b, openSQLite(b)) }

// BenchmarkIngestPostgres is BenchmarkIngestSQLite into PostgreSQL.
func BenchmarkIngestPostgres(b *testing.B) { benchIngest(b, openPostgres(b)) }

var (
	queryOnce  sync.Once
	queryStore *Store
	queryErr   error
)

// queryFixture builds, once per process, a SQLite store with 100,000
// events (20,000 articles of 5 events each, one transaction).
func queryFixture(b *testing.B) *Store {
	queryOnce.Do(func() {
		benchDir, queryErr = os.MkdirTemp("", "atalaya-bench")
		if queryErr != nil {
			return
		}
		queryStore, queryErr = Open(context.Background(), filepath.Join(benchDir, "q.db"))
		if queryErr != nil {
			return
		}
		_, queryErr = queryStore.AddBatch(context.Background(), synthetic(0, 20000, 5, 99))
		if queryErr == nil {
			queryErr = queryStore.Optimize(context.Background())
		}
	})
	if queryErr != nil {
		b.Fatal(queryErr)
	}
	return queryStore
}

// BenchmarkQuery runs filtered queries over 100,000 events stored in
// SQLite and reports milliseconds per query (all matching rows read).
func BenchmarkQuery(b *testing.B) { benchQuery(b, queryFixture(b)) }

// BenchmarkQueryPostgres is BenchmarkQuery on PostgreSQL (with the
// pg_trgm index when the extension can be installed for the test).
func BenchmarkQueryPostgres(b *testing.B) {
	s := openPostgresWith(b, true)
	if _, err := s.AddBatch(context.Background(), synthetic(0, 20000, 5, 99)); err != nil {
		b.Fatal(err)
	}
	if err := s.Optimize(context.Background()); err != nil {
		b.Fatal(err)
	}
	benchQuery(b, s)
}

func benchQuery(b *testing.B, s *Store) {
	if _, ev, _, _ := s.Counts(context.Background()); ev < 99000 {
		b.Fatalf("fixture holds %d events", ev)
	}
	for _, tc := range []struct {
		name string
		f    Filter
	}{
		{"actor+dates", Filter{Actor: "RUSGOV", From: "2024-01-01", To: "2024-06-30"}},
		{"country+root", Filter{Country: "UKR", Root: "19"}},
		{"quad+location", Filter{QuadClass: 4, LocCountry: "USA", From: "2023"}},
		{"cameo+modality", Filter{Cameo: "04", Modality: "asserted", To: "2022-12-31"}},
		{"text", Filter{Text: searchWord()}},
		{"text+country", Filter{Text: searchWord(), Country: "PRK"}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			rows := 0
			for i := 0; i < b.N; i++ {
				rows = 0
				if err := s.Events(context.Background(), tc.f, func(*Event) error { rows++; return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/query")
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
