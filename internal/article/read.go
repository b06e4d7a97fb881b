package article

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Options configure reading.
type Options struct {
	Format string    // "text" (article files, the default) or "jsonl"
	Stdin  io.Reader // what "-" reads; os.Stdin when nil
}

// StdinName is the path given to articles and errors from standard input.
const StdinName = "<stdin>"

// Read reads every article named by paths (files, directories searched
// recursively for *.txt — *.jsonl with Format "jsonl" — in sorted order, or
// "-" for standard input), calling fn for each article and fail for each bad
// input, in input order. A bad input never stops the reading; an error
// returned by fn does, and is returned.
func Read(paths []string, opts Options, fn func(*Article) error, fail func(*Error)) error {
	jsonl := false
	switch opts.Format {
	case "", "text":
	case "jsonl":
		jsonl = true
	default:
		return fmt.Errorf("unknown input format %q (want text or jsonl)", opts.Format)
	}
	for _, p := range paths {
		if p == "-" {
			in := opts.Stdin
			if in == nil {
				in = os.Stdin
			}
			if err := readStream(StdinName, in, jsonl, fn, fail); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			fail(&Error{Path: p, Msg: osMessage(err)})
			continue
		}
		if !fi.IsDir() {
			if err := readFile(p, jsonl, fn, fail); err != nil {
				return err
			}
			continue
		}
		files, werr := walk(p, jsonl)
		if werr != nil {
			fail(werr)
		}
		if len(files) == 0 && werr == nil {
			ext := "*.txt"
			if jsonl {
				ext = "*.jsonl"
			}
			fail(&Error{Path: p, Msg: "directory holds no " + ext + " articles"})
		}
		for _, f := range files {
			if err := readFile(f, jsonl, fn, fail); err != nil {
				return err
			}
		}
	}
	return nil
}

// readFile reads one file, article or JSON Lines.
func readFile(path string, jsonl bool, fn func(*Article) error, fail func(*Error)) error {
	f, err := os.Open(path)
	if err != nil {
		fail(&Error{Path: path, Msg: osMessage(err)})
		return nil
	}
	defer f.Close()
	return readStream(path, f, jsonl, fn, fail)
}

// readStream reads one article, or a JSON Lines stream, from r.
func readStream(path string, r io.Reader, jsonl bool, fn func(*Article) error, fail func(*Error)) error {
	if jsonl {
		return readJSONL(path, r, fn, fail)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		fail(&Error{Path: path, Msg: osMessage(err)})
		return nil
	}
	a, perr := Parse(path, data)
	if perr != nil {
		fail(perr)
		return nil
	}
	return fn(a)
}

// walk lists the article files under dir, sorted by path: *.txt (or
// *.jsonl), skipping hidden files and folders. An unreadable folder is
// reported as an error after what could be listed.
func walk(dir string, jsonl bool) ([]string, *Error) {
	ext := ".txt"
	if jsonl {
		ext = ".jsonl"
	}
	var files []string
	var first *Error
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if first == nil {
				first = &Error{Path: p, Msg: osMessage(err)}
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if strings.HasSuffix(name, ext) && !strings.HasSuffix(name, ".gold.json") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil && first == nil {
		first = &Error{Path: dir, Msg: osMessage(err)}
	}
	sort.Strings(files)
	return files, first
}

// osMessage is an operating-system error without the path it names, which
// our messages print first.
func osMessage(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// headerKeys are the header lines an article file may start with.
var headerKeys = map[string]bool{"date": true, "lang": true, "url": true, "title": true}

// Parse reads one article file's content: optional header lines (date,
// lang, url, title, in any order, blank lines around them tolerated) and
// the body, which starts at the first line that is neither blank nor a
// header. The ID is the file's base name without extension.
func Parse(path string, data []byte) (*Article, *Error) {
	a := &Article{ID: idOf(path), Path: path}
	if len(data) == 0 {
		return nil, &Error{Path: path, Msg: "empty file"}
	}
	s, warns, err := decode(data)
	if err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	a.Warnings = warns
	off := 0
	for off < len(s) {
		end := len(s)
		if nl := strings.IndexByte(s[off:], '\n'); nl >= 0 {
			end = off + nl + 1
		}
		line := strings.TrimSpace(s[off:end])
		if line == "" {
			off = end
			continue
		}
		k, v, ok := headerLine(line)
		if !ok {
			break
		}
		if msg := a.setHeader(k, v); msg != "" {
			return nil, &Error{Path: path, Msg: msg}
		}
		off = end
	}
	a.Body, a.BodyStart = s[off:], off
	if strings.TrimSpace(a.Body) == "" {
		if off > 0 {
			return nil, &Error{Path: path, Msg: "empty body: no text after the header lines"}
		}
		return nil, &Error{Path: path, Msg: "empty body: the file holds only blanks"}
	}
	return a, nil
}

// headerLine splits a trimmed line into a header key and value, reporting
// whether it is a header line at all. A "date" line is a header only when
// its value is one word (a malformed date is then an error, not body text).
func headerLine(line string) (key, value string, ok bool) {
	k, v, _ := strings.Cut(line, " ")
	if i := strings.IndexByte(k, '\t'); i >= 0 {
		k, v = line[:i], line[i+1:]
	}
	v = strings.TrimSpace(v)
	k = strings.TrimSuffix(k, ":") // "date: 2025-08-13" is read too
	if !headerKeys[k] {
		return "", "", false
	}
	if k == "date" && (v == "" || strings.ContainsAny(v, " \t") && !startsWithDigit(v)) {
		return "", "", false
	}
	return k, v, true
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// setHeader records one header; it returns a message when the value is bad.
func (a *Article) setHeader(k, v string) string {
	switch k {
	case "date":
		t, err := ParseDate(v)
		if err != nil {
			return err.Error()
		}
		a.Date = t
	case "lang":
		a.Lang = strings.ToLower(v)
	case "url":
		a.URL = v
	case "title":
		a.Title = v
	}
	return ""
}

// dateLayouts are the forms a publication date may take: a day, or a time
// stamp whose day is kept.
var dateLayouts = []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04"}

// ParseDate reads a publication date (YYYY-MM-DD, or a time stamp starting
// with one), keeping the day.
func ParseDate(v string) (time.Time, error) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("malformed date %q: want YYYY-MM-DD", v)
}

// idOf is an article's id: the file's base name without extension.
func idOf(path string) string {
	if path == StdinName {
		return "stdin"
	}
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}
