package actors

import (
	"testing"

	"github.com/atalaya-events/atalaya/internal/ontology"
)

func TestCheckEmbedded(t *testing.T) {
	d, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	ps := Check(d, ontology.MustDefault())
	nerr := 0
	for _, p := range ps {
		if p.Error {
			nerr++
			t.Error(p)
		} else {
			t.Log(p)
		}
	}
}
