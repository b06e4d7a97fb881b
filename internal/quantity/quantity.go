// Package quantity recognises counted amounts (troops, dead, money) in
// Spanish and English number forms: digits with either thousands
// separator ("15,000", "15.000"), number words ("doce", "twelve"), scales
// ("2.000 millones", "3 billion"), vague amounts ("miles de", "thousands
// of"), approximation cues ("alrededor de", "at least") and currencies
// ("US$ 2.000 millones"). Its words are data: data/quantity/{es,en}/words.tsv.
package quantity

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/atalaya-events/atalaya/data"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/morph"
)

// Options configure the stage.
type Options struct {
	// UserDicts are extra dictionary files or folders given by the user;
	// their entries override the embedded ones.
	UserDicts []string
}

// words is the quantity vocabulary of one language.
type words struct {
	number map[string]float64
	scale  map[string]float64
	vague  map[string][][]string // first word -> phrases
	approx map[string][][]string // first word -> phrases
	// approxAny: the approximation phrases of no words (they match
	// anywhere), kept apart from the first-word index
	approxAny [][]string
	unit      map[string]string
	// heads gathers, per word, what may start at it (approximation and
	// vague phrases, a number's value), so that a token needs one lookup
	heads map[string]head
}

// head is what the vocabulary says of a word that may start a quantity.
type head struct {
	approx, vague [][]string
	number        float64
}

// index builds heads once every file is read.
func (w *words) index() {
	w.heads = map[string]head{}
	for k, ps := range w.approx {
		h := w.heads[k]
		h.approx = ps
		w.heads[k] = h
	}
	for k, ps := range w.vague {
		h := w.heads[k]
		h.vague = ps
		w.heads[k] = h
	}
	for k, v := range w.number {
		h := w.heads[k]
		h.number = v
		w.heads[k] = h
	}
}

// Tagger is the pipeline stage. It is safe for concurrent use once built.
type Tagger struct {
	opts Options
	lang map[string]*words
}

// New builds the stage, loading its dictionaries.
func New(opts Options) (*Tagger, error) {
	t := &Tagger{opts: opts, lang: map[string]*words{}}
	for _, l := range []string{"es", "en"} {
		w := &words{number: map[string]float64{}, scale: map[string]float64{}, vague: map[string][][]string{}, approx: map[string][][]string{}, unit: map[string]string{}}
		if err := w.load(data.FS, "quantity/"+l+"/words.tsv", l+"/words.tsv"); err != nil {
			return nil, err
		}
		for _, u := range opts.UserDicts {
			files, err := userFiles(u, l)
			if err != nil {
				return nil, err
			}
			for _, f := range files {
				if err := w.load(os.DirFS(filepath.Dir(f)), filepath.Base(f), f); err != nil {
					return nil, err
				}
			}
		}
		w.index()
		t.lang[l] = w
	}
	return t, nil
}

// userFiles returns the quantity word files for lang under a user path: a
// file <lang>/words.tsv given directly or found under a folder's
// quantity/<lang>/ or <lang>/.
func userFiles(p, lang string) ([]string, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", p, err)
	}
	if !fi.IsDir() {
		if filepath.Base(p) == "words.tsv" && filepath.Base(filepath.Dir(p)) == lang {
			return []string{p}, nil
		}
		return nil, nil
	}
	var out []string
	for _, c := range []string{filepath.Join(p, "quantity", lang, "words.tsv"), filepath.Join(p, lang, "words.tsv")} {
		if _, err := os.Stat(c); err == nil {
			out = append(out, c)
		}
	}
	return out, nil
}

func (w *words) load(fsys fs.FS, path, name string) error {
	f, err := fsys.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r ")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) != 3 {
			return fmt.Errorf("%s:%d: want 3 tab-separated columns (kind, words, value), got %d", name, line, len(cols))
		}
		key := morph.Fold(cols[1])
		num := func() (float64, error) {
			v, err := strconv.ParseFloat(cols[2], 64)
			if err != nil {
				return 0, fmt.Errorf("%s:%d: value %q is not a number", name, line, cols[2])
			}
			return v, nil
		}
		switch cols[0] {
		case "number":
			v, err := num()
			if err != nil {
				return err
			}
			w.number[key] = v
		case "scale":
			v, err := num()
			if err != nil {
				return err
			}
			w.scale[key] = v
		case "vague":
			ws := strings.Fields(key)
			w.vague[ws[0]] = append(w.vague[ws[0]], ws)
		case "approx":
			ws := strings.Fields(key)
			if len(ws) == 0 {
				w.approxAny = append(w.approxAny, ws)
			} else {
				w.approx[ws[0]] = append(w.approx[ws[0]], ws)
			}
		case "unit":
			w.unit[key] = cols[2]
		default:
			return fmt.Errorf("%s:%d: unknown kind %q (want number, scale, vague, approx or unit)", name, line, cols[0])
		}
	}
	return sc.Err()
}

// Name names the stage in error messages.
func (s *Tagger) Name() string { return "quantity" }

// Process annotates d with its quantities.
func (s *Tagger) Process(d *doc.Doc) error {
	w := s.lang[d.Lang]
	if w == nil {
		w = s.lang["es"]
	}
	toks := d.Tokens
	fold := func(i int) string {
		if toks[i].Fold != "" {
			return toks[i].Fold
		}
		return morph.Fold(toks[i].Text)
	}
	sameSent := func(i, j int) bool { return j < len(toks) && toks[i].Sent == toks[j].Sent }
	// no token can hold a currency sign when the text has none
	signs := strings.IndexByte(d.Text, '$') >= 0 || strings.Contains(d.Text, "€") || strings.Contains(d.Text, "£")
	for i := 0; i < len(toks); i++ {
		start := i
		approx := false
		// approximation cue (only the phrases starting with this word can
		// match here)
		h := w.heads[fold(i)]
		j, ok := phrase(toks, i, h.approx, fold)
		if j2, ok2 := phrase(toks, i, w.approxAny, fold); ok2 && j2 > j {
			j, ok = j2, true
		}
		if ok && j < len(toks) && sameSent(i, j) {
			approx = true
			i = j
		}
		// currency before the number: "US$ 2.000 millones", "$5"
		cur := ""
		if signs && i < len(toks) && (toks[i].Kind == doc.Symbol || toks[i].Kind == doc.Word) {
			if u, n := currencyAt(toks, i, w); u != "" {
				cur = u
				i += n
			}
		}
		if i >= len(toks) {
			break
		}
		if i != start {
			h = w.heads[fold(i)]
		}
		var val *float64
		end := i
		switch {
		case toks[i].Kind == doc.Number:
			v, ok := parseNumber(toks[i].Text, d.Lang)
			if !ok {
				i = start
				continue
			}
			end = i + 1
			if end < len(toks) && sameSent(i, end) {
				if sc, ok := w.scale[fold(end)]; ok {
					v *= sc
					end++
				}
			}
			val = &v
		case h.number > 0 && toks[i].Kind == doc.Word:
			v := h.number
			end = i + 1
			if end < len(toks) && sameSent(i, end) {
				if sc, ok := w.scale[fold(end)]; ok && fold(end) != fold(i) {
					v *= sc
					end++
				}
			}
			val = &v
		default:
			if j, ok := phrase(toks, i, h.vague, fold); ok {
				approx = true
				end = j
			} else {
				i = start
				continue
			}
		}
		// the counted noun within three words ("15,000 tropas", "miles de
		// trabajadores", "12 muertos")
		unit := cur
		uEnd := end
		if unit == "" {
			for j := end; j < len(toks) && j <= end+3 && sameSent(i, j); j++ {
				if toks[j].Kind == doc.Punct {
					break
				}
				if u := unitOf(fold(j), w); u != "" {
					unit, uEnd = u, j+1
					break
				}
			}
		}
		if unit == "" {
			i = start
			continue
		}
		q := doc.Quantity{Span: doc.Span{Start: toks[start].Start, End: toks[uEnd-1].End}, Value: val, Unit: unit, Approx: approx}
		d.Quantities = append(d.Quantities, q)
		i = uEnd - 1
	}
	return nil
}

// phrase matches one of the phrases at token i.
func phrase(toks []doc.Token, i int, list [][]string, fold func(int) string) (int, bool) {
	best := 0
	for _, ws := range list {
		j := i
		ok := true
		for _, w := range ws {
			if j >= len(toks) || fold(j) != w {
				ok = false
				break
			}
			j++
		}
		if ok && j > best {
			best = j
		}
	}
	return best, best > 0
}

// currencyAt reads a currency symbol at i ("$", "€", "US$" as one or two
// tokens); it returns the unit and the number of tokens.
func currencyAt(toks []doc.Token, i int, w *words) (string, int) {
	t := toks[i].Text
	adjacent := i+1 < len(toks) && toks[i+1].Start == toks[i].End
	if !hasCurrencySign(t) && (!adjacent || !hasCurrencySign(toks[i+1].Text)) {
		return "", 0 // no sign in the token nor in one glued to it
	}
	if adjacent {
		if u, ok := w.unit[morph.Fold(t+toks[i+1].Text)]; ok && strings.ContainsAny(t+toks[i+1].Text, "$€£") {
			return u, 2
		}
	}
	if strings.ContainsAny(t, "$€£") {
		if u, ok := w.unit[morph.Fold(t)]; ok {
			return u, 1
		}
	}
	return "", 0
}

// hasCurrencySign reports whether s holds "$", "€" or "£", as
// strings.ContainsAny(s, "$€£") but without its set building.
func hasCurrencySign(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '$':
			return true
		case 0xE2: // € is E2 82 AC
			if i+2 < len(s) && s[i+1] == 0x82 && s[i+2] == 0xAC {
				return true
			}
		case 0xC2: // £ is C2 A3
			if i+1 < len(s) && s[i+1] == 0xA3 {
				return true
			}
		}
	}
	return false
}

// unitOf returns the unit of a counted noun, trying its singular.
func unitOf(f string, w *words) string {
	if u, ok := w.unit[f]; ok {
		return u
	}
	for _, suf := range []string{"es", "s"} {
		if strings.HasSuffix(f, suf) {
			if u, ok := w.unit[f[:len(f)-len(suf)]]; ok {
				return u
			}
		}
	}
	if strings.HasSuffix(f, "as") { // heridas, detenidas
		if u, ok := w.unit[f[:len(f)-2]+"o"]; ok {
			return u
		}
	}
	if strings.HasSuffix(f, "a") {
		if u, ok := w.unit[f[:len(f)-1]+"o"]; ok {
			return u
		}
	}
	return ""
}

// parseNumber reads digits with separators: a separator followed by
// exactly three digits groups thousands ("15,000", "15.000", "1.600"); any
// other separator is the decimal mark ("3,5" in Spanish, "3.5").
func parseNumber(s, lang string) (float64, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == ',' || c == '.':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j-i-1 == 3 && (j == len(s) || s[j] == ',' || s[j] == '.') && i > 0 {
				continue // thousands separator
			}
			b.WriteByte('.')
		case c == ' ' || c == '\u00a0':
		default:
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, err == nil
}
