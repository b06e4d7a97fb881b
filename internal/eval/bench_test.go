package eval

import (
	"path/filepath"
	"testing"
)

// BenchmarkScore scores the fixture predictions against the small gold dir.
func BenchmarkScore(b *testing.B) {
	golds, err := LoadGoldDir(filepath.Join("testdata", "gold"))
	if err != nil {
		b.Fatal(err)
	}
	preds, err := ReadPredictionsFile(filepath.Join("testdata", "gold_pred.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if r := Score(golds, preds); r.Docs != 3 {
			b.Fatal(r.Docs)
		}
	}
}

func BenchmarkParsePrediction(b *testing.B) {
	line := []byte(`{"id":"000_seed","events":[{"source":{"code":"PRKGOV","text":"Kim"},"target":{"code":"RUSGOV"},"cameo":"041","date":"2025-08-12","location":{"country":"USA","adm1":"US-AK"},"evidence":{"trigger":"llamada","text":"una llamada"}}],"times":[{"text":"el martes","value":"2025-08-12"}]}`)
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		if _, err := ParsePrediction(line); err != nil {
			b.Fatal(err)
		}
	}
}
