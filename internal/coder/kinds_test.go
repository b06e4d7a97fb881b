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
