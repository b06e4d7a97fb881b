package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/atalaya-events/atalaya/internal/places"
)

func init() {
	register(&command{
		name:    "places",
		summary: "look place names up in the gazetteer",
		usage: `Usage: atalaya places [--gazetteer DIR] [--dict PATH] NAME...

Prints every gazetteer entry each NAME denotes (matched as the extractor
matches text: case and accents ignored), one a line: GeoNames id, feature
code, country, ISO 3166-2 region, latitude, longitude, population and
preferred name. Useful to see which candidates a toponym has before the
extractor chooses among them, and to check a user gazetteer or a GeoNames
dump given with --gazetteer. Exits 1 when a name is not found.

Examples:
  atalaya places Córdoba Georgia "región de Kursk"
  atalaya places --gazetteer ~/geonames Kyiv`,
		run: runPlaces,
	})
}

func runPlaces(args []string) int {
	c := commands["places"]
	fs := c.flags()
	gaz := fs.String("gazetteer", "", "`folder` with a full GeoNames dump to use instead of the embedded gazetteer")
	var dicts multiFlag
	fs.Var(&dicts, "dict", "user dictionary `file or folder` (repeatable)")
	names, ok, st := c.parse(fs, args)
	if !ok {
		return st
	}
	if len(names) == 0 {
		fmt.Fprintln(os.Stderr, "atalaya places: give at least one NAME (see atalaya places --help)")
		return 2
	}
	g, err := places.New(places.Options{GazetteerDir: *gaz, UserDicts: dicts})
	if err != nil {
		fmt.Fprintln(os.Stderr, "atalaya places:", err)
		return 1
	}
	status := 0
	for _, n := range names {
		es := g.Gazetteer().Lookup(n)
		if len(es) == 0 {
			fmt.Printf("%s: not in the gazetteer\n", n)
			status = 1
			continue
		}
		fmt.Printf("%s: %d candidate(s)\n", n, len(es))
		for _, e := range es {
			fmt.Printf("  %d\t%s\t%s\t%s\t%.4f\t%.4f\t%d\t%s\n", e.ID, e.Feature, e.Country, dash(e.Adm1), e.Lat, e.Lon, e.Population, e.Name)
		}
	}
	return status
}

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}
