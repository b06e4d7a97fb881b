package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/record"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

// pgDSN is the PostgreSQL test server (trust auth), or $ATALAYA_TEST_PG.
func pgDSN() string {
	if v := os.Getenv("ATALAYA_TEST_PG"); v != "" {
		return v
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

// openSQLite opens a fresh SQLite store in a temporary folder.
func openSQLite(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// openPostgres opens a store in a schema of its own on the test server,
// dropped when the test ends; it skips (fails under CI) without a server.
func openPostgres(t testing.TB) *Store { return openPostgresWith(t, false) }

// openPostgresWith is openPostgres; with trgm, the pg_trgm extension is
// installed in the test's schema first (and goes with it). It skips when
// pg_trgm is not available or already installed elsewhere.
func openPostgresWith(t testing.TB, trgm bool) *Store {
	t.Helper()
	testutil.Server(t, "127.0.0.1:5432", "PostgreSQL")
	admin, err := sql.Open("pgx", pgDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var b [6]byte
	rand.Read(b[:])
	schema := "atalaya_test_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	if trgm {
		var where sql.NullString
		admin.QueryRowContext(ctx, "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'").Scan(&where)
		if where.Valid {
			admin.ExecContext(ctx, "DROP SCHEMA "+schema)
			t.Skipf("pg_trgm is already installed in schema %s", where.String)
		}
		if _, err := admin.ExecContext(ctx, "CREATE EXTENSION pg_trgm SCHEMA "+schema); err != nil {
			admin.ExecContext(ctx, "DROP SCHEMA "+schema)
			t.Skipf("pg_trgm cannot be installed: %v", err)
		}
	}
	t.Cleanup(func() {
		a, err := sql.Open("pgx", pgDSN())
		if err != nil {
			return
		}
		defer a.Close()
		if _, err := a.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	s, err := Open(ctx, withSchema(pgDSN(), schema))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// withSchema adds a search_path to a PostgreSQL URL.
func withSchema(dsn, schema string) string {
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "search_path=" + schema
}

// backends runs fn once per backend, as subtests.
func backends(t *testing.T, fn func(t *testing.T, open func(testing.TB) *Store)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, openSQLite) })
	t.Run("postgres", func(t *testing.T) { fn(t, openPostgres) })
}

func art(id, url, date, body string) *article.Article {
	a := &article.Article{ID: id, Path: id + ".txt", URL: url, Lang: "es", Body: body}
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			panic(err)
		}
		a.Date = d
	}
	return a
}

func str(s string) *string { return &s }

// ev builds a hand-made event; date "" means undated.
func ev(src, tgt, cameo, date string) record.Event {
	e := record.Event{Cameo: cameo, Root: rootOf(cameo), QuadClass: 1, Goldstein: 1, Modality: "asserted",
		Evidence: record.Evidence{Text: src + " " + cameo + " " + tgt, Start: 0, End: 10, Trigger: "x", TriggerStart: 2, TriggerEnd: 3}}
	if src != "" {
		e.Source = &record.Actor{Code: src, Name: "name of " + src, Country: src[:3], Roles: []string{"GOV"}, Text: src, Start: 0, End: 1}
	}
	if tgt != "" {
		e.Target = &record.Actor{Code: tgt, Name: "name of " + tgt, Country: tgt[:3], Text: tgt, Start: 4, End: 5}
	}
	if date != "" {
		e.Date = str(date)
	}
	return e
}

func at(e record.Event, country, adm1 string) record.Event {
	p := &record.Place{Name: adm1 + " place", Text: "place", Country: country, Feature: "ADM1", Lat: 10, Lon: 20, GeonamesID: 42}
	if adm1 != "" {
		p.Adm1 = str(adm1)
	}
	e.Location = p
	return e
}

func item(a *article.Article, events ...record.Event) Item {
	r := record.Record{ID: a.ID, Lang: a.Lang, Events: events}
	for i := range r.Events {
		r.Events[i].ID = a.ID + "#e" + string(rune('1'+i))
	}
	return Item{Article: a, Record: r}
}

func counts(t testing.TB, s *Store) [3]int {
	t.Helper()
	a, e, m, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return [3]int{a, e, m}
}

func allEvents(t testing.TB, s *Store, f Filter) []Event {
	t.Helper()
	var out []Event
	if err := s.Events(context.Background(), f, func(e *Event) error { out = append(out, *e); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func add(t testing.TB, s *Store, items ...Item) int {
	t.Helper()
	n, err := s.AddBatch(context.Background(), items)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
