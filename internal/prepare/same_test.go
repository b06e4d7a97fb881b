package prepare

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

// prepareSteps prepares an article one whole step after the other, as
// Prepare did before it took the text a stretch of paragraphs at a time:
// tokenize all, split all (finding repairs), patch all, split again the
// touched paragraphs. It is the reference Prepare must agree with.
func prepareSteps(t *testing.T, p *Preparer, a *article.Article) *doc.Doc {
	t.Helper()
	d, text, edits := p.begin(a)
	lx := p.lex[d.Lang]
	toks, infos := tokenize(text, lx)
	f := repairFinder{raw: a.Body, toks: toks, m: newEditMap(a.Body, edits), lx: lx}
	sents := splitEach(toks, infos, lx, func(s doc.Sentence) bool {
		f.sentence(s)
		return len(f.reps) > 0
	})
	if reps := f.reps; len(reps) > 0 {
		sort.Slice(reps, func(i, j int) bool { return reps[i].at < reps[j].at })
		add := make([]edit, len(reps))
		local := make([]edit, len(reps))
		for i, r := range reps {
			add[i], local[i] = r.e, r.p
			d.Warn(r.what)
		}
		edits = merge(edits, add)
		text = applyText(a.Body, edits)
		sort.Slice(local, func(i, j int) bool { return local[i].start < local[j].start })
		var touched []int
		var cuts []cut
		toks, infos, touched, cuts = patch(toks, infos, local, text)
		sents = resplit(toks, infos, lx, sents, touched, cuts)
	}
	d.Text, d.Map, d.Tokens, d.Sentences = text, offsetMap(a.Body, edits), toks, sents
	return d
}

// mangle makes machine-translation and encoding debris out of a clean
// text, deterministically: repeated words, stray capitals, odd spaces and
// line breaks, curly quotes, characters encoded twice, HTML references,
// combining marks and invisible characters.
func mangle(s string, rng *rand.Rand) string {
	var b strings.Builder
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			b.WriteString([]string{"\u00a0", "  ", "\n", "\n\n", " ", " ", " ", " "}[rng.Intn(8)])
		}
		switch rng.Intn(20) {
		case 0:
			w = w + " " + w
		case 1:
			if r, n := utf8.DecodeRuneInString(w); n > 0 {
				w = strings.ToUpper(string(r)) + w[n:]
			}
		case 2:
			w = "«" + w + "»"
		case 3:
			var m strings.Builder
			for _, c := range []byte(w) {
				m.WriteRune(rune(c))
			}
			w = m.String()
		case 4:
			w = "&quot;" + w + "&#8220;"
		case 5:
			w = "e\u0301" + w + "\u200b"
		}
		b.WriteString(w)
	}
	return b.String()
}

// TestSameAsSteps checks that Prepare gives exactly what preparing one whole
// step after the other gives (text, offsets, tokens with every field,
// sentences, warnings) on the seed, examples/, testdata/, long texts made
// of them (many stretches of paragraphs) and mangled copies of them all.
func TestSameAsSteps(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var bodies []string
	files, _ := filepath.Glob("testdata/*.txt")
	ex, _ := filepath.Glob(filepath.Join(testutil.RepoRoot(), "examples", "*.txt"))
	for _, f := range append(files, ex...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, perr := article.Parse(f, b)
		if perr != nil {
			t.Fatal(perr)
		}
		bodies = append(bodies, a.Body)
	}
	if len(bodies) < 10 {
		t.Fatalf("only %d texts", len(bodies))
	}
	if _, err := os.Stat(filepath.Join(testutil.RepoRoot(), "..", "shared")); err == nil || testutil.InCI() {
		bodies = append(bodies, seed(t).Body)
	}
	all := strings.Join(bodies, "\n\n")
	bodies = append(bodies, all, strings.ReplaceAll(all, "\n\n", "\n"))
	rng := rand.New(rand.NewSource(7))
	for _, b := range bodies[:len(bodies):len(bodies)] {
		bodies = append(bodies, mangle(b, rng))
	}
	for i, body := range bodies {
		for _, lang := range []string{"", "es", "en"} {
			a := &article.Article{ID: "t", Lang: lang, Body: body}
			got, err := p.Prepare(a)
			if err != nil {
				t.Fatal(err)
			}
			want := prepareSteps(t, p, a)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("text %d (lang %q, %.40q...): Prepare differs from the steps one after the other:\n%s", i, lang, body, firstDiff(got, want))
			}
		}
	}
}

// firstDiff describes the first difference between two docs.
func firstDiff(got, want *doc.Doc) string {
	switch {
	case got.Text != want.Text:
		return fmt.Sprintf("text %.80q, want %.80q", got.Text, want.Text)
	case !reflect.DeepEqual(got.Warnings, want.Warnings):
		return fmt.Sprintf("warnings %q, want %q", got.Warnings, want.Warnings)
	case len(got.Tokens) != len(want.Tokens):
		return fmt.Sprintf("%d tokens, want %d", len(got.Tokens), len(want.Tokens))
	}
	for i := range got.Tokens {
		if got.Tokens[i] != want.Tokens[i] {
			return fmt.Sprintf("token %d %+v, want %+v", i, got.Tokens[i], want.Tokens[i])
		}
	}
	if !reflect.DeepEqual(got.Sentences, want.Sentences) {
		return fmt.Sprintf("sentences %v, want %v", got.Sentences, want.Sentences)
	}
	return fmt.Sprintf("offset map or other fields: %+v, want %+v", got.Map, want.Map)
}

// byFunctionWordsRunes is byFunctionWords rune by rune, folding every word
// and looking it up in both function-word maps: the definition the quick
// version (table look-ups, the hint) must agree with.
func byFunctionWordsRunes(text string, lx lexicons, min int) string {
	es, en := lx["es"], lx["en"]
	nes, nen := 0, 0
	for i := 0; i < len(text); {
		r, n := runeAt(text, i)
		if !isLetter(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := runeAt(text, j)
			if !isLetter(r) {
				break
			}
			j += n
		}
		w := text[i:j]
		i = j
		if len(w) > 32 {
			continue
		}
		key := Fold(w)
		_, ines := es.function[key]
		_, inen := en.function[key]
		switch {
		case ines && !inen:
			nes++
		case inen && !ines:
			nen++
		}
	}
	return byCounts(nes, nen, min)
}

// TestFunctionWordsSame checks the quick function-word count against the
// rune-by-rune one on the example texts, their sentences and mangled copies.
func TestFunctionWordsSame(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ex, _ := filepath.Glob(filepath.Join(testutil.RepoRoot(), "examples", "*.txt"))
	files, _ := filepath.Glob("testdata/*.txt")
	rng := rand.New(rand.NewSource(3))
	texts := []string{"", "a", "The EU and the U.S. said", "ÉL Y ÉSTE DIJERON QUE NO", "x\xffy de la", "ǅemal de the"}
	for _, f := range append(ex, files...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b), strings.ToUpper(string(b)), mangle(string(b), rng))
		texts = append(texts, strings.Split(string(b), ". ")...)
	}
	for _, s := range texts {
		for _, min := range []int{0, decisiveWords} {
			if got, want := byFunctionWords(s, p.lex, min), byFunctionWordsRunes(s, p.lex, min); got != want {
				t.Errorf("byFunctionWords(%.60q, %d) = %q, want %q", s, min, got, want)
			}
		}
	}
}

// TestPlainTokens checks that the splitter's shortcut over plain tokens
// changes nothing: split with every token's plain mark cleared gives the
// same sentences and Sent.
func TestPlainTokens(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ex, _ := filepath.Glob(filepath.Join(testutil.RepoRoot(), "examples", "*.txt"))
	files, _ := filepath.Glob("testdata/*.txt")
	rng := rand.New(rand.NewSource(5))
	plain := 0
	for _, f := range append(ex, files...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, body := range []string{string(b), mangle(string(b), rng)} {
			for _, lang := range []string{"es", "en"} {
				lx := p.lex[lang]
				text := applyText(body, normalize(body).edits)
				toks, infos := tokenize(text, lx)
				got := split(toks, infos, lx)
				gotSent := sentsOf(toks)
				for i := range infos {
					if infos[i].plain() {
						plain++
					}
					infos[i] &^= infoPlain
				}
				want := split(toks, infos, lx)
				if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotSent, sentsOf(toks)) {
					t.Errorf("%s (%s): the plain shortcut changes the sentences", f, lang)
				}
			}
		}
	}
	if plain == 0 {
		t.Error("no plain token")
	}
}
