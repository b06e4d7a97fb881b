// Package coder codes CAMEO events from prepared, annotated sentences.
package coder

import "github.com/atalaya-events/atalaya/internal/doc"

// Options configure the stage.
type Options struct {
	// UserDicts are extra dictionary files or folders given by the user;
	// their entries override the embedded ones.
	UserDicts []string
}

// Coder is the pipeline stage. It is safe for concurrent use once built.
type Coder struct {
	opts Options
}

// New builds the stage, loading its dictionaries.
func New(opts Options) (*Coder, error) { return &Coder{opts: opts}, nil }

// Name names the stage in error messages.
func (s *Coder) Name() string { return "coder" }

// Process annotates d.
func (s *Coder) Process(d *doc.Doc) error { return nil }
