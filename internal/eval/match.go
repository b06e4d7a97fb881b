package eval

import (
	"encoding/json"
	"strings"
)

// orgPrefixes begin the codes whose actor key is the whole code: an
// organisation is not keyed by a country.
var orgPrefixes = []string{"IGO", "NGO", "IMG", "MNC", "NGM"}

// ActorKey is the actor key of gold-format.md: the first three letters of a
// code (the country), or the whole code for an organisation (IGO..., NGO...,
// IMG..., MNC..., NGM...). It is "" for no code.
func ActorKey(code string) string {
	if len(code) < 3 {
		return code
	}
	for _, p := range orgPrefixes {
		if strings.HasPrefix(code, p) {
			return code
		}
	}
	return code[:3]
}

// keyOf is ActorKey of an optional code, nil for none or "".
func keyOf(code *string) *string {
	if code == nil || *code == "" {
		return nil
	}
	k := ActorKey(*code)
	return &k
}

// Wildcard reports whether a gold code leaves the country unknown ("---"
// or "~" prefix), so that it matches any predicted key at the dyad-root
// level.
func Wildcard(gold *string) bool {
	return gold != nil && (strings.HasPrefix(*gold, "---") || strings.HasPrefix(*gold, "~"))
}

// ActorMatch reports whether a predicted actor code matches a gold one: at
// the full level the codes must be equal; at the dyad-root level their
// actor keys must be equal, a wildcard gold code matches anything, and a
// nil (null) gold code matches only a missing predicted one.
func ActorMatch(pred, gold *string, full bool) bool {
	if full {
		return eqPtr(pred, gold)
	}
	if Wildcard(gold) {
		return true
	}
	return eqPtr(keyOf(pred), keyOf(gold))
}

func eqPtr(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// DyadMatch reports whether a predicted source and target match a gold
// dyad, in either order when the gold event is symmetric.
func DyadMatch(ps, pt, gs, gt *string, symmetric, full bool) bool {
	if ActorMatch(ps, gs, full) && ActorMatch(pt, gt, full) {
		return true
	}
	return symmetric && ActorMatch(ps, gt, full) && ActorMatch(pt, gs, full)
}

// CodeMatch reports whether a predicted CAMEO code matches a gold code or
// one of its alternatives: the same code at the full level, the same
// two-digit root at the dyad-root level.
func CodeMatch(pred, cameo string, alt []string, full bool) bool {
	if full {
		if pred == cameo {
			return true
		}
		for _, a := range alt {
			if pred == a {
				return true
			}
		}
		return false
	}
	r := root(pred)
	if r == root(cameo) {
		return true
	}
	for _, a := range alt {
		if r == root(a) {
			return true
		}
	}
	return false
}

func root(code string) string {
	if len(code) > 2 {
		return code[:2]
	}
	return code
}

// Match reports whether a predicted event matches a gold event at the
// dyad-root level (full false) or the full level (full true).
func Match(p *PredEvent, g *GoldEvent, full bool) bool {
	return DyadMatch(p.Source, p.Target, g.Source, g.Target, g.Symmetric, full) &&
		CodeMatch(p.Cameo, g.Cameo, g.Alt, full)
}

// DateMatch reports whether a predicted date (a JSON value) equals the gold
// date or one of its alternatives; null equals null.
func DateMatch(pred any, g *GoldEvent) bool {
	if pyEqual(pred, strOrNil(g.Date)) {
		return true
	}
	for _, d := range g.DateAlt {
		if pyEqual(pred, strOrNil(d)) {
			return true
		}
	}
	return false
}

// PlaceMatch reports whether a predicted location has the gold location's
// country and, where the gold gives one, its adm1. It is meaningful only
// for a gold event with a location.
func PlaceMatch(pred, gold map[string]any) bool {
	ok := pyEqual(pred["country"], gold["country"])
	if truthy(gold["adm1"]) {
		ok = ok && pyEqual(pred["adm1"], gold["adm1"])
	}
	return ok
}

// TimeMatch reports whether a predicted time expression gives a gold one's
// value with overlapping text: one text contains the other (an empty
// predicted text is contained in any).
func TimeMatch(p PredTime, g GoldTime) bool {
	return pyEqual(p.Value, g.Value) && (strings.Contains(p.Text, g.Text) || strings.Contains(g.Text, p.Text))
}

func strOrNil(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

// pyEqual compares two decoded JSON values as Python's == does: numbers by
// value (booleans count as 0 and 1), strings, null, lists and objects
// element by element.
func pyEqual(a, b any) bool {
	if fa, ok := number(a); ok {
		fb, ok := number(b)
		return ok && fa == fb
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !pyEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			w, ok := y[k]
			if !ok || !pyEqual(v, w) {
				return false
			}
		}
		return true
	}
	return false
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// truthy is Python's truth value of a decoded JSON value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	f, ok := number(v)
	return !ok || f != 0
}
