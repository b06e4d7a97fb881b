package prepare

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

// TestPeerCorpora prepares real Spanish and English news written by people
// (peer suites under ../shared/peer) without header languages, and checks
// language identification, the offset invariants of every document, and
// that the machine-translation repairs stay quiet on text that has no such
// artifacts (each repair there is a false alarm or a real typo).
func TestPeerCorpora(t *testing.T) {
	files := []string{
		"peer/timex/meantime_es_test_docs.jsonl",
		"peer/timex/meantime_en_test_docs.jsonl",
		"peer/universal_petrarch/es_protest_brat_docs.jsonl",
		"peer/geoparsing/lgl.jsonl",
		"peer/geoparsing/geowebnews.jsonl",
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, wrong, repeats, capitals, under, twice := 0, 0, 0, 0, 0, 0
	for _, f := range files {
		fh, err := os.Open(testutil.SharedFile(t, f))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var r struct{ Lang, Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			d, err := p.Prepare(&article.Article{Body: r.Text})
			if err != nil {
				t.Fatal(err)
			}
			docs++
			if d.Lang != r.Lang {
				wrong++
				t.Logf("%s: identified %s, is %s: %.60q", f, d.Lang, r.Lang, r.Text)
			}
			checkInvariants(t, d)
			if estimateTokens(d.Text) < len(d.Tokens) {
				under++ // the token slice had to grow: slower, not wrong
			}
			for _, w := range d.Warnings {
				switch {
				case strings.HasPrefix(w, "repaired repeated"):
					repeats++
				case strings.HasPrefix(w, "repaired stray capital"):
					capitals++
				case strings.Contains(w, "encoded twice"):
					twice++
				}
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	t.Logf("%d documents: %d misidentified, %d repeat repairs, %d stray-capital repairs, %d with characters encoded twice", docs, wrong, repeats, capitals, twice)
	if under*100 > docs {
		t.Errorf("token estimate too low for %d of %d documents", under, docs)
	}
	if docs < 1000 {
		t.Errorf("read only %d documents", docs)
	}
	if wrong*200 > docs {
		t.Errorf("%d of %d documents misidentified (want under 0.5%%)", wrong, docs)
	}
	if repeats*20 > docs {
		t.Errorf("%d repeat repairs in %d documents of human-written news (want under 1 in 20)", repeats, docs)
	}
	if capitals*100 > docs {
		t.Errorf("%d stray-capital repairs in %d documents of human-written news (want under 1 in 100)", capitals, docs)
	}
}
