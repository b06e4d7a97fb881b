package main

import (
	"sort"
	"strings"
	"unicode"
)

// Matching first-level subdivision names across sources. GeoNames, iso-codes,
// country-state-city and iso3166-2-db spell one subdivision differently
// ("Nairobi County", "Nairobi City", "Nairobi Area"; "Elegeyo-Marakwet",
// "Elgeyo/Marakwet"; "Buenos Aires F.D.", "Ciudad Autónoma de Buenos
// Aires"), so names are compared at four tiers, strictest first.

// matchTiers is the number of tiers nameTier knows.
const matchTiers = 4

// matcher holds the words that comparing names ignores.
type matcher struct {
	generic   map[string]bool // generic.tsv words ("province", "oblast")
	matchOnly map[string]bool // generic.tsv words marked "match" ("city", "de")
}

// key folds a name for comparison: lower case, no accents, punctuation as
// spaces ("Elgeyo/Marakwet" -> "elgeyo marakwet", "F.D." -> "f d").
func (m matcher) key(n string) string {
	n = strings.TrimLeft(n, "~^")
	var b strings.Builder
	for _, r := range fold(n) {
		switch {
		case r == '\'' || r == '’' || r == 'ʹ' || r == 'ʼ':
			// "Murang'a" = "Muranga"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// stripped is key without generic and match-only words ("nairobi city" ->
// "nairobi"); a name made only of such words keeps them all.
func (m matcher) stripped(k string) string {
	ws := strings.Fields(k)
	var keep []string
	for _, w := range ws {
		if !m.generic[w] && !m.matchOnly[w] && !m.abbrev(w) {
			keep = append(keep, w)
		}
	}
	if len(keep) == 0 {
		return k
	}
	return strings.Join(keep, " ")
}

// abbrev reports a one-letter word left by an abbreviation ("F.D.", "D.C.").
func (m matcher) abbrev(w string) bool { return len(w) == 1 }

// nameTier returns the strictest tier (1 to matchTiers) at which some name
// of a matches some name of b, or 0: 1 the same key; 2 the same key without
// generic words (spaces aside); 3 the words of one stripped key all among the other's
// ("buenos aires" in "ciudad autonoma de buenos aires"); 4 stripped keys
// spelt closely (closeSpelling: "elegeyo marakwet", "zhytomyrska").
func (m matcher) nameTier(a, b []string) int {
	best := 0
	for _, x := range a {
		kx := m.key(x)
		if kx == "" {
			continue
		}
		sx := m.stripped(kx)
		for _, y := range b {
			ky := m.key(y)
			if ky == "" {
				continue
			}
			t := 0
			sy := m.stripped(ky)
			switch {
			case kx == ky:
				t = 1
			case sx == sy || strings.ReplaceAll(sx, " ", "") == strings.ReplaceAll(sy, " ", ""):
				t = 2 // "ha noi" = "hanoi"
			case wordsWithin(sx, ky) || wordsWithin(sy, kx):
				t = 3
			case closeSpelling(sx, sy):
				t = 4
			}
			if t == 1 {
				return 1
			}
			if t > 0 && (best == 0 || t < best) {
				best = t
			}
		}
	}
	return best
}

// wordsWithin reports whether every word of a is a word of b.
func wordsWithin(a, b string) bool {
	bw := strings.Fields(b)
	aw := strings.Fields(a)
	if len(aw) == 0 {
		return false
	}
	for _, w := range aw {
		found := false
		for _, v := range bw {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// editsWithin reports whether a and b are at most max edits (insertions,
// deletions, substitutions of bytes) apart.
func editsWithin(a, b string, max int) bool {
	if d := len(a) - len(b); d > max || -d > max {
		return false
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			low = min(low, c)
		}
		if low > max {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= max
}

// assignByName maps sources to targets by their names, tier by tier: a
// source takes a target when, at the tier, it matches that target alone
// among the unclaimed ones and the target matches no other unassigned
// source there. Repeats until nothing changes, so that a claim settles
// what it leaves ("Buenos Aires" takes the province; "Buenos Aires F.D."
// then the city). maxTier bounds the tiers used. done and claimed are
// updated; the result lists the new assignments.
func (m matcher) assignByName(src, tgt map[string][]string, done, claimed map[string]string, minTier, maxTier int) map[string]string {
	out := map[string]string{}
	srcKeys := sortedKeys(src)
	tgtKeys := sortedKeys(tgt)
	for tier := minTier; tier <= maxTier; tier++ {
		for changed := true; changed; {
			changed = false
			cands := map[string][]string{} // source -> targets matching at this tier
			hits := map[string]int{}       // target -> sources matching it at this tier
			for _, s := range srcKeys {
				if done[s] != "" {
					continue
				}
				for _, t := range tgtKeys {
					if claimed[t] != "" {
						continue
					}
					if got := m.nameTier(src[s], tgt[t]); got != 0 && got <= tier {
						cands[s] = append(cands[s], t)
						hits[t]++
					}
				}
			}
			for _, s := range srcKeys {
				c := cands[s]
				if len(c) != 1 || hits[c[0]] != 1 || claimed[c[0]] != "" {
					continue
				}
				done[s], claimed[c[0]], out[s] = c[0], s, c[0]
				changed = true
			}
		}
	}
	return out
}

func sortedKeys(m map[string][]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func sortedKeys2(m map[string]map[string][]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// closeSpelling reports two spellings of one name: one edit apart for
// names of five letters or more, two for ten ("elegeyo marakwet"), or one
// the other with an ending of up to three letters ("zhytomyr" /
// "zhytomyrska", "karlovac" / "karlovacka"); "southern" is not "northern".
func closeSpelling(a, b string) bool {
	n := min(len(a), len(b))
	switch {
	case n < 5:
		return false
	case editsWithin(a, b, 1):
		return true
	case n >= 10 && editsWithin(a, b, 2):
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return n >= 6 && len(b)-len(a) <= 3 && strings.HasPrefix(b, a)
}

func sortedLangs(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// farFromTowns reports whether a subdivision's point lies far outside the
// spread of its towns: with three towns or more, outside the box that holds
// them (a degree of margin), and farther from their mean than twice the
// distance within which nine in ten of them lie, and than 300 km. Big,
// thinly settled regions (Ontario, South Australia) keep their centroid.
func farFromTowns(lat, lon float64, towns [][2]float64) bool {
	if len(towns) < 3 {
		return false
	}
	minLat, maxLat, minLon, maxLon := 90.0, -90.0, 180.0, -180.0
	var mlat, mlon float64
	for _, t := range towns {
		mlat += t[0]
		mlon += t[1]
		minLat, maxLat = min(minLat, t[0]), max(maxLat, t[0])
		minLon, maxLon = min(minLon, t[1]), max(maxLon, t[1])
	}
	if lat >= minLat-1 && lat <= maxLat+1 && lon >= minLon-1 && lon <= maxLon+1 {
		return false
	}
	mlat /= float64(len(towns))
	mlon /= float64(len(towns))
	ds := make([]float64, len(towns))
	for i, t := range towns {
		ds[i] = km(mlat, mlon, t[0], t[1])
	}
	sort.Float64s(ds)
	r90 := ds[len(ds)*9/10]
	return km(lat, lon, mlat, mlon) > max(2*r90, 300)
}
