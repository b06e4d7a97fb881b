// Command atalaya turns news articles into geopolitical event data.
//
// Run `atalaya help` for the list of commands, `atalaya CMD --help` for one.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// command is one subcommand. Each lives in its own file and registers
// itself in an init function.
type command struct {
	name    string
	summary string // one line for `atalaya help`
	usage   string // synopsis, description and an example, for --help
	run     func(args []string) int
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// flags returns a flag set whose --help prints the command's usage.
func (c *command) flags() *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "%s\n\nFlags:\n", strings.TrimSpace(c.usage))
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, allowing flags after positional arguments. It returns
// false (and the exit status to use) when the command should stop.
func (c *command) parse(fs *flag.FlagSet, args []string) (rest []string, ok bool, status int) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, false, 0
			}
			return nil, false, 2
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
		if pos[len(pos)-1] == "--" {
			pos = append(pos[:len(pos)-1], args...)
			break
		}
	}
	return pos, true, 0
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func usage(w io.Writer) {
	fmt.Fprint(w, `atalaya turns news articles into geopolitical event data: who did what to
whom, when, where, according to whom, with the sentence that says so.

Usage: atalaya COMMAND [flags] [args]

Commands:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, "\nRun 'atalaya COMMAND --help' for a command's flags and an example.\n")
}

func main() { os.Exit(run(os.Args[1:])) }

func run(args []string) int {
	if len(args) == 0 {
		usage(os.Stderr)
		return 2
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				fs := c.flags()
				_ = c.run([]string{"--help"})
				_ = fs
				return 0
			}
		}
		usage(os.Stdout)
		return 0
	case "-v", "--version":
		name = "version"
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "atalaya: unknown command %q\n\n", name)
		usage(os.Stderr)
		return 2
	}
	return c.run(args[1:])
}
