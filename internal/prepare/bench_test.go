package prepare

import (
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
)

// BenchmarkPrepare prepares the seed body repeated to about 10 MB as one
// article; -benchmem and the MB/s figure measure the stage's speed.
func BenchmarkPrepare(b *testing.B) {
	a := seed(b)
	body := strings.Repeat(a.Body+"\n\n", 10<<20/(len(a.Body)+2)+1)
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	art := &article.Article{ID: a.ID, Date: a.Date, Lang: a.Lang, Body: body}
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.Prepare(art); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadPrepare parses a 10 MB article file (the seed body repeated
// under its header) and prepares it: read and prepare together.
func BenchmarkReadPrepare(b *testing.B) {
	a := seed(b)
	file := []byte("date 2025-08-13\nlang es\n\n" + strings.Repeat(a.Body+"\n\n", 10<<20/(len(a.Body)+2)+1))
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(file)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		art, perr := article.Parse("seed.txt", file)
		if perr != nil {
			b.Fatal(perr)
		}
		if _, err := p.Prepare(art); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPrepareArticles prepares the seed as many separate articles
// (language identification included, no header language).
func BenchmarkPrepareArticles(b *testing.B) {
	a := seed(b)
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	art := &article.Article{ID: a.ID, Date: a.Date, Body: a.Body}
	b.SetBytes(int64(len(a.Body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.Prepare(art); err != nil {
			b.Fatal(err)
		}
	}
}
