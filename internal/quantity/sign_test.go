package quantity

import (
	"strings"
	"testing"
)

func TestHasCurrencySign(t *testing.T) {
	for _, s := range []string{"", "$", "US$", "€", "£", "5€", "€5", "\xe2\x82", "\xe2", "\xc2", "£x", "¢", "₤", "euros", "S/", "\xe2\x82\xad", "ñ", "a$b"} {
		if got, want := hasCurrencySign(s), strings.ContainsAny(s, "$€£"); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}
