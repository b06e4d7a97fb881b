package actors

import (
	"sort"
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
	if f, ok := foldLatin(s); ok {
		return f
	}
	return foldSlow(s)
}

// latinFold holds the fold of each rune below latinEnd (Latin letters
// with their accents) and punctFold that of each rune of the General
// Punctuation block (dashes, quotes), both computed by foldSlow: folding
// text of such runes rune by rune gives what folding it whole gives, as
// none of them is a combining mark (checked when the tables are made).
var latinFold, punctFold = func() (l [latinEnd]string, p [punctEnd - punctStart]string) {
	for r := rune(0); r < latinEnd; r++ {
		l[r] = tableFold(r)
	}
	for r := rune(punctStart); r < punctEnd; r++ {
		p[r-punctStart] = tableFold(r)
	}
	return l, p
}()

const (
	latinEnd   = 0x250
	punctStart = 0x2000
	punctEnd   = 0x2070
)

// tableFold is foldSlow of one rune, or "\x00" (no fold ends so) for a
// combining mark, which must be folded with its neighbours.
func tableFold(r rune) string {
	if norm.NFD.PropertiesString(string(r)).CCC() != 0 {
		return "\x00"
	}
	return foldSlow(string(r))
}

// runeFold returns the fold of one rune from the tables, false when it
// has none there.
func runeFold(r rune) (string, bool) {
	var f string
	switch {
	case r < latinEnd:
		f = latinFold[r]
	case r >= punctStart && r < punctEnd:
		f = punctFold[r-punctStart]
	default:
		return "", false // (an invalid byte decodes as U+FFFD)
	}
	return f, f != "\x00"
}

// foldLatin folds s rune by rune when all its runes are in the tables.
func foldLatin(s string) (string, bool) {
	for _, r := range s {
		if _, ok := runeFold(r); !ok {
			return "", false
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		f, _ := runeFold(r)
		b.WriteString(f)
	}
	return b.String(), true
}

// foldSlow is fold through Unicode decomposition.
func foldSlow(s string) string {
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

// asciiFold appends fold(w) to dst when w is ASCII; false when it is not.
func asciiFold(dst []byte, w string) ([]byte, bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
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
func formWords(s string) []string { return appendFormWords(nil, s) }

// appendFormWords appends the words of s (substrings of it) to out.
func appendFormWords(out []string, s string) []string {
	if !utf8.ValidString(s) {
		return append(out, formWordsRunes(s)...)
	}
	start := -1
	for b := 0; b < len(s); {
		r, size := utf8.DecodeRuneInString(s[b:])
		inner := false
		if (r == '.' || r == '\'' || r == '’' || r == '-') && start >= 0 && b+size < len(s) {
			nr, _ := utf8.DecodeRuneInString(s[b+size:])
			inner = unicode.IsLetter(nr) || unicode.IsDigit(nr)
		}
		trailingDot := r == '.' && start >= 0 // "EE.UU." keeps its final dot
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if start < 0 {
				start = b
			}
		case inner, trailingDot:
		default:
			if start >= 0 {
				out = append(out, s[start:b])
				start = -1
			}
			if !unicode.IsSpace(r) {
				out = append(out, s[b:b+size])
			}
		}
		b += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// formWordsRunes is formWords over runes, for text that is not valid UTF-8.
func formWordsRunes(s string) []string {
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
	rank  int // kindRank of the form's kind
	// relational: the form names the doers of an act noun it qualifies
	// (kind relational, or a nominal that is also relational)
	relational bool
	// alts: the patterns of the same country form filed for other
	// countries too, this one among them, first filed first (see
	// linkAlternatives); nil for a form no other country shares
	alts []int32
}

// vocab numbers the matching keys of a trie and the function words of its
// language: one lookup of a word of the text gives its id (0 when the
// dictionaries do not know it), its trie node from the root and its
// function-word classes. While the trie is built, ids come from a map;
// freeze files them into an open-addressing table of ids and hash tags.
type vocab struct {
	ids   map[string]int32 // while building
	words []vword          // by id; words[0] is no word
	slots []uint64         // power-of-two table, at most half full: tag<<32 | id, 0 when empty
	mask  uint64
	bloom [bloomWords]uint64 // two bits a word: most words of a text are not in the table, and this says so from the first-level cache
}

const bloomWords = 1 << 10 // 64k bits

func bloomBits(h uint64) (uint64, uint64) {
	return h >> 20 & (bloomWords*64 - 1), h >> 40 & (bloomWords*64 - 1)
}

type vword struct {
	key string
	e   lexEntry
}

func newVocab(hint int) vocab {
	v := vocab{ids: make(map[string]int32, hint), words: make([]vword, 1, hint+1)}
	return v
}

// idOf returns the id of key k, adding it while building.
func (v *vocab) idOf(k []byte) int32 {
	if id, ok := v.ids[string(k)]; ok {
		return id
	}
	return v.add(string(k))
}

func (v *vocab) add(k string) int32 {
	id := int32(len(v.words))
	v.ids[k] = id
	v.words = append(v.words, vword{key: k})
	return id
}

// keyHash hashes a key, eight bytes at a time, and reports whether it
// holds a dot or a hyphen.
func keyHash(k string) (h uint64, dotOrHyphen bool) {
	const m = 0x9e3779b97f4a7c15
	h = uint64(len(k)) * m
	var dh uint64
	i := 0
	for ; i+8 <= len(k); i += 8 {
		c := le64(k[i:])
		dh |= hasByte(c, '.') | hasByte(c, '-')
		h = (h ^ c) * m
		h ^= h >> 29
	}
	if r := len(k) - i; r > 0 {
		var c uint64
		if r >= 4 {
			// two reads that overlap cover the last four to seven bytes
			c = uint64(le32(k[i:])) | uint64(le32(k[len(k)-4:]))<<32
		} else {
			c = uint64(k[i]) | uint64(k[i+r/2])<<8 | uint64(k[len(k)-1])<<16
		}
		dh |= hasByte(c, '.') | hasByte(c, '-')
		h = (h ^ c) * m
	}
	h ^= h >> 32
	h *= m
	h ^= h >> 29
	return h, dh != 0
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 | uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// hasByte is nonzero when a byte of c is b (zero bytes never match a
// nonzero b).
func hasByte(c uint64, b byte) uint64 {
	v := c ^ 0x0101010101010101*uint64(b)
	return (v - 0x0101010101010101) & ^v & 0x8080808080808080
}

// freeze files the words into the lookup table.
func (v *vocab) freeze() {
	n := 8
	for n < 2*len(v.words) {
		n *= 2
	}
	v.slots = make([]uint64, n)
	v.mask = uint64(n - 1)
	for id := 1; id < len(v.words); id++ {
		h, _ := keyHash(v.words[id].key)
		i := h & v.mask
		for v.slots[i] != 0 {
			i = (i + 1) & v.mask
		}
		v.slots[i] = h>>32<<32 | uint64(id)
		a, b := bloomBits(h)
		v.bloom[a>>6] |= 1 << (a & 63)
		v.bloom[b>>6] |= 1 << (b & 63)
	}
	v.ids = nil
}

// lookup returns the id and entry of a word, or zeros.
func (v *vocab) lookup(k string) (int32, lexEntry) {
	h, _ := keyHash(k)
	return v.find(k, h)
}

// find looks up key k of hash h.
func (v *vocab) find(k string, h uint64) (int32, lexEntry) {
	if a, b := bloomBits(h); v.bloom[a>>6]&(1<<(a&63)) == 0 || v.bloom[b>>6]&(1<<(b&63)) == 0 {
		return 0, lexEntry{}
	}
	tag := h >> 32
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		s := v.slots[i]
		if s == 0 {
			return 0, lexEntry{}
		}
		if s>>32 == tag {
			if w := &v.words[uint32(s)]; w.key == k {
				return int32(uint32(s)), w.e
			}
		}
	}
}

// class returns the function-word classes of a word.
func (v *vocab) class(k string) word {
	_, e := v.lookup(k)
	return e.class
}

// trie is a token-level trie over matching units, numbered by the vocab.
// The transitions from the root are in the vocab; those of node n > 0 are
// edges[edgeAt[n]:edgeAt[n+1]], sorted by word id; the patterns ending at
// node n are ends[endAt[n]:endAt[n+1]], in the order they were added.
type trie struct {
	voc    vocab
	edgeAt []int32
	edges  []edge
	endAt  []int32
	ends   []int32
	pats   []pattern
	nodes  int32

	// while building
	kids    map[uint64]int32 // parent<<32 | word id -> child
	endNode []int32          // by pattern: the node it ends at
	flags   []bool           // arena of the patterns' caps and upper
	ids     []int32          // buffers of one form's word ids, caps and upper
	caps    []bool
	upper   []bool
	words   []string // buffer of one form's words
	key     []byte   // buffer of one folded word
}

type edge struct {
	word, child int32
}

// newTrie starts a trie for about n patterns.
func newTrie(n int) *trie {
	return &trie{voc: newVocab(n), kids: make(map[uint64]int32, n+n/4), pats: make([]pattern, 0, n+n/8), endNode: make([]int32, 0, n+n/8), nodes: 1}
}

// step follows the transition from node n > 0 on word id w.
func (t *trie) step(n, w int32) int32 {
	lo, hi := t.edgeAt[n], t.edgeAt[n+1]
	if hi-lo <= 8 {
		for k := lo; k < hi; k++ {
			if t.edges[k].word == w {
				return t.edges[k].child
			}
		}
		return 0
	}
	for lo < hi {
		m := int32(uint32(lo+hi) >> 1)
		switch c := t.edges[m].word; {
		case c == w:
			return t.edges[m].child
		case c < w:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// endsAt returns the patterns ending at node n.
func (t *trie) endsAt(n int32) []int32 { return t.ends[t.endAt[n]:t.endAt[n+1]] }

func (t *trie) add(ids []int32, p pattern) {
	n := int32(0)
	for _, w := range ids {
		k := uint64(n)<<32 | uint64(uint32(w))
		nx, ok := t.kids[k]
		if !ok {
			nx = t.nodes
			t.nodes++
			t.kids[k] = nx
		}
		n = nx
	}
	t.pats = append(t.pats, p)
	t.endNode = append(t.endNode, n)
}

// freeze turns the building maps into the tables matching reads.
func (t *trie) freeze() {
	t.edgeAt = make([]int32, t.nodes+1)
	for k := range t.kids {
		if p := int32(k >> 32); p > 0 {
			t.edgeAt[p+1]++
		}
	}
	for i := int32(1); i <= t.nodes; i++ {
		t.edgeAt[i] += t.edgeAt[i-1]
	}
	t.edges = make([]edge, t.edgeAt[t.nodes])
	fill := make([]int32, t.nodes)
	for k, c := range t.kids {
		p, w := int32(k>>32), int32(uint32(k))
		if p == 0 {
			t.voc.words[w].e.root = c
			continue
		}
		t.edges[t.edgeAt[p]+fill[p]] = edge{w, c}
		fill[p]++
	}
	for n := int32(1); n < t.nodes; n++ {
		es := t.edges[t.edgeAt[n]:t.edgeAt[n+1]]
		if len(es) > 1 {
			sort.Slice(es, func(i, j int) bool { return es[i].word < es[j].word })
		}
	}
	t.endAt = make([]int32, t.nodes+1)
	for _, n := range t.endNode {
		t.endAt[n+1]++
	}
	for i := int32(1); i <= t.nodes; i++ {
		t.endAt[i] += t.endAt[i-1]
	}
	t.ends = make([]int32, len(t.endNode))
	fill = fill[:0]
	fill = append(fill, make([]int32, t.nodes)...)
	for p, n := range t.endNode {
		t.ends[t.endAt[n]+fill[n]] = int32(p)
		fill[n]++
	}
	t.voc.freeze()
	t.kids, t.endNode, t.flags, t.ids, t.caps, t.upper, t.words, t.key = nil, nil, nil, nil, nil, nil, nil, nil
}

// unit is one matching unit of the text.
type unit struct {
	tok   int   // token index
	word  int32 // the key's word id, 0 when the dictionaries do not know it
	root  int32 // the trie node after the key from the root, 0 when none
	first bool  // first unit of its token
	last  bool  // last unit of its token
	caps  bool  // the token is written in capitals
	cap   bool  // the token starts with a capital
	gen   bool  // English genitive 's removed from the key
	start bool  // the token starts a sentence
}

// textUnits turns tokens into matching units, looking each key up in the
// vocab, and fills the tokens' matching keys and function-word classes
// (and clears hitAt). Hyphen tokens
// are skipped so that "Guinea - Bissau" and "Guinea-Bissau" match alike.
func textUnits(us []unit, classes []word, hitAt []int32, v *vocab, toks []doc.Token, folds []string, starts []bool, lang string) []unit {
	for i := range toks {
		f := tokenFold(&toks[i])
		folds[i] = f
		hitAt[i] = -1
		classes[i] = 0
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
			t := toks[i].Text
			if gen {
				// "the ICRC's head": the acronym before the genitive
				t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s"), "'S")
			}
			ac = allCaps(t)
		}
		if h, dh := keyHash(f); !dh {
			// the key is the fold (or the genitive's stem): one lookup gives
			// the word's classes too
			id, e := v.find(f, h)
			classes[i] = e.class
			us = append(us, unit{word: id, root: e.root, tok: i, first: true, last: true, caps: ac, cap: capd, gen: gen, start: starts[i]})
			continue
		}
		// the units of unitKeys(f), without building them: the parts
		// between hyphens, without their dots, when not empty
		nk := 0
		for rest := f; rest != ""; {
			part := rest
			if h := strings.IndexByte(rest, '-'); h >= 0 {
				part, rest = rest[:h], rest[h+1:]
			} else {
				rest = ""
			}
			if strings.Trim(part, ".") != "" {
				nk++
			}
		}
		if nk == 0 {
			id, e := v.lookup(f)
			us = append(us, unit{word: id, root: e.root, tok: i, first: true, last: true, caps: ac, cap: capd, gen: gen, start: starts[i]})
			if f == folds[i] || gen {
				classes[i] = e.class
			} else {
				classes[i] = v.class(genitiveStem(folds[i], lang))
			}
			continue
		}
		j := 0
		for rest := f; rest != ""; {
			part := rest
			if h := strings.IndexByte(rest, '-'); h >= 0 {
				part, rest = rest[:h], rest[h+1:]
			} else {
				rest = ""
			}
			if strings.Trim(part, ".") == "" {
				continue
			}
			var id int32
			var e lexEntry
			k := part
			if strings.IndexByte(part, '.') >= 0 {
				buf := make([]byte, 0, 32)
				for b := 0; b < len(part); b++ {
					if part[b] != '.' {
						buf = append(buf, part[b])
					}
				}
				id, e = v.lookup(string(buf))
				k = "" // not the fold: it lost its dots
			} else {
				id, e = v.lookup(part)
			}
			last := j == nk-1
			us = append(us, unit{word: id, root: e.root, tok: i, first: j == 0, last: last, caps: ac, cap: capd, gen: gen && last, start: starts[i]})
			j++
			if j > 1 {
				continue
			}
			if last && (k == folds[i] || gen) {
				classes[i] = e.class
				continue
			}
			// the key lost dots or hyphens ("EE.UU."): the classes are the fold's
			classes[i] = v.class(genitiveStem(folds[i], lang))
		}
	}
	return us
}

// genitiveForm reports an English form that ends in a genitive "'s"
// ("suspect's"): it names its holder only so, never the bare word ("police
// suspect that ...").
func genitiveForm(f string) bool {
	return strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s")
}

// genitiveText reports a unit that ends in an English genitive, its own
// ("suspect's") or the token after it ("suspect 's").
func genitiveText(u unit, d *doc.Doc) bool {
	if u.gen {
		return true
	}
	if k := u.tok + 1; k < len(d.Tokens) {
		t := d.Tokens[k].Text
		return t == "'s" || t == "’s" || t == "'S"
	}
	return false
}

// genitiveStem removes an English genitive's "'s" from a fold.
func genitiveStem(f, lang string) string {
	if lang != "es" && strings.HasSuffix(f, "'s") {
		return f[:len(f)-2]
	}
	return f
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
// start; among the patterns ending at one node it takes the best one whose
// case demands the text meets.
func (t *trie) scan(hits []hit, us []unit, d *doc.Doc) []hit {
	for i := 0; i < len(us); {
		if !us[i].first || us[i].root == 0 {
			i++
			continue
		}
		n := us[i].root
		bestEnd, best := -1, int32(-1)
		pastGen := false // a genitive lies before unit j
		for j := i; j < len(us); j++ {
			if j > i {
				if us[j].word == 0 {
					break
				}
				n = t.step(n, us[j].word)
				if n == 0 {
					break
				}
			}
			if us[j].last && t.endAt[n] < t.endAt[n+1] {
				if p := t.pick(t.endsAt(n), us, i, j, d); p >= 0 && (!pastGen || strings.Contains(t.pats[p].form.Text, "'s")) && (!genitiveForm(t.pats[p].form.Text) || genitiveText(us[j], d)) {
					bestEnd, best = j, p
				}
			}
			if us[j].gen {
				// a genitive ends the name, unless a form goes on past
				// one ("People's Republic of China", "People's Daily")
				pastGen = true
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

// pick chooses among the patterns ending at one node for units i..j.
func (t *trie) pick(cands []int32, us []unit, i, j int, d *doc.Doc) int32 {
	best := int32(-1)
	for _, c := range cands {
		p := &t.pats[c]
		if !p.caseOK(us, i, j) {
			continue
		}
		if best < 0 || better(p, &t.pats[best], d) {
			best = c
		}
	}
	return best
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
