package coder_test

import "testing"

// TestProtestRole: a bare protest noun later in a story ("los
// manifestantes", "12 manifestantes", "the protesters", "los
// huelguistas") is the one group of its country the story told
// protesting before it, in any position; with no such group, or two of
// different codes, it stays civilians.
func TestProtestRole(t *testing.T) {
	fullCodes(t, []fullCase{
		{"es", "Los campesinos bloquearon la ruta 2 en Caaguazú, Paraguay. La Fiscalía imputó a 12 manifestantes.", "173", "PRYJUD PRYAGR"},
		{"es", "Los docentes marcharon en Asunción, Paraguay. La policía detuvo a los manifestantes.", "173", "PRYCOP PRYEDU"},
		{"es", "Los docentes marcharon en Asunción, Paraguay. Los huelguistas rechazaron la propuesta del gobierno.", "12", "PRYEDU PRYGOV"},
		{"en", "Farmers blocked roads across Paraguay on Monday. Prosecutors charged 12 protesters.", "173", "PRYJUD PRYAGR"},
		{"en", "Teachers marched in Asuncion, Paraguay on Monday. The protesters rejected the government's offer.", "12", "PRYEDU PRYGOV"},
		// negatives: no group named, or two different ones
		{"es", "Cientos de personas bloquearon la ruta 2 en Caaguazú, Paraguay. La Fiscalía imputó a 12 manifestantes.", "173", "PRYJUD PRYCVL"},
		{"es", "Los campesinos bloquearon la ruta 2 y los docentes marcharon en Asunción, Paraguay. La Fiscalía imputó a 12 manifestantes.", "173", "PRYJUD PRYCVL"},
		{"en", "Farmers blocked roads and teachers marched in Asuncion, Paraguay on Monday. Prosecutors charged 12 protesters.", "173", "PRYJUD PRYCVL"},
		{"en", "Paraguayan prosecutors charged 12 protesters on Monday.", "173", "PRYJUD PRYCVL"},
	})
}
