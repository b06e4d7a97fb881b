package article

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

var benchBody = strings.Repeat("El ministro de Exteriores habló el martes con su homólogo en Bogotá sobre la frontera común. ", 40)

func BenchmarkParse(b *testing.B) {
	data := []byte("date 2025-08-13\nlang es\ntitle Una visita\n\n" + benchBody)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("x.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseWindows1252(b *testing.B) {
	data := []byte("date 2025-08-13\nlang es\n\n" + strings.ReplaceAll(benchBody, "á", "\xE1"))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("x.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := 0; i < 200; i++ {
		enc.Encode(map[string]string{"id": "a", "date": "2025-08-13", "lang": "es", "text": benchBody})
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		err := readJSONL("bench.jsonl", bytes.NewReader(data), func(*Article) error { n++; return nil }, func(e *Error) { b.Fatal(e) })
		if err != nil || n != 200 {
			b.Fatal(err, n)
		}
	}
}
