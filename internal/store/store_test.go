package store

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/record"
)

func TestMergeAcrossArticles(t *testing.T) {
	backends(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		call := ev("PRKGOV", "RUSGOV", "041", "2025-08-12")
		add(t, s,
			item(art("a", "https://www.kcna.kp/x", "2025-08-13", "one"), call),
			item(art("b", "https://tass.ru/y", "2025-08-14", "two"), call, ev("RUSGOV", "USAGOV", "036", "2025-08-15")),
			item(art("c", "https://tass.ru/z", "2025-08-13", "three"), call),
		)
		if got, want := counts(t, s), [3]int{3, 2, 4}; got != want {
			t.Fatalf("articles, events, mentions = %v, want %v", got, want)
		}
		evs := allEvents(t, s, Filter{Cameo: "041"})
		if len(evs) != 1 {
			t.Fatalf("got %d events with code 041, want 1", len(evs))
		}
		e := evs[0]
		if e.NumMentions != 3 || e.NumArticles != 3 || e.NumSources != 2 {
			t.Errorf("mentions/articles/sources = %d/%d/%d, want 3/3/2", e.NumMentions, e.NumArticles, e.NumSources)
		}
		if e.FirstSeen != "2025-08-13" || e.LastSeen != "2025-08-14" || e.Day != "2025-08-12" {
			t.Errorf("first/last seen, day = %s/%s, %s", e.FirstSeen, e.LastSeen, e.Day)
		}
		if e.Actor1Code != "PRKGOV" || e.Actor2Code != "RUSGOV" || e.Actor1Country != "PRK" || e.Actor1Roles != "GOV" {
			t.Errorf("actors = %+v", e)
		}
		// the earliest article is the source URL (ties broken by article id, not order)
		if e.SourceURL != "https://www.kcna.kp/x" && e.SourceURL != "https://tass.ru/z" {
			t.Errorf("source URL %q is not one of the earliest articles", e.SourceURL)
		}
	})
}

// TestMergeKey checks which mentions merge: the documented key.
func TestMergeKey(t *testing.T) {
	base := ev("RUSGOV", "USAGOV", "036", "2025-08-15")
	sym := base
	sym.Symmetric = true
	symRev := ev("USAGOV", "RUSGOV", "036", "2025-08-15")
	symRev.Symmetric = true
	planned := base
	planned.Modality = "planned"
	tests := []struct {
		name         string
		e1, e2       record.Event
		date1, date2 string // article dates
		same         bool
	}{
		{"identical", base, base, "2025-08-13", "2025-08-20", true},
		{"other date", base, ev("RUSGOV", "USAGOV", "036", "2025-08-16"), "2025-08-13", "2025-08-13", false},
		{"other code", base, ev("RUSGOV", "USAGOV", "040", "2025-08-15"), "2025-08-13", "2025-08-13", false},
		{"other target", base, ev("RUSGOV", "UKRGOV", "036", "2025-08-15"), "2025-08-13", "2025-08-13", false},
		{"reversed pair, not symmetric", base, ev("USAGOV", "RUSGOV", "036", "2025-08-15"), "2025-08-13", "2025-08-13", false},
		{"reversed pair, symmetric", sym, symRev, "2025-08-13", "2025-08-13", true},
		{"other modality", base, planned, "2025-08-13", "2025-08-13", false},
		{"same location", at(base, "USA", "US-AK"), at(base, "USA", "US-AK"), "2025-08-13", "2025-08-14", true},
		{"other adm1", at(base, "USA", "US-AK"), at(base, "USA", "US-WA"), "2025-08-13", "2025-08-13", false},
		{"location known vs unknown", at(base, "USA", "US-AK"), base, "2025-08-13", "2025-08-13", false},
		{"undated, same article day", ev("UKRMIL", "RUS", "190", ""), ev("UKRMIL", "RUS", "190", ""), "2025-08-13", "2025-08-13", true},
		{"undated, other article day", ev("UKRMIL", "RUS", "190", ""), ev("UKRMIL", "RUS", "190", ""), "2025-08-13", "2025-08-14", false},
		{"undated, undated articles", ev("UKRMIL", "RUS", "190", ""), ev("UKRMIL", "RUS", "190", ""), "", "", false},
		{"undated vs dated", ev("UKRMIL", "RUS", "190", ""), ev("UKRMIL", "RUS", "190", "2025-08-13"), "2025-08-13", "2025-08-13", false},
		{"month vs day precision", ev("UKRMIL", "RUS", "190", "2025-08"), ev("UKRMIL", "RUS", "190", "2025-08-13"), "2025-08-13", "2025-08-13", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a1, a2 := art("x", "", tc.date1, "text one"), art("y", "", tc.date2, "text two")
			k1 := MergeKey(ContentHash(a1), a1.DateString(), &tc.e1)
			k2 := MergeKey(ContentHash(a2), a2.DateString(), &tc.e2)
			if (k1 == k2) != tc.same {
				t.Errorf("keys %q and %q: same = %v, want %v", k1, k2, k1 == k2, tc.same)
			}
			// and the store agrees with the key
			s := openSQLite(t)
			add(t, s, item(a1, tc.e1), item(a2, tc.e2))
			want := 2
			if tc.same {
				want = 1
			}
			if got := counts(t, s)[1]; got != want {
				t.Errorf("stored %d events, want %d", got, want)
			}
		})
	}
}

// corpus generates n articles with events drawn from a small pool, so that
// many of them merge.
func corpus(n int, seed int64) []Item {
	r := rand.New(rand.NewSource(seed))
	actors := []string{"RUSGOV", "USAGOV", "PRKGOV", "UKRMIL", "CHNGOV", "ESPGOV"}
	codes := []string{"036", "041", "190", "051", "112"}
	hosts := []string{"https://a.example/", "https://b.example/", "https://www.c.example/", ""}
	var items []Item
	for i := 0; i < n; i++ {
		d := fmt.Sprintf("2025-08-%02d", 10+r.Intn(5))
		if r.Intn(10) == 0 {
			d = ""
		}
		url := hosts[r.Intn(len(hosts))]
		if url != "" {
			url += fmt.Sprint(i)
		}
		a := art(fmt.Sprintf("art%04d", i), url, d, fmt.Sprintf("body of article %d", i))
		var evs []record.Event
		for j := r.Intn(4); j > 0; j-- {
			date := fmt.Sprintf("2025-08-%02d", 9+r.Intn(4))
			if r.Intn(4) == 0 {
				date = ""
			}
			e := ev(actors[r.Intn(len(actors))], actors[r.Intn(len(actors))], codes[r.Intn(len(codes))], date)
			e.Symmetric = e.Cameo == "036"
			e.Confidence = float64(r.Intn(100)) / 100
			e.Evidence.Sentence = r.Intn(3)
			if r.Intn(3) == 0 {
				e = at(e, "RUS", "RU-KRS")
			}
			evs = append(evs, e)
		}
		items = append(items, item(a, evs...))
	}
	return items
}

// dump returns every event and every mention's (id, event, article) as
// comparable values.
func dump(t testing.TB, s *Store) ([]Event, []string) {
	t.Helper()
	evs := allEvents(t, s, Filter{})
	rows, err := s.DB().Query("SELECT id, event_id, article_id FROM mentions ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ms []string
	for rows.Next() {
		var a, b, c int64
		if err := rows.Scan(&a, &b, &c); err != nil {
			t.Fatal(err)
		}
		ms = append(ms, fmt.Sprint(a, b, c))
	}
	return evs, ms
}

func TestMergeOrderIndependent(t *testing.T) {
	backends(t, func(t *testing.T, open func(testing.TB) *Store) {
		items := corpus(150, 1)
		ref := open(t)
		add(t, ref, items...)
		refEvents, refMentions := dump(t, ref)
		if len(refEvents) < 20 || len(refEvents) >= len(refMentions) {
			t.Fatalf("corpus too simple: %d events from %d mentions", len(refEvents), len(refMentions))
		}
		for trial := 0; trial < 3; trial++ {
			shuffled := append([]Item(nil), items...)
			rand.New(rand.NewSource(int64(trial))).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			s := open(t)
			batch := 1 + trial*7
			for i := 0; i < len(shuffled); i += batch {
				add(t, s, shuffled[i:min(i+batch, len(shuffled))]...)
			}
			evs, ms := dump(t, s)
			if !reflect.DeepEqual(ms, refMentions) {
				t.Fatalf("trial %d: mentions differ from the reference", trial)
			}
			if len(evs) != len(refEvents) {
				t.Fatalf("trial %d: %d events, want %d", trial, len(evs), len(refEvents))
			}
			for i := range evs {
				if !reflect.DeepEqual(evs[i], refEvents[i]) {
					t.Fatalf("trial %d: event %d differs:\n got %+v\nwant %+v", trial, i, evs[i], refEvents[i])
				}
			}
		}
	})
}

func TestIdempotentIngest(t *testing.T) {
	backends(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		items := corpus(60, 2)
		read := func(fn func(*article.Article) error) error {
			for _, it := range items {
				// a fresh copy each time, as a new read would give
				a := *it.Article
				if err := fn(&a); err != nil {
					return err
				}
			}
			return nil
		}
		recs := map[string]record.Record{}
		for _, it := range items {
			recs[it.Article.ID] = it.Record
		}
		extract := func(a *article.Article) (record.Record, error) { return recs[a.ID], nil }
		var last Progress
		p, err := s.Ingest(context.Background(), read, IngestOptions{Batch: 7, Extract: extract, Progress: func(p Progress) { last = p }})
		if err != nil {
			t.Fatal(err)
		}
		if p.Added != 60 || p.Skipped != 0 || last.Added != 60 || p.Batches != 9 {
			t.Fatalf("first ingest: %+v", p)
		}
		once := counts(t, s)
		evs1, ms1 := dump(t, s)
		p, err = s.Ingest(context.Background(), read, IngestOptions{Batch: 5, Extract: extract})
		if err != nil {
			t.Fatal(err)
		}
		if p.Added != 0 || p.Skipped != 60 {
			t.Fatalf("second ingest: %+v", p)
		}
		if twice := counts(t, s); twice != once {
			t.Fatalf("counts after the second ingest %v, after the first %v", twice, once)
		}
		// AddBatch of stored articles, duplicates inside one batch included
		if n := add(t, s, items[0], items[0], items[1]); n != 0 {
			t.Fatalf("AddBatch of stored articles added %d", n)
		}
		evs2, ms2 := dump(t, s)
		if !reflect.DeepEqual(evs1, evs2) || !reflect.DeepEqual(ms1, ms2) {
			t.Fatal("events or mentions changed on re-ingest")
		}
	})
}

func TestIngestFailuresAreReported(t *testing.T) {
	s := openSQLite(t)
	items := corpus(10, 3)
	read := func(fn func(*article.Article) error) error {
		for _, it := range items {
			if err := fn(it.Article); err != nil {
				return err
			}
		}
		return nil
	}
	var failed []string
	p, err := s.Ingest(context.Background(), read, IngestOptions{Batch: 4, Extract: func(a *article.Article) (record.Record, error) {
		if a.ID == "art0003" {
			panic("boom")
		}
		if a.ID == "art0005" {
			return record.Record{}, fmt.Errorf("bad article")
		}
		return record.Record{ID: a.ID}, nil
	}, Fail: func(a *article.Article, err error) { failed = append(failed, a.ID+": "+err.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if p.Added != 8 || p.Failed != 2 || len(failed) != 2 {
		t.Fatalf("progress %+v, failures %v", p, failed)
	}
	if !strings.Contains(failed[0], "boom") || !strings.Contains(failed[1], "bad article") {
		t.Errorf("failures %q", failed)
	}
}

func TestRecode(t *testing.T) {
	backends(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		items := corpus(40, 4)
		add(t, s, items...)
		// new dictionaries: every article now yields one 020 event between two fixed actors on its date
		extract := func(a *article.Article) (record.Record, error) {
			e := ev("ESPGOV", "FRAGOV", "020", "2025-08-01")
			e.ID = a.ID + "#e1"
			return record.Record{ID: a.ID, Lang: a.Lang, Events: []record.Event{e}}, nil
		}
		p, err := s.Recode(context.Background(), IngestOptions{Batch: 6, Extract: extract})
		if err != nil {
			t.Fatal(err)
		}
		if p.Added != 40 || p.Batches != 7 {
			t.Fatalf("recode progress %+v", p)
		}
		if got, want := counts(t, s), [3]int{40, 1, 40}; got != want {
			t.Fatalf("after recode articles, events, mentions = %v, want %v", got, want)
		}
		e := allEvents(t, s, Filter{})[0]
		if e.Cameo != "020" || e.NumArticles != 40 || e.NumMentions != 40 {
			t.Errorf("recoded event %+v", e)
		}
		// the evidence search follows the new mentions
		if got := allEvents(t, s, Filter{Text: "020 fragov"}); len(got) != 1 {
			t.Errorf("text search after recode: %d events, want 1", len(got))
		}
		if got := allEvents(t, s, Filter{Text: "RUSGOV"}); len(got) != 0 {
			t.Errorf("text search finds %d events by their old evidence", len(got))
		}
		// recoding into the same records is a fixed point
		if _, err := s.Recode(context.Background(), IngestOptions{Extract: extract}); err != nil {
			t.Fatal(err)
		}
		if got, want := counts(t, s), [3]int{40, 1, 40}; got != want {
			t.Fatalf("after second recode %v, want %v", got, want)
		}
	})
}

func TestMigrationsAppliedOnce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "m.db")
	for i := 0; i < 2; i++ {
		s, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if err := s.DB().QueryRow("SELECT count(*) FROM schema_migrations").Scan(&n); err != nil {
			t.Fatal(err)
		}
		if want := len(mustGlob(t)); n != want {
			t.Fatalf("open %d: %d migrations recorded, want %d", i+1, n, want)
		}
		s.Close()
	}
}

func mustGlob(t *testing.T) []string {
	m, err := migrationNames("sqlite")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestOpenErrorIsOneLine(t *testing.T) {
	dir := t.TempDir()
	// a folder where the database file should be
	_, err := Open(context.Background(), dir)
	if err == nil {
		t.Fatal("opening a folder as a database succeeded")
	}
	if strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), dir) {
		t.Errorf("error %q should be one line naming %s", err, dir)
	}
}

func TestPostgresMigratesConcurrently(t *testing.T) {
	// two stores opening the same fresh schema at once: one migrates, the other waits
	s := openPostgres(t)
	if got := counts(t, s); got != [3]int{} {
		t.Fatalf("fresh store holds %v", got)
	}
}

// TestConcurrentWriters has two stores on one database write halves of a
// corpus at the same time: the result is that of a single writer.
func TestConcurrentWriters(t *testing.T) {
	items := corpus(120, 5)
	ref := openSQLite(t)
	add(t, ref, items...)
	refEvents, refMentions := dump(t, ref)
	check := func(t *testing.T, a, b *Store) {
		errs := make(chan error, 2)
		for w, s := range []*Store{a, b} {
			go func() {
				var err error
				for i := w * 3; i < len(items) && err == nil; i += 6 {
					_, err = s.AddBatch(context.Background(), items[i:min(i+3, len(items))])
				}
				errs <- err
			}()
		}
		for i := 0; i < 2; i++ {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		evs, ms := dump(t, a)
		if !reflect.DeepEqual(ms, refMentions) || !reflect.DeepEqual(evs, refEvents) {
			t.Fatalf("concurrent writers: %d events, %d mentions; one writer: %d, %d", len(evs), len(ms), len(refEvents), len(refMentions))
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "c.db")
		a, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		b, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer b.Close()
		check(t, a, b)
	})
	t.Run("postgres", func(t *testing.T) {
		// one store, several connections: concurrent transactions
		s := openPostgres(t)
		check(t, s, s)
	})
}

// TestPostgresWritersTakeTurns holds one transaction open after it has
// recomputed an event while a second store adds another mention of it: the
// second must wait and count both mentions.
func TestPostgresWritersTakeTurns(t *testing.T) {
	a := openPostgres(t)
	var schema string
	if err := a.DB().QueryRow("SELECT current_schema()").Scan(&schema); err != nil {
		t.Fatal(err)
	}
	b, err := Open(context.Background(), withSchema(pgDSN(), schema))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	e := ev("RUSGOV", "USAGOV", "036", "2025-08-15")
	reached := make(chan struct{})
	release := make(chan struct{})
	a.beforeCommit = func() { close(reached); <-release }
	done := make(chan error)
	go func() {
		_, err := a.AddBatch(context.Background(), []Item{item(art("a", "https://a.example/1", "2025-08-15", "one"), e)})
		done <- err
	}()
	<-reached
	done2 := make(chan error)
	go func() {
		_, err := b.AddBatch(context.Background(), []Item{item(art("b", "https://b.example/2", "2025-08-16", "two"), e)})
		done2 <- err
	}()
	time.Sleep(300 * time.Millisecond) // let the second writer reach its recompute
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := <-done2; err != nil {
		t.Fatal(err)
	}
	evs := allEvents(t, a, Filter{})
	if len(evs) != 1 || evs[0].NumMentions != 2 || evs[0].NumSources != 2 || evs[0].LastSeen != "2025-08-16" {
		t.Fatalf("events after two concurrent writers: %+v", evs)
	}
}

// TestLargeBatch writes 10,000 events in one transaction: more than a
// PostgreSQL server's lock table holds, were each event locked alone.
func TestLargeBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("large batch")
	}
	backends(t, func(t *testing.T, open func(testing.TB) *Store) {
		s := open(t)
		if n := add(t, s, synthetic(0, 2000, 5, 3)...); n != 2000 {
			t.Fatalf("added %d articles", n)
		}
		if c := counts(t, s); c[0] != 2000 || c[1] < 9900 || c[2] != 10000 {
			t.Fatalf("articles, events, mentions = %v", c)
		}
	})
}
