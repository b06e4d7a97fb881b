package coder_test

import (
	"bytes"
	"testing"

	"github.com/atalaya-events/atalaya/internal/ontology"
	"github.com/atalaya-events/atalaya/internal/record"
)

// TestRecordFillReuse checks that one Record filled article after article
// (as extract does) writes what a fresh FromDoc writes for each, whatever
// the article before it left in the reused lists.
func TestRecordFillReuse(t *testing.T) {
	onto := ontology.MustDefault()
	arts := benchArticles(t, 40)
	// long and short articles in turn, so lists shrink and grow
	arts = append(arts, arts[0])
	arts[1].Body = "Police arrested two protesters in Nairobi on Tuesday."
	arts[2].Body = ""
	var rec record.Record
	var got, want []byte
	for i, a := range arts {
		d, err := thePipeline(t).Run(a)
		if err != nil {
			t.Fatal(err)
		}
		rec.Fill(d, onto)
		fresh := record.FromDoc(d, onto)
		if got, err = record.AppendJSON(got[:0], &rec, false); err != nil {
			t.Fatal(err)
		}
		if want, err = record.AppendJSON(want[:0], &fresh, false); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("article %d: reused record\n%s\nfresh\n%s", i, got, want)
		}
	}
}
