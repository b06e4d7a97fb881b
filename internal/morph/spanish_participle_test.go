package morph

import "testing"

func TestParticipleEnding(t *testing.T) {
	for w, want := range map[string]bool{
		"armados": true, "heridas": true, "detenido": true, "cerrada": true,
		"armas": false, "herido ": false, "canción": false, "policía": false, "marcha": false,
	} {
		if got := ParticipleEnding(w); got != want {
			t.Errorf("ParticipleEnding(%q) = %v, want %v", w, got, want)
		}
	}
}
