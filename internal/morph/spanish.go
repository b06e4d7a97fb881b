package morph

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"
)

// ending is one inflectional ending of a verb class.
type ending struct {
	text string // as written, accents included: "ó", "aron"
	fold string // without accents
	form Form
}

// participleEnds are the regular participle endings of every class
// ("ado", "idas").
var participleEnds = func() []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range classes {
		for _, e := range c.ends {
			if e.form == Part && !seen[e.text] {
				seen[e.text] = true
				out = append(out, e.text)
			}
		}
	}
	return out
}()

// ParticipleEnding reports whether a lower-case Spanish word ends like a
// regular participle ("armados", "heridas"), whatever its stem.
func ParticipleEnding(lower string) bool {
	for _, e := range participleEnds {
		if strings.HasSuffix(lower, e) {
			return true
		}
	}
	return false
}

// InfinitiveEnding reports whether a Spanish word ends like an infinitive,
// with at most two enclitic pronouns after it ("marchar", "concentrarse",
// "entregárselo"), on a stem of three letters or more, whatever its stem.
func InfinitiveEnding(lower string) bool {
	fold := Fold(lower)
	return len(fold) >= 5 && infEnd(fold) || withoutClitics(fold, func(rest string) bool { return len(rest) >= 5 && infEnd(rest) })
}

// infEnd reports an infinitive ending of any class ("ar", "er", "ir") on a
// folded word.
func infEnd(fold string) bool {
	return strings.HasSuffix(fold, "ar") || strings.HasSuffix(fold, "er") || strings.HasSuffix(fold, "ir")
}

// withoutClitics strips one and then a second enclitic pronoun from the end
// of a folded word ("concentrarse" gives "concentrar"), each strip leaving
// three letters or more, and calls f on what is left after each, until f
// returns true; it reports whether f did.
func withoutClitics(fold string, f func(rest string) bool) bool {
	rest := fold
	for n := 0; n < 2; n++ {
		stripped := false
		for _, c := range clitics {
			if strings.HasSuffix(rest, c) && len(rest)-len(c) >= 3 {
				rest = rest[:len(rest)-len(c)]
				stripped = true
				break
			}
		}
		if !stripped {
			return false
		}
		if f(rest) {
			return true
		}
	}
	return false
}

func endings(form Form, texts ...string) []ending {
	out := make([]ending, len(texts))
	for i, t := range texts {
		out[i] = ending{t, Fold(t), form}
	}
	return out
}

func join(lists ...[]ending) []ending {
	var out []ending
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// The regular conjugations (grammar, not vocabulary).
var (
	erirCommon = join(
		endings(Ger, "iendo", "yendo"),
		endings(Part, "ido", "ida", "idos", "idas"),
		endings(Past, "í", "iste", "ió", "imos", "isteis", "ieron", "yó", "yeron", "ía", "ías", "íamos", "íais", "ían"),
		endings(Subj, "a", "as", "amos", "áis", "an", "iera", "ieras", "iéramos", "ierais", "ieran", "iese", "ieses", "iésemos", "ieseis", "iesen", "yera", "yeran"),
		endings(Pres, "o", "es", "e", "en"),
	)
	classes = []struct {
		inf  string
		ends []ending
	}{
		{"ar", join(
			endings(Inf, "ar"),
			endings(Ger, "ando"),
			endings(Part, "ado", "ada", "ados", "adas"),
			endings(Pres, "o", "as", "a", "amos", "áis", "an"),
			endings(Past, "é", "aste", "ó", "asteis", "aron", "aba", "abas", "ábamos", "abais", "aban"),
			endings(Fut, "aré", "arás", "ará", "aremos", "aréis", "arán"),
			endings(Cond, "aría", "arías", "aríamos", "aríais", "arían"),
			endings(Subj, "e", "es", "emos", "éis", "en", "ara", "aras", "áramos", "arais", "aran", "ase", "ases", "ásemos", "aseis", "asen"),
		)},
		{"er", join(
			endings(Inf, "er"),
			erirCommon,
			endings(Pres, "emos", "éis"),
			endings(Fut, "eré", "erás", "erá", "eremos", "eréis", "erán"),
			endings(Cond, "ería", "erías", "eríamos", "eríais", "erían"),
		)},
		{"ir", join(
			endings(Inf, "ir"),
			erirCommon,
			endings(Pres, "imos", "ís"),
			endings(Fut, "iré", "irás", "irá", "iremos", "iréis", "irán"),
			endings(Cond, "iría", "irías", "iríamos", "iríais", "irían"),
		)},
	}
	strongPret = join(endings(Past, "e", "iste", "o", "imos", "isteis", "ieron", "eron"),
		endings(Subj, "iera", "ieras", "ieran", "iese", "iesen", "era", "eran"))
	futEnds  = join(endings(Fut, "é", "ás", "á", "emos", "éis", "án"), endings(Cond, "ía", "ías", "íamos", "íais", "ían"))
	presEnds = join(endings(Pres, "o"), endings(Subj, "a", "as", "amos", "áis", "an"))
	clitics  = []string{"selos", "selas", "selo", "sela", "nos", "les", "los", "las", "se", "le", "lo", "la", "me", "te", "os"}
)

// Spanish is the Spanish analyser.
type Spanish struct {
	forms map[string][]Analysis // folded irregular form -> analyses
	// tableSubj: lemmas whose present subjunctive the table gives as
	// whole forms or a present stem ("sea", "dé", "tenga"): no regular
	// ending makes another ("san" is no "sean", "de" no "dé")
	tableSubj map[string]bool
	// written: the irregular forms by their lower case as written,
	// accents kept ("está", "dé"), for AccentOnly
	written map[string][]Analysis
	// noVerb: lemmas with a verb's ending that are no verbs ("primer",
	// "mujer", "lugar"): no regular verb reading is made for them
	noVerb map[string]bool
	// noStem: verbs whose stem vowel never breaks into ie/ue ("donar",
	// "portar"): "dueña", "puerta" are no forms of theirs
	noStem map[string]bool
	known  map[string]bool // folded lemmas worth returning; nil means all
	c, ac  cache
}

// NewSpanish reads the irregular table (a morph.tsv in the format of
// data/events/es/morph.tsv) from fsys at path and returns an analyser that
// keeps only readings whose lemma is in known (all readings when known is
// nil).
func NewSpanish(fsys fs.FS, path string, known map[string]bool) (*Spanish, error) {
	s := &Spanish{forms: map[string][]Analysis{}, written: map[string][]Analysis{}, noVerb: map[string]bool{}, noStem: map[string]bool{}, known: known, tableSubj: map[string]bool{}}
	err := eachRow(fsys, path, 3, "kind, text, lemma", func(line int, cols []string) error {
		kind, text, lemma := cols[0], strings.ToLower(cols[1]), Fold(cols[2])
		if f, ok := strings.CutPrefix(kind, "form."); ok {
			form, known := formByName(f)
			if !known || form == Other || form == Plural {
				return fmt.Errorf("%s:%d: unknown form %q in kind %q (want form.inf, form.ger, form.part, form.pres, form.past, form.fut, form.cond or form.subj)", path, line, f, kind)
			}
			s.add(text, Analysis{Lemma: lemma, Form: form, Verb: true})
			if form == Subj {
				s.tableSubj[lemma] = true
			}
			return nil
		}
		switch kind {
		case "noverb":
			s.noVerb[Fold(text)] = true
		case "nostem":
			s.noStem[Fold(text)] = true
		case "form":
			f := formOf(text)
			s.add(text, Analysis{Lemma: lemma, Form: f, Verb: true})
			if f == Subj {
				s.tableSubj[lemma] = true
			}
		case "part":
			base := strings.TrimSuffix(text, "o")
			for _, e := range []string{"o", "a", "os", "as"} {
				s.add(base+e, Analysis{Lemma: lemma, Form: Part, Verb: true})
			}
		case "pret":
			for _, e := range strongPret {
				if e.text == "eron" && !strings.HasSuffix(text, "j") || e.text == "ieron" && strings.HasSuffix(text, "j") {
					continue
				}
				s.add(text+e.text, Analysis{Lemma: lemma, Form: e.form, Verb: true})
			}
		case "fut":
			for _, e := range futEnds {
				s.add(text+e.text, Analysis{Lemma: lemma, Form: e.form, Verb: true})
			}
		case "pres":
			s.tableSubj[lemma] = true
			for _, e := range presEnds {
				s.add(text+e.text, Analysis{Lemma: lemma, Form: e.form, Verb: true})
			}
		default:
			return fmt.Errorf("%s:%d: unknown kind %q (want form, form.FORM, part, pret, fut, pres, noverb or nostem)", path, line, kind)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Spanish) add(form string, a Analysis) {
	k := Fold(form)
	s.forms[k] = addUnique(s.forms[k], a)
	s.written[form] = addUnique(s.written[form], a)
}

// AccentOnly returns the verb readings of a lower-cased word written with
// no accent that it owes only to a form written with one: an irregular
// form ("esta" is read as "está", "de" as "dé") or a regular ending
// ("primera" as a future "primerá", "este" as a preterite "esté"). A text
// that writes its accents has none of these: the word is another
// ("esta" the demonstrative). A word with an accent gives none.
func (s *Spanish) AccentOnly(lower string) []Analysis {
	return s.ac.get(lower, s.accentOnly)
}

func (s *Spanish) accentOnly(lower string) []Analysis {
	fold := Fold(lower)
	if fold != lower {
		return nil
	}
	var out []Analysis
	exact := s.written[lower]
	for _, a := range s.Analyze(lower) {
		if !a.Verb || hasAnalysis(exact, a) {
			continue
		}
		// (the table writing the form with its accent says so, whatever
		// a regular ending gives: "esta" is no "está")
		if hasAnalysis(s.forms[fold], a) {
			out = append(out, a)
			continue
		}
		loose := false
		for _, c := range s.regularCands(lower, fold) {
			if c.a == a {
				if c.exact {
					loose = false
					break
				}
				loose = true
			}
		}
		if loose {
			out = append(out, a)
		}
	}
	return out
}

func hasAnalysis(as []Analysis, a Analysis) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// formByName returns the Form a name of formNames stands for.
func formByName(name string) (Form, bool) {
	for i, n := range formNames {
		if n == name {
			return Form(i), true
		}
	}
	return Other, false
}

// formOf guesses the form of an irregular whole form from its ending.
func formOf(w string) Form {
	best, bf := 0, Past
	for _, c := range classes {
		for _, e := range c.ends {
			if len(e.text) > best && len(e.text) < len(w) && strings.HasSuffix(w, e.text) {
				best, bf = len(e.text), e.form
			}
		}
	}
	return bf
}

// Analyze returns the readings of a lower-cased word form, verb readings
// first. The word itself is always among the readings (as Other) when it is
// a known lemma.
func (s *Spanish) Analyze(lower string) []Analysis {
	return s.c.get(lower, s.analyze)
}

func (s *Spanish) ok(lemma string) bool { return s.known == nil || s.known[lemma] }

func (s *Spanish) analyze(lower string) []Analysis {
	var out []Analysis
	fold := Fold(lower)
	for _, a := range s.forms[fold] {
		if s.ok(a.Lemma) {
			out = addUnique(out, a)
		}
	}
	out = s.regular(lower, fold, out)
	// enclitic pronouns after an infinitive, gerund or imperative
	withoutClitics(fold, func(rest string) bool {
		if !infEnd(rest) && !strings.HasSuffix(rest, "ndo") {
			return false
		}
		for _, a := range s.regular(rest, rest, nil) {
			if a.Form == Inf || a.Form == Ger {
				out = addUnique(out, a)
			}
		}
		for _, a := range s.forms[rest] {
			if s.ok(a.Lemma) {
				out = addUnique(out, a)
			}
		}
		return true
	})
	out = s.guessPast(lower, fold, out)
	// the word itself, and a noun or adjective plural
	if s.ok(fold) {
		out = addUnique(out, Analysis{Lemma: fold, Form: Other})
	}
	if strings.HasSuffix(fold, "ces") && s.ok(fold[:len(fold)-3]+"z") {
		out = addUnique(out, Analysis{Lemma: fold[:len(fold)-3] + "z", Form: Plural})
	}
	if strings.HasSuffix(fold, "es") && len(fold) > 4 && s.ok(fold[:len(fold)-2]) {
		out = addUnique(out, Analysis{Lemma: fold[:len(fold)-2], Form: Plural})
	}
	if strings.HasSuffix(fold, "s") && len(fold) > 3 && s.ok(fold[:len(fold)-1]) {
		out = addUnique(out, Analysis{Lemma: fold[:len(fold)-1], Form: Plural})
	}
	// adjectives: feminine and plural forms of a masculine lemma
	// (telefónica, militares are handled above; conjuntas, nucleares)
	for _, e := range []string{"a", "as", "os"} {
		if strings.HasSuffix(fold, e) && len(fold) > len(e)+2 && s.ok(fold[:len(fold)-len(e)]+"o") {
			out = addUnique(out, Analysis{Lemma: fold[:len(fold)-len(e)] + "o", Form: Other})
		}
	}
	return out
}

// guessPast reads a preterite of a verb no dictionary names ("enfureció",
// "indignaron", "sorprendieron") from its regular ending, so that rules
// looking for a finite past verb see it: a word of five letters or more
// with no verb reading, ending in accented -ó/-ió or in -aron/-ieron after a
// stem of three letters or more holding a vowel ("Sharon" is no verb). The
// lemma is the regular infinitive the ending implies; it is used only when
// the restricted analyser would not otherwise return it (a known lemma was
// already tried by regular).
func (s *Spanish) guessPast(lower, fold string, out []Analysis) []Analysis {
	if s.known == nil || len(fold) < 5 {
		return out
	}
	for _, a := range out {
		if a.Verb {
			return out
		}
	}
	var stem, inf string
	switch {
	case strings.HasSuffix(lower, "ió"):
		stem, inf = fold[:len(fold)-2], "ir"
	case strings.HasSuffix(lower, "ó"):
		stem, inf = fold[:len(fold)-1], "ar"
	case strings.HasSuffix(fold, "ieron"):
		stem, inf = fold[:len(fold)-5], "ir"
	case strings.HasSuffix(fold, "aron"):
		stem, inf = fold[:len(fold)-4], "ar"
	default:
		return out
	}
	if len(stem) < 3 || !strings.ContainsAny(stem, "aeiou") || s.known[stem+inf] {
		return out
	}
	for i := 0; i < len(stem); i++ {
		if stem[i] < 'a' || stem[i] > 'z' {
			return out
		}
	}
	return append(out, Analysis{Lemma: stem + inf, Form: Past, Verb: true})
}

// regular analyses fold as a regular verb form, trying stem-change and
// spelling-change reversals.
func (s *Spanish) regular(lower, fold string, out []Analysis) []Analysis {
	cands := s.regularCands(lower, fold)
	exactLemma := map[string]bool{}
	for _, c := range cands {
		if c.exact {
			exactLemma[c.a.Lemma] = true
		}
	}
	// verb readings: exact accent matches first, longest ending first within
	for _, pass := range []bool{true, false} {
		for _, c := range cands {
			if c.exact == pass && (c.exact || !exactLemma[c.a.Lemma]) {
				out = addUnique(out, c.a)
			}
		}
	}
	return out
}

// regCand is a regular verb reading and whether the word's accents are
// its ending's as written.
type regCand struct {
	a     Analysis
	exact bool
}

// regularCands returns the regular verb readings of fold (lower as
// written), each with whether its ending matched with its accents.
func (s *Spanish) regularCands(lower, fold string) []regCand {
	type cand = regCand
	var cands []cand
	for _, c := range classes {
		for _, e := range c.ends {
			if !strings.HasSuffix(fold, e.fold) || len(fold)-len(e.fold) < 1 {
				continue
			}
			exact := strings.HasSuffix(lower, e.text)
			if !stemAccentOK(lower, utf8.RuneCountInString(e.fold)) {
				continue
			}
			stem := fold[:len(fold)-len(e.fold)]
			for _, st := range stems(stem, c.inf, e.fold) {
				lemma := st + c.inf
				if s.ok(lemma) && !s.noVerb[lemma] && !(e.form == Subj && s.tableSubj[lemma]) && !(s.noStem[lemma] && diphthongUndone(stem, st)) {
					cands = append(cands, cand{Analysis{Lemma: lemma, Form: e.form, Verb: true}, exact})
				}
			}
		}
	}
	return cands
}

// diphthongUndone reports whether the infinitive stem st was made from
// the surface stem by reversing a stem change ie -> e or ue -> o
// ("duen" -> "don").
func diphthongUndone(stem, st string) bool {
	return strings.Count(stem, "ue") > strings.Count(st, "ue") || strings.Count(stem, "ie") > strings.Count(st, "ie")
}

// stemAccentOK reports whether the written accents of lower before its last
// n letters (its regular ending) can belong to a verb's stem: only an "í"
// or "ú" that is the stem's last vowel ("reúne", "prohíbe", "envía",
// "actúa"); "pública", "público", "último" are no forms of publicar,
// ultimar (a verb form is never stressed before its last syllable but one).
func stemAccentOK(lower string, n int) bool {
	rs := []rune(lower)
	if n > len(rs) {
		return true
	}
	stem := rs[:len(rs)-n]
	for i, r := range stem {
		switch r {
		case 'á', 'é', 'ó':
			return false
		case 'í', 'ú':
			for _, v := range stem[i+1:] {
				if strings.ContainsRune("aeiouáéíóú", v) {
					return false
				}
			}
		}
	}
	return true
}

// lastSyllable reports whether st[from:] holds no vowel, so that a
// diphthong ending at from is the stem's last vowel: the stressed one that
// stem-changing verbs alter, however many consonants follow it (cierr,
// muestr, siembr, encuentr).
func lastSyllable(st string, from int) bool {
	return !strings.ContainsAny(st[from:], "aeiou")
}

// stems returns the infinitive stems a surface stem may come from.
func stems(stem, class, end string) []string {
	out := []string{stem}
	front := strings.HasPrefix(end, "e") || strings.HasPrefix(end, "i")
	// spelling changes before e (ar verbs): ataqué, pagué, amenacé
	if class == "ar" && strings.HasPrefix(end, "e") {
		switch {
		case strings.HasSuffix(stem, "qu"):
			out = append(out, stem[:len(stem)-2]+"c")
		case strings.HasSuffix(stem, "gu"):
			out = append(out, stem[:len(stem)-1])
		case strings.HasSuffix(stem, "c"):
			out = append(out, stem[:len(stem)-1]+"z")
		}
	}
	// spelling changes before a/o (er, ir verbs): dirijo, conozco, venzo, sigo
	if class != "ar" && !front {
		switch {
		case strings.HasSuffix(stem, "zc"):
			out = append(out, stem[:len(stem)-2]+"c")
		case strings.HasSuffix(stem, "j"):
			out = append(out, stem[:len(stem)-1]+"g")
		case strings.HasSuffix(stem, "z"):
			out = append(out, stem[:len(stem)-1]+"c")
		case strings.HasSuffix(stem, "g"):
			out = append(out, stem+"u")
		}
	}
	// a common misspelling of -ger/-gir verbs writes their "g" as "j"
	// before e or i too ("exijen", "exijir", "dirijieron"): read it as
	// the "g" it stands for (only a known lemma is taken)
	if class != "ar" && front && strings.HasSuffix(stem, "j") {
		out = append(out, stem[:len(stem)-1]+"g")
	}
	// -uir verbs: destruye, destruyo, huyen
	if class == "ir" && strings.HasSuffix(stem, "uy") {
		out = append(out, stem[:len(stem)-1])
	}
	// stem-changing verbs: cierra, vuelve, pide (ue -> u is jugar's
	// alone, whose forms morph.tsv gives: "huerta", "resuelto" are no
	// forms of hurtar, resultar)
	n := len(out)
	for _, st := range out[:n] {
		if i := strings.LastIndex(st, "ie"); i >= 0 && lastSyllable(st, i+2) {
			out = append(out, st[:i]+"e"+st[i+2:])
		}
		if i := strings.LastIndex(st, "ue"); i >= 0 && lastSyllable(st, i+2) && !(i > 0 && (st[i-1] == 'q' || st[i-1] == 'g')) {
			out = append(out, st[:i]+"o"+st[i+2:])
		}
		// e -> i (pide, sigue, sirvió) only in -ir verbs: no -er verb
		// changes its stem so ("comité" is no form of "cometer")
		if class == "ir" {
			if i := strings.LastIndexByte(st, 'i'); i >= 0 && i >= len(st)-3 {
				out = append(out, st[:i]+"e"+st[i+1:])
			}
		}
		// o -> u in -ir verbs before a stressed ending: muriendo, durmiendo, murió
		if class == "ir" {
			if i := strings.LastIndexByte(st, 'u'); i > 0 && i >= len(st)-3 && st[i-1] != 'q' && st[i-1] != 'g' {
				out = append(out, st[:i]+"o"+st[i+1:])
			}
		}
	}
	return out
}
