package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxLine is the longest JSON Lines record read (64 MiB); a longer line is
// reported and skipped.
const MaxLine = 64 << 20

// jsonArticle is one JSON Lines record. The id may be a string or a number.
type jsonArticle struct {
	ID    json.RawMessage `json:"id"`
	Date  *string         `json:"date"`
	Lang  string          `json:"lang"`
	URL   string          `json:"url"`
	Title string          `json:"title"`
	Text  *string         `json:"text"`
}

// readJSONL streams a JSON Lines file: one article per line, blank lines
// skipped. Every bad line is reported with its number and reading goes on.
func readJSONL(path string, r io.Reader, fn func(*Article) error, fail func(*Error)) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var buf []byte
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, &buf)
		if err != nil && err != io.EOF {
			fail(&Error{Path: path, Line: n, Msg: osMessage(err)})
			return nil
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte{0xEF, 0xBB, 0xBF}) // a byte-order mark
		}
		switch {
		case tooLong:
			fail(&Error{Path: path, Line: n, Msg: fmt.Sprintf("line longer than %d MiB", MaxLine>>20)})
		case len(bytes.TrimSpace(line)) > 0:
			a, perr := parseJSONLine(path, n, line)
			if perr != nil {
				fail(perr)
			} else if ferr := fn(a); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line (without its newline) into *buf. A line longer
// than MaxLine is consumed and reported as tooLong; err is io.EOF on the last
// line.
func readLine(br *bufio.Reader, buf *[]byte) (line []byte, tooLong bool, err error) {
	*buf = (*buf)[:0]
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if len(*buf)+len(chunk) > MaxLine {
				tooLong = true
				*buf = (*buf)[:0]
			} else {
				*buf = append(*buf, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e != nil && e != io.EOF {
			return nil, false, e
		}
		line = bytes.TrimRight(*buf, "\r\n")
		if e == io.EOF {
			return line, tooLong, io.EOF
		}
		return line, tooLong, nil
	}
}

// parseJSONLine reads one record.
func parseJSONLine(path string, n int, line []byte) (*Article, *Error) {
	bad := func(format string, args ...any) (*Article, *Error) {
		return nil, &Error{Path: path, Line: n, Msg: fmt.Sprintf(format, args...)}
	}
	var warns []string
	if !utf8.Valid(line) {
		if bytes.IndexByte(line, 0) >= 0 {
			return bad("binary data (NUL byte), not a JSON object")
		}
		var w string
		line, w = fromWindows1252(line)
		warns = append(warns, w)
	}
	var ja jsonArticle
	if err := json.Unmarshal(line, &ja); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return bad("field %q should be a %s, not %s", te.Field, te.Type, te.Value)
		}
		if bytes.HasPrefix(bytes.TrimSpace(line), []byte("{")) {
			return bad("not valid JSON: %v", err)
		}
		return bad("not a JSON object: %v", err)
	}
	id, ok := jsonID(ja.ID)
	if !ok {
		return bad("id should be a string or a number, not %s", ja.ID)
	}
	if id == "" {
		id = fmt.Sprintf("%s:%d", strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), n)
	}
	if ja.Text == nil {
		return bad("no \"text\" field")
	}
	if strings.TrimSpace(*ja.Text) == "" {
		return bad("empty \"text\"")
	}
	if _, _, err := decode([]byte(*ja.Text)); err != nil {
		return bad("text: %v", err)
	}
	a := &Article{ID: id, Path: path, Line: n, Lang: strings.ToLower(strings.TrimSpace(ja.Lang)),
		URL: ja.URL, Title: ja.Title, Body: *ja.Text, Warnings: warns}
	if ja.Date != nil && strings.TrimSpace(*ja.Date) != "" {
		t, err := ParseDate(strings.TrimSpace(*ja.Date))
		if err != nil {
			return bad("%v", err)
		}
		a.Date = t
	}
	return a, nil
}

// jsonID reads an id that is a string, a number or absent.
func jsonID(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", true
	}
	if raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return "", false
		}
		return strings.TrimSpace(s), true
	}
	if _, err := strconv.ParseFloat(string(raw), 64); err == nil {
		return string(raw), true
	}
	return "", false
}
