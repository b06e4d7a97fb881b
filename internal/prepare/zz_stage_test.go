package prepare

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
)

func zzBody(b *testing.B) string {
	a := seed(b)
	size := 10 << 20
	if os.Getenv("ZZSMALL") != "" {
		size = 200 << 10
	}
	return strings.Repeat(a.Body+"\n\n", size/(len(a.Body)+2)+1)
}

func BenchmarkZZParse(b *testing.B) {
	file := []byte("date 2025-08-13\nlang es\n\n" + zzBody(b))
	b.SetBytes(int64(len(file)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		article.Parse("seed.txt", file)
	}
}

func BenchmarkZZNormalize(b *testing.B) {
	body := zzBody(b)
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		z := normalize(body)
		applyText(body, z.edits)
	}
}

func BenchmarkZZTokenize(b *testing.B) {
	body := zzBody(b)
	text := applyText(body, normalize(body).edits)
	p, _ := New(Options{})
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tokenize(text, p.lex["es"])
	}
}

func BenchmarkZZSplitRepair(b *testing.B) {
	body := zzBody(b)
	edits := normalize(body).edits
	text := applyText(body, edits)
	p, _ := New(Options{})
	lx := p.lex["es"]
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		toks, infos := tokenize(text, lx)
		b.StartTimer()
		f := repairFinder{raw: body, toks: toks, m: newEditMap(body, edits), lx: lx}
		splitEach(toks, infos, lx, func(s doc.Sentence) bool {
			f.sentence(s)
			return len(f.reps) > 0
		})
	}
}

func BenchmarkZZPatch(b *testing.B) {
	body := zzBody(b)
	edits := normalize(body).edits
	text := applyText(body, edits)
	p, _ := New(Options{})
	lx := p.lex["es"]
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		toks, infos := tokenize(text, lx)
		f := repairFinder{raw: body, toks: toks, m: newEditMap(body, edits), lx: lx}
		sents := splitEach(toks, infos, lx, func(s doc.Sentence) bool {
			f.sentence(s)
			return len(f.reps) > 0
		})
		b.StartTimer()
		reps := f.reps
		sort.Slice(reps, func(i, j int) bool { return reps[i].at < reps[j].at })
		add := make([]edit, len(reps))
		local := make([]edit, len(reps))
		for i, r := range reps {
			add[i], local[i] = r.e, r.p
		}
		ed := merge(edits, add)
		text2 := applyText(body, ed)
		sort.Slice(local, func(i, j int) bool { return local[i].start < local[j].start })
		var touched []int
		var cuts []cut
		toks, infos, touched, cuts = patch(toks, infos, local, text2)
		sents = resplit(toks, infos, lx, sents, touched, cuts)
		offsetMap(body, ed)
	}
}
