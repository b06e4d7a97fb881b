// Package actors recognises and resolves actor mentions (people, countries, organisations, generic agents) and codes them in CAMEO.
package actors

import "github.com/atalaya-events/atalaya/internal/doc"

// Options configure the stage.
type Options struct {
	// UserDicts are extra dictionary files or folders given by the user;
	// their entries override the embedded ones.
	UserDicts []string
}

// Recognizer is the pipeline stage. It is safe for concurrent use once built.
type Recognizer struct {
	opts Options
}

// New builds the stage, loading its dictionaries.
func New(opts Options) (*Recognizer, error) { return &Recognizer{opts: opts}, nil }

// Name names the stage in error messages.
func (s *Recognizer) Name() string { return "actors" }

// Process annotates d.
func (s *Recognizer) Process(d *doc.Doc) error { return nil }
