// Package store is atalaya's event store: articles, events and mentions in
// an embedded SQLite file (the default) or a PostgreSQL database, one schema
// for both. The same event reported by many articles is one row of events
// with its counts; each report of it is a row of mentions, as GDELT keeps
// its Events and Mentions tables apart. Every write is a transaction over a
// whole batch of articles, so a store never holds part of an article.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx"
	_ "modernc.org/sqlite"             // pure-Go SQLite driver "sqlite"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is an open event store.
type Store struct {
	db       *sql.DB
	postgres bool
	where    string // what was opened, for messages (no password)

	beforeCommit func() // test hook: runs before a batch commits
}

// IsPostgres reports whether dsn names a PostgreSQL database rather than a
// SQLite file.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// DefaultPath returns the default SQLite file: $ATALAYA_DB when set, else
// $XDG_DATA_HOME/atalaya/atalaya.db, else ~/.local/share/atalaya/atalaya.db.
func DefaultPath() string {
	if v := os.Getenv("ATALAYA_DB"); v != "" {
		return v
	}
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			home = "."
		}
		base = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(base, "atalaya", "atalaya.db")
}

// Open opens (creating it if needed) the store named by dsn: a
// postgres:// URL or a SQLite file path, and applies any pending migration.
func Open(ctx context.Context, dsn string) (*Store, error) {
	s := &Store{postgres: IsPostgres(dsn)}
	var err error
	if s.postgres {
		s.where = redact(dsn)
		s.db, err = sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", s.where, err)
		}
		s.db.SetMaxOpenConns(8)
	} else {
		s.where = dsn
		if dir := filepath.Dir(dsn); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("%s: cannot create its folder: %v", dsn, err)
			}
		}
		// WAL: readers never block the writer and a killed process leaves
		// the last committed batch intact; _txlock=immediate takes the
		// write lock at BEGIN so two writers wait instead of failing.
		q := "?_pragma=busy_timeout(30000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_txlock=immediate"
		s.db, err = sql.Open("sqlite", "file:"+dsn+q)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", dsn, err)
		}
		s.db.SetMaxOpenConns(4)
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("%s: cannot open: %v", s.where, oneLine(err))
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("%s: %v", s.where, err)
	}
	return s, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// DB returns the underlying database handle, for checks and tools.
func (s *Store) DB() *sql.DB { return s.db }

// Postgres reports whether the store is a PostgreSQL database.
func (s *Store) Postgres() bool { return s.postgres }

// String names the store for messages.
func (s *Store) String() string { return s.where }

// migrate applies, in order and each in its own transaction, every embedded
// migration newer than the store's version.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	if s.upToDate(ctx) {
		// the common case: no write transaction, so opening a store that
		// another process is writing to does not wait for it
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return oneLineErr(err)
	}
	defer tx.Rollback()
	if s.postgres {
		// Many workers may start at once: one migrates, the others wait.
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(7240917)"); err != nil {
			return oneLineErr(err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("cannot create schema_migrations: %v", oneLine(err))
	}
	applied := map[int]bool{}
	rows, err := tx.QueryContext(ctx, "SELECT version FROM schema_migrations")
	if err != nil {
		return oneLineErr(err)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return err
		}
		applied[v] = true
	}
	rows.Close()
	dialect := "sqlite"
	if s.postgres {
		dialect = "postgres"
	}
	for _, name := range names {
		base := filepath.Base(name)
		// NNNN_name.sql is for both; NNNN_name.sqlite.sql or
		// NNNN_name.postgres.sql for one of them only
		if d := filepath.Ext(strings.TrimSuffix(base, ".sql")); d != "" && d[1:] != dialect {
			continue
		}
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", base)
		}
		if applied[v] {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		for i, stmt := range splitSQL(string(body)) {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migration %s, statement %d: %v", base, i+1, oneLine(err))
			}
		}
		if _, err := tx.ExecContext(ctx, s.rebind("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
			v, base, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return oneLineErr(err)
		}
	}
	return oneLineErr(tx.Commit())
}

// upToDate reports whether every migration for this store's dialect is
// recorded as applied.
func (s *Store) upToDate(ctx context.Context) bool {
	dialect := "sqlite"
	if s.postgres {
		dialect = "postgres"
	}
	names, err := migrationNames(dialect)
	if err != nil {
		return false
	}
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations").Scan(&n); err != nil {
		return false
	}
	return n == len(names)
}

// splitSQL splits a migration into statements at semicolons ending a line,
// dropping comment lines.
func splitSQL(body string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		}
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, strings.TrimSpace(cur.String()))
	}
	return out
}

// rebind turns the ? placeholders of a query into PostgreSQL's $1, $2...
// The queries of this package never hold a literal question mark.
func (s *Store) rebind(q string) string {
	if !s.postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// Optimize refreshes the query planner's statistics (ANALYZE); worth
// running after a large ingest.
func (s *Store) Optimize(ctx context.Context) error {
	q := "ANALYZE"
	if !s.postgres {
		q = "PRAGMA optimize=0x10002"
	}
	_, err := s.db.ExecContext(ctx, q)
	return oneLineErr(err)
}

// Counts returns the number of articles, events and mentions stored.
func (s *Store) Counts(ctx context.Context) (articles, events, mentions int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)`).
		Scan(&articles, &events, &mentions)
	return articles, events, mentions, oneLineErr(err)
}

func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres database"
	}
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
	}
	return u.String()
}

// oneLine puts an error's text on one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

func oneLineErr(err error) error {
	if err == nil {
		return nil
	}
	return errors.New(oneLine(err))
}

// migrationNames lists the embedded migrations that apply to a dialect.
func migrationNames(dialect string) ([]string, error) {
	all, err := fs.Glob(migrations, "migrations/*.sql")
	var out []string
	for _, n := range all {
		if d := filepath.Ext(strings.TrimSuffix(n, ".sql")); d == "" || d[1:] == dialect {
			out = append(out, n)
		}
	}
	return out, err
}
