package places

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/data"
	"github.com/atalaya-events/atalaya/internal/doc"
)

// BenchmarkLoad measures loading the embedded gazetteer: time per load,
// the heap it keeps, and the size of the embedded file.
func BenchmarkLoad(b *testing.B) {
	fi, err := fs.Stat(data.FS, embeddedGazetteer)
	if err != nil {
		b.Fatal(err)
	}
	var keep *Gazetteer
	var heap uint64
	for i := 0; i < b.N; i++ {
		// the collections that measure the heap are not part of the load
		b.StopTimer()
		keep = nil
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		b.StartTimer()
		g, err := LoadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.StartTimer()
		heap = after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc)
		keep = g
	}
	b.ReportMetric(float64(heap)/(1<<20), "heapMB")
	b.ReportMetric(float64(fi.Size())/(1<<20), "fileMB")
	b.ReportMetric(float64(len(keep.Entries)), "entries")
	b.ReportMetric(float64(len(keep.nodes)), "trie-nodes")
}

// BenchmarkProcess measures the stage on a news paragraph.
func BenchmarkProcess(b *testing.B) {
	g := testGeocoder(b)
	text := "Putin durante el llamado del martes elogió a las tropas de Corea del Norte mientras luchaban con las fuerzas rusas para repeler una incursión ucraniana en la región fronteriza de Kursk de Rusia. Talks in Washington and Kyiv ended without a deal, officials in Córdoba, Argentina, said."
	d0 := prepDoc(b, "es", text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := *d0
		d.Places = nil
		if err := g.Process(&d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProcessExamples measures the stage on the example articles
// (examples/, Spanish and English news), prepared once.
func BenchmarkProcessExamples(b *testing.B) {
	g := testGeocoder(b)
	files, err := filepath.Glob("../../examples/*.txt")
	if err != nil || len(files) == 0 {
		b.Skip("no examples")
	}
	var docs []*doc.Doc
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lang := "en"
		if strings.HasSuffix(f, "_es.txt") {
			lang = "es"
		}
		docs = append(docs, prepDoc(b, lang, string(raw)))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d0 := range docs {
			d := *d0
			d.Places = nil
			if err := g.Process(&d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
