package actors

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

// actorKey is the part of a code that event scoring compares
// (gold-format.md): the country, or the whole code of an organisation.
func actorKey(code string) string {
	if strings.HasPrefix(code, "---") || strings.HasPrefix(code, "~") {
		return "*" // country unknown: matches any key
	}
	for _, p := range []string{"IGO", "NGO", "IMG", "MNC", "NGM"} {
		if strings.HasPrefix(code, p) {
			return code
		}
	}
	if len(code) >= 3 {
		return code[:3]
	}
	return code
}

func keysMatch(gold, pred string) bool { return gold == "*" || gold == pred }

// occurrences returns the raw spans where s occurs in text.
func occurrences(text, s string) []doc.Span {
	var out []doc.Span
	for i := 0; s != ""; {
		j := strings.Index(text[i:], s)
		if j < 0 {
			break
		}
		out = append(out, doc.Span{Start: i + j, End: i + j + len(s)})
		i += j + len(s)
	}
	return out
}

// prf scores predicted actor mentions against a gold list. Gold lists each
// actor once (not every mention of it), so a gold actor is found when some
// predicted mention overlaps one of its occurrences with the same actor key
// (the key event scoring compares, gold-format.md); a predicted mention is
// right when it overlaps an occurrence of a gold actor with the same key,
// or is another mention of a gold actor: it has the full code of one.
func prf(d *doc.Doc, gold []goldActor) (tp, np, fn int, misses, wrong []string) {
	type occ struct {
		span doc.Span
		key  string
	}
	var occs []occ
	for _, g := range gold {
		for _, s := range occurrences(d.Raw, g.Text) {
			occs = append(occs, occ{s, actorKey(g.Code)})
		}
	}
	for _, g := range gold {
		ok := false
		for _, s := range occurrences(d.Raw, g.Text) {
			for _, a := range d.Actors {
				if d.RawSpan(a.Span).Overlaps(s) && keysMatch(actorKey(g.Code), actorKey(a.Code)) {
					ok = true
				}
			}
		}
		if !ok {
			fn++
			misses = append(misses, g.Text+"="+g.Code)
		}
	}
	for _, a := range d.Actors {
		np++
		rs := d.RawSpan(a.Span)
		ok := false
		for _, o := range occs {
			if rs.Overlaps(o.span) && keysMatch(o.key, actorKey(a.Code)) {
				ok = true
			}
		}
		for _, g := range gold {
			if g.Code == a.Code {
				ok = true
			}
		}
		if ok {
			tp++
		} else {
			wrong = append(wrong, d.Raw[rs.Start:rs.End]+"="+a.Code)
		}
	}
	return
}

func TestExamplesPrecisionRecall(t *testing.T) {
	dir := filepath.Join(testutil.RepoRoot(), "examples")
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(golds) == 0 {
		t.Skip("no examples/*.gold.json")
	}
	sort.Strings(golds)
	var tp, np, ng, fnTotal int
	for _, g := range golds {
		txt := strings.TrimSuffix(g, ".gold.json") + ".txt"
		if _, err := os.Stat(txt); err != nil {
			continue
		}
		a, gold := readArticle(t, txt, g)
		d := process(t, a)
		p, n, fn, misses, wrong := prf(d, gold)
		tp, np, ng, fnTotal = tp+p, np+n, ng+len(gold), fnTotal+fn
		for _, m := range misses {
			t.Logf("%s: missed %s", filepath.Base(txt), m)
		}
		for _, w := range wrong {
			t.Logf("%s: extra  %s", filepath.Base(txt), w)
		}
	}
	prec := float64(tp) / float64(max(np, 1))
	rec := float64(ng-fnTotal) / float64(max(ng, 1))
	t.Logf("examples: %d articles, actor mentions precision %.3f (%d/%d), recall %.3f (%d/%d)", len(golds), prec, tp, np, rec, ng-fnTotal, ng)
	if prec < 0.9 || rec < 0.9 {
		t.Errorf("precision %.3f and recall %.3f must both be at least 0.9", prec, rec)
	}
}
