package timex

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

// TestSeed checks every time mention of the seed's gold file: a predicted
// mention overlapping the gold text must carry the gold value.
func TestSeed(t *testing.T) {
	dir := testutil.SharedDir(t)
	path := dir + "/eval/seed/000_seed.txt"
	goldPath := dir + "/eval/seed/000_seed.gold.json"
	var gold struct {
		Times []struct{ Text, Value string }
	}
	b, err := os.ReadFile(goldPath)
	if err != nil {
		testutil.Absent(t, goldPath+" is not there")
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	var arts []*article.Article
	if err := article.Read([]string{path}, article.Options{}, func(a *article.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e *article.Error) { t.Fatal(e) }); err != nil || len(arts) != 1 {
		t.Fatalf("reading the seed: %v (%d articles)", err, len(arts))
	}
	// The raw body stands for the prepared text (an identity offset map),
	// so that this test does not depend on the repairs of the prepare stage.
	a := arts[0]
	d := &doc.Doc{ID: a.ID, Lang: "es", Date: a.Date, Raw: a.Body, Text: a.Body}
	if err := testTagger.Process(d); err != nil {
		t.Fatal(err)
	}
	right := 0
	for _, g := range gold.Times {
		at := strings.Index(d.Raw, g.Text)
		if at < 0 {
			t.Errorf("gold text %q not in the seed", g.Text)
			continue
		}
		got := ""
		for _, m := range d.Times {
			r := d.RawSpan(m.Span)
			if r.Start < at+len(g.Text) && at < r.End {
				got = m.Value
				break
			}
		}
		if got == g.Value {
			right++
		} else {
			t.Errorf("%q: got %q, want %q", g.Text, got, g.Value)
		}
	}
	t.Logf("seed: %d/%d time values right", right, len(gold.Times))
}
