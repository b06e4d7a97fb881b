// Package eval scores extraction records against gold files by the rules of
// shared/docs/gold-format.md, with the exact semantics of the project's
// independent scorer (shared/tools/score.py): greedy one-to-one matching in
// gold order, required events first and optional ones after; actor keys with
// the "---"/"~" wildcards and null actors; micro-averaged precision, recall
// and F1 at the dyad-root and full levels, rounded to three decimals; date,
// place and time-expression value accuracy.
//
// The matching functions (ActorKey, ActorMatch, DyadMatch, CodeMatch, Match)
// are exported for other scorers that need the same rules.
package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is one hand-made gold file.
type Gold struct {
	Name       string         `json:"-"` // the article's stem: file name without .gold.json
	Path       string         `json:"-"`
	Doc        string         `json:"doc"`
	Date       string         `json:"date"`
	Lang       string         `json:"lang"`
	Events     []GoldEvent    `json:"events"`
	Times      []GoldTime     `json:"times"`
	Places     []GoldPlace    `json:"places"`
	Actors     []GoldActor    `json:"actors"`
	Quantities []GoldQuantity `json:"quantities"`
}

// GoldEvent is one event of a gold file. Source and Target are nil where
// the gold says null (no one named). Date is nil for null; DateAlt may hold
// nil too.
type GoldEvent struct {
	ID         string         `json:"id"`
	Source     *string        `json:"source"`
	Target     *string        `json:"target"`
	Cameo      string         `json:"cameo"`
	Alt        []string       `json:"alt"`
	Symmetric  bool           `json:"symmetric"`
	Optional   bool           `json:"optional"`
	Date       *string        `json:"date"`
	DateAlt    []*string      `json:"date_alt"`
	Location   map[string]any `json:"location"`
	Modality   string         `json:"modality"`
	ReportedBy []string       `json:"reported_by"`
	Evidence   string         `json:"evidence"`
	Note       string         `json:"note"`
}

// GoldTime is a time expression and its TIMEX3 value.
type GoldTime struct {
	Text  string `json:"text"`
	Value any    `json:"value"`
}

// GoldPlace is a place mention.
type GoldPlace struct {
	Text    string  `json:"text"`
	Country *string `json:"country"`
	Adm1    *string `json:"adm1"`
	Feature string  `json:"feature"`
}

// GoldActor is an actor mention.
type GoldActor struct {
	Text string `json:"text"`
	Code string `json:"code"`
}

// GoldQuantity is a counted amount.
type GoldQuantity struct {
	Text   string   `json:"text"`
	Value  *float64 `json:"value"`
	Unit   string   `json:"unit"`
	Approx bool     `json:"approx"`
	Note   string   `json:"note"`
}

// GoldSuffix ends every gold file's name.
const GoldSuffix = ".gold.json"

// LoadGold reads one gold file. Errors name the file (and the line, for
// JSON syntax errors).
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	g, err := ParseGold(data, false)
	if err != nil {
		return nil, fmt.Errorf("%s%s", path, err)
	}
	g.Path = path
	g.Name = Stem(path)
	return g, nil
}

// ParseGold reads the content of a gold file. The error message starts
// with ":LINE: " or ": " so that a caller can put the file name before it.
// Fields it does not know are ignored, unless strict.
func ParseGold(data []byte, strict bool) (*Gold, error) {
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(data))
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(&g); err != nil {
		return nil, jsonError(data, err)
	}
	if g.Events == nil {
		return nil, fmt.Errorf(`: no "events" list`)
	}
	for i, e := range g.Events {
		if e.Cameo == "" {
			return nil, fmt.Errorf(": event %d (%s) has no cameo code", i+1, e.ID)
		}
	}
	return &g, nil
}

// jsonError turns a decoding error into ":LINE: message".
func jsonError(data []byte, err error) error {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		off = e.Offset
		err = fmt.Errorf("field %q should be a %s, not %s", e.Field, e.Type, e.Value)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		off = int64(len(bytes.TrimRight(data, " \t\r\n")))
		err = errors.New("unexpected end of file: the JSON is not complete")
	}
	if off < 0 || off > int64(len(data)) {
		return fmt.Errorf(": %v", err)
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	return fmt.Errorf(":%d: %v", line, err)
}

// LoadGoldDir reads every *.gold.json of dir (not recursively, hidden files
// skipped, as a shell glob does), sorted by name. It stops at the first bad
// gold file.
func LoadGoldDir(dir string) ([]*Gold, error) {
	var first error
	golds, err := LoadGoldDirEach(dir, func(e error) {
		if first == nil {
			first = e
		}
	})
	if err != nil {
		return nil, err
	}
	if first != nil {
		return nil, first
	}
	return golds, nil
}

// LoadGoldDirEach is LoadGoldDir that reports each bad gold file to fail
// and goes on with the others. The error is for a folder that cannot be
// read.
func LoadGoldDirEach(dir string, fail func(error)) ([]*Gold, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		n := e.Name()
		if strings.HasSuffix(n, GoldSuffix) && !strings.HasPrefix(n, ".") && !e.IsDir() {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	golds := make([]*Gold, 0, len(names))
	for _, n := range names {
		g, err := LoadGold(filepath.Join(dir, n))
		if err != nil {
			fail(err)
			continue
		}
		golds = append(golds, g)
	}
	return golds, nil
}

// Stem is the name that ties an article, its gold file and its record:
// the base name less ".gold.json", then ".txt", then ".json" (each removed
// when it ends the name, in that order, as score.py does).
func Stem(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	for _, ext := range []string{GoldSuffix, ".txt", ".json"} {
		name = strings.TrimSuffix(name, ext)
	}
	return name
}

// EvidenceParts splits an evidence string at its " ... " elisions: each part
// is a literal quotation from the article.
func EvidenceParts(ev string) []string {
	var parts []string
	for _, p := range strings.Split(ev, "...") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}
