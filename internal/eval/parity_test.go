package eval

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/atalaya-events/atalaya/internal/testutil"
)

// scorePy runs shared/tools/score.py, skipping (failing under CI) when it or
// python3 is absent.
func scorePy(t *testing.T, goldDir, pred string, flags ...string) string {
	t.Helper()
	script := testutil.SharedFile(t, "tools/score.py")
	py, err := exec.LookPath("python3")
	if err != nil {
		testutil.Absent(t, "python3 (needed to run score.py)")
	}
	args := append([]string{script, goldDir, pred}, flags...)
	out, err := exec.Command(py, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("score.py %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func scoreGo(t *testing.T, goldDir, pred string) *Report {
	t.Helper()
	golds, err := LoadGoldDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	preds, err := ReadPredictionsFile(pred)
	if err != nil {
		t.Fatal(err)
	}
	return Score(golds, preds)
}

// TestParityWithScorePy: on hand-written prediction files (right events,
// wrong roots, wrong countries, swapped symmetric dyads, wildcards, null
// actors, optional events, right and wrong dates and places, time
// expressions with overlapping texts) our figures equal score.py's, in its
// JSON and in its text output, byte for byte.
func TestParityWithScorePy(t *testing.T) {
	cases := []struct {
		name          string
		goldDir, pred func(t *testing.T) string
	}{
		{"seed", func(t *testing.T) string { return testutil.SharedFile(t, "eval/seed") },
			func(*testing.T) string { return filepath.Join("testdata", "seed_pred.jsonl") }},
		{"small gold dir", func(*testing.T) string { return filepath.Join("testdata", "gold") },
			func(*testing.T) string { return filepath.Join("testdata", "gold_pred.jsonl") }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir, pred := c.goldDir(t), c.pred(t)
			rep := scoreGo(t, dir, pred)

			wantJSON := scorePy(t, dir, pred, "--json")
			var got bytes.Buffer
			if err := rep.WriteJSON(&got); err != nil {
				t.Fatal(err)
			}
			if got.String() != wantJSON {
				t.Errorf("JSON differs:\n ours    %s score.py %s", got.String(), wantJSON)
			}
			// The figures, compared as values too (so a failure says which).
			var a, b map[string]any
			if err := json.Unmarshal(got.Bytes(), &a); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(wantJSON), &b); err != nil {
				t.Fatal(err)
			}
			for k := range b {
				if !reflect.DeepEqual(a[k], b[k]) {
					t.Errorf("%s: ours %v, score.py %v", k, a[k], b[k])
				}
			}

			wantText := scorePy(t, dir, pred)
			got.Reset()
			if err := rep.WriteText(&got); err != nil {
				t.Fatal(err)
			}
			if got.String() != wantText {
				t.Errorf("text differs:\nours:\n%sscore.py:\n%s", got.String(), wantText)
			}
		})
	}
}

// TestFixtureFigures pins the figures of the small fixture, so that the
// scorer is checked where python3 is absent too. They are those score.py
// printed for it.
func TestFixtureFigures(t *testing.T) {
	rep := scoreGo(t, filepath.Join("testdata", "gold"), filepath.Join("testdata", "gold_pred.jsonl"))
	var got bytes.Buffer
	rep.WriteJSON(&got)
	want := `{"docs": 3, "docs_missing": 1, "root": {"tp": 6, "fp": 4, "fn": 2, "precision": 0.6, "recall": 0.75, "f1": 0.667, "date_acc": 0.833, "place_acc": 0.75}, "full": {"tp": 2, "fp": 8, "fn": 6, "precision": 0.2, "recall": 0.25, "f1": 0.222, "date_acc": 0.5, "place_acc": 0.5}, "time_value_acc": 0.5}` + "\n"
	if got.String() != want {
		t.Errorf("got  %swant %s", got.String(), want)
	}
	var misses []string
	for _, a := range rep.Articles {
		for _, m := range a.Root.Misses {
			misses = append(misses, m.ID)
		}
	}
	if !reflect.DeepEqual(misses, []string{"b2", "c1"}) {
		t.Errorf("root misses %v, want [b2 c1]", misses)
	}
}
