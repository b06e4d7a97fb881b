package main

import (
	"fmt"
	"os"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/pipeline"
	"github.com/atalaya-events/atalaya/internal/record"
	"github.com/atalaya-events/atalaya/internal/store"
)

func init() {
	register(&command{
		name:    "ingest",
		summary: "extract articles and store their events, merged across articles",
		usage: `Usage: atalaya ingest [flags] PATH|DIR|- ...

Reads articles as 'atalaya extract' does, extracts them and stores articles,
events and mentions in the event store: a SQLite file by default, or a
PostgreSQL database with --db postgres://... Articles are written in batches,
one transaction each, so an interrupted ingest leaves only whole articles and
running it again completes it. An article already stored (same date, language,
URL, title and text) is skipped before extraction: ingesting the same folder
twice adds nothing. Reports of the same event in different articles become one
event with counts of mentions, articles and sources.

Progress goes to standard error: a bar on a terminal, a line every few seconds
otherwise. Problems with an input are reported one line each and the others
are still stored; the exit status is then 1.

Examples:
  atalaya ingest examples/
  atalaya ingest --db news.db --input jsonl articles.jsonl
  atalaya ingest --db postgres://atalaya@db.example/events feeds/`,
		run: runIngest,
	})
}

// extractor returns the store's extractor for a pipeline.
func extractor(p *pipeline.Pipeline, onto *ontology.Ontology) store.Extractor {
	return func(a *article.Article) (record.Record, error) {
		d, err := p.RunSafe(a)
		if err != nil {
			return record.Record{}, err
		}
		return record.FromDoc(d, onto), nil
	}
}

func runIngest(args []string) int {
	c := commands["ingest"]
	var pf pipelineFlags
	var sf storeFlags
	fs := pf.add(c)
	sf.add(fs.FlagSet)
	batch := fs.Int("batch", 100, "articles per transaction")
	paths, ok, st := c.parse(fs.FlagSet, args)
	if !ok {
		return st
	}
	if len(paths) == 0 {
		fmt.Fprintln(os.Stderr, "atalaya ingest: no input; give files, directories or - for standard input (see --help)")
		return 2
	}
	if *batch < 1 {
		fmt.Fprintln(os.Stderr, "atalaya ingest: --batch must be 1 or more")
		return 2
	}
	run, status := openStoreRun("ingest", &pf, &sf)
	if run == nil {
		return status
	}
	defer run.Close()
	p, onto, ctx, s := run.p, run.onto, run.ctx, run.s
	failed := 0
	bar := newProgress("ingest", countArticles(paths, pf.input))
	read := func(fn func(*article.Article) error) error {
		return article.Read(paths, article.Options{Format: pf.input}, fn, func(e *article.Error) {
			failed++
			bar.done()
			fmt.Fprintln(os.Stderr, "atalaya ingest:", e)
		})
	}
	prog, err := s.Ingest(ctx, read, store.IngestOptions{
		Batch: *batch, Workers: pf.workers, Extract: extractor(p, onto), Progress: bar.update,
		Fail: func(a *article.Article, err error) {
			bar.done()
			fmt.Fprintf(os.Stderr, "atalaya ingest: %s: %v\n", a.Where(), err)
		},
	})
	bar.done()
	if err != nil {
		fmt.Fprintf(os.Stderr, "atalaya ingest: %v (%d articles stored before it stopped; run again to go on)\n", err, prog.Added)
		return 1
	}
	if err := s.Optimize(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "atalaya ingest:", err)
	}
	na, ne, nm, err := s.Counts(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya ingest:", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "atalaya ingest: %d articles read, %d added, %d already stored, %d failed; %s holds %d articles, %d events, %d mentions\n",
		prog.Seen, prog.Added, prog.Skipped, prog.Failed+failed, s, na, ne, nm)
	if failed+prog.Failed > 0 {
		return 1
	}
	return 0
}
