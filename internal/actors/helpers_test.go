package actors

import (
	"sync"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/places"
	"github.com/atalaya-events/atalaya/internal/prepare"
)

var (
	stdOnce sync.Once
	stdRec  *Recognizer
	stdErr  error
	prepOne *prepare.Preparer
)

// std returns the recognizer over the embedded dictionaries, built once.
func std(t testing.TB) *Recognizer {
	t.Helper()
	stdOnce.Do(func() {
		// with the places stage's gazetteer, as the pipeline builds it
		var pl *places.Geocoder
		if pl, stdErr = places.New(places.Options{}); stdErr != nil {
			return
		}
		stdRec, stdErr = New(Options{Places: pl})
		if stdErr == nil {
			prepOne, stdErr = prepare.New(prepare.Options{})
		}
	})
	if stdErr != nil {
		t.Fatal(stdErr)
	}
	return stdRec
}

// prep prepares a text as an article of the given language and date.
func prep(t testing.TB, lang, date, text string) *doc.Doc {
	t.Helper()
	std(t)
	a := &article.Article{ID: "t", Lang: lang, Body: text}
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			t.Fatal(err)
		}
		a.Date = d
	}
	d, err := prepOne.Prepare(a)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// run recognises actors in text with r.
func run(t testing.TB, r *Recognizer, lang, date, text string) *doc.Doc {
	t.Helper()
	d := prep(t, lang, date, text)
	if err := r.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}
