// Package prepare turns an article into a doc.Doc ready for recognition.
//
// The body as read (Doc.Raw) is never changed. The prepared text (Doc.Text)
// is the body with a sorted list of edits applied, and Doc.Map maps every
// prepared offset back to the body:
//
//  1. normalise: Unicode NFC; « » “ ” „ to "; ` ‘ ’ ‹ › ´ to ' (inside a
//     word too: O’Brien); runs of blanks (NBSP, tabs) to one space, or to a
//     line break when three or more separate a headline from its text;
//     blanks at line ends dropped; CR LF to LF; invisible characters removed;
//  2. identify the language (the header's lang wins; see identify);
//  3. tokenise (words with their abbreviation periods, numbers with their
//     separators, punctuation, symbols) and split sentences;
//  4. repair machine-translation artifacts, each reported in Doc.Warnings
//     with its raw offset: an immediately repeated word or phrase ("Corea
//     Corea") and a stray capital mid-sentence ("Putin Realizó"); the
//     repairs become edits, and the tokens are patched to the repaired text.
//
// Word lists (abbreviations, function words, verb endings, legitimate
// repeats) live in data/text/{es,en,shared}; see data/text/README.md.
package prepare

import (
	"fmt"
	"sort"

	"github.com/atalaya-events/atalaya/data"
	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
)

// Options configure the preparer.
type Options struct {
	// DefaultLang is used when the header gives no language and
	// identification is not confident. Empty means "es".
	DefaultLang string
	// UserDicts are user files or folders whose text lists
	// (abbreviations.tsv, function_words.tsv, verb_suffixes.tsv,
	// repeats.txt; in an es/ or en/ folder for one language) add to ours.
	UserDicts []string
}

// Preparer prepares articles. It is safe for concurrent use.
type Preparer struct {
	opts Options
	lex  lexicons
}

// New returns a preparer.
func New(opts Options) (*Preparer, error) {
	if opts.DefaultLang == "" {
		opts.DefaultLang = "es"
	}
	if normLang(opts.DefaultLang) == "" {
		return nil, fmt.Errorf("default language %q is not supported (want es or en)", opts.DefaultLang)
	}
	opts.DefaultLang = normLang(opts.DefaultLang)
	lx, err := loadDefault()
	if err != nil {
		return nil, err
	}
	if len(opts.UserDicts) > 0 {
		if lx, err = loadLexicons(data.FS, "text", opts.UserDicts); err != nil {
			return nil, err
		}
	}
	return &Preparer{opts: opts, lex: lx}, nil
}

// Prepare builds the Doc of an article: Doc.Raw is the body as read, never
// modified; Doc.Text the prepared text; Doc.Map maps prepared offsets back to
// Raw. Each repair is reported in Doc.Warnings with its raw offset.
func (p *Preparer) Prepare(a *article.Article) (*doc.Doc, error) {
	if a == nil {
		return nil, fmt.Errorf("prepare: no article")
	}
	d, text, edits := p.begin(a)
	lx := p.lex[d.Lang]

	// repairs are looked for in each sentence as the splitter makes it,
	// and applied to the tokens there and then
	f := repairFinder{raw: a.Body, m: newEditMap(a.Body, edits), lx: lx}
	toks, sents := tokenizeSplit(text, lx, &f)
	if reps := f.reps; len(reps) > 0 {
		sort.Slice(reps, func(i, j int) bool { return reps[i].at < reps[j].at })
		add := make([]edit, len(reps))
		for i, r := range reps {
			add[i] = r.e
			d.Warn(r.what)
		}
		edits = merge(edits, add)
		text = applyText(a.Body, edits)
	}
	d.Text, d.Map, d.Tokens, d.Sentences = text, offsetMap(a.Body, edits), toks, sents
	return d, nil
}

// begin starts the Doc of an article: the body normalised (its edits, and
// the text they give), the warning for repaired double encoding, and the
// language: the header's when we support it, else identified, else the
// default. The offset map is built once, at the end of preparing: until
// then the edits themselves map offsets back (see editMap).
func (p *Preparer) begin(a *article.Article) (d *doc.Doc, text string, edits []edit) {
	d = &doc.Doc{ID: a.ID, Date: a.Date, URL: a.URL, Title: a.Title, Raw: a.Body}
	d.Warnings = append(d.Warnings, a.Warnings...)

	z := normalize(a.Body)
	edits = z.edits
	text = applyText(a.Body, edits)
	if z.mojibake > 0 {
		d.Warn(fmt.Sprintf("repaired %d characters encoded twice (UTF-8 read as Windows-1252), first at %d", z.mojibake, z.firstMoj))
	}

	d.Lang = normLang(a.Lang)
	if d.Lang == "" {
		d.Lang = identify(text, p.lex)
		if a.Lang != "" {
			got := d.Lang
			if got == "" {
				got = p.opts.DefaultLang
			}
			d.Warn(fmt.Sprintf("header lang %q is not supported; using %q", a.Lang, got))
		}
	}
	if d.Lang == "" {
		d.Lang = p.opts.DefaultLang
	}
	return d, text, edits
}
