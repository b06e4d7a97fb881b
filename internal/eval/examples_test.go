package eval

import (
	"encoding/json"
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
	features   = map[string]bool{"PCLI": true, "ADM1": true, "ADM2": true, "ADM3": true, "PPL": true, "PPLC": true, "PPLA": true, "PPLA2": true, "PPLG": true, "SQR": true, "PPLX": true, "RGN": true, "AREA": true, "LK": true, "STRT": true, "ISL": true, "MT": true, "BDG": true, "AIRP": true, "PRT": true, "CONT": true, "OCN": true, "SEA": true, "STM": true}
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
	if len(golds) < 18 || len(txts) != len(golds) {
		t.Errorf("examples/ holds %d gold files and %d articles; want at least 18, one gold per article", len(golds), len(txts))
	}
	// The proxy articles (examples/proxy/) and those not yet run
	// (examples/unseen/) are held to the same checks.
	for _, sub := range []string{"proxy", "unseen"} {
		sg, _ := filepath.Glob(filepath.Join(dir, sub, "*.gold.json"))
		st, _ := filepath.Glob(filepath.Join(dir, sub, "*.txt"))
		if len(st) != len(sg) {
			t.Errorf("examples/%s/ holds %d gold files and %d articles; want one gold per article", sub, len(sg), len(st))
		}
		golds = append(golds, sg...)
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
			raw, err := os.ReadFile(filepath.Join(filepath.Dir(gp), name+".txt"))
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

// isoCodes reads the ISO 3166 country (alpha-3) and subdivision codes of
// Debian's iso-codes package, when it is installed (nil otherwise).
func isoCodes(t *testing.T) (countries map[string]string, subdivisions map[string]bool) {
	const dir = "/usr/share/iso-codes/json/"
	var c struct {
		List []struct {
			Alpha2 string `json:"alpha_2"`
			Alpha3 string `json:"alpha_3"`
		} `json:"3166-1"`
	}
	var s struct {
		List []struct {
			Code string `json:"code"`
		} `json:"3166-2"`
	}
	for f, v := range map[string]any{"iso_3166-1.json": &c, "iso_3166-2.json": &s} {
		data, err := os.ReadFile(dir + f)
		if err != nil {
			t.Logf("iso-codes not installed (%v): country and subdivision codes not checked", err)
			return nil, nil
		}
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatal(err)
		}
	}
	countries, subdivisions = map[string]string{"XKX": "XK"}, map[string]bool{}
	for _, x := range c.List {
		countries[x.Alpha3] = x.Alpha2
	}
	for _, x := range s.List {
		subdivisions[x.Code] = true
	}
	return countries, subdivisions
}

// TestExamplesISO checks the country and subdivision codes of the gold
// files against ISO 3166, and that each gold file scores perfectly against
// its own required events (no required event shadows another). The ISO
// tables are read from Debian's iso-codes package where it is installed.
func TestExamplesISO(t *testing.T) {
	dir := filepath.Join(testutil.RepoRoot(), "examples")
	golds, err := LoadGoldDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	// The proxy and unseen articles' gold is held to the same codes.
	for _, sub := range []string{"proxy", "unseen"} {
		if _, err := os.Stat(filepath.Join(dir, sub)); err != nil {
			continue
		}
		more, err := LoadGoldDir(filepath.Join(dir, sub))
		if err != nil {
			t.Fatal(err)
		}
		golds = append(golds, more...)
	}
	countries, subs := isoCodes(t)
	o := ontology.MustDefault()
	for _, g := range golds {
		checkCountry := func(what, c string) {
			if _, ok := countries[c]; countries != nil && !ok {
				t.Errorf("%s: %s: %q is not an ISO 3166 alpha-3 code", g.Name, what, c)
			}
		}
		checkCode := func(what, code string) {
			if code == "" || orgCode.MatchString(code) || strings.HasPrefix(code, "---") || strings.HasPrefix(code, "~") || o.IsRole(code[:min(3, len(code))]) {
				return
			}
			checkCountry(what, code[:3])
		}
		checkPlace := func(what string, country, adm1 any) {
			if c, ok := country.(string); ok {
				checkCountry(what, c)
			}
			if a, ok := adm1.(string); ok && subs != nil {
				if !subs[a] {
					t.Errorf("%s: %s: %q is not an ISO 3166-2 code", g.Name, what, a)
				}
				if c, _ := country.(string); !strings.HasPrefix(a, countries[c]+"-") {
					t.Errorf("%s: %s: %q is not a subdivision of %s", g.Name, what, a, c)
				}
			}
		}
		var preds []PredEvent
		for i := range g.Events {
			e := &g.Events[i]
			for _, c := range []*string{e.Source, e.Target} {
				if c != nil {
					checkCode(e.ID, *c)
				}
			}
			if e.Location != nil {
				checkPlace(e.ID+" location", e.Location["country"], e.Location["adm1"])
			}
			if !e.Optional {
				preds = append(preds, PredEvent{Source: e.Source, Target: e.Target, Cameo: e.Cameo, Date: strOrNil(e.Date), Location: e.Location})
			}
		}
		for _, p := range g.Places {
			var adm1 any
			if p.Adm1 != nil {
				adm1 = *p.Adm1
			}
			checkPlace("place "+p.Text, strOrNil(p.Country), adm1)
		}
		for _, a := range g.Actors {
			checkCode("actor "+a.Text, a.Code)
		}
		for _, full := range []bool{false, true} {
			out := MatchArticle(g.Events, preds, full)
			if out.FN != 0 || out.FP != 0 {
				t.Errorf("%s: its own required events score fn %d fp %d (full %v)", g.Name, out.FN, out.FP, full)
			}
			for _, m := range out.Matches {
				if !m.DateOK || (m.PlaceOK != nil && !*m.PlaceOK) {
					t.Errorf("%s: %s matched another event's copy", g.Name, m.Gold.ID)
				}
			}
		}
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
