package pipeline

import (
	"github.com/atalaya-events/atalaya/internal/actors"
	"github.com/atalaya-events/atalaya/internal/coder"
	"github.com/atalaya-events/atalaya/internal/places"
	"github.com/atalaya-events/atalaya/internal/prepare"
	"github.com/atalaya-events/atalaya/internal/quantity"
	"github.com/atalaya-events/atalaya/internal/timex"
)

// Config selects dictionaries and data for a pipeline.
type Config struct {
	UserDicts    []string // user dictionary files or folders (override ours)
	GazetteerDir string   // a full GeoNames dump to use instead of the embedded gazetteer
	DefaultLang  string   // language when neither header nor identification decides
}

// New builds the standard pipeline: prepare, actors, places, times,
// quantities, events. Dictionaries are compiled once here.
func New(cfg Config) (*Pipeline, error) {
	prep, err := prepare.New(prepare.Options{DefaultLang: cfg.DefaultLang, UserDicts: cfg.UserDicts})
	if err != nil {
		return nil, err
	}
	pl, err := places.New(places.Options{UserDicts: cfg.UserDicts, GazetteerDir: cfg.GazetteerDir})
	if err != nil {
		return nil, err
	}
	cd, err := coder.New(coder.Options{UserDicts: cfg.UserDicts, Places: pl})
	if err != nil {
		return nil, err
	}
	act, err := actors.New(actors.Options{UserDicts: cfg.UserDicts, Places: pl, Verbs: cd})
	if err != nil {
		return nil, err
	}
	pl.UsePeople(act) // "Chávez dijo": the person, not the Mexican town
	tm, err := timex.New(timex.Options{UserDicts: cfg.UserDicts})
	if err != nil {
		return nil, err
	}
	qt, err := quantity.New(quantity.Options{UserDicts: cfg.UserDicts})
	if err != nil {
		return nil, err
	}
	return &Pipeline{Prep: prep, Stages: []Stage{act, pl, tm, qt, cd}}, nil
}
