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

// triggered returns the events of d whose trigger is the given words,
// failing the test when there is none.
func triggered(t testing.TB, d *doc.Doc, trigger string) []doc.Event {
	t.Helper()
	var out []doc.Event
	for _, e := range d.Events {
		if d.Text[e.Evidence.Trigger.Start:e.Evidence.Trigger.End] == trigger {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: no event with trigger %q", d.Text, trigger)
	}
	return out
}

// partyCode is the code of the source (or, with target, the target) of the
// last event coded code in d; "" when there is none.
func partyCode(d *doc.Doc, code string, target bool) string {
	got := ""
	for _, e := range d.Events {
		a := e.Source
		if target {
			a = e.Target
		}
		if e.Cameo == code && a != nil {
			got = a.Code
		}
	}
	return got
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
