package actors

import (
	"strings"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// Country forms shared by several countries ("guineano": Guinea,
// Guinea-Bissau or Equatorial Guinea; "Congo", "Congolese"; "coreano")
// are filed once per country, the usual reading first. A document takes
// for each such mention the country it names most before it, else in all
// of it, else the first filed: "el presidente guineano" in a story that
// has named Bisáu and Guinea-Bisáu is Guinea-Bissau's.

// ambiguousKind reports whether forms of kind k may be shared by
// countries and read by the document's context.
func ambiguousKind(k string) bool {
	return k == KindName || k == KindDemonym || k == KindCapital
}

// linkAlternatives files, for each pattern of a country form that other
// countries' patterns of the same kind share (ending at the same node),
// the indices of all of them in filed order. Called once the trie is
// frozen.
func (t *trie) linkAlternatives() {
	for n := int32(0); n+1 < int32(len(t.endAt)); n++ {
		ends := t.endsAt(n)
		if len(ends) < 2 {
			continue
		}
		for _, a := range ends {
			pa := &t.pats[a]
			if !ambiguousKind(pa.form.Kind) || isoCountry(pa.form.Entity.Country) == "" || pa.alts != nil {
				continue
			}
			var group []int32
			distinct := false
			for _, b := range ends {
				pb := &t.pats[b]
				if pb.form.Kind != pa.form.Kind || fold(pb.form.Text) != fold(pa.form.Text) || isoCountry(pb.form.Entity.Country) == "" {
					continue
				}
				dup := false
				for _, g := range group {
					if t.pats[g].form.Entity.Country == pb.form.Entity.Country {
						dup = true
						break
					}
				}
				if dup {
					continue
				}
				if pb.form.Entity.Country != pa.form.Entity.Country {
					distinct = true
				}
				group = append(group, b)
			}
			anyShared := false
			for _, g := range group {
				anyShared = anyShared || t.pats[g].form.Shared
			}
			if !distinct || !anyShared {
				continue
			}
			for _, g := range group {
				t.pats[g].alts = group
			}
		}
	}
}

// contextCountries gives each hit of a shared country form the reading
// whose country the document names most in its other, unshared mentions
// before it, else in all of the document; with no such mention, or a tie,
// the first filed of those that lead. A country that did not exist on the
// document's date (existed false) is no reading.
//
// The places of the article that are no actor's mention and no country
// (towns and provinces: "Goma", "Kivu del Norte"), which early gives
// when it is not nil, count as naming their country where they stand:
// "soldados congoleños" in a story told from Goma are the Democratic
// Republic's.
func (t *trie) contextCountries(hits []hit, existed func(string) bool, d *doc.Doc, early func() []doc.Place) {
	shared := false
	for i := range hits {
		if hits[i].pat.alts != nil {
			shared = true
			break
		}
	}
	if !shared {
		return
	}
	type mention struct {
		country string
		at      int
	}
	var named []mention
	for i := range hits {
		f := hits[i].pat.form
		if hits[i].pat.alts != nil {
			continue
		}
		switch f.Kind {
		case KindName, KindDemonym, KindCapital, KindSeat, KindOrg, KindPerson:
		default:
			continue
		}
		if c := isoCountry(f.Entity.Country); c != "" {
			named = append(named, mention{c, hits[i].start})
		}
	}
	if early != nil {
	places:
		for _, p := range early() {
			if p.Country == "" || strings.HasPrefix(p.Feature, "PCL") || p.End <= p.Start {
				continue
			}
			at, end := d.TokenAt(p.Start), d.TokenAt(p.End-1)+1
			for i := range hits {
				if hits[i].start < end && at < hits[i].end {
					continue places // an actor's words (a capital, a country)
				}
			}
			named = append(named, mention{p.Country, at})
		}
	}
	for i := range hits {
		h := &hits[i]
		alts := h.pat.alts
		if alts == nil {
			continue
		}
		best, bestN := int32(-1), 0
		first := int32(-1)
		for _, a := range alts {
			if existed(t.pats[a].form.Entity.Country) {
				first = a
				break
			}
		}
		if first < 0 {
			continue
		}
		for _, before := range []bool{true, false} {
			for _, a := range alts {
				c := t.pats[a].form.Entity.Country
				if !existed(c) {
					continue
				}
				n := 0
				for _, m := range named {
					if m.country == c && (!before || m.at < h.start) {
						n++
					}
				}
				if n > bestN {
					best, bestN = a, n
				}
			}
			if best >= 0 {
				break
			}
		}
		if best < 0 {
			best = first
		}
		h.pat = &t.pats[best]
	}
}
