package prepare

import (
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// TestResplitMatchesSplit checks that splitting again only the paragraphs a
// repair touched gives the sentences (and each token's Sent) of a split of
// all the tokens, for repairs at paragraph starts and ends, next to blank
// lines, glued sentences and quotes.
func TestResplitMatchesSplit(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	bodies := []string{
		"Putin Realizó una llamada. Corea Corea del Norte.\n\nOtro párrafo. Sin nada.",
		"Uno dos.\n\nCorea Corea apoyará.\n\nTres cuatro.\n\nEl Gobierno Gobierno dijo \"hola. Adiós\" ayer.",
		"Texto limpio.\n\nOtro limpio.\n\nel el\n\nfinal final",
		"llamadas El iPhone iPhone reproduce.\nPyongyang También apoyará.\n\nla la\nEl texto sigue",
		"The the man said. Sr.\n\nDr. the the the that that\n\nNew York York City.",
		"a\n\nb b\n\nc\n\nd d",
		"solo solo",
	}
	// the machine-translated test files, together and paragraph by
	// paragraph glued without blank lines
	for _, name := range []string{"testdata/mt_es.txt", "testdata/mt_en.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(b), strings.ReplaceAll(string(b), "\n\n", "\n"), string(b)+"\n\n"+string(b))
	}
	checked := 0
	for _, body := range bodies {
		checked += checkResplit(t, p, body)
	}
	if checked < len(bodies) {
		t.Errorf("only %d cases had repairs", checked)
	}
	t.Run("seed", func(t *testing.T) {
		a := seed(t)
		if checkResplit(t, p, a.Body+"\n\n"+a.Body+"\n"+a.Body) == 0 {
			t.Error("the seed had no repairs")
		}
	})
}

// checkResplit compares resplit with split on body in both languages and
// returns how many of them had repairs.
func checkResplit(t *testing.T, p *Preparer, body string) int {
	t.Helper()
	checked := 0
	{
		for _, lang := range []string{"es", "en"} {
			lx := p.lex[lang]
			z := normalize(body)
			text := applyText(body, z.edits)
			toks, infos := tokenize(text, lx)
			f := repairFinder{raw: body, toks: toks, m: newEditMap(body, z.edits), lx: lx}
			old := splitEach(toks, infos, lx, func(s doc.Sentence) bool {
				f.sentence(s)
				return len(f.reps) > 0
			})
			if len(f.reps) == 0 {
				continue
			}
			add := make([]edit, len(f.reps))
			local := make([]edit, len(f.reps))
			for i, r := range f.reps {
				add[i], local[i] = r.e, r.p
			}
			sort.Slice(add, func(i, j int) bool { return add[i].start < add[j].start })
			sort.Slice(local, func(i, j int) bool { return local[i].start < local[j].start })
			text = applyText(body, merge(z.edits, add))
			checked++
			toks, infos, touched, cuts := patch(toks, infos, local, text)
			got := resplit(toks, infos, lx, old, touched, cuts)
			gotSent := sentsOf(toks)
			want := split(toks, infos, lx)
			if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotSent, sentsOf(toks)) {
				t.Errorf("%s %q:\nresplit %v\nsplit   %v", lang, body, got, want)
			}
			for i, s := range want {
				for k := s.FirstTok; k < s.EndTok; k++ {
					if gotSent[k] != i {
						t.Errorf("%s %q: token %q Sent %d, want %d", lang, body, toks[k].Text, gotSent[k], i)
					}
				}
			}
		}
	}
	return checked
}

func sentsOf(toks []doc.Token) []int {
	s := make([]int, len(toks))
	for i := range toks {
		s[i] = int(toks[i].Sent)
	}
	return s
}

// FuzzResplit checks resplit against split on any body.
func FuzzResplit(f *testing.F) {
	for _, s := range []string{
		"Putin Realizó una llamada. Corea Corea del Norte.\n\nOtro párrafo. Sin nada.",
		"a\n\nb b\n\nc\n\nd d",
		"llamadas El iPhone iPhone reproduce.\nPyongyang También apoyará.\n\nla la\nEl texto sigue",
		"Sr. Sr.\n\n\"hola hola. Adiós\" Dijo dijo.",
	} {
		f.Add(s)
	}
	p, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		checkResplit(t, p, body)
	})
}

// TestResplitRenumbers checks that when a touched paragraph had one sentence
// more in the first split, the later untouched sentences and their tokens'
// Sent are renumbered.
func TestResplitRenumbers(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lx := p.lex["es"]
	toks, infos := tokenize("Uno dos.\n\nTres cuatro.\n\nCinco seis.", lx)
	want := split(toks, infos, lx)
	if len(want) != 3 {
		t.Fatalf("split: %v", want)
	}
	// a first split that cut the first paragraph in two
	a, b := want[0], want[0]
	a.EndTok, b.FirstTok = a.FirstTok+1, a.FirstTok+1
	old := []doc.Sentence{a, b, want[1], want[2]}
	for i, s := range old {
		for k := s.FirstTok; k < s.EndTok; k++ {
			toks[k].Sent = int32(i)
		}
	}
	got := resplit(toks, infos, lx, old, []int{0}, nil)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("resplit %v, want %v", got, want)
	}
	for i, s := range want {
		for k := s.FirstTok; k < s.EndTok; k++ {
			if int(toks[k].Sent) != i {
				t.Errorf("token %q Sent %d, want %d", toks[k].Text, toks[k].Sent, i)
			}
		}
	}
}
