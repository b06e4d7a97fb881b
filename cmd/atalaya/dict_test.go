package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestDictCheckEmbedded(t *testing.T) {
	var out, errb bytes.Buffer
	if st := runDict([]string{"check"}, &out, &errb); st != 0 {
		t.Fatalf("atalaya dict check: status %d\n%s%s", st, out.String(), errb.String())
	}
	if !strings.Contains(out.String(), " 0 errors") {
		t.Errorf("summary: %s", out.String())
	}
}

func TestDictCheckBroken(t *testing.T) {
	var out, errb bytes.Buffer
	st := runDict([]string{"check", "--dict", "../../internal/actors/testdata/broken"}, &out, &errb)
	if st != 1 {
		t.Fatalf("status %d, want 1\n%s", st, out.String())
	}
	for _, w := range []string{"broken/es/bad.tsv:3: error:", "broken/es/bad.tsv:4: error:", "broken/es/bad.tsv:6: error:", "broken/people_bad.tsv:3: error:"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("missing %q in:\n%s", w, out.String())
		}
	}
	out.Reset()
	errb.Reset()
	st = runDict([]string{"check", "--dict", "../../internal/actors/testdata/badformat"}, &out, &errb)
	if st != 1 || !strings.Contains(errb.String(), "people_x.tsv:2: error: from: bad date") || strings.Count(errb.String(), "\n") != 1 {
		t.Errorf("bad file: status %d, stderr %q", st, errb.String())
	}
	if st := runDict([]string{"nonsense"}, &out, &errb); st != 2 {
		t.Errorf("unknown subcommand: status %d", st)
	}
}
