package coder_test

import "testing"

// TestPersonalCountObject: an object clitic joined to an infinitive
// ("despojarlos", "liberarlos") stands for the group the personal "a"
// introduced before it, a count in digits between ("a 27 opositores")
// or not; the first member of a list comes first.
func TestPersonalCountObject(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "Un tribunal de Managua declaró traidores a 27 opositores, periodistas y activistas y ordenó despojarlos de la nacionalidad.", "172", "NICJUD NICOPP"},
		{"es", "Un tribunal de Managua declaró traidores a 27 periodistas y ordenó despojarlos de la nacionalidad.", "172", "NICJUD NICMED"},
		{"es", "La policía cubana detuvo a 40 periodistas y luego decidió liberarlos.", "0841", "CUBCOP CUBMED"},
		{"es", "La policía cubana detuvo a los periodistas y luego decidió liberarlos.", "0841", "CUBCOP CUBMED"},
	})
}
