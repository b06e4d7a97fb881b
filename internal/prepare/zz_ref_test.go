package prepare

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
)

func zzDump(d *doc.Doc, full bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "lang %s\ntext %q\n", d.Lang, d.Text)
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "w %s\n", w)
	}
	for _, t := range d.Tokens {
		r := d.RawSpan(t.Span)
		fmt.Fprintf(&b, "t %d %d %q %q %q %d %d %v %d %d\n", t.Start, t.End, t.Text, t.Lower, t.Fold, t.Sent, t.Kind, t.Cap, r.Start, r.End)
	}
	for _, s := range d.Sentences {
		r := d.RawSpan(s.Span)
		fmt.Fprintf(&b, "s %d %d %d %d %d %d\n", s.Start, s.End, s.FirstTok, s.EndTok, r.Start, r.End)
	}
	if full {
		for p := 0; p <= len(d.Text); p++ {
			fmt.Fprintf(&b, "%d,%d ", d.Map.Start(p), d.Map.End(p))
		}
	}
	return b.String()
}

func zzStrings(v any, out *[]string) {
	switch x := v.(type) {
	case string:
		if len(x) > 30 {
			*out = append(*out, x)
		}
	case []any:
		for _, e := range x {
			zzStrings(e, out)
		}
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			zzStrings(x[k], out)
		}
	}
}

func zzMangle(s string, rng *rand.Rand) string {
	var b strings.Builder
	words := strings.Split(s, " ")
	for i, w := range words {
		if i > 0 {
			switch rng.Intn(12) {
			case 0:
				b.WriteString("\u00a0")
			case 1:
				b.WriteString("  ")
			case 2:
				b.WriteString("\n")
			default:
				b.WriteString(" ")
			}
		}
		switch rng.Intn(25) {
		case 0:
			b.WriteString(w + " " + w)
			continue
		case 1:
			if r, n := utf8.DecodeRuneInString(w); n > 0 {
				b.WriteString(strings.ToUpper(string(r)) + w[n:])
				continue
			}
		case 2:
			b.WriteString("«" + w + "»")
			continue
		case 3:
			// mojibake
			var m strings.Builder
			for _, c := range []byte(w) {
				m.WriteRune(rune(c))
			}
			b.WriteString(m.String())
			continue
		case 4:
			b.WriteString(strings.ToUpper(w))
			continue
		case 5:
			b.WriteString("&quot;" + w + "&#8220;")
			continue
		case 6:
			b.WriteString("e\u0301" + w + "\u200b")
			continue
		}
		b.WriteString(w)
	}
	return b.String()
}

func TestZZRef(t *testing.T) {
	mode := os.Getenv("ZZREF")
	if mode == "" {
		t.Skip()
	}
	p, _ := New(Options{})
	var keys, hashes []string
	add := func(key string, a *article.Article) {
		d, err := p.Prepare(a)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256([]byte(zzDump(d, len(a.Body) < 1<<20)))
		keys = append(keys, key)
		hashes = append(hashes, fmt.Sprintf("%x", h[:8]))
	}
	var texts []string
	var names []string
	files, _ := filepath.Glob("/work/shared/peer/*/*.jsonl")
	for _, f := range files {
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		n := 0
		for sc.Scan() {
			var v any
			if json.Unmarshal(sc.Bytes(), &v) != nil {
				continue
			}
			var ss []string
			zzStrings(v, &ss)
			for k, s := range ss {
				texts = append(texts, s)
				names = append(names, fmt.Sprintf("%s:%d:%d", filepath.Base(f), n, k))
			}
			n++
		}
		fh.Close()
	}
	for _, g := range []string{"../../examples/*.txt", "testdata/*.txt", "/work/shared/eval/seed/*.txt"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			b, _ := os.ReadFile(f)
			a, perr := article.Parse(f, b)
			if perr != nil {
				t.Fatal(perr)
			}
			add(f, a)
			a2 := *a
			a2.Lang = ""
			add(f+":nolang", &a2)
			texts = append(texts, a.Body)
			names = append(names, f+":body")
		}
	}
	rng := rand.New(rand.NewSource(1))
	for i, s := range texts {
		add(names[i], &article.Article{Body: s})
		if i%3 == 0 {
			add(names[i]+":es", &article.Article{Body: s, Lang: "es"})
		}
		add(names[i]+":m", &article.Article{Body: zzMangle(s, rng)})
	}
	sb := seed(t)
	big := strings.Repeat(sb.Body+"\n\n", 10<<20/(len(sb.Body)+2)+1)
	add("big", &article.Article{Body: big, Lang: "es"})
	add("bigm", &article.Article{Body: zzMangle(big[:2<<20], rng)})
	var out strings.Builder
	for i := range keys {
		fmt.Fprintf(&out, "%s\t%s\n", hashes[i], keys[i])
	}
	if mode == "write" {
		os.WriteFile("/tmp/ref/ref.txt", []byte(out.String()), 0o644)
		t.Logf("%d docs", len(keys))
		return
	}
	want, _ := os.ReadFile("/tmp/ref/ref.txt")
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(out.String(), "\n")
	if len(wl) != len(gl) {
		t.Fatalf("lines %d vs %d", len(wl), len(gl))
	}
	bad := 0
	for i := range wl {
		if wl[i] != gl[i] {
			bad++
			if bad < 10 {
				t.Errorf("differs: %s", gl[i])
			}
		}
	}
	t.Logf("%d docs, %d differ", len(keys), bad)
}
