// Package doc holds the one document object that every pipeline stage
// annotates in place: the text as read, the prepared text, the offset map
// between them, sentences, tokens and the mentions and events found.
//
// All offsets inside a Doc are byte offsets into Doc.Text (the prepared
// text) unless a name says otherwise; Doc.RawSpan maps them back to the
// article body as read, which is what the output record reports.
package doc

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) in the prepared text.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// TokenKind classifies a token.
type TokenKind uint8

const (
	Word   TokenKind = iota // letters, possibly with inner apostrophes, hyphens or dots (EE.UU.)
	Number                  // digits with optional separators: 15,000 15.000 3,5 2019
	Punct                   // punctuation, one mark (or an ellipsis) per token
	Symbol                  // currency and other symbols
)

func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	}
	return "symbol"
}

// Token is one token of the prepared text. A 10 MB text has about two
// million of them, so the struct is kept small: the lower-cased form is not
// stored (see Lower).
type Token struct {
	Span
	Text string    // surface form, as in the prepared text
	Fold string    // lower-cased with diacritics removed (ñ kept as n): the matching key
	Sent int32     // index of its sentence (32 bits: 56 bytes a token, not 64)
	Kind TokenKind // (Kind and Cap side by side)
	Cap  bool      // first letter is upper case
}

// Lower returns the token's text lower-cased. When the text is ASCII its
// Fold is that form already (folding only adds the removal of diacritics)
// and is returned as it is; other text is lower-cased here, which allocates
// only when a letter changes.
func (t *Token) Lower() string {
	s, f := t.Text, t.Fold
	if len(f) == len(s) {
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != f[i] || c >= 0x80 {
				break
			}
		}
		if i == len(s) {
			return f
		}
	}
	return strings.ToLower(s)
}

// Sentence is one sentence of the prepared text with the range of its tokens.
type Sentence struct {
	Span
	FirstTok, EndTok int // tokens [FirstTok, EndTok)
}

// Doc is an article being processed.
type Doc struct {
	ID    string
	Lang  string    // "es" or "en"
	Date  time.Time // publication date; zero when unknown
	URL   string
	Title string

	Raw  string     // article body as read (after the header lines, before any repair)
	Text string     // prepared text
	Map  *OffsetMap // prepared-text offsets -> Raw offsets

	Sentences []Sentence
	Tokens    []Token
	Warnings  []string

	Actors     []Actor
	Places     []Place
	Times      []Time
	Quantities []Quantity
	Events     []Event

	// Stash is work a stage did ahead for a later stage of this article
	// (the places stage's actor-free recognition, done when the actors
	// stage asks it for places early), which that stage takes and clears;
	// never output.
	Stash any
}

// RawSpan maps a span of the prepared text to the raw text.
func (d *Doc) RawSpan(s Span) Span {
	if d.Map == nil {
		return s
	}
	return Span{d.Map.Start(s.Start), d.Map.End(s.End)}
}

// RawText returns the raw text under a prepared-text span.
func (d *Doc) RawText(s Span) string {
	r := d.RawSpan(s)
	if r.Start < 0 || r.End > len(d.Raw) || r.Start > r.End {
		return ""
	}
	return d.Raw[r.Start:r.End]
}

// SentenceOf returns the index of the sentence holding byte offset off of the
// prepared text, or -1.
func (d *Doc) SentenceOf(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// TokenAt returns the index of the token holding byte offset off, or of the
// first token after it; len(d.Tokens) when none.
func (d *Doc) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Warn records a warning for the output record.
func (d *Doc) Warn(w string) { d.Warnings = append(d.Warnings, w) }

// TitleCase reports whether sentence s is a headline in title case
// ("Police Arrest 40 Protesters in Lima"), where a capital says nothing of
// a name: Headline over its words of four letters or more. Callers keep
// the answer per sentence; it reads every token of s.
func (d *Doc) TitleCase(s Sentence) bool {
	return Headline(d.Tokens[s.FirstTok:min(s.EndTok, len(d.Tokens))], func(w string) bool {
		return utf8.RuneCountInString(w) >= 4
	})
}

// Headline reports whether toks, a sentence, read as a headline in title
// case or capitals: three or more of its long words (those long says are)
// and more than three in five of them capitalised, or more than 85 in 100
// when a period ends it (running text full of names).
func Headline(toks []Token, long func(string) bool) bool {
	n, caps := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != Word || !long(t.Text) {
			continue
		}
		n++
		if t.Cap {
			caps++
		}
	}
	if n < 3 {
		return false
	}
	if last := &toks[len(toks)-1]; last.Kind == Punct && last.Text == "." {
		return caps*100 > n*85
	}
	return caps*10 > n*6
}
