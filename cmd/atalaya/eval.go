package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/eval"
	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/pipeline"
	"github.com/atalaya-events/atalaya/internal/record"
)

func init() {
	register(&command{
		name:    "eval",
		summary: "score extraction against hand-made gold files",
		usage: `Usage: atalaya eval [flags] GOLD_DIR

For every X.gold.json in GOLD_DIR, extracts X.txt (beside it) and scores the
events by the rules of docs/gold-format.md: precision, recall and F1 at the
dyad-root level (actor countries and two-digit CAMEO root) and the full level
(full actor codes and CAMEO code), date accuracy and place accuracy of the
matched events, and the share of gold time expressions whose value was found.
The figures are those of shared/tools/score.py on the same predictions.

With --pred, scores a JSON Lines file of records (as written by atalaya
extract) instead of extracting. With --detail, lists per article the missed
gold events, the false positives, the events right at the dyad-root level
but not at the full level (FULL: gold and predicted codes), wrong dates and
places and missed time expressions, with their evidence. Articles that cannot be read are reported
on standard error and count as missing; the exit status is then 1.

Examples:
  atalaya eval examples/
  atalaya eval --detail --write-pred /tmp/pred.jsonl examples/
  atalaya eval --json --pred records.jsonl ../shared/eval/seed`,
		run: runEval,
	})
}

func runEval(args []string) int {
	c := commands["eval"]
	var pf pipelineFlags
	fs := pf.add(c)
	predPath := fs.String("pred", "", "score this JSON Lines `file` of records instead of extracting")
	asJSON := fs.Bool("json", false, "print the figures as one JSON object (score.py's keys)")
	detail := fs.Bool("detail", false, "list misses, false positives, full-level losses, wrong dates and places per article")
	writePred := fs.String("write-pred", "", "also write the extracted records to this `file` (JSON Lines)")
	rest, ok, st := c.parse(fs.FlagSet, args)
	if !ok {
		return st
	}
	if len(rest) != 1 {
		fmt.Fprintln(os.Stderr, "atalaya eval: give one folder of *.gold.json files (see --help)")
		return 2
	}
	dir := rest[0]
	rep := &reporter{cmd: "eval", w: os.Stderr}
	badGold := 0
	golds, err := eval.LoadGoldDirEach(dir, func(e error) {
		badGold++
		rep.fail("skipped: " + e.Error())
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya eval:", oneLine(osMessageOf(dir, err)))
		return 2
	}
	if len(golds) == 0 {
		if badGold == 0 {
			fmt.Fprintf(os.Stderr, "atalaya eval: %s: no *.gold.json files\n", dir)
		}
		return 2
	}
	var preds map[string]*eval.Prediction
	if *predPath != "" {
		if preds, err = eval.ReadPredictionsFile(*predPath); err != nil {
			fmt.Fprintln(os.Stderr, "atalaya eval:", oneLine(err.Error()))
			return 2
		}
	} else {
		if preds, err = extractForEval(golds, dir, &pf, *writePred, rep); err != nil {
			fmt.Fprintln(os.Stderr, "atalaya eval:", oneLine(err.Error()))
			return 2
		}
	}
	res := eval.Score(golds, preds)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if *asJSON {
		err = res.WriteJSON(out)
	} else {
		err = res.WriteText(out)
	}
	if err == nil && *detail {
		err = res.WriteDetail(out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya eval:", err)
		return 1
	}
	return rep.status()
}

// extractForEval runs the pipeline on the article of every gold file and
// returns the records as predictions, optionally writing them to a file.
func extractForEval(golds []*eval.Gold, dir string, pf *pipelineFlags, writePred string, rep *reporter) (map[string]*eval.Prediction, error) {
	if pf.input != "text" {
		return nil, fmt.Errorf("--input does not apply: eval reads the X.txt beside each X.gold.json")
	}
	p, err := pf.build()
	if err != nil {
		return nil, err
	}
	onto, err := ontology.Default()
	if err != nil {
		return nil, err
	}
	paths := make([]string, len(golds))
	for i, g := range golds {
		paths[i] = filepath.Join(dir, g.Name+".txt")
	}
	var save io.Writer
	if writePred != "" {
		f, err := os.Create(writePred)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		bw := bufio.NewWriter(f)
		defer bw.Flush()
		save = bw
	}
	preds := map[string]*eval.Prediction{}
	err = p.Each(paths, article.Options{Format: "text"}, pf.workers, func(r pipeline.Result) error {
		rep.warn(r.Article)
		if r.Err != nil {
			rep.articleFailed(r.Article, r.Err)
			return nil
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(record.FromDoc(r.Doc, onto)); err != nil {
			return err
		}
		if save != nil {
			if _, err := save.Write(buf.Bytes()); err != nil {
				return err
			}
		}
		pr, err := eval.ParsePrediction(buf.Bytes())
		if err != nil {
			return fmt.Errorf("%s: record does not read back: %v", r.Article.Where(), err)
		}
		preds[eval.Stem(pr.ID)] = pr
		return nil
	}, rep.readFailed)
	return preds, err
}

// osMessageOf is an error about a path as "PATH: what", without the
// operation name the os package puts first.
func osMessageOf(path string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return path + ": " + pe.Err.Error()
	}
	return err.Error()
}
