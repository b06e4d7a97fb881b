package timex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/testutil"
)

// The peer suites live in ../shared/peer (never copied into the repository).
// Each test prints its figures and fails when one drops below the floor
// reached when it was written. TIMEX_DEBUG=1 lists every miss.

type peerDoc struct {
	Doc     string `json:"doc"`
	Lang    string `json:"lang"`
	DCT     string `json:"dct"`
	Text    string `json:"text"`
	Timexes []struct {
		Text  string `json:"timex_text"`
		Type  string `json:"type"`
		Value string `json:"value"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	} `json:"timexes"`
}

type docScore struct {
	gold, pred, found, matchedPred, right int
	// by gold type group: "DATE/TIME" and "DURATION/SET"
	groupGold, groupRight map[string]int
}

func typeGroup(t string) string {
	if t == "DURATION" || t == "SET" {
		return "DURATION/SET"
	}
	return "DATE/TIME"
}

func (s docScore) recall() float64    { return ratio(s.found, s.gold) }
func (s docScore) precision() float64 { return ratio(s.matchedPred, s.pred) }
func (s docScore) valueAcc() float64  { return ratio(s.right, s.gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func readDocsTB(t testing.TB, path string) []peerDoc { return readJSONL[peerDoc](t, path) }

func readJSONL[T any](t testing.TB, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, v)
	}
	return out
}

// charOff converts a byte offset of s to a code-point offset.
func charOff(s string, b int) int { return utf8.RuneCountInString(s[:b]) }

// scoreDocs runs the tagger on every document, anchored on its DCT, and
// scores it as shared/tools/peer_timex.py does: each gold timex takes the
// first unused predicted mention overlapping it; the value must be equal.
func scoreDocs(t *testing.T, tg *Tagger, docs []peerDoc) docScore {
	s := docScore{groupGold: map[string]int{}, groupRight: map[string]int{}}
	debug := os.Getenv("TIMEX_DEBUG") != ""
	for _, d := range docs {
		ref, err := time.Parse("2006-01-02", d.DCT)
		if err != nil {
			t.Fatalf("%s: bad dct %q", d.Doc, d.DCT)
		}
		times := tg.Find(d.Text, d.Lang, ref)
		s.pred += len(times)
		used := make([]bool, len(times))
		for _, g := range d.Timexes {
			s.gold++
			s.groupGold[typeGroup(g.Type)]++
			hit := -1
			for i, p := range times {
				ps, pe := charOff(d.Text, p.Start), charOff(d.Text, p.End)
				if !used[i] && ps < g.End && g.Start < pe {
					hit = i
					break
				}
			}
			if hit < 0 {
				if debug {
					t.Logf("MISS %s %s %q want %s", d.Doc, d.DCT, g.Text, g.Value)
				}
				continue
			}
			used[hit] = true
			s.found++
			s.matchedPred++
			p := times[hit]
			if p.Value == g.Value {
				s.right++
				s.groupRight[typeGroup(g.Type)]++
			} else if debug {
				t.Logf("VALUE %s %s %q want %s got %q %s", d.Doc, d.DCT, g.Text, g.Value, d.Text[p.Start:p.End], p.Value)
			}
		}
		if debug {
			for i, p := range times {
				if !used[i] {
					t.Logf("EXTRA %s %s %q %s", d.Doc, d.DCT, d.Text[p.Start:p.End], p.Value)
				}
			}
		}
	}
	return s
}

func TestPeerNews(t *testing.T) {
	tg, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	suites := []struct {
		file                 string
		minR, minP, minValue float64
	}{
		// floors: a little below the figures reached (R, P, value accuracy)
		{"peer/timex/meantime_es_test_docs.jsonl", 0.965, 0.95, 0.851},
		{"peer/timex/meantime_en_test_docs.jsonl", 0.96, 0.945, 0.902},
		{"peer/timex/te3_platinum_en_docs.jsonl", 0.94, 0.90, 0.86},
	}
	for _, su := range suites {
		t.Run(su.file, func(t *testing.T) {
			docs := readJSONL[peerDoc](t, testutil.SharedFile(t, su.file))
			s := scoreDocs(t, tg, docs)
			msg := fmt.Sprintf("%s: timexes %d, predicted %d: extraction R %.3f P %.3f | value accuracy %.3f (DATE/TIME %d/%d, DURATION/SET %d/%d)",
				su.file, s.gold, s.pred, s.recall(), s.precision(), s.valueAcc(),
				s.groupRight["DATE/TIME"], s.groupGold["DATE/TIME"], s.groupRight["DURATION/SET"], s.groupGold["DURATION/SET"])
			t.Log(msg)
			if testing.Verbose() {
				fmt.Println(msg)
			}
			if s.recall() < su.minR || s.precision() < su.minP || s.valueAcc() < su.minValue {
				t.Errorf("below the floor (R %.3f P %.3f value %.3f)", su.minR, su.minP, su.minValue)
			}
		})
	}
}
