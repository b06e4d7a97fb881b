package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// runCaptured runs the command line with standard output and error sent to
// files, returning the exit status and what was written.
func runCaptured(t *testing.T, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	dir := t.TempDir()
	of, err := os.Create(filepath.Join(dir, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	ef, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	oldOut, oldErr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = of, ef
	func() {
		defer func() {
			os.Stdout, os.Stderr = oldOut, oldErr
			if r := recover(); r != nil {
				t.Fatalf("atalaya %s panicked: %v", strings.Join(args, " "), r)
			}
		}()
		status = run(args)
	}()
	of.Close()
	ef.Close()
	o, _ := os.ReadFile(of.Name())
	e, _ := os.ReadFile(ef.Name())
	return status, string(o), string(e)
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestExtractBadInputs: every bad input gets one line on standard error
// naming it, the good articles still come out, and the exit status is 1.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "01_good.txt"), "date 2025-08-13\nlang es\n\nEl presidente habló el martes.\n")
	writeFile(t, filepath.Join(in, "02_latin1.txt"), "date 2025-08-13\nlang es\n\nEl ministro habl\xF3 en Bogot\xE1.\n")
	writeFile(t, filepath.Join(in, "03_baddate.txt"), "date 2025/08/13\nCuerpo.\n")
	writeFile(t, filepath.Join(in, "04_binary.txt"), "\x7fELF\x02\x01\x01\x00\x00\x00")
	writeFile(t, filepath.Join(in, "05_empty.txt"), "date 2025-08-13\n\n")
	writeFile(t, filepath.Join(in, "06_good.txt"), "The minister spoke on Monday.\n")
	writeFile(t, filepath.Join(dir, "nothing", "readme.md"), "no articles")
	feed := filepath.Join(dir, "feed.jsonl")
	writeFile(t, feed, `{"id":"j1","date":"2025-08-13","lang":"en","text":"Troops crossed the border."}`+"\n"+
		"{oops\n"+
		`{"id":"j3","lang":"en"}`+"\n")
	missing := filepath.Join(dir, "missing.txt")

	status, out, errs := runCaptured(t, "extract", in, missing, filepath.Join(dir, "nothing"))
	if status != 1 {
		t.Errorf("exit status %d, want 1", status)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("stdout line %q: %v", line, err)
		}
		ids = append(ids, rec.ID)
	}
	if got := strings.Join(ids, " "); got != "01_good 02_latin1 06_good" {
		t.Errorf("records %q, want the three good articles", got)
	}
	wantErr := []string{
		"atalaya extract: " + filepath.Join(in, "02_latin1.txt") + ": warning: decoded as Windows-1252: the file is not valid UTF-8",
		"atalaya extract: " + filepath.Join(in, "03_baddate.txt") + `: malformed date "2025/08/13": want YYYY-MM-DD`,
		"atalaya extract: " + filepath.Join(in, "04_binary.txt") + ": binary data (NUL byte at offset 7), not a text article",
		"atalaya extract: " + filepath.Join(in, "05_empty.txt") + ": empty body: no text after the header lines",
		"atalaya extract: " + missing + ": no such file or directory",
		"atalaya extract: " + filepath.Join(dir, "nothing") + ": directory holds no *.txt articles",
	}
	checkLines(t, errs, wantErr)

	status, out, errs = runCaptured(t, "extract", "--input", "jsonl", feed)
	if status != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"id":"j1"`) {
		t.Errorf("jsonl: status %d, stdout %q", status, out)
	}
	if lines := strings.Split(strings.TrimSpace(errs), "\n"); len(lines) != 2 ||
		!strings.HasPrefix(lines[0], "atalaya extract: "+feed+":2: not valid JSON") ||
		lines[1] != "atalaya extract: "+feed+`:3: no "text" field` {
		t.Errorf("jsonl stderr:\n%s", errs)
	}

	status, out, errs = runCaptured(t, "extract", filepath.Join(in, "01_good.txt"))
	if status != 0 || errs != "" || strings.Count(out, "\n") != 1 {
		t.Errorf("good input: status %d, stderr %q", status, errs)
	}
}

func checkLines(t *testing.T, got string, want []string) {
	t.Helper()
	// Read errors are reported as met and processed articles in input
	// order, so the two kinds may interleave: compare sorted.
	lines := strings.Split(strings.TrimRight(got, "\n"), "\n")
	sort.Strings(lines)
	want = append([]string(nil), want...)
	sort.Strings(want)
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	for _, l := range lines {
		if strings.Contains(l, "goroutine") || strings.Contains(l, "panic") {
			t.Errorf("stack trace on stderr: %q", l)
		}
	}
}
