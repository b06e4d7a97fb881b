package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/atalaya-events/atalaya/internal/store"
)

func init() {
	register(&command{
		name:    "events",
		summary: "query the stored events",
		usage: `Usage: atalaya events [flags]

Prints the stored events that match every given filter, ordered by day:
as a table on a terminal (the first 50 unless --limit says otherwise), as
JSON Lines otherwise (or as --format says).
Each event is one row however many articles reported it; num_mentions,
num_articles and num_sources count them.

Examples:
  atalaya events --country RUS --root 19 --from 2025-08
  atalaya events --actor PRKGOV --format csv > prk.csv
  atalaya events --text "Kursk" --modality asserted --limit 20`,
		run: runEvents,
	})
}

func runEvents(args []string) int {
	c := commands["events"]
	fs := c.flags()
	var sf storeFlags
	var ff filterFlags
	sf.add(fs)
	ff.add(fs)
	format := fs.String("format", "", "table, jsonl or csv (default: table on a terminal, jsonl otherwise)")
	rest, ok, st := c.parse(fs, args)
	if !ok {
		return st
	}
	if len(rest) > 0 {
		fmt.Fprintf(os.Stderr, "atalaya events: unexpected argument %q (filters are flags; see --help)\n", rest[0])
		return 2
	}
	if *format == "" {
		*format = "jsonl"
		if isTerminal(os.Stdout) {
			*format = "table"
		}
	}
	limitSet := false
	fs.Visit(func(f *flag.Flag) { limitSet = limitSet || f.Name == "limit" })
	if *format == "table" && !limitSet && isTerminal(os.Stdout) {
		ff.f.Limit = tableLimit // a person reads the first rows; --limit 0 shows all
	}
	if *format != "table" && *format != "jsonl" && *format != "csv" {
		fmt.Fprintf(os.Stderr, "atalaya events: --format must be table, jsonl or csv, not %q\n", *format)
		return 2
	}
	if err := ff.f.Check(); err != nil {
		fmt.Fprintln(os.Stderr, "atalaya events:", err)
		return 2
	}
	ctx := context.Background()
	s, err := sf.open(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya events:", err)
		return 1
	}
	defer s.Close()
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	switch *format {
	case "jsonl":
		err = s.WriteJSONL(ctx, out, ff.f)
	case "csv":
		err = s.WriteCSV(ctx, out, ff.f)
	default:
		err = writeTable(ctx, s, out, ff.f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya events:", err)
		return 1
	}
	return 0
}

// writeTable prints events as aligned columns for a person to read.
func writeTable(ctx context.Context, s *store.Store, out *bufio.Writer, f store.Filter) error {
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DAY\tSOURCE\tTARGET\tCAMEO\tQUAD\tGOLDSTEIN\tMODALITY\tLOCATION\tMENTIONS\tARTICLES\tSOURCES")
	n := 0
	err := s.Events(ctx, f, func(e *store.Event) error {
		n++
		loc := strings.Trim(strings.Join([]string{e.LocName, e.LocAdm1, e.LocCountry}, " "), " ")
		day := e.Day
		if e.Date == "" {
			day += " (undated)"
		}
		_, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%d\t%d\t%d\n", orDash(day), orDash(e.Actor1Code), orDash(e.Actor2Code),
			e.Cameo, e.QuadClass, strconv.FormatFloat(e.Goldstein, 'f', 1, 64), e.Modality, orDash(loc), e.NumMentions, e.NumArticles, e.NumSources)
		return err
	})
	if err != nil {
		return err
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if f.Limit > 0 && n == f.Limit {
		total, err := s.CountEvents(ctx, f)
		if err != nil {
			return err
		}
		if total > n {
			_, err = fmt.Fprintf(out, "%d of %d events (--limit 0 for all)\n", n, total)
			return err
		}
	}
	_, err = fmt.Fprintf(out, "%d events\n", n)
	return err
}

// tableLimit is how many events a table on a terminal shows by default.
const tableLimit = 50

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}
