package doc

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// words makes the tokens of a sentence split on spaces; a lone "." is
// punctuation.
func words(s string) []Token {
	var toks []Token
	for _, w := range strings.Fields(s) {
		k := Word
		if w == "." {
			k = Punct
		}
		r, _ := utf8.DecodeRuneInString(w)
		toks = append(toks, Token{Text: w, Kind: k, Cap: unicode.IsUpper(r)})
	}
	return toks
}

func TestTitleCase(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Police Arrest 40 Protesters in Lima", true},
		{"POLICE ARREST PROTESTERS IN LIMA", true},
		{"Police arrested forty protesters in Lima on Monday", false},
		{"Lima Police Arrest Protesters", true},
		// a period asks for more than 85 in 100: running text full of names
		{"The Lima Police Arrested Protesters near the Plaza .", false},
		{"Lima Police Arrest Many Protesters .", true},
		// fewer than three long words say nothing
		{"Big Riot", false},
		{"A Big Day in Lima", false},
	} {
		toks := words(c.text)
		d := &Doc{Tokens: toks}
		if got := d.TitleCase(Sentence{FirstTok: 0, EndTok: len(toks)}); got != c.want {
			t.Errorf("TitleCase(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
