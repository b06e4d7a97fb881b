package store

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Event is one stored event: a row of the events table.
type Event struct {
	ID            int64    `json:"id" parquet:"id"`
	Day           string   `json:"day" parquet:"day"`
	Date          string   `json:"date" parquet:"date"`
	Actor1Code    string   `json:"actor1_code" parquet:"actor1_code"`
	Actor1Name    string   `json:"actor1_name" parquet:"actor1_name"`
	Actor1Country string   `json:"actor1_country" parquet:"actor1_country"`
	Actor1Roles   string   `json:"actor1_roles" parquet:"actor1_roles"`
	Actor2Code    string   `json:"actor2_code" parquet:"actor2_code"`
	Actor2Name    string   `json:"actor2_name" parquet:"actor2_name"`
	Actor2Country string   `json:"actor2_country" parquet:"actor2_country"`
	Actor2Roles   string   `json:"actor2_roles" parquet:"actor2_roles"`
	Cameo         string   `json:"cameo" parquet:"cameo"`
	Root          string   `json:"root" parquet:"root"`
	QuadClass     int      `json:"quad_class" parquet:"quad_class"`
	Goldstein     float64  `json:"goldstein" parquet:"goldstein"`
	Plover        string   `json:"plover" parquet:"plover"`
	Symmetric     bool     `json:"symmetric" parquet:"symmetric"`
	Modality      string   `json:"modality" parquet:"modality"`
	IsRoot        bool     `json:"is_root" parquet:"is_root"`
	LocName       string   `json:"loc_name" parquet:"loc_name"`
	LocCountry    string   `json:"loc_country" parquet:"loc_country"`
	LocAdm1       string   `json:"loc_adm1" parquet:"loc_adm1"`
	LocFeature    string   `json:"loc_feature" parquet:"loc_feature"`
	LocLat        *float64 `json:"loc_lat" parquet:"loc_lat,optional"`
	LocLon        *float64 `json:"loc_lon" parquet:"loc_lon,optional"`
	LocGeonamesID int64    `json:"loc_geonames_id" parquet:"loc_geonames_id"`
	Confidence    float64  `json:"confidence" parquet:"confidence"`
	NumMentions   int      `json:"num_mentions" parquet:"num_mentions"`
	NumSources    int      `json:"num_sources" parquet:"num_sources"`
	NumArticles   int      `json:"num_articles" parquet:"num_articles"`
	FirstSeen     string   `json:"first_seen" parquet:"first_seen"`
	LastSeen      string   `json:"last_seen" parquet:"last_seen"`
	SourceURL     string   `json:"source_url" parquet:"source_url"`
}

// EventColumns names the fields of Event in order, as CSV headers.
var EventColumns = []string{"id", "day", "date", "actor1_code", "actor1_name", "actor1_country", "actor1_roles",
	"actor2_code", "actor2_name", "actor2_country", "actor2_roles", "cameo", "root", "quad_class", "goldstein", "plover",
	"symmetric", "modality", "is_root", "loc_name", "loc_country", "loc_adm1", "loc_feature", "loc_lat", "loc_lon",
	"loc_geonames_id", "confidence", "num_mentions", "num_sources", "num_articles", "first_seen", "last_seen", "source_url"}

// Filter selects events. Zero fields select everything.
type Filter struct {
	Actor      string // actor code on either side; a code ending in * is a prefix ("RUS*")
	Country    string // actor country on either side
	Cameo      string // CAMEO code or prefix: "19" matches 190..196x, "0311" only itself and below
	Root       string // CAMEO root, "01".."20"
	QuadClass  int    // 1..4
	From, To   string // event day range, inclusive, YYYY-MM-DD (a YYYY or YYYY-MM prefix also works)
	LocCountry string // location country
	LocAdm1    string // location first-level subdivision
	Modality   string // asserted, planned, ...
	Text       string // words in the evidence of some mention (case-insensitive substring)
	Limit      int    // at most this many events (0: all)
}

var (
	codeRe = regexp.MustCompile(`^[A-Za-z0-9]+\*?$`)
	// an actor code may begin with "---", an actor of unknown country
	// ("---UAF", "---*")
	actorRe = regexp.MustCompile(`^(---)?[A-Za-z0-9]*\*?$`)
	dateRe  = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
)

// Check reports the first malformed field of f.
func (f *Filter) Check() error {
	for _, c := range []struct{ name, v string }{{"actor", f.Actor}, {"country", f.Country}, {"cameo", f.Cameo},
		{"root", f.Root}, {"loc-country", f.LocCountry}} {
		re := codeRe
		if c.name == "actor" {
			re = actorRe
		}
		if c.v != "" && (!re.MatchString(c.v) || strings.Trim(c.v, "-*") == "" && c.v != "---*") {
			return fmt.Errorf("--%s %q: expected a code such as RUSGOV (letters and digits, optional trailing *; an actor may begin with ---)", c.name, c.v)
		}
	}
	if f.Cameo != "" && strings.Trim(f.Cameo, "0123456789*") != "" {
		return fmt.Errorf("--cameo %q: expected digits such as 190 or 19", f.Cameo)
	}
	if f.QuadClass < 0 || f.QuadClass > 4 {
		return fmt.Errorf("--quad %d: expected 1 to 4", f.QuadClass)
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !dateRe.MatchString(d.v) {
			return fmt.Errorf("--%s %q: expected a date YYYY-MM-DD (or YYYY-MM, YYYY)", d.name, d.v)
		}
	}
	if f.Limit < 0 {
		return fmt.Errorf("--limit %d: expected 0 (no limit) or more", f.Limit)
	}
	return nil
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// whereSQL builds the WHERE clause of f over the events table aliased e.
func (s *Store) whereSQL(f Filter) (string, []any) {
	var conds []string
	var args []any
	eqOrPrefix := func(cols []string, v string) {
		var parts []string
		for _, c := range cols {
			if strings.HasSuffix(v, "*") {
				parts = append(parts, "e."+c+" LIKE ? ESCAPE '\\'")
				args = append(args, likeEscape(strings.TrimSuffix(strings.ToUpper(v), "*"))+"%")
			} else {
				parts = append(parts, "e."+c+" = ?")
				args = append(args, strings.ToUpper(v))
			}
		}
		conds = append(conds, "("+strings.Join(parts, " OR ")+")")
	}
	if f.Actor != "" {
		eqOrPrefix([]string{"actor1_code", "actor2_code"}, f.Actor)
	}
	if f.Country != "" {
		eqOrPrefix([]string{"actor1_country", "actor2_country"}, f.Country)
	}
	if f.Cameo != "" {
		c := strings.TrimSuffix(f.Cameo, "*")
		if len(c) == 2 {
			conds = append(conds, "e.root = ?")
			args = append(args, c)
		} else {
			conds = append(conds, "e.cameo LIKE ? ESCAPE '\\'")
			args = append(args, likeEscape(c)+"%")
		}
	}
	if f.Root != "" {
		conds = append(conds, "e.root = ?")
		args = append(args, f.Root)
	}
	if f.QuadClass != 0 {
		conds = append(conds, "e.quad_class = ?")
		args = append(args, f.QuadClass)
	}
	if f.From != "" {
		conds = append(conds, "e.day >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		// a prefix such as 2025-08 includes the whole month
		conds = append(conds, "e.day <= ?")
		args = append(args, f.To+toBound(f.To))
	}
	if f.LocCountry != "" {
		conds = append(conds, "e.loc_country = ?")
		args = append(args, strings.ToUpper(f.LocCountry))
	}
	if f.LocAdm1 != "" {
		conds = append(conds, "e.loc_adm1 = ?")
		args = append(args, f.LocAdm1)
	}
	if f.Modality != "" {
		conds = append(conds, "e.modality = ?")
		args = append(args, strings.ToLower(f.Modality))
	}
	if f.Text != "" && !s.postgres && utf8.RuneCountInString(f.Text) >= 3 && !strings.ContainsAny(f.Text, `%_\`) {
		// the trigram index (migration 0002) finds the mentions
		conds = append(conds, "e.id IN (SELECT m.event_id FROM mentions_fts f JOIN mentions m ON m.id = f.rowid WHERE f.evidence LIKE ?)")
		args = append(args, "%"+f.Text+"%")
	} else if f.Text != "" {
		op := "LIKE"
		if s.postgres {
			op = "ILIKE"
		}
		conds = append(conds, "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.evidence "+op+" ? ESCAPE '\\')")
		args = append(args, "%"+likeEscape(f.Text)+"%")
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// toBound completes a partial upper date so that it includes its whole
// period: "2025-08" becomes "2025-08-99", "2025" "2025-99-99".
func toBound(d string) string {
	switch len(d) {
	case 4:
		return "-99-99"
	case 7:
		return "-99"
	}
	return ""
}

const eventSelect = `SELECT e.id, e.day, e.date, e.actor1_code, e.actor1_name, e.actor1_country, e.actor1_roles,
e.actor2_code, e.actor2_name, e.actor2_country, e.actor2_roles, e.cameo, e.root, e.quad_class, e.goldstein, e.plover,
e.is_symmetric, e.modality, e.is_root, e.loc_name, e.loc_country, e.loc_adm1, e.loc_feature, e.loc_lat, e.loc_lon,
e.loc_geonames_id, e.confidence, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.last_seen, e.source_url
FROM events e`

// Events calls fn for every event f selects, ordered by day (undated
// last) and id. An error from fn stops the query and is returned.
func (s *Store) Events(ctx context.Context, f Filter, fn func(*Event) error) error {
	if err := f.Check(); err != nil {
		return err
	}
	w, args := s.whereSQL(f)
	q := eventSelect + w + " ORDER BY CASE WHEN e.day IS NULL THEN 1 ELSE 0 END, e.day, e.id"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	if err != nil {
		return oneLineErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var e Event
		var day, date, first, last sql.NullString
		var lat, lon sql.NullFloat64
		var sym, isRoot int
		if err := rows.Scan(&e.ID, &day, &date, &e.Actor1Code, &e.Actor1Name, &e.Actor1Country, &e.Actor1Roles,
			&e.Actor2Code, &e.Actor2Name, &e.Actor2Country, &e.Actor2Roles, &e.Cameo, &e.Root, &e.QuadClass, &e.Goldstein,
			&e.Plover, &sym, &e.Modality, &isRoot, &e.LocName, &e.LocCountry, &e.LocAdm1, &e.LocFeature, &lat, &lon,
			&e.LocGeonamesID, &e.Confidence, &e.NumMentions, &e.NumSources, &e.NumArticles, &first, &last, &e.SourceURL); err != nil {
			return oneLineErr(err)
		}
		e.Day, e.Date, e.FirstSeen, e.LastSeen = day.String, date.String, first.String, last.String
		e.Symmetric, e.IsRoot = sym == 1, isRoot == 1
		if lat.Valid {
			v := lat.Float64
			e.LocLat = &v
		}
		if lon.Valid {
			v := lon.Float64
			e.LocLon = &v
		}
		if err := fn(&e); err != nil {
			return err
		}
	}
	return oneLineErr(rows.Err())
}

// CountEvents returns how many events f selects (ignoring its Limit).
func (s *Store) CountEvents(ctx context.Context, f Filter) (int, error) {
	if err := f.Check(); err != nil {
		return 0, err
	}
	w, args := s.whereSQL(f)
	var n int
	err := s.db.QueryRowContext(ctx, s.rebind("SELECT count(*) FROM events e"+w), args...).Scan(&n)
	return n, oneLineErr(err)
}

// Mention is one report of an event in an article, with the article's
// particulars needed by the GDELT Mentions export.
type Mention struct {
	ID, EventID, ArticleID int64
	RecordID               string
	Actor1Start, Actor1End int
	Actor2Start, Actor2End int
	Actor1Char, Actor2Char int
	ActionChar             int
	Sentence               int
	Evidence               string
	EvidenceStart          int
	EvidenceEnd            int
	Trigger                string
	Pattern                string
	ReportedBy             string
	Confidence             float64
	Modality               string
	// the article
	URL, Source, Name, ArticleDate, Lang, IngestedAt string
	DocChars                                         int
	// the event
	EventFirstSeen string
}

// Mentions calls fn for every mention of the events f selects, ordered by
// event and mention id.
func (s *Store) Mentions(ctx context.Context, f Filter, fn func(*Mention) error) error {
	if err := f.Check(); err != nil {
		return err
	}
	lim := f.Limit
	f.Limit = 0
	w, args := s.whereSQL(f)
	q := `SELECT mm.id, mm.event_id, mm.article_id, mm.record_id, mm.actor1_start, mm.actor1_end, mm.actor2_start, mm.actor2_end,
mm.actor1_char, mm.actor2_char, mm.action_char, mm.sentence, mm.evidence, mm.evidence_start, mm.evidence_end, mm.trigger_text,
mm.pattern, mm.reported_by, mm.confidence, mm.modality, a.url, a.source, a.name, a.date, a.lang, a.ingested_at, a.chars, e.first_seen
FROM mentions mm JOIN events e ON e.id = mm.event_id JOIN articles a ON a.id = mm.article_id` + w + ` ORDER BY mm.event_id, mm.id`
	if lim > 0 {
		q += fmt.Sprintf(" LIMIT %d", lim)
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	if err != nil {
		return oneLineErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var m Mention
		var adate, first sql.NullString
		if err := rows.Scan(&m.ID, &m.EventID, &m.ArticleID, &m.RecordID, &m.Actor1Start, &m.Actor1End, &m.Actor2Start, &m.Actor2End,
			&m.Actor1Char, &m.Actor2Char, &m.ActionChar, &m.Sentence, &m.Evidence, &m.EvidenceStart, &m.EvidenceEnd, &m.Trigger,
			&m.Pattern, &m.ReportedBy, &m.Confidence, &m.Modality, &m.URL, &m.Source, &m.Name, &adate, &m.Lang, &m.IngestedAt,
			&m.DocChars, &first); err != nil {
			return oneLineErr(err)
		}
		m.ArticleDate, m.EventFirstSeen = adate.String, first.String
		if err := fn(&m); err != nil {
			return err
		}
	}
	return oneLineErr(rows.Err())
}
