package store

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/atalaya-events/atalaya/internal/ontology"
)

// Formats lists the export formats.
var Formats = []string{"gdelt", "mentions", "plover", "csv", "jsonl", "parquet"}

// Export writes the events (or, for "mentions", the mentions of the events)
// that f selects to w in the given format. onto supplies the GDELT column
// lists and the PLOVER modes.
func (s *Store) Export(ctx context.Context, w io.Writer, format string, f Filter, onto *ontology.Ontology) error {
	switch format {
	case "gdelt":
		return s.writeGDELT(ctx, w, f, onto)
	case "mentions":
		return s.writeGDELTMentions(ctx, w, f, onto)
	case "plover":
		return s.writePlover(ctx, w, f, onto)
	case "csv":
		return s.WriteCSV(ctx, w, f)
	case "jsonl":
		return s.WriteJSONL(ctx, w, f)
	case "parquet":
		return s.writeParquet(ctx, w, f)
	}
	return fmt.Errorf("unknown export format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// WriteJSONL writes one JSON object per event.
func (s *Store) WriteJSONL(ctx context.Context, w io.Writer, f Filter) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := s.Events(ctx, f, func(e *Event) error { return enc.Encode(e) }); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteCSV writes the events as CSV with a header line (EventColumns).
func (s *Store) WriteCSV(ctx context.Context, w io.Writer, f Filter) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(EventColumns); err != nil {
		return err
	}
	if err := s.Events(ctx, f, func(e *Event) error { return cw.Write(e.Strings()) }); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// Strings returns the event's fields in EventColumns order.
func (e *Event) Strings() []string {
	return []string{itoa64(e.ID), e.Day, e.Date, e.Actor1Code, e.Actor1Name, e.Actor1Country, e.Actor1Roles,
		e.Actor2Code, e.Actor2Name, e.Actor2Country, e.Actor2Roles, e.Cameo, e.Root, strconv.Itoa(e.QuadClass),
		ftoa(e.Goldstein), e.Plover, strconv.FormatBool(e.Symmetric), e.Modality, strconv.FormatBool(e.IsRoot),
		e.LocName, e.LocCountry, e.LocAdm1, e.LocFeature, fptr(e.LocLat), fptr(e.LocLon), itoa64(e.LocGeonamesID),
		ftoa(e.Confidence), strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles),
		e.FirstSeen, e.LastSeen, e.SourceURL}
}

func itoa64(v int64) string { return strconv.FormatInt(v, 10) }
func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
func fptr(v *float64) string {
	if v == nil {
		return ""
	}
	return ftoa(*v)
}

// tsvField keeps a value on one TSV field: tabs and line breaks become spaces.
func tsvField(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.NewReplacer("\t", " ", "\r", " ", "\n", " ").Replace(s)
}

// compact turns YYYY-MM-DD into YYYYMMDD ("" stays "").
func compact(d string) string { return strings.ReplaceAll(d, "-", "") }

// stamp turns a date into GDELT's YYYYMMDDHHMMSS.
func stamp(d string) string {
	if len(d) != 10 {
		return ""
	}
	return compact(d) + "000000"
}

// GDELTEventRow returns the fields of the GDELT 2.0 Event export for e,
// by GDELT column name.
func GDELTEventRow(e *Event) map[string]string {
	r := map[string]string{
		"GlobalEventID": itoa64(e.ID),
		"Actor1Code":    e.Actor1Code, "Actor1Name": strings.ToUpper(e.Actor1Name), "Actor1CountryCode": e.Actor1Country,
		"Actor2Code": e.Actor2Code, "Actor2Name": strings.ToUpper(e.Actor2Name), "Actor2CountryCode": e.Actor2Country,
		"IsRootEvent": "0", "EventCode": e.Cameo, "EventBaseCode": e.Cameo, "EventRootCode": e.Root,
		"QuadClass": strconv.Itoa(e.QuadClass), "GoldsteinScale": ftoa(e.Goldstein),
		"NumMentions": strconv.Itoa(e.NumMentions), "NumSources": strconv.Itoa(e.NumSources),
		"NumArticles": strconv.Itoa(e.NumArticles), "AvgTone": "0",
		"Actor1Geo_Type": "0", "Actor2Geo_Type": "0", "ActionGeo_Type": "0",
		"DATEADDED": stamp(e.FirstSeen), "SOURCEURL": e.SourceURL,
	}
	if e.IsRoot {
		r["IsRootEvent"] = "1"
	}
	if len(e.Cameo) > 3 {
		r["EventBaseCode"] = e.Cameo[:3]
	}
	if t, err := time.Parse("2006-01-02", e.Day); err == nil {
		r["Day"] = t.Format("20060102")
		r["MonthYear"] = t.Format("200601")
		r["Year"] = t.Format("2006")
		r["FractionDate"] = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
	}
	for i, roles := range [][]string{splitRoles(e.Actor1Roles), splitRoles(e.Actor2Roles)} {
		for j := 0; j < 3 && j < len(roles); j++ {
			r[fmt.Sprintf("Actor%dType%dCode", i+1, j+1)] = roles[j]
		}
	}
	if e.LocCountry != "" || e.LocName != "" {
		r["ActionGeo_Type"] = strconv.Itoa(geoType(e.LocFeature, e.LocCountry))
		r["ActionGeo_FullName"] = e.LocName
		r["ActionGeo_CountryCode"] = e.LocCountry
		r["ActionGeo_ADM1Code"] = e.LocAdm1
		r["ActionGeo_Lat"] = fptr(e.LocLat)
		r["ActionGeo_Long"] = fptr(e.LocLon)
		if e.LocGeonamesID != 0 {
			r["ActionGeo_FeatureID"] = itoa64(e.LocGeonamesID)
		}
	}
	return r
}

func splitRoles(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

// geoType is GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world
// city, 5 world state, from a GeoNames-style feature code.
func geoType(feature, country string) int {
	us := country == "USA" || country == "US"
	f := strings.ToUpper(feature)
	switch {
	case strings.HasPrefix(f, "PCL") || f == "COUNTRY":
		return 1
	case strings.HasPrefix(f, "ADM") || f == "STATE" || f == "REGION":
		if us {
			return 2
		}
		return 5
	case f == "" && country != "":
		return 1
	}
	if us {
		return 3
	}
	return 4
}

func (s *Store) writeGDELT(ctx context.Context, w io.Writer, f Filter, onto *ontology.Ontology) error {
	cols := onto.GDELTEvents
	if len(cols) == 0 {
		return fmt.Errorf("no GDELT event columns in the ontology")
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := s.Events(ctx, f, func(e *Event) error {
		row := GDELTEventRow(e)
		for i, c := range cols {
			if i > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(tsvField(row[c.Name]))
		}
		return bw.WriteByte('\n')
	}); err != nil {
		return err
	}
	return bw.Flush()
}

// GDELTMentionRow returns the fields of the GDELT 2.0 Mentions export for
// m, by GDELT column name. Offsets are in characters, as GDELT's are.
func GDELTMentionRow(m *Mention) map[string]string {
	mt := stamp(m.ArticleDate)
	if mt == "" {
		if t, err := time.Parse(time.RFC3339, m.IngestedAt); err == nil {
			mt = t.UTC().Format("20060102150405")
		}
	}
	id := m.URL
	if id == "" {
		id = m.Name
	}
	typ := "1" // WEB
	if m.URL == "" {
		typ = "6" // NONTEXTUALSOURCE: a file without a URL
	}
	return map[string]string{
		"GlobalEventID": itoa64(m.EventID), "EventTimeDate": stamp(m.EventFirstSeen), "MentionTimeDate": mt,
		"MentionType": typ, "MentionSourceName": m.Source, "MentionIdentifier": id,
		"SentenceID": strconv.Itoa(m.Sentence + 1), "Actor1CharOffset": strconv.Itoa(m.Actor1Char),
		"Actor2CharOffset": strconv.Itoa(m.Actor2Char), "ActionCharOffset": strconv.Itoa(m.ActionChar),
		"InRawText": "1", "Confidence": strconv.Itoa(int(math.Round(m.Confidence * 100))),
		"MentionDocLen": strconv.Itoa(m.DocChars), "MentionDocTone": "0",
	}
}

func (s *Store) writeGDELTMentions(ctx context.Context, w io.Writer, f Filter, onto *ontology.Ontology) error {
	cols := onto.GDELTMentions
	if len(cols) == 0 {
		return fmt.Errorf("no GDELT mention columns in the ontology")
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := s.Mentions(ctx, f, func(m *Mention) error {
		row := GDELTMentionRow(m)
		for i, c := range cols {
			if i > 0 {
				bw.WriteByte('\t')
			}
			bw.WriteString(tsvField(row[c.Name]))
		}
		return bw.WriteByte('\n')
	}); err != nil {
		return err
	}
	return bw.Flush()
}

// PloverActor is an actor in the PLOVER export.
type PloverActor struct {
	Code    string   `json:"code"`
	Name    string   `json:"name,omitempty"`
	Country string   `json:"country,omitempty"`
	Sectors []string `json:"sectors,omitempty"`
}

// PloverLocation is where a PLOVER event took place.
type PloverLocation struct {
	Name       string   `json:"name,omitempty"`
	Country    string   `json:"country,omitempty"`
	Adm1       string   `json:"adm1,omitempty"`
	Lat        *float64 `json:"lat,omitempty"`
	Lon        *float64 `json:"lon,omitempty"`
	GeonamesID int64    `json:"geonames_id,omitempty"`
}

// PloverEvent is one event in the PLOVER JSON export.
type PloverEvent struct {
	ID          string          `json:"id"`
	Date        string          `json:"event_date,omitempty"`
	EventType   string          `json:"event_type"`
	Mode        string          `json:"mode,omitempty"`
	Modality    string          `json:"modality"`
	Actor       *PloverActor    `json:"actor"`
	Recipient   *PloverActor    `json:"recipient"`
	Location    *PloverLocation `json:"location"`
	Cameo       string          `json:"cameo"`
	Goldstein   float64         `json:"goldstein"`
	QuadClass   int             `json:"quad_class"`
	NumMentions int             `json:"num_mentions"`
	NumSources  int             `json:"num_sources"`
	NumArticles int             `json:"num_articles"`
	SourceURL   string          `json:"source_url,omitempty"`
}

// Plover converts an event to its PLOVER form; false when PLOVER has no
// type for its CAMEO code (PLOVER drops roots 01 and 02). The type stored
// with the event is used; when it has none, the ontology's.
func Plover(e *Event, onto *ontology.Ontology) (PloverEvent, bool) {
	typ := e.Plover
	if typ == "" && onto != nil {
		if ec, ok := onto.Event(e.Cameo); ok {
			typ = ec.Plover
		}
	}
	if typ == "" {
		return PloverEvent{}, false
	}
	p := PloverEvent{ID: itoa64(e.ID), Date: e.Day, EventType: typ, Modality: e.Modality, Cameo: e.Cameo,
		Goldstein: e.Goldstein, QuadClass: e.QuadClass, NumMentions: e.NumMentions, NumSources: e.NumSources,
		NumArticles: e.NumArticles, SourceURL: e.SourceURL}
	if onto != nil {
		if ec, ok := onto.Event(e.Cameo); ok {
			p.Mode = ec.Mode
		}
	}
	if e.Actor1Code != "" {
		p.Actor = &PloverActor{e.Actor1Code, e.Actor1Name, e.Actor1Country, splitRoles(e.Actor1Roles)}
	}
	if e.Actor2Code != "" {
		p.Recipient = &PloverActor{e.Actor2Code, e.Actor2Name, e.Actor2Country, splitRoles(e.Actor2Roles)}
	}
	if e.LocCountry != "" || e.LocName != "" {
		p.Location = &PloverLocation{e.LocName, e.LocCountry, e.LocAdm1, e.LocLat, e.LocLon, e.LocGeonamesID}
	}
	return p, true
}

// writePlover writes a JSON array of PLOVER events, one per line.
func (s *Store) writePlover(ctx context.Context, w io.Writer, f Filter, onto *ontology.Ontology) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("[")
	n := 0
	if err := s.Events(ctx, f, func(e *Event) error {
		p, ok := Plover(e, onto)
		if !ok {
			return nil
		}
		b, err := json.Marshal(p)
		if err != nil {
			return err
		}
		if n > 0 {
			bw.WriteString(",")
		}
		n++
		bw.WriteString("\n")
		_, err = bw.Write(b)
		return err
	}); err != nil {
		return err
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}

// writeParquet writes the events as a Parquet file (Snappy-compressed), one
// column per Event field, readable by DuckDB, pandas and Spark.
func (s *Store) writeParquet(ctx context.Context, w io.Writer, f Filter) error {
	pw := parquet.NewGenericWriter[Event](w, parquet.Compression(&parquet.Snappy))
	buf := make([]Event, 0, 1024)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		_, err := pw.Write(buf)
		buf = buf[:0]
		return err
	}
	if err := s.Events(ctx, f, func(e *Event) error {
		buf = append(buf, *e)
		if len(buf) == cap(buf) {
			return flush()
		}
		return nil
	}); err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	return pw.Close()
}
