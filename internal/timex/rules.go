package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/morph"
)

// mention is a time expression found over items [i, j).
type mention struct {
	i, j  int
	typ   string
	val   string
	mod   string
	tpart string // time of day ("15:00", "MO") of a TIME with no date of its own
	ana   bool   // a day named before ("ese día"): resolved by anchorTimes
	day   bool   // a DATE at day grain that a time of day may join
	ofPod bool   // a written day ("5 de julio") that only a part of the day before it joins ("la noche del 5 de julio")
	// startPod: a part of the day after a preposition of a lower bound
	// (prep "start": "before dawn"): with a day after it the whole is that
	// day with mod START ("before dawn on Thursday", as "early on Thursday")
	startPod bool
	// anaUnit "Y" or "M": a year or month counted anaShift from the one the
	// text named last ("el año anterior", "the following month"); "W": a
	// week counted from the week of the day the text named last ("la
	// semana siguiente", "the following week")
	anaUnit  string
	anaShift int
	// later: an amount counted from the day named last ("three days
	// earlier", "dos días después"): from the last day named that is no
	// report's ("said on Monday"), as the act it dates is
	later bool
	// fromEvent: an amount counted from an event the words after it tell
	// ("a day after the minister accused", "dos días después de la
	// votación", "a week before the vote"): the event's day is the day
	// named before it in the sentence less anaShift days (anchor); with
	// none, the amount alone is the expression, items [i, durJ)
	fromEvent bool
	// evDay: a fromEvent amount under a day ("hours before the attack",
	// "horas después de la votación"): the value is the event's day, the
	// day named before it in the sentence, else the last day the text named
	evDay  bool
	durJ   int
	anchor string
}

// matcher recognises time expressions in one text.
type matcher struct {
	lx   *lexicon
	lang string
	text string
	it   []item
	a    anchor

	docDay    string // the last day named so far in the text (YYYY-MM-DD)
	actDay    string // the last day so named that dates no report ("said on Monday")
	reportDay bool   // the day named last dates a report
	daySent   int32  // the sentence of docDay
	actSent   int32  // the sentence of actDay
	cueFrom   int    // first item of the expression whose tense is sought
	cueTo     int    // the item after it
	cueDay    bool   // the expression is a weekday (cues of kind day count)
}

// ---- item predicates ----

func (m *matcher) has(i int, c class) *sense {
	if i < 0 || i >= len(m.it) || m.it[i].mask&(1<<c) == 0 {
		return nil
	}
	ss := m.it[i].senses
	for k := range ss {
		if ss[k].cls == c {
			if ss[k].cap && !m.it[i].cap {
				return nil
			}
			return &ss[k]
		}
	}
	return nil
}

func (m *matcher) punct(i int, chars string) bool {
	if i < 0 || i >= len(m.it) || m.it[i].kind != kPunct {
		return false
	}
	return strings.Contains(chars, m.text[m.it[i].start:m.it[i].end])
}

// glued reports that item i follows the previous one with no space.
func (m *matcher) glued(i int) bool { return i < len(m.it) && i > 0 && !m.it[i].space }

func (m *matcher) word(i int) string {
	if i < 0 || i >= len(m.it) {
		return ""
	}
	return m.text[m.it[i].start:m.it[i].end]
}

func (m *matcher) is(i int, w string) bool {
	return i >= 0 && i < len(m.it) && m.it[i].kind == kWord && strings.EqualFold(m.word(i), w)
}

func (m *matcher) num(i int) (int, bool) {
	if i < 0 || i >= len(m.it) || m.it[i].kind != kNum || m.it[i].num < 0 {
		return 0, false
	}
	return int(m.it[i].num), true
}

// det accepts an article (Spanish "del" and "al" included) before an
// expression.
func (m *matcher) det(i int) bool { return m.has(i, cDet) != nil }

// article reports whether item i is an indefinite article read as "one".
func (m *matcher) article(i int) bool {
	s := m.has(i, cNum)
	return s != nil && s.art
}

func (m *matcher) of(i int) bool { return m.has(i, cOf) != nil }

// sameSent reports whether items i and j are in one sentence.
func (m *matcher) sameSent(i, j int) bool { return m.it[i].sent == m.it[j].sent }

// ---- numbers ----

// number reads a quantity: digits (with a decimal part), number words
// ("cuarenta y cinco", "twenty-four"), an article ("un", "a") or a vague
// amount (n = -1). k is the number of items read.
func (m *matcher) number(i int) (n float64, k int, ok bool) {
	if v, ok := m.num(i); ok {
		// thousands-separated counts are not durations we read
		if m.punct(i+1, ",.") && m.glued(i+1) && m.glued(i+2) {
			if d, ok := m.num(i + 2); ok && m.it[i+2].ndig <= 2 && m.it[i+2].ndig > 0 {
				f := float64(d)
				for x := 0; x < int(m.it[i+2].ndig); x++ {
					f /= 10
				}
				return float64(v) + f, 3, true
			}
			return 0, 0, false
		}
		return float64(v), 1, true
	}
	s := m.has(i, cNum)
	if s == nil {
		return 0, 0, false
	}
	if s.n < 0 {
		// "unos pocos", "a few"
		k = 1
		if m.has(i+1, cNum) != nil && m.has(i+1, cNum).n < 0 {
			k = 2
		}
		return -1, k, true
	}
	v := s.n
	k = 1
	// tens + units: "cuarenta y cinco", "twenty-four", "twenty four"
	if v >= 20 && v < 100 && v%10 == 0 {
		if u := m.has(i+1, cNum); u != nil && u.n > 0 && u.n < 10 {
			return float64(v + u.n), 2, true
		}
		if (m.has(i+1, cAnd) != nil || m.punct(i+1, "-")) && m.has(i+2, cNum) != nil {
			if u := m.has(i+2, cNum); u.n > 0 && u.n < 10 {
				return float64(v + u.n), 3, true
			}
		}
	}
	return float64(v), k, true
}

// dayNum reads a day of the month: "13", "13th", "1º", "primero", "cinco".
func (m *matcher) dayNum(i int) (d, k int, ok bool) {
	if v, ok := m.num(i); ok && m.it[i].ndig <= 2 && v >= 1 && v <= 31 {
		k = 1
		if m.glued(i+1) && m.has(i+1, cOrdSuf) != nil {
			k = 2
		}
		if m.punct(i+k, ":") && m.glued(i+k) {
			return 0, 0, false // a clock time
		}
		return v, k, true
	}
	if s := m.has(i, cOrd); s != nil && (s.n == 1 || m.lang == "en" && s.n > 1) {
		return s.n, 1, true
	}
	if n, k, ok := m.number(i); ok && n >= 1 && n <= 31 && n == float64(int(n)) && m.it[i].kind == kWord {
		// "un"/"a" are not days
		if k == 1 && m.article(i) {
			return 0, 0, false
		}
		return int(n), k, true
	}
	return 0, 0, false
}

// year reads a four-digit year, or an English "'82".
func (m *matcher) year(i int) (y, k int, ok bool) {
	if v, ok := m.num(i); ok && m.it[i].ndig == 4 && v >= 1000 && v <= 2199 {
		if m.punct(i+1, ",.") && m.glued(i+1) && m.glued(i+2) && i+2 < len(m.it) && m.it[i+2].kind == kNum {
			return 0, 0, false // 2019,5 or 2.019.000
		}
		return v, 1, true
	}
	if v, k, ok := m.wordYear(i); ok {
		return v, k, true
	}
	if m.lang == "en" && m.punct(i, "'’") && m.glued(i+1) {
		if v, ok := m.num(i + 1); ok && m.it[i+1].ndig == 2 && !(m.glued(i+2) && m.it[i+2].kind == kWord) {
			return m.a.yearOf2(v), 2, true
		}
	}
	return 0, 0, false
}

// month reads a month name (an abbreviation only when allowed).
func (m *matcher) month(i int, abbr bool) (mo, k int, ok bool) {
	s := m.has(i, cMonth)
	if s == nil && abbr && i >= 0 && i < len(m.it) {
		// beside a day number or a year, "may" and "march" need no capital
		for x := range m.it[i].senses {
			if m.it[i].senses[x].cls == cMonth {
				s = &m.it[i].senses[x]
			}
		}
	}
	if s == nil || (s.abbr && !abbr) {
		return 0, 0, false
	}
	k = 1
	if s.abbr && m.punct(i+1, ".") && m.glued(i+1) {
		k = 2
	}
	return s.n, k, true
}

// ---- tense ----

// tense looks for the nearest tense cue in the sentence around items
// [i, j): 1 future, -1 past, 0 none. Weak cues (endings such as English
// "-ed", which participles share) count as two words further away than
// they are; on a tie a strong cue wins, then the one before.
func (m *matcher) tense(i, j int) int {
	const win, farWin, weakCost = 8, 16, 2
	m.cueFrom, m.cueTo = i, j
	best, bestDist, bestStrong, bestPast := 0, 1<<30, false, false
	near := 0 // the nearest cue on the left with no punctuation between
	consider := func(k, d int, past bool) int {
		t, strong := m.cue(k)
		if t == 0 {
			return 0
		}
		if !strong {
			d += weakCost
		}
		if d < bestDist || d == bestDist && strong && !bestStrong {
			best, bestDist, bestStrong, bestPast = t, d, strong, past
		}
		return t
	}
	comma := false // a comma stands between the expression and the item on its right
	rep := -1      // a reporting verb past a comma, the only cue on the right
	open := true   // no punctuation between the expression and the item on its left
	// (the words of a name after its first count as none: "is due to
	// travel to Ho Chi Minh City on Friday" is as near as "to Hanoi")
	for l, d := i-1, 1; l >= 0 && d <= win && m.sameSent(l, i); l-- {
		if m.it[l].kind == kPunct {
			open = false
		}
		// (a cue of several words counts from its last: "se comprometieron
		// a marchar el viernes" is one word away, nearer than "-ieron")
		dl := d
		if n := m.phraseLen(l); n > 1 && dl-(n-1) >= 1 {
			dl -= n - 1
		}
		if t := consider(l, dl, false); t != 0 && open && near == 0 {
			near = t
		}
		if !m.nameGoesOn(l - 1) {
			d++
		}
	}
	for r, d := j, 1; r < len(m.it) && j > 0 && d <= win && m.sameSent(r, j-1); r++ {
		if m.punct(r, ",") {
			comma = true
		}
		// a reporting verb past a comma ("will meet on Friday,
		// officials said") tells when it was said, not the tense
		// of the clause before; but one that follows a phrase with no
		// cue of its own governs it ("Speaking in parliament on
		// Tuesday, the minister said France would ..."), and the
		// reported clause after it is none of the phrase's
		if comma && m.has(r, cReport) != nil {
			if best == 0 {
				rep = r // unless the clause's own verb stands further back
				break
			}
		} else {
			consider(r, d, comma)
		}
		if !m.nameGoesOn(r) {
			d++
		}
	}
	// "evaluará la propuesta el sábado, pero advirtió ...": a verb of
	// the expression's own clause before it outweighs one of another
	// clause past a comma
	if bestPast && near != 0 {
		return near
	}
	if best == 0 {
		// no cue near: the verb that governs the expression may stand
		// further back in its clause, past a long object ("convocó a
		// las autoridades tradicionales a una mesa de diálogo el
		// sábado", "will march from the university to the
		// presidential palace on Friday"); read back to the clause's
		// first punctuation or verb of saying (whose reported clause
		// has a tense of its own: "said it has three companies for the
		// program to run through June")
		for l, d := i-1, 1; l >= 0 && d <= farWin && m.sameSent(l, i) && (m.it[l].kind != kPunct || m.numSep(l) || m.possessive(l) || m.percentSign(l)) && m.has(l, cReport) == nil; l-- {
			if d > win {
				// (a strong cue only: an English "-ed" may be a participle
				// of another phrase, "has identified companies for the
				// program to run through June")
				// (a word inside a cue of several words reads the cue:
				// "se comprometió a aumentar en un 15 % el salario ... a
				// partir de enero" is the commitment's, not "-ó")
				k := l
				for b := 1; b < m.lx.maxTense && l-b >= 0 && m.sameSent(l-b, l); b++ {
					if m.phraseLen(l-b) > b {
						k = l - b
					}
				}
				if t, strong := m.cue(k); t != 0 && strong {
					return t
				}
			}
			if !m.nameGoesOn(l - 1) {
				d++
			}
		}
		if rep >= 0 {
			// "prevé el retorno de 60.000 refugiados antes de diciembre,
			// informó la agencia": the report's tense only when the
			// clause has none of its own
			t, _ := m.cue(rep)
			return t
		}
	}
	return best
}

// numSep reports a point or comma at item k glued between two runs of
// digits: the thousands or decimals of one number ("60.000"), no
// punctuation of the sentence.
func (m *matcher) numSep(k int) bool {
	return k > 0 && k+1 < len(m.it) && m.punct(k, ".,") && m.it[k-1].kind == kNum && m.it[k+1].kind == kNum && m.glued(k) && m.glued(k+1)
}

// percentSign reports a "%" after a number at item k: part of an amount
// ("aumentar en un 15 % el salario"), no punctuation of the sentence.
func (m *matcher) percentSign(k int) bool {
	return k > 0 && m.punct(k, "%") && m.it[k-1].kind == kNum
}

// nameGoesOn reports items k and k+1 both capitalised words of one
// sentence, k+1 not its first: the second goes on the name the first starts.
func (m *matcher) nameGoesOn(k int) bool {
	return k >= 0 && k+1 < len(m.it) && m.it[k].kind == kWord && m.it[k+1].kind == kWord &&
		m.it[k].cap && m.it[k+1].cap && m.sameSent(k, k+1)
}

// phraseLen is the number of items of the tense cue of several words
// starting at item k, 1 when none starts there.
func (m *matcher) phraseLen(k int) int {
	it := &m.it[k]
	if it.kind != kWord || it.id < 0 || !m.lx.tenseW[it.id] {
		return 1
	}
	parts := []string{fold(m.word(k))}
	for n := 1; n < m.lx.maxTense && k+n < len(m.it) && len(parts) < m.lx.maxTense; n++ {
		for _, w := range strings.Fields(fold(m.word(k + n))) {
			parts = append(parts, w)
			if _, ok := m.lx.tense[strings.Join(parts, " ")]; ok {
				return n + 1
			}
		}
	}
	return 1
}

// pastWord reports a word at item k that is a past cue of its own or by
// its ending, a passive participle too ("completed" after "was"), not
// after "be" ("would be released").
func (m *matcher) pastWord(k int) bool {
	it := &m.it[k]
	if it.id >= 0 && m.lx.hasTense[it.id] && !m.lx.tenseByID[it.id].call {
		return m.lx.tenseByID[it.id].dir < 0
	}
	if it.cap || it.multi {
		return false
	}
	low := strings.ToLower(m.word(k))
	for _, s := range m.lx.suffix {
		if strings.HasSuffix(low, s.suf) && len(low) > len(s.suf)+1 {
			// "would be released by Wednesday": a participle after "be" is
			// no past ("was released" is: "was" is no auxiliary here)
			return s.dir < 0 && !m.afterAux(k)
		}
	}
	return false
}

// infinitiveBetween reports an infinitive opening at an item of [a, b),
// all of one sentence with no punctuation but a possessive: English "to"
// before a lower-case word that is no article nor determiner ("to
// gather", not "to the square"), Spanish "a" or "al" before a word
// ending as an infinitive ("a concentrarse", "a marchar"). An empty or
// backwards stretch holds none.
func (m *matcher) infinitiveBetween(a, b int) bool {
	if a < 0 || b > len(m.it) {
		return false
	}
	for k := a; k+1 < b; k++ {
		if m.it[k].kind == kPunct && !m.possessive(k) || !m.sameSent(k, b-1) {
			return false
		}
		if m.it[k].kind != kWord || m.it[k+1].kind != kWord || m.it[k+1].cap {
			continue
		}
		w, next := strings.ToLower(m.word(k)), strings.ToLower(m.word(k+1))
		switch m.lang {
		case "en":
			if w == "to" && !m.det(k+1) && !m.article(k+1) {
				return true
			}
		case "es":
			if (w == "a" || w == "al") && morph.InfinitiveEnding(next) {
				return true
			}
		}
	}
	return false
}

// possessive reports a possessive "'s" (or "’s") at item k, glued to the
// item before ("Monday's attack").
func (m *matcher) possessive(k int) bool {
	if k <= 0 || k >= len(m.it) || m.it[k].start != m.it[k-1].end {
		return false
	}
	rest := m.text[m.it[k].start:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// afterAux reports whether the word before item k is a passive auxiliary.
func (m *matcher) afterAux(k int) bool {
	return k > 0 && m.it[k-1].id >= 0 && m.lx.tenseByID[m.it[k-1].id].aux
}

// cue returns the tense an item points to and whether the cue is strong.
func (m *matcher) cue(k int) (int, bool) {
	it := &m.it[k]
	if it.kind != kWord {
		return 0, false
	}
	// (not on a name inside a sentence: "de Irán a Siria" is no "irán a"
	// of the future; a headline in capitals still reads its cues)
	if it.id >= 0 && m.lx.tenseW[it.id] && !(it.cap && k > 0 && m.it[k-1].sent == it.sent && m.word(k) != strings.ToUpper(m.word(k))) {
		// multi-word cue starting here
		// (the words so far joined by spaces in key: no string is made
		// for the lookups)
		var keyBuf, wordBuf [64]byte
		key := foldTo(keyBuf[:0], m.word(k))
		parts := 1
		// (an item of several words, "a la", gives its words one by one:
		// "van a la huelga" holds "van a")
		for n := 1; n < m.lx.maxTense && k+n < len(m.it) && parts < m.lx.maxTense; n++ {
			wb := foldTo(wordBuf[:0], m.word(k+n))
			for i := 0; i < len(wb); {
				// the next field of wb, as strings.Fields splits
				for i < len(wb) {
					r, size := utf8.DecodeRune(wb[i:])
					if !unicode.IsSpace(r) {
						break
					}
					i += size
				}
				if i >= len(wb) {
					break
				}
				j := i
				for j < len(wb) {
					r, size := utf8.DecodeRune(wb[j:])
					if unicode.IsSpace(r) {
						break
					}
					j += size
				}
				key = append(append(key, ' '), wb[i:j]...)
				parts++
				i = j
				if t, ok := m.lx.tense[string(key)]; ok && !(t.ahead && k >= m.cueTo) && !(t.call && !m.infinitiveBetween(k+1, m.cueFrom)) {
					return t.dir, !t.weak
				}
			}
		}
	}
	if it.id >= 0 && m.lx.hasTense[it.id] && !(m.lx.tenseByID[it.id].call && !m.infinitiveBetween(k+1, m.cueFrom)) {
		t := m.lx.tenseByID[it.id]
		if t.dir < 0 && m.afterAux(k) {
			return 0, false // "to be held": a passive, no tense
		}
		if t.prep && (k < m.cueFrom-3 || k >= m.cueFrom) {
			return 0, false // "hasta", "since": only just before the expression
		}
		if t.prep && t.dir > 0 && k > 0 && m.has(k-1, cLasts) != nil {
			// "lasted until Wednesday", "duraron hasta el miércoles": a verb
			// of length in the past says the stretch is over ("lasts until
			// Monday", "will last until" keep "until" pointing ahead)
			if d, strong := m.cue(k - 1); d < 0 {
				return d, strong
			}
		}
		if t.deadline && k > 0 && m.possessive(m.cueTo) {
			return 0, false // "attacked by Friday's protesters": an agent, no deadline
		}
		if t.deadline && k > 0 && m.it[k-1].kind == kWord {
			// "had fallen by March", "was completed by March": the verb
			// before the deadline says it is behind (a passive too)
			if m.pastWord(k-1) || k > 1 && m.it[k-2].kind == kWord && m.pastWord(k-2) {
				return -1, true
			}
		}
		if t.day && (!m.cueDay || k != m.cueFrom-1 || m.possessive(m.cueTo)) {
			return 0, false // "for Monday", not "for questioning on Monday" nor "for Monday's attack"
		}
		if t.dir > 0 && (m.det(k-1) || m.article(k-1)) && strings.HasSuffix(m.word(k), "ed") {
			return 0, false // "a planned increase", "the expected rise": an adjective, no tense
		}
		return t.dir, !t.weak
	}
	// a Spanish headline in capitals drops the accent of the future:
	// "PROTESTARAN EL JUEVES" is "protestarán" (a long word: no name such
	// as "TEHERAN")
	if m.lang == "es" && it.cap && !it.multi && it.end-it.start >= 8 {
		if w := m.word(k); strings.HasSuffix(w, "RAN") && strings.ToUpper(w) == w {
			return 1, false
		}
	}
	// endings are not read on names; a capital opening a sentence is no name
	if it.cap && k > 0 && m.it[k-1].sent == it.sent || it.multi || it.end-it.start < 4 {
		return 0, false
	}
	low := strings.ToLower(m.word(k))
	for _, s := range m.lx.suffix {
		if strings.HasSuffix(low, s.suf) && len(low) > len(s.suf)+1 {
			if s.dir < 0 && m.afterAux(k) {
				return 0, false // "to be published", "ha sido firmado"
			}
			return s.dir, !s.weak
		}
	}
	return 0, false
}

// ---- patterns ----

// match tries every pattern at item i and returns the longest match.
func (m *matcher) match(i int) (best mention, ok bool) {
	it := &m.it[i]
	if it.kind == kWord && it.senses == nil {
		return best, false
	}
	if it.kind == kPunct && !m.punct(i, "'’") {
		return best, false
	}
	if !it.key {
		// an article or a preposition starts an expression only when a
		// word that carries one follows closely
		near := false
		for k := i + 1; k < len(m.it) && k <= i+3; k++ {
			if m.it[k].key {
				near = true
				break
			}
		}
		if !near {
			return best, false
		}
	}
	try := func(mt mention, good bool) {
		if good && mt.j > i && (!ok || mt.j > best.j) && !m.crossesLine(mt.i, mt.j) {
			best, ok = mt, true
		}
	}
	// the classes present in a small window decide which patterns can
	// match here
	var w uint64
	for k := i; k < len(m.it) && k <= i+7; k++ {
		w |= m.it[k].mask
	}
	for _, p := range patterns {
		if w&p.need != 0 {
			try(p.f(m, i))
		}
	}
	return best, ok
}

func bits(cs ...class) uint64 {
	var b uint64
	for _, c := range cs {
		b |= 1 << c
	}
	return b
}

// patterns are tried in this order at each position (the longest match
// wins, the first on a tie); need lists the classes one of which must be
// near for the pattern to have a chance.
var patterns = []struct {
	f    func(*matcher, int) (mention, bool)
	need uint64
}{
	{(*matcher).pDate, bits(cMonth, cWday, cUnit)},
	{(*matcher).pNumeric, bitNum},
	{(*matcher).pMonth, bits(cMonth)},
	{(*matcher).pYear, bitNum | bits(cNum)},
	{(*matcher).pDecade, bitNum | bits(cDecadeOf)},
	{(*matcher).pCentury, bits(cUnit)},
	{(*matcher).pDeictic, bits(cDay)},
	{(*matcher).pWeekday, bits(cWday)},
	{(*matcher).pRelUnit, bits(cUnit)},
	{(*matcher).pSeason, bits(cSeason)},
	{(*matcher).pQuarter, bits(cUnit, cHalf)},
	{(*matcher).pMod, bits(cMod)},
	{(*matcher).pAgo, bits(cAgo)},
	{(*matcher).pWithin, bits(cUnit)},
	{(*matcher).pDuration, bits(cUnit)},
	{(*matcher).pSet, bits(cSet, cEvery)},
	{(*matcher).pRef, bits(cRef)},
	{(*matcher).pClock, bitNum | bits(cClock, cAt, cNum)},
	{(*matcher).pClockRel, bits(cQuarter, cHalf, cPast, cTo)},
	{(*matcher).pHourDay, bits(cDay)},
	{(*matcher).pPod, bits(cPod)},
	{(*matcher).pAnaDay, bits(cAnaDay)},
	{(*matcher).pNthWday, bits(cWday, cUnit)},
	{(*matcher).pHoliday, bits(cHoliday)},
	{(*matcher).pConsec, bits(cConsec)},
	{(*matcher).pDayOfMonth, bitNum | bits(cUnit, cAnaDay)},
	{(*matcher).pSame, bits(cSame)},
	{(*matcher).pWeekOf, bits(cUnit)},
	{(*matcher).pSuperlSince, bits(cSuperl)},
	{(*matcher).pWdaysAgo, bits(cWdays)},
	{(*matcher).pYearRange, bits(cRangeFrom)},
	{(*matcher).pRest, bits(cRest)},
	{(*matcher).pThatMonth, bits(cThat, cMonth)},
}

// crossesLine reports whether items [i, j) span a line break.
func (m *matcher) crossesLine(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if m.it[k].newline {
			return true
		}
	}
	return false
}

func dateM(i, j int, val string) mention {
	return mention{i: i, j: j, typ: "DATE", val: val}
}

// pastUnlessFuture reads a missing tense cue as the past: news reports what
// happened.
func pastUnlessFuture(t int) int {
	if t > 0 {
		return 1
	}
	return -1
}

// sameYear (a direction for cyc) reads a month, season or quarter with no
// tense cue as the one of the article's year, unless that lies more than
// half a year ahead: then it is last year's ("en diciembre" in January).
const sameYear = 2

// cycDir turns a tense into a direction for cyc.
func cycDir(t int) int {
	if t == 0 {
		return sameYear
	}
	return t
}

// nearestYear gives the year of day d of month mo written without one. A
// date names a day close to the news: the tense of the sentence picks the
// last or the coming one when that lies within eight months, and otherwise
// the nearest one wins (on a tie, the past).
func (m *matcher) nearestYear(mo, d, tense int) int {
	t := m.a.date()
	best, bestDist := t.Year(), time.Duration(1<<62)
	const reach = 240 * 24 * time.Hour
	for _, y := range []int{t.Year() - 1, t.Year(), t.Year() + 1} {
		if d > daysIn(y, mo) {
			continue
		}
		diff := date(y, mo, d).Sub(t)
		if tense < 0 && diff <= 0 && -diff <= reach || tense > 0 && diff >= 0 && diff <= reach {
			return y
		}
		dist := diff
		if dist < 0 {
			dist = -dist - 1 // the past wins a tie
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// resolveYear gives the year of month mo with no year written, by tense.
func (m *matcher) resolveYear(mo, dir int) (int, bool) {
	return m.a.month(mo, dir, false)
}

// pDate: "13 de agosto de 2025", "el 13 de agosto", "August 13, 2025",
// "Aug. 13", "martes 12 de agosto", "el martes 12".
func (m *matcher) pDate(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	wd := 0
	if d := m.has(j, cDir); d != nil && d.n != 0 && m.has(j+1, cWday) != nil {
		j++ // "el pasado lunes 11 de agosto": the date fixes the day
	}
	if s := m.has(j, cWday); s != nil && !s.abbr || s != nil && (m.punct(j+1, ".") || m.punct(j+1, ",") && m.has(j+2, cMonth) != nil && m.it[j].cap) {
		wd = s.n
		j++
		if s.abbr && m.punct(j, ".") && m.glued(j) {
			j++
		}
		if m.punct(j, ",") {
			j++
		}
		if m.det(j) {
			j++
		}
	}
	var d, mo, y, k int
	var ok bool
	dir := 0 // "el pasado 5 de agosto", "el próximo 20 de septiembre"
	if s := m.has(j, cDir); s != nil && s.n != 0 && wd == 0 && j+1 < len(m.it) && m.it[j+1].kind == kNum {
		dir = s.n
		j++
	}
	if m.has(j, cAnaDay) != nil && m.it[j].multi && j+1 < len(m.it) && m.it[j+1].kind == kNum {
		j++ // "el día 15 de agosto"
	}
	if d, k, ok = m.dayNum(j); ok {
		kd := k
		j2 := j + k
		sep := false
		if m.of(j2) || m.punct(j2, ",") {
			j2++
		} else if m.punct(j2, "-/") && m.glued(j2) && m.glued(j2+1) {
			j2++ // 31-Oct-74
			sep = true
		}
		if mo, k, ok = m.month(j2, true); ok {
			j = j2 + k
			if sep && m.punct(j, "-/") && m.glued(j) && m.glued(j+1) {
				if v, ok := m.num(j + 1); ok && m.it[j+1].ndig == 2 {
					y = m.a.yearOf2(v)
					j += 2
				} else if yy, c, ok := m.year(j + 1); ok {
					y = yy
					j += 1 + c
				}
			} else if v, ok := m.num(j); ok && m.it[j].ndig == 2 && m.lang == "en" && !m.glued(j+1) && m.has(j+1, cUnit) == nil && m.has(j+1, cNotYear) == nil && m.has(j+1, cAmPm) == nil && !m.punct(j+1, ":") {
				y = m.a.yearOf2(v) // 14th April 15
				j++
			}
		} else if mo2, y2, ok := m.rangeMonth(j + kd); ok && wd == 0 {
			// "del 13 al 15 de agosto", "between 3 and 5 March": the first
			// day takes the month (and year) written after the second
			j += kd
			val := ""
			switch {
			case y2 > 0:
				val = ymd(y2, mo2, d)
			case m.a.known:
				yy := m.nearestYear(mo2, d, m.tense(i, j))
				val = ymd(yy, mo2, d)
			default:
				val = fmt.Sprintf("XXXX-%02d-%02d", mo2, d)
			}
			if d > daysIn(y2, mo2) {
				return mention{}, false
			}
			return dateM(i, j, val), true
		} else if rel, c, ok := m.relMonth(j2); ok && m.of(j2-1) {
			// "20 of next month", "the 20th of this month"
			j = j2 + c
			mt := dateM(i, j, "")
			if !m.a.known {
				mt.val = fmt.Sprintf("XXXX-XX-%02d", d)
				return mt, true
			}
			t := date(m.a.t.Year(), int(m.a.t.Month()), 1).AddDate(0, rel, 0)
			if d > daysIn(t.Year(), int(t.Month())) {
				return mention{}, false
			}
			mt.val = ymd(t.Year(), int(t.Month()), d)
			return mt, true
		} else if e := j + kd; wd > 0 && m.it[j].kind == kNum && !m.punct(j-1, ",") && (!m.glued(e) || m.punct(e, ".,;:)") && !m.glued(e+1)) && m.has(e, cAmPm) == nil && m.has(e, cHours) == nil && m.has(e, cUnit) == nil && m.has(e, cTZ) == nil && m.has(e, cNotYear) == nil && !m.countNoun(e) && !m.punct(e, "%") {
			// "el martes 12": the nearest date that is that weekday and day
			if !m.a.known {
				return mention{}, false
			}
			for off := 0; off < 200; off++ {
				for _, sg := range []int{-1, 1} {
					t := m.a.date().AddDate(0, 0, sg*off)
					if t.Day() == d && wdayNum(t) == wd {
						mt := dateM(i, j+kd, dayStr(t))
						mt.day = true
						return mt, true
					}
				}
			}
			return mention{}, false
		} else {
			return mention{}, false
		}
	} else if mo, k, ok = m.month(j, true); ok {
		j2 := j + k
		if m.lang == "en" && m.has(j2, cDet) != nil {
			j2++
		}
		if d, k, ok = m.dayNum(j2); !ok {
			return mention{}, false
		}
		if mo2 := m.has(j2, cNum); mo2 != nil && m.it[j2].kind == kWord && m.lang == "en" {
			// "May one" is not a date
			return mention{}, false
		}
		j = j2 + k
		if m.has(j, cUnit) != nil || m.has(j, cNotYear) != nil {
			return mention{}, false
		}
	} else {
		return mention{}, false
	}
	// year
	j2 := j
	if m.of(j2) || m.punct(j2, ",") {
		j2++
	}
	if m.det(j2) && m.lang == "es" {
		j2++
	}
	if yy, k, ok := m.year(j2); ok {
		y = yy
		j = j2 + k
	} else if sh, k, ok := m.relYear(j2); ok && m.a.known && y == 0 {
		y = m.a.t.Year() + sh // "August 5 last year", "el 5 de agosto del año pasado"
		j = j2 + k
	}
	if d > daysIn(y, mo) {
		return mention{}, false
	}
	if y == 0 && dir == 0 {
		if s := m.has(j, cDir); s != nil && s.n != 0 && m.has(j+1, cUnit) == nil {
			dir = s.n // "el 5 de agosto pasado" (not "August 5 last year")
			j++
		}
	}
	var val string
	switch {
	case y > 0:
		val = ymd(y, mo, d)
	case m.a.known && dir != 0:
		// the last (or next) such day, the article's own included
		t := m.a.date()
		yy := t.Year()
		c := date(yy, mo, d)
		if dir < 0 && c.After(t) {
			yy--
		} else if dir > 0 && c.Before(t) {
			yy++
		}
		val = ymd(yy, mo, d)
	case m.a.known:
		if wd == 0 && m.punct(j, ",") && m.has(j+1, cWday) != nil && !m.has(j+1, cWday).abbr || wd == 0 && m.punct(j, ",") && m.has(j+1, cWday) != nil && m.it[j+1].cap {
			wd = m.has(j+1, cWday).n // "Jul 18, Fri"
			j += 2
		}
		yy := m.nearestYear(mo, d, m.tense(i, j))
		if wd > 0 && wdayNum(date(yy, mo, d)) != wd {
			// "Friday, July 18": the nearest year where it is a Friday
			t := m.a.date()
			best := time.Duration(1 << 62)
			for c := t.Year() - 6; c <= t.Year()+6; c++ {
				if d > daysIn(c, mo) || wdayNum(date(c, mo, d)) != wd {
					continue
				}
				dist := date(c, mo, d).Sub(t)
				if dist < 0 {
					dist = -dist
				}
				if dist < best {
					best, yy = dist, c
				}
			}
		}
		val = ymd(yy, mo, d)
	default:
		val = fmt.Sprintf("XXXX-%02d-%02d", mo, d)
	}
	mt := dateM(i, j, val)
	mt.ofPod = isDay(val) // "la madrugada del 5 de julio" joins it
	return mt, true
}

// dayDate reports a written date of a day (a day number and its month)
// starting at item i: "5 de julio", "el pasado 5 de julio", "July 5".
func (m *matcher) dayDate(i int) bool {
	if i >= len(m.it) {
		return false
	}
	mt, ok := m.pDate(i)
	return ok && mt.ofPod
}

func daysIn(y, mo int) int {
	if y == 0 {
		y = 2024 // leap: allow 29 February
	}
	return time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// pNumeric: 13/08/2025, 13-08-2025, 13.08.2025, 2025-08-13, 7/8/07, el 4/7.
func (m *matcher) pNumeric(i int) (mention, bool) {
	j := i
	hasDet := false
	if m.det(j) {
		j++
		hasDet = true
	}
	a, ok := m.num(j)
	if !ok {
		return mention{}, false
	}
	if j > 0 && m.glued(j) && (m.it[j-1].kind == kNum || m.punct(j-1, "/-.")) {
		return mention{}, false
	}
	sep := ""
	spaced := false
	if m.punct(j+1, "/-.") && m.glued(j+1) && m.glued(j+2) {
		sep = m.word(j + 1)
	} else if m.punct(j+1, "/") && !m.glued(j+1) && j+2 < len(m.it) && !m.glued(j+2) {
		sep, spaced = "/", true // "15 / 2"
	} else {
		return m.spacedDate(i, j)
	}
	b, ok := m.num(j + 2)
	if !ok {
		return mention{}, false
	}
	na, nb := int(m.it[j].ndig), int(m.it[j+2].ndig)
	var y, mo, d int
	end := j + 3
	if m.punct(j+3, sep) && (!spaced && m.glued(j+3) && m.glued(j+4) || spaced && !m.glued(j+3) && j+4 < len(m.it) && !m.glued(j+4)) {
		c, ok := m.num(j + 4)
		if !ok {
			return mention{}, false
		}
		nc := int(m.it[j+4].ndig)
		end = j + 5
		if end < len(m.it) && m.glued(end) && (m.it[end].kind == kNum || m.punct(end, "/-.") && m.glued(end+1) && end+1 < len(m.it) && m.it[end+1].kind == kNum) {
			return mention{}, false
		}
		switch {
		case na == 4 && nb <= 2 && nc <= 2:
			y, mo, d = a, b, c
		case na <= 2 && nb <= 2 && (nc == 4 || nc == 2):
			y = c
			if nc == 2 {
				y = m.a.yearOf2(c)
			}
			d, mo = a, b
			if m.lang == "en" && a <= 12 && sep == "/" {
				mo, d = a, b
			}
			if mo > 12 && d <= 12 {
				mo, d = d, mo
			}
		default:
			return mention{}, false
		}
	} else {
		if end < len(m.it) && m.glued(end) && m.it[end].kind != kPunct {
			return mention{}, false
		}
		if sep == "/" && na <= 2 && nb == 4 && a >= 1 && a <= 12 {
			// 2/2013: a month
			return dateM(i, end, ym(b, a)), true
		}
		if sep == "/" && na == 4 && nb <= 2 && b >= 1 && b <= 12 {
			// 2014/10: a month
			return dateM(i, end, ym(a, b)), true
		}
		// day and month only: needs an article ("el 4/7", "on 2/15") or,
		// with a slash, a day over 12 that makes it unambiguous, or the same
		// number twice (10/10; not 1/1 or 2/2, which read as ratios)
		on := hasDet || m.has(i-1, cIn) != nil || m.det(i-1)
		if a == 24 && b == 7 && sep == "/" {
			return mention{}, false // "24/7": round the clock
		}
		if na > 2 || nb > 2 || sep == "." || !(on || sep == "/" && ((a > 12) != (b > 12) || a == b && a >= 5)) {
			return mention{}, false
		}
		d, mo = a, b
		if m.lang == "en" {
			mo, d = a, b
		}
		if mo > 12 && d <= 12 {
			mo, d = d, mo
		}
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return mention{}, false
	}
	var val string
	if y > 0 {
		val = ymd(y, mo, d)
	} else if m.a.known {
		yy := m.nearestYear(mo, d, m.tense(i, end))
		val = ymd(yy, mo, d)
	} else {
		val = fmt.Sprintf("XXXX-%02d-%02d", mo, d)
	}
	return dateM(i, end, val), true
}

// pMonth: "agosto de 2024", "August 2024", "en diciembre", "last September",
// "el pasado septiembre", "septiembre del año pasado".
func (m *matcher) pMonth(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	dir, hasDir := 0, false
	if s := m.has(j, cDir); s != nil {
		dir, hasDir = s.n, true
		j++
	}
	if u := m.has(j, cUnit); u != nil && u.s == "M" && !m.plural(j) && m.of(j+1) && m.has(j+2, cMonth) != nil {
		j += 2 // "el pasado mes de enero", "el mes de mayo"
	}
	mo, k, ok := m.month(j, false)
	if !ok {
		return mention{}, false
	}
	if j == i && m.titleVerb(i) {
		return mention{}, false
	}
	j += k
	if !hasDir {
		// year
		j2 := j
		if m.of(j2) || m.punct(j2, ",") {
			j2++
		}
		if m.det(j2) && m.lang == "es" {
			j2++
		}
		if y, k, ok := m.year(j2); ok {
			return dateM(i, j2+k, ym(y, mo)), true
		}
		if s := m.has(j, cDir); s != nil && s.n != 0 {
			dir, hasDir = s.n, true
			j++
		} else if m.of(j) {
			// "septiembre del año pasado", "May of last year"
			j2 := j + 1
			if m.det(j2) {
				j2++
			}
			if sh, k, ok := m.relYear(j2); ok {
				if !m.a.known {
					return dateM(i, j2+k, fmt.Sprintf("XXXX-%02d", mo)), true
				}
				return dateM(i, j2+k, ym(m.a.t.Year()+sh, mo)), true
			}
		}
	}
	if !m.a.known {
		return dateM(i, j, fmt.Sprintf("XXXX-%02d", mo)), true
	}
	var y int
	switch {
	case hasDir && dir != 0:
		y, _ = m.a.month(mo, dir, true)
	case !hasDir && m.occasionMonth(i, j):
		y = m.a.nearestMonth(mo)
	default:
		y, _ = m.a.month(mo, cycDir(m.tense(i, j)), false)
	}
	return dateM(i, j, ym(y, mo)), true
}

// occasionDay is the day of the occasion named at item k, read from the
// nearest other mention of an occasion before it that a day completes:
// "el referéndum del domingo", "las elecciones del 5 de mayo", "the vote
// on Sunday", "Sunday's vote". A noun of another occasion counts too (the
// text names one event by several nouns: "referéndum", "votación").
func (m *matcher) occasionDay(k int) (time.Time, bool) {
	for o := k - 1; o >= 0; o-- {
		if m.has(o, cOccasion) == nil {
			continue
		}
		// "el referéndum del domingo", "the vote on Sunday"
		for _, a := range []int{o + 1, o + 2} {
			if a >= len(m.it) || a > o+1 && !(m.of(o+1) || m.has(o+1, cIn) != nil) {
				continue
			}
			for _, p := range []func(int) (mention, bool){m.pWeekday, m.pDate, m.pDeictic} {
				if sub, good := p(a); good && sub.typ == "DATE" {
					if t, ok := dayTime(sub.val); ok {
						return t, true
					}
				}
			}
		}
		// "Sunday's vote" (the "'s" one item or two)
		for a := o - 1; a >= 1 && a >= o-2; a-- {
			if !m.possessive(a) {
				continue
			}
			if sub, good := m.pWeekday(a - 1); good && sub.j == a {
				if t, ok := dayTime(sub.val); ok {
					return t, true
				}
			}
		}
	}
	return time.Time{}, false
}

// dayTime reads a value that is a full date (isDay: "2026-11-08") as a
// time.
func dayTime(v string) (time.Time, bool) {
	if !isDay(v) {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v)
	return t, err == nil
}

// pThatMonth: "that September", "ese septiembre", "aquel septiembre",
// "September of that year", "en septiembre de ese año": the month of the
// year the text named last (resolved by anchorTimes; with none named, the
// month as a bare name reads).
func (m *matcher) pThatMonth(i int) (mention, bool) {
	if m.has(i, cThat) != nil {
		if i > 0 && m.has(i-1, cReport) != nil {
			return mention{}, false // "said that September was..."
		}
		sub, ok := m.pMonth(i + 1)
		if !ok || sub.anaUnit != "" || sub.j != i+2 || !m.sameSent(i, i+1) {
			return mention{}, false
		}
		mo, _, _ := m.month(i+1, false)
		sub.i, sub.anaUnit, sub.anaShift = i, "YM", mo
		return sub, true
	}
	j := i
	if m.det(j) {
		j++
	}
	mo, k, ok := m.month(j, false)
	if !ok {
		return mention{}, false
	}
	sub, ok := m.pMonth(i)
	if !ok || sub.anaUnit != "" || sub.j != j+k {
		return mention{}, false
	}
	e := j + k
	if m.of(e) {
		e++
	}
	if m.has(e, cThat) == nil {
		return mention{}, false
	}
	if u := m.has(e+1, cUnit); u == nil || u.s != "Y" || m.plural(e+1) || !m.sameSent(i, e+1) {
		return mention{}, false
	}
	sub.j, sub.anaUnit, sub.anaShift = e+2, "YM", mo
	return sub, true
}

// occasionMonth reports a month name [i, j) that labels an occasion, a
// deadline or a plan, not a time the clause's verb is told in: English
// "the" + month + a lower-case word of no time class ("the April
// deadline", "the March elections"), Spanish article + noun + "de" +
// month ("el plazo de abril", "las elecciones de marzo"). Its year is the
// one nearest the article date, whatever the tense ("was not in place by
// the April deadline" told in March is the coming April).
func (m *matcher) occasionMonth(i, j int) bool {
	if m.lang == "en" {
		return m.det(i) && j < len(m.it) && m.sameSent(i, j) && m.it[j].kind == kWord && !m.it[j].cap && m.it[j].mask&^(1<<cOccasion) == 0
	}
	return i >= 3 && m.of(i-1) && m.sameSent(i-3, i) && m.it[i-2].kind == kWord && !m.it[i-2].cap && m.it[i-2].mask&^(1<<cOccasion) == 0 && m.det(i-3)
}

// titleVerb reports an English month name at item i that a headline in
// title case uses as its verb ("Protesters March in Lima"): right after a
// capitalised plural and right before a preposition.
func (m *matcher) titleVerb(i int) bool {
	if m.lang != "en" || i < 1 || i+1 >= len(m.it) {
		return false
	}
	prev, next := &m.it[i-1], &m.it[i+1]
	if m.titleModal(i) {
		return true
	}
	// (a plural of time, "Weeks", "Mondays", is no doer)
	if prev.kind != kWord || !prev.cap || prev.mask&bits(cUnit, cWday, cWdays, cNum, cOrd, cSeason, cDay, cMonth, cHoliday) != 0 ||
		prev.sent != m.it[i].sent || next.sent != m.it[i].sent {
		return false
	}
	if w := m.word(i - 1); len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if m.has(i+1, cIn) == nil && m.has(i+1, cAt) == nil && m.has(i+1, cTo) == nil && m.has(i+1, cFor) == nil &&
		m.has(i+1, cRangeTo) == nil && m.has(i+1, cPrep) == nil {
		return false
	}
	return m.titleLine(i)
}

// titleModal reports a month name that is also a modal verb (class
// modal: "May") used as one in a title-case line ("Workers May Strike in
// Lima", "Talks May Resume"): between a capitalised word and a capitalised
// word that is no time word or number, in the same line.
func (m *matcher) titleModal(i int) bool {
	if m.has(i, cModal) == nil || !m.it[i].cap {
		return false
	}
	prev, next := &m.it[i-1], &m.it[i+1]
	times := bits(cUnit, cWday, cWdays, cNum, cOrd, cSeason, cDay, cMonth, cHoliday, cMod, cPod, cDir, cRef)
	if prev.kind != kWord || !prev.cap || prev.mask&times != 0 || next.kind != kWord || !next.cap || next.mask&times != 0 ||
		m.has(i+1, cIn) != nil || m.has(i+1, cOf) != nil || m.has(i+1, cAt) != nil || m.has(i+1, cFor) != nil || m.has(i+1, cTo) != nil ||
		prev.sent != m.it[i].sent || next.sent != m.it[i].sent {
		return false
	}
	return m.titleLine(i)
}

// titleLine reports whether the line of item i is written in title case:
// at least three words of four letters or more, and more than six in ten
// of them capitalised.
func (m *matcher) titleLine(i int) bool {
	line := m.it[i].sent
	lo := i
	for lo > 0 && m.it[lo-1].sent == line {
		lo--
	}
	long, caps := 0, 0
	for k := lo; k < len(m.it) && m.it[k].sent == line; k++ {
		if m.it[k].kind != kWord || m.it[k].multi || m.it[k].end-m.it[k].start < 4 {
			continue
		}
		long++
		if m.it[k].cap {
			caps++
		}
	}
	return long >= 3 && caps*10 > long*6
}

// relYear reads "año pasado", "this year", "last year", "el año que viene":
// the shift in years from the anchor's.
func (m *matcher) relYear(j int) (shift, k int, ok bool) {
	if s := m.has(j, cDir); s != nil {
		if u := m.has(j+1, cUnit); u != nil && (u.s == "Y" || u.s == "FY") {
			return s.n, 2, true
		}
	}
	if u := m.has(j, cUnit); u != nil && (u.s == "Y" || u.s == "FY") {
		if s := m.has(j+1, cDir); s != nil {
			return s.n, 2, true
		}
	}
	return 0, 0, false
}

// rangeMonth reads the rest of a range of days after its first day: "al
// 15 de agosto (de 2025)", "y 5 de marzo", "-15 August": the month and year.
func (m *matcher) rangeMonth(j int) (mo, y int, ok bool) {
	if !(m.has(j, cAnd) != nil || m.has(j, cRangeTo) != nil || m.punct(j, "-–")) {
		return 0, 0, false
	}
	j++
	if m.det(j) {
		j++
	}
	_, k, ok := m.dayNum(j)
	if !ok || m.it[j].kind != kNum {
		return 0, 0, false
	}
	j += k
	if m.of(j) {
		j++
	}
	mo, k, ok = m.month(j, true)
	if !ok {
		return 0, 0, false
	}
	j += k
	if m.of(j) || m.punct(j, ",") {
		j++
	}
	if m.det(j) && m.lang == "es" {
		j++
	}
	if yy, _, ok := m.year(j); ok {
		y = yy
	}
	return mo, y, true
}

// relMonth reads "next month", "el mes pasado", "the current month": the
// shift in months.
func (m *matcher) relMonth(j int) (shift, k int, ok bool) {
	if m.det(j) {
		j++
		k++
	}
	if s := m.has(j, cDir); s != nil {
		if u := m.has(j+1, cUnit); u != nil && u.s == "M" && !m.plural(j+1) {
			return s.n, k + 2, true
		}
	}
	if u := m.has(j, cUnit); u != nil && u.s == "M" && !m.plural(j) {
		if s := m.has(j+1, cDir); s != nil {
			return s.n, k + 2, true
		}
	}
	return 0, 0, false
}

// pYear: "2019", "en 2019" (the year only), "el 2018", "'82".
func (m *matcher) pYear(i int) (mention, bool) {
	j := i
	if m.lang == "es" && m.det(j) {
		j++
	}
	y, k, ok := m.year(j)
	if !ok {
		return mention{}, false
	}
	if k == 1 {
		// not a count, an amount or part of a longer number
		if j > 0 && m.glued(j) && (m.punct(j-1, ",.$€£") || m.it[j-1].kind == kNum) {
			return mention{}, false
		}
		if j > 0 && m.punct(j-1, "$€£") {
			return mention{}, false
		}
		if m.punct(j+1, "%") || m.has(j+1, cNotYear) != nil || m.has(j+1, cUnit) != nil {
			return mention{}, false
		}
		if j > 0 && m.has(j-1, cApprox) != nil {
			return mention{}, false // "unos 2000", "more than 2000": a count
		}
		if m.punct(j+1, ":") && m.glued(j+1) {
			return mention{}, false
		}
		if y < 1900 {
			p := j - 1
			if p < 0 || !(m.has(p, cIn) != nil || m.has(p, cOf) != nil || m.has(p, cDet) != nil || m.has(p, cPrep) != nil) {
				return mention{}, false
			}
		}
		if y > 2100 {
			return mention{}, false
		}
	} else if m.it[j].kind == kWord {
		// a year in words: after "en", "de", "el"..., or alone before
		// punctuation; never before a count noun ("dos mil soldados")
		e := j + k
		if m.has(e, cNotYear) != nil || m.has(e, cUnit) != nil {
			return mention{}, false
		}
		p := j - 1
		ends := e >= len(m.it) || m.it[e].kind == kPunct || m.it[e].newline
		if !(p >= 0 && (m.has(p, cIn) != nil || m.has(p, cOf) != nil || m.has(p, cDet) != nil || m.has(p, cPrep) != nil) || ends) {
			return mention{}, false
		}
	}
	return dateM(i, j+k, yStr(y)), true
}

// pDecade: "la década de 1990", "los años 90", "the 1990s", "the '90s".
func (m *matcher) pDecade(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	if m.has(j, cDecadeOf) != nil {
		j++
		if m.det(j) {
			j++
		}
		if v, ok := m.num(j); ok {
			switch {
			case m.it[j].ndig == 4 && v%10 == 0:
				return dateM(i, j+1, fmt.Sprintf("%03d", v/10)), true
			case m.it[j].ndig == 2 && v%10 == 0:
				return dateM(i, j+1, decade2(v)), true
			}
			return mention{}, false
		}
		if s := m.has(j, cNum); s != nil && s.n >= 10 && s.n < 100 && s.n%10 == 0 {
			return dateM(i, j+1, decade2(s.n)), true
		}
		return mention{}, false
	}
	// "los 70 y 80", "en los 90,": a plural article before a round two-digit
	// number that nothing counts
	if m.lang == "es" && j == i+1 && m.decadePair(j) {
		return dateM(i, j+1, decade2(int(m.it[j].num))), true
	}
	if m.lang == "es" && i >= 3 && m.has(i-1, cAnd) != nil && m.det(i-3) && m.decadePair(i-2) && m.has(i+1, cNotYear) == nil && m.has(i+1, cUnit) == nil {
		return dateM(i, i+1, decade2(int(m.it[i].num))), true // the second of "los 70 y 80"
	}
	// 1990s, '90s, 90s
	k := j
	if m.punct(k, "'’") && m.glued(k+1) {
		k++
	}
	v, ok := m.num(k)
	if !ok || v%10 != 0 || !(m.glued(k+1) && m.has(k+1, cDecSuf) != nil) {
		return mention{}, false
	}
	switch m.it[k].ndig {
	case 4:
		return dateM(i, k+2, fmt.Sprintf("%03d", v/10)), true
	case 2:
		return dateM(i, k+2, decade2(v)), true
	}
	return mention{}, false
}

func decade2(v int) string {
	if v < 20 {
		return fmt.Sprintf("20%d", v/10)
	}
	return fmt.Sprintf("19%d", v/10)
}

// pCentury: "el siglo XX", "the 20th century".
func (m *matcher) pCentury(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	if u := m.has(j, cUnit); u != nil && u.s == "CE" {
		if r := roman(m.word(j + 1)); r > 0 {
			return dateM(i, j+2, fmt.Sprintf("%02d", r-1)), true
		}
		if v, ok := m.num(j + 1); ok && v > 0 && v < 30 {
			return dateM(i, j+2, fmt.Sprintf("%02d", v-1)), true
		}
		return mention{}, false
	}
	v, ok := m.num(j)
	if !ok || v < 1 || v > 30 {
		return mention{}, false
	}
	k := j + 1
	if m.glued(k) && m.has(k, cOrdSuf) != nil {
		k++
	}
	if u := m.has(k, cUnit); u != nil && u.s == "CE" {
		return dateM(i, k+1, fmt.Sprintf("%02d", v-1)), true
	}
	return mention{}, false
}

func roman(s string) int {
	if s == "" || len(s) > 6 {
		return 0
	}
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// podTime builds the TIME of a day and a part of it ("tomorrow morning"),
// taking a clock hour that follows ("tonight at 11", "esta tarde a las 5")
// in that part of the day.
func (m *matcher) podTime(i, j int, day, pod string) mention {
	k := j
	if m.has(k, cAt) != nil || m.punct(k, "@") {
		k++
		if h, n, _, ok := m.clockHour(k); ok && h >= 1 && h <= 12 {
			k += n
			mi := 0
			if m.punct(k, ":.") && m.glued(k) && m.glued(k+1) {
				if v, ok := m.num(k + 1); ok && m.it[k+1].ndig == 2 && v < 60 {
					mi = v
					k += 2
				}
			}
			if m.has(k, cSharp) != nil {
				k++
			}
			switch {
			case pod == "AF" || pod == "EV":
				if h < 12 {
					h += 12
				}
			case pod == "NI":
				if h >= 6 && h < 12 {
					h += 12
				} else if h == 12 {
					h = 0
				}
			case pod == "MO" && h == 12:
				h = 0
			}
			return mention{i: i, j: k, typ: "TIME", val: day + "T" + fmt.Sprintf("%02d:%02d", h, mi)}
		}
	}
	return mention{i: i, j: j, typ: "TIME", val: day + "T" + pod}
}

// pDeictic: hoy, ayer, mañana, anteayer, today, yesterday, esta mañana,
// "yesterday morning".
func (m *matcher) pDeictic(i int) (mention, bool) {
	s := m.has(i, cDay)
	if s == nil {
		return mention{}, false
	}
	if m.has(i, cPod) != nil && !m.it[i].multi {
		// "la mañana", "esta mañana", "cada mañana", "de la mañana": the morning
		if p := i - 1; p >= 0 && (m.has(p, cDet) != nil || m.has(p, cDir) != nil || m.has(p, cEvery) != nil || m.has(p, cOf) != nil || m.has(p, cAt) != nil || m.has(p, cFor) != nil || m.has(p, cWday) != nil || m.has(p, cDay) != nil) {
			return mention{}, false
		}
	}
	j := i + 1
	val := m.a.day(s.n)
	pod := s.s2
	if pod == "" {
		if p := m.has(j, cPod); p != nil && m.lang == "en" {
			pod = p.s
			j++
		}
	}
	if pod != "" {
		return m.podTime(i, j, val, pod), true
	}
	mt := dateM(i, j, val)
	mt.day = true
	return mt, true
}

// onward reports a preposition of a start from then on (cue prep
// "onward": "a partir de", "starting") right before item i, past one
// "de"/"del" or determiner.
func (m *matcher) onward(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if p := m.has(k, cPrep); p != nil {
			return p.s == "onward"
		}
		if m.has(k, cOf) == nil && !m.det(k) {
			return false
		}
	}
	return false
}

// pWeekday: "el martes", "on Friday", "el martes pasado", "next Friday",
// "el lunes de esta semana", "Friday morning".
func (m *matcher) pWeekday(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	dir, hasDir := 0, false
	if s := m.has(j, cDir); s != nil {
		dir, hasDir = s.n, true
		j++
	}
	s := m.has(j, cWday)
	if s == nil || s.abbr && !(m.punct(j+1, ".") && m.glued(j+1)) {
		return mention{}, false
	}
	w := s.n
	j++
	if s.abbr {
		j++
	}
	week, hasWeek := 0, false
	if !hasDir {
		if d := m.has(j, cDir); d != nil && d.n != 0 {
			dir, hasDir = d.n, true
			j++
		} else if m.of(j) {
			// "de esta semana", "de la semana pasada", "of next week"
			k := j + 1
			if m.det(k) {
				k++
			}
			if d := m.has(k, cDir); d != nil {
				if u := m.has(k+1, cUnit); u != nil && u.s == "W" {
					week, hasWeek = d.n, true
					j = k + 2
				}
			} else if u := m.has(k, cUnit); u != nil && u.s == "W" {
				if d := m.has(k+1, cDir); d != nil {
					week, hasWeek = d.n, true
					j = k + 2
				}
			}
		}
	}
	var val string
	switch {
	case !m.a.known:
		val = fmt.Sprintf("XXXX-WXX-%d", w)
	case hasWeek:
		t := m.a.date()
		mon := t.AddDate(0, 0, 1-wdayNum(t))
		val = dayStr(mon.AddDate(0, 0, 7*week+w-1))
	case hasDir && dir != 0:
		val = m.a.weekday(w, dir, true)
	case m.onward(i):
		// "convocó una huelga a partir del lunes", "starting Monday":
		// a weekday an act starts from is the coming one
		val = m.a.weekday(w, 1, false)
	default:
		m.cueDay = true
		t := m.tense(i, j)
		m.cueDay = false
		if t > 0 {
			val = m.a.weekday(w, 1, false)
		} else {
			val = m.a.weekday(w, -1, false)
		}
	}
	if p := m.has(j, cPod); p != nil && m.lang == "en" {
		return m.podTime(i, j+1, val, p.s), true
	}
	mt := dateM(i, j, val)
	mt.day = true
	return mt, true
}

// dateUnit reports whether a unit can name a calendar period.
func dateUnit(u string) bool {
	switch u {
	case "W", "WE", "M", "Q", "HY", "Y", "FY", "DE", "CE":
		return true
	}
	return false
}

// pRelUnit: "la semana pasada", "el año pasado", "next month", "este año",
// "this weekend", "el fin de semana".
func (m *matcher) pRelUnit(i int) (mention, bool) {
	j := i
	hasDet := false
	if m.det(j) {
		j++
		hasDet = true
	}
	var unit string
	dir, hasDir, ana, weekend := 0, false, false, false
	if s := m.has(j, cDir); s != nil {
		if u := m.has(j+1, cUnit); u != nil && dateUnit(u.s) && !m.plural(j+1) {
			unit, dir, hasDir, ana = u.s, s.n, true, s.ana
			j += 2
		}
	}
	if !hasDir {
		u := m.has(j, cUnit)
		if u == nil || !dateUnit(u.s) || m.plural(j) {
			return mention{}, false
		}
		if s := m.has(j+1, cDir); s != nil {
			unit, dir, hasDir, ana = u.s, s.n, true, s.ana
			j += 2
		} else if hasDet && u.s == "WE" {
			unit = "WE"
			weekend = true
			j++
		} else {
			return mention{}, false
		}
	}
	if hasDet && dir == -1 && (unit == "Y" || unit == "DE" || unit == "M" || unit == "W") && !m.plural(j-1) && m.has(j, cOf) == nil {
		// "su nivel más alto del último año", "the largest conference in the
		// past decade": measured over the stretch, a duration
		if m.superlBefore(i, 6) {
			return mention{i: i, j: j, typ: "DURATION", val: durStr(unit, 1)}, true
		}
	}
	if p := i - 1; hasDet && dir != 0 && unit != "Q" && unit != "HY" && m.has(p, cFor) != nil && !m.plural(j-1) && m.has(j, cOf) == nil {
		// "over the next decade", "durante el último año": a stretch of one
		// unit (a quarter stays a date: "for the last quarter" reports one)
		if d := durStr(unit, 1); d != "" {
			return mention{i: i, j: j, typ: "DURATION", val: d}, true
		}
	}
	if weekend {
		dir = m.weekendShift(i, j)
	} else if unit == "WE" && dir == 1 && m.a.known && wdayNum(m.a.date()) <= 5 {
		// "el próximo fin de semana", "this coming weekend" on a weekday:
		// the coming one, as "el próximo viernes" is
		dir = 0
	}
	val, ok := m.a.shift(unit, dir)
	if !ok {
		return mention{}, false
	}
	mt := dateM(i, j, val)
	if ana && (unit == "Y" || unit == "M" || unit == "W") && dir != 0 {
		mt.anaUnit, mt.anaShift = unit, dir
	}
	return mt, true
}

// weekendShift places "el fin de semana", "the weekend" (no "este",
// "next") by the tense of its clause, as a bare weekday: told in the past
// or with no tense (news reports what happened), the last weekend (the
// week before the article's unless the article is dated on a Saturday or
// Sunday); in the future, the coming one (next week's when the article is
// dated on a Sunday).
func (m *matcher) weekendShift(i, j int) int {
	if !m.a.known {
		return 0
	}
	wd := wdayNum(m.a.date())
	if m.tense(i, j) > 0 {
		if wd == 7 {
			return 1
		}
		return 0
	}
	if wd < 6 {
		return -1
	}
	return 0
}

// superlBefore reports whether a superlative ("mayor", "biggest") stands
// at most n items before i in its sentence.
func (m *matcher) superlBefore(i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n && m.sameSent(k, i); k-- {
		if m.has(k, cSuperl) != nil {
			return true
		}
	}
	return false
}

// countNoun reports whether item i looks like a plural noun that a number
// before it counts: a lower-case word ending in -s that the lexicon does
// not know ("10 sospechosos", "12 soldiers").
func (m *matcher) countNoun(i int) bool {
	if i >= len(m.it) || m.it[i].kind != kWord || m.it[i].senses != nil || m.it[i].cap {
		return false
	}
	w := m.word(i)
	return len(w) > 3 && w[len(w)-1] == 's'
}

// plural reports whether the word at i is a plural unit ("años", "weeks").
func (m *matcher) plural(i int) bool {
	w := m.word(i)
	return len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S')
}

// pSeason: "el otoño pasado", "last summer", "la primavera austral",
// "el verano de 2024", "spring".
func (m *matcher) pSeason(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	dir, hasDir := 0, false
	if s := m.has(j, cDir); s != nil {
		dir, hasDir = s.n, true
		j++
	}
	s := m.has(j, cSeason)
	if s == nil && hasDir && j < len(m.it) {
		// "last fall": after a direction word the capital is not needed
		for x := range m.it[j].senses {
			if m.it[j].senses[x].cls == cSeason {
				s = &m.it[j].senses[x]
			}
		}
	}
	if s == nil {
		return mention{}, false
	}
	season := s.s
	j++
	south := false
	hemi := func() {
		if h := m.has(j, cHemi); h != nil {
			south = h.s == "S"
			j++
		}
	}
	hemi()
	year, hasYear := 0, false
	if !hasDir {
		if d := m.has(j, cDir); d != nil {
			dir, hasDir = d.n, true
			j++
		} else {
			j2 := j
			if m.of(j2) || m.punct(j2, ",") {
				j2++
			}
			if m.det(j2) && m.lang == "es" {
				j2++
			}
			if y, k, ok := m.year(j2); ok {
				year, hasYear = y, true
				j = j2 + k
			} else if m.of(j) {
				k := j + 1
				if m.det(k) {
					k++
				}
				if sh, n, ok := m.relYear(k); ok && m.a.known {
					year, hasYear = m.a.t.Year()+sh, true
					j = k + n
				}
			}
		}
	}
	hemi()
	if south {
		season = map[string]string{"SP": "FA", "FA": "SP", "SU": "WI", "WI": "SU"}[season]
	}
	var val string
	switch {
	case hasYear:
		val = fmt.Sprintf("%04d-%s", year, season)
	case hasDir && dir != 0:
		val = m.a.season(season, dir, true)
	default:
		val = m.a.season(season, cycDir(m.tense(i, j)), false)
	}
	return dateM(i, j, val), true
}

// pQuarter: "el tercer trimestre de 2009", "the fourth quarter",
// "the first quarter of last year", "el último trimestre del 2009".
func (m *matcher) pQuarter(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	q := 0
	if s := m.has(j, cOrd); s != nil && s.n >= 1 && s.n <= 4 {
		q = s.n
	} else if v, ok := m.num(j); ok && v >= 1 && v <= 4 && m.glued(j+1) && m.has(j+1, cOrdSuf) != nil {
		q = v // 3rd quarter
		j++
	} else if d := m.has(j, cDir); d != nil && d.n == -1 || m.has(j, cOrd) != nil && m.has(j, cOrd).n == -1 {
		q = -1 // "último trimestre del 2009", "the final quarter of 2009": the fourth
	} else {
		return mention{}, false
	}
	j++
	if m.punct(j, "-") && m.glued(j) {
		j++
	}
	u := m.has(j, cUnit)
	halfWord := false
	if u == nil && m.has(j, cHalf) != nil && q >= 1 && q <= 2 && m.of(j+1) {
		u, halfWord = &sense{cls: cUnit, s: "HY"}, true // "the first half of 2025"
	}
	if u == nil || (u.s != "Q" && u.s != "HY") || m.plural(j) {
		return mention{}, false
	}
	unit := u.s
	j++
	n := 4
	if unit == "HY" {
		n = 2
	}
	if q > n {
		return mention{}, false
	}
	year, hasYear := 0, false
	if y, c, ok := m.year(j); ok {
		year, hasYear = y, true // "4th quarter 2018"
		j += c
	} else if m.of(j) {
		k := j + 1
		if m.det(k) {
			k++
		}
		if y, c, ok := m.year(k); ok {
			year, hasYear = y, true
			j = k + c
		} else if sh, c, ok := m.relYear(k); ok && m.a.known {
			year, hasYear = m.a.t.Year()+sh, true
			j = k + c
		} else if u := m.has(k, cUnit); u != nil && (u.s == "Y" || u.s == "FY") && m.a.known && !m.plural(k) {
			year, hasYear = m.a.t.Year(), true // "del año", "of the year"
			j = k + 1
		}
	}
	if q == -1 {
		if !hasYear {
			return mention{}, false // "el último trimestre": pRelUnit
		}
		q = n
	}
	if halfWord && !hasYear {
		return mention{}, false // "the second half of the match"
	}
	letter := "Q"
	if unit == "HY" {
		letter = "H"
	}
	if hasYear {
		return dateM(i, j, fmt.Sprintf("%04d-%s%d", year, letter, q)), true
	}
	if !m.a.known {
		return dateM(i, j, fmt.Sprintf("XXXX-%s%d", letter, q)), true
	}
	if unit == "HY" {
		cur := m.a.t.Year()*2 + (int(m.a.t.Month())-1)/6
		want := cyc(cur, m.a.t.Year()*2+q-1, 2, cycDir(m.tense(i, j)), false)
		return dateM(i, j, fmt.Sprintf("%04d-H%d", want/2, want%2+1)), true
	}
	return dateM(i, j, m.a.quarter(q, cycDir(m.tense(i, j)), false)), true
}

// pMod: "a mediados de 2023", "principios de mes", "mid-2023", "early
// June", "the end of last year", "finales del año pasado".
func (m *matcher) pMod(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	s := m.has(j, cMod)
	if s == nil {
		return mention{}, false
	}
	mod := s.s
	hasOf := m.it[j].multi // "the end of", "the beginning of"
	j++
	onDay := false // "late on Wednesday": only a day may follow
	if m.of(j) {
		j++
		hasOf = true
	} else if m.punct(j, "-") && m.glued(j) {
		j++
	} else if s.s2 != "" && !hasOf {
		if in := m.has(j, cIn); in != nil && in.s == "on" {
			j++
			onDay = true
		}
	}
	var sub mention
	ok := false
	if v, good := m.num(j + 1); good && hasOf && m.lang == "es" && m.det(j) && strings.HasSuffix(fold(m.word(j)), "s") && v%10 == 0 &&
		!(m.glued(j+2) && !(m.punct(j+2, ".,;:)") && !m.glued(j+3))) && m.has(j+2, cNotYear) == nil && m.has(j+2, cUnit) == nil && !m.punct(j+2, "%") {
		// "a finales de los 90", "a principios de los 2000": after the
		// start or end of, a plural article and a round number are a decade
		switch m.it[j+1].ndig {
		case 2:
			sub, ok = dateM(j, j+2, decade2(v)), true
		case 4:
			sub, ok = dateM(j, j+2, fmt.Sprintf("%03d", v/10)), true
		}
	}
	for _, p := range []func(int) (mention, bool){m.pDate, m.pMonth, m.pYear, m.pRelUnit, m.pSeason, m.pQuarter, m.pDecade, m.pWeekday, m.pDeictic} {
		if mt, good := p(j); good && (!ok || mt.j > sub.j) {
			sub, ok = mt, true
		}
	}
	if !ok && hasOf {
		// "principios de año", "the end of the year", "finales del día"
		k := j
		if m.det(k) {
			k++
		}
		if u := m.has(k, cUnit); u != nil && !m.plural(k) && (dateUnit(u.s) || u.s == "D") {
			// the end of the year told in the past early in a year is last
			// year's; its start told in the future late in a year, next year's
			shift := 0
			if m.a.known && (u.s == "Y" || u.s == "M") {
				t := m.tense(i, k+1)
				half := m.a.t.Month() <= 6
				if u.s == "M" {
					half = m.a.t.Day() <= 15
				}
				switch {
				case mod == "END" && t < 0 && half:
					shift = -1
				case mod == "START" && t > 0 && !half:
					shift = 1
				}
			}
			if val, good := m.a.shift(u.s, shift); good {
				sub, ok = dateM(j, k+1, val), true
				// "finales del día", "the end of the day": the day the text
				// named last, as "el día", "the day" alone
				sub.ana = u.s == "D"
			}
		}
	}
	if !ok {
		return mention{}, false
	}
	sub.i = i
	sub.mod = mod
	if s.s2 != "" && sub.typ == "DATE" && isDay(sub.val) {
		// "late Wednesday", "late on Wednesday": the day's night (the
		// mod's part of day); "-": the day with the mod, as TimeML reads
		// "early Wednesday", "early on Wednesday" and we read "a primera
		// hora del lunes"
		if s.s2 != "-" {
			sub.typ, sub.val, sub.mod, sub.day = "TIME", sub.val+"T"+s.s2, "", false
		}
	} else if onDay {
		return mention{}, false
	}
	if mod == "START" && sub.typ == "DATE" && m.sinceThe(i) {
		// "desde el comienzo de este año", "since the start of the month":
		// counted from a point, the first day
		switch v := sub.val; {
		case len(v) == 4 && v != "XXXX":
			sub.val, sub.mod, sub.day = v+"-01-01", "", true
		case len(v) == 7 && v[4] == '-' && v[5] != 'X' && v[5] != 'Q' && v[5] != 'H' && v[5] != 'W':
			sub.val, sub.mod, sub.day = v+"-01", "", true
		}
	}
	return sub, true
}

// sinceThe reports whether the expression at i opens with an article
// ("el comienzo", "the start of") right after "desde"/"since": a point
// from which something is counted, not a vague stretch ("desde principios
// de año" stays the year's start).
func (m *matcher) sinceThe(i int) bool {
	p := m.has(i-1, cPrep)
	if p == nil || p.s != "since" {
		return false
	}
	if m.det(i) {
		return true
	}
	w := fold(m.word(i))
	return m.it[i].multi && strings.HasPrefix(w, "the ")
}

// quantityUnit reads "tres años", "a decade", "12-year", "dos años y medio",
// "media hora", "an hour and a half". n is -1 for a vague amount.
func (m *matcher) quantityUnit(j int) (n float64, unit string, end int, ok bool) {
	if m.has(j, cApprox) != nil && j+1 < len(m.it) {
		if n, u, e, ok := m.quantityUnit(j + 1); ok {
			return n, u, e, true // "más de dos años", "almost two years"
		}
	}
	if m.has(j, cHalf) != nil && m.lang == "es" {
		if u := m.has(j+1, cUnit); u != nil && !m.plural(j+1) {
			return 0.5, u.s, j + 2, true
		}
	}
	n, k, ok := m.number(j)
	if !ok {
		return 0, "", 0, false
	}
	art := k == 1 && m.article(j)
	e := j + k
	if m.punct(e, "-") && m.glued(e) && m.glued(e+1) {
		e++ // 12-year
	}
	if n > 0 && m.has(e, cAnd) != nil && m.article(e+1) && m.has(e+2, cHalf) != nil {
		n += 0.5 // two and a half years
		e += 3
	}
	u := m.has(e, cUnit)
	if u == nil && n > 1 && e+1 < len(m.it) && m.it[e].kind == kWord && (m.it[e].senses == nil || m.has(e, cConsec) != nil) && !m.it[e].cap && m.has(e+1, cUnit) != nil && m.plural(e+1) {
		e++ // "five trading days", "two consecutive quarters"
		u = m.has(e, cUnit)
	}
	if u == nil {
		return 0, "", 0, false
	}
	if art && u.s == "S" && !m.plural(e) {
		return 0, "", 0, false // "un segundo mandato"
	}
	if n > 1 && !m.plural(e) && m.it[j].kind == kWord && m.lang == "es" && u.s != "WE" {
		// "dos año" is not Spanish; "cinco décadas" is fine
		if !strings.HasSuffix(fold(m.word(e)), "s") {
			return 0, "", 0, false
		}
	}
	e++
	// "y medio", "y media", "and a half"
	if m.has(e, cAnd) != nil {
		if m.has(e+1, cHalf) != nil {
			n += 0.5
			e += 2
		} else if m.article(e+1) && m.has(e+2, cHalf) != nil {
			n += 0.5
			e += 3
		}
	}
	return n, u.s, e, true
}

// pAgo: "hace dos semanas", "two weeks ago", "hace 20 años", "hace unas horas".
func (m *matcher) pAgo(i int) (mention, bool) {
	if s := m.has(i, cAgo); s != nil && (s.s == "before" || s.s == "since") {
		j := i + 1
		if n, unit, e, ok := m.quantityUnit(j); ok {
			if s.s == "since" && n > 0 && unit != "H" && unit != "MIN" && unit != "S" {
				// "desde hace dos años": for two years
				return mention{i: j, j: e, typ: "DURATION", val: durStr(unit, n)}, true
			}
			return m.agoVal(i, e, unit, n)
		}
		if u := m.has(j, cUnit); u != nil && m.plural(j) {
			return m.agoVal(i, j+1, u.s, -1)
		}
		return mention{}, false
	}
	n, unit, e, ok := m.quantityUnit(i)
	if !ok {
		if u := m.has(i, cUnit); u != nil && m.plural(i) {
			n, unit, e, ok = -1, u.s, i+1, true
		}
	}
	if !ok {
		return mention{}, false
	}
	if s := m.has(e, cAgo); s != nil && s.s == "after" {
		return m.agoVal(i, e+1, unit, n)
	}
	if s := m.has(e, cAgo); s != nil && (s.s == "later" || s.s == "earlier") {
		if m.of(e + 1) {
			// "un día después de que el ministro acusara"
			return m.fromEventVal(i, e, e+2, unit, n, s.s == "earlier")
		}
		return m.laterVal(i, e, unit, n, s.s == "earlier")
	}
	if s := m.has(e, cAgo); s != nil && (s.s == "fromev" || s.s == "toev") {
		// "a day after France's minister accused Baku"
		return m.fromEventVal(i, e, e+1, unit, n, s.s == "toev")
	}
	if s := m.has(e, cAgo); s != nil && s.s == "hence" && n >= 0 {
		val, ok := m.a.ago(unit, n)
		if !ok {
			return dateM(i, e+1, "FUTURE_REF"), true
		}
		mt := dateM(i, e+1, val)
		mt.day = len(val) == 10
		return mt, true
	}
	return mention{}, false
}

// laterVal: "dos días después", "48 horas más tarde", "hours later",
// "a week earlier": a day counted from the last day the text named (else
// the article's), resolved by anchorTimes as "al día siguiente" is; the
// word of direction is item e. Hours and minutes count whole days ("horas
// después" is the same day). Before "de/of" or a preposition the span is
// counted from an event ("dos días después de la votación"): then, and for
// longer or vague units, no date.
func (m *matcher) laterVal(i, e int, unit string, n float64, earlier bool) (mention, bool) {
	if m.of(e+1) || m.has(e+1, cPrep) != nil {
		return mention{}, false
	}
	days, ok := wholeDays(unit, n)
	if !ok {
		return mention{}, false
	}
	if earlier {
		days = -days
	}
	mt := dateM(i, e+1, m.a.day(days))
	mt.ana = true
	mt.anaShift = days
	mt.later = true
	mt.day = true
	return mt, true
}

// wholeDays is the number of days an amount spans for laterVal and
// fromEventVal: whole days and weeks count, hours are whole days only from
// 24 on, minutes and seconds are the same day; fractions of days and
// longer or vague units are no date (false).
func wholeDays(unit string, n float64) (int, bool) {
	switch unit {
	case "D", "W":
		if n < 1 || n != float64(int(n)) {
			return 0, false
		}
		if unit == "W" {
			return int(n) * 7, true
		}
		return int(n), true
	case "H":
		if n >= 24 {
			return int(n) / 24, true
		}
		return 0, true
	case "MIN", "S":
		return 0, true
	}
	return 0, false
}

// fromEventVal: "a day after", "two weeks before", "un día después de",
// "horas antes de": an amount (items [i, e)) that separates the day named
// before it in the sentence from an event the words after item end-1
// tell; anchorTimes counts the event's day back (forward for before) from
// that day. Whole days and weeks count; hours and minutes are the same
// day; longer or vague amounts are no date. Before is true for "before",
// "antes de": the event comes after the day named.
func (m *matcher) fromEventVal(i, e, end int, unit string, n float64, before bool) (mention, bool) {
	if end >= len(m.it) || !m.sameSent(end-1, end) || m.it[end].kind == kPunct {
		return mention{}, false
	}
	days, ok := wholeDays(unit, n)
	if !ok {
		return mention{}, false
	}
	if before {
		days = -days
	}
	return mention{i: i, j: end, typ: "DURATION", val: durStr(unit, n), fromEvent: true, durJ: e, anaShift: days, evDay: days == 0}, true
}

func (m *matcher) agoVal(i, j int, unit string, n float64) (mention, bool) {
	if n < 0 {
		if unit == "H" || unit == "MIN" || unit == "S" {
			mt := dateM(i, j, m.a.day(0))
			mt.day = true
			return mt, true
		}
		return dateM(i, j, "PAST_REF"), true
	}
	val, ok := m.a.ago(unit, -n)
	if !ok {
		return dateM(i, j, "PAST_REF"), true
	}
	mt := dateM(i, j, val)
	mt.day = len(val) == 10
	return mt, true
}

// pWithin: "dentro de tres días" (a date), "in three days" (a duration, as
// TimeML reads it), "within a week" (a duration).
func (m *matcher) pWithin(i int) (mention, bool) {
	s := m.has(i, cWithin)
	isIn := m.has(i, cIn) != nil && m.has(i, cIn).s == "in"
	if s == nil && !isIn {
		return mention{}, false
	}
	n, unit, e, ok := m.quantityUnit(i + 1)
	if !ok || n < 0 {
		return mention{}, false
	}
	if s != nil && s.n == 0 {
		return mention{i: i + 1, j: e, typ: "DURATION", val: durStr(unit, n)}, true
	}
	if s == nil {
		// a bare "in"/"en" gives the length of the time it takes, as TimeML
		// annotates it: "the lowest in six years", "will be ready in five
		// years" (P5Y); only "dentro de" counts a date forward
		return mention{i: i + 1, j: e, typ: "DURATION", val: durStr(unit, n)}, true
	}
	val, ok := m.a.ago(unit, n)
	if !ok {
		return dateM(i, e, "FUTURE_REF"), true
	}
	mt := dateM(i, e, val)
	mt.day = len(val) == 10
	return mt, true
}

// pDuration: "tres años", "durante seis meses", "los últimos 12 años",
// "the next four years", "several days", "media hora", "for years".
func (m *matcher) pDuration(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	span, ahead := false, false
	if sp := m.has(j, cSpan); sp != nil {
		j++
		span = true
		// "en las próximas semanas", "in the coming weeks", "within the
		// next few months": some time ahead, a date (FUTURE_REF); "durante
		// los próximos meses", "over the next weeks" stay stretches
		in := m.has(i-1, cIn)
		ahead = sp.n > 0 && m.det(i) && (in != nil && in.s == "in" || m.has(i-1, cWithin) != nil)
	} else if j != i {
		return mention{}, false
	}
	if n, unit, e, ok := m.quantityUnit(j); ok {
		if unit == "Y" && !span && m.age(i, e) {
			return mention{}, false
		}
		if ahead && n < 0 && m.plural(e-1) {
			return mention{i: i, j: e, typ: "DATE", val: "FUTURE_REF"}, true
		}
		return mention{i: i, j: e, typ: "DURATION", val: durStr(unit, n)}, true
	}
	if n, unit, k, ok := m.orAmount(j); ok {
		return mention{i: i, j: j + k, typ: "DURATION", val: durStr(unit, n)}, true
	}
	if u := m.has(j, cUnit); u != nil && m.plural(j) {
		// bare plural: only after "the last", "durante", "for", "over the"
		// ("in just minutes", "en apenas minutos": past an approximation)
		p := i - 1
		if m.det(p) {
			p--
		}
		if m.has(p, cApprox) != nil && !m.it[p].multi && m.has(p, cFor) == nil && m.has(p, cIn) == nil {
			p--
		}
		if m.of(j+1) && m.has(j+2, cMonth) != nil {
			return mention{}, false // "los meses de julio y agosto"
		}
		long := m.punct(j+1, "-") && m.glued(j+1) && m.glued(j+2) && j+2 < len(m.it) && m.it[j+2].kind == kWord // decades-long
		if ahead {
			return mention{i: i, j: j + 1, typ: "DATE", val: "FUTURE_REF"}, true
		}
		if span && m.has(j-1, cSpan).n < 0 && m.superlBefore(i, 8) {
			// "las mayores pérdidas en un día de los últimos años", "the
			// biggest losses in recent years": the past a record is
			// measured against, no stretch that is measured
			return mention{i: i, j: j + 1, typ: "DATE", val: "PAST_REF"}, true
		}
		if span || long || m.has(p, cFor) != nil || m.has(p, cLasts) != nil || m.has(p, cIn) != nil || m.has(p, cWithin) != nil || m.has(j+1, cPrep) != nil {
			return mention{i: i, j: j + 1, typ: "DURATION", val: durStr(u.s, -1)}, true
		}
	}
	return mention{}, false
}

// orAmount: the first of two amounts joined by "o"/"or" that share the unit
// after the second ("60 o 90 días", "two or three weeks"): each amount is its
// own duration (TimeML marks "60" P60D and "90 días" P90D). An approximation
// before the first ("unos 60 o 90 días") stays out of the span, matched one
// item on. It returns the first amount, the
// shared unit and the amount's length in items.
func (m *matcher) orAmount(j int) (n float64, unit string, k int, ok bool) {
	if m.has(j, cApprox) != nil {
		return 0, "", 0, false
	}
	n, k, ok = m.number(j)
	if !ok || n <= 0 || j+k+1 >= len(m.it) || !m.sameSent(j, j+k+1) {
		return 0, "", 0, false
	}
	if m.has(j+k, cOr) == nil {
		// "between 60 and 90 days", "entre 12 y 18 meses", "from 60 to 90
		// days", "de 60 a 90 días": a range of amounts, marked the same way
		r := m.has(j-1, cRangeFrom)
		if r == nil || !(r.s == "and" && m.has(j+k, cAnd) != nil || r.s == "to" && m.has(j+k, cRangeTo) != nil) {
			return 0, "", 0, false
		}
	}
	_, unit, _, ok = m.quantityUnit(j + k + 1)
	return n, unit, k, ok
}

// pSet: "cada semana", "every year", "cada dos años", "todos los lunes",
// "every morning", "anualmente", "weekly".
func (m *matcher) pSet(i int) (mention, bool) {
	if s := m.has(i, cSet); s != nil {
		if m.has(i+1, cDir) != nil || m.has(i+1, cUnit) != nil {
			return mention{}, false
		}
		return mention{i: i, j: i + 1, typ: "SET", val: s.s}, true
	}
	if m.has(i, cEvery) == nil {
		return mention{}, false
	}
	j := i + 1
	if w := m.has(j, cWday); w != nil && !w.abbr {
		return mention{i: i, j: j + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", w.n)}, true
	}
	if p := m.has(j, cPod); p != nil {
		return mention{i: i, j: j + 1, typ: "SET", val: "XXXX-XX-XXT" + p.s}, true
	}
	if s := m.has(j, cSeason); s != nil {
		return mention{i: i, j: j + 1, typ: "SET", val: "XXXX-" + s.s}, true
	}
	if n, unit, e, ok := m.quantityUnit(j); ok && n > 0 {
		return mention{i: i, j: e, typ: "SET", val: durStr(unit, n)}, true
	}
	if u := m.has(j, cUnit); u != nil {
		return mention{i: i, j: j + 1, typ: "SET", val: durStr(u.s, 1)}, true
	}
	return mention{}, false
}

// pRef: ahora, actualmente, recientemente, pronto, en el futuro, soon...
func (m *matcher) pRef(i int) (mention, bool) {
	j := i
	if m.has(j, cDet) != nil {
		if s := m.has(j+1, cRef); s != nil && s.det {
			return dateM(i, j+2, s.s), true
		}
		return mention{}, false
	}
	s := m.has(j, cRef)
	if s == nil || s.det {
		return mention{}, false
	}
	if s.s == "XXXX-XX-XX" && m.has(j-1, cUnit) != nil {
		// "tres años más tarde": the amount is the expression
		return mention{}, false
	}
	return dateM(i, j+1, s.s), true
}

// clockHour reads the hour of a clock time: digits or a number word.
func (m *matcher) clockHour(i int) (h, k int, word, ok bool) {
	if v, ok := m.num(i); ok && m.it[i].ndig <= 2 && v <= 24 {
		return v, 1, false, true
	}
	if n, k, ok := m.number(i); ok && n >= 1 && n <= 24 && n == float64(int(n)) && m.it[i].kind == kWord {
		if m.article(i) {
			return 0, 0, false, false
		}
		return int(n), k, true, true
	}
	return 0, 0, false, false
}

// pClock: "a las 15:00", "15:00 UTC", "at 3 p.m.", "a las tres de la tarde",
// "las doce y media", "a las 15 horas", "mediodía", "0800 UTC".
func (m *matcher) pClock(i int) (mention, bool) {
	j := i
	hasAt := false
	if m.has(j, cAt) != nil {
		j++
		hasAt = true
	}
	if c := m.has(j, cClock); c != nil {
		var h, mi int
		fmt.Sscanf(c.s, "%d:%d", &h, &mi)
		return m.clockM(i, j+1, h, mi, false), true
	}
	if m.punct(j-1, ":.") && m.glued(j) {
		return mention{}, false // the end of 3:07:35 or of 2.15
	}
	h, k, isWord, ok := m.clockHour(j)
	laUna := false
	if !ok && hasAt && m.has(i, cAt).s == "a la" && m.article(j) {
		h, k, isWord, ok = 1, 1, true, true // "a la una"
		laUna = true
	}
	if !ok {
		// 0800 UTC
		if v, ok := m.num(j); ok && m.it[j].ndig == 4 && m.has(j+1, cTZ) != nil && v%100 < 60 && v/100 <= 24 {
			return m.clockM(i, j+2, v/100, v%100, m.has(j+1, cTZ).s == "Z"), true
		}
		// "330 p.m.", "at 730 in the evening", "at 1030": hours and minutes
		// run together, with a marker, or after "at" when no year can be meant
		if v, ok := m.num(j); ok && (m.it[j].ndig == 3 || m.it[j].ndig == 4) && v%100 < 60 && v/100 <= 23 && !m.glued(j+1) {
			h, mi, e := v/100, v%100, j+1
			if s := m.has(e, cAmPm); s != nil && h >= 1 && h <= 12 {
				if s.s == "pm" && h < 12 {
					h += 12
				} else if s.s != "pm" && h == 12 {
					h = 0
				}
				return m.clockM(i, e+1, h, mi, false), true
			}
			if k2, pod := m.podAfter(e); pod != "" && k2 > e && h >= 1 && h <= 12 {
				if (pod == "AF" || pod == "EV" || pod == "NI") && h < 12 {
					h += 12
				}
				return m.clockM(i, k2, h, mi, false), true
			}
			if hasAt && m.it[j].ndig == 4 && v < 1900 && m.has(e, cNotYear) == nil && m.has(e, cUnit) == nil && !m.punct(e, "%") {
				return m.clockM(i, e, h, mi, false), true
			}
		}
		return mention{}, false
	}
	j += k
	mi := 0
	explicit := false // minutes or a marker that fixes the reading
	colon := false
	if !isWord && m.has(j, cHours) != nil && m.glued(j) {
		// 15h00, 15h, 3h18 (but "1h" alone is an hour's duration)
		hasMin := false
		if m.glued(j + 1) {
			if v, ok := m.num(j + 1); ok && m.it[j+1].ndig == 2 && v < 60 {
				mi = v
				hasMin = true
			}
		}
		if !hasMin && !hasAt && h < 10 {
			return mention{}, false
		}
		j++
		if hasMin {
			j++
		}
		explicit = true
		colon = true
	} else if m.it[j-1].kind == kWord || m.lang == "en" || m.has(j, cNum) != nil || j < len(m.it) && m.it[j].kind == kNum && m.it[j].ndig == 1 && m.it[j].num == 0 {
		// "ten thirty am", "seis cero dos pm", "seis dos de la tarde": an
		// hour and its minutes as separate numbers, fixed by a marker
		c0 := 0
		if z, ok := m.num(j); ok && z == 0 && m.it[j].ndig == 1 || m.has(j, cNum) != nil && m.has(j, cNum).n == 0 {
			c0 = 1 // "cero dos", "6 0 2"
		}
		if n, c, ok := m.number(j + c0); ok && n >= 1 && n < 60 && n == float64(int(n)) && (c0 == 1 || n >= 10 || m.lang == "es") {
			k2, pod := m.podAfter(j + c0 + c)
			if m.has(j+c0+c, cAmPm) != nil || pod != "" && k2 > 0 || (hasAt && m.lang == "en" && c0 == 0 && n >= 10) {
				mi = int(n)
				j += c0 + c
				explicit = true
			}
		}
	}
	if m.punct(j, ":.") && m.glued(j) && m.glued(j+1) && !isWord {
		if v, ok := m.num(j + 1); ok && m.it[j+1].ndig == 2 && v < 60 {
			if m.punct(j+2, ":") && m.glued(j+2) {
				return mention{}, false // 3:07:35
			}
			sepDot := m.punct(j, ".")
			mi = v
			j += 2
			explicit = true
			colon = true
			if sepDot && !hasAt && m.has(j, cAmPm) == nil && m.has(j, cTZ) == nil && m.has(j, cHours) == nil {
				if !(i == 0 && j == len(m.it)) {
					return mention{}, false // 2.50 is a number; only a lone "15.30" is a time
				}
			}
		}
	} else if m.lang == "es" && !hasAt && isWord == false && h >= 1 && h <= 12 && m.has(j, cAnd) != nil && (m.has(j+1, cHalf) != nil || m.has(j+1, cQuarter) != nil) && m.has(j+2, cUnit) == nil && m.has(j+2, cNotYear) == nil {
		// "5 y cuarto", "10 y media" with no "a las": a clock all the same
		mi = 30
		if m.has(j+1, cQuarter) != nil {
			mi = 15
		}
		j += 2
		explicit = true
	} else if hasAt && m.lang == "es" {
		// "y media", "y cuarto", "y diez", "menos cuarto"
		if m.has(j, cAnd) != nil {
			if m.has(j+1, cHalf) != nil {
				mi, j = 30, j+2
			} else if m.has(j+1, cQuarter) != nil {
				mi, j = 15, j+2
			} else if n, c, ok := m.number(j + 1); ok && n > 0 && n < 60 && !m.article(j+1) {
				mi, j = int(n), j+1+c
			}
		} else if m.has(j, cMinus) != nil {
			if m.has(j+1, cQuarter) != nil {
				mi, j = 45, j+2
				h--
			} else if n, c, ok := m.number(j + 1); ok && n > 0 && n < 60 {
				mi, j = 60-int(n), j+1+c
				h--
			}
			if h < 0 {
				h += 24
			}
		}
	}
	// markers
	pm := 0
	tz := false
	if s := m.has(j, cAmPm); s != nil {
		if s.s == "pm" {
			pm = 1
		} else {
			pm = -1
		}
		j++
		explicit = true
	}
	if m.has(j, cHours) != nil && (hasAt || !isWord) {
		if !hasAt && !explicit {
			return mention{}, false // "24 horas" is a duration
		}
		j++ // "a las 15 horas", "a las 10.30 horas"
		explicit = true
	}
	if z := m.has(j, cTZ); z != nil {
		tz = z.s == "Z" // "local time", "hora local": no zone written
		j++
		explicit = true
	}
	if m.has(j, cSharp) != nil {
		j++
		explicit = true
		if s := m.has(j, cAmPm); s != nil && pm == 0 {
			pm = 1 // "3 o'clock pm"
			if s.s == "am" {
				pm = -1
			}
			j++
		}
	}
	// "de la tarde", "in the morning", "at night"
	podGiven := false
	if k2, pod := m.podAfter(j); pod != "" {
		j = k2
		explicit = true
		podGiven = true
		switch pod {
		case "AF", "EV":
			if h < 12 {
				pm = 1
			}
		case "NI":
			if h >= 6 && h < 12 {
				pm = 1
			}
		}
	}
	if !explicit && !hasAt {
		return mention{}, false
	}
	if !explicit && m.lang == "en" {
		return mention{}, false // "at 3" alone
	}
	if laUna && !explicit && mi == 0 {
		return mention{}, false // "a la una de las partes"
	}
	if isWord && !explicit && mi == 0 && !m.multiAt(i) {
		return mention{}, false // "las dos" partes
	}
	// "recibió a las dos delegaciones", "a las tres partes": a number in
	// words after "a las" that counts the plural noun right after it is
	// no hour
	if isWord && !explicit && mi == 0 && m.lang == "es" && m.countsNoun(j) {
		return mention{}, false
	}
	if !hasAt && isWord && pm == 0 {
		return mention{}, false
	}
	switch {
	case pm == 1 && h < 12:
		h += 12
	case pm == -1 && h == 12:
		h = 0
	case pm == 0 && !podGiven && !colon && h >= 1 && h <= 6:
		h += 12 // "a las tres": the afternoon
	}
	if h > 24 {
		return mention{}, false
	}
	return m.clockM(i, j, h, mi, tz), true
}

// countsNoun reports a Spanish plural noun at item j: a lower-case word of
// more than three letters ending in "s", right after the number, that is
// no adverb ("después", "más", "menos", "entonces").
func (m *matcher) countsNoun(j int) bool {
	if j >= len(m.it) || m.it[j].kind != kWord || m.it[j].cap || m.it[j].multi || !m.it[j].space {
		return false
	}
	w := m.word(j)
	switch w {
	case "después", "más", "menos", "entonces", "apenas", "pues", "además", "antes":
		return false
	}
	return len(w) > 3 && strings.HasSuffix(w, "s")
}

// multiAt reports whether item i is a multi-word "a las", "at" or the like
// (not a bare article "las").
func (m *matcher) multiAt(i int) bool {
	return m.has(i, cAt) != nil && (m.it[i].multi || m.has(i, cDet) == nil)
}

// pHourDay: "8 tonight", "nine tomorrow morning", "at 5 this afternoon":
// an hour before a day with its part of the day.
func (m *matcher) pHourDay(i int) (mention, bool) {
	j := i
	if m.has(j, cAt) != nil {
		j++
	}
	h, k, _, ok := m.clockHour(j)
	if !ok || h < 1 || h > 12 {
		return mention{}, false
	}
	j += k
	d, ok := m.pDeictic(j)
	if !ok || d.typ != "TIME" {
		return mention{}, false
	}
	val := d.val
	t := strings.LastIndexByte(val, 'T')
	if t < 0 || len(val)-t != 3 {
		return mention{}, false
	}
	pod := val[t+1:]
	switch {
	case (pod == "AF" || pod == "EV") && h < 12, pod == "NI" && h >= 6 && h < 12:
		h += 12
	case pod == "MO" && h == 12:
		h = 0
	}
	return mention{i: i, j: d.j, typ: "TIME", val: val[:t] + fmt.Sprintf("T%02d:00", h)}, true
}

// pClockRel: "a quarter past 3pm", "half past three", "twenty to noon",
// "ten minutes after 5 pm".
func (m *matcher) pClockRel(i int) (mention, bool) {
	if m.lang != "en" {
		return mention{}, false
	}
	j := i
	if m.has(j, cAt) != nil || m.has(j, cFor) != nil {
		j++
	}
	mi := 0
	switch {
	case m.has(j, cQuarter) != nil:
		mi = 15
		j++
	case m.article(j) && m.has(j+1, cQuarter) != nil:
		mi = 15
		j += 2
	case m.has(j, cHalf) != nil:
		mi = 30
		j++
	default:
		n, c, ok := m.number(j)
		if !ok || n < 1 || n >= 60 || n != float64(int(n)) {
			return mention{}, false
		}
		mi = int(n)
		j += c
		if u := m.has(j, cUnit); u != nil && u.s == "MIN" {
			j++
		}
	}
	sign := 0
	switch {
	case m.has(j, cPast) != nil:
		sign = 1
	case m.has(j, cTo) != nil:
		sign = -1
	default:
		return mention{}, false
	}
	j++
	var h int
	if c := m.has(j, cClock); c != nil {
		fmt.Sscanf(c.s, "%d", &h)
		j++
	} else {
		hh, c, _, ok := m.clockHour(j)
		if !ok || hh > 12 {
			return mention{}, false
		}
		h = hh
		j += c
		if s := m.has(j, cAmPm); s != nil {
			if s.s == "pm" && h < 12 {
				h += 12
			}
			if s.s == "am" && h == 12 {
				h = 0
			}
			j++
		} else if h >= 1 && h <= 6 {
			h += 12
		}
	}
	t := h*60 + sign*mi
	if t < 0 {
		t += 24 * 60
	}
	return m.clockM(i, j, t/60, t%60, false), true
}

// podAfter reads "de la tarde", "por la noche", "in the morning", "at night".
func (m *matcher) podAfter(j int) (int, string) {
	k := j
	if m.has(k, cOf) != nil || m.has(k, cIn) != nil || m.has(k, cFor) != nil || m.has(k, cAt) != nil {
		k++
	} else {
		return j, ""
	}
	if m.det(k) || m.has(k, cAt) != nil {
		k++
	}
	if p := m.has(k, cPod); p != nil {
		return k + 1, p.s
	}
	if c := m.has(k, cClock); c != nil && c.s == "12:00" {
		return k + 1, "AF"
	}
	return j, ""
}

func (m *matcher) clockM(i, j, h, mi int, tz bool) mention {
	tp := fmt.Sprintf("%02d:%02d", h%24, mi)
	if tz {
		tp += "Z"
	}
	day := m.a.day(0)
	if h == 24 {
		day = m.a.day(1)
	}
	return mention{i: i, j: j, typ: "TIME", val: day + "T" + tp, tpart: tp}
}

// pNthWday: "the first Monday of March", "el segundo martes de este mes",
// "the last Friday of the month".
func (m *matcher) pNthWday(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	n := 0
	if o := m.has(j, cOrd); o != nil && (o.n >= 1 && o.n <= 31 || o.n <= -1 && o.n >= -5) {
		n = o.n // negative: counted from the end ("la penúltima semana")
	} else if v, ok := m.num(j); ok && v >= 1 && v <= 31 && m.it[j].ndig <= 2 && m.glued(j+1) && m.has(j+1, cOrdSuf) != nil {
		n = v // "20th day of next month"
		j++
	} else if d := m.has(j, cDir); d != nil && d.n == -1 && !m.it[j].multi {
		n = -1 // the last one
	} else {
		return mention{}, false
	}
	if d := m.has(j+1, cDir); n > 0 && d != nil && d.n == -1 && !m.it[j+1].multi {
		n = -n // "the second last week of October": counted from the end
		j++
	}
	w := m.has(j+1, cWday)
	unit := ""
	if u := m.has(j+1, cUnit); w == nil && u != nil && (u.s == "D" || u.s == "W") && !m.plural(j+1) {
		unit = u.s // "the last day of October", "the first week of October"
	} else if w == nil || w.abbr || n > 5 {
		return mention{}, false
	}
	if unit == "W" && n > 5 {
		return mention{}, false
	}
	j += 2
	if !(m.of(j) || m.has(j, cIn) != nil) {
		return mention{}, false
	}
	j++
	var y, mo int
	whole := false // the period is a whole year ("the third last week of 2018")
	switch {
	case !m.a.known:
		return mention{}, false
	default:
		if yy, k, ok := m.year(j); ok && unit != "" {
			y, mo, whole = yy, 1, true
			j += k
		} else if mm, k, ok := m.month(j, false); ok {
			mo = mm
			j += k
			j2 := j
			if m.of(j2) || m.punct(j2, ",") {
				j2++
			}
			if yy, k, ok := m.year(j2); ok {
				y = yy
				j = j2 + k
			} else {
				y, _ = m.a.month(mo, cycDir(m.tense(i, j)), false)
			}
		} else if sh, k, ok := m.relMonth(j); ok {
			t := date(m.a.t.Year(), int(m.a.t.Month()), 1).AddDate(0, sh, 0)
			y, mo = t.Year(), int(t.Month())
			j += k
		} else if u := m.has(j+boolInt(m.det(j)), cUnit); u != nil && u.s == "M" && !m.plural(j+boolInt(m.det(j))) {
			y, mo = m.a.t.Year(), int(m.a.t.Month()) // "of the month"
			j += 1 + boolInt(m.det(j))
		} else {
			return mention{}, false
		}
	}
	first := date(y, mo, 1)
	last := first.AddDate(0, 1, -1)
	if whole {
		last = date(y, 12, 31)
	}
	switch unit {
	case "D":
		var t time.Time
		if n > 0 {
			t = first.AddDate(0, 0, n-1)
		} else {
			t = last.AddDate(0, 0, n+1)
		}
		if t.Before(first) || t.After(last) {
			return mention{}, false
		}
		mt := dateM(i, j, dayStr(t))
		mt.day = true
		return mt, true
	case "W":
		// the weeks that lie wholly in the month (or year), Monday to Sunday
		t := first.AddDate(0, 0, (8-wdayNum(first))%7) // first Monday
		if n > 0 {
			t = t.AddDate(0, 0, 7*(n-1))
		} else {
			lastMon := last.AddDate(0, 0, -(wdayNum(last)%7)-6) // the Monday before the last Sunday
			t = lastMon.AddDate(0, 0, 7*(n+1))
		}
		if t.Before(first) || t.AddDate(0, 0, 6).After(last) {
			return mention{}, false
		}
		return dateM(i, j, isoWeek(t)), true
	}
	var t time.Time
	if n > 0 {
		t = first.AddDate(0, 0, (w.n-wdayNum(first)+7)%7+7*(n-1))
	} else {
		t = last.AddDate(0, 0, -((wdayNum(last)-w.n+7)%7)+7*(n+1))
	}
	if int(t.Month()) != mo {
		return mention{}, false
	}
	mt := dateM(i, j, dayStr(t))
	mt.day = true
	return mt, true
}

// pHoliday: "Navidad", "Christmas Eve", "el Día de Reyes": a holiday on a
// fixed day, in the year the tense points to.
func (m *matcher) pHoliday(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	h := m.has(j, cHoliday)
	if h == nil {
		return mention{}, false
	}
	var mo, d int
	if _, err := fmt.Sscanf(h.s, "%d-%d", &mo, &d); err != nil {
		return mention{}, false
	}
	j++
	j2 := j
	if m.of(j2) || m.punct(j2, ",") {
		j2++
	}
	if m.det(j2) && m.lang == "es" {
		j2++
	}
	if y, k, ok := m.year(j2); ok {
		return dateM(i, j2+k, ymd(y, mo, d)), true
	}
	if !m.a.known {
		return dateM(i, j, fmt.Sprintf("XXXX-%02d-%02d", mo, d)), true
	}
	y, _ := m.resolveYear(mo, cycDir(m.tense(i, j)))
	mt := dateM(i, j, ymd(y, mo, d))
	mt.day = true
	return mt, true
}

// pAnaDay: "ese día", "el mismo día", "la jornada", "the same day": the
// last day the text named, or the article's day.
func (m *matcher) pAnaDay(i int) (mention, bool) {
	s := m.has(i, cAnaDay)
	if s == nil {
		return mention{}, false
	}
	if strings.HasPrefix(s.s, "then") {
		// "desde entonces", "para entonces": the date the text named last
		// (resolved by anchorTimes), else the past or the future
		val := "PAST_REF"
		if s.s == "then+" {
			val = "FUTURE_REF"
		}
		mt := dateM(i, i+1, val)
		mt.anaUnit = "T"
		return mt, true
	}
	off, _ := strconv.Atoi(s.s)
	if s.s2 != "" && m.of(i+1) {
		if off == 0 && (m.has(i+2, cWday) != nil || m.has(i+3, cWday) != nil && m.has(i+2, cDir) != nil || m.dayDate(i+2)) {
			// "the night of Tuesday", "the night of July 5": the part of
			// the day, which merge joins to the day after it
			return mention{i: i, j: i + 1, typ: "TIME", val: m.a.day(0) + "T" + s.s2, tpart: s.s2}, true
		}
		return mention{}, false // "the night of the election", "la noche del viernes" (pPod)
	}
	if s.s2 != "" && off == 0 {
		// "that night", "esa misma noche": the part of the day of the
		// last day the text named (anchorTimes), else the article's
		return mention{i: i, j: i + 1, typ: "TIME", val: m.a.day(0) + "T" + s.s2, tpart: s.s2}, true
	}
	if off != 0 && (m.of(i+1) || m.has(i+1, cPrep) != nil) {
		// "la víspera de las elecciones": a day before an event, counted
		// from the occasion's day when the text names it ("el referéndum
		// del domingo ... La víspera de la votación")
		k := i + 2
		if m.det(k) {
			k++
		}
		if m.of(i+1) && m.has(k, cOccasion) != nil && m.sameSent(i, k) {
			if d, ok := m.occasionDay(k); ok {
				mt := dateM(i, k+1, dayStr(d.AddDate(0, 0, off)))
				mt.day = true
				return mt, true
			}
		}
		return mention{}, false
	}
	if off == 0 && m.of(i+1) {
		// "la jornada del martes", "la jornada de ayer", "el día del 5 de
		// marzo": the day named after it
		for _, k := range []int{i + 1, i + 2} {
			for _, p := range []func(int) (mention, bool){m.pWeekday, m.pDeictic, m.pDate} {
				if sub, good := p(k); good && sub.typ == "DATE" && isDay(sub.val) {
					mt := dateM(i, sub.j, sub.val)
					mt.day = true
					return mt, true
				}
			}
		}
	}
	mt := dateM(i, i+1, m.a.day(off))
	mt.ana = true
	mt.anaShift = off
	mt.day = true
	return mt, true
}

// pPod: "por la noche", "in the morning", "la mañana del martes".
func (m *matcher) pPod(i int) (mention, bool) {
	// "before dawn", "until morning": a preposition of a bound before a
	// bare part of the day
	if p := m.has(i, cPrep); p != nil && !m.it[i].multi {
		if q := m.has(i+1, cPod); q != nil && !m.it[i+1].multi && !m.det(i+2) && m.has(i+2, cOf) == nil {
			return mention{i: i, j: i + 2, typ: "TIME", val: m.a.day(0) + "T" + q.s, tpart: q.s, startPod: p.s == "start"}, true
		}
		// "desde el amanecer", "hasta la madrugada": an article between
		// (not "de la noche a la mañana", the idiom of a sudden change, nor
		// a part of the day that a word of time qualifies: "a la mañana
		// siguiente", "desde la noche del viernes")
		if q := m.has(i+2, cPod); q != nil && m.det(i+1) && !m.it[i+2].multi && m.has(i-1, cPod) == nil && m.has(i-2, cPod) == nil && !m.timeWord(i+3) {
			return mention{i: i, j: i + 3, typ: "TIME", val: m.a.day(0) + "T" + q.s, tpart: q.s, startPod: p.s == "start"}, true
		}
	}
	// "al amanecer", "al anochecer": a contracted article before a bare
	// part of the day
	if d := m.has(i, cDet); d != nil && d.s == "al" {
		if q := m.has(i+1, cPod); q != nil && !m.it[i+1].multi && !m.timeWord(i+2) {
			return mention{i: i, j: i + 2, typ: "TIME", val: m.a.day(0) + "T" + q.s, tpart: q.s}, true
		}
	}
	if k, pod := m.podAfter(i); pod != "" {
		if h, c, ok := m.podHour(k, pod); ok {
			// "in the evening at eight": a bare hour after "at" is a clock
			// once the part of the day is said
			tp := fmt.Sprintf("%02d:00", h)
			return mention{i: i, j: k + 1 + c, typ: "TIME", val: m.a.day(0) + "T" + tp, tpart: tp}, true
		}
		return mention{i: i, j: k, typ: "TIME", val: m.a.day(0) + "T" + pod, tpart: pod}, true
	}
	// "la noche del viernes": a part of the day before a date
	j := i
	if m.det(j) {
		j++
	}
	if p := m.has(j, cPod); p != nil && j > i && m.of(j+1) {
		if m.has(j+2, cWday) != nil || m.has(j+2, cDay) != nil || m.has(j+3, cWday) != nil || m.dayDate(j+2) {
			return mention{i: i, j: j + 1, typ: "TIME", val: m.a.day(0) + "T" + p.s, tpart: p.s}, true
		}
	}
	return mention{}, false
}

// pConsec: "por segundo día consecutivo", "for a third straight day", "la
// cuarta semana consecutiva": a streak that reaches the article's day, week,
// month or year, which it names.
func (m *matcher) pConsec(i int) (mention, bool) {
	j := i
	if m.det(j) || m.article(j) {
		j++
	}
	o := m.has(j, cOrd)
	if o == nil || o.n < 2 {
		return mention{}, false
	}
	j++
	var u *sense
	if m.has(j, cConsec) != nil {
		u = m.has(j+1, cUnit)
		j += 2
	} else if u = m.has(j, cUnit); u != nil && m.has(j+1, cConsec) != nil {
		j += 2
	}
	if u == nil || m.plural(j-2) && m.plural(j-1) || !(u.s == "D" || u.s == "W" || u.s == "M" || u.s == "Y") {
		return mention{}, false
	}
	val, ok := m.a.shift(u.s, 0)
	if !ok {
		return mention{}, false
	}
	mt := dateM(i, j, val)
	mt.day = u.s == "D"
	return mt, true
}

// pDayOfMonth: "el día 15", "el pasado 16", "el próximo día 20", "llegará
// el 20.", "on the 15th": a day of a month the text does not name. A
// direction word or the tense picks the one before or after the article
// date; with neither, the nearest.
func (m *matcher) pDayOfMonth(i int) (mention, bool) {
	j := i
	if m.lang == "en" && m.has(j, cIn) != nil && m.has(j, cIn).s == "on" {
		j++
	}
	dir, hasDay := 0, false
	if m.lang == "es" && m.it[j].multi && m.has(j, cAnaDay) != nil {
		hasDay = true // "el día" is one item
		j++
	} else {
		if !m.det(j) || m.lang == "es" && strings.HasSuffix(fold(m.word(j)), "s") {
			return mention{}, false // "Día 4" of a series; "uno de los 20,"
		}
		j++
		if s := m.has(j, cDir); s != nil && s.n != 0 && !s.ana {
			dir = s.n
			j++
		}
		if u := m.has(j, cUnit); m.lang == "es" && u != nil && u.s == "D" && !m.plural(j) {
			hasDay = true
			j++
		}
	}
	d, k, ok := m.dayNum(j)
	if !ok {
		return mention{}, false
	}
	digits := m.it[j].kind == kNum
	suffix := digits && k == 2
	e := j + k
	ends := e >= len(m.it) || m.it[e].newline || m.punct(e, ".,;)") && !(e+1 < len(m.it) && m.glued(e+1) && m.it[e+1].kind == kNum)
	switch {
	case m.has(e, cOf) != nil || m.has(e, cMonth) != nil || m.has(e, cUnit) != nil || m.has(e, cNotYear) != nil:
		return mention{}, false // "el día 15 de la huelga", "el 16 de mayo" (pDate)
	case m.lang == "en":
		if !suffix || !(ends || dir != 0) {
			return mention{}, false // "the 15th century"
		}
	case hasDay || dir != 0:
		if !digits && !hasDay {
			return mention{}, false
		}
	default:
		if !digits || m.it[j].ndig > 2 || !ends {
			return mention{}, false // "el 16 por ciento"
		}
	}
	if !m.a.known {
		return dateM(i, e, fmt.Sprintf("XXXX-XX-%02d", d)), true
	}
	if dir == 0 {
		dir = m.tense(i, e)
	}
	t := m.a.date()
	var best time.Time
	bestDist := time.Duration(1 << 62)
	for _, dm := range []int{-1, 0, 1} {
		first := date(t.Year(), int(t.Month()), 1).AddDate(0, dm, 0)
		if d > daysIn(first.Year(), int(first.Month())) {
			continue
		}
		c := date(first.Year(), int(first.Month()), d)
		diff := c.Sub(t)
		if dir < 0 && diff > 0 || dir > 0 && diff < 0 {
			continue
		}
		dist := diff
		if dist < 0 {
			dist = -dist - 1 // the past wins a tie
		}
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if best.IsZero() {
		return mention{}, false
	}
	mt := dateM(i, e, ymd(best.Year(), int(best.Month()), best.Day()))
	mt.day = true
	return mt, true
}

// spacedDate: "31 10 1974", a day, a month and a four-digit year written
// with spaces (month first in English when both could be the month).
func (m *matcher) spacedDate(i, j int) (mention, bool) {
	a, ok1 := m.num(j)
	b, ok2 := m.num(j + 1)
	c, ok3 := m.num(j + 2)
	if !ok1 || !ok2 || !ok3 || m.glued(j+1) || m.glued(j+2) || m.it[j].ndig > 2 || m.it[j+1].ndig > 2 || m.it[j+2].ndig != 4 || c < 1200 || c > 2100 {
		return mention{}, false
	}
	end := j + 3
	if end < len(m.it) && m.glued(end) && !m.punct(end, ".,;)") || m.has(end, cNotYear) != nil {
		return mention{}, false
	}
	d, mo := a, b
	if m.lang == "en" && a <= 12 {
		mo, d = a, b
	}
	if mo > 12 && d <= 12 {
		mo, d = d, mo
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(c, mo) {
		return mention{}, false
	}
	return dateM(i, end, ymd(c, mo, d)), true
}

// wordYear reads a year from 1900 to 2099 written in words: "mil
// novecientos noventa", "dos mil diez", "mil novecientos noventa y cinco"
// (older ones in words are more often counts: "mil quinientos").
func (m *matcher) wordYear(i int) (y, k int, ok bool) {
	total, cur, thousand := 0, 0, false
	j := i
	for j < len(m.it) && j < i+8 {
		s := m.has(j, cNum)
		switch {
		case s != nil && s.n == 1000 && !thousand:
			if cur == 0 {
				cur = 1
			}
			total, cur, thousand = cur*1000, 0, true
		case s != nil && s.n > 0 && s.n < 1000 && !s.art:
			cur += s.n
		case m.has(j, cAnd) != nil && cur >= 20 && cur%10 == 0 && m.has(j+1, cNum) != nil:
			// "noventa y cinco"
		default:
			y = total + cur
			if !thousand || j-i < 2 || y < 1900 || y > 2099 {
				return 0, 0, false
			}
			return y, j - i, true
		}
		j++
	}
	y = total + cur
	if !thousand || j-i < 2 || y < 1900 || y > 2099 {
		return 0, 0, false
	}
	return y, j - i, true
}

// pSame: "el mismo mes del año anterior", "el mismo periodo del año
// pasado", "the same quarter last year", "the same month a year ago": the
// month, quarter or stretch the text named last, a year before or after
// (resolved by anchorTimes; with nothing named, from the article date).
func (m *matcher) pSame(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	sm := m.has(j, cSame)
	if sm == nil {
		return mention{}, false
	}
	j++
	if sm.s == "Y" {
		// "todo el año", "the entire year": the year the text named last,
		// else the article's ("the entire year" only after "the": "a full
		// year" is a length; "todo el año pasado" is left to pRelUnit)
		if j-1 > i && m.article(i) || j-1 == i && m.lang == "en" {
			return mention{}, false
		}
		if _, _, ok := m.relYear(j); ok || m.has(j, cDir) != nil {
			return mention{}, false
		}
		mt := dateM(i, j, "")
		mt.anaUnit, mt.anaShift = "SY", 0
		if mt.val, _ = m.a.shift("Y", 0); mt.val == "" {
			return mention{}, false
		}
		return mt, true
	}
	k := j
	if m.of(k) || m.has(k, cIn) != nil {
		k++
	}
	if m.det(k) {
		k++
	}
	shift := 0
	if sh, c, ok := m.relYear(k); ok && sh != 0 {
		shift, k = sh, k+c
	} else if n, unit, e, ok := m.quantityUnit(k); ok && n == 1 && unit == "Y" && m.has(e, cAgo) != nil && m.has(e, cAgo).s == "after" {
		shift, k = -1, e+1 // "a year ago"
	} else {
		return mention{}, false
	}
	mt := dateM(i, k, "")
	mt.anaUnit, mt.anaShift = "S"+sm.s, shift
	// without a stretch named before: the article's own
	switch sm.s {
	case "M":
		mt.val, _ = m.a.shift("M", 12*shift)
	case "Q":
		mt.val, _ = m.a.shift("Q", 4*shift)
	default:
		mt.val, _ = m.a.shift("Y", shift)
	}
	if mt.val == "" {
		return mention{}, false
	}
	return mt, true
}

// pWeekOf: "the week of October 6th", "la semana del 6 de octubre": the
// week holding that day.
func (m *matcher) pWeekOf(i int) (mention, bool) {
	j := i
	if m.det(j) {
		j++
	}
	u := m.has(j, cUnit)
	if u == nil || u.s != "W" || m.plural(j) || !m.of(j+1) {
		return mention{}, false
	}
	k := j + 2 // "del" is "de" and "el"
	d, ok := m.pDate(k)
	if !ok || !isDay(d.val) || m.has(d.j, cRangeTo) != nil {
		return mention{}, false // "la semana del 6 al 10 de octubre"
	}
	t, err := time.Parse("2006-01-02", d.val)
	if err != nil {
		return mention{}, false
	}
	return dateM(i, d.j, isoWeek(t)), true
}

// pSuperlSince: "their best week since November", "la peor jornada desde
// 2008": the article's own day, week, month or year, measured against the
// past.
func (m *matcher) pSuperlSince(i int) (mention, bool) {
	if m.has(i, cSuperl) == nil {
		return mention{}, false
	}
	u := m.has(i+1, cUnit)
	if u == nil || m.plural(i+1) || !(u.s == "D" || u.s == "W" || u.s == "M" || u.s == "Y") {
		return mention{}, false
	}
	since := func(k int) bool { p := m.has(k, cPrep); return p != nil && p.s == "since" }
	if !since(i + 2) {
		// "la mejor semana para las bolsas desde noviembre", "the worst
		// day for stocks since 2008": a short complement opened by a
		// preposition, with no number, date word or punctuation in it
		if m.has(i+2, cOf) == nil && m.has(i+2, cFor) == nil && m.has(i+2, cIn) == nil && m.has(i+2, cPrep) == nil && m.has(i+2, cAt) == nil {
			return mention{}, false
		}
		found := false
		for k := i + 3; k < len(m.it) && k <= i+7 && m.sameSent(k, i); k++ {
			if since(k) {
				found = true
				break
			}
			if it := &m.it[k]; it.kind != kWord || it.key || it.newline {
				break
			}
		}
		if !found {
			return mention{}, false
		}
	}
	val, ok := m.a.shift(u.s, 0)
	if !ok {
		return mention{}, false
	}
	mt := dateM(i, i+2, val)
	mt.day = u.s == "D"
	return mt, true
}

// decadePair reports whether items j.. read "70 y 80" after a plural
// article: two round two-digit numbers that nothing counts, the decades.
func (m *matcher) decadePair(j int) bool {
	if j < 1 || !m.det(j-1) || !strings.HasSuffix(fold(m.word(j-1)), "s") {
		return false
	}
	round := func(k int) bool {
		v, ok := m.num(k)
		return ok && m.it[k].ndig == 2 && v%10 == 0 && v >= 20 && !(m.glued(k+1) && (m.it[k+1].kind != kPunct || m.punct(k+1, "%")))
	}
	e := j + 3
	return round(j) && m.has(j+1, cAnd) != nil && round(j+2) && m.has(e, cNotYear) == nil && m.has(e, cUnit) == nil && !m.punct(e, "%")
}

// age reports whether the years of items [i, e) are a person's age: after
// "a la edad de", "aged"; before "old", "de edad", "-old"; or, in Spanish,
// between commas after a name (", de 55 años,").
func (m *matcher) age(i, e int) bool {
	if a := m.has(i-1, cAge); a != nil && a.s == "before" {
		return true
	}
	if a := m.has(e, cAge); a != nil && a.s == "after" {
		return true
	}
	if m.punct(e, "-") && m.glued(e) {
		if a := m.has(e+1, cAge); a != nil && a.s == "after" {
			return true // 55-year-old
		}
	}
	if m.lang == "es" && m.of(i-1) && m.punct(i-2, ",(") && m.punct(e, ",)") {
		return true // "Jobs, de 55 años,"
	}
	return false
}

// pWdaysAgo: "two thursdays ago", "2 thursdays back", "three fridays from
// now": the n-th weekday before or after the anchor (today excluded).
func (m *matcher) pWdaysAgo(i int) (mention, bool) {
	n, k, ok := m.number(i)
	if !ok || n < 1 || n != float64(int(n)) || n > 52 {
		return mention{}, false
	}
	w := m.has(i+k, cWdays)
	if w == nil {
		return mention{}, false
	}
	j := i + k + 1
	dir, end := 0, 0
	if s := m.has(j, cAgo); s != nil && s.s == "after" {
		dir, end = -1, j+1
	} else if s := m.has(j, cAgo); s != nil && s.s == "hence" {
		dir, end = 1, j+1
	} else if m.has(j, cPrep) != nil && m.has(j+1, cRef) != nil && m.has(j+1, cRef).s == "PRESENT_REF" {
		// "from now"
		dir, end = 1, j+2
	} else {
		return mention{}, false
	}
	if !m.a.known {
		return dateM(i, end, fmt.Sprintf("XXXX-WXX-%d", w.n)), true
	}
	first, err := time.Parse("2006-01-02", m.a.weekday(w.n, dir, true))
	if err != nil {
		return mention{}, false
	}
	mt := dateM(i, end, dayStr(first.AddDate(0, 0, dir*7*(int(n)-1))))
	mt.day = true
	return mt, true
}

// pYearRange: "entre 2009 y 2011", "from 2009 to 2011", "de 2014 a 2016":
// a stretch of years, a DURATION as TimeML news annotation reads it (P2Y).
func (m *matcher) pYearRange(i int) (mention, bool) {
	s := m.has(i, cRangeFrom)
	if s == nil {
		return mention{}, false
	}
	j := i + 1
	if m.det(j) {
		j++
	}
	y1, k, ok := m.year(j)
	if !ok {
		return mention{}, false
	}
	j += k
	if s.s == "and" && m.has(j, cAnd) == nil || s.s == "to" && m.has(j, cRangeTo) == nil {
		return mention{}, false
	}
	j++
	if m.det(j) {
		j++
	}
	y2, k, ok := m.year(j)
	if !ok || y2 <= y1 || y2-y1 > 100 || !m.sameSent(i, j) {
		return mention{}, false
	}
	j += k
	if m.has(j, cMonth) != nil || m.of(j) && m.has(j+1, cMonth) != nil {
		return mention{}, false
	}
	return mention{i: i, j: j, typ: "DURATION", val: durStr("Y", float64(y2-y1))}, true
}

// pRest: "el resto del año", "lo que queda de semana", "the rest of the
// week", "the remainder of the year": what is left of the current unit, a
// stretch of at most one unit (TimeML news practice writes it as one: P1W).
func (m *matcher) pRest(i int) (mention, bool) {
	if m.has(i, cRest) == nil || !m.of(i+1) {
		return mention{}, false
	}
	j := i + 2
	if m.det(j) && m.has(j, cUnit) == nil {
		j++
	}
	u := m.has(j, cUnit)
	if u == nil || m.plural(j) {
		return mention{}, false
	}
	switch u.s {
	case "D", "W", "M", "Q", "HY", "Y", "FY":
	default:
		return mention{}, false
	}
	return mention{i: i, j: j + 1, typ: "DURATION", val: durStr(u.s, 1)}, true
}

// podHour reads a bare hour ("at eight", "at 8") at k right after a part
// of the day, when it is no clock on its own, and sets it by the part of
// the day: "in the evening at eight" 20:00. c is the hour's length in
// items.
func (m *matcher) podHour(k int, pod string) (h, c int, ok bool) {
	if m.has(k, cAt) == nil {
		return 0, 0, false
	}
	if _, good := m.pClock(k); good {
		return 0, 0, false // a clock of its own, joined by merge
	}
	h, c, _, ok = m.clockHour(k + 1)
	e := k + 1 + c
	if !ok || h < 1 || h > 12 || m.glued(e) && !(m.punct(e, ".,;:!?)") && !m.glued(e+1)) || m.has(e, cUnit) != nil || m.has(e, cNotYear) != nil {
		return 0, 0, false
	}
	switch {
	case (pod == "AF" || pod == "EV") && h < 12, pod == "NI" && h >= 5 && h < 12:
		h += 12
	case pod == "MO" && h == 12:
		return 0, 0, false
	}
	return h, c, true
}

// timeWord reports an item that opens a complement ("de", "of") or names a
// day, a direction or an amount ("siguiente", "del viernes"): a part of the
// day before it is qualified by it.
func (m *matcher) timeWord(i int) bool {
	if i < 0 || i >= len(m.it) {
		return false
	}
	return m.of(i) || m.it[i].mask&bits(cDir, cWday, cDay, cMonth, cNum, cOrd, cUnit, cAnaDay, cHoliday) != 0 && m.it[i].kind == kWord
}
