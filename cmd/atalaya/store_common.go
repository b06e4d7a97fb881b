package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/pipeline"
	"github.com/atalaya-events/atalaya/internal/store"
)

// storeFlags are the flags of every command that uses the event store.
type storeFlags struct {
	db string
}

func (sf *storeFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&sf.db, "db", "", "event store: a SQLite `file` or a postgres://user@host/db URL\n(default $ATALAYA_DB, else "+store.DefaultPath()+")")
}

// open opens the store the flags name.
func (sf *storeFlags) open(ctx context.Context) (*store.Store, error) {
	dsn := sf.db
	if dsn == "" {
		dsn = store.DefaultPath()
	}
	return store.Open(ctx, dsn)
}

// filterFlags are the event filters of `events` and `export`.
type filterFlags struct{ f store.Filter }

func (ff *filterFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&ff.f.Actor, "actor", "", "actor `code` on either side (RUSGOV; RUS* for a prefix)")
	fs.StringVar(&ff.f.Country, "country", "", "actor country `code` on either side (RUS)")
	fs.StringVar(&ff.f.Cameo, "cameo", "", "CAMEO `code` or prefix (190, 19)")
	fs.StringVar(&ff.f.Root, "root", "", "CAMEO root `code` (01..20)")
	fs.IntVar(&ff.f.QuadClass, "quad", 0, "quad `class` 1..4 (1 verbal cooperation .. 4 material conflict)")
	fs.StringVar(&ff.f.From, "from", "", "first event `day` (YYYY-MM-DD, YYYY-MM or YYYY)")
	fs.StringVar(&ff.f.To, "to", "", "last event `day`, inclusive")
	fs.StringVar(&ff.f.LocCountry, "loc-country", "", "location country `code`")
	fs.StringVar(&ff.f.LocAdm1, "loc-adm1", "", "location subdivision `code` (US-AK)")
	fs.StringVar(&ff.f.Modality, "modality", "", "asserted, planned, intended, negated, hypothetical or assessed")
	fs.StringVar(&ff.f.Text, "text", "", "`words` in the evidence of some mention (case-insensitive)")
	fs.IntVar(&ff.f.Limit, "limit", 0, "at most `n` events (0: all)")
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progress shows how an ingest or recode goes on standard error: a bar
// redrawn in place on a terminal, otherwise a line every few seconds.
type progress struct {
	name  string
	total int // articles expected, 0 when unknown
	tty   bool
	every time.Duration
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(name string, total int) *progress {
	return &progress{name: name, total: total, tty: isTerminal(os.Stderr), every: 5 * time.Second, start: time.Now()}
}

func (p *progress) update(s store.Progress) {
	now := time.Now()
	if !p.tty && now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	rate := float64(s.Seen) / now.Sub(p.start).Seconds()
	counts := fmt.Sprintf("%d added, %d already stored, %d failed, %.0f articles/s", s.Added, s.Skipped, s.Failed, rate)
	if p.name == "recode" {
		counts = fmt.Sprintf("%d recoded, %d failed, %.0f articles/s", s.Added, s.Failed, rate)
	}
	if !p.tty {
		of := ""
		if p.total > 0 {
			of = fmt.Sprintf("/%d", p.total)
		}
		fmt.Fprintf(os.Stderr, "atalaya %s: %d%s articles (%s)\n", p.name, s.Seen, of, counts)
		return
	}
	p.shown = true
	if p.total > 0 {
		const width = 30
		n := min(width, s.Seen*width/p.total)
		fmt.Fprintf(os.Stderr, "\r[%s%s] %d/%d %s ", strings.Repeat("#", n), strings.Repeat(".", width-n), s.Seen, p.total, counts)
		return
	}
	fmt.Fprintf(os.Stderr, "\r%d articles, %s ", s.Seen, counts)
}

// done ends the bar's line.
func (p *progress) done() {
	if p.tty && p.shown {
		fmt.Fprintln(os.Stderr)
	}
}

// countArticles counts the article files the paths name (directories
// searched for *.txt), for the progress bar; 0 when it cannot tell.
func countArticles(paths []string, input string) int {
	if input != "text" {
		return 0
	}
	n := 0
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			n++
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(d.Name(), ".txt") {
				n++
			}
			return nil
		})
	}
	return n
}

// storeRun is what ingest and recode share once their arguments are
// checked: the pipeline, the ontology, a context cancelled by Ctrl-C or
// SIGTERM, and the open store. Close releases them.
type storeRun struct {
	p    *pipeline.Pipeline
	onto *ontology.Ontology
	ctx  context.Context
	stop context.CancelFunc
	s    *store.Store
}

// openStoreRun builds the pipeline and opens the store for command name;
// on failure it reports the error and returns the exit status to use.
func openStoreRun(name string, pf *pipelineFlags, sf *storeFlags) (*storeRun, int) {
	p, err := pf.build()
	if err != nil {
		fmt.Fprintf(os.Stderr, "atalaya %s: %v\n", name, err)
		return nil, 2
	}
	onto, err := ontology.Default()
	if err != nil {
		fmt.Fprintf(os.Stderr, "atalaya %s: %v\n", name, err)
		return nil, 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	s, err := sf.open(ctx)
	if err != nil {
		stop()
		fmt.Fprintf(os.Stderr, "atalaya %s: %v\n", name, err)
		return nil, 1
	}
	return &storeRun{p: p, onto: onto, ctx: ctx, stop: stop, s: s}, 0
}

// Close closes the store and stops listening for signals.
func (r *storeRun) Close() {
	r.s.Close()
	r.stop()
}
