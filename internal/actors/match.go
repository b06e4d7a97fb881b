package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// fold lower-cases s and removes diacritics (ñ becomes n), the matching key
// of tokens and dictionary words alike.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			r = '\''
		case '‐', '‑', '–':
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// unitKeys splits the fold of one word into matching units: dots are
// removed ("ee.uu." -> "eeuu") and hyphens separate units
// ("guinea-bissau" -> "guinea", "bissau").
func unitKeys(f string) []string {
	if strings.IndexByte(f, '.') >= 0 {
		f = strings.ReplaceAll(f, ".", "")
	}
	if strings.IndexByte(f, '-') < 0 {
		if f == "" {
			return nil
		}
		return []string{f}
	}
	var out []string
	for _, p := range strings.Split(f, "-") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// firstUnitKey returns the first of unitKeys(f) without allocating (but
// for keys with dots); false when there is none.
func firstUnitKey(f string) (string, bool) {
	if strings.IndexByte(f, '.') >= 0 {
		f = strings.ReplaceAll(f, ".", "")
	}
	for f != "" {
		i := strings.IndexByte(f, '-')
		if i < 0 {
			return f, true
		}
		if i > 0 {
			return f[:i], true
		}
		f = f[1:]
	}
	return "", false
}

// lastUnitKey returns the last of unitKeys(f) without allocating (but for
// keys with dots); false when there is none.
func lastUnitKey(f string) (string, bool) {
	if strings.IndexByte(f, '.') >= 0 {
		f = strings.ReplaceAll(f, ".", "")
	}
	for f != "" {
		i := strings.LastIndexByte(f, '-')
		if i < 0 {
			return f, true
		}
		if i < len(f)-1 {
			return f[i+1:], true
		}
		f = f[:i]
	}
	return "", false
}

// asciiLowerOf reports whether k is fold(t) for an ASCII t: t lower-cased.
func asciiLowerOf(k, t string) bool {
	if len(k) != len(t) {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[i] {
			return false
		}
	}
	return true
}

// formWords splits a dictionary form into words the way the tokenizer
// splits text: on spaces and on punctuation that is not inside a word.
func formWords(s string) []string {
	var out []string
	start := -1
	runes := []rune(s)
	flush := func(i int) {
		if start >= 0 {
			out = append(out, string(runes[start:i]))
			start = -1
		}
	}
	for i, r := range runes {
		inner := (r == '.' || r == '\'' || r == '’' || r == '-') && start >= 0 && i+1 < len(runes) && (unicode.IsLetter(runes[i+1]) || unicode.IsDigit(runes[i+1]))
		trailingDot := r == '.' && start >= 0 // "EE.UU." keeps its final dot
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if start < 0 {
				start = i
			}
		case inner, trailingDot:
		default:
			flush(i)
			if !unicode.IsSpace(r) {
				out = append(out, string(r))
			}
		}
	}
	flush(len(runes))
	return out
}

// caseRule is what a pattern asks of the case of the text.
type caseRule uint8

const (
	anyCase  caseRule = iota
	capFirst          // first word capitalised (proper names)
)

// allCaps reports whether a word has at least two letters, all upper case
// ("US", "EE.UU.", "KCNA").
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// pattern is one compiled form.
type pattern struct {
	form  *Form
	caps  []bool // per unit: the text must be written in capitals
	upper []bool // per unit: the dictionary word starts with a capital (proper names keep it)
	rule  caseRule
	units int
}

// trie is a token-level trie over matching units. The transitions from
// the root (looked up for every word of a text) are a map of their own;
// kids[n] holds the transitions from node n; ends[n] lists the patterns
// ending at node n.
type trie struct {
	root  map[string]int32
	kids  []map[string]int32 // by node; nil for leaves
	ends  [][]int32          // by node
	pats  []pattern
	nodes int32
}

func newTrie() *trie {
	return &trie{root: map[string]int32{}, kids: []map[string]int32{nil}, ends: [][]int32{nil}, nodes: 1}
}

// step follows the transition from node n on key k.
func (t *trie) step(n int32, k string) (int32, bool) {
	if n == 0 {
		nx, ok := t.root[k]
		return nx, ok
	}
	m := t.kids[n]
	if m == nil {
		return 0, false
	}
	nx, ok := m[k]
	return nx, ok
}

func (t *trie) add(keys []string, p pattern) {
	n := int32(0)
	for _, k := range keys {
		nx, ok := t.step(n, k)
		if !ok {
			nx = t.nodes
			t.nodes++
			t.ends = append(t.ends, nil)
			t.kids = append(t.kids, nil)
			if n == 0 {
				t.root[k] = nx
			} else {
				if t.kids[n] == nil {
					t.kids[n] = map[string]int32{}
				}
				t.kids[n][k] = nx
			}
		}
		n = nx
	}
	t.pats = append(t.pats, p)
	t.ends[n] = append(t.ends[n], int32(len(t.pats)-1))
}

// unit is one matching unit of the text.
type unit struct {
	key   string
	tok   int   // token index
	first bool  // first unit of its token
	last  bool  // last unit of its token
	caps  bool  // the token is written in capitals
	cap   bool  // the token starts with a capital
	gen   bool  // English genitive 's removed from the key
	start bool  // the token starts a sentence
	root  int32 // the trie node after the key from the root, 0 when none (set by Process)
}

// textUnits turns tokens into matching units. Hyphen tokens are skipped so
// that "Guinea - Bissau" and "Guinea-Bissau" match alike.
func textUnits(us []unit, toks []doc.Token, folds []string, starts []bool, lang string) []unit {
	for i := range toks {
		t := toks[i].Text
		f := folds[i]
		if f == "-" {
			continue
		}
		gen := false
		if lang != "es" && len(f) > 2 && strings.HasSuffix(f, "'s") {
			f = f[:len(f)-2]
			gen = true
		}
		capd, ac := toks[i].Cap, false
		if capd {
			ac = allCaps(t)
		}
		if !hasDotOrHyphen(f) {
			us = append(us, unit{key: f, tok: i, first: true, last: true, caps: ac, cap: capd, gen: gen, start: starts[i]})
			continue
		}
		ks := unitKeys(f)
		if len(ks) == 0 {
			ks = []string{f}
		}
		for j, k := range ks {
			us = append(us, unit{key: k, tok: i, first: j == 0, last: j == len(ks)-1, caps: ac, cap: capd, gen: gen && j == len(ks)-1, start: starts[i]})
		}
	}
	return us
}

func hasDotOrHyphen(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' || s[i] == '-' {
			return true
		}
	}
	return false
}

// hit is a dictionary match over tokens [Start, End).
type hit struct {
	start, end int // token indices
	pat        *pattern
	gen        bool
}

// scan finds, left to right, the longest acceptable match at each unit
// start; pick chooses among the patterns ending at one node.
func (t *trie) scan(hits []hit, us []unit, pick func(cands []int32, us []unit, i, j int) int32) []hit {
	for i := 0; i < len(us); {
		if !us[i].first {
			i++
			continue
		}
		n := int32(0)
		bestEnd, best := -1, int32(-1)
		for j := i; j < len(us); j++ {
			var nx int32
			if j == i {
				nx = us[i].root
			} else {
				nx, _ = t.step(n, us[j].key)
			}
			if nx == 0 {
				break
			}
			n = nx
			if len(t.ends[n]) > 0 && us[j].last {
				if p := pick(t.ends[n], us, i, j); p >= 0 {
					bestEnd, best = j, p
				}
			}
			if us[j].gen {
				break // a genitive ends the name
			}
		}
		if best < 0 {
			i++
			continue
		}
		hits = append(hits, hit{start: us[i].tok, end: us[bestEnd].tok + 1, pat: &t.pats[best], gen: us[bestEnd].gen})
		i = bestEnd + 1
	}
	return hits
}

// caseOK checks a pattern's case demands against units i..j.
func (p *pattern) caseOK(us []unit, i, j int) bool {
	// A proper name starts with a capital. Its other capitalised words must
	// be capitalised too when it opens a sentence ("La paz" is no city);
	// inside a sentence the first capital is enough, as repairs of stray
	// capitals may have lowered the others.
	strict := p.rule == capFirst && us[i].start
	for k := 0; k < len(p.caps) && i+k <= j; k++ {
		if p.caps[k] && !us[i+k].caps {
			return false
		}
		if p.rule == capFirst && k < len(p.upper) && p.upper[k] && !us[i+k].cap && (k == 0 || strict) {
			return false
		}
	}
	return true
}
