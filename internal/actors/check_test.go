package actors

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/ontology"
)

func TestCheckEmbedded(t *testing.T) {
	d, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	ps := Check(d, ontology.MustDefault())
	nerr := 0
	for _, p := range ps {
		if p.Error {
			nerr++
			t.Error(p)
		} else {
			t.Log(p)
		}
	}
}

func TestCheckReportsProblems(t *testing.T) {
	d, err := Load([]string{"testdata/broken"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range Check(d, ontology.MustDefault()) {
		if p.Error && strings.HasPrefix(p.Source, "testdata/") {
			got = append(got, p.String())
		}
	}
	want := []string{
		`testdata/broken/es/bad.tsv:3: error: unknown country code "ZQQ"`,
		`testdata/broken/es/bad.tsv:4: error: unknown role code "FOO"`,
		`testdata/broken/es/bad.tsv:6: error: alias "Ruritania" (DEU) conflicts with testdata/broken/es/bad.tsv:5 (FRA)`,
		`testdata/broken/people_bad.tsv:3: error: Luis Gil head_of_government of XRU from 2013-06-01 overlaps testdata/broken/people_bad.tsv:2`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("error %d:\n got %s\nwant %s...", i, got[i], want[i])
		}
	}
}

func TestDatedCodesRule(t *testing.T) {
	d, err := Load([]string{"testdata/user"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Skipped) != 1 || !strings.Contains(d.Skipped[0].String(), "other_stage.tsv:1: warning: not an actor dictionary") {
		t.Errorf("a file of another stage must be skipped with a warning: %v", d.Skipped)
	}
	e := d.Entities["person:donald_trump"]
	if e == nil || !e.User {
		t.Fatal("user person did not replace ours")
	}
	for _, c := range []struct {
		date string
		want string
	}{
		{"2016-12-31", "USABUS"}, {"2017-01-20", "USAGOV"}, {"2021-01-19", "USAGOV"}, {"2021-01-20", "USABUS"}, {"", "USAGOV"},
	} {
		var tm time.Time
		if c.date != "" {
			tm, _ = time.Parse("2006-01-02", c.date)
		}
		country, roles, _ := e.CodeOn(tm)
		if got := code(country, roles); got != c.want {
			t.Errorf("%s: got %s, want %s", c.date, got, c.want)
		}
	}
	// without a default row, a person out of office is ELI, before or after it
	p := &Entity{Country: "SWE", Periods: []Period{{From: time.Date(1973, 9, 15, 0, 0, 0, 0, time.UTC), To: time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), Country: "SWE", Roles: []string{"GOV"}}}}
	for _, c := range []struct {
		y    int
		want string
	}{{1972, "SWEELI"}, {1980, "SWEGOV"}, {1995, "SWEELI"}} {
		country, roles, _ := p.CodeOn(time.Date(c.y, 6, 1, 0, 0, 0, 0, time.UTC))
		if got := code(country, roles); got != c.want {
			t.Errorf("%d: got %s, want %s", c.y, got, c.want)
		}
	}
}

// People who held an office in turn may share a form (the article's date
// tells them apart); people in office together, or with no dated office,
// may not.
func TestOfficesApart(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	person := func(ps ...[2]string) *Entity {
		e := &Entity{Kind: KindPerson}
		for _, p := range ps {
			var per Period
			if p[0] != "" {
				per.From = day(p[0])
			}
			if p[1] != "" {
				per.To = day(p[1])
			}
			e.Periods = append(e.Periods, per)
		}
		return e
	}
	father := person([2]string{"", ""}, [2]string{"1989-01-20", "1993-01-20"})
	son := person([2]string{"", ""}, [2]string{"2001-01-20", "2009-01-20"})
	overlapping := person([2]string{"1992-01-01", "1995-01-01"})
	open := person([2]string{"2005-01-01", ""})
	undated := person([2]string{"", ""})
	for _, c := range []struct {
		name string
		a, b *Entity
		want bool
	}{
		{"in turn", father, son, true},
		{"in turn, reversed", son, father, true},
		{"overlapping terms", father, overlapping, false},
		{"open term overlaps", son, open, false},
		{"no dated office", father, undated, false},
		{"not people", &Entity{Kind: KindName}, son, false},
	} {
		if got := officesApart(c.a, c.b); got != c.want {
			t.Errorf("%s: officesApart = %v, want %v", c.name, got, c.want)
		}
	}
}
