package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/atalaya-events/atalaya/internal/timex"
)

func init() {
	register(&command{
		name:    "timex",
		summary: "find and normalise time expressions (TIMEX3) in a phrase or a text",
		usage: `Usage: atalaya timex [--lang es|en] [--ref YYYY-MM-DD[THH:MM]] TEXT...
       atalaya timex --input jsonl FILE|-

Finds the dates, times of day, durations and sets in TEXT and prints one JSON
object per expression: {"text","start","end","type","value"} (start and end
are byte offsets into TEXT; "mod" is added for "early/mid/late" readings).
Relative expressions ("el martes pasado", "two weeks ago") are resolved
against --ref, the publication date; without it values keep X where the
date is unknown.

With --input jsonl, each line of FILE (or standard input for -) is
{"id","text","ref","lang"} ("ref" may also be spelt "date"; it may carry a
time and an offset: 2013-02-12T04:30:00-02:00) and each output line is
{"id","times":[...]}. A bad line is reported on standard error as
FILE:LINE: message and skipped; the exit status is then 1.

Examples:
  atalaya timex --lang es --ref 2025-08-13 "el martes pasado"
  atalaya timex --lang en --ref 2025-08-13 "They will meet on Friday at 3 p.m."
  atalaya timex --input jsonl phrases.jsonl > times.jsonl`,
		run: runTimex,
	})
}

// timexOut is one time expression as printed.
type timexOut struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

func runTimex(args []string) int {
	c := commands["timex"]
	fs := c.flags()
	lang := fs.String("lang", "es", "language of the text: es or en")
	ref := fs.String("ref", "", "reference instant (publication date): YYYY-MM-DD, YYYY-MM-DDTHH:MM or RFC 3339")
	input := fs.String("input", "text", "input: text (the arguments) or jsonl (a file of {id,text,ref,lang} lines, - for standard input)")
	var dicts multiFlag
	fs.Var(&dicts, "dict", "user dictionary `file or folder` overriding ours (repeatable)")
	rest, ok, st := c.parse(fs, args)
	if !ok {
		return st
	}
	if *lang != "es" && *lang != "en" {
		fmt.Fprintf(os.Stderr, "atalaya timex: --lang must be es or en, not %q\n", *lang)
		return 2
	}
	tg, err := timex.New(timex.Options{UserDicts: dicts})
	if err != nil {
		fmt.Fprintf(os.Stderr, "atalaya timex: %v\n", err)
		return 1
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	switch *input {
	case "text":
		if len(rest) == 0 {
			fmt.Fprintln(os.Stderr, "atalaya timex: no text; give a phrase or use --input jsonl FILE (see --help)")
			return 2
		}
		t, err := parseRef(*ref)
		if err != nil {
			fmt.Fprintf(os.Stderr, "atalaya timex: --ref: %v\n", err)
			return 2
		}
		text := strings.Join(rest, " ")
		for _, o := range timesOf(tg, text, *lang, t) {
			if err := enc.Encode(o); err != nil {
				fmt.Fprintf(os.Stderr, "atalaya timex: %v\n", err)
				return 1
			}
		}
		return 0
	case "jsonl":
		if len(rest) != 1 {
			fmt.Fprintln(os.Stderr, "atalaya timex: --input jsonl takes one FILE (or - for standard input)")
			return 2
		}
		return timexJSONL(tg, rest[0], *lang, *ref, enc)
	}
	fmt.Fprintf(os.Stderr, "atalaya timex: --input must be text or jsonl, not %q\n", *input)
	return 2
}

func timesOf(tg *timex.Tagger, text, lang string, ref time.Time) []timexOut {
	out := []timexOut{}
	for _, m := range tg.Find(text, lang, ref) {
		out = append(out, timexOut{Text: text[m.Start:m.End], Start: m.Start, End: m.End, Type: m.Type, Value: m.Value, Mod: m.Mod})
	}
	return out
}

// parseRef reads a reference instant; the wall clock of an instant with an
// offset is kept (2013-02-12T04:30:00-02:00 is 04:30 that day).
func parseRef(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05", time.RFC3339, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD, YYYY-MM-DDTHH:MM or RFC 3339)", s)
}

func timexJSONL(tg *timex.Tagger, path, lang, ref string, enc *json.Encoder) int {
	var r io.Reader = os.Stdin
	name := "<stdin>"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "atalaya timex: %v\n", err)
			return 1
		}
		defer f.Close()
		r, name = f, path
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	status, line := 0, 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var in struct {
			ID   json.RawMessage `json:"id"`
			Text *string         `json:"text"`
			Ref  string          `json:"ref"`
			Date string          `json:"date"`
			Lang string          `json:"lang"`
		}
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			fmt.Fprintf(os.Stderr, "%s:%d: not a JSON object: %v\n", name, line, err)
			status = 1
			continue
		}
		if in.Text == nil {
			fmt.Fprintf(os.Stderr, "%s:%d: no \"text\" field\n", name, line)
			status = 1
			continue
		}
		rs := in.Ref
		if rs == "" {
			rs = in.Date
		}
		if rs == "" {
			rs = ref
		}
		t, err := parseRef(rs)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s:%d: ref: %v\n", name, line, err)
			status = 1
			continue
		}
		l := in.Lang
		if l == "" {
			l = lang
		}
		if l != "es" && l != "en" {
			fmt.Fprintf(os.Stderr, "%s:%d: lang must be es or en, not %q\n", name, line, l)
			status = 1
			continue
		}
		id := in.ID
		if len(id) == 0 {
			id = json.RawMessage("null")
		}
		if err := enc.Encode(struct {
			ID    json.RawMessage `json:"id"`
			Times []timexOut      `json:"times"`
		}{id, timesOf(tg, *in.Text, l, t)}); err != nil {
			fmt.Fprintf(os.Stderr, "atalaya timex: %v\n", err)
			return 1
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(os.Stderr, "%s:%d: %v\n", name, line+1, err)
		return 1
	}
	return status
}
