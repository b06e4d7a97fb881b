package record

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/ontology"
)

// FromDoc builds the record of an annotated Doc. Offsets are mapped back to
// the raw text and every `text` field is the raw text under its offsets.
func FromDoc(d *doc.Doc, onto *ontology.Ontology) Record {
	var r Record
	r.Fill(d, onto)
	return r
}

// Fill sets r to the record of d, as FromDoc builds it, reusing the memory
// of r's lists: for a caller that encodes one record at a time (extract).
// Nothing of the record r held before may be used after.
func (r *Record) Fill(d *doc.Doc, onto *ontology.Ontology) {
	*r = Record{
		ID: d.ID, Lang: d.Lang, URL: d.URL, Title: d.Title,
		Events: reuse(r.Events, len(d.Events)), Times: reuse(r.Times, len(d.Times)),
		Places: reuse(r.Places, len(d.Places)), Actors: reuse(r.Actors, len(d.Actors)),
		Quantities: reuse(r.Quantities, len(d.Quantities)), Warnings: reuse(r.Warnings, len(d.Warnings)),
	}
	if !d.Date.IsZero() {
		s := d.Date.Format("2006-01-02")
		r.Date = &s
	}
	r.Warnings = append(r.Warnings, d.Warnings...)
	for i := range d.Actors {
		r.Actors = append(r.Actors, actor(d, &d.Actors[i]))
	}
	for i := range d.Places {
		r.Places = append(r.Places, place(d, &d.Places[i]))
	}
	for _, t := range d.Times {
		s := d.RawSpan(t.Span)
		r.Times = append(r.Times, Time{Text: d.RawText(t.Span), Start: s.Start, End: s.End, Type: t.Type, Value: t.Value, Mod: t.Mod, Anchor: t.Anchor})
	}
	for _, q := range d.Quantities {
		r.Quantities = append(r.Quantities, quantity(d, q))
	}
	for i := range d.Events {
		r.Events = append(r.Events, event(d, &d.Events[i], i, onto))
	}
	slices.SortStableFunc(r.Actors, func(a, b Actor) int { return cmp.Compare(a.Start, b.Start) })
	slices.SortStableFunc(r.Places, func(a, b Place) int { return cmp.Compare(a.Start, b.Start) })
	slices.SortStableFunc(r.Times, func(a, b Time) int { return cmp.Compare(a.Start, b.Start) })
	slices.SortStableFunc(r.Quantities, func(a, b Quantity) int { return cmp.Compare(a.Start, b.Start) })
}

// reuse returns an empty, non-nil list with room for n, in s's memory when
// it has enough (its old elements cleared, so that they keep nothing alive).
func reuse[T any](s []T, n int) []T {
	if cap(s) < n || s == nil {
		return make([]T, 0, n)
	}
	clear(s[:cap(s)])
	return s[:0]
}

func actor(d *doc.Doc, a *doc.Actor) Actor {
	s := d.RawSpan(a.Span)
	return Actor{Code: a.Code, Name: a.Name, Country: a.Country, Roles: a.Roles, Text: d.RawText(a.Span), Start: s.Start, End: s.End}
}

func place(d *doc.Doc, p *doc.Place) Place {
	s := d.RawSpan(p.Span)
	out := Place{Name: p.Name, Text: d.RawText(p.Span), Start: s.Start, End: s.End, Country: p.Country,
		Feature: p.Feature, Lat: p.Lat, Lon: p.Lon, GeonamesID: p.GeonamesID}
	if p.Adm1 != "" {
		a := p.Adm1
		out.Adm1 = &a
	}
	return out
}

func quantity(d *doc.Doc, q doc.Quantity) Quantity {
	s := d.RawSpan(q.Span)
	return Quantity{Text: d.RawText(q.Span), Start: s.Start, End: s.End, Value: q.Value, Unit: q.Unit, Approx: q.Approx}
}

func evidence(d *doc.Doc, e doc.Evidence) Evidence {
	s := d.RawSpan(e.Span)
	t := d.RawSpan(e.Trigger)
	return Evidence{Sentence: e.Sentence, Text: d.RawText(e.Span), Start: s.Start, End: s.End,
		Trigger: d.RawText(e.Trigger), TriggerStart: t.Start, TriggerEnd: t.End, Pattern: e.Pattern}
}

func event(d *doc.Doc, e *doc.Event, i int, onto *ontology.Ontology) Event {
	out := Event{
		ID: e.ID, Cameo: e.Cameo, Root: ontology.Root(e.Cameo), Symmetric: e.Symmetric,
		Modality: e.Modality, ReportedBy: make([]Reporter, 0, len(e.ReportedBy)), Quantities: make([]Quantity, 0, len(e.Quantities)),
		Evidence: evidence(d, e.Evidence), Confidence: e.Confidence,
	}
	if out.ID == "" {
		out.ID = d.ID + "#e" + strconv.Itoa(i+1)
	} else if !strings.Contains(out.ID, "#") {
		out.ID = d.ID + "#" + out.ID
	}
	if out.Modality == "" {
		out.Modality = doc.Asserted
	}
	if onto != nil {
		if ec, ok := onto.Event(e.Cameo); ok {
			out.QuadClass, out.Goldstein, out.Plover = ec.QuadClass, ec.Goldstein, ec.Plover
		}
	}
	// (the values the record points to in one allocation)
	var box *struct {
		src, tgt Actor
		date     string
	}
	if e.Source != nil || e.Target != nil || e.Date != "" {
		box = new(struct {
			src, tgt Actor
			date     string
		})
	}
	if e.Source != nil {
		box.src = actor(d, e.Source)
		out.Source = &box.src
	}
	if e.Target != nil {
		box.tgt = actor(d, e.Target)
		out.Target = &box.tgt
	}
	if e.Date != "" {
		box.date = e.Date
		out.Date = &box.date
	}
	for _, rb := range e.ReportedBy {
		s := d.RawSpan(rb.Span)
		out.ReportedBy = append(out.ReportedBy, Reporter{Code: rb.Code, Text: d.RawText(rb.Span), Start: s.Start, End: s.End})
	}
	if e.Location != nil {
		p := place(d, e.Location)
		out.Location = &p
	}
	for _, q := range e.Quantities {
		out.Quantities = append(out.Quantities, quantity(d, q))
	}
	if len(e.More) > 0 {
		out.EvidenceMore = make([]Evidence, 0, len(e.More))
	}
	for _, m := range e.More {
		out.EvidenceMore = append(out.EvidenceMore, evidence(d, m))
	}
	return out
}
