package doc

import "testing"

// TestOffsetMapGrow checks that a map built after Grow maps every offset as
// one built without it, whatever room Grow made.
func TestOffsetMapGrow(t *testing.T) {
	// raw "ab«cd»  e" -> prepared `ab"cd" e`: copy 2, «->" (2->1), copy 2,
	// »->" (2->1), two spaces -> one, copy 1
	build := func(m *OffsetMap) {
		m.Copy(2)
		m.Replace(2, 1)
		m.Copy(2)
		m.Replace(2, 1)
		m.Replace(2, 1)
		m.Copy(1)
	}
	var plain OffsetMap
	build(&plain)
	for _, n := range []int{0, 1, 3, 6, 100} {
		var m OffsetMap
		m.Grow(n)
		build(&m)
		m.Grow(n) // more room later changes nothing either
		for p := 0; p <= 9; p++ {
			if m.Start(p) != plain.Start(p) || m.End(p) != plain.End(p) {
				t.Errorf("Grow(%d): offset %d maps to [%d,%d), want [%d,%d)", n, p, m.Start(p), m.End(p), plain.Start(p), plain.End(p))
			}
		}
		if pl, rl := m.Len(); pl != 8 || rl != 11 {
			t.Errorf("Grow(%d): lengths %d, %d; want 8, 11", n, pl, rl)
		}
	}
}
