// Package morph reduces Spanish and English word forms to lemmas so that one
// event pattern naming a lemma ("detener", "arrest") matches every form of it
// ("detuvieron", "detenidos", "arrested").
//
// The Spanish analyser is a conjugator run backwards: regular -ar/-er/-ir
// endings for every simple tense, participles in all genders and numbers,
// gerunds, enclitic pronouns ("reunirse", "dándole"), stem-changing and
// spelling-changing verbs by rule, and a data table of irregular stems and
// forms (data/events/es/morph.tsv). The English analyser strips -s/-es/-ed/-ing
// with the usual spelling rules and reads irregular forms from
// data/events/en/morph.tsv.
//
// Analyses can be restricted to a set of known lemmas (those that some
// dictionary names), which keeps the candidate lists short and exact.
package morph

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Form is the grammatical form an analysis assigns.
type Form uint8

const (
	Other  Form = iota // nouns, adjectives, forms not analysed as verbs
	Inf                // infinitive: reunir, meet
	Ger                // gerund: reuniendo, meeting
	Part               // participle: reunido/reunida/reunidos, met
	Pres               // present indicative
	Past               // preterite or imperfect
	Fut                // future
	Cond               // conditional
	Subj               // subjunctive (present or imperfect)
	Plural             // a noun or adjective plural reduced to its singular
)

var formNames = [...]string{"other", "inf", "ger", "part", "pres", "past", "fut", "cond", "subj", "plural"}

func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return "?"
}

// Analysis is one reading of a word form.
type Analysis struct {
	Lemma string // folded (lower case, no diacritics): "detener"
	Form  Form
	Verb  bool // the reading is a verb form
}

// Analyzer lemmatises word forms of one language. It is safe for concurrent
// use; results are cached per form.
type Analyzer interface {
	Analyze(lower string) []Analysis
}

// Fold lower-cases s and removes diacritics (ñ becomes n), the matching key
// used by every dictionary.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || (s[i] >= 'A' && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	s = strings.ToLower(s)
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if r >= 0x300 && r <= 0x36f { // combining marks
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// cache memoises analyses per form.
type cache struct {
	m sync.Map // string -> []Analysis
}

func (c *cache) get(w string, f func(string) []Analysis) []Analysis {
	if v, ok := c.m.Load(w); ok {
		return v.([]Analysis)
	}
	// the key and the lemmas cut from it must not keep the article the
	// form was read from alive
	w = strings.Clone(w)
	a := f(w)
	c.m.Store(w, a)
	return a
}

// addUnique appends a to as unless an equal analysis is there.
func addUnique(as []Analysis, a Analysis) []Analysis {
	for _, x := range as {
		if x == a {
			return as
		}
	}
	return append(as, a)
}

// eachRow reads a tab-separated table at path in fsys, skipping blank and
// '#' lines, and calls row with each line's number and columns; a line with
// another number of columns than want is an error naming path:line and
// describing the columns.
func eachRow(fsys fs.FS, path string, want int, columns string, row func(line int, cols []string) error) error {
	f, err := fsys.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) != want {
			return fmt.Errorf("%s:%d: want %d tab-separated columns (%s), got %d", path, line, want, columns, len(cols))
		}
		if err := row(line, cols); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}
