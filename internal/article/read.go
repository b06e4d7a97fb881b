package article

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Options configure reading.
type Options struct {
	Format string    // "text" (article files, the default) or "jsonl"
	Stdin  io.Reader // what "-" reads; os.Stdin when nil
}

// Read reads every article named by paths (files, directories searched
// recursively for *.txt in sorted order, or "-" for standard input), calling
// fn for each article and fail for each bad input, in input order. A bad input
// never stops the reading; an error returned by fn does, and is returned.
func Read(paths []string, opts Options, fn func(*Article) error, fail func(*Error)) error {
	for _, p := range paths {
		var data []byte
		var err error
		if p == "-" {
			in := opts.Stdin
			if in == nil {
				in = os.Stdin
			}
			data, err = io.ReadAll(in)
		} else {
			data, err = os.ReadFile(p)
		}
		if err != nil {
			fail(&Error{Path: p, Msg: err.Error()})
			continue
		}
		a, perr := Parse(p, data)
		if perr != nil {
			fail(perr)
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// Parse reads one article file's content.
func Parse(path string, data []byte) (*Article, *Error) {
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	a := &Article{ID: id, Path: path}
	s := string(data)
	off := 0
	for off < len(s) {
		nl := strings.IndexByte(s[off:], '\n')
		end := len(s)
		if nl >= 0 {
			end = off + nl + 1
		}
		line := strings.TrimSpace(s[off:end])
		if line == "" {
			off = end
			continue
		}
		k, v, _ := strings.Cut(line, " ")
		v = strings.TrimSpace(v)
		switch k {
		case "date":
			t, err := time.Parse("2006-01-02", v)
			if err != nil {
				return nil, &Error{Path: path, Msg: "malformed date header " + v}
			}
			a.Date = t
		case "lang":
			a.Lang = v
		case "url":
			a.URL = v
		case "title":
			a.Title = v
		default:
			a.Body = s[off:]
			return a, nil
		}
		off = end
	}
	if len(bytes.TrimSpace([]byte(a.Body))) == 0 {
		return nil, &Error{Path: path, Msg: "empty body"}
	}
	return a, nil
}
