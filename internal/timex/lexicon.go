package timex

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/atalaya-events/atalaya/data"
)

// class is the kind of a lexicon entry (the second column of lexicon.tsv).
type class uint8

const (
	cNone      class = iota
	cMonth           // month name: 1..12
	cWday            // weekday: 1 (Monday) .. 7
	cSeason          // season: SP SU FA WI
	cHemi            // hemisphere: N S
	cNum             // cardinal number (n; -1 for a vague amount "several")
	cOrd             // ordinal
	cUnit            // calendar unit: S MIN H D W WE M Q HY Y FY DE CE
	cDay             // deictic day: offset in days, optional part of day
	cRef             // PRESENT_REF, PAST_REF, FUTURE_REF
	cDir             // -1 last, 0 this, 1 next
	cSpan            // "the last/next" before a duration
	cMod             // START MID END
	cPod             // part of day: MO AF EV NI
	cClock           // a named clock time: 12:00
	cAgo             // "hace" (before) / "ago" (after)
	cWithin          // "dentro de" (1: a date) / "within" (0: a duration)
	cEvery           // "cada", "every"
	cSet             // adverb of frequency with its value
	cDet             // article
	cOf              // "de", "of"
	cIn              // "en", "in", "on"
	cFor             // "durante", "for"
	cAt              // "a las", "at"
	cAnd             // "y", "and"
	cHalf            // "medio", "half"
	cQuarter         // "cuarto", "quarter" (clock)
	cMinus           // "menos" (clock)
	cPast            // "past" (clock: "ten past three")
	cTo              // "to" (clock: "ten to three")
	cSharp           // "en punto", "o'clock"
	cTZ              // UTC, GMT
	cAmPm            // am, pm
	cHours           // "horas", "h" after a clock number
	cDecadeOf        // "la década de", "los años"
	cNotYear         // a count noun: a number before it is not a year
	cPrep            // another preposition that attaches a time to a clause
	cSuperl          // a superlative: "in N years" after it is a duration
	cAnaDay          // a day named before: "ese día", "the same day"
	cOrdSuf          // an ordinal ending after digits: 1st, 2nd, 1º
	cDecSuf          // the "s" of a decade: 1990s
	cRangeTo         // joins the two days of a range: "del 13 al 15", "3 to 5 March"
	cApprox          // an approximation before an amount: "más de", "almost"
	cHoliday         // a holiday on a fixed day: MM-DD
	cReport          // a reporting verb: a time after it dates the report (ForClause)
	cLasts           // a verb of length: a bare plural unit after it is a duration ("took weeks")
	cConsec          // "consecutivo", "straight": an ordinal streak of units ("segundo día consecutivo")
	cSame            // "el mismo mes", "the same period": the stretch the text named, shifted by what follows
	cAge             // "a la edad de", "aged" (before), "old", "de edad" (after): years of a person's age
	cRangeFrom       // opens a range of years: "entre" (closed by "y": and), "from" (closed by "to": to)
	cWdays           // a plural weekday: "fridays" (1..7), counted ("three fridays from now")
	cOr              // "o", "or": between two amounts of one unit ("60 o 90 días"), each its own duration
	cRest            // "el resto", "lo que queda", "the rest": what remains of a unit ("el resto del año")
	cModal           // a month name that is also a modal verb: "May" ("Workers May Strike")
	cThat            // a demonstrative: "that", "ese", "aquel": "that September" is of the year named last
	cPlup            // a pluperfect auxiliary: "had", "había": a day in its clause is background, no anchor for "hours later"
	cOccasion        // a noun of a dated occasion: "la votación", "the summit": "la víspera de la votación" counts from its day
	nClasses
)

// the classes fit the bit mask of an item
const _ = uint(64 - nClasses)

var classNames = map[string]class{
	"month": cMonth, "wday": cWday, "season": cSeason, "hemi": cHemi, "num": cNum,
	"ord": cOrd, "unit": cUnit, "day": cDay, "ref": cRef, "dir": cDir, "span": cSpan,
	"mod": cMod, "pod": cPod, "clock": cClock, "ago": cAgo, "within": cWithin,
	"every": cEvery, "set": cSet, "det": cDet, "of": cOf, "in": cIn, "for": cFor,
	"at": cAt, "and": cAnd, "half": cHalf, "quarter": cQuarter, "minus": cMinus,
	"past": cPast, "to": cTo, "sharp": cSharp, "tz": cTZ, "ampm": cAmPm, "hours": cHours,
	"decadeof": cDecadeOf, "notyear": cNotYear, "prep": cPrep, "superl": cSuperl, "anaday": cAnaDay, "ordsuf": cOrdSuf, "decsuf": cDecSuf, "rangeto": cRangeTo, "approx": cApprox, "holiday": cHoliday, "report": cReport, "lasts": cLasts, "consec": cConsec, "same": cSame, "age": cAge, "wdays": cWdays, "rangefrom": cRangeFrom, "or": cOr, "rest": cRest, "modal": cModal, "that": cThat, "plup": cPlup, "occasion": cOccasion,
}

// sense is one meaning of a lexicon phrase.
type sense struct {
	cls  class
	n    int    // numeric value (month, weekday, number, offset, direction)
	s    string // string value (unit, season, ref, mod, part of day, set value)
	s2   string // second value (part of day of a deictic day; of a day a mod qualifies: "late Wednesday" NI)
	cap  bool   // only when written with a capital letter
	det  bool   // a reference that counts only after an article ("the past")
	art  bool   // an indefinite article read as one ("un año", "a week")
	abbr bool   // an abbreviation: only beside a day number or a year
	ana  bool   // a direction counted from the year or month the text named last ("el año anterior")
}

// phrase is a lexicon entry of one or more words.
type phrase struct {
	words  []int32 // word ids
	senses []sense
}

// lexicon is one language's compiled dictionaries.
type lexicon struct {
	words    map[string]int32    // folded word -> id
	single   map[int32][]sense   // one-word phrases
	multi    map[int32][]phrase  // multi-word phrases by their first word, longest first
	tense    map[string]tenseCue // folded word or phrase (space separated)
	tenseW   map[int32]bool      // first words of multi-word tense cues
	suffix   []suffixCue         // longest first
	maxTense int                 // longest tense phrase in words

	// by word id, filled by finish
	singleByID [][]sense
	multiByID  [][]phrase
	tenseByID  []tenseCue
	hasTense   []bool
	// firstLen[n][c]: some word of n bytes starts with byte c (n < 32)
	firstLen [32][256]bool
}

type suffixCue struct {
	suf  string
	dir  int
	weak bool
}

// tenseCue is the time a word points to: +1 future, -1 past; weak cues
// count only when no strong one is near.
type tenseCue struct {
	dir  int
	weak bool
	aux  bool // a passive auxiliary: the ending after it is no tense ("to be published")
	prep bool // a preposition: counts only right before the expression ("hasta")
	day  bool // counts only right before a weekday, not one owning a noun ("for Monday", not "for Monday's attack")
	// ahead: a pledge of an act to come ("pledged to", "se comprometió
	// a"): it points ahead only for a time after it; a time before it
	// dates the pledge ("on Tuesday pledged to")
	ahead bool
	// deadline: a preposition of a deadline ("by"): as prep, but a verb
	// in the past right before it ("had fallen by March", "was completed
	// by March") says the deadline is behind
	deadline bool
	// call: a verb of calling, urging or inviting ("called on", "urged",
	// "convocó a"): with an infinitive standing between it and a time
	// after it ("called on Serbs to gather on Saturday", "convocó a los
	// vecinos a concentrarse el sábado") the time is the called act's,
	// ahead; with none it is the verb's own tense ("called on Monday")
	call bool
}

// lexicons holds the languages.
type lexicons map[string]*lexicon

func newLexicon() *lexicon {
	return &lexicon{words: map[string]int32{}, single: map[int32][]sense{}, multi: map[int32][]phrase{}, tense: map[string]tenseCue{}, tenseW: map[int32]bool{}}
}

func (lx *lexicon) id(w string) int32 {
	if id, ok := lx.words[w]; ok {
		return id
	}
	id := int32(len(lx.words))
	lx.words[w] = id
	return id
}

// lookupString is lookup for a word already folded.
func (lx *lexicon) lookupString(w string) int32 {
	if len(w) == 0 || len(w) >= 32 || !lx.firstLen[len(w)][w[0]] {
		return -1
	}
	if id, ok := lx.words[w]; ok {
		return id
	}
	return -1
}

// lookup returns a word's id, or -1.
func (lx *lexicon) lookup(w []byte) int32 {
	if len(w) == 0 || len(w) >= 32 || !lx.firstLen[len(w)][w[0]] {
		return -1
	}
	if id, ok := lx.words[string(w)]; ok {
		return id
	}
	return -1
}

// splitWords folds a phrase and splits it into the words the scanner would
// produce ("a.m." stays one word; "short-term" gives short - term).
func splitWords(p string) []string {
	toks := scanText(p, nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, fold(p[t.start:t.end]))
	}
	return out
}

// loadLexicons reads the embedded dictionaries and then the user's.
func loadLexicons(user []string) (lexicons, error) {
	lx := lexicons{}
	for _, lang := range []string{"es", "en"} {
		lx[lang] = newLexicon()
	}
	for _, lang := range []string{"es", "en"} {
		for _, name := range []string{"lexicon.tsv", "tense.tsv"} {
			p := "timex/" + lang + "/" + name
			f, err := data.FS.Open(p)
			if err != nil {
				continue
			}
			err = lx[lang].read(f, "data/"+p, name == "tense.tsv")
			f.Close()
			if err != nil {
				return nil, err
			}
		}
	}
	for _, u := range user {
		if err := lx.readUser(u); err != nil {
			return nil, err
		}
	}
	for _, l := range lx {
		l.finish()
	}
	return lx, nil
}

// readUser loads a user's file or folder. In a folder, files under
// timex/<lang>/ (or <lang>/ when the folder is itself a timex folder) named
// lexicon*.tsv or tense*.tsv are read; a single file is read for the
// language named by its parent folder.
func (lx lexicons) readUser(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("timex dictionary %s: %v", path, err)
	}
	var files []string
	if fi.IsDir() {
		err := filepath.WalkDir(path, func(p string, de fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !de.IsDir() && strings.HasSuffix(p, ".tsv") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("timex dictionary %s: %v", path, err)
		}
		sort.Strings(files)
	} else {
		files = []string{path}
	}
	for _, p := range files {
		lang := filepath.Base(filepath.Dir(p))
		base := filepath.Base(p)
		l, ok := lx[lang]
		if !ok || !(strings.HasPrefix(base, "lexicon") || strings.HasPrefix(base, "tense")) {
			continue
		}
		if fi.IsDir() && !strings.Contains(filepath.ToSlash(p), "timex/") {
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("timex dictionary %s: %v", p, err)
		}
		err = l.read(f, p, strings.HasPrefix(base, "tense"))
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// read parses a lexicon.tsv (phrase, class, value[, flag]) or a tense.tsv
// (cue, future|past). Later files override earlier entries of the same
// phrase and class.
func (lx *lexicon) read(r io.Reader, name string, tense bool) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		f := strings.Split(text, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if tense {
			if len(f) != 2 || f[0] == "" {
				return fmt.Errorf("%s:%d: want 2 tab-separated columns (cue, future|past), got %d", name, line, len(f))
			}
			if f[1] == "aux" {
				lx.tense[fold(f[0])] = tenseCue{aux: true}
				lx.id(fold(f[0]))
				continue
			}
			// an optional qualifier, then the direction: "past", "weak past", "call future"
			words := strings.Fields(f[1])
			qual, dir := "", 0
			if len(words) == 2 {
				qual = words[0]
			}
			if len(words) == 1 || len(words) == 2 {
				switch words[len(words)-1] {
				case "future":
					dir = 1
				case "past":
					dir = -1
				}
			}
			switch qual {
			case "", "weak", "prep", "day", "ahead", "deadline", "call":
			default:
				dir = 0
			}
			if dir == 0 {
				return fmt.Errorf("%s:%d: tense must be future, past, weak future, weak past, prep future, prep past, day future, day past, ahead future, deadline future, call future or aux, not %q", name, line, f[1])
			}
			weak, day, ahead, deadline, call := qual == "weak", qual == "day", qual == "ahead", qual == "deadline", qual == "call"
			prep := qual == "prep" || deadline
			if strings.HasPrefix(f[0], "-") {
				lx.suffix = append(lx.suffix, suffixCue{strings.ToLower(f[0][1:]), dir, weak})
				continue
			}
			ws := splitWords(f[0])
			for _, w := range ws {
				lx.id(w)
			}
			lx.tense[strings.Join(ws, " ")] = tenseCue{dir: dir, weak: weak, prep: prep, day: day, ahead: ahead, deadline: deadline, call: call}
			if len(ws) > 1 {
				lx.tenseW[lx.words[ws[0]]] = true
			}
			if len(ws) > lx.maxTense {
				lx.maxTense = len(ws)
			}
			continue
		}
		if len(f) < 3 || len(f) > 4 || f[0] == "" {
			return fmt.Errorf("%s:%d: want 3 or 4 tab-separated columns (phrase, class, value[, flag]), got %d", name, line, len(f))
		}
		c, ok := classNames[f[1]]
		if !ok {
			return fmt.Errorf("%s:%d: unknown class %q", name, line, f[1])
		}
		s := sense{cls: c}
		if len(f) == 4 {
			switch f[3] {
			case "cap":
				s.cap = true
			case "abbr":
				s.abbr = true
			case "det":
				s.det = true
			case "art":
				s.art = true
			case "ana":
				s.ana = true
			default:
				if c == cDay || c == cAnaDay || c == cMod {
					s.s2 = f[3]
				} else {
					return fmt.Errorf("%s:%d: unknown flag %q (want cap, abbr, det, art or ana)", name, line, f[3])
				}
			}
		}
		switch c {
		case cMonth, cWday, cWdays, cNum, cOrd, cDay, cDir, cSpan, cWithin:
			if c == cNum && f[2] == "X" {
				s.n = -1
				break
			}
			n, err := strconv.Atoi(f[2])
			if err != nil {
				return fmt.Errorf("%s:%d: value %q of class %s must be a whole number", name, line, f[2], f[1])
			}
			if (c == cMonth && (n < 1 || n > 12)) || ((c == cWday || c == cWdays) && (n < 1 || n > 7)) {
				return fmt.Errorf("%s:%d: %s %d out of range", name, line, f[1], n)
			}
			s.n = n
		default:
			s.s = f[2]
		}
		ws := splitWords(f[0])
		if len(ws) == 0 {
			return fmt.Errorf("%s:%d: empty phrase", name, line)
		}
		ids := make([]int32, len(ws))
		for i, w := range ws {
			ids[i] = lx.id(w)
		}
		if len(ids) == 1 {
			lx.single[ids[0]] = addSense(lx.single[ids[0]], s)
			continue
		}
		ps := lx.multi[ids[0]]
		found := false
		for i := range ps {
			if equalIDs(ps[i].words, ids) {
				ps[i].senses = addSense(ps[i].senses, s)
				found = true
			}
		}
		if !found {
			ps = append(ps, phrase{words: ids, senses: []sense{s}})
		}
		lx.multi[ids[0]] = ps
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// addSense adds s, replacing a sense of the same class: a later file (a
// user's) overrides an earlier one.
func addSense(ss []sense, s sense) []sense {
	for i := range ss {
		if ss[i].cls == s.cls {
			ss[i] = s
			return ss
		}
	}
	return append(ss, s)
}

func equalIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (lx *lexicon) finish() {
	n := len(lx.words)
	for w := range lx.words {
		if len(w) > 0 && len(w) < 32 {
			lx.firstLen[len(w)][w[0]] = true
		}
	}
	lx.singleByID = make([][]sense, n)
	lx.multiByID = make([][]phrase, n)
	lx.tenseByID = make([]tenseCue, n)
	lx.hasTense = make([]bool, n)
	for id, ss := range lx.single {
		lx.singleByID[id] = ss
	}
	for w, t := range lx.tense {
		if id, ok := lx.words[w]; ok {
			lx.tenseByID[id] = t
			lx.hasTense[id] = true
		}
	}
	for k, ps := range lx.multi {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
		lx.multi[k] = ps
		lx.multiByID[k] = ps
	}
	sort.SliceStable(lx.suffix, func(i, j int) bool { return len(lx.suffix[i].suf) > len(lx.suffix[j].suf) })
}
