package places

import (
	"sync"
	"testing"

	"github.com/atalaya-events/atalaya/internal/actors"
)

var (
	geoOnce sync.Once
	geo     *Geocoder
	geoErr  error
)

func testGeocoder(t testing.TB) *Geocoder {
	t.Helper()
	geoOnce.Do(func() {
		geo, geoErr = New(Options{})
		if geoErr == nil {
			var act *actors.Recognizer
			act, geoErr = actors.New(actors.Options{Places: geo})
			geo.UsePeople(act)
		}
	})
	if geoErr != nil {
		t.Fatal(geoErr)
	}
	return geo
}
