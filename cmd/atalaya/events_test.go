package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/record"
	"github.com/atalaya-events/atalaya/internal/store"
)

// capture runs the command line and returns its exit status and what it
// printed on standard output.
func capture(t *testing.T, args ...string) (int, string) {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = f
	st := run(args)
	os.Stdout = old
	f.Seek(0, 0)
	b, _ := io.ReadAll(f)
	f.Close()
	return st, string(b)
}

// eventsStore builds a store with two articles reporting one meeting and
// one of them an attack, from hand-made records.
func eventsStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "e.db")
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	day := time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)
	date := "2025-08-12"
	actor := func(code string) *record.Actor { return &record.Actor{Code: code, Country: code[:3], Text: code} }
	meet := record.Event{ID: "e1", Source: actor("RUSGOV"), Target: actor("USAGOV"), Cameo: "036", Root: "03", QuadClass: 1,
		Goldstein: 4, Date: &date, Modality: "planned", Evidence: record.Evidence{Text: "una reunión en Alaska"}}
	attack := record.Event{ID: "e2", Source: actor("UKRMIL"), Target: actor("RUSMIL"), Cameo: "190", Root: "19", QuadClass: 4,
		Goldstein: -10, Modality: "asserted", Evidence: record.Evidence{Text: "combates en Kursk"}}
	items := []store.Item{
		{Article: &article.Article{ID: "a", URL: "https://a.example/1", Date: day, Body: "uno"}, Record: record.Record{Events: []record.Event{meet, attack}}},
		{Article: &article.Article{ID: "b", URL: "https://b.example/2", Date: day, Body: "dos"}, Record: record.Record{Events: []record.Event{meet}}},
	}
	if _, err := s.AddBatch(context.Background(), items); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestEventsFormats(t *testing.T) {
	db := eventsStore(t)
	st, out := capture(t, "events", "--db", db, "--format", "table")
	if st != 0 || !strings.Contains(out, "2 events") || !strings.Contains(out, "(undated)") || !strings.HasPrefix(out, "DAY") {
		t.Errorf("table (status %d):\n%s", st, out)
	}
	st, out = capture(t, "events", "--db", db, "--actor", "RUSGOV", "--modality", "planned")
	var e store.Event
	if st != 0 || strings.Count(out, "\n") != 1 || json.Unmarshal([]byte(out), &e) != nil {
		t.Fatalf("jsonl (status %d): %q", st, out)
	}
	if e.NumArticles != 2 || e.NumSources != 2 || e.Cameo != "036" {
		t.Errorf("merged meeting %+v", e)
	}
	st, out = capture(t, "events", "--db", db, "--format", "csv", "--text", "kursk")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); st != 0 || len(lines) != 2 || !strings.HasPrefix(lines[0], "id,day,") || !strings.Contains(lines[1], ",190,") {
		t.Errorf("csv (status %d): %q", st, out)
	}
	st, out = capture(t, "export", "--db", db, "--format", "gdelt", "--quad", "4")
	if st != 0 || strings.Count(out, "\n") != 1 || strings.Count(out, "\t") != 60 {
		t.Errorf("gdelt export (status %d): %q", st, out)
	}
	st, out = capture(t, "events", "--db", db, "--format", "table", "--limit", "1")
	if st != 0 || !strings.Contains(out, "1 of 2 events") {
		t.Errorf("table with a limit (status %d):\n%s", st, out)
	}
	if st, _ := capture(t, "events", "--db", db, "--format", "xml"); st != 2 {
		t.Errorf("--format xml: status %d, want 2", st)
	}
	if st, _ := capture(t, "events", "--db", db, "stray"); st != 2 {
		t.Errorf("stray argument: status %d, want 2", st)
	}
}
