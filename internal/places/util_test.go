package places

import (
	"sync"
	"testing"
)

var (
	geoOnce sync.Once
	geo     *Geocoder
	geoErr  error
)

func testGeocoder(t testing.TB) *Geocoder {
	t.Helper()
	geoOnce.Do(func() { geo, geoErr = New(Options{}) })
	if geoErr != nil {
		t.Fatal(geoErr)
	}
	return geo
}
