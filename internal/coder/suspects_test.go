package coder_test

import "testing"

// TestSuspects: people arrested as suspects of a crime (words of suspicion
// after them: "que presuntamente", "sospechosos de", "suspected of") are
// criminals (CRM); people arrested with no such words stay what they are.
func TestSuspects(t *testing.T) {
	cases := []struct{ lang, text, src, tgt string }{
		{"es", "Agentes ministeriales de México detuvieron en Morelia a un hombre de 30 años que presuntamente conducía la motocicleta.", "MEXJUD", "MEXCRM"},
		{"es", "La Armada de Nigeria detuvo en Lagos a dos hombres sospechosos de robo.", "NGAMIL", "NGACRM"},
		{"es", "La policía de México detuvo a tres hombres en Morelia.", "MEXCOP", ""},
		{"en", "Police in Mexico arrested two men suspected of smuggling weapons.", "MEXCOP", "MEXCRM"},
		{"en", "Police in Mexico arrested two men.", "MEXCOP", "MEXCVL"},
		// a plural demonym standing as the people keeps its country
		{"es", "La policía española detuvo a dos marroquíes sospechosos de tráfico de drogas.", "ESPCOP", "MARCRM"},
		{"es", "La policía española detuvo a dos marroquíes.", "ESPCOP", "MARCVL"},
		{"en", "Police in Spain arrested two Moroccans suspected of smuggling hashish.", "ESPCOP", "MARCRM"},
		{"en", "Police in Spain arrested three Afghans.", "ESPCOP", "AFGCVL"},
		// those who work outside the law are criminals, not workers
		{"es", "La policía de Perú detuvo a 12 mineros ilegales en Madre de Dios.", "PERCOP", "PERCRM"},
		{"es", "La policía de Perú detuvo a 12 mineros en Madre de Dios.", "PERCOP", "PERLAB"},
		{"es", "El Ejército de Brasil detuvo a 23 garimpeiros en Roraima.", "BRAMIL", "BRACRM"},
		{"en", "Police in Ghana arrested 40 illegal miners.", "GHACOP", "GHACRM"},
		{"en", "Police in Kenya arrested three poachers.", "KENCOP", "KENCRM"},
	}
	for _, c := range cases {
		d := run(t, c.lang, "2025-06-17", c.text)
		if got := partyCode(d, "173", false); got != c.src {
			t.Errorf("%q: source %q, want %q", c.text, got, c.src)
		}
		if got := partyCode(d, "173", true); got != c.tgt {
			t.Errorf("%q: target %q, want %q", c.text, got, c.tgt)
		}
	}
}
