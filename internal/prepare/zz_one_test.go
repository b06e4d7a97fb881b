package prepare

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
)

func TestZZOne(t *testing.T) {
	out := os.Getenv("ZZONE")
	if out == "" {
		t.Skip()
	}
	fh, _ := os.Open("/work/shared/peer/geoparsing/lgl.jsonl")
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		if n == 258 {
			var v any
			json.Unmarshal(sc.Bytes(), &v)
			var ss []string
			zzStrings(v, &ss)
			p, _ := New(Options{})
			d, _ := p.Prepare(&article.Article{Body: ss[1]})
			os.WriteFile(out, []byte(zzDump(d, true)), 0o644)
		}
		n++
	}
}
