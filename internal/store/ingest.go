package store

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/record"
)

// Extractor turns an article into its extraction record.
type Extractor func(a *article.Article) (record.Record, error)

// Progress counts the articles an ingest or recode has seen so far.
type Progress struct {
	Seen    int // articles read
	Added   int // stored (or re-coded) in committed batches
	Skipped int // already stored
	Failed  int // could not be extracted
	Batches int // committed transactions
}

// IngestOptions configure Ingest and Recode.
type IngestOptions struct {
	Batch    int                                 // articles per transaction (default 100)
	Workers  int                                 // extractions in parallel (0: one per CPU)
	Extract  Extractor                           // required
	Progress func(Progress)                      // called after every batch, may be nil
	Fail     func(a *article.Article, err error) // an article that could not be extracted, may be nil
}

func (o *IngestOptions) defaults() error {
	if o.Extract == nil {
		return fmt.Errorf("store: no extractor")
	}
	if o.Batch <= 0 {
		o.Batch = 100
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return nil
}

// Ingest stores every article that read yields: articles already stored
// (same content hash) are skipped before extraction, the others extracted
// in parallel and written in batches, one transaction each. read is called
// once with a function to call for every article (article.Read fits).
func (s *Store) Ingest(ctx context.Context, read func(fn func(*article.Article) error) error, opt IngestOptions) (Progress, error) {
	var p Progress
	if err := opt.defaults(); err != nil {
		return p, err
	}
	has, err := s.db.PrepareContext(ctx, s.rebind("SELECT 1 FROM articles WHERE hash = ?"))
	if err != nil {
		return p, oneLineErr(err)
	}
	defer has.Close()
	pending := map[string]bool{} // hashes in the batch being gathered
	var batch []*article.Article
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		items := s.extract(batch, &opt, &p)
		n, err := s.AddBatch(ctx, items)
		if err != nil {
			return err
		}
		p.Added += n
		p.Skipped += len(items) - n
		p.Batches++
		batch = batch[:0]
		clear(pending)
		if opt.Progress != nil {
			opt.Progress(p)
		}
		return nil
	}
	err = read(func(a *article.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.Seen++
		h := ContentHash(a)
		var one int
		switch err := has.QueryRowContext(ctx, h).Scan(&one); err {
		case nil:
			p.Skipped++
			return nil
		case sql.ErrNoRows:
		default:
			return oneLineErr(err)
		}
		if pending[h] {
			p.Skipped++
			return nil
		}
		pending[h] = true
		batch = append(batch, a)
		if len(batch) >= opt.Batch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return p, err
	}
	if err := flush(); err != nil {
		return p, err
	}
	if opt.Progress != nil {
		opt.Progress(p)
	}
	return p, nil
}

// extract runs the extractor over a batch in parallel, keeping the batch
// order and dropping (and reporting) the articles that fail.
func (s *Store) extract(batch []*article.Article, opt *IngestOptions, p *Progress) []Item {
	recs := make([]record.Record, len(batch))
	errs := make([]error, len(batch))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < opt.Workers && w < len(batch); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				recs[i], errs[i] = safeExtract(opt.Extract, batch[i])
			}
		}()
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()
	items := make([]Item, 0, len(batch))
	for i, a := range batch {
		if errs[i] != nil {
			p.Failed++
			if opt.Fail != nil {
				opt.Fail(a, errs[i])
			}
			continue
		}
		items = append(items, Item{Article: a, Record: recs[i]})
	}
	return items
}

func safeExtract(x Extractor, a *article.Article) (r record.Record, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error: %v", v)
		}
	}()
	return x(a)
}

// Recode extracts every stored article again (with the current
// dictionaries) and replaces its mentions, rebuilding the events they touch.
// Each batch is one transaction: a recode stopped midway leaves every
// article with either its old or its new mentions, and events consistent
// with them.
func (s *Store) Recode(ctx context.Context, opt IngestOptions) (Progress, error) {
	var p Progress
	if err := opt.defaults(); err != nil {
		return p, err
	}
	var ids []int64
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM articles ORDER BY id")
	if err != nil {
		return p, oneLineErr(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return p, oneLineErr(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return p, oneLineErr(err)
	}
	get, err := s.db.PrepareContext(ctx, s.rebind("SELECT hash, name, url, title, date, lang, text FROM articles WHERE id = ?"))
	if err != nil {
		return p, oneLineErr(err)
	}
	defer get.Close()
	for len(ids) > 0 {
		n := min(opt.Batch, len(ids))
		chunk := ids[:n]
		ids = ids[n:]
		batch := make([]*article.Article, 0, n)
		hashes := map[*article.Article]string{}
		for _, id := range chunk {
			a := &article.Article{Path: "store"}
			var date sql.NullString
			var hash string
			if err := get.QueryRowContext(ctx, id).Scan(&hash, &a.ID, &a.URL, &a.Title, &date, &a.Lang, &a.Body); err != nil {
				return p, oneLineErr(err)
			}
			if date.Valid {
				if t, err := time.Parse("2006-01-02", date.String); err == nil {
					a.Date = t
				}
			}
			a.Path = "store:" + a.ID
			hashes[a] = hash
			batch = append(batch, a)
			p.Seen++
		}
		items := s.extract(batch, &opt, &p)
		// keep the hash each article was stored under
		for i := range items {
			items[i].Hash = hashes[items[i].Article]
		}
		if _, err := s.ReplaceBatch(ctx, items); err != nil {
			return p, err
		}
		p.Added += len(items)
		p.Batches++
		if opt.Progress != nil {
			opt.Progress(p)
		}
	}
	return p, nil
}
