// Package article reads news articles: article files (gold-format.md),
// directories of them, standard input and JSON Lines. It is the first stage
// of the pipeline and knows nothing of language.
package article

import (
	"fmt"
	"time"
)

// Article is one article as read.
type Article struct {
	ID    string    // file base name without extension, or the JSONL "id"
	Path  string    // file it came from ("<stdin>" for standard input)
	Line  int       // JSONL line number (0 for article files)
	Date  time.Time // publication date (header `date`); zero when absent
	Lang  string    // header `lang`, "" when absent
	URL   string    // header `url`
	Title string    // header `title`
	Body  string    // UTF-8 body: the text after the header lines; all offsets point into it

	// BodyStart is the byte offset of the body in the file as decoded
	// (after the header lines); 0 for JSON Lines input.
	BodyStart int

	// Warnings are problems met while reading that did not stop it, such
	// as a file that was not valid UTF-8 and was decoded as Windows-1252.
	// The prepare stage copies them into the record's warnings.
	Warnings []string
}

// DateString returns the publication date as YYYY-MM-DD, or "" when unknown.
func (a *Article) DateString() string {
	if a.Date.IsZero() {
		return ""
	}
	return a.Date.Format("2006-01-02")
}

// Where names the article's origin for messages: the path, and the line
// for JSON Lines input.
func (a *Article) Where() string {
	if a.Line > 0 {
		return fmt.Sprintf("%s:%d", a.Path, a.Line)
	}
	return a.Path
}

// Error is a problem with one input: a file (and a line, for JSONL) and what
// is wrong, printed on one line.
type Error struct {
	Path string
	Line int // 0 when the error concerns the whole file
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}
