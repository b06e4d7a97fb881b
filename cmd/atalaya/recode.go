package main

import (
	"fmt"
	"os"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/store"
)

func init() {
	register(&command{
		name:    "recode",
		summary: "re-extract every stored article with the current dictionaries",
		usage: `Usage: atalaya recode [flags]

Extracts every article of the event store again, with the current (or the
given user) dictionaries, replaces its mentions and rebuilds the events they
touch. Each batch of articles is one transaction: an interrupted recode leaves
every article with either its old or its new mentions, and can be run again.

Example:
  atalaya recode --db news.db --dict my-actors.yaml`,
		run: runRecode,
	})
}

func runRecode(args []string) int {
	c := commands["recode"]
	var pf pipelineFlags
	var sf storeFlags
	fs := pf.add(c)
	sf.add(fs.FlagSet)
	batch := fs.Int("batch", 100, "articles per transaction")
	rest, ok, st := c.parse(fs.FlagSet, args)
	if !ok {
		return st
	}
	if len(rest) > 0 {
		fmt.Fprintf(os.Stderr, "atalaya recode: unexpected argument %q (recode works on the stored articles)\n", rest[0])
		return 2
	}
	if *batch < 1 {
		fmt.Fprintln(os.Stderr, "atalaya recode: --batch must be 1 or more")
		return 2
	}
	run, status := openStoreRun("recode", &pf, &sf)
	if run == nil {
		return status
	}
	defer run.Close()
	p, onto, ctx, s := run.p, run.onto, run.ctx, run.s
	total, _, _, err := s.Counts(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya recode:", err)
		return 1
	}
	bar := newProgress("recode", total)
	prog, err := s.Recode(ctx, store.IngestOptions{
		Batch: *batch, Workers: pf.workers, Extract: extractor(p, onto), Progress: bar.update,
		Fail: func(a *article.Article, err error) {
			bar.done()
			fmt.Fprintf(os.Stderr, "atalaya recode: %s: %v (its old mentions are kept)\n", a.Where(), err)
		},
	})
	bar.done()
	if err != nil {
		fmt.Fprintf(os.Stderr, "atalaya recode: %v (%d articles recoded before it stopped)\n", err, prog.Added)
		return 1
	}
	if err := s.Optimize(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "atalaya recode:", err)
	}
	na, ne, nm, err := s.Counts(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya recode:", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "atalaya recode: %d articles recoded, %d failed; %s holds %d articles, %d events, %d mentions\n",
		prog.Added, prog.Failed, s, na, ne, nm)
	if prog.Failed > 0 {
		return 1
	}
	return 0
}
