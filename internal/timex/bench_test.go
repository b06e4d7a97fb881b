package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/testutil"
)

// BenchmarkFind measures recognition and normalisation on about 10 MB of
// news text (the MEANTIME articles, Spanish and English, repeated); run
// with -bench Find -benchtime 3x and read MB/s.
func BenchmarkFind(b *testing.B) {
	for _, lang := range []string{"es", "en"} {
		b.Run(lang, func(b *testing.B) {
			docs := readDocsTB(b, testutil.SharedFile(b, "peer/timex/meantime_"+lang+"_test_docs.jsonl"))
			var sb strings.Builder
			for sb.Len() < 10<<20 {
				for _, d := range docs {
					sb.WriteString(d.Text)
					sb.WriteString("\n\n")
				}
			}
			text := sb.String()
			ref := time.Date(2008, 10, 13, 0, 0, 0, 0, time.UTC)
			b.SetBytes(int64(len(text)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if len(testTagger.Find(text, lang, ref)) == 0 {
					b.Fatal("no times found")
				}
			}
		})
	}
}
