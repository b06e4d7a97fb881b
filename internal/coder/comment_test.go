package coder_test

import "testing"

// TestCommentTopic: a refusal to comment with no one named is about what
// the latest speaker said, unless it names the event it is about ("sobre
// la huelga"): then it is aimed at no one.
func TestCommentTopic(t *testing.T) {
	cases := []struct{ lang, text, tgt string }{
		{"es", "El presidente de Francia dijo el lunes que Irán miente. El Ministerio de Exteriores de Irán declinó comentar sus declaraciones.", "FRAGOV"},
		{"es", "La OIT dijo que Argentina ratificó los convenios. El Fondo Monetario Internacional declinó comentar sobre la huelga.", ""},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-06-17", c.text)
		if got := partyCode(d, "011", true); got != c.tgt {
			t.Errorf("%q: target %q, want %q", c.text, got, c.tgt)
		}
		if partyCode(d, "011", false) == "" {
			t.Errorf("%q: no 011 event", c.text)
		}
	}
}
