package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/pipeline"
	"github.com/atalaya-events/atalaya/internal/record"
)

func init() {
	register(&command{
		name:    "extract",
		summary: "extract events, actors, places, times and quantities as JSON Lines",
		usage: `Usage: atalaya extract [flags] PATH|DIR|- ...

Reads articles (files, directories searched recursively for *.txt in sorted
order, or - for standard input) and prints one JSON object per article on
standard output, as described in docs/record.md. Problems with an input are
reported on standard error, one line each naming the file (and line), and the
other articles are still processed; the exit status is 1 if any failed.

An article file starts with optional header lines ("date 2025-08-13",
"lang es", "url ...", "title ...") followed by the body. A file that is not
valid UTF-8 is decoded as Windows-1252 (Latin-1) with a warning. With --input
jsonl, each line of the input is {"id","date","lang","text"} (optionally
"url" and "title"), and directories are searched for *.jsonl.

Examples:
  atalaya extract examples/
  atalaya extract --input jsonl articles.jsonl > records.jsonl
  cat story.txt | atalaya extract -`,
		run: runExtract,
	})
}

// pipelineFlags are the flags every command that runs the pipeline shares.
type pipelineFlags struct {
	input     string
	dicts     multiFlag
	gazetteer string
	lang      string
	workers   int
}

func (pf *pipelineFlags) add(c *command) *pipelineFlagsSet {
	fs := c.flags()
	fs.StringVar(&pf.input, "input", "text", "input format: text (article files) or jsonl")
	fs.Var(&pf.dicts, "dict", "user dictionary `file or folder` overriding ours (repeatable)")
	fs.StringVar(&pf.gazetteer, "gazetteer", "", "`folder` with a full GeoNames dump to use instead of the embedded gazetteer")
	fs.StringVar(&pf.lang, "lang", "", "language (es or en) for articles whose header gives none and whose language cannot be identified")
	fs.IntVar(&pf.workers, "workers", 0, "articles processed in parallel (0: one per CPU)")
	return &pipelineFlagsSet{fs}
}

type pipelineFlagsSet struct{ *flag.FlagSet }

func (pf *pipelineFlags) build() (*pipeline.Pipeline, error) {
	if pf.input != "text" && pf.input != "jsonl" {
		return nil, fmt.Errorf("--input must be text or jsonl, not %q", pf.input)
	}
	return pipeline.New(pipeline.Config{UserDicts: pf.dicts, GazetteerDir: pf.gazetteer, DefaultLang: pf.lang})
}

func runExtract(args []string) int {
	c := commands["extract"]
	var pf pipelineFlags
	fs := pf.add(c)
	paths, ok, st := c.parse(fs.FlagSet, args)
	if !ok {
		return st
	}
	if len(paths) == 0 {
		fmt.Fprintln(os.Stderr, "atalaya extract: no input; give files, directories or - for standard input (see --help)")
		return 2
	}
	p, err := pf.build()
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya extract:", err)
		return 2
	}
	onto, err := ontology.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya extract:", err)
		return 2
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	var rec record.Record // one record at a time, its lists reused
	var line []byte       // and its JSON
	rep := &reporter{cmd: "extract", w: os.Stderr}
	err = p.Each(paths, article.Options{Format: pf.input}, pf.workers, func(r pipeline.Result) error {
		rep.warn(r.Article)
		if r.Err != nil {
			rep.articleFailed(r.Article, r.Err)
			return nil
		}
		rec.Fill(r.Doc, onto)
		var err error
		if line, err = record.AppendJSON(line[:0], &rec, false); err != nil {
			return err
		}
		line = append(line, '\n')
		_, err = out.Write(line)
		return err
	}, rep.readFailed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya extract:", oneLine(err.Error()))
		return 1
	}
	return rep.status()
}

// reporter prints, one line each on standard error, the inputs a command
// could not read or process and the warnings met while reading the others,
// and counts the failures for the exit status.
// It is safe for concurrent use: the reader and the pipeline's output run
// in different goroutines.
type reporter struct {
	cmd    string
	w      io.Writer
	mu     sync.Mutex
	failed int
}

// line writes one message line; fail counts it as a failed input.
func (r *reporter) line(fail bool, msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if fail {
		r.failed++
	}
	fmt.Fprintf(r.w, "atalaya %s: %s\n", r.cmd, oneLine(msg))
}

// readFailed reports an input that could not be read as an article.
func (r *reporter) readFailed(e *article.Error) { r.line(true, e.Error()) }

// articleFailed reports an article the pipeline could not process.
func (r *reporter) articleFailed(a *article.Article, err error) {
	r.line(true, a.Where()+": "+err.Error())
}

// fail reports another failure (such as a bad gold file).
func (r *reporter) fail(msg string) { r.line(true, msg) }

// warn reports the warnings met while reading an article (it was still
// processed).
func (r *reporter) warn(a *article.Article) {
	for _, w := range a.Warnings {
		r.line(false, a.Where()+": warning: "+w)
	}
}

// status is the exit status: 1 if any input failed, 0 otherwise.
func (r *reporter) status() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failed > 0 {
		return 1
	}
	return 0
}

// oneLine keeps a message on one line.
func oneLine(s string) string {
	return newlines.Replace(strings.TrimSpace(s))
}

var newlines = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")
