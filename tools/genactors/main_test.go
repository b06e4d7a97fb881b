package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// mo builds a little-endian gettext catalogue of the given pairs.
func mo(pairs [][2]string) []byte {
	n := len(pairs)
	head := 28
	orig := head
	trans := orig + 8*n
	strs := trans + 8*n
	var data []byte
	var tabO, tabT []byte
	put := func(tab *[]byte, s string) {
		var b [8]byte
		binary.LittleEndian.PutUint32(b[:], uint32(len(s)))
		binary.LittleEndian.PutUint32(b[4:], uint32(strs+len(data)))
		*tab = append(*tab, b[:]...)
		data = append(data, s...)
		data = append(data, 0)
	}
	for _, p := range pairs {
		put(&tabO, p[0])
	}
	for _, p := range pairs {
		put(&tabT, p[1])
	}
	out := make([]byte, head)
	binary.LittleEndian.PutUint32(out, 0x950412de)
	binary.LittleEndian.PutUint32(out[8:], uint32(n))
	binary.LittleEndian.PutUint32(out[12:], uint32(orig))
	binary.LittleEndian.PutUint32(out[16:], uint32(trans))
	out = append(out, tabO...)
	out = append(out, tabT...)
	return append(out, data...)
}

func TestParseMO(t *testing.T) {
	m, err := parseMO(mo([][2]string{{"", "Content-Type: text/plain"}, {"Germany", "Alemania"}, {"Spain", "España"}}))
	if err != nil {
		t.Fatal(err)
	}
	if m["Germany"] != "Alemania" || m["Spain"] != "España" || len(m) != 2 {
		t.Errorf("got %v", m)
	}
	if _, err := parseMO([]byte("not a catalogue at all......")); err == nil {
		t.Error("want an error for a file that is no .mo")
	}
	if _, err := parseMO(mo([][2]string{{"a", "b"}})[:40]); err == nil {
		t.Error("want an error for a truncated file")
	}
}

// TestGenerated checks that data/actors/shared/countries.tsv is what the
// generator makes from the installed iso-codes (skipped when absent).
func TestGenerated(t *testing.T) {
	const js = "/usr/share/iso-codes/json/iso_3166-1.json"
	const es = "/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo"
	for _, p := range []string{js, es} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s not installed (apt-get install iso-codes)", p)
		}
	}
	out := filepath.Join(t.TempDir(), "countries.tsv")
	if err := run(js, es, out); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, err := os.ReadFile("../../data/actors/shared/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Error("data/actors/shared/countries.tsv differs from the generator's output: run go run ./tools/genactors")
	}
}
