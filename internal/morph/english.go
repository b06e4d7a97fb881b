package morph

import (
	"io/fs"
	"strings"
)

// English is the English analyser.
type English struct {
	forms map[string][]Analysis
	known map[string]bool
	c     cache
}

// NewEnglish reads the irregular table (form, lemma; the format of
// data/events/en/morph.tsv) from fsys at path and returns an analyser that
// keeps only readings whose lemma is in known (all when known is nil).
func NewEnglish(fsys fs.FS, path string, known map[string]bool) (*English, error) {
	e := &English{forms: map[string][]Analysis{}, known: known}
	err := eachRow(fsys, path, 2, "form, lemma", func(line int, cols []string) error {
		form := Past
		if strings.HasSuffix(cols[0], "s") && !strings.HasSuffix(cols[0], "ss") && cols[1] != cols[0] {
			form = Pres
		}
		if strings.HasSuffix(cols[0], "ing") {
			form = Ger
		}
		k := Fold(cols[0])
		e.forms[k] = addUnique(e.forms[k], Analysis{Lemma: Fold(cols[1]), Form: form, Verb: true})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

func (e *English) ok(l string) bool { return len(l) >= 2 && (e.known == nil || e.known[l]) }

// Analyze returns the readings of a lower-cased English word form.
func (e *English) Analyze(lower string) []Analysis {
	return e.c.get(lower, e.analyze)
}

func (e *English) analyze(lower string) []Analysis {
	w := Fold(lower)
	var out []Analysis
	// "re-open", "re-established": a hyphenated re- prefix reads as the
	// solid word ("reopen") besides its own readings
	if strings.HasPrefix(w, "re-") && len(w) > 5 && !strings.Contains(w[3:], "-") {
		out = append(out, e.analyze("re"+w[3:])...)
	}
	for _, a := range e.forms[w] {
		if e.ok(a.Lemma) {
			out = addUnique(out, a)
		}
	}
	try := func(l string, f Form, verb bool) {
		if e.ok(l) {
			out = addUnique(out, Analysis{Lemma: l, Form: f, Verb: verb})
		}
	}
	undouble := func(s string) string {
		n := len(s)
		if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiou", rune(s[n-1])) {
			return s[:n-1]
		}
		return s
	}
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		try(w[:len(w)-3]+"y", Past, true)
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		s := w[:len(w)-2]
		try(s, Past, true)
		try(s+"e", Past, true)
		try(undouble(s), Past, true)
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		s := w[:len(w)-3]
		try(s, Ger, true)
		try(s+"e", Ger, true)
		try(undouble(s), Ger, true)
		if strings.HasSuffix(s, "y") { // dying, lying
			try(s[:len(s)-1]+"ie", Ger, true)
		}
	}
	try(w, Other, false)
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		try(w[:len(w)-3]+"y", Plural, false)
	case strings.HasSuffix(w, "es") && len(w) > 3:
		try(w[:len(w)-2], Plural, false)
		try(w[:len(w)-1], Plural, false)
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		try(w[:len(w)-1], Plural, false)
	}
	return out
}
