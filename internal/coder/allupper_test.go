package coder

import (
	"strings"
	"testing"
)

func TestAllUpper(t *testing.T) {
	for _, s := range []string{"", "PARO", "Paro", "paro", "ÑANDÚ", "Ñandú", "12", "EE.UU.", "ATAQUE-aéreo", "ß"} {
		if got, want := allUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("allUpper(%q) = %v, want %v", s, got, want)
		}
	}
}
