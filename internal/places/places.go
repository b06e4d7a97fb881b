// Package places recognises place mentions and resolves them against the gazetteer.
package places

import "github.com/atalaya-events/atalaya/internal/doc"

// Options configure the stage.
type Options struct {
	// UserDicts are extra dictionary files or folders given by the user;
	// their entries override the embedded ones.
	UserDicts []string
	// GazetteerDir, when set, names a folder with a full GeoNames dump
	// (allCountries.txt, admin1CodesASCII.txt, alternateNamesV2.txt) used
	// instead of the embedded gazetteer.
	GazetteerDir string
}

// Geocoder is the pipeline stage. It is safe for concurrent use once built.
type Geocoder struct {
	opts Options
}

// New builds the stage, loading its dictionaries.
func New(opts Options) (*Geocoder, error) { return &Geocoder{opts: opts}, nil }

// Name names the stage in error messages.
func (s *Geocoder) Name() string { return "places" }

// Process annotates d.
func (s *Geocoder) Process(d *doc.Doc) error { return nil }

// ForClause returns the place where an event whose trigger is at anchor (a
// byte offset of the prepared text) inside clause happened: the place mention
// inside the clause nearest to the anchor. ok is false when the clause holds
// none.
func ForClause(d *doc.Doc, clause doc.Span, anchor int) (p doc.Place, ok bool) {
	best := -1
	for _, m := range d.Places {
		if !clause.Contains(m.Span) {
			continue
		}
		dist := m.Start - anchor
		if dist < 0 {
			dist = -dist
		}
		if best < 0 || dist < best {
			best, p, ok = dist, m, true
		}
	}
	return p, ok
}
