package actors

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

// TestPeerSpanishEventActors measures, on UniversalPetrarch's Spanish
// protest sentences (real news with hand-coded events), how many source and
// target phrases with a country-coded actor are found with the right actor
// key: a mention overlapping the phrase whose code's country (or whole
// organisation code) is the annotator's.
func TestPeerSpanishEventActors(t *testing.T) {
	f, err := os.Open(testutil.SharedFile(t, "peer/universal_petrarch/es_protest_cameo.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := std(t)
	total, found, keyed := 0, 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4<<20), 4<<20)
	for sc.Scan() {
		var rec struct {
			Date, Text string
			Events     []json.RawMessage
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		var raw map[string]any
		_ = json.Unmarshal(sc.Bytes(), &raw)
		if rec.Date == "" || len(rec.Events) == 0 {
			continue
		}
		d := run(t, r, "es", rec.Date, rec.Text)
		evs, _ := raw["events"].([]any)
		for _, e := range evs {
			ev, _ := e.(map[string]any)
			for _, side := range [][2]string{{"source", "source_text"}, {"target", "target_text"}} {
				c, _ := ev[side[0]].(string)
				txt, _ := ev[side[1]].(string)
				if len(c) < 3 || txt == "" || strings.HasPrefix(c, "~") || strings.HasPrefix(c, "-") || c == "X" {
					continue // no country coded
				}
				i := strings.Index(d.Text, txt)
				if i < 0 {
					continue
				}
				total++
				hit, key := false, false
				for _, a := range d.Actors {
					if a.Start < i+len(txt) && i < a.End {
						hit = true
						key = key || actorKey(a.Code) == actorKey(c)
					}
				}
				if hit {
					found++
				}
				if key {
					keyed++
				} else if testing.Verbose() {
					t.Logf("%s %q: got %v", c, txt, codesIn(d, i, i+len(txt)))
				}
			}
		}
	}
	if total == 0 {
		t.Fatal("no coded actor phrases read")
	}
	t.Logf("es_protest_cameo: %d country-coded actor phrases; a mention on %d (%.3f), with the right actor key %d (%.3f)",
		total, found, float64(found)/float64(total), keyed, float64(keyed)/float64(total))
}

// codesIn lists the codes of the mentions overlapping [a, b).
func codesIn(d *doc.Doc, a, b int) []string {
	var out []string
	for _, m := range d.Actors {
		if m.Start < b && a < m.End {
			out = append(out, d.Text[m.Start:m.End]+"="+m.Code)
		}
	}
	return out
}
