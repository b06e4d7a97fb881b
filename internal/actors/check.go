package actors

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/atalaya-events/atalaya/internal/ontology"
)

// Problem is one finding of Check, placed at a file and line.
type Problem struct {
	Source string // file:line
	Error  bool   // false for a warning
	Msg    string
}

func (p Problem) String() string {
	level := "warning"
	if p.Error {
		level = "error"
	}
	return fmt.Sprintf("%s: %s: %s", p.Source, level, p.Msg)
}

// Check validates loaded dictionaries against the ontology's role codes and
// the known country codes: unknown country, organisation or role codes,
// aliases given to two different actors, the same alias twice for one, and
// overlapping date ranges of one office in one country. Problems come back
// sorted by file and line.
func Check(d *Dict, o *ontology.Ontology) []Problem {
	var ps []Problem
	add := func(src string, isErr bool, format string, args ...any) {
		ps = append(ps, Problem{Source: src, Error: isErr, Msg: fmt.Sprintf(format, args...)})
	}
	countries := map[string]bool{}
	for _, e := range d.Entities {
		if e.ISO {
			countries[e.Country] = true
		}
	}
	for _, f := range d.Forms {
		if f.Kind == KindName && userAssigned(f.Entity.Country) {
			countries[f.Entity.Country] = true // such as XKX for Kosovo
		}
	}
	international := map[string]bool{}
	for code, r := range o.Roles {
		if r.Class == "international" {
			international[code] = true
		}
	}
	checkCode := func(src, country string, roles []string) {
		switch {
		case country == "", country == UnknownCountry:
		case len(country) == 3:
			if !countries[country] {
				add(src, true, "unknown country code %q (not in ISO 3166-1, nor a user-assigned code with a name entry)", country)
			}
		case len(country) > 3 && international[country[:3]]:
		default:
			add(src, true, "unknown country or organisation code %q (want ISO 3166-1 alpha-3 or IGO/NGO/IMG/MNC/NGM + code)", country)
		}
		for _, r := range roles {
			if _, ok := o.Roles[r]; !ok {
				add(src, true, "unknown role code %q", r)
			}
		}
	}
	ents := make([]*Entity, 0, len(d.Entities))
	for _, e := range d.Entities {
		ents = append(ents, e)
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].Source < ents[j].Source })
	for _, e := range ents {
		if e.Kind == KindPerson {
			for _, p := range e.Periods {
				checkCode(p.Source, p.Country, p.Roles)
			}
			continue
		}
		checkCode(e.Source, e.Country, e.Roles)
	}
	for _, f := range d.Forms {
		if len(f.roles) > 0 {
			checkCode(f.Source, "", f.roles)
		}
	}
	ps = append(ps, d.Skipped...)
	ps = append(ps, checkAliases(d)...)
	ps = append(ps, checkOffices(d)...)
	sort.SliceStable(ps, func(i, j int) bool { return lessSource(ps[i].Source, ps[j].Source) })
	return ps
}

// userAssigned reports whether a three-letter code lies in the ranges ISO
// 3166-1 leaves to users (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ), where codes
// such as XKX (Kosovo) live; a dictionary may declare those with a name.
func userAssigned(c string) bool {
	if len(c) != 3 {
		return false
	}
	switch {
	case c[:2] == "AA", c[0] == 'X', c[:2] == "ZZ":
		return true
	case c[0] == 'Q' && c[1] >= 'M':
		return true
	}
	return false
}

// lessSource orders file:line strings by file, then line number.
func lessSource(a, b string) bool {
	fa, la := splitSource(a)
	fb, lb := splitSource(b)
	if fa != fb {
		return fa < fb
	}
	return la < lb
}

func splitSource(s string) (string, int) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0
	}
	n := 0
	for _, c := range s[i+1:] {
		if c < '0' || c > '9' {
			return s, 0
		}
		n = n*10 + int(c-'0')
	}
	return s[:i], n
}

// formKey is the matching key of a form: its units, space-joined.
func formKey(text string) string {
	var ks []string
	for _, w := range formWords(text) {
		ks = append(ks, unitKeys(fold(w))...)
	}
	return strings.Join(ks, " ")
}

// codeOf is the code a form gives, for comparing aliases.
func codeOf(f *Form) string {
	e := f.Entity
	switch {
	case e.Kind == KindPerson:
		return "person:" + e.ID
	case len(f.roles) > 0:
		return code(e.Country, f.roles)
	case f.Kind == KindCapital:
		return code(e.Country, []string{"GOV"})
	}
	return code(e.Country, e.Roles)
}

// checkAliases reports a form that two actors share (an error, unless one
// side is a user entry or an ignore entry, which shadow on purpose) and a
// form listed twice for one actor (a warning).
func checkAliases(d *Dict) []Problem {
	type seen struct {
		f    *Form
		code string
	}
	var ps []Problem
	by := map[string][]seen{}
	for i := range d.Forms {
		f := &d.Forms[i]
		if functionKind(f.Kind) {
			continue
		}
		k := f.Lang + "\x00" + formKey(f.Text)
		c := codeOf(f)
		for _, s := range by[k] {
			switch {
			case s.f.Entity == f.Entity || s.code == c:
				// the same alias twice; forms that differ only in accents,
				// dots or case are kept on purpose for the reader (and a
				// shared form repeats the ISO name to come first)
				if s.f.Text == f.Text && s.f.Kind == f.Kind && !s.f.Shared && !f.Shared {
					ps = append(ps, Problem{f.Source, false, fmt.Sprintf("alias %q repeats %s", f.Text, s.f.Source)})
				}
			case s.f.Entity.User != f.Entity.User, s.f.Kind == KindIgnore, f.Kind == KindIgnore:
			case (s.f.Shared || f.Shared) && s.f.Kind == f.Kind && (s.f.Entity.Kind == "country" && f.Entity.Kind == "country" || f.Kind == KindOrg):
				// a form countries or organisations share on purpose, read
				// by the story
			case caseDiffers(s.f, f):
			case officesApart(s.f.Entity, f.Entity):
				// people who held one office in turn ("Bush"): the
				// resolver takes the one in office on the article's date
			default:
				ps = append(ps, Problem{f.Source, true, fmt.Sprintf("alias %q (%s) conflicts with %s (%s)", f.Text, c, s.f.Source, s.code)})
			}
		}
		by[k] = append(by[k], seen{f, c})
	}
	return ps
}

// officesApart reports whether a and b are people who both held dated
// offices and never at the same time, so a form they share is told apart
// by the article's date.
func officesApart(a, b *Entity) bool {
	if a.Kind != KindPerson || b.Kind != KindPerson {
		return false
	}
	da, db := 0, 0
	for _, p := range a.Periods {
		if p.From.IsZero() && p.To.IsZero() {
			continue
		}
		da++
		for _, q := range b.Periods {
			if q.From.IsZero() && q.To.IsZero() {
				continue
			}
			db++
			if (p.To.IsZero() || q.From.IsZero() || q.From.Before(p.To)) && (q.To.IsZero() || p.From.IsZero() || p.From.Before(q.To)) {
				return false
			}
		}
	}
	return da > 0 && db > 0
}

// caseDiffers reports whether two forms cannot match the same text because
// one is a proper name (capitalised) and the other a lower-case word, or one
// is written in capitals and the other not ("US" and "us").
func caseDiffers(a, b *Form) bool {
	if allCaps(a.Text) != allCaps(b.Text) {
		return true
	}
	return capWord(a.Text) != capWord(b.Text) && (properKind(a.Kind) || properKind(b.Kind))
}

// checkOffices reports people whose dated periods of one office in one
// country overlap.
func checkOffices(d *Dict) []Problem {
	type held struct {
		e *Entity
		p Period
	}
	by := map[string][]held{}
	for _, e := range d.Entities {
		if e.Kind != KindPerson {
			continue
		}
		for _, p := range e.Periods {
			if p.Office == "" || p.From.IsZero() {
				continue
			}
			k := p.Country + "\x00" + p.Office
			by[k] = append(by[k], held{e, p})
		}
	}
	var ps []Problem
	for _, hs := range by {
		sort.Slice(hs, func(i, j int) bool {
			if !hs[i].p.From.Equal(hs[j].p.From) {
				return hs[i].p.From.Before(hs[j].p.From)
			}
			return hs[i].p.Source < hs[j].p.Source
		})
		for i := 1; i < len(hs); i++ {
			for j := 0; j < i; j++ {
				a, b := hs[j], hs[i]
				if a.p.To.IsZero() || b.p.From.Before(a.p.To) {
					ps = append(ps, Problem{b.p.Source, true, fmt.Sprintf("%s %s of %s from %s overlaps %s (%s, %s–%s)",
						b.e.Name, b.p.Office, b.p.Country, day(b.p.From), a.p.Source, a.e.Name, day(a.p.From), day(a.p.To))})
					break
				}
			}
		}
	}
	return ps
}

func day(t time.Time) string {
	if t.IsZero() {
		return "open"
	}
	return t.Format("2006-01-02")
}
