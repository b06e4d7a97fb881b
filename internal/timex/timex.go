// Package timex recognises time expressions in Spanish and English text and
// normalises them to TIMEX3 values anchored on the article date.
//
// Recognition is one pass over the text: a scanner splits it into words,
// numbers and punctuation, the lexicon (data/timex/<lang>/lexicon.tsv) tags
// words and multi-word phrases with their senses (month, weekday, unit,
// direction, ...), and a small grammar in rules.go tries, at each position,
// every pattern and keeps the longest match. Dates, times of day, durations
// and sets come out with TIMEX3 values:
//
//	DATE      2025-08-12, 2025-08, 2024, 2024-FA, 2025-W33, 2025-Q3, 199,
//	          PAST_REF, PRESENT_REF, FUTURE_REF, XXXX-08-13 (year unknown)
//	TIME      2025-08-12T15:00, 2025-08-12TMO, 2008-09-17T16:08Z
//	DURATION  P3D, P6M, PT30M, P2.5Y, PXY (an unknown number of years)
//	SET       P1W, P1Y, XXXX-WXX-1 (every Monday)
//
// Relative expressions are resolved against the article date (doc.Doc.Date):
// "ayer" and "two weeks ago" by arithmetic; bare weekdays, months, seasons
// and quarters by the tense of the sentence (the nearest tense cue from
// data/timex/<lang>/tense.tsv): weekdays default to the past (news reports
// what happened; "el miércoles" in a Wednesday story is that day), months,
// seasons and quarters to the nearest one. An explicit "pasado"/"last" or
// "próximo"/"next" always wins. Seasons are northern unless "austral" or
// "southern" says otherwise. With no article date, values keep X where the
// year or day is unknown.
package timex

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// Options configure the stage.
type Options struct {
	// UserDicts are extra dictionary files or folders given by the user;
	// their entries override the embedded ones.
	UserDicts []string
}

// Tagger is the pipeline stage. It is safe for concurrent use once built.
type Tagger struct {
	opts Options
	lx   lexicons
}

// New builds the stage, loading its dictionaries.
func New(opts Options) (*Tagger, error) {
	lx, err := loadLexicons(opts.UserDicts)
	if err != nil {
		return nil, err
	}
	return &Tagger{opts: opts, lx: lx}, nil
}

// Name names the stage in error messages.
func (s *Tagger) Name() string { return "timex" }

// Process fills d.Times with the time expressions of d.Text, sorted and
// non-overlapping, anchored on d.Date.
func (s *Tagger) Process(d *doc.Doc) error {
	d.Times = s.Find(d.Text, d.Lang, d.Date)
	d.Times = s.inNames(d, d.Times)
	return nil
}

// inNames drops the time expressions that are the last words of a longer
// place or actor name the earlier stages found ("Santo Domingo", "Plaza de
// Mayo", "Plácido Domingo"): a name, no time. An expression that starts
// inside a name and goes on past it is read again from the name's end: a
// dateline "SANTO DOMINGO, 4 nov (EFE)" holds "4 nov", no Sunday. It
// filters ts in place.
func (s *Tagger) inNames(d *doc.Doc, ts []doc.Time) []doc.Time {
	if len(d.Places) == 0 && len(d.Actors) == 0 {
		return ts
	}
	inside := func(t doc.Time) bool {
		for i := range d.Places {
			if p := d.Places[i].Span; p.Start < t.Start && t.End <= p.End {
				return true
			}
		}
		for i := range d.Actors {
			if a := d.Actors[i].Span; a.Start < t.Start && t.End <= a.End {
				return true
			}
		}
		return false
	}
	// nameEnd gives the end of a name that t starts inside of and goes
	// past, 0 when none
	nameEnd := func(t doc.Time) int {
		for i := range d.Places {
			if p := d.Places[i].Span; p.Start < t.Start && t.Start < p.End && p.End < t.End {
				return p.End
			}
		}
		return 0
	}
	out := ts[:0]
	var again []doc.Time
	for _, t := range ts {
		if inside(t) {
			continue
		}
		if e := nameEnd(t); e > 0 {
			for _, r := range s.Find(d.Text[e:t.End], d.Lang, d.Date) {
				r.Start += e
				r.End += e
				again = append(again, r)
			}
			continue
		}
		out = append(out, t)
	}
	if len(again) > 0 {
		out = append(out, again...)
		sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	}
	return out
}

// Find returns the time expressions of text in language lang ("es" or "en";
// anything else is read as Spanish), resolved against ref (zero: unknown).
// A ref with a clock time other than midnight anchors times of day too.
func (s *Tagger) Find(text, lang string, ref time.Time) []doc.Time {
	lx, ok := s.lx[lang]
	if !ok {
		lang = "es"
		lx = s.lx["es"]
	}
	// the working buffers come from a pool: one text's tokens and items
	// are garbage once its times are out
	fb := findPool.Get().(*findBufs)
	m := &matcher{lx: lx, lang: lang, a: anchor{t: ref, known: !ref.IsZero()}, it: fb.it[:0]}
	var (
		toks = fb.toks[:0]
		ids  = fb.ids[:0]
		buf  = fb.buf[:0]
		ms   = fb.ms[:0]
		out  []doc.Time
	)
	// Expressions never cross a line break, so the text is read in chunks
	// that end at one, with buffers reused from chunk to chunk.
	const chunk = 16 << 10
	for base := 0; base < len(text); {
		end := base + chunk
		if end >= len(text) {
			end = len(text)
		} else if nl := strings.IndexByte(text[end:], '\n'); nl >= 0 {
			end += nl + 1
		} else {
			end = len(text)
		}
		part := text[base:end]
		toks = scanText(part, toks[:0])
		if cap(ids) < len(toks) {
			ids = make([]int32, len(toks), 2*len(toks))
		}
		ids = ids[:len(toks)]
		for i, t := range toks {
			if t.kind == kNum {
				ids[i] = -1 // numbers are read by value, never looked up
				continue
			}
			w := part[t.start:t.end]
			if plainLower(w) {
				ids[i] = lx.lookupString(w) // already folded: no copy
				continue
			}
			buf = foldTo(buf[:0], w)
			ids[i] = lx.lookup(buf)
		}
		m.text = part
		m.it = lx.buildItems(part, toks, ids, m.it[:0])
		ms = ms[:0]
		for i := 0; i < len(m.it); {
			if it := &m.it[i]; it.mask == 0 && it.kind != kNum {
				i++ // no pattern starts at a plain word or mark
				continue
			}
			if mt, ok := m.match(i); ok {
				ms = append(ms, mt)
				i = mt.j
				continue
			}
			i++
		}
		ms = m.merge(ms)
		m.anchorTimes(ms)
		for _, mt := range ms {
			out = append(out, doc.Time{
				Span:   doc.Span{Start: base + m.it[mt.i].start, End: base + m.it[mt.j-1].end},
				Type:   mt.typ,
				Value:  mt.val,
				Mod:    mt.mod,
				Anchor: mt.anchor,
			})
		}
		base = end
	}
	clear(ms) // no strings kept alive by the pool
	fb.toks, fb.ids, fb.buf, fb.ms, fb.it = toks[:0], ids[:0], buf[:0], ms[:0], m.it[:0]
	findPool.Put(fb)
	if out == nil {
		out = []doc.Time{}
	}
	return out
}

// findBufs are the buffers of one Find call, kept for the next.
type findBufs struct {
	toks []rawTok
	ids  []int32
	buf  []byte
	ms   []mention
	it   []item
}

var findPool = sync.Pool{New: func() any { return new(findBufs) }}

// isDay reports whether a value is a full date YYYY-MM-DD.
func isDay(v string) bool {
	return len(v) == 10 && v[4] == '-' && v[7] == '-' && isDigits(v[:4])
}

// plainLower reports whether w is lower-case ASCII letters only (its own
// folded form).
func plainLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// merge joins a day and a time of day written next to each other ("el
// viernes por la mañana", "hoy a las 12:00 UTC", "las 12:00 UTC del lunes").
func (m *matcher) merge(ms []mention) []mention {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		a := ms[k]
		if k+1 < len(ms) {
			b := ms[k+1]
			if m.joinable(a.j, b.i) {
				switch {
				case len(a.tpart) == 2 && len(b.tpart) == 5 && b.tpart[2] == ':' && !a.day && !b.day:
					// "in the evening at eight": the part of the day sets the hour
					h, mi := int(b.tpart[0]-'0')*10+int(b.tpart[1]-'0'), b.tpart[3:]
					switch {
					case (a.tpart == "AF" || a.tpart == "EV") && h >= 1 && h < 12, a.tpart == "NI" && h >= 5 && h < 12:
						h += 12
					case (a.tpart == "MO" || a.tpart == "NI") && h > 12 && h < 17:
						h -= 12 // "de madrugada a las tres" (read 15:00 alone)
					}
					tp := fmt.Sprintf("%02d:%s", h, mi)
					out = append(out, mention{i: a.i, j: b.j, typ: "TIME", val: a.val[:len(a.val)-len(a.tpart)] + tp, tpart: tp})
					k++
					continue
				case a.day && b.tpart != "":
					out = append(out, mention{i: a.i, j: b.j, typ: "TIME", val: a.val + "T" + b.tpart})
					k++
					continue
				case a.startPod && b.day:
					// "before dawn on Thursday": the day's start (TimeML's
					// DATE with mod START, as "early on Thursday")
					out = append(out, mention{i: a.i, j: b.j, typ: "DATE", val: b.val, mod: "START", day: true})
					k++
					continue
				case a.tpart != "" && b.day, len(a.tpart) == 2 && b.ofPod && m.of(a.j):
					out = append(out, mention{i: a.i, j: b.j, typ: "TIME", val: b.val + "T" + a.tpart})
					k++
					continue
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// anchorTimes dates a time of day written without a day ("a las 16:15
// UTC") by the last day named before it in the same sentence ("El 1 de
// junio, a las 16:15 UTC"), instead of the article date; and a day named
// before ("ese día", "the same day") by the last day the text named.
func (m *matcher) anchorTimes(ms []mention) {
	lastDay, lastSent := "", int32(-1)
	docYear, docMonth, docQuarter, lastGrain := 0, 0, 0, ""
	lastDate := "" // the last date the text named, at its grain ("desde entonces")
	for k := range ms {
		mt := &ms[k]
		sent := m.it[mt.i].sent
		if sent != lastSent {
			lastDay, lastSent = "", sent
		}
		if mt.typ == "DATE" && m.datelineDate(mt.i, mt.j) {
			// "MANAGUA, 20 may (EFE) –": the story's filing date, no day
			// of it that later times count from
			continue
		}
		if mt.ana {
			base := m.docDay
			if mt.later && m.actDay != "" && (!m.reportDay || m.actSent == m.daySent) {
				// (a report's day counts when its sentence names no act's
				// day: "Belarus said on Tuesday ... Poland said a day later")
				base = m.actDay
			}
			if mt.anaShift < 0 && !mt.later && base != "" && m.a.known && sent > m.daySent+1 {
				// "la víspera", "the previous day" in a sentence that names
				// no day, the day named last lying past the sentence
				// before it: the eve of the story's day, the article's
				base = m.a.t.Format("2006-01-02")
			}
			if mt.anaShift < 0 && base != "" && m.a.known && base > m.a.t.Format("2006-01-02") && m.tense(mt.i, mt.j) < 0 {
				// "... a partir del 1 de junio. La víspera, la Fiscalía
				// presentó cargos": a day before, told in the past, counts
				// from the article's day, not from a day still to come
				base = m.a.t.Format("2006-01-02")
			}
			if base != "" {
				mt.val = base
				if mt.anaShift != 0 {
					if t, err := time.Parse("2006-01-02", base); err == nil {
						mt.val = t.AddDate(0, 0, mt.anaShift).Format("2006-01-02")
					}
				}
			}
			continue
		}
		if mt.fromEvent && mt.evDay {
			// "on Friday, hours after the vote", "Horas antes del
			// ataque, ...": under a day, the event's day is the value
			base := lastDay
			if base == "" {
				base = m.actDay
			}
			if base == "" {
				base = m.docDay
			}
			if base != "" {
				mt.typ, mt.val, mt.anchor = "DATE", base, base
			} else {
				mt.j = mt.durJ
			}
			continue
		}
		if mt.fromEvent {
			// "on Wednesday, a day after the minister accused": the
			// event's day, counted from the day named before
			if t, err := time.Parse("2006-01-02", lastDay); err == nil && lastDay != "" {
				// (the value stays the amount, as TIMEX3 has it; the
				// event's day is its anchor)
				mt.anchor = t.AddDate(0, 0, -mt.anaShift).Format("2006-01-02")
			} else {
				mt.j = mt.durJ
			}
			continue
		}
		if mt.anaUnit == "T" {
			if lastDate != "" {
				mt.val = lastDate
			}
			continue
		}
		if mt.anaUnit == "YM" {
			// "that September", "septiembre de ese año": the month of the
			// year named last, else the month as its name alone reads
			if docYear > 0 {
				mt.val = fmt.Sprintf("%04d-%02d", docYear, mt.anaShift)
			}
			continue
		}
		if mt.anaUnit == "W" {
			// "la semana siguiente", "the following week": from the week
			// of the day named last, else the article's
			if m.docDay != "" {
				if t, err := time.Parse("2006-01-02", m.docDay); err == nil {
					y, w := t.AddDate(0, 0, 7*mt.anaShift).ISOWeek()
					mt.val = fmt.Sprintf("%04d-W%02d", y, w)
				}
			}
			continue
		}
		if mt.anaUnit != "" {
			// "el año anterior", "the following month": from the year or
			// month named last, else from the article date
			if mt.anaUnit[0] == 'S' {
				// "el mismo mes del año anterior": the month or quarter
				// named last, a year away
				g := mt.anaUnit[1:]
				if g == "P" {
					g = lastGrain
				}
				switch {
				case g == "M" && docMonth > 0:
					v := docMonth + 12*mt.anaShift
					mt.val = fmt.Sprintf("%04d-%02d", v/12, v%12+1)
				case g == "Q" && docQuarter > 0:
					v := docQuarter + 4*mt.anaShift
					mt.val = fmt.Sprintf("%04d-Q%d", v/4, v%4+1)
				case g == "Y" && docYear > 0:
					mt.val = fmt.Sprintf("%04d", docYear+mt.anaShift)
				}
				continue
			}
			if mt.anaUnit == "Y" && docYear > 0 {
				mt.val = fmt.Sprintf("%04d", docYear+mt.anaShift)
			} else if mt.anaUnit == "M" && docMonth > 0 {
				v := docMonth + mt.anaShift
				mt.val = fmt.Sprintf("%04d-%02d", v/12, v%12+1)
			}
			continue
		}
		if mt.typ == "DATE" && len(mt.val) >= 4 && isDigits(mt.val[:4]) {
			lastDate = mt.val
			y, _ := strconv.Atoi(mt.val[:4])
			docYear = y
			if len(mt.val) >= 7 && mt.val[4] == '-' && isDigits(mt.val[5:7]) {
				mo, _ := strconv.Atoi(mt.val[5:7])
				docMonth = y*12 + mo - 1
				if len(mt.val) == 7 {
					lastGrain = "M"
				}
			} else {
				docMonth = 0
				if len(mt.val) == 4 {
					lastGrain = "Y"
				}
			}
			if len(mt.val) == 7 && mt.val[5] == 'Q' && mt.val[6] >= '1' && mt.val[6] <= '4' {
				docQuarter = y*4 + int(mt.val[6]-'1')
				lastGrain = "Q"
			}
		}
		if mt.tpart != "" {
			// "at midnight on March 31": the day written next to it
			if k+1 < len(ms) && m.joinable(mt.j, ms[k+1].i) && ms[k+1].typ == "DATE" && isDay(ms[k+1].val) {
				mt.val = ms[k+1].val + "T" + mt.tpart
				continue
			}
			// "at 6 a.m. local time (0400 GMT) on Tuesday", "a las 6.00
			// (hora local) del martes": the day after a time given twice
			// or with its zone in brackets
			if d := m.dayAfterAside(ms, k); d != "" {
				mt.val = d + "T" + mt.tpart
				continue
			}
			if lastDay != "" {
				mt.val = lastDay + "T" + mt.tpart
				continue
			}
			if m.actDay != "" && m.actDay != m.docDay && m.reportDay {
				// "Incendiaron el lunes por la noche ..., informó el
				// Ejército el martes. ... irrumpieron hacia las 22.00": the
				// day of the acts, not that of the report named last
				mt.val = m.actDay + "T" + mt.tpart
				continue
			}
			if m.docDay != "" {
				// "in morning trading" a sentence after "on Tuesday"
				mt.val = m.docDay + "T" + mt.tpart
				continue
			}
		}
		if mt.typ == "DATE" && len(mt.val) == 10 && mt.val[4] == '-' && mt.val[0] != 'X' {
			lastDay = mt.val
			m.docDay, m.daySent = mt.val, sent
		} else if mt.typ == "TIME" && len(mt.val) > 11 && mt.val[10] == 'T' && mt.val[0] != 'X' {
			lastDay = mt.val[:10]
			m.docDay, m.daySent = lastDay, sent
		}
		if lastDay != "" && m.docDay == lastDay {
			m.reportDay = m.reportDate(mt.i)
			if !m.reportDay && !m.background(mt.i) {
				m.actDay, m.actSent = lastDay, sent
			}
		}
	}
}

// reportDate reports a time whose first item follows a reporting verb
// within two words ("said on Monday", "dijo el lunes", "said Monday"): it
// dates the report, not an act.
func (m *matcher) reportDate(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && m.sameSent(k, i); k-- {
		if m.has(k, cReport) != nil {
			return true
		}
		if m.it[k].kind != kWord || !(m.has(k, cAt) != nil || m.has(k, cDet) != nil || m.has(k, cIn) != nil) {
			break
		}
	}
	// a subject after the verb, as Spanish puts it: "informó el Ejército
	// libanés el martes", "dijo el ministro de Defensa el lunes" (articles,
	// capitalised words, "de", and a lower-case word right after a
	// capitalised one)
	if m.lang != "es" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-7 && m.sameSent(k, i); k-- {
		if m.has(k, cReport) != nil {
			return true
		}
		it := &m.it[k]
		if it.kind != kWord {
			return false
		}
		if it.cap || m.has(k, cDet) != nil || m.has(k, cOf) != nil || k > 0 && m.it[k-1].cap && m.it[k-1].kind == kWord {
			continue
		}
		return false
	}
	return false
}

// background reports a time whose clause is told in the pluperfect
// ("the assembly had approved the laws late on Tuesday", "la asamblea
// había aprobado la ley el martes"): an auxiliary of the class plup a few
// words before it, with no punctuation between, tells what came before
// the story's acts, no day that "hours later" counts from.
func (m *matcher) background(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && m.sameSent(k, i); k-- {
		if m.it[k].kind == kPunct {
			return false
		}
		if m.has(k, cPlup) != nil {
			return true
		}
	}
	return false
}

// dayAfterAside returns the day of the DATE that follows mention k past
// an aside: brackets, a zone ("(hora local)") or the same time in another
// zone ("(0400 GMT)"), each gap a few connecting words at most.
func (m *matcher) dayAfterAside(ms []mention, k int) string {
	end := ms[k].j
	for n := k + 1; n < len(ms) && n <= k+2; n++ {
		if !m.asideGap(end, ms[n].i) {
			return ""
		}
		if ms[n].typ == "DATE" && isDay(ms[n].val) {
			if n == k+1 && m.joinable(end, ms[n].i) {
				return "" // no aside: the caller's own case
			}
			return ms[n].val
		}
		if ms[n].typ != "TIME" || ms[n].tpart == "" || !m.punct(ms[n].i-1, "(") {
			return ""
		}
		end = ms[n].j
	}
	return ""
}

// asideGap reports whether items [i, j) are brackets, zones and at most two
// connecting words, inside one sentence.
func (m *matcher) asideGap(i, j int) bool {
	if j-i > 5 || j < i || i == 0 || j >= len(m.it) || m.it[i-1].sent != m.it[j].sent {
		return false
	}
	words := 0
	for k := i; k < j; k++ {
		switch {
		case m.punct(k, "()"), m.has(k, cTZ) != nil:
		case m.has(k, cAt) != nil || m.has(k, cIn) != nil || m.has(k, cOf) != nil || m.has(k, cDet) != nil:
			words++
		default:
			return false
		}
	}
	return words <= 2
}

// joinable reports whether items [i, j) are only a few connecting words,
// inside one sentence.
func (m *matcher) joinable(i, j int) bool {
	if j-i > 2 || j < i || i == 0 || j >= len(m.it) || m.it[i-1].sent != m.it[j].sent {
		return false
	}
	for k := i; k < j; k++ {
		if !(m.has(k, cAt) != nil || m.has(k, cIn) != nil || m.has(k, cOf) != nil || m.has(k, cDet) != nil || m.has(k, cFor) != nil || m.punct(k, ",")) {
			return false
		}
	}
	return true
}

// ForClause returns the time expression that dates an event whose trigger
// is at anchor (a byte offset of the prepared text) inside clause.
//
// Only DATE and TIME mentions count (durations and sets do not date an
// event); vague ones (PAST_REF ...) only when nothing else is there. Among
// the rest, a mention syntactically attached to the clause — introduced by
// an article or a preposition ("el martes", "en 2019", "on Friday", "since
// last autumn") or a bare weekday or deictic ("ayer") — is preferred to one
// that is only nearby inside a noun phrase, and a mention that dates the
// report rather than the event ("dijeron los medios el miércoles", "said on
// Wednesday": a reporting verb of the lexicon a few words before it) comes
// last; then the nearest to the trigger wins, and on a tie the one after
// it. ok is false when the clause holds none.
func ForClause(d *doc.Doc, clause doc.Span, anchor int) (t doc.Time, ok bool) {
	type cand struct {
		t     doc.Time
		score int
	}
	var cs []cand
	for _, m := range d.Times {
		if !clause.Contains(m.Span) || (m.Type != "DATE" && m.Type != "TIME") {
			continue
		}
		dist := m.Start - anchor
		if dist < 0 {
			dist = -(m.End - anchor)
			if dist < 0 {
				dist = -dist
			} else {
				dist = 0
			}
		}
		score := dist
		if isVague(m.Value) {
			score += 1 << 20
		}
		if !attached(d, m.Span) {
			score += 1 << 10
		}
		if reportTime(d, m.Span) {
			score += 1 << 14
		}
		cs = append(cs, cand{m, score*2 + boolInt(m.Start < anchor)})
	}
	if len(cs) == 0 {
		return t, false
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score < cs[j].score })
	return cs[0].t, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isVague(v string) bool {
	return v == "PAST_REF" || v == "PRESENT_REF" || v == "FUTURE_REF"
}

// attached reports whether a time mention reads as an adverbial of its
// clause: it follows a preposition, an article or a punctuation mark, or
// starts with an article, a direction word or a weekday ("el martes", "en
// 2019", "since last autumn"). A mention glued to a noun before it ("la
// cumbre 2019") is not. The words come from the lexicon's classes.
func attached(d *doc.Doc, s doc.Span) bool {
	text := d.Text
	if s.Start >= len(text) || s.Start < 0 {
		return false
	}
	lx := defaultLexicons()[d.Lang]
	if lx == nil {
		lx = defaultLexicons()["es"]
	}
	k := s.Start
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\n' || text[k-1] == '\t') {
		k--
	}
	if k == 0 {
		return true
	}
	if c := text[k-1]; c == ',' || c == '(' || c == ';' || c == ':' || c == '.' {
		return true
	}
	e := k
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
		k--
	}
	if lx.joins(text[k:e]) {
		return true
	}
	f := s.Start
	for f < s.End && text[f] != ' ' {
		f++
	}
	return lx.joins(text[s.Start:f]) || !isLower(text[s.Start])
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// reportTime reports whether a reporting verb ("dijo", "said") stands
// within the six words before a time mention in its sentence: the time
// then dates the report.
func reportTime(d *doc.Doc, s doc.Span) bool {
	lx := defaultLexicons()[d.Lang]
	if lx == nil {
		lx = defaultLexicons()["es"]
	}
	text := d.Text
	k := s.Start
	for n := 0; n < 6 && k > 0; n++ {
		for k > 0 && text[k-1] == ' ' {
			k--
		}
		if k == 0 || strings.IndexByte(".;!?\n", text[k-1]) >= 0 {
			return false
		}
		e := k
		for k > 0 && !strings.ContainsRune(" \n.,;!?", rune(text[k-1])) {
			k--
		}
		if k == e {
			k-- // a comma or a mark
			continue
		}
		id := lx.lookup([]byte(fold(text[k:e])))
		if id >= 0 {
			for _, sn := range lx.single[id] {
				if sn.cls == cReport {
					return true
				}
			}
		}
	}
	return false
}

// joins reports whether a word is an article, a preposition, a direction
// word or a day word of the lexicon.
func (lx *lexicon) joins(w string) bool {
	id := lx.lookup([]byte(fold(w)))
	if id < 0 {
		return false
	}
	for _, s := range lx.single[id] {
		switch s.cls {
		case cDet, cOf, cIn, cFor, cAt, cPrep, cDir, cWday, cDay, cAgo:
			return true
		}
	}
	return false
}

// defaultLexicons are the embedded dictionaries, for ForClause.
var defaultLexicons = sync.OnceValue(func() lexicons {
	lx, err := loadLexicons(nil)
	if err != nil {
		panic("timex: embedded dictionaries: " + err.Error())
	}
	return lx
})

// EventDate turns a time mention's value into the form of an event's date
// in the output record (record.md): YYYY-MM-DD, YYYY-MM, YYYY or YYYY-SS.
// A time of day gives its day; an ISO week (or its weekend) the month of
// its Thursday; a quarter or a half year its year. Durations, sets, vague
// references, decades and values with unknown parts give ok false.
func EventDate(t doc.Time) (string, bool) {
	if t.Type != "DATE" && t.Type != "TIME" {
		return "", false
	}
	v := t.Value
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		v = v[:i]
	}
	if strings.Contains(v, "X") || len(v) < 4 {
		return "", false
	}
	for _, c := range v[:4] {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	switch {
	case len(v) == 4:
		return v, true
	case len(v) == 7 && v[4] == '-' && isDigits(v[5:]):
		return v, true
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		return v, true
	case len(v) == 7 && v[4] == '-' && (v[5:] == "SP" || v[5:] == "SU" || v[5:] == "FA" || v[5:] == "WI"):
		return v, true
	case len(v) >= 8 && v[5] == 'W' && isDigits(v[6:8]):
		var y, w int
		if _, err := fmt.Sscanf(v[:8], "%4d-W%2d", &y, &w); err != nil {
			return "", false
		}
		// the Thursday of ISO week w holds the 4 January rule
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, 1-wdayNum(jan4)+7*(w-1))
		thu := mon.AddDate(0, 0, 3)
		return ym(thu.Year(), int(thu.Month())), true
	case len(v) == 7 && (v[5] == 'Q' || v[5] == 'H'):
		return v[:4], true
	}
	return "", false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// datelineDate reports a date in items [i, j) that is a story's dateline:
// it follows only capitalised words, commas and brackets from the start of
// its line ("MANAGUA, 20 may", "BOA VISTA (Brasil), 27 may", "TOKYO, May
// 13") and a dash closes it, past an agency's name in brackets ("(EFE) –").
func (m *matcher) datelineDate(i, j int) bool {
	lo := i
	for lo > 0 && m.sameSent(lo-1, i) && !m.it[lo].newline {
		lo--
	}
	if i-lo < 2 || i-lo > 8 {
		return false
	}
	words := 0
	for k := lo; k < i; k++ {
		switch it := &m.it[k]; it.kind {
		case kWord:
			if !it.cap {
				return false
			}
			words++
		case kPunct:
			if !m.punct(k, ",()") {
				return false
			}
		default:
			return false
		}
	}
	if words == 0 || !m.punct(i-1, ",") {
		return false
	}
	k := j
	if m.punct(k, "(") {
		for k++; k < len(m.it) && k < j+6 && !m.punct(k, ")"); k++ {
		}
		k++
	}
	return m.sameSent(k-1, i) && m.punct(k, "–—-") && k < len(m.it) && m.sameSent(k, i)
}
