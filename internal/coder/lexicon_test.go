package coder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeUser(t *testing.T, rel, body string) string {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestUserDictErrors(t *testing.T) {
	cases := []struct{ body, want string }{
		{"111\tverb\n", ":1: want 3 or 4 tab-separated columns"},
		{"# c\n1x1\tverb\tcondenar\n", ":2: bad CAMEO code \"1x1\""},
		{"111\tadverb\tcondenar\n", ":1: kind must be verb or noun"},
		{"111\tverb\tcondenar\tsideways\n", ":1: unknown option \"sideways\""},
		{"111\tverb\tcondenar\tmin=9\n", ":1: min must be 0 to 3"},
	}
	for _, c := range cases {
		dir := writeUser(t, "es/verbs.tsv", c.body)
		_, err := New(Options{UserDicts: []string{dir}})
		if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "es", "verbs.tsv")+c.want) {
			t.Errorf("%q: got %v, want ...%s", c.body, err, c.want)
		}
	}
	if _, err := New(Options{UserDicts: []string{"/no/such/dir"}}); err == nil || !strings.HasPrefix(err.Error(), "/no/such/dir: ") {
		t.Errorf("missing user path: %v", err)
	}
}

func TestUserPatternIsLoaded(t *testing.T) {
	dir := writeUser(t, "events/es/verbs.tsv", "1712\tverb\tarrasar\n")
	c, err := New(Options{UserDicts: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	lx := c.lex["es"]
	n := lx.trie.next["arrasar"]
	if n == nil || len(n.pats) != 1 || n.pats[0].Code != "1712" || !strings.HasSuffix(n.pats[0].Origin, "verbs.tsv:1:1712:arrasar") {
		t.Fatalf("user pattern not in the trie: %+v", n)
	}
	// the lemmatiser knows the user's lemma: every form reaches it
	found := false
	for _, a := range lx.an.Analyze("arrasaron") {
		if a.Lemma == "arrasar" {
			found = true
		}
	}
	if !found {
		t.Error("arrasaron does not reach the user lemma arrasar")
	}
}
