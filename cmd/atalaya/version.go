package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = "dev"

func init() {
	register(&command{
		name:    "version",
		summary: "print atalaya's version",
		usage: `Usage: atalaya version

Prints the version, the commit it was built from (when known) and the Go version.

Example:
  atalaya version`,
		run: runVersion,
	})
}

func runVersion(args []string) int {
	c := commands["version"]
	fs := c.flags()
	if _, ok, st := c.parse(fs, args); !ok {
		return st
	}
	rev := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = " (" + s.Value[:12] + ")"
			}
		}
	}
	fmt.Printf("atalaya %s%s %s\n", version, rev, runtime.Version())
	return 0
}
