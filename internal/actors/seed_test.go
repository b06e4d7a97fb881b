package actors

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

type goldActor struct {
	Text string `json:"text"`
	Code string `json:"code"`
}

type goldFile struct {
	Actors []goldActor `json:"actors"`
}

// readArticle reads an article file and its gold actors.
func readArticle(t testing.TB, path, gold string) (*article.Article, []goldActor) {
	t.Helper()
	var arts []*article.Article
	err := article.Read([]string{path}, article.Options{}, func(a *article.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e *article.Error) { t.Fatalf("%v", e) })
	if err != nil || len(arts) != 1 {
		t.Fatalf("reading %s: %v (%d articles)", path, err, len(arts))
	}
	b, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", gold, err)
	}
	return arts[0], g.Actors
}

func process(t testing.TB, a *article.Article) *doc.Doc {
	t.Helper()
	std(t)
	d, err := prepOne.Prepare(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := stdRec.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeedActors checks every gold actor of the seed article: a mention
// with the gold code must overlap an occurrence of the gold text.
func TestSeedActors(t *testing.T) {
	dir := testutil.SharedDir(t)
	a, gold := readArticle(t, dir+"/eval/seed/000_seed.txt", dir+"/eval/seed/000_seed.gold.json")
	d := process(t, a)
	for _, m := range d.Actors {
		t.Logf("%-45q %-8s %-8s %s", d.RawText(m.Span), m.Code, m.Kind, m.Source)
	}
	found, keyOnly := 0, 0
	for _, g := range gold {
		exact, key := false, false
		for _, s := range occurrences(d.Raw, g.Text) {
			for _, m := range d.Actors {
				if d.RawSpan(m.Span).Overlaps(s) {
					exact = exact || m.Code == g.Code
					key = key || actorKey(m.Code) == actorKey(g.Code)
				}
			}
		}
		switch {
		case exact:
			found++
		case key:
			keyOnly++
			t.Logf("seed: %q found with the right country but another code than %s", g.Text, g.Code)
		default:
			t.Errorf("seed: %q = %s not found", g.Text, g.Code)
		}
	}
	t.Logf("seed: %d of %d gold actors with the exact code, %d more with the right actor key", found, len(gold), keyOnly)
	if found+keyOnly < len(gold) || found < len(gold)-1 {
		t.Errorf("seed: want every gold actor, at most one with only the right actor key")
	}
}
