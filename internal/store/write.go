package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/record"
)

// Item is one article and its extraction record, ready to store.
type Item struct {
	Article *article.Article
	Record  record.Record
	Hash    string // content hash; computed from the article when ""
}

// ContentHash is the hash under which an article is stored: the SHA-256 of
// its publication date, language, URL, title and body. The same file read
// twice has the same hash; the same text published under another URL (a
// wire story in another outlet) is another article and another source.
func ContentHash(a *article.Article) string {
	h := sha256.New()
	for _, f := range []string{a.DateString(), a.Lang, a.URL, a.Title, a.Body} {
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// SourceOf returns an article's source: its URL host without "www.", or ""
// when it has no URL.
func SourceOf(a *article.Article) string {
	if a.URL == "" {
		return ""
	}
	u, err := url.Parse(a.URL)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// id63 turns a string into a positive 63-bit id.
func id63(s string) int64 {
	sum := sha256.Sum256([]byte(s))
	v := int64(binary.BigEndian.Uint64(sum[:8]) >> 1)
	if v == 0 {
		v = 1
	}
	return v
}

// MergeKey is the key under which mentions in different articles become one
// event: the event date, source and target codes (in sorted order for a
// symmetric event), CAMEO code, modality, and location country and ADM1
// when the location is known. An undated event is keyed by its article's
// publication date ("~2025-08-13"), so undated reports merge only with
// undated reports published the same day; when the article has no date
// either, by the article's hash, so it never merges across articles.
func MergeKey(articleHash, articleDate string, e *record.Event) string {
	a1, a2 := actorCode(e.Source), actorCode(e.Target)
	if e.Symmetric && a2 < a1 {
		a1, a2 = a2, a1
	}
	date := ""
	switch {
	case e.Date != nil && *e.Date != "":
		date = *e.Date
	case articleDate != "":
		date = "~" + articleDate
	default:
		date = "~article:" + articleHash
	}
	lc, la := "", ""
	if e.Location != nil {
		lc = e.Location.Country
		if e.Location.Adm1 != nil {
			la = *e.Location.Adm1
		}
	}
	mod := e.Modality
	if mod == "" {
		mod = "asserted"
	}
	return strings.Join([]string{date, a1, a2, e.Cameo, mod, lc, la}, "|")
}

func actorCode(a *record.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

// AddBatch stores a batch of articles with their mentions and updates the
// events they mention, in one transaction. An article already stored (same
// content hash) is skipped, so adding the same batch twice changes nothing.
// It returns how many articles were added.
func (s *Store) AddBatch(ctx context.Context, items []Item) (int, error) {
	return s.writeBatch(ctx, items, false)
}

// ReplaceBatch stores new records for articles already in the store: their
// mentions are replaced and every event they touched, before or after, is
// recomputed; articles not yet stored are added. One transaction.
func (s *Store) ReplaceBatch(ctx context.Context, items []Item) (int, error) {
	return s.writeBatch(ctx, items, true)
}

const insertArticle = `INSERT INTO articles (id, hash, name, url, title, source, date, lang, text, chars, ingested_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`

var mentionCols = []string{"id", "event_id", "merge_key", "article_id", "record_id", "date",
	"actor1_code", "actor1_name", "actor1_country", "actor1_roles", "actor1_text", "actor1_start", "actor1_end", "actor1_char",
	"actor2_code", "actor2_name", "actor2_country", "actor2_roles", "actor2_text", "actor2_start", "actor2_end", "actor2_char",
	"cameo", "quad_class", "goldstein", "plover", "is_symmetric", "modality",
	"loc_name", "loc_country", "loc_adm1", "loc_feature", "loc_lat", "loc_lon", "loc_geonames_id", "loc_text", "loc_start", "loc_end",
	"sentence", "evidence", "evidence_start", "evidence_end", "trigger_text", "trigger_start", "trigger_end", "action_char",
	"pattern", "reported_by", "extra", "confidence"}

// insertMentions inserts mention rows, many per statement.
func (s *Store) insertMentions(ctx context.Context, tx *sql.Tx, rows [][]any) error {
	const per = 100
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(mentionCols)), ", ") + ")"
	var full *sql.Stmt // the statement for a whole chunk, prepared once
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for len(rows) > 0 {
		n := min(per, len(rows))
		args := make([]any, 0, n*len(mentionCols))
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		q := s.rebind("INSERT INTO mentions (" + strings.Join(mentionCols, ", ") + ") VALUES " +
			strings.TrimSuffix(strings.Repeat(one+", ", n), ", ") + " ON CONFLICT (id) DO NOTHING")
		var err error
		if n == per {
			if full == nil {
				if full, err = tx.PrepareContext(ctx, q); err != nil {
					return oneLineErr(err)
				}
			}
			_, err = full.ExecContext(ctx, args...)
		} else {
			_, err = tx.ExecContext(ctx, q, args...)
		}
		if err != nil {
			return fmt.Errorf("storing mentions: %v", oneLine(err))
		}
		rows = rows[n:]
	}
	return nil
}

func (s *Store) writeBatch(ctx context.Context, items []Item, replace bool) (added int, err error) {
	if len(items) == 0 {
		return 0, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, oneLineErr(err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	insA, err := tx.PrepareContext(ctx, s.rebind(insertArticle))
	if err != nil {
		return 0, oneLineErr(err)
	}
	defer insA.Close()
	touched := map[int64]bool{} // events whose mentions change
	var newMentions []int64
	var rows [][]any // mention rows, inserted after every article's old mentions are gone
	now := time.Now().UTC().Format(time.RFC3339)
	for i := range items {
		it := &items[i]
		a := it.Article
		hash := it.Hash
		if hash == "" {
			hash = ContentHash(a)
		}
		aid := id63("article:" + hash)
		res, err := insA.ExecContext(ctx, aid, hash, a.ID, a.URL, a.Title, SourceOf(a), nullStr(a.DateString()),
			langOf(it), a.Body, utf8.RuneCountInString(a.Body), now)
		if err != nil {
			return 0, fmt.Errorf("%s: %v", a.Where(), oneLine(err))
		}
		n, err := res.RowsAffected()
		if err != nil {
			return 0, oneLineErr(err)
		}
		if n == 0 {
			if !replace {
				continue // already stored
			}
			if err := s.dropMentions(ctx, tx, aid, touched); err != nil {
				return 0, err
			}
		} else {
			added++
		}
		for j := range it.Record.Events {
			e := &it.Record.Events[j]
			key := MergeKey(hash, a.DateString(), e)
			eid := id63("event:" + key)
			touched[eid] = true
			mid := id63(fmt.Sprintf("mention:%s:%d:%s:%d:%d", hash, j, e.ID, e.Evidence.Start, e.Evidence.End))
			rows = append(rows, mentionArgs(mid, eid, key, aid, a.Body, e))
			newMentions = append(newMentions, mid)
		}
	}
	if err := s.insertMentions(ctx, tx, rows); err != nil {
		return 0, err
	}
	if err := s.recompute(ctx, tx, touched); err != nil {
		return 0, err
	}
	if err := s.indexEvidence(ctx, tx, newMentions); err != nil {
		return 0, err
	}
	if s.beforeCommit != nil {
		s.beforeCommit()
	}
	return added, oneLineErr(tx.Commit())
}

func langOf(it *Item) string {
	if it.Record.Lang != "" {
		return it.Record.Lang
	}
	return it.Article.Lang
}

// dropMentions deletes an article's mentions, noting the events they were of.
func (s *Store) dropMentions(ctx context.Context, tx *sql.Tx, aid int64, touched map[int64]bool) error {
	rows, err := tx.QueryContext(ctx, s.rebind("SELECT DISTINCT event_id FROM mentions WHERE article_id = ?"), aid)
	if err != nil {
		return oneLineErr(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return oneLineErr(err)
		}
		touched[id] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return oneLineErr(err)
	}
	if !s.postgres {
		if _, err := tx.ExecContext(ctx, "DELETE FROM mentions_fts WHERE rowid IN (SELECT id FROM mentions WHERE article_id = ?)", aid); err != nil {
			return oneLineErr(err)
		}
	}
	_, err = tx.ExecContext(ctx, s.rebind("DELETE FROM mentions WHERE article_id = ?"), aid)
	return oneLineErr(err)
}

// indexEvidence adds new mentions to the SQLite evidence search index, a
// few hundred per statement.
func (s *Store) indexEvidence(ctx context.Context, tx *sql.Tx, ids []int64) error {
	if s.postgres {
		return nil
	}
	for len(ids) > 0 {
		n := min(500, len(ids))
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		q := "INSERT INTO mentions_fts (rowid, evidence) SELECT id, evidence FROM mentions WHERE id IN (" +
			strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return oneLineErr(err)
		}
		ids = ids[n:]
	}
	return nil
}

type extra struct {
	ReportedBy   []record.Reporter `json:"reported_by,omitempty"`
	Quantities   []record.Quantity `json:"quantities,omitempty"`
	EvidenceMore []record.Evidence `json:"evidence_more,omitempty"`
}

func mentionArgs(mid, eid int64, key string, aid int64, text string, e *record.Event) []any {
	args := make([]any, 0, len(mentionCols))
	args = append(args, mid, eid, key, aid, e.ID, nullPtr(e.Date))
	for _, a := range []*record.Actor{e.Source, e.Target} {
		if a == nil {
			args = append(args, "", "", "", "", "", -1, -1, -1)
			continue
		}
		args = append(args, a.Code, a.Name, a.Country, strings.Join(a.Roles, ";"), a.Text, a.Start, a.End, charOffset(text, a.Start))
	}
	mod := e.Modality
	if mod == "" {
		mod = "asserted"
	}
	args = append(args, e.Cameo, e.QuadClass, e.Goldstein, e.Plover, b2i(e.Symmetric), mod)
	if l := e.Location; l != nil {
		adm1 := ""
		if l.Adm1 != nil {
			adm1 = *l.Adm1
		}
		var lat, lon any
		if l.Lat != 0 || l.Lon != 0 {
			lat, lon = l.Lat, l.Lon
		}
		args = append(args, firstNonEmpty(l.Name, l.Text), l.Country, adm1, l.Feature, lat, lon, l.GeonamesID, l.Text, l.Start, l.End)
	} else {
		args = append(args, "", "", "", "", nil, nil, 0, "", -1, -1)
	}
	ev := e.Evidence
	action := ev.Start
	if ev.TriggerEnd > ev.TriggerStart {
		action = ev.TriggerStart
	}
	codes := make([]string, 0, len(e.ReportedBy))
	for _, r := range e.ReportedBy {
		codes = append(codes, r.Code)
	}
	x := ""
	if len(e.ReportedBy)+len(e.Quantities)+len(e.EvidenceMore) > 0 {
		b, _ := json.Marshal(extra{e.ReportedBy, e.Quantities, e.EvidenceMore})
		x = string(b)
	}
	args = append(args, ev.Sentence, ev.Text, ev.Start, ev.End, ev.Trigger, ev.TriggerStart, ev.TriggerEnd,
		charOffset(text, action), ev.Pattern, strings.Join(codes, ";"), x, e.Confidence)
	return args
}

// charOffset converts a byte offset into text to a character offset.
func charOffset(text string, off int) int {
	if off < 0 {
		return -1
	}
	if off > len(text) {
		off = len(text)
	}
	return utf8.RuneCountInString(text[:off])
}

// recompute rebuilds the events row of every touched event from its
// mentions: counts, first and last seen, and the descriptive fields of its
// representative mention (the one with the smallest id), so the row is the
// same whatever the order in which its articles came. An event left without
// mentions is deleted. A few hundred events per statement.
func (s *Store) recompute(ctx context.Context, tx *sql.Tx, touched map[int64]bool) error {
	ids := make([]int64, 0, len(touched))
	for id := range touched {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	if s.postgres {
		if err := s.lockEvents(ctx, tx, ids); err != nil {
			return err
		}
	}
	for len(ids) > 0 {
		n := min(400, len(ids))
		chunk := ids[:n]
		ids = ids[n:]
		args := make([]any, n)
		for i, id := range chunk {
			args[i] = id
		}
		in := "(" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
		if _, err := tx.ExecContext(ctx, s.rebind(s.upsertEvents(in)), args...); err != nil {
			return oneLineErr(err)
		}
		if _, err := tx.ExecContext(ctx, s.rebind("DELETE FROM events WHERE id IN "+in+
			" AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id)"), args...); err != nil {
			return oneLineErr(err)
		}
	}
	return nil
}

// lockBuckets is how many PostgreSQL advisory locks stand for all events:
// a transaction holds at most this many, whatever its size, within the
// server's lock table.
const lockBuckets = 512

// lockEvents makes concurrent PostgreSQL writers that recompute the same
// events take turns: each takes, in one order, the advisory locks of the
// buckets of the events it touches, and holds them until it commits; the
// next then sees the mentions the first committed.
func (s *Store) lockEvents(ctx context.Context, tx *sql.Tx, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	seen := map[int64]bool{}
	var buckets []any
	for _, id := range ids {
		b := id % lockBuckets
		if !seen[b] {
			seen[b] = true
			buckets = append(buckets, b)
		}
	}
	sort.Slice(buckets, func(i, j int) bool { return buckets[i].(int64) < buckets[j].(int64) })
	q := "SELECT count(pg_advisory_xact_lock(7240918, x)) FROM (VALUES " +
		strings.TrimSuffix(strings.Repeat("(?::integer), ", len(buckets)), ", ") + ") AS v(x)"
	_, err := tx.ExecContext(ctx, s.rebind(q), buckets...)
	return oneLineErr(err)
}

// upsertEvents is the statement that recomputes the events whose ids the
// placeholder list in holds.
func (s *Store) upsertEvents(in string) string {
	less := "r.actor2_code < r.actor1_code"
	if s.postgres {
		less = `r.actor2_code COLLATE "C" < r.actor1_code COLLATE "C"` // byte order, as Go compares
	}
	swap := "r.is_symmetric = 1 AND " + less
	side := func(a, b, f string) string {
		return "CASE WHEN " + swap + " THEN r." + b + "_" + f + " ELSE r." + a + "_" + f + " END"
	}
	var actors []string
	for _, pair := range [][2]string{{"actor1", "actor2"}, {"actor2", "actor1"}} {
		for _, f := range []string{"code", "name", "country", "roles"} {
			actors = append(actors, side(pair[0], pair[1], f))
		}
	}
	var set []string
	for _, c := range eventCols {
		if c != "id" && c != "merge_key" {
			set = append(set, c+" = excluded."+c)
		}
	}
	return "INSERT INTO events (" + strings.Join(eventCols, ", ") + `)
SELECT r.event_id, r.merge_key, CASE WHEN length(r.date) = 10 THEN r.date ELSE g.first END, r.date, ` +
		strings.Join(actors, ", ") + `,
	r.cameo, substr(r.cameo, 1, 2), r.quad_class, r.goldstein, r.plover, r.is_symmetric, r.modality, g.is_root,
	r.loc_name, r.loc_country, r.loc_adm1, r.loc_feature, r.loc_lat, r.loc_lon, r.loc_geonames_id,
	g.conf, g.n, g.ns, g.na, g.first, g.last,
	(SELECT a.url FROM mentions m2 JOIN articles a ON a.id = m2.article_id WHERE m2.event_id = r.event_id
	 ORDER BY CASE WHEN a.date IS NULL THEN 1 ELSE 0 END, a.date, a.id LIMIT 1)
FROM (SELECT m.event_id, count(*) AS n, count(DISTINCT m.article_id) AS na, count(DISTINCT a.source) AS ns,
		min(a.date) AS first, max(a.date) AS last, max(CASE WHEN m.sentence = 0 THEN 1 ELSE 0 END) AS is_root,
		max(m.confidence) AS conf, min(m.id) AS rep
	FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id IN ` + in + ` GROUP BY m.event_id) g
JOIN mentions r ON r.id = g.rep
WHERE true
ON CONFLICT (id) DO UPDATE SET ` + strings.Join(set, ", ")
}

var eventCols = []string{"id", "merge_key", "day", "date", "actor1_code", "actor1_name", "actor1_country", "actor1_roles",
	"actor2_code", "actor2_name", "actor2_country", "actor2_roles", "cameo", "root", "quad_class", "goldstein",
	"plover", "is_symmetric", "modality", "is_root", "loc_name", "loc_country", "loc_adm1", "loc_feature", "loc_lat", "loc_lon",
	"loc_geonames_id", "confidence", "num_mentions", "num_sources", "num_articles", "first_seen", "last_seen", "source_url"}

func rootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullPtr(s *string) any {
	if s == nil || *s == "" {
		return nil
	}
	return *s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
