// Package pipeline wires atalaya's stages, in the order of design.md:
// prepare (text repair, language, sentences, tokens), recognize and resolve
// (actors, places, times, quantities), code (events). Each stage annotates
// the doc.Doc in place; no stage reaches back.
package pipeline

import (
	"fmt"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
)

// Stage is one step after preparation: it reads what earlier stages put on
// the Doc and adds its own annotations.
type Stage interface {
	Name() string
	Process(d *doc.Doc) error
}

// Preparer turns an article into a prepared Doc (text, sentences, tokens).
type Preparer interface {
	Prepare(a *article.Article) (*doc.Doc, error)
}

// Pipeline runs a preparer and then each stage in order.
type Pipeline struct {
	Prep   Preparer
	Stages []Stage
}

// Run processes one article.
func (p *Pipeline) Run(a *article.Article) (*doc.Doc, error) {
	d, err := p.Prep.Prepare(a)
	if err != nil {
		return nil, err
	}
	for _, s := range p.Stages {
		if err := s.Process(d); err != nil {
			return nil, fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return d, nil
}
