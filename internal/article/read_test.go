package article

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// collect reads paths and returns the articles and the error lines.
func collect(t *testing.T, paths []string, opts Options) ([]*Article, []string) {
	t.Helper()
	var arts []*Article
	var errs []string
	err := Read(paths, opts, func(a *Article) error {
		arts = append(arts, a)
		return nil
	}, func(e *Error) {
		errs = append(errs, e.Error())
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return arts, errs
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParseGood(t *testing.T) {
	tests := []struct {
		name, in                 string
		date, lang, url, title   string
		body                     string
		bodyStart                int
		warnings                 int
		warnContains, bodyPrefix string
	}{
		{name: "seed-like header with blanks around it",
			in:   " date 2025-08-13 \n\n\n\n\n\nLíder norcoreano habló.\n",
			date: "2025-08-13", body: "Líder norcoreano habló.\n", bodyStart: 23},
		{name: "all headers in any order",
			in:   "title Una visita\nlang ES\ndate 2024-02-29\nurl https://example.org/a\n\nEl presidente llegó.",
			date: "2024-02-29", lang: "es", url: "https://example.org/a", title: "Una visita", body: "El presidente llegó.", bodyStart: 68},
		{name: "no header at all",
			in:   "The minister said on Monday.\nSecond line.\n",
			body: "The minister said on Monday.\nSecond line.\n"},
		{name: "body line keeps its leading blanks",
			in:   "date 2025-01-02\n   Indented body.\n",
			date: "2025-01-02", body: "   Indented body.\n", bodyStart: 16},
		{name: "CRLF line ends",
			in:   "date 2025-01-02\r\nlang en\r\n\r\nBody here.\r\n",
			date: "2025-01-02", lang: "en", body: "Body here.\r\n", bodyStart: 28},
		{name: "keys with a colon",
			in:   "date: 2025-01-02\ntitle: Paz\n\nCuerpo.",
			date: "2025-01-02", title: "Paz", body: "Cuerpo.", bodyStart: 29},
		{name: "timestamp date keeps the day",
			in:   "date 2025-03-04T22:15:00Z\nBody.",
			date: "2025-03-04", body: "Body.", bodyStart: 26},
		{name: "a body starting with the word date is body",
			in:   "date palms grow in the oasis, officials said.\n",
			body: "date palms grow in the oasis, officials said.\n"},
		{name: "UTF-8 byte-order mark dropped",
			in:   "\xEF\xBB\xBFdate 2025-01-02\nCuerpo.",
			date: "2025-01-02", body: "Cuerpo.", bodyStart: 16},
		{name: "Latin-1 file decoded",
			in:   "date 2025-01-02\nEl ministro habl\xF3 en Bogot\xE1 el martes.\n",
			date: "2025-01-02", body: "El ministro habló en Bogotá el martes.\n", bodyStart: 16,
			warnings: 1, warnContains: "decoded as Windows-1252: the file is not valid UTF-8"},
		{name: "Windows-1252 quotes decoded",
			in:   "\x93Paz\x94, dijo.",
			body: "“Paz”, dijo.", warnings: 1, warnContains: "Windows-1252"},
		{name: "UTF-8 with one stray Latin-1 byte",
			in:   "Acción en Bogot\xE1.",
			body: "Acción en Bogotá.", warnings: 1, warnContains: "1 bytes that are not valid UTF-8"},
		{name: "UTF-16 little endian with byte-order mark",
			in:   "\xFF\xFEd\x00a\x00t\x00e\x00 \x002\x000\x002\x005\x00-\x000\x001\x00-\x000\x002\x00\n\x00H\x00i\x00",
			date: "2025-01-02", body: "Hi", bodyStart: 16, warnings: 1, warnContains: "UTF-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("dir/x_01.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if a.ID != "x_01" {
				t.Errorf("ID = %q, want x_01", a.ID)
			}
			if a.DateString() != tt.date || a.Lang != tt.lang || a.URL != tt.url || a.Title != tt.title {
				t.Errorf("headers = %q %q %q %q, want %q %q %q %q", a.DateString(), a.Lang, a.URL, a.Title, tt.date, tt.lang, tt.url, tt.title)
			}
			if a.Body != tt.body {
				t.Errorf("Body = %q, want %q", a.Body, tt.body)
			}
			if a.BodyStart != tt.bodyStart {
				t.Errorf("BodyStart = %d, want %d", a.BodyStart, tt.bodyStart)
			}
			if len(a.Warnings) != tt.warnings {
				t.Fatalf("Warnings = %q, want %d", a.Warnings, tt.warnings)
			}
			if tt.warnings > 0 && !strings.Contains(a.Warnings[0], tt.warnContains) {
				t.Errorf("warning %q does not say %q", a.Warnings[0], tt.warnContains)
			}
		})
	}
}

func TestParseBad(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty file", "", "empty file"},
		{"only blanks", " \n\n\t\n", "empty body"},
		{"header without body", "date 2025-08-13\nlang es\n\n", "empty body: no text after the header lines"},
		{"malformed date", "date 13/08/2025\nCuerpo.", `malformed date "13/08/2025"`},
		{"impossible date", "date 2025-02-30\nCuerpo.", "malformed date"},
		{"binary with NUL bytes", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (NUL byte"},
		{"binary with control bytes", "\x01\x02\x03\x04abc\x05\x06\x07\x08", "binary data ("},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("in/bad.txt", []byte(tt.in))
			if err == nil {
				t.Fatalf("Parse accepted it: %+v", a)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "in/bad.txt: ") || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line naming in/bad.txt and saying %q", msg, tt.want)
			}
		})
	}
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	good := []byte("date 2025-08-13\nlang es\n\nEl gobierno habló.\n")
	write(t, dir, "news/b.txt", good)
	write(t, dir, "news/a.txt", good)
	write(t, dir, "news/sub/c.txt", good)
	write(t, dir, "news/a.gold.json", []byte(`{"events":[]}`))
	write(t, dir, "news/notes.md", []byte("not an article"))
	write(t, dir, "news/.hidden/d.txt", good)
	write(t, dir, "news/e.txt", []byte("date 2025-13-01\nCuerpo."))
	os.MkdirAll(filepath.Join(dir, "empty"), 0o755)
	write(t, dir, "empty/readme.md", []byte("nothing here"))
	single := write(t, dir, "single.txt", good)

	arts, errs := collect(t, []string{
		filepath.Join(dir, "news"),
		filepath.Join(dir, "missing.txt"),
		filepath.Join(dir, "empty"),
		single,
	}, Options{})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got, want := strings.Join(ids, " "), "a b c single"; got != want {
		t.Errorf("articles %q, want %q (sorted, recursive, *.txt only, hidden skipped)", got, want)
	}
	want := []string{
		filepath.Join(dir, "news/e.txt") + `: malformed date "2025-13-01": want YYYY-MM-DD`,
		filepath.Join(dir, "missing.txt") + ": no such file or directory",
		filepath.Join(dir, "empty") + ": directory holds no *.txt articles",
	}
	if strings.Join(errs, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadStdin(t *testing.T) {
	arts, errs := collect(t, []string{"-"}, Options{Stdin: strings.NewReader("date 2025-01-05\nBody text.")})
	if len(errs) != 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %q", len(arts), errs)
	}
	if a := arts[0]; a.ID != "stdin" || a.Path != StdinName || a.Body != "Body text." || a.DateString() != "2025-01-05" {
		t.Errorf("stdin article = %+v", a)
	}
	_, errs = collect(t, []string{"-"}, Options{Stdin: strings.NewReader("")})
	if len(errs) != 1 || errs[0] != "<stdin>: empty file" {
		t.Errorf("empty stdin errors = %q", errs)
	}
}

func TestReadJSONL(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("palabra ", 300000) // 2.4 MB on one line: must stream past bufio's default limits
	lines := []string{
		`{"id":"a1","date":"2025-08-13","lang":"es","text":"El gobierno habló.","url":"https://x.org/1","title":"T"}`,
		``,
		`not json at all`,
		`{"id":"a2","date":"2025-08-13","lang":"es"}`,
		`{"id":"a3","text":"   "}`,
		`{"date":"2025-01-01","lang":"en","text":"No id here."}`,
		`{"id":"a5","date":"13 August","text":"Bad date."}`,
		`{"id":7,"text":"Numeric id."}`,
		`{"id":"a8","text":"` + big + `"}`,
		`{"id":"a9","text":"cut`,
		`{"id":["x"],"text":"Odd id."}`,
		`{"id":"a11","text":5}`,
		"{\"id\":\"a12\",\"text\":\"Bogot\xE1.\"}",
		`{"id":"a13","text":"Last line without newline."}`,
	}
	p := write(t, dir, "feed.jsonl", []byte(strings.Join(lines, "\n")))
	arts, errs := collect(t, []string{p}, Options{Format: "jsonl"})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got, want := strings.Join(ids, " "), "a1 feed:6 7 a8 a12 a13"; got != want {
		t.Errorf("ids %q, want %q", got, want)
	}
	if a := arts[0]; a.Line != 1 || a.URL != "https://x.org/1" || a.Title != "T" || a.Lang != "es" || a.DateString() != "2025-08-13" || a.Body != "El gobierno habló." {
		t.Errorf("first article = %+v", a)
	}
	if a := arts[3]; len(a.Body) != len(big) || a.Line != 9 {
		t.Errorf("long line: body %d bytes at line %d", len(a.Body), a.Line)
	}
	if a := arts[4]; a.Body != "Bogotá." || len(a.Warnings) != 1 {
		t.Errorf("Latin-1 line: body %q warnings %q", a.Body, a.Warnings)
	}
	wantErrs := []struct {
		line int
		has  string
	}{
		{3, "not a JSON object"},
		{4, `no "text" field`},
		{5, `empty "text"`},
		{7, `malformed date "13 August"`},
		{10, "not valid JSON"},
		{11, "id should be a string or a number"},
		{12, `field "text" should be a string`},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors:\n%s\nwant %d", strings.Join(errs, "\n"), len(wantErrs))
	}
	for i, w := range wantErrs {
		prefix := p + ":" + strconv.Itoa(w.line) + ": "
		if !strings.HasPrefix(errs[i], prefix) || !strings.Contains(errs[i], w.has) {
			t.Errorf("error %d = %q, want prefix %q and %q", i, errs[i], prefix, w.has)
		}
	}
}

func TestReadJSONLDirectoryAndStdin(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.jsonl", []byte("\xEF\xBB\xBF"+`{"id":"b","text":"B."}`+"\n"))
	write(t, dir, "a.jsonl", []byte(`{"id":"a","text":"A."}`+"\n"))
	write(t, dir, "c.txt", []byte("Not read in jsonl mode."))
	arts, errs := collect(t, []string{dir, "-"}, Options{Format: "jsonl", Stdin: strings.NewReader(`{"id":"s","text":"S."}`)})
	if len(errs) != 0 || len(arts) != 3 || arts[0].ID != "a" || arts[1].ID != "b" || arts[2].ID != "s" {
		t.Errorf("articles %+v errors %q", arts, errs)
	}
}

func TestReadUnknownFormat(t *testing.T) {
	err := Read([]string{"x"}, Options{Format: "xml"}, func(*Article) error { return nil }, func(*Error) {})
	if err == nil || !strings.Contains(err.Error(), `unknown input format "xml"`) {
		t.Errorf("err = %v", err)
	}
}

// TestReadBadFiles: each bad input, written to a file, gets one error line
// naming the file (and the line, for JSON Lines); an article that is merely
// not UTF-8 is read with a warning. The good article after them still
// comes out.
func TestReadBadFiles(t *testing.T) {
	tests := []struct {
		name, file, data, format string
		err, warning             string
	}{
		{name: "missing file", file: "absent.txt", err: "absent.txt: no such file or directory"},
		{name: "directory without articles", file: "empty_dir/", err: "empty_dir: directory holds no *.txt articles"},
		{name: "invalid UTF-8 (Latin-1)", file: "latin1.txt", data: "date 2025-01-02\nEspa\xF1a y Per\xFA.", warning: "decoded as Windows-1252"},
		{name: "empty body", file: "header_only.txt", data: "date 2025-01-02\nlang es\n", err: "header_only.txt: empty body"},
		{name: "empty file", file: "zero.txt", data: "", err: "zero.txt: empty file"},
		{name: "binary data", file: "image.txt", data: "GIF89a\x01\x00\x01\x00\x00\xff\x00", err: "image.txt: binary data"},
		{name: "malformed date header", file: "bad_date.txt", data: "date yesterday\nBody.", err: `bad_date.txt: malformed date "yesterday"`},
		{name: "JSONL line that is not JSON", file: "feed.jsonl", format: "jsonl", data: "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"b\",\"text\":\"B.\"\n", err: "feed.jsonl:2: not valid JSON"},
		{name: "JSONL line without text", file: "feed2.jsonl", format: "jsonl", data: "{\"id\":\"a\"}\n", err: "feed2.jsonl:1: no \"text\" field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, tt.file)
			switch {
			case strings.HasSuffix(tt.file, "/"):
				if err := os.MkdirAll(p, 0o755); err != nil {
					t.Fatal(err)
				}
				write(t, p, "notes.md", []byte("not an article"))
			case tt.name != "missing file":
				write(t, dir, tt.file, []byte(tt.data))
			}
			good := write(t, dir, "zz_good.txt", []byte("date 2025-01-02\nBuen artículo."))
			if tt.format == "jsonl" {
				good = write(t, dir, "zz_good.jsonl", []byte(`{"id":"zz_good","text":"Buen artículo."}`))
			}
			arts, errs := collect(t, []string{p, good}, Options{Format: tt.format})
			if tt.err != "" {
				if len(errs) != 1 || !strings.HasPrefix(errs[0], filepath.Join(dir, tt.err)) {
					t.Errorf("errors %q, want one starting %q", errs, filepath.Join(dir, tt.err))
				}
			} else if len(errs) != 0 {
				t.Errorf("unexpected errors %q", errs)
			}
			if len(arts) == 0 || arts[len(arts)-1].ID != "zz_good" {
				t.Fatalf("the good article after the bad input was not read: %d articles", len(arts))
			}
			if tt.warning != "" && (len(arts) != 2 || len(arts[0].Warnings) != 1 || !strings.Contains(arts[0].Warnings[0], tt.warning)) {
				t.Errorf("articles %d, first warnings %q; want the article read with a warning %q", len(arts), arts[0].Warnings, tt.warning)
			}
		})
	}
}
