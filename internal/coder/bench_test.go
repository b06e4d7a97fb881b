package coder_test

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/record"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

// benchArticles builds n articles of about 500 words from the bodies of
// examples/ (each a different rotation of their paragraphs).
func benchArticles(b testing.TB, n int) []*article.Article {
	files, _ := filepath.Glob(filepath.Join(testutil.RepoRoot(), "examples", "*.txt"))
	if len(files) == 0 {
		b.Skip("no examples/ articles to build the benchmark corpus from")
	}
	type para struct{ lang, text string }
	var paras []para
	for _, f := range files {
		var got *article.Article
		article.Read([]string{f}, article.Options{}, func(a *article.Article) error { got = a; return nil }, func(*article.Error) {})
		if got == nil {
			continue
		}
		for _, p := range strings.Split(got.Body, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, para{got.Lang, p})
			}
		}
	}
	var out []*article.Article
	for i := 0; len(out) < n; i++ {
		lang := paras[i%len(paras)].lang
		var body []string
		words := 0
		for j := i; words < 500; j++ {
			p := paras[j%len(paras)]
			if p.lang != lang {
				continue
			}
			body = append(body, p.text)
			words += len(strings.Fields(p.text))
		}
		out = append(out, &article.Article{ID: "b", Lang: lang, Date: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC), Body: strings.Join(body, "\n\n")})
	}
	return out
}

// BenchmarkExtract measures the whole extract path (prepare, actors,
// places, times, quantities, events, record, JSON line as `atalaya
// extract` writes it) on 1,000 articles of about 500 words, one worker per
// CPU, and reports articles per second, the peak heap in use (sampled
// every 20 ms through runtime/metrics, which unlike ReadMemStats does not
// stop the workers) and the bytes allocated per article (the garbage
// collector's work grows with them). ATALAYA_BENCH_ARTICLES=n sets another count, for runs
// under a profiler.
func BenchmarkExtract(b *testing.B) {
	p := thePipeline(b)
	onto := ontology.MustDefault()
	n := 1000
	if v, err := strconv.Atoi(os.Getenv("ATALAYA_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v // fewer for runs under a profiler such as cachegrind
	}
	arts := benchArticles(b, n)
	workers := runtime.GOMAXPROCS(0)
	var peak uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		// heap in use = live and dead objects plus free space in their spans
		ms := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
		for {
			metrics.Read(ms)
			if v := ms[0].Value.Uint64() + ms[1].Value.Uint64(); v > peak {
				peak = v
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	var bytesOut int64
	allocs := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(allocs)
	alloc0 := allocs[0].Value.Uint64()
	b.ResetTimer()
	start := time.Now()
	for it := 0; it < b.N; it++ {
		jobs := make(chan *article.Article)
		var wg sync.WaitGroup
		var mu sync.Mutex
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var rec record.Record
				var line []byte
				var n int64
				for a := range jobs {
					d, err := p.Run(a)
					if err != nil {
						b.Error(err)
						continue
					}
					rec.Fill(d, onto)
					if line, err = record.AppendJSON(line[:0], &rec, false); err != nil {
						b.Error(err)
					}
					line = append(line, '\n')
					n += int64(len(line))
				}
				mu.Lock()
				bytesOut += n
				mu.Unlock()
			}()
		}
		for _, a := range arts {
			jobs <- a
		}
		close(jobs)
		wg.Wait()
	}
	el := time.Since(start)
	b.StopTimer()
	close(stop)
	<-sampled
	metrics.Read(allocs)
	b.ReportMetric(float64(allocs[0].Value.Uint64()-alloc0)/float64(len(arts)*b.N)/1024, "alloc-KB/article")
	b.ReportMetric(float64(len(arts)*b.N)/el.Seconds(), "articles/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	if os.Getenv("ATALAYA_BENCH_VERBOSE") != "" {
		words := 0
		for _, a := range arts {
			words += len(strings.Fields(a.Body))
		}
		b.Logf("%d articles (%d words each on average) x %d in %v with %d workers; %d bytes of JSON lines", len(arts), words/len(arts), b.N, el, workers, bytesOut)
	}
}

// BenchmarkCoder measures the event stage alone on the same corpus.
func BenchmarkCoder(b *testing.B) {
	p := thePipeline(b)
	arts := benchArticles(b, 200)
	coder := p.Stages[len(p.Stages)-1]
	var prepared []*doc.Doc
	for _, a := range arts {
		d, err := p.Run(a)
		if err != nil {
			b.Fatal(err)
		}
		prepared = append(prepared, d)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range prepared {
			d.Events = nil
			if err := coder.Process(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(prepared)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
