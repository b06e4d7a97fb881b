package pipeline

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
)

// Result is one processed article, or why it could not be processed.
type Result struct {
	Article *article.Article
	Doc     *doc.Doc
	Err     error
}

// RunSafe runs the pipeline on one article, turning a panic inside a stage
// into an error so that one bad article never stops a batch. With the
// environment variable ATALAYA_TRACE set, the stack of such a panic goes to
// standard error too (for a bug report).
func (p *Pipeline) RunSafe(a *article.Article) (d *doc.Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("internal error: %v", r)
			if os.Getenv("ATALAYA_TRACE") != "" {
				fmt.Fprintf(os.Stderr, "atalaya: internal error in article %s: %v\n%s", a.ID, r, debug.Stack())
			}
		}
	}()
	return p.Run(a)
}

// Each reads the articles named by paths and runs the pipeline on them with
// `workers` goroutines (0 means one per CPU), calling emit for every article
// in input order and fail for every input that could not be read. It stops
// early only when emit returns an error, which it returns.
func (p *Pipeline) Each(paths []string, ropts article.Options, workers int, emit func(Result) error, fail func(*article.Error)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		a   *article.Article
	}
	type done struct {
		seq int
		r   Result
	}
	jobs := make(chan job, workers*2)
	results := make(chan done, workers*2)
	stop := make(chan struct{})
	var readErr error
	var failMu sync.Mutex
	go func() {
		defer close(jobs)
		seq := 0
		readErr = article.Read(paths, ropts, func(a *article.Article) error {
			select {
			case jobs <- job{seq, a}:
				seq++
				return nil
			case <-stop:
				return errStopped
			}
		}, func(e *article.Error) {
			failMu.Lock()
			defer failMu.Unlock()
			fail(e)
		})
	}()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d, err := p.RunSafe(j.a)
				results <- done{j.seq, Result{Article: j.a, Doc: d, Err: err}}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]Result{}
	next := 0
	var emitErr error
	for r := range results {
		if emitErr != nil {
			continue // drain
		}
		pending[r.seq] = r.r
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := emit(res); err != nil {
				emitErr = err
				close(stop)
				break
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	if readErr != nil && readErr != errStopped {
		return readErr
	}
	return nil
}

var errStopped = fmt.Errorf("stopped")
