package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/store"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

func storeCounts(t *testing.T, db string) [3]int {
	t.Helper()
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, e, m, err := s.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return [3]int{a, e, m}
}

// TestIngestTwice ingests the seed article, the articles of examples/ and
// the folder examples/proxy/ twice: the second run adds nothing. It then
// queries and exports what was stored. examples/unseen/ is left out: its
// articles are scored first by the next session and run by nothing before.
func TestIngestTwice(t *testing.T) {
	seed := testutil.SharedFile(t, "eval/seed/000_seed.txt")
	inputs := []string{seed}
	ex := filepath.Join(testutil.RepoRoot(), "examples")
	top, _ := filepath.Glob(filepath.Join(ex, "*.txt"))
	inputs = append(inputs, top...)
	if _, err := os.Stat(filepath.Join(ex, "proxy")); err == nil {
		inputs = append(inputs, filepath.Join(ex, "proxy"))
	}
	db := filepath.Join(t.TempDir(), "a.db")
	args := append([]string{"ingest", "--db", db, "--batch", "3"}, inputs...)
	if st := run(args); st != 0 {
		t.Fatalf("first ingest: exit status %d", st)
	}
	once := storeCounts(t, db)
	if once[0] < 1 {
		t.Fatalf("first ingest stored %v", once)
	}
	if st := run(args); st != 0 {
		t.Fatalf("second ingest: exit status %d", st)
	}
	if twice := storeCounts(t, db); twice != once {
		t.Fatalf("counts (articles, events, mentions) after two ingests %v, after one %v", twice, once)
	}
	t.Logf("articles, events, mentions: %v", once)
	// recoding with the same dictionaries rebuilds the same store
	if st := run([]string{"recode", "--db", db, "--batch", "4"}); st != 0 {
		t.Fatalf("recode: exit status %d", st)
	}
	if after := storeCounts(t, db); after != once {
		t.Fatalf("counts after recode %v, before %v", after, once)
	}

	dir := t.TempDir()
	for _, format := range store.Formats {
		out := filepath.Join(dir, "out."+format)
		if st := run([]string{"export", "--db", db, "--format", format, "-o", out}); st != 0 {
			t.Fatalf("export %s: exit status %d", format, st)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if format == "gdelt" {
			lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
			if once[1] > 0 && len(lines) != once[1] {
				t.Errorf("gdelt export has %d lines for %d events", len(lines), once[1])
			}
			for _, l := range lines {
				if l != "" && strings.Count(l, "\t") != 60 {
					t.Errorf("gdelt line with %d fields", strings.Count(l, "\t")+1)
				}
			}
		}
	}
	if st, out := capture(t, "events", "--db", db, "--format", "csv", "--quad", "4"); st != 0 || !strings.HasPrefix(out, "id,day,") {
		t.Errorf("events: exit status %d, output %q", st, out)
	}
	if st := run([]string{"events", "--db", db, "--quad", "9"}); st != 2 {
		t.Errorf("events --quad 9: exit status %d, want 2", st)
	}
	if st := run([]string{"export", "--db", db, "--format", "xml"}); st != 2 {
		t.Errorf("export --format xml: exit status %d, want 2", st)
	}
}

// TestIngestPostgres ingests the seed twice into a PostgreSQL schema of
// its own, through the command.
func TestIngestPostgres(t *testing.T) {
	seed := testutil.SharedFile(t, "eval/seed/000_seed.txt")
	testutil.Server(t, "127.0.0.1:5432", "PostgreSQL")
	base := os.Getenv("ATALAYA_TEST_PG")
	if base == "" {
		base = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	schema := fmt.Sprintf("atalaya_cmd_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if _, err := admin.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop schema: %v", err)
		}
	}()
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	dsn := base + sep + "search_path=" + schema
	for i := 0; i < 2; i++ {
		if st := run([]string{"ingest", "--db", dsn, seed}); st != 0 {
			t.Fatalf("ingest %d: exit status %d", i+1, st)
		}
	}
	c := storeCounts(t, dsn)
	if c[0] != 1 {
		t.Fatalf("articles, events, mentions %v: want one article", c)
	}
	sqlite := filepath.Join(t.TempDir(), "s.db")
	if st := run([]string{"ingest", "--db", sqlite, seed}); st != 0 {
		t.Fatal("sqlite ingest failed")
	}
	if c2 := storeCounts(t, sqlite); c2 != c {
		t.Errorf("PostgreSQL holds %v, SQLite %v", c, c2)
	}
}

// writeCorpus writes n small articles in our own words, on a few dates, so
// that the same events recur across articles.
func writeCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	sentences := []string{
		"El presidente ruso Vladimir Putin se reunió con el presidente estadounidense Donald Trump en Alaska el viernes.",
		"Las fuerzas ucranianas atacaron posiciones rusas en la región de Kursk, según el Ministerio de Defensa de Rusia.",
		"North Korean leader Kim Jong Un praised the troops on Tuesday, state media said.",
		"El gobierno de España condenó el ataque y pidió un alto el fuego inmediato.",
		"China and the United States agreed to hold new trade talks next month.",
		"Manifestantes se concentraron frente al Congreso en Bogotá para exigir la renuncia del ministro.",
	}
	for i := 0; i < n; i++ {
		lang := "es"
		s1, s2 := sentences[i%len(sentences)], sentences[(i/len(sentences))%len(sentences)]
		if strings.Contains(s1, "the") {
			lang = "en"
		}
		body := fmt.Sprintf("date 2025-08-%02d\nlang %s\nurl https://news%d.example/a/%d\n\n%s %s\nNota %d.\n",
			10+i%7, lang, i%9, i, s1, s2, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// snapshot returns every article hash with its mention count, and every
// event with its counts.
func snapshot(t *testing.T, db string) (map[string]int, []string) {
	t.Helper()
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arts := map[string]int{}
	rows, err := s.DB().Query("SELECT a.hash, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var h string
		var n int
		if err := rows.Scan(&h, &n); err != nil {
			t.Fatal(err)
		}
		arts[h] = n
	}
	rows.Close()
	var evs []string
	err = s.Events(context.Background(), store.Filter{}, func(e *store.Event) error {
		evs = append(evs, fmt.Sprint(e.ID, e.Cameo, e.NumMentions, e.NumArticles, e.NumSources, e.FirstSeen, e.LastSeen))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts, evs
}

// TestIngestSurvivesKill kills an ingest with SIGKILL midway: the store
// opens, holds only whole articles, and a second ingest completes it to
// what a clean run gives.
func TestIngestSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "atalaya")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := filepath.Join(tmp, "corpus")
	os.Mkdir(corpus, 0o755)
	const n = 2000
	writeCorpus(t, corpus, n)

	clean := filepath.Join(tmp, "clean.db")
	if out, err := exec.Command(bin, "ingest", "--db", clean, corpus).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	cleanArts, cleanEvents := snapshot(t, clean)
	t.Logf("clean run: articles, events, mentions %v", storeCounts(t, clean))
	if len(cleanArts) != n {
		t.Fatalf("clean run stored %d articles, want %d", len(cleanArts), n)
	}

	db := filepath.Join(tmp, "killed.db")
	cmd := exec.Command(bin, "ingest", "--db", db, "--batch", "10", "--workers", "1", corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// wait until some batches are committed, then kill
	deadline := time.Now().Add(60 * time.Second)
	for {
		time.Sleep(20 * time.Millisecond)
		if _, err := os.Stat(db); err == nil {
			if c := storeCountsQuiet(db); c >= 30 {
				break
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no batch committed within a minute")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatalf("store after kill: %v", err)
	}
	var check string
	if err := s.DB().QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q, %v", check, err)
	}
	s.Close()
	arts, _ := snapshot(t, db)
	if len(arts) == 0 || len(arts) >= n {
		t.Fatalf("killed run stored %d articles: not killed midway", len(arts))
	}
	if len(arts)%10 != 0 {
		t.Errorf("killed run stored %d articles, not whole batches of 10", len(arts))
	}
	for h, m := range arts {
		if want, ok := cleanArts[h]; !ok || m != want {
			t.Errorf("article %s holds %d mentions, a clean run %d", h[:12], m, want)
		}
	}
	t.Logf("killed after %d of %d articles", len(arts), n)

	if out, err := exec.Command(bin, "ingest", "--db", db, corpus).CombinedOutput(); err != nil {
		t.Fatalf("ingest after kill: %v\n%s", err, out)
	}
	arts, evs := snapshot(t, db)
	if !reflect.DeepEqual(arts, cleanArts) {
		t.Errorf("after the second run: %d articles, a clean run %d (or mentions differ)", len(arts), len(cleanArts))
	}
	if !reflect.DeepEqual(evs, cleanEvents) {
		t.Errorf("after the second run: %d events, a clean run %d (or their counts differ)", len(evs), len(cleanEvents))
	}
	if storeCounts(t, db) != storeCounts(t, clean) {
		t.Errorf("counts %v, clean run %v", storeCounts(t, db), storeCounts(t, clean))
	}
}

// storeCountsQuiet returns the number of stored articles, or 0 when the
// store cannot be read yet.
func storeCountsQuiet(db string) int {
	s, err := store.Open(context.Background(), db)
	if err != nil {
		return 0
	}
	defer s.Close()
	a, _, _, err := s.Counts(context.Background())
	if err != nil {
		return 0
	}
	return a
}
