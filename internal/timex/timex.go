// Package timex recognises time expressions and normalises them to TIMEX3 values anchored on the article date.
package timex

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
func (s *Tagger) Name() string { return "timex" }

// Process annotates d.
func (s *Tagger) Process(d *doc.Doc) error { return nil }

// ForClause returns the time expression that dates an event whose trigger is
// at anchor (a byte offset of the prepared text) inside clause: the time
// mention inside the clause nearest to the anchor. ok is false when the clause
// holds none.
func ForClause(d *doc.Doc, clause doc.Span, anchor int) (t doc.Time, ok bool) {
	best := -1
	for _, m := range d.Times {
		if !clause.Contains(m.Span) || m.Type != "DATE" {
			continue
		}
		dist := abs(m.Start - anchor)
		if best < 0 || dist < best {
			best, t, ok = dist, m, true
		}
	}
	return t, ok
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
