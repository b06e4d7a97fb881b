package timex

import (
	"fmt"
	"time"
)

// anchor is the instant relative expressions are resolved against.
type anchor struct {
	t     time.Time
	known bool
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dayStr(t time.Time) string { return t.Format("2006-01-02") }

func ymd(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

func ym(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func yStr(y int) string { return fmt.Sprintf("%04d", y) }

// isoWeek formats the ISO week of t.
func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// wdayNum is Monday=1 .. Sunday=7.
func wdayNum(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// day returns the anchor's date shifted by off days, or XXXX-XX-XX.
func (a anchor) day(off int) string {
	if !a.known {
		return "XXXX-XX-XX"
	}
	return dayStr(a.t.AddDate(0, 0, off))
}

func (a anchor) date() time.Time {
	return date(a.t.Year(), int(a.t.Month()), a.t.Day())
}

// weekday resolves weekday w (1..7) in direction dir: -1 the last one (today
// included), 1 the coming one (today included); strict excludes today.
func (a anchor) weekday(w, dir int, strict bool) string {
	if !a.known {
		return fmt.Sprintf("XXXX-WXX-%d", w)
	}
	cur := wdayNum(a.t)
	var off int
	if dir >= 0 {
		off = (w - cur + 7) % 7
		if off == 0 && strict {
			off = 7
		}
	} else {
		off = -((cur - w + 7) % 7)
		if off == 0 && strict {
			off = -7
		}
	}
	return dayStr(a.date().AddDate(0, 0, off))
}

// cyc resolves an item of a cycle (month, season, quarter) given as an
// index inside a year: cur and want are "absolute" indexes (year*n+k) of the
// anchor's and the wanted item in the anchor's year. dir -1: the last one
// (the current included unless strict); 1: the coming one; 0: the nearest.
func cyc(cur, want, n, dir int, strict bool) int {
	switch dir {
	case -1:
		for want > cur || (strict && want == cur) {
			want -= n
		}
	case 1:
		for want < cur || (strict && want == cur) {
			want += n
		}
	case sameYear:
		if want-cur > n/2 {
			want -= n
		}
	default:
		if want-cur > n/2 {
			want -= n
		} else if cur-want > n/2 {
			want += n
		}
	}
	return want
}

// month resolves month m with no year.
func (a anchor) month(m, dir int, strict bool) (y int, ok bool) {
	if !a.known {
		return 0, false
	}
	cur := a.t.Year()*12 + int(a.t.Month()) - 1
	want := cyc(cur, a.t.Year()*12+m-1, 12, dir, strict)
	return want / 12, true
}

// nearestMonth is the year of month m (1..12) that lies nearest the
// anchor's month; on a tie (six months either way) the past one.
func (a anchor) nearestMonth(m int) int {
	cur := a.t.Year()*12 + int(a.t.Month()) - 1
	best := 0
	for _, y := range []int{a.t.Year() - 1, a.t.Year(), a.t.Year() + 1} {
		d := y*12 + m - 1 - cur
		bd := best*12 + m - 1 - cur
		if best == 0 || abs(d) < abs(bd) || abs(d) == abs(bd) && d < bd {
			best = y
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// seasons in the order of the year: winter holds January and February of
// its year (December belongs to the next year's winter).
var seasonOrder = map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}
var seasonNames = [4]string{"WI", "SP", "SU", "FA"}

func seasonIndex(t time.Time) int {
	y, m := t.Year(), int(t.Month())
	switch {
	case m <= 2:
		return y * 4
	case m <= 5:
		return y*4 + 1
	case m <= 8:
		return y*4 + 2
	case m <= 11:
		return y*4 + 3
	}
	return (y + 1) * 4
}

func seasonStr(idx int) string { return fmt.Sprintf("%04d-%s", idx/4, seasonNames[idx%4]) }

// season resolves season s (no year) in direction dir.
func (a anchor) season(s string, dir int, strict bool) string {
	if !a.known {
		return "XXXX-" + s
	}
	cur := seasonIndex(a.t)
	want := cyc(cur, (cur/4)*4+seasonOrder[s], 4, dir, strict)
	return seasonStr(want)
}

// quarter resolves quarter q (1..4) with no year.
func (a anchor) quarter(q, dir int, strict bool) string {
	if !a.known {
		return fmt.Sprintf("XXXX-Q%d", q)
	}
	cur := a.t.Year()*4 + (int(a.t.Month())-1)/3
	want := cyc(cur, a.t.Year()*4+q-1, 4, dir, strict)
	return fmt.Sprintf("%04d-Q%d", want/4, want%4+1)
}

// shift resolves "this/last/next UNIT" (n units from the current one).
func (a anchor) shift(unit string, n int) (string, bool) {
	if !a.known {
		switch unit {
		case "Y", "FY":
			return "XXXX", true
		case "M":
			return "XXXX-XX", true
		case "W":
			return "XXXX-WXX", true
		case "WE":
			return "XXXX-WXX-WE", true
		case "D":
			return "XXXX-XX-XX", true
		case "Q":
			return "XXXX-QX", true
		case "HY":
			return "XXXX-HX", true
		case "DE":
			return "XXX", true
		case "CE":
			return "XX", true
		}
		return "", false
	}
	t := a.date()
	switch unit {
	case "Y", "FY":
		return yStr(t.Year() + n), true
	case "M":
		u := date(t.Year(), int(t.Month()), 1).AddDate(0, n, 0)
		return ym(u.Year(), int(u.Month())), true
	case "W":
		return isoWeek(t.AddDate(0, 0, 7*n)), true
	case "WE":
		return isoWeek(t.AddDate(0, 0, 7*n)) + "-WE", true
	case "D":
		return dayStr(t.AddDate(0, 0, n)), true
	case "Q":
		q := t.Year()*4 + (int(t.Month())-1)/3 + n
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1), true
	case "HY":
		h := t.Year()*2 + (int(t.Month())-1)/6 + n
		return fmt.Sprintf("%04d-H%d", h/2, h%2+1), true
	case "DE":
		return fmt.Sprintf("%03d", t.Year()/10+n), true
	case "CE":
		return fmt.Sprintf("%02d", t.Year()/100+n), true
	}
	return "", false
}

// ago resolves "n units ago" (n<0) or "in n units" (n>0) at the grain of
// the unit: years give a year, months a month, anything shorter a day.
func (a anchor) ago(unit string, n float64) (string, bool) {
	if !a.known {
		return "", false
	}
	t := a.date()
	whole := int(n)
	switch unit {
	case "Y":
		return yStr(t.Year() + whole), true
	case "DE":
		return yStr(t.Year() + 10*whole), true
	case "CE":
		return yStr(t.Year() + 100*whole), true
	case "M":
		u := date(t.Year(), int(t.Month()), 1).AddDate(0, whole, 0)
		return ym(u.Year(), int(u.Month())), true
	case "Q":
		u := date(t.Year(), int(t.Month()), 1).AddDate(0, 3*whole, 0)
		return ym(u.Year(), int(u.Month())), true
	case "W":
		return dayStr(t.AddDate(0, 0, 7*whole)), true
	case "D":
		return dayStr(t.AddDate(0, 0, whole)), true
	case "WE":
		return isoWeek(t.AddDate(0, 0, 7*whole)) + "-WE", true
	case "H", "MIN", "S":
		d := time.Duration(n * float64(unitDur(unit)))
		if a.t.Equal(t) && d > -24*time.Hour && d < 24*time.Hour {
			// an article date without a time: "hace dos horas" is its day
			return dayStr(t), true
		}
		return dayStr(a.t.Add(d)), true
	}
	return "", false
}

func unitDur(u string) time.Duration {
	switch u {
	case "H":
		return time.Hour
	case "MIN":
		return time.Minute
	}
	return time.Second
}

// yearOf2 expands a two-digit year: to this century unless that would put
// it more than ten years after the anchor.
func (a anchor) yearOf2(yy int) int {
	ref := 2025
	if a.known {
		ref = a.t.Year()
	}
	y := ref/100*100 + yy
	if y > ref+10 {
		y -= 100
	}
	return y
}

// durStr formats a duration of n units ("P3Y", "PT30M", "PXY" when n<0).
func durStr(unit string, n float64) string {
	num := "X"
	if n >= 0 {
		num = trimFloat(n)
	}
	if unit == "H" && n > 0 && n != float64(int(n)) {
		return "PT" + trimFloat(n*60) + "M"
	}
	switch unit {
	case "H":
		return "PT" + num + "H"
	case "MIN":
		return "PT" + num + "M"
	case "S":
		return "PT" + num + "S"
	case "DE":
		if n < 0 {
			return "PXY" // counted decades are years ("dos décadas" P20Y), so are uncounted ones
		}
		return "P" + trimFloat(n*10) + "Y"
	case "CE":
		if n < 0 {
			return "PXY"
		}
		return "P" + trimFloat(n*100) + "Y"
	case "HY":
		if n < 0 {
			return "PXM"
		}
		return "P" + trimFloat(n*6) + "M"
	case "FY":
		return "P" + num + "Y"
	}
	return "P" + num + unit
}

func trimFloat(f float64) string {
	if f == float64(int(f)) {
		return fmt.Sprintf("%d", int(f))
	}
	return fmt.Sprintf("%g", f)
}
