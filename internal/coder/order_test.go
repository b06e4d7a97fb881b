package coder_test

import "testing"

// TestOrderedActSource checks whole source codes, which the sentence
// tables (country keys only) cannot: a government that orders or decrees
// a nominal act of its own forces is that act's source (CAMEO codes the
// orderer), while the forces stay the source where no one orders it or a
// gerund's doer is unclear.
func TestOrderedActSource(t *testing.T) {
	cases := []struct{ lang, text, src, code string }{
		{"es", "El ministro de Defensa de Chile ordenó el despliegue de soldados en la frontera norte.", "CHLGOV", "154"},
		{"es", "El gobierno de Chile decretó el despliegue de militares en la Araucanía.", "CHLGOV", "154"},
		{"es", "Un informe de los jueces de Perú ordenando el despliegue de tropas en Puno.", "PERMIL", "154"},
		{"en", "The Chilean defence minister ordered the deployment of soldiers along the northern border.", "CHLGOV", "154"},
		{"en", "The deployment of troops in the north of Chile began on Monday.", "CHLMIL", "154"},
		// forces an order addresses act for the orderer
		{"es", "La presidenta de Perú ordenó a los soldados retirarse de la frontera con Bolivia.", "PERGOV", "0874"},
		{"en", "The Peruvian president ordered soldiers to withdraw from the border with Bolivia.", "PERGOV", "0874"},
		{"en", "The Chilean government authorised police to arrest union leaders.", "CHLGOV", "173"},
		{"en", "The Chilean president ordered the troops to parade through the capital.", "CHLGOV", "150"},
		{"en", "Chilean troops paraded through the capital.", "CHLMIL", "150"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-01-01", c.text)
		got := partyCode(d, c.code, false)
		if got != c.src {
			t.Errorf("%s: source of %s is %q, want %q", c.text, c.code, got, c.src)
		}
	}
}
