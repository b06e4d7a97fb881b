package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/store"
)

func init() {
	register(&command{
		name:    "export",
		summary: "export stored events as GDELT 2.0, PLOVER, CSV, JSONL or Parquet",
		usage: `Usage: atalaya export --format FORMAT [flags]

Writes the stored events (all, or those the filters select) to standard
output or to -o FILE:

  gdelt     GDELT 2.0 Event export: tab-separated, no header, its 61 columns in order
  mentions  GDELT 2.0 Mentions table: one line per report of an event in an article
  plover    a JSON array of PLOVER events (events whose CAMEO code PLOVER drops are left out)
  csv       the events table with a header line
  jsonl     one JSON object per event
  parquet   the events table as a Parquet file (for DuckDB, pandas, Spark)

Examples:
  atalaya export --format gdelt > events.export.CSV
  atalaya export --format parquet -o events.parquet --from 2025-01-01
  atalaya export --format mentions --country RUS -o rus.mentions.CSV`,
		run: runExport,
	})
}

func runExport(args []string) int {
	c := commands["export"]
	fs := c.flags()
	var sf storeFlags
	var ff filterFlags
	sf.add(fs)
	ff.add(fs)
	format := fs.String("format", "", "one of "+strings.Join(store.Formats, ", ")+" (required)")
	output := fs.String("o", "", "write to `file` instead of standard output")
	rest, ok, st := c.parse(fs, args)
	if !ok {
		return st
	}
	if len(rest) > 0 {
		fmt.Fprintf(os.Stderr, "atalaya export: unexpected argument %q (filters are flags; see --help)\n", rest[0])
		return 2
	}
	if !slices.Contains(store.Formats, *format) {
		fmt.Fprintf(os.Stderr, "atalaya export: --format must be one of %s\n", strings.Join(store.Formats, ", "))
		return 2
	}
	if err := ff.f.Check(); err != nil {
		fmt.Fprintln(os.Stderr, "atalaya export:", err)
		return 2
	}
	if *format == "parquet" && *output == "" && isTerminal(os.Stdout) {
		fmt.Fprintln(os.Stderr, "atalaya export: Parquet is binary; give -o FILE or redirect standard output")
		return 2
	}
	onto, err := ontology.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya export:", err)
		return 2
	}
	ctx := context.Background()
	s, err := sf.open(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya export:", err)
		return 1
	}
	defer s.Close()
	w := os.Stdout
	if *output != "" {
		f, err := os.Create(*output)
		if err != nil {
			fmt.Fprintln(os.Stderr, "atalaya export:", err)
			return 1
		}
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	err = s.Export(ctx, bw, *format, ff.f, onto)
	if err == nil {
		err = bw.Flush()
	}
	if w != os.Stdout {
		if cerr := w.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya export:", err)
		return 1
	}
	return 0
}
