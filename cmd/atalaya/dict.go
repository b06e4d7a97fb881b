package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/atalaya-events/atalaya/internal/actors"
	"github.com/atalaya-events/atalaya/internal/ontology"
)

func init() {
	register(&command{
		name:    "dict",
		summary: "check the dictionaries (ours and the user's)",
		usage: `Usage: atalaya dict check [--dict FILE|DIR]...

Loads the embedded actor dictionaries and the user's own (--dict, repeatable;
a user entry replaces ours with the same id) and validates them: country and
organisation codes against ISO 3166 and the CAMEO international codes, role
codes against the CAMEO role table, aliases given to two different actors,
the same alias listed twice, and overlapping date ranges of one office in one
country. Every problem is printed as FILE:LINE: error|warning: message. The
exit status is 1 when there is an error, 0 otherwise.

Examples:
  atalaya dict check
  atalaya dict check --dict my_people.tsv --dict my_dicts/`,
		run: func(args []string) int { return runDict(args, os.Stdout, os.Stderr) },
	})
}

func runDict(args []string, stdout, stderr io.Writer) int {
	c := commands["dict"]
	if len(args) == 0 || args[0] != "check" {
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h" || args[0] == "-help") {
			fs := c.flags()
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
		fmt.Fprintln(stderr, "atalaya dict: want a subcommand: check (see atalaya dict --help)")
		return 2
	}
	fs := c.flags()
	fs.SetOutput(stderr)
	var dicts multiFlag
	fs.Var(&dicts, "dict", "user dictionary `file or folder` to check with ours (repeatable)")
	rest, ok, st := c.parse(fs, args[1:])
	if !ok {
		return st
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "atalaya dict check: unexpected argument %q (use --dict FILE)\n", rest[0])
		return 2
	}
	d, err := actors.Load(dicts)
	if err != nil {
		var le *actors.LoadError
		if errors.As(err, &le) && le.Line > 0 {
			fmt.Fprintf(stderr, "%s:%d: error: %s\n", le.File, le.Line, le.Msg)
		} else {
			fmt.Fprintf(stderr, "atalaya dict check: error: %s\n", strings.TrimSpace(err.Error()))
		}
		return 1
	}
	o, err := ontology.Default()
	if err != nil {
		fmt.Fprintf(stderr, "atalaya dict check: ontology tables: %v\n", err)
		return 1
	}
	errs, warns := 0, 0
	for _, p := range actors.Check(d, o) {
		fmt.Fprintln(stdout, p)
		if p.Error {
			errs++
		} else {
			warns++
		}
	}
	fmt.Fprintf(stdout, "%d files, %d entities, %d forms: %d errors, %d warnings\n", len(d.Files), len(d.Entities), len(d.Forms), errs, warns)
	if errs > 0 {
		return 1
	}
	return 0
}
