package places

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/testutil"
)

// TestPeerSpanishLocations measures recognition on Spanish news: the
// UniversalPetrarch sentence sets list, per sentence, the place names an
// annotator saw (without offsets or coordinates). A listed name inside the
// sentence counts as found when a predicted place's text contains it or
// lies inside it (folded). With PLACES_MISSES set it logs the misses and
// the most frequent predictions, to review false positives.
func TestPeerSpanishLocations(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	g := testGeocoder(t)
	n, found := 0, 0
	missed, predicted := map[string]int{}, map[string]int{}
	for _, file := range []string{"es_protest_cameo.jsonl", "es_fight_nyn.jsonl", "es_protest_plover.jsonl"} {
		f, err := os.Open(testutil.SharedFile(t, "peer/universal_petrarch/"+file))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var r struct {
				Text      string `json:"text"`
				Locations []struct {
					Text       string `json:"text"`
					InSentence bool   `json:"in_sentence"`
				} `json:"locations"`
			}
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			d := geocoded(t, g, "es", r.Text)
			var got []string
			for _, p := range d.Places {
				got = append(got, keyOf(d.Text[p.Start:p.End]))
				predicted[d.Text[p.Start:p.End]+" => "+p.Country+" "+p.Adm1+" "+p.Feature]++
			}
			for _, l := range r.Locations {
				if !l.InSentence {
					continue
				}
				n++
				k := keyOf(l.Text)
				ok := false
				for _, gk := range got {
					if strings.Contains(gk, k) || strings.Contains(k, gk) {
						ok = true
						break
					}
				}
				if ok {
					found++
				} else {
					missed[l.Text]++
				}
			}
		}
		f.Close()
	}
	if os.Getenv("PLACES_MISSES") != "" {
		for _, m := range []map[string]int{missed, predicted} {
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || (m[keys[i]] == m[keys[j]] && keys[i] < keys[j]) })
			for _, k := range keys[:min(100, len(keys))] {
				t.Logf("%4d %s", m[k], k)
			}
		}
	}
	recall := ratio(found, n)
	t.Logf("UniversalPetrarch Spanish: %d listed place names in the sentences, recognised %.3f", n, recall)
	if recall < 0.83 {
		t.Errorf("Spanish place recall %.3f fell below the floor 0.83", recall)
	}
}
