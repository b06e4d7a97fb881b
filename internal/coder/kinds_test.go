package coder

import "testing"

// TestKindSet checks the set on both sides of a word boundary: a kind past
// 63 must not leak onto the low word's bits, nor one below onto the high.
func TestKindSet(t *testing.T) {
	all := []cueKind{0, 1, 62, 63, 64, 65, 100, 64*kindWords - 1}
	for _, k := range all {
		s := kinds(k)
		for _, j := range all {
			if got := s.has(j); got != (j == k) {
				t.Errorf("kinds(%d).has(%d) = %v", k, j, got)
			}
		}
		if o := kinds(k); !s.meets(&o) {
			t.Errorf("kinds(%d) does not meet itself", k)
		}
	}
	a, b := kinds(3, 70), kinds(4, 71)
	if a.meets(&b) {
		t.Errorf("disjoint sets meet")
	}
	a.union(&b)
	for _, k := range []cueKind{3, 4, 70, 71} {
		if !a.has(k) {
			t.Errorf("union lacks %d", k)
		}
	}
	if a.has(5) || a.has(72) {
		t.Errorf("union has a kind of neither set")
	}
	if !functionBits.has(kPrep) || functionBits.has(kReport) {
		t.Errorf("functionBits: wrong kinds")
	}
}

// TestEventDate: a TIMEX3 value as an event's date; a week takes its
// month, across two months the month of most of its days, a weekend across
// two months its year.
func TestEventDate(t *testing.T) {
	cases := []struct{ in, want string }{
		{"2025-02-04TNI", "2025-02-04"},
		{"2025-W42", "2025-10"},
		{"2025-W42-WE", "2025-10"},
		{"2026-W27", "2026-07"}, // 29 June to 5 July
		{"2026-W05", "2026-01"}, // 26 January to 1 February
		{"2025-W22-WE", "2025"}, // 31 May and 1 June
		{"2026-W01", "2026-01"}, // 29 December 2025 to 4 January 2026
		{"2025-Q3", "2025"},
		{"PRESENT_REF", ""},
	}
	for _, c := range cases {
		if got := eventDate(c.in); got != c.want {
			t.Errorf("eventDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
