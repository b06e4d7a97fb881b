package places

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/prepare"
	"github.com/atalaya-events/atalaya/internal/testutil"
)

func prepDoc(t testing.TB, lang, text string) *doc.Doc {
	t.Helper()
	p, err := prepare.New(prepare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Prepare(&article.Article{ID: "t", Lang: lang, Body: text, Date: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// geocoded prepares text and runs the stage g on it.
func geocoded(t testing.TB, g *Geocoder, lang, text string) *doc.Doc {
	t.Helper()
	d := prepDoc(t, lang, text)
	if err := g.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeed runs the stage on the reference article: Alaska is the US state,
// both Kursk region mentions are the Russian oblast, countries are countries.
func TestSeed(t *testing.T) {
	path := testutil.SharedFile(t, "eval/seed/000_seed.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	body := string(b)
	if i := strings.Index(body, "date 2025-08-13"); i >= 0 {
		body = body[i+len("date 2025-08-13"):]
	}
	d := prepDoc(t, "es", body)
	g := testGeocoder(t)
	if err := g.Process(d); err != nil {
		t.Fatal(err)
	}
	kursk := 0
	for _, p := range d.Places {
		txt := d.Text[p.Start:p.End]
		t.Logf("%-40q %s %s %s (%s)", txt, p.Country, p.Adm1, p.Feature, p.Reason)
		switch {
		case txt == "Alaska":
			if p.Country != "USA" || p.Adm1 != "US-AK" {
				t.Errorf("Alaska -> %s %s", p.Country, p.Adm1)
			}
		case strings.Contains(txt, "Kursk"):
			kursk++
			if p.Country != "RUS" || p.Adm1 != "RU-KRS" || p.Feature != "ADM1" {
				t.Errorf("%q -> %s %s %s", txt, p.Country, p.Adm1, p.Feature)
			}
		case txt == "Rusia" || txt == "Ucrania":
			if p.Feature != "PCLI" {
				t.Errorf("%q -> %s, want a country", txt, p.Feature)
			}
		}
	}
	if kursk != 2 {
		t.Errorf("%d Kursk mentions, want 2", kursk)
	}
}
