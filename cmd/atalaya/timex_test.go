package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/atalaya-events/atalaya/internal/timex"
)

func TestParseRef(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025-08-13", "2025-08-13T00:00"},
		{"2025-08-13T15:04", "2025-08-13T15:04"},
		{"2013-02-12T04:30:00-02:00", "2013-02-12T04:30"}, // the wall clock is kept
	} {
		got, err := parseRef(c.in)
		if err != nil || got.Format("2006-01-02T15:04") != c.want {
			t.Errorf("parseRef(%q) = %v, %v; want %s", c.in, got, err, c.want)
		}
	}
	if _, err := parseRef("13/08/2025"); err == nil {
		t.Error("parseRef accepted 13/08/2025")
	}
}

func TestTimexJSONL(t *testing.T) {
	tg, err := timex.New(timex.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := `{"id":"a","text":"el martes pasado","ref":"2025-08-13","lang":"es"}
{"id":"b","text":"nothing here","ref":"2025-08-13","lang":"en"}
oops
`
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if st := timexJSONL(tg, path, "es", "", json.NewEncoder(&out)); st != 1 {
		t.Errorf("status %d, want 1 for the bad line", st)
	}
	want := `{"id":"a","times":[{"text":"el martes pasado","start":0,"end":16,"type":"DATE","value":"2025-08-12"}]}
{"id":"b","times":[]}
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
