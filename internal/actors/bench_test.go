package actors

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

// BenchmarkLoad measures loading and compiling the embedded dictionaries
// (time and allocations per load; heap-MB is the live heap they keep).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var r *Recognizer
	for i := 0; i < b.N; i++ {
		var err error
		r, err = New(Options{})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	_ = r
	r2, _ := New(Options{})
	runtime.GC()
	var with runtime.MemStats
	runtime.ReadMemStats(&with)
	b.ReportMetric(float64(with.HeapAlloc-after.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(r2)
}

// newsDocs prepares the seed and the examples/ articles, repeated to about
// 10 MB of text, as separate documents.
func newsDocs(b *testing.B) ([]*doc.Doc, int) {
	var arts []*article.Article
	paths, _ := filepath.Glob(filepath.Join(testutil.RepoRoot(), "examples", "*.txt"))
	if dir := os.Getenv("ATALAYA_SHARED"); dir != "" {
		paths = append(paths, filepath.Join(dir, "eval", "seed", "000_seed.txt"))
	} else if p := filepath.Join(testutil.RepoRoot(), "..", "shared", "eval", "seed", "000_seed.txt"); fileExists(p) {
		paths = append(paths, p)
	}
	if len(paths) == 0 {
		b.Skip("no articles (examples/ or the seed)")
	}
	err := article.Read(paths, article.Options{}, func(a *article.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e *article.Error) { b.Fatal(e) })
	if err != nil {
		b.Fatal(err)
	}
	std(b)
	var docs []*doc.Doc
	total := 0
	for total < 10<<20 {
		for _, a := range arts {
			d, err := prepOne.Prepare(a)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
			total += len(d.Text)
		}
	}
	return docs, total
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// BenchmarkRecognize measures recognition (after preparation) on about
// 10 MB of news text; MB/s is the figure to read.
func BenchmarkRecognize(b *testing.B) {
	r := std(b)
	docs, total := newsDocs(b)
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Actors = d.Actors[:0]
			if err := r.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	n := 0
	for _, d := range docs {
		n += len(d.Actors)
	}
	if n == 0 || !strings.Contains(docs[0].Text, " ") {
		b.Fatal("no actors found")
	}
}
