// Package quantity recognises counted amounts (troops, dead, money) in Spanish and English number forms.
package quantity

import "github.com/atalaya-events/atalaya/internal/doc"

// Options configure the stage.
type Options struct {
	// UserDicts are extra dictionary files or folders given by the user;
	// their entries override the embedded ones.
	UserDicts []string
}

// Tagger is the pipeline stage. It is safe for concurrent use once built.
type Tagger struct {
	opts Options
}

// New builds the stage, loading its dictionaries.
func New(opts Options) (*Tagger, error) { return &Tagger{opts: opts}, nil }

// Name names the stage in error messages.
func (s *Tagger) Name() string { return "quantity" }

// Process annotates d.
func (s *Tagger) Process(d *doc.Doc) error { return nil }
