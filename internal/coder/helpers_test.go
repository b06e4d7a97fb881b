package coder_test

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/eval"
	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/pipeline"
	"github.com/atalaya-events/atalaya/internal/record"
)

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// thePipeline is the full standard pipeline, built once for all tests.
func thePipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Config{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

// run processes one text as an article of the given language and date.
func run(t testing.TB, lang, date, text string) *doc.Doc {
	t.Helper()
	a := &article.Article{ID: "t", Lang: lang, Body: text}
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			t.Fatal(err)
		}
		a.Date = d
	}
	d, err := thePipeline(t).Run(a)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// predict turns a processed doc into what the scorer reads, through the
// same record the extract command writes.
func predict(t testing.TB, d *doc.Doc) *eval.Prediction {
	t.Helper()
	rec := record.FromDoc(d, ontology.MustDefault())
	data, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	p, err := eval.ParsePrediction(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
