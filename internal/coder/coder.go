// Package coder codes CAMEO events from prepared, annotated sentences.
//
// Event patterns (verbs and nouns naming lemmas) come from
// data/events/{es,en}/{verbs,nouns}.tsv and the user's own files; they are
// compiled once into a trie over lemmas and matched in one pass over each
// sentence's tokens. Each match is a trigger; its source and target come
// from clause structure (the subject before the verb or carried from the
// previous clause, objects and the prepositional complements the pattern
// names, the agent of a passive, the "de"/"of" complements and adjectives
// of a nominal event), its modality from tense, modal and negation cues,
// its attribution from reporting clauses, and its date, place and
// quantities from the mentions of its clause.
package coder

import (
	"strings"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// Options configure the stage.
type Options struct {
	// UserDicts are extra dictionary files or folders given by the user;
	// their entries override the embedded ones.
	UserDicts []string
	// Places, when set, names the place a whole name stands for
	// (places.Geocoder.PlaceNamed): the place an attack's target
	// preposition introduces though the places stage left it.
	Places interface {
		PlaceNamed(name string) (doc.Place, bool)
	}
}

// Coder is the pipeline stage. It is safe for concurrent use once built.
type Coder struct {
	opts  Options
	lex   map[string]*lexicon
	roots map[string]int
	// refusal: the code of the refusal of an act, by the act code's
	// prefix (events/shared/refusal.tsv)
	refusal map[string]string
	// intent: the code of the expressed intent to do an act, by the act
	// code's prefix (events/shared/intent.tsv)
	intent map[string]string
	// threat: the code of the threat to do an act, by the act code's
	// prefix (events/shared/threat.tsv)
	threat map[string]string
	// appeal, demand: the code of the appeal or demand asking for an act,
	// by the act code's prefix (events/shared/appeal.tsv, demand.tsv)
	appeal, demand map[string]string
	// rejected: the code of the rejection of an offer or appeal named
	// again by a noun, by the offered act code's prefix
	// (events/shared/rejected.tsv)
	rejected map[string]string
}

// New builds the stage, loading its dictionaries.
func New(opts Options) (*Coder, error) {
	lex, roots, err := loadLexicons(opts.UserDicts)
	if err != nil {
		return nil, err
	}
	refusal, err := loadRefusal()
	if err != nil {
		return nil, err
	}
	intent, err := loadIntent()
	if err != nil {
		return nil, err
	}
	threat, err := loadThreat()
	if err != nil {
		return nil, err
	}
	appeal, err := loadCodeMap("events/shared/appeal.tsv", "02", "02x appeal code")
	if err != nil {
		return nil, err
	}
	demand, err := loadCodeMap("events/shared/demand.tsv", "10", "10x demand code")
	if err != nil {
		return nil, err
	}
	rejected, err := loadCodeMap("events/shared/rejected.tsv", "12", "12x rejection code")
	if err != nil {
		return nil, err
	}
	return &Coder{opts: opts, lex: lex, roots: roots, refusal: refusal, intent: intent, threat: threat, appeal: appeal, demand: demand, rejected: rejected}, nil
}

// Name names the stage in error messages.
func (s *Coder) Name() string { return "coder" }

// Process annotates d with its events.
func (s *Coder) Process(d *doc.Doc) error {
	lx := s.lex[d.Lang]
	if lx == nil {
		lx = s.lex["es"]
	}
	if len(d.Tokens) == 0 {
		return nil
	}
	r := newRun(s, lx, d)
	r.code()
	d.Events = r.finish()
	r.release()
	return nil
}

// minActors is the number of distinct actors an event of pattern p needs.
func (s *Coder) minActors(p *pattern) int {
	if p.Min >= 0 {
		return p.Min
	}
	if n, ok := s.roots[p.Code[:2]]; ok {
		return n
	}
	return 2
}

// refusalCode returns the code of the refusal of an act of code c (the
// longest prefix of c the table lists), or "".
func (s *Coder) refusalCode(c string) string { return prefixCode(s.refusal, c) }

// rejectedCode returns the code of the rejection of an offer or appeal of
// code c named again by a noun (the longest prefix of c the table lists),
// or "".
func (s *Coder) rejectedCode(c string) string { return prefixCode(s.rejected, c) }

// intentCode returns the code of the expressed intent to do an act of
// code c (the longest prefix of c the table lists), or "".
func (s *Coder) intentCode(c string) string { return prefixCode(s.intent, c) }

// threatCode returns the code of the threat to do an act of code c (the
// longest prefix of c the table lists), or "".
func (s *Coder) threatCode(c string) string { return prefixCode(s.threat, c) }

// askedCode returns the code of an appeal or demand of code c (020 or
// 100) asking for an act of code act (the longest prefix of act the
// table of its root lists), or "".
func (s *Coder) askedCode(c, act string) string {
	switch c {
	case "020":
		return prefixCode(s.appeal, act)
	case "100":
		return prefixCode(s.demand, act)
	}
	return ""
}

// rebelKin are the roles CAMEO counts as kinds of rebels.
var rebelKin = []string{"SEP", "INS"}

// prefixCode returns the value of the longest prefix of c that m lists.
func prefixCode(m map[string]string, c string) string {
	for n := len(c); n >= 2; n-- {
		if v, ok := m[c[:n]]; ok {
			return v
		}
	}
	return ""
}

// hasRole reports whether actor a has one of roles ("STATE": a country
// acting as such). CAMEO's separatist rebels and insurgents (SEP, INS) are
// kinds of rebels: a list that names REB admits them.
func hasRole(a *doc.Actor, roles []string) bool {
	for _, r := range roles {
		if r == "STATE" && len(a.Code) == 3 && a.Country == a.Code {
			return true // a country acting as a state
		}
		if r == "REB" && hasRole(a, rebelKin) {
			return true
		}
		for _, ar := range a.Roles {
			if ar == r {
				return true
			}
		}
		if len(a.Code) > 3 && strings.Contains(a.Code[3:], r) {
			return true
		}
	}
	return false
}

// VerbForm reports whether the lower-case word may be a form of a verb
// that starts an event pattern of the language ("arrest", "arrests",
// "killed"): the actors stage asks it so that a capitalised verb of an
// English headline in title case is no part of a name.
func (c *Coder) VerbForm(lang, lower string) bool {
	lx := c.lex[lang]
	if lx == nil {
		return false
	}
	for _, a := range lx.an.Analyze(lower) {
		if lx.verbs[a.Lemma] {
			return true
		}
		// an inflected verb of saying ("Russia Says It Downed Drones",
		// "Kenya Claims"), not its bare form, a noun as often ("State")
		if lang == "en" && a.Lemma != lower && lx.is(kReport, a.Lemma) {
			return true
		}
	}
	// ... or a modal before one ("Workers May Strike", "Talks Could
	// Resume": cue kind hypothetical), no part of a name either
	return lang == "en" && lx.is(kHypothetical, lower)
}
