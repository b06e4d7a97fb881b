package eval

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

var (
	goldDate   = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-(SP|SU|FA|WI))?$`)
	orgCode    = regexp.MustCompile(`^(IGO|NGO|IMG|MNC|NGM)[A-Z]{2,}$`)
	country3   = regexp.MustCompile(`^[A-Z]{3}$`)
	modalities = map[string]bool{"asserted": true, "planned": true, "intended": true, "negated": true, "hypothetical": true, "assessed": true}
	features   = map[string]bool{"PCLI": true, "ADM1": true, "ADM2": true, "ADM3": true, "PPL": true, "PPLC": true, "PPLA": true, "PPLA2": true, "PPLG": true, "PPLX": true, "RGN": true, "AREA": true, "LK": true, "STRT": true, "ISL": true, "MT": true, "BDG": true, "AIRP": true, "PRT": true, "CONT": true, "OCN": true, "SEA": true, "STM": true}
)

// checkActorCode reports what is wrong with a CAMEO actor code of a gold
// file, or "": an organisation code, a country followed by role codes, or
// role codes alone; "---" or "~" may stand for an unknown country.
func checkActorCode(o *ontology.Ontology, code string) string {
	c := strings.TrimPrefix(strings.TrimPrefix(code, "---"), "~")
	if orgCode.MatchString(c) {
		return ""
	}
	if len(c) == 0 || len(c)%3 != 0 {
		return "not made of three-letter parts"
	}
	for i := 0; i < len(c); i += 3 {
		part := c[i : i+3]
		if i == 0 && !o.IsRole(part) && c == code {
			if !country3.MatchString(part) {
				return "bad country " + part
			}
			continue
		}
		if !o.IsRole(part) {
			return "unknown role " + part
		}
	}
	return ""
}

// TestExamples checks every gold file of examples/: it parses strictly (no
// misspelt field), names its article, which reads cleanly with the same
// date and language; its codes exist; and every evidence, time, place,
// actor and quantity text is a literal quotation of the article.
func TestExamples(t *testing.T) {
	dir := filepath.Join(testutil.RepoRoot(), "examples")
	onto, err := ontology.Default()
	if err != nil {
		t.Fatal(err)
	}
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	txts, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(golds) < 6 || len(txts) != len(golds) {
		t.Errorf("examples/ holds %d gold files and %d articles; want at least 6, one gold per article", len(golds), len(txts))
	}
	for _, gp := range golds {
		name := Stem(gp)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(gp)
			if err != nil {
				t.Fatal(err)
			}
			g, err := ParseGold(data, true)
			if err != nil {
				t.Fatalf("%s%v", gp, err)
			}
			if g.Doc != name+".txt" {
				t.Errorf("doc %q, want %q", g.Doc, name+".txt")
			}
			raw, err := os.ReadFile(filepath.Join(dir, name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			a, perr := article.Parse(name+".txt", raw)
			if perr != nil {
				t.Fatal(perr)
			}
			if len(a.Warnings) > 0 {
				t.Errorf("article warnings: %q", a.Warnings)
			}
			if a.DateString() != g.Date || a.Lang != g.Lang || a.Title == "" {
				t.Errorf("header date %q lang %q title %q; gold date %q lang %q", a.DateString(), a.Lang, a.Title, g.Date, g.Lang)
			}
			if g.Lang != "es" && g.Lang != "en" {
				t.Errorf("lang %q", g.Lang)
			}
			quoted := func(what, s string) {
				t.Helper()
				if s == "" || !strings.Contains(a.Body, s) {
					t.Errorf("%s %q is not in the article", what, s)
				}
			}
			ids := map[string]bool{}
			required := 0
			for _, e := range g.Events {
				if e.ID == "" || ids[e.ID] {
					t.Errorf("event id %q missing or repeated", e.ID)
				}
				ids[e.ID] = true
				if !e.Optional {
					required++
				}
				for _, c := range append([]string{e.Cameo}, e.Alt...) {
					if _, ok := onto.Event(c); !ok {
						t.Errorf("%s: unknown CAMEO code %q", e.ID, c)
					}
				}
				for _, c := range []*string{e.Source, e.Target} {
					if c != nil {
						if msg := checkActorCode(onto, *c); msg != "" {
							t.Errorf("%s: actor code %q: %s", e.ID, *c, msg)
						}
					}
				}
				if e.Source == nil && e.Target == nil {
					t.Errorf("%s: neither source nor target", e.ID)
				}
				for _, c := range e.ReportedBy {
					if msg := checkActorCode(onto, c); msg != "" {
						t.Errorf("%s: reported_by %q: %s", e.ID, c, msg)
					}
				}
				if e.ReportedBy == nil {
					t.Errorf("%s: reported_by missing (use [] for none)", e.ID)
				}
				if !modalities[e.Modality] {
					t.Errorf("%s: modality %q", e.ID, e.Modality)
				}
				for _, d := range append([]*string{e.Date}, e.DateAlt...) {
					if d != nil && !goldDate.MatchString(*d) {
						t.Errorf("%s: date %q", e.ID, *d)
					}
				}
				if l := e.Location; l != nil {
					if c, _ := l["country"].(string); !country3.MatchString(c) {
						t.Errorf("%s: location country %v", e.ID, l["country"])
					}
				}
				parts := EvidenceParts(e.Evidence)
				if len(parts) == 0 {
					t.Errorf("%s: no evidence", e.ID)
				}
				for _, p := range parts {
					quoted(e.ID+" evidence", p)
				}
			}
			if required == 0 {
				t.Error("no required event")
			}
			for _, tm := range g.Times {
				quoted("time", tm.Text)
				if v, ok := tm.Value.(string); !ok || v == "" {
					t.Errorf("time %q: value %v", tm.Text, tm.Value)
				}
			}
			for _, p := range g.Places {
				quoted("place", p.Text)
				if p.Country == nil || !country3.MatchString(*p.Country) || !features[p.Feature] {
					t.Errorf("place %q: country %v feature %q", p.Text, p.Country, p.Feature)
				}
			}
			for _, ac := range g.Actors {
				quoted("actor", ac.Text)
				if msg := checkActorCode(onto, ac.Code); msg != "" {
					t.Errorf("actor %q code %q: %s", ac.Text, ac.Code, msg)
				}
			}
			for _, q := range g.Quantities {
				quoted("quantity", q.Text)
			}
		})
	}
}

func TestCheckActorCode(t *testing.T) {
	o := ontology.MustDefault()
	for code, ok := range map[string]bool{
		"PRKGOV": true, "RUS": true, "IGOUNO": true, "NGOICRC": true, "MED": true, "CVL": true, "---REB": true,
		"~GOV": true, "SDNUAF": true, "USAGOVMIL": true, "RU": false, "RUSXYZ": false, "rusgov": false, "": false,
	} {
		if got := checkActorCode(o, code) == ""; got != ok {
			t.Errorf("checkActorCode(%q) ok = %v, want %v", code, got, ok)
		}
	}
}
