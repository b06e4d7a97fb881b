package timex

import "strings"

// item is a token of the scanner, or a multi-word lexicon phrase merged
// into one, with the senses the lexicon gives it.
type item struct {
	senses  []sense
	mask    uint64 // the classes of its senses
	start   int
	end     int
	num     int32 // value of a number (-1 when too long)
	id      int32 // word id (single token), -1 otherwise
	sent    int32 // sentence number
	ndig    uint8 // digits of a number (capped at 255)
	kind    uint8
	space   bool
	newline bool
	cap     bool
	multi   bool // a multi-word phrase
	key     bool // a number or a word that can carry a time expression
}

// buildItems turns tokens into items, merging the longest multi-word
// phrase at each position.
func (lx *lexicon) buildItems(text string, toks []rawTok, ids []int32, out []item) []item {
	sent := 0
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.newline && len(out) > 0 {
			sent++
		}
		it := item{start: t.start, end: t.end, kind: t.kind, id: ids[i], space: t.space, newline: t.newline, cap: t.cap, sent: int32(sent)}
		if t.kind == kNum {
			nd := t.end - t.start
			it.ndig = uint8(min(nd, 255))
			if nd <= 9 {
				var n int32
				for k := t.start; k < t.end; k++ {
					n = n*10 + int32(text[k]-'0')
				}
				it.num = n
			} else {
				it.num = -1
			}
		}
		n := 1
		if ids[i] >= 0 {
			for _, p := range lx.multiByID[ids[i]] {
				if i+len(p.words) > len(toks) {
					continue
				}
				ok := true
				for k := 1; k < len(p.words); k++ {
					if ids[i+k] != p.words[k] || toks[i+k].newline {
						ok = false
						break
					}
				}
				if ok && (onlyClass(p.senses, cSet) || onlyClass(p.senses, cSame) && p.senses[0].s == "Y") && i+len(p.words) < len(toks) && hasClass(lx.singleByID, ids[i+len(p.words)], cDir) {
					// "al año anterior", "al mes siguiente", "todo el año
					// pasado": the article and the unit of a relative
					// date, not a frequency nor the year named before
					continue
				}
				if ok && onlyClass(p.senses, cDecadeOf) && hasClass(lx.singleByID, p.words[len(p.words)-1], cUnit) &&
					(i+len(p.words) >= len(toks) || toks[i+len(p.words)].kind != kNum && !hasClass(lx.singleByID, ids[i+len(p.words)], cNum)) {
					// "a lo largo de los años": the article and a plural
					// unit; "los años" names a decade only before a number
					continue
				}
				if ok {
					n = len(p.words)
					it.end = toks[i+n-1].end
					it.senses = p.senses
					it.multi = true
					it.id = -1
					break
				}
			}
			if n == 1 {
				it.senses = lx.singleByID[ids[i]]
			}
		}
		it.key = it.kind == kNum
		if it.kind == kNum {
			it.mask |= bitNum
		} else if it.kind == kPunct && (text[it.start] == '\'' || strings.HasPrefix(text[it.start:], "’")) {
			it.mask |= bitApos
		}
		for _, s := range it.senses {
			it.mask |= 1 << s.cls
			if keyClass[s.cls] {
				it.key = true
			}
		}
		out = append(out, it)
		i += n
		// sentence ends after . ! ? ; followed by a space or a line break
		if t.kind == kPunct && n == 1 {
			c := text[t.start]
			if (c == '.' || c == '!' || c == '?' || c == ';') && (i >= len(toks) || toks[i].space) {
				sent++
			}
		}
	}
	return out
}

// pseudo-classes of the item mask: a number, an apostrophe.
const (
	bitNum  uint64 = 1 << 63
	bitApos uint64 = 1 << 62
)

// keyClass marks the classes that carry a time expression; the others
// (articles, prepositions) only join one to its neighbours.
var keyClass = func() [nClasses]bool {
	var k [nClasses]bool
	for c := class(1); c < nClasses; c++ {
		switch c {
		case cDet, cOf, cIn, cFor, cAt, cAnd, cMinus, cPast, cTo, cSharp, cTZ, cAmPm, cHours, cNotYear, cPrep, cSuperl, cOrdSuf, cDecSuf, cRangeTo, cApprox, cReport, cLasts, cConsec, cAge, cRangeFrom, cRest, cModal:
		default:
			k[c] = true
		}
	}
	return k
}()

// onlyClass reports whether every sense is of class c.
func onlyClass(ss []sense, c class) bool {
	for _, s := range ss {
		if s.cls != c {
			return false
		}
	}
	return len(ss) > 0
}

// hasClass reports whether the single word id has a sense of class c.
func hasClass(byID [][]sense, id int32, c class) bool {
	if id < 0 || int(id) >= len(byID) {
		return false
	}
	for _, s := range byID[id] {
		if s.cls == c {
			return true
		}
	}
	return false
}
