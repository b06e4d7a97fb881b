package coder_test

import (
	"fmt"
	"os"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// dumpFile, when PEER_DUMP names a file, receives every peer-suite miss and
// false event (a reading aid while working on the dictionaries).
var dumpFile *os.File

func init() {
	if p := os.Getenv("PEER_DUMP"); p != "" {
		f, err := os.Create(p)
		if err == nil {
			dumpFile = f
		}
	}
}

func dumpf(format string, args ...any) {
	if dumpFile != nil {
		fmt.Fprintf(dumpFile, format, args...)
	}
}

func actorCode(a *doc.Actor) string {
	if a == nil {
		return "null"
	}
	return a.Code
}

func triggerText(d *doc.Doc, e *doc.Event) string {
	sp := e.Evidence.Trigger
	if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
		return ""
	}
	return d.Text[sp.Start:sp.End]
}
