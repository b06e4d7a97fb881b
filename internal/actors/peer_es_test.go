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
// sentences (real news with hand-coded events: protests, and violence in
// Colombia), how many source and target phrases are found. A phrase whose
// code names a country counts when a mention overlapping it has the
// annotator's actor key (its country, or whole organisation code); one
// coded with a role only ("~CVL", "---UAF") counts when any mention
// overlaps it, as the event scorer accepts any actor there. Floors just
// below the figures reached keep them from dropping.
func TestPeerSpanishEventActors(t *testing.T) {
	for _, c := range []struct {
		file          string
		keyed, roleOK float64 // floors
	}{
		{"es_protest_cameo", 0.635, 0.795},
		{"es_fight_nyn", 0.39, 0.59},
	} {
		t.Run(c.file, func(t *testing.T) {
			coded, keyed, roleOnly, roleFound := peerSpanishActors(t, c.file)
			if coded == 0 || roleOnly == 0 {
				t.Fatal("no coded actor phrases read")
			}
			k, r := float64(keyed)/float64(coded), float64(roleFound)/float64(roleOnly)
			t.Logf("%s: %d country-coded phrases, with the right actor key %d (%.3f); %d role-only phrases, with a mention %d (%.3f)",
				c.file, coded, keyed, k, roleOnly, roleFound, r)
			if k < c.keyed || r < c.roleOK {
				t.Errorf("%s: keyed %.3f (floor %.2f), role-only found %.3f (floor %.2f)", c.file, k, c.keyed, r, c.roleOK)
			}
		})
	}
}

// peerSpanishActors reads one suite and counts its actor phrases.
func peerSpanishActors(t *testing.T, name string) (coded, keyed, roleOnly, roleFound int) {
	f, err := os.Open(testutil.SharedFile(t, "peer/universal_petrarch/"+name+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := std(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4<<20), 4<<20)
	for sc.Scan() {
		var rec struct {
			Date, Text string
			Events     []map[string]any
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Date == "" || len(rec.Events) == 0 {
			continue
		}
		d := run(t, r, "es", rec.Date, rec.Text)
		for _, ev := range rec.Events {
			for _, side := range [][2]string{{"source", "source_text"}, {"target", "target_text"}} {
				c, _ := ev[side[0]].(string)
				txt, _ := ev[side[1]].(string)
				if len(c) < 3 || txt == "" || c == "X" {
					continue
				}
				i := strings.Index(d.Text, txt)
				if i < 0 {
					continue
				}
				if strings.HasPrefix(c, "~") || strings.HasPrefix(c, "-") {
					roleOnly++
					if len(codesIn(d, i, i+len(txt))) > 0 {
						roleFound++
					} else if testing.Verbose() {
						t.Logf("%s %q: none", c, txt)
					}
					continue
				}
				coded++
				key := false
				for _, a := range d.Actors {
					if a.Start < i+len(txt) && i < a.End {
						key = key || actorKey(a.Code) == actorKey(c)
					}
				}
				if key {
					keyed++
				} else if testing.Verbose() {
					t.Logf("%s %q: got %v", c, txt, codesIn(d, i, i+len(txt)))
				}
			}
		}
	}
	return
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
