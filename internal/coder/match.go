package coder

import (
	"strings"

	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/morph"
)

// maxGap is how many tokens may stand between two words of a pattern
// ("realizó una llamada telefónica" for "realizar llamada telefónica").
const maxGap = 4

// tokInfo is what the coder knows of one token.
type tokInfo struct {
	fold     string
	an       []morph.Analysis
	function bool // a preposition, determiner, conjunction or clause opener
	// noun: nounContext took the word's verb readings (a function word or
	// a number as written: "de", "Una", "seis"; a noun after a determiner:
	// "la protesta"); no adjective either
	noun bool
	// cue sets (bits by cueKind): of the folded word, of the word or any
	// of its lemmas, and of the kinds with a phrase starting here
	foldBits, bits, firstBits kindSet
	// patStart: an event pattern may start here (the word or a lemma
	// begins one)
	patStart bool
	// foldID and lemmaIDs (one per analysis) number the word and its
	// lemmas in the pattern trie; 0 when no pattern names them
	foldID   int32
	lemmaIDs []int32
	// loose: of a Spanish word with a verb reading, the verb readings it
	// owes only to a form written with an accent (accentOnly), looked up
	// once with its analyses
	loose []morph.Analysis
	// starts: the cue phrases starting with the word or one of its
	// lemmas, by kind (cueInfo; shared with the lexicon: never written)
	starts []kindPhrases
	// addressee: a Spanish token of a second addressee joined to a
	// first ("pidió a España y a Portugal apoyo": "y a Portugal"), which
	// counts in no pattern's gap
	addressee bool
}

// foldIs reports whether the token as written (folded) is a one-word cue
// of kind k.
func (ti *tokInfo) foldIs(k cueKind) bool { return ti.foldBits.has(k) }

// has reports whether the token can be read as lemma w (or is written w).
func (ti *tokInfo) has(w string) bool {
	if ti.fold == w {
		return true
	}
	for _, a := range ti.an {
		if a.Lemma == w {
			return true
		}
	}
	return false
}

// isForm reports a form of the lemma w.
func (ti *tokInfo) isForm(w string) bool {
	_, ok := ti.formOf(w)
	return ok
}

// formOf returns the form of the reading of t as lemma w.
func (ti *tokInfo) formOf(w string) (morph.Form, bool) {
	for _, a := range ti.an {
		if a.Lemma == w {
			return a.Form, a.Verb
		}
	}
	return morph.Other, false
}

// match is one pattern found in the text.
type match struct {
	p     *pattern
	head  int   // token index of the first pattern word
	end   int   // one past the last matched token
	toks  []int // the matched tokens
	words int   // pattern words matched
	rev   bool  // the object stands before the verb (reverseAt)
	obj   int   // with rev: the object's token
}

// quoteMark reports a quotation mark token.
func quoteMark(t string) bool {
	switch t {
	case "\"", "“", "”", "«", "»", "``", "''":
		return true
	}
	return false
}

// matchAt returns the patterns that start at token i, best first (more
// words first, then load order). Matching never crosses punctuation other
// than hyphens and (in English) quotation marks, nor a sentence boundary.
// The words of a time expression (timeTok, may be nil) do not count in
// the gap between two pattern words ("suspendieron la tarde del lunes el
// corte de la ruta"), nor do those of an adverbial set phrase (cue kind
// adverb: "postergaron sine die la sesión de negociaciones").
func (lx *lexicon) matchAt(d *doc.Doc, info []tokInfo, timeTok []bool, i, sentEnd int) []match {
	return lx.matchInto(nil, d, info, timeTok, i, sentEnd)
}

// matchBuf holds the matches of one sentence and their tokens, so that
// matching every word of a sentence takes no allocation of its own: the
// lists handed out stay valid (and capped) until reset.
type matchBuf struct {
	ms   []match
	toks []int
}

// reset empties the buffer for the next sentence.
func (b *matchBuf) reset() { b.ms, b.toks = b.ms[:0], b.toks[:0] }

// matchInto is matchAt with the matches and their tokens kept in buf (nil:
// new slices).
func (lx *lexicon) matchInto(buf *matchBuf, d *doc.Doc, info []tokInfo, timeTok []bool, i, sentEnd int) []match {
	ti := &info[i]
	if !ti.patStart {
		return nil
	}
	var out []match
	if buf != nil {
		out = buf.ms[len(buf.ms):] // the buffer's room, appended to in place
	}
	// the walk extends one path in place; each match's tokens are copied
	// end to end into flat, and out gets one slice of them at the end
	var pathBuf, flatBuf [16]int
	path, flat := pathBuf[:0], flatBuf[:0]
	var walk func(n *node, last int)
	walk = func(n *node, last int) {
		for _, p := range n.pats {
			// "police seized two suspects' cars": a noun of people in the
			// possessive owns what is seized, no person seized (patobj)
			if p.PatObj && possessiveAt(d, last+1, sentEnd) {
				continue
			}
			if p.DirectObj && len(path) > 1 && personalBetween(d, path[0], path[1]) {
				continue
			}
			out = append(out, match{p: p, head: path[0], end: last + 1, words: len(path)})
			flat = append(flat, path...)
		}
		if len(n.kids) == 0 {
			return
		}
		gap := 0 // the words between last and j, times aside
		for j := last + 1; j < sentEnd && gap <= maxGap; j++ {
			// an adverbial set phrase does not count either ("postergar
			// sine die una sesión de negociaciones", "condenó una vez más
			// el ataque")
			if info[j].firstBits.has(kAdverb) {
				if e, ok := lx.cueAt(info, j, sentEnd, kAdverb); ok {
					j = e - 1
					continue
				}
			}
			// (a single quote, as the preparer writes every one, opens a
			// quotation right after a preposition: "calificó el fallo de
			// 'golpe'", "described it as 'a farce'")
			if d.Tokens[j].Kind == doc.Punct && (quoteMark(d.Tokens[j].Text) || d.Tokens[j].Text == "'" && j == last+1 && info[last].foldIs(kPrep)) {
				// 'Londres "lamentó" el rechazo de': the pattern's
				// word alone in quotation marks, in any language
				if j == last+1 && last > 0 && quoteMark(d.Tokens[last-1].Text) {
					continue
				}
				// 'acusó a la policía de "reprimir con brutalidad"',
				// 'los tildó de "vándalos"': a quotation opened right
				// after the pattern's preposition holds its next word
				if j == last+1 && (info[last].foldIs(kPrep) || d.Lang == "es" && info[last].isForm("ser")) && j+1 < sentEnd && d.Tokens[j+1].Kind != doc.Punct {
					continue // ... and so after a copula ('la huelga es "ilegal"')
				}
				// 'declaró el miércoles "traidores a la patria" a 27
				// opositores': a quotation opened right after the trigger
				// (a time between) whose first word is the pattern's next
				// word holds it
				if len(path) == 1 && j+1 < sentEnd && d.Tokens[j+1].Kind == doc.Word && (onlyTimeBetween(timeTok, last+1, j) || nameDativeBetween(d, info, last+1, j)) && n.kidAt(&info[j+1]) {
					continue // ... also past a dative name ('ofreció a Niamey "cooperación ..."')
				}
				// 'convocó una jornada de "ciudad muerta"': a quotation
				// opened right after "de" between the pattern's
				// words, its first word the pattern's next word, holds it
				if j > last+1 && info[j-1].foldIs(kGenitive) && j+1 < sentEnd && d.Tokens[j+1].Kind == doc.Word && n.kidAt(&info[j+1]) {
					continue
				}
			}
			// "celebraron entre las 12H00 (11H00 GMT) y las 13H00 un paro":
			// a time restated in brackets is part of the time expression
			if e := timeInBrackets(d, timeTok, j, sentEnd); e > j {
				j = e
				continue
			}
			// an English quotation mark is no word between ("called the
			// incident "a dangerous provocation"")
			enQuote := d.Lang == "en" && d.Tokens[j].Kind == doc.Punct && quoteMark(d.Tokens[j].Text)
			if !enQuote && (timeTok == nil || !timeTok[j]) && !info[j].addressee {
				gap++ // counted now: the body continues past j early
			}
			if d.Tokens[j].Kind == doc.Punct && d.Tokens[j].Text != "-" {
				if d.Lang == "en" && quoteMark(d.Tokens[j].Text) {
					continue // 'was "deeply concerned"': a quoted word (English only: es_protest would gain a false event)
				}
				// "met the teachers' demands": the apostrophe of a plural
				// possessive is part of the words between
				if d.Lang == "en" && (d.Tokens[j].Text == "'" || d.Tokens[j].Text == "’") && j > last+1 && d.Tokens[j-1].Kind != doc.Punct && strings.HasSuffix(d.Tokens[j-1].Lower(), "s") {
					continue
				}
				break
			}
			ti := &info[j]
			// "la demanda fue hecha durante una manifestación": a word
			// after a preposition that frames another event belongs to
			// that frame, not to the pattern begun before it (a span of
			// time is no event: "bloquearon durante dos horas el paso")
			// (unless the pattern names that preposition itself: "morir
			// durante emboscada", "murió durante una emboscada")
			frame := ti.foldIs(kFrame) && !(timeTok != nil && j+1 < sentEnd && timeTok[j+1])
			if c := n.kid(ti.foldID); c != nil {
				path = append(path, j)
				walk(c, j)
				path = path[:len(path)-1]
			}
			if frame {
				break
			}
			if ti.function {
				continue // function words match only as written
			}
			for k, a := range ti.an {
				if a.Lemma == ti.fold || k >= len(ti.lemmaIDs) {
					continue
				}
				if c := n.kid(ti.lemmaIDs[k]); c != nil {
					path = append(path, j)
					walk(c, j)
					path = path[:len(path)-1]
				}
			}
		}
	}
	var seen [8]string
	ns := 0
	try := func(w string, id int32) {
		for _, x := range seen[:ns] {
			if x == w {
				return
			}
		}
		if ns < len(seen) {
			seen[ns] = w
			ns++
		}
		if id > 0 && int(id) < len(lx.root) {
			if c := lx.root[id]; c != nil {
				path = append(path[:0], i)
				walk(c, i)
			}
		}
	}
	try(ti.fold, ti.foldID)
	for k, a := range ti.an {
		var id int32
		if k < len(ti.lemmaIDs) {
			id = ti.lemmaIDs[k]
		}
		try(a.Lemma, id)
	}
	if len(out) > 0 {
		var all []int
		if buf != nil {
			n := len(buf.toks)
			buf.toks = append(buf.toks, flat...)
			all = buf.toks[n:]
			n = len(buf.ms)
			buf.ms = append(buf.ms, out...) // (in place unless out outgrew the room)
			out = buf.ms[n:len(buf.ms):len(buf.ms)]
		} else {
			all = make([]int, len(flat))
			copy(all, flat)
		}
		for k := range out {
			n := out[k].words
			out[k].toks, all = all[:n:n], all[n:]
		}
	}
	// best first
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && better(out[b], out[b-1]); b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

func better(x, y match) bool {
	if x.words != y.words {
		return x.words > y.words
	}
	if x.end-x.head != y.end-y.head {
		return x.end-x.head < y.end-y.head
	}
	return x.p.order < y.p.order
}

// phraseAt reports whether the cue phrase ws (folded words or lemmas)
// starts at token i, and returns the index after it. A quotation mark
// opened or closed inside the phrase does not break it ("would \"never
// surrender\"").
func phraseAt(info []tokInfo, i, end int, ws []string) (int, bool) {
	j := i
	for _, w := range ws {
		if j+1 < end && quoteMark(info[j].fold) && !info[j].has(w) {
			j++
		}
		if j >= end || !info[j].has(w) {
			return 0, false
		}
		j++
	}
	return j, true
}

// lemmaBefore reports whether one of an's readings has lemma w.
func lemmaBefore(an []morph.Analysis, w string) bool {
	for _, a := range an {
		if a.Lemma == w {
			return true
		}
	}
	return false
}

// cueAt returns the end of the longest cue of kind starting at i.
func (lx *lexicon) cueAt(info []tokInfo, i, end int, k cueKind) (int, bool) {
	if i >= end || !info[i].firstBits.has(k) {
		return 0, false
	}
	best := 0
	// every phrase of a list starts with the word or lemma that keys it,
	// which token i has: only the words after the first are compared
	try := func(list [][]string) {
		for _, ws := range list {
			if j, hit := phraseAt(info, i+1, end, ws[1:]); hit && j > best {
				best = j
			}
		}
	}
	// (the phrases of the word and of each of its lemmas, by kind: cueInfo)
	for _, e := range info[i].starts {
		if e.k == k {
			try(e.ps)
		}
	}
	return best, best > 0
}

// agentSoon reports a passive's agent cue ("by", "por") within the four
// words after the verb at i, past adverbs and time words ("was summoned on
// Monday by Norway"), with an actor right after it ("detenidas por motivos
// políticos" names a reason).
func (r *run) agentSoon(i int) bool {
	return r.prepActorSoon(i, func(k int) bool { return r.isCue(kAgent, k) })
}

// calledSoon reports "to" or "a" within the four words after the verb at
// i with an actor right after it ("was summoned to the foreign ministry");
// only patterns with option srcto take it (see calledTo).
func (r *run) calledSoon(i int) bool {
	return r.prepActorSoon(i, func(k int) bool { return calledPrep(r.info[k].fold) })
}

// prepActorSoon reports the first word within the four after the verb at i
// that prep accepts, with an actor among the three words after it.
func (r *run) prepActorSoon(i int, prep func(k int) bool) bool {
	for k := i + 1; k < len(r.info) && k <= i+4 && r.word(k); k++ {
		if prep(k) {
			for a := k + 1; a < len(r.info) && a <= k+3; a++ {
				if r.inActor(a) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// calledPrep reports the prepositions that name where someone is called to
// (option srcto).
func calledPrep(fold string) bool { return fold == "to" || fold == "a" || fold == "al" }

// reverseAt returns the verb patterns (verb then object) whose object
// stands before the verb at i, as the antecedent of a relative clause
// whose subject is a pronoun or an actor group ("the curfew it had
// imposed", "the sanctions that they imposed", "the aid Washington
// promised", "las sanciones que Washington impuso"). The match covers the
// verb only: the object is the thing acted on, and the target is looked
// for after the verb as usual.
func (r *run) reverseAt(i, first int, gs []*group) []match {
	if !r.word(i) || r.info[i].function || i-first < 2 {
		return nil
	}
	en := r.d.Lang == "en"
	verb := false
	for _, a := range r.info[i].an {
		if a.Verb {
			verb = true
		}
	}
	if !verb {
		return nil
	}
	j := i - 1
	if en && !(r.word(j) && r.isCue(kPassive, j) && (r.hasForm(i, morph.Part) || r.hasForm(i, morph.Past))) {
		for j > first && r.word(j) && r.isCue(kAux, j) && !r.isCue(kSubjPron, j) {
			j--
		}
	}
	var sg *group
	for _, g := range gs {
		if g.end == j+1 && g.start > first {
			sg = g
		}
	}
	// "la marcha de los maestros fue disuelta", "the teachers' protest was
	// quelled": a participle after a passive auxiliary whose subject is
	// the pattern's object (past a genitive group after it)
	passive, calledOnly := false, false
	if r.word(j) && r.isCue(kPassive, j) && (r.hasForm(i, morph.Part) || en && r.hasForm(i, morph.Past)) {
		passive = true
		j--
		for _, g := range gs {
			if g.end == j+1 && g.start > first+1 && r.word(g.start-1) && r.info[g.start-1].foldIs(kGenitive) {
				j = g.start - 2
			}
		}
	}
	// "la carretera bloqueada por los campesinos", "the building occupied
	// by students": a participle right after the object noun of a protest
	// pattern, with its agent named after it, is a reduced passive
	// (an aside too: "la facultad, ocupada por los huelguistas,", "la
	// facultad -actualmente ocupada por los huelguistas-": a comma or dash
	// and an adverb in -mente between)
	reduced := false
	if !passive && i+1 < len(r.info) && r.word(i+1) && r.isCue(kAgent, i+1) && (r.hasForm(i, morph.Part) || en && r.hasForm(i, morph.Past)) {
		k := j
		// (not a verb that organises a protest: "la marcha, organizada por
		// la central," names its organiser, see organizer)
		aside := !r.isCue(kOrganizer, i)
		if aside && k > first && r.word(k) && !en && strings.HasSuffix(r.info[k].fold, "mente") {
			k--
		}
		if aside && k > first && r.d.Tokens[k].Kind == doc.Punct && r.d.Tokens[k].Text == "," {
			k--
		} else {
			for n := 0; aside && n < 2 && k > first && r.d.Tokens[k].Kind == doc.Punct && strings.Trim(r.d.Tokens[k].Text, "-—–") == ""; n++ {
				k--
			}
		}
		// (the police or troops closing a street do not protest: "las
		// calles, cerradas por la policía")
		forces := false
		for _, g := range gs {
			if g.start > i+1 && g.start <= i+3 {
				for _, a := range g.acts {
					forces = forces || hasRole(&r.d.Actors[a], []string{"COP", "MIL", "GOV", "UAF", "STATE"})
				}
				break
			}
		}
		if k >= first && r.word(k) && !r.info[k].function && !r.inActor(k) && !forces {
			j, passive, reduced = k, true, true
		}
	}
	switch {
	case passive:
		// the object is the subject ("la sede del sindicato fue ocupada":
		// the noun before the complement that names an actor)
		if j >= first && r.inActor(j) {
			for k := j - 1; k > first && k >= j-5 && r.word(k); k-- {
				if r.info[k].foldIs(kPrep) {
					j = k - 1
					break
				}
			}
		}
		if j < first || !r.word(j) || r.info[j].function {
			return nil
		}
		// "the Russian envoy was summoned by Norway": an actor that is the
		// pattern's object itself is its patient only with the agent named
		// right after the verb ("más de 800 personas siguen detenidas"
		// tells a state, not who held them)
		if r.inActor(j) && !r.agentSoon(i) {
			if !r.calledSoon(i) {
				return nil
			}
			calledOnly = true
		}
		goto walkObj
	}
	switch {
	case sg != nil:
		j = sg.start - 1
	case en && r.word(j) && r.isCue(kSubjPron, j):
		j--
	default:
		// Spanish "que" with no subject before the verb may be the
		// subject itself ("la marcha que convocó a miles") or have it
		// after the verb ("la huelga que realizan los maestros")
		return nil
	}
	if j > first && r.word(j) && (r.info[j].foldIs(kCompl) || en && r.info[j].fold == "which") {
		j--
	} else if !en {
		return nil // Spanish: only with "que"
	}
	if j < first || !r.word(j) || r.info[j].function || r.inActor(j) {
		return nil
	}
walkObj:
	lx := r.lx
	var out []match
	var seen map[*pattern]bool
	// walk the object's words, contiguous and ending at j, under the
	// verb's node
	var walk func(n *node, k, words int)
	walk = func(n *node, k, words int) {
		if k > j {
			for _, p := range n.pats {
				if p.Noun || len(p.Toks) != words || seen[p] || reduced && p.Code[:2] != "14" || calledOnly && !p.SrcTo {
					continue
				}
				if seen == nil {
					seen = map[*pattern]bool{}
				}
				seen[p] = true
				out = append(out, match{p: p, head: i, end: i + 1, toks: []int{i}, words: words, rev: true, obj: j})
			}
			return
		}
		ti := &r.info[k]
		if c := n.kid(ti.foldID); ti.foldID > 0 && c != nil {
			walk(c, k+1, words+1)
		}
		if ti.function {
			return
		}
		for _, id := range ti.lemmaIDs {
			if c := n.kid(id); id > 0 && c != nil {
				walk(c, k+1, words+1)
			}
		}
	}
	// "the strike was called off": a particle right after the verb makes
	// a phrasal verb of another sense; only its own patterns ("call_off
	// strike") apply, none of the bare verb's ("call strike")
	part := int32(0)
	if en && passive && i+1 < len(r.info) && r.word(i+1) && r.isCue(kParticle, i+1) {
		part = r.info[i+1].foldID
	}
	try := func(vid int32) {
		if vid <= 0 || int(vid) >= len(lx.root) || lx.root[vid] == nil {
			return
		}
		n := lx.root[vid]
		if part != 0 {
			if n = n.kid(part); n == nil {
				return
			}
		}
		for start := j; start >= first && start > j-3; start-- {
			walk(n, start, 1)
		}
	}
	try(r.info[i].foldID)
	for _, id := range r.info[i].lemmaIDs {
		try(id)
	}
	// "the road to the airport was blocked", "la carretera a Oruro
	// estaba bloqueada": the subject of the passive may end in a short
	// complement of its own; the object is the noun before it
	if passive && len(out) == 0 {
		for k := j; k > first+1 && k >= j-3; k-- {
			if !r.word(k) {
				break
			}
			if r.info[k].foldIs(kPrep) && r.word(k-1) && !r.info[k-1].function {
				j = k - 1
				try(r.info[i].foldID)
				for _, id := range r.info[i].lemmaIDs {
					try(id)
				}
				break
			}
		}
	}
	return out
}

// timeInBrackets returns the closing bracket of a bracketed aside at j
// that holds a time expression and nothing else ("(11H00 GMT)", "(el
// lunes)"), or -1: such an aside restates the time beside it.
func timeInBrackets(d *doc.Doc, timeTok []bool, j, end int) int {
	if timeTok == nil || d.Tokens[j].Kind != doc.Punct || d.Tokens[j].Text != "(" {
		return -1
	}
	k := j + 1
	for k < end && timeTok[k] {
		k++
	}
	if k == j+1 || k >= end || d.Tokens[k].Text != ")" {
		return -1
	}
	return k
}

// possessiveAt reports an English possessive ending at token j ("'s",
// "’s", or the lone apostrophe of a plural: "the suspects' cars"), or a
// token before j written with it.
func possessiveAt(d *doc.Doc, j, sentEnd int) bool {
	if j > 0 {
		if t := d.Tokens[j-1].Text; strings.HasSuffix(t, "'") || strings.HasSuffix(t, "’") || strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
			return true
		}
	}
	if j >= sentEnd {
		return false
	}
	switch strings.ToLower(d.Tokens[j].Text) {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// personalBetween reports a Spanish personal "a" ("a", "al") between
// tokens i and j: the verb at i takes a person as its object.
func personalBetween(d *doc.Doc, i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch strings.ToLower(d.Tokens[k].Text) {
		case "a", "al":
			return true
		}
	}
	return false
}

// onlyTimeBetween reports tokens [a, b) that all belong to a time
// expression (none when a == b).
func onlyTimeBetween(timeTok []bool, a, b int) bool {
	for k := a; k < b; k++ {
		if timeTok == nil || k >= len(timeTok) || !timeTok[k] {
			return false
		}
	}
	return true
}

// nameDativeBetween reports that the tokens a..b-1 are a personal "a"
// and a capitalised name of at most three words ("a Niamey", "al
// Gobierno", "a Corea del Sur").
func nameDativeBetween(d *doc.Doc, info []tokInfo, a, b int) bool {
	if b-a < 2 || b-a > 4 || !info[a].foldIs(kPersonal) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if d.Tokens[k].Kind != doc.Word || k == a+1 && !d.Tokens[k].Cap {
			return false
		}
	}
	return true
}

// kidAt reports a child of n that the word ti reads as (its fold or a
// lemma).
func (n *node) kidAt(ti *tokInfo) bool {
	if n.kid(ti.foldID) != nil {
		return true
	}
	for k := range ti.lemmaIDs {
		if n.kid(ti.lemmaIDs[k]) != nil {
			return true
		}
	}
	return false
}
