package morph

import "testing"

func TestInfinitiveEnding(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"marchar", true},
		{"concentrarse", true},
		{"entregárselo", true},
		{"detenerlos", true},
		{"reunir", true},
		{"ir", false},      // stem too short
		{"mar", false},     // stem too short
		{"marchan", false}, // a finite form
		{"los", false},
		{"concentrados", false},
	} {
		if got := InfinitiveEnding(c.word); got != c.want {
			t.Errorf("InfinitiveEnding(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
