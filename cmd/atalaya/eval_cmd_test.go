package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalCommand: --pred scores a record file, printing score.py's JSON
// keys; without it, eval extracts the X.txt beside each gold file, and an
// article that is not there is reported and makes the exit status 1.
func TestEvalCommand(t *testing.T) {
	gold := filepath.Join("..", "..", "internal", "eval", "testdata", "gold")
	pred := filepath.Join("..", "..", "internal", "eval", "testdata", "gold_pred.jsonl")
	status, out, errs := runCaptured(t, "eval", "--json", "--pred", pred, gold)
	if status != 0 || errs != "" {
		t.Fatalf("status %d, stderr %q", status, errs)
	}
	var fig map[string]any
	if err := json.Unmarshal([]byte(out), &fig); err != nil {
		t.Fatalf("--json output %q: %v", out, err)
	}
	for _, k := range []string{"docs", "docs_missing", "root", "full", "time_value_acc"} {
		if _, ok := fig[k]; !ok {
			t.Errorf("--json output lacks %q", k)
		}
	}
	if fig["docs"] != 3.0 || fig["docs_missing"] != 1.0 {
		t.Errorf("docs %v missing %v, want 3 and 1", fig["docs"], fig["docs_missing"])
	}

	status, out, _ = runCaptured(t, "eval", "--detail", "--pred", pred, gold)
	if status != 0 || !strings.Contains(out, "c: root tp 0 fp 0 fn 1, full tp 0 fp 0 fn 1  (no record)") ||
		!strings.Contains(out, "  MISS  c1 FRAGOV -> DEUGOV 040") ||
		!strings.Contains(out, "  FULL  a1 gold ---REB -> COLGOV 190 (alt 193) predicted VENREB -> COLGOV 193\n") ||
		!strings.Contains(out, "  FULL  a3 gold ~GOV -> USAGOV 036 (alt 043) predicted USAGOV -> MEXGOV 036\n") ||
		strings.Contains(out, "FULL  a5") || strings.Contains(out, "FULL  b1") {
		t.Errorf("--detail output:\n%s", out)
	}

	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "x.txt"), "date 2025-08-13\nlang en\n\nFrance and Germany held talks on Tuesday.\n")
	g := `{"doc":"x.txt","date":"2025-08-13","lang":"en","events":[{"id":"e1","source":"FRAGOV","target":"DEUGOV","cameo":"040","alt":[],"symmetric":true,"date":"2025-08-12","location":null,"modality":"asserted","reported_by":[],"evidence":"France and Germany held talks"}],"times":[{"text":"on Tuesday","value":"2025-08-12"}],"places":[],"actors":[],"quantities":[]}`
	writeFile(t, filepath.Join(dir, "x.gold.json"), g)
	writeFile(t, filepath.Join(dir, "y.gold.json"), strings.ReplaceAll(g, "x.txt", "y.txt"))
	saved := filepath.Join(t.TempDir(), "pred.jsonl")
	status, out, errs = runCaptured(t, "eval", "--write-pred", saved, dir)
	if status != 1 || errs != "atalaya eval: "+filepath.Join(dir, "y.txt")+": no such file or directory\n" {
		t.Errorf("status %d, stderr %q", status, errs)
	}
	if !strings.HasPrefix(out, "docs 2 (missing from predictions: 1)\n") {
		t.Errorf("output:\n%s", out)
	}
	if b, err := os.ReadFile(saved); err != nil || !strings.Contains(string(b), `"id":"x"`) {
		t.Errorf("--write-pred file: %q, %v", b, err)
	}

	writeFile(t, filepath.Join(dir, "z.gold.json"), "{\"events\": [\n")
	status, out, errs = runCaptured(t, "eval", "--pred", saved, dir)
	if status != 1 || !strings.Contains(errs, "atalaya eval: skipped: "+filepath.Join(dir, "z.gold.json")+":1: unexpected end of file") ||
		!strings.HasPrefix(out, "docs 2 (missing from predictions: 1)\n") {
		t.Errorf("bad gold file: status %d, stderr %q, stdout %q", status, errs, out)
	}

	if status, _, errs = runCaptured(t, "eval", t.TempDir()); status != 2 || !strings.Contains(errs, "no *.gold.json files") {
		t.Errorf("empty folder: status %d, stderr %q", status, errs)
	}
}
