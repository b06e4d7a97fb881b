package prepare

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/data"
	"github.com/atalaya-events/atalaya/internal/doc"
)

// Languages the preparer knows. Each has a folder under data/text.
var languages = []string{"es", "en"}

// abbrKind tells how an abbreviation behaves at a possible sentence end.
type abbrKind uint8

const (
	abbrNone  abbrKind = iota
	abbrOther          // ends a sentence before a capitalised function word
	abbrTitle          // precedes a name: never ends a sentence
	abbrDate           // an abbreviation only after a number ("3 mar."), else a word
)

// wordClass is the class of a function word (data/text/*/function_words.tsv).
type wordClass uint8

const (
	classNone wordClass = iota
	classDet
	classPrep
	classConj
	classPron
	classAdv
	classAux
)

var classNames = map[string]wordClass{
	"det": classDet, "prep": classPrep, "conj": classConj,
	"pron": classPron, "adv": classAdv, "aux": classAux,
}

// suffix is a verb ending with the minimum word length (in letters) it
// applies to.
type suffix struct {
	end    string
	minLen int
	adverb bool // an adverb ending (-mente), not a verb one
}

// lexicon holds the word lists of one language (its own files plus the
// shared ones).
type lexicon struct {
	lang     string
	abbr     map[string]abbrKind  // exact spelling (or lower-case entry) -> kind
	function map[string]wordClass // folded word -> class
	// inner holds the lower-cased (unfolded) function words that never open
	// a sentence (a relative or complementiser: "que", "quien"), clitic
	// those that before a verb form are an object pronoun ("la", "se"):
	// capitalised in mid-sentence they are machine-translation artifacts
	// ("exigieron al presidente Que haga", "la corte La rechazó").
	inner, clitic map[string]bool
	suffixes      []suffix
	repeats       map[string]bool // lower-cased legitimate repeats ("that that")
	// only maps each folded function word of one language only to that
	// language's bit (onlyES, onlyEN), the same map in every lexicon of a
	// set, so that language identification looks each word up once; nil
	// until the set is loaded (then both function maps are looked at).
	only map[string]uint8
	// onlyHint has, for each length under 32 and first byte of the keys
	// of only, a bit for each last byte (modulo 32): a word without its
	// bit is not in only, and needs no look-up.
	onlyHint *[32][256]uint32
}

const (
	onlyES uint8 = 1 << iota
	onlyEN
)

// setOnly builds the lexicons' shared only map from their function words.
func (lx lexicons) setOnly() {
	es, en := lx["es"], lx["en"]
	if es == nil || en == nil {
		return
	}
	only := make(map[string]uint8, len(es.function)+len(en.function))
	for w := range es.function {
		only[w] |= onlyES
	}
	for w := range en.function {
		only[w] |= onlyEN
	}
	for w, b := range only {
		if b == onlyES|onlyEN {
			delete(only, w)
		}
	}
	hint := new([32][256]uint32)
	for w := range only {
		if n := len(w); n > 0 && n < 32 {
			hint[n][w[0]] |= 1 << (w[n-1] & 31)
		}
	}
	for _, l := range lx {
		l.only, l.onlyHint = only, hint
	}
}

// lexicons holds one lexicon per language.
type lexicons map[string]*lexicon

var (
	defaultLexOnce sync.Once
	defaultLex     lexicons
	defaultLexErr  error
)

// loadDefault loads the embedded lists once per process.
func loadDefault() (lexicons, error) {
	defaultLexOnce.Do(func() {
		defaultLex, defaultLexErr = loadLexicons(data.FS, "text", nil)
	})
	return defaultLex, defaultLexErr
}

// loadLexicons reads <root>/{lang,shared}/*.tsv|txt from fsys, then the
// user's files: a user file is named like ours ("es/abbreviations.tsv") below
// a user folder, or is a file whose base name is ours (then it applies to
// every language); its entries are added to ours.
func loadLexicons(fsys fs.FS, root string, user []string) (lexicons, error) {
	lx := lexicons{}
	for _, lang := range languages {
		l := &lexicon{lang: lang, abbr: map[string]abbrKind{}, function: map[string]wordClass{}, repeats: map[string]bool{},
			inner: map[string]bool{}, clitic: map[string]bool{}}
		for _, dir := range []string{"shared", lang} {
			if err := l.loadDir(fsys, root+"/"+dir); err != nil {
				return nil, err
			}
		}
		lx[lang] = l
	}
	for _, u := range user {
		if err := lx.loadUser(u); err != nil {
			return nil, err
		}
	}
	lx.setOnly()
	return lx, nil
}

// loadDir loads the known files of one folder; a missing file is no error.
func (l *lexicon) loadDir(fsys fs.FS, dir string) error {
	for _, name := range []string{"abbreviations.tsv", "function_words.tsv", "verb_suffixes.tsv", "repeats.txt"} {
		b, err := fs.ReadFile(fsys, dir+"/"+name)
		if err != nil {
			continue
		}
		if err := l.parse(dir+"/"+name, name, string(b)); err != nil {
			return err
		}
	}
	return nil
}

// loadUser loads a user file or folder.
func (lx lexicons) loadUser(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if !fi.IsDir() {
		return lx.loadUserFile(path, "")
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		lang := filepath.Base(filepath.Dir(p))
		if _, ok := lx[lang]; !ok {
			lang = ""
		}
		return lx.loadUserFile(p, lang)
	})
}

// loadUserFile adds a user file's entries to one language or to all.
func (lx lexicons) loadUserFile(path, lang string) error {
	name := filepath.Base(path)
	switch name {
	case "abbreviations.tsv", "function_words.tsv", "verb_suffixes.tsv", "repeats.txt":
	default:
		return nil // not a text list: another stage's file
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	for _, l := range lx {
		if lang != "" && l.lang != lang {
			continue
		}
		if err := l.parse(path, name, string(b)); err != nil {
			return err
		}
	}
	return nil
}

// parse reads one list; errors name the file and line.
func (l *lexicon) parse(path, name, text string) error {
	if !utf8.ValidString(text) {
		return fmt.Errorf("%s: not valid UTF-8", path)
	}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if t := strings.TrimSpace(line); t == "" || t[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		for j := range cols {
			cols[j] = strings.TrimSpace(cols[j])
		}
		bad := func(msg string) error { return fmt.Errorf("%s:%d: %s", path, i+1, msg) }
		switch name {
		case "abbreviations.tsv":
			a := cols[0]
			if !strings.HasSuffix(a, ".") || strings.ContainsAny(a, " ") {
				return bad(fmt.Sprintf("abbreviation %q must end in a period and hold no space", a))
			}
			k := abbrOther
			if len(cols) > 1 && cols[1] != "" {
				switch cols[1] {
				case "title":
					k = abbrTitle
				case "date":
					k = abbrDate
				case "other":
				default:
					return bad(fmt.Sprintf("unknown abbreviation kind %q (want title, date or other)", cols[1]))
				}
			}
			l.abbr[a] = k
		case "function_words.tsv":
			if len(cols) < 2 {
				return bad("want word<TAB>class")
			}
			c, ok := classNames[cols[1]]
			if !ok {
				return bad(fmt.Sprintf("unknown word class %q (want det, prep, conj, pron, adv or aux)", cols[1]))
			}
			w := fold(cols[0])
			if _, dup := l.function[w]; !dup {
				l.function[w] = c
			}
			if len(cols) > 2 {
				switch cols[2] {
				case "inner":
					l.inner[strings.ToLower(cols[0])] = true
				case "clitic":
					l.clitic[strings.ToLower(cols[0])] = true
				case "":
				default:
					return bad(fmt.Sprintf("unknown function word mark %q (want inner or clitic)", cols[2]))
				}
			}
		case "verb_suffixes.tsv":
			if len(cols) < 2 {
				return bad("want ending<TAB>minimum length")
			}
			n, err := strconv.Atoi(cols[1])
			if err != nil || n < 1 {
				return bad(fmt.Sprintf("bad minimum length %q", cols[1]))
			}
			sf := suffix{end: strings.ToLower(cols[0]), minLen: n}
			if len(cols) > 2 && cols[2] != "" {
				switch cols[2] {
				case "adv":
					sf.adverb = true
				case "verb":
				default:
					return bad(fmt.Sprintf("unknown ending kind %q (want verb or adv)", cols[2]))
				}
			}
			l.suffixes = append(l.suffixes, sf)
		case "repeats.txt":
			f := strings.Fields(strings.ToLower(line))
			if len(f)%2 != 0 || len(f) == 0 || strings.Join(f[:len(f)/2], " ") != strings.Join(f[len(f)/2:], " ") {
				return bad(fmt.Sprintf("%q is not a word or phrase said twice", strings.TrimSpace(line)))
			}
			l.repeats[strings.Join(f, " ")] = true
		}
	}
	return nil
}

// abbrev returns the kind of a candidate abbreviation (ending in a period).
// An entry in lower case also matches with a capital first letter.
func (l *lexicon) abbrev(s string) abbrKind {
	if k, ok := l.abbr[s]; ok {
		return k
	}
	r, n := utf8.DecodeRuneInString(s)
	if lr := unicode.ToLower(r); lr != r {
		if k, ok := l.abbr[string(lr)+s[n:]]; ok {
			return k
		}
	}
	return abbrNone
}

// ending reports whether a lower-cased word ends in one of the listed verb
// or adverb endings, and whether that ending is an adverb's.
func (l *lexicon) ending(lower string) (found, adverb bool) {
	n := -1
	for _, s := range l.suffixes {
		if !strings.HasSuffix(lower, s.end) {
			continue
		}
		if n < 0 {
			n = utf8.RuneCountInString(lower)
		}
		if n >= s.minLen {
			return true, s.adverb
		}
	}
	return false, false
}

// innerWord reports whether token t is a capitalised function word that
// cannot open a sentence where it stands: a relative or complementiser, or
// an object pronoun before the verb form next (see lexicon.inner).
func (l *lexicon) innerWord(t, next *doc.Token) bool {
	if len(l.inner) == 0 && len(l.clitic) == 0 {
		return false
	}
	w := t.Lower()
	return l.inner[w] || l.clitic[w] && next.Kind == doc.Word && l.verbEnding(next.Lower())
}

// verbEnding reports whether a lower-cased word ends in a verb ending.
func (l *lexicon) verbEnding(lower string) bool {
	found, adverb := l.ending(lower)
	return found && !adverb
}
