package timex

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/atalaya-events/atalaya/internal/testutil"
)

// Duckling (../shared/peer/duckling/time.jsonl) resolves phrases for an
// assistant; atalaya reads news. The rows below are scored like
// shared/tools/peer_timex.py (non-latent "value" rows, the first time value
// compared at the gold grain) except for the categories declared out of
// scope, which are counted and listed:
//
//   - forward-weekday: a bare weekday or "este lunes" read forward, at most
//     a week on (Duckling's assistant reading); news reads them as the last
//     one.
//   - forward-month: a month without a year ("first Tuesday of October",
//     "Navidad") read as the next one; news takes the nearest, the past one
//     unless the tense says otherwise.
//   - next-weekday-week-after: "el próximo viernes" as the Friday of next
//     week; atalaya takes the coming one.
//   - holiday: named holidays and observances (atalaya has no holiday
//     calendar; rows it gets right still count).
//   - clock-forward: a clock time read as the next one after the reference
//     instant (3 a.m. tomorrow when it is 4:30 a.m.).
//   - 12-hour-clock: the same clock twelve hours apart: "3:30" read as 15:30
//     where atalaya keeps the written hour, or "5 y cuarto" which atalaya
//     reads as the afternoon.
//   - time-zone: a time converted from another zone (CET, PST, BST).
//   - sub-day-offset: "in 2 minutes", "hace dos horas", "en 7 días" at hour
//     or finer grain (news dates events by the day).
//   - in-N-units-duration: "in a week", "en dos meses", "8 years from now",
//     which atalaya reads as TimeML does: a duration ("will be ready in five
//     years" P5Y, "the lowest in two years" P2Y).
//   - coarser-offset-grain: "two years ago" read as a year (TIMEX3 news
//     practice) where Duckling gives a month.
//   - present-ref: "en este momento", "right now" read as PRESENT_REF
//     (TIMEX3 news practice) where Duckling gives today.
//   - second-grain: instants at second grain ("ahora" is PRESENT_REF).
//   - dash-day-month: "15-2", "2 - 15" read as a day and month with no
//     year; in news two numbers joined by a dash are a score or a range
//     ("won 15-2", "ages 2-15"), so atalaya reads a dashed date only with
//     its year ("3-9-2024").
//   - n-upcoming-units: "two upcoming weeks" read as the one week two weeks
//     on; news means the stretch ("in the two upcoming weeks").
type duckRow struct {
	ID      string `json:"id"`
	Lang    string `json:"lang"`
	Text    string `json:"text"`
	Ref     string `json:"ref"`
	Type    string `json:"type"`
	Value   string `json:"value"`
	Grain   string `json:"grain"`
	Latent  bool   `json:"latent"`
	Holiday string `json:"holiday"`
}

// duckValue converts Duckling's value to TIMEX3 at its grain.
func duckValue(r duckRow) string {
	v := r.Value
	switch r.Grain {
	case "year":
		return v[:4]
	case "month":
		return v[:7]
	case "day":
		return v[:10]
	case "hour":
		return v[:13]
	case "minute":
		return v[:16]
	case "second":
		return v[:19]
	case "week":
		t, _ := time.Parse("2006-01-02", v[:10])
		return isoWeek(t)
	case "quarter":
		t, _ := time.Parse("2006-01-02", v[:10])
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	}
	return ""
}

// atGrain cuts a predicted value to the grain of the gold one; an hour-grain
// gold value ("2013-02-12T15") matches "2013-02-12T15:00".
func atGrain(pred, want string) string {
	if len(want) == 13 && len(pred) >= 16 && strings.HasSuffix(pred[:16], ":00") {
		return pred[:13]
	}
	return pred
}

// outOfScope names the category of a missed row that atalaya does not aim
// at, or ""; whole tells whether the first time found spans the whole phrase.
func outOfScope(r duckRow, ref time.Time, pred string, whole bool) string {
	want := duckValue(r)
	switch {
	case r.Holiday != "":
		return "holiday"
	case r.Grain == "second":
		return "second-grain"
	case pred == "PRESENT_REF" && whole:
		return "present-ref"
	}
	if len(pred) >= 10 && len(want) >= 10 && pred[:10] != want[:10] && pred[10:] == want[10:] {
		p, err1 := time.Parse("2006-01-02", pred[:10])
		w, err2 := time.Parse("2006-01-02", want[:10])
		if err1 == nil && err2 == nil && p.Weekday() == w.Weekday() {
			if w.After(p) && w.Sub(p) <= 7*24*time.Hour && !p.After(ref) {
				return "forward-weekday"
			}
			if w.Sub(p) == 7*24*time.Hour {
				return "next-weekday-week-after"
			}
		}
	}
	if len(pred) >= 7 && len(want) >= 7 && pred[4] == '-' && want[4] == '-' && isDigits(pred[5:7]) && pred[5:7] == want[5:7] && pred < ref.Format("2006-01-02") && want > ref.Format("2006-01-02") {
		py, wy := 0, 0
		fmt.Sscan(pred[:4], &py)
		fmt.Sscan(want[:4], &wy)
		if wy == py+1 {
			return "forward-month"
		}
	}
	if (r.Grain == "hour" || r.Grain == "minute") && tzWord.MatchString(r.Text) && len(pred) >= 13 && len(want) >= 13 && pred[10:] != want[10:] {
		return "time-zone"
	}
	if (r.Grain == "hour" || r.Grain == "minute") && len(pred) >= 13 && len(want) >= 13 {
		ph, pm := pred[11:13], want[11:13]
		if pred[:10] == ref.Format("2006-01-02") && want[:10] != pred[:10] && pred[10:13] == want[10:13] {
			return "clock-forward"
		}
		var a, b int
		fmt.Sscan(ph, &a)
		fmt.Sscan(pm, &b)
		if pred[:10] == want[:10] && (a-b == 12 || b-a == 12) {
			return "12-hour-clock"
		}
		if pred[:10] == want[:10] && pred[:10] == ref.Format("2006-01-02") && strings.ContainsAny(r.Text, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return "time-zone"
		}
	}
	if (r.Grain == "hour" || r.Grain == "minute") && len(pred) == 10 {
		return "sub-day-offset"
	}
	if pred == "" && dashDayMonth.MatchString(r.Text) {
		return "dash-day-month"
	}
	if nUpcoming.MatchString(r.Text) {
		return "n-upcoming-units"
	}
	if strings.HasPrefix(pred, "P") && !strings.HasSuffix(pred, "_REF") {
		return "in-N-units-duration"
	}
	if len(pred) < len(want) && (len(pred) == 4 || len(pred) == 7) && strings.HasPrefix(want, pred) && hasOffsetWord(r.Text, r.Lang) {
		return "coarser-offset-grain"
	}
	return ""
}

func TestPeerDuckling(t *testing.T) {
	rows := readJSONL[duckRow](t, testutil.SharedFile(t, "peer/duckling/time.jsonl"))
	floors := map[string]float64{"es": 0.925, "en": 0.9} // a little below the figures reached
	for _, lang := range []string{"es", "en"} {
		t.Run(lang, func(t *testing.T) {
			n, ok, skipped := 0, 0, 0
			out := map[string]int{}
			for _, r := range rows {
				if r.Lang != lang || r.Type != "value" || r.Latent {
					continue
				}
				want := duckValue(r)
				if want == "" {
					skipped++
					continue
				}
				ref, err := time.Parse(time.RFC3339, r.Ref)
				if err != nil {
					t.Fatalf("%s: ref %q: %v", r.ID, r.Ref, err)
				}
				ref = time.Date(ref.Year(), ref.Month(), ref.Day(), ref.Hour(), ref.Minute(), ref.Second(), 0, time.UTC)
				got, whole := "", false
				if ts := testTagger.Find(r.Text, lang, ref); len(ts) > 0 {
					got = atGrain(ts[0].Value, want)
					whole = strings.TrimSpace(r.Text[:ts[0].Start]) == "" && strings.TrimSpace(r.Text[ts[0].End:]) == ""
				}
				if got != want {
					if c := outOfScope(r, ref, got, whole); c != "" {
						out[c]++
						continue
					}
				}
				n++
				if got == want {
					ok++
				} else if testing.Verbose() && os.Getenv("TIMEX_DEBUG") != "" {
					t.Logf("MISS %s %q want %s got %s", r.ID, r.Text, want, got)
				}
			}
			var cats []string
			total := 0
			for _, c := range []string{"forward-weekday", "forward-month", "next-weekday-week-after", "holiday", "clock-forward", "12-hour-clock", "time-zone", "sub-day-offset", "in-N-units-duration", "coarser-offset-grain", "present-ref", "second-grain", "dash-day-month", "n-upcoming-units"} {
				cats = append(cats, fmt.Sprintf("%s %d", c, out[c]))
				total += out[c]
			}
			msg := fmt.Sprintf("duckling %s: %d/%d values right (%.3f) in scope; out of scope %d (%s); %d skipped (grain)",
				lang, ok, n, ratio(ok, n), total, strings.Join(cats, ", "), skipped)
			t.Log(msg)
			if testing.Verbose() {
				fmt.Println(msg)
			}
			if ratio(ok, n) < floors[lang] {
				t.Errorf("value accuracy %.3f below the floor %.3f", ratio(ok, n), floors[lang])
			}
		})
	}
}

// dashDayMonth is a phrase of two numbers joined by a dash ("15-2").
var dashDayMonth = regexp.MustCompile(`^\s*\d{1,2}\s*-\s*\d{1,2}\s*$`)

// nUpcoming is a count before "upcoming" and a unit ("2 upcoming weeks").
var nUpcoming = regexp.MustCompile(`(?i)^\s*(\d+|[a-z]+) upcoming [a-z]+\s*$`)

// tzWord finds a time-zone abbreviation (GMT, PST, CET, UTC...).
var tzWord = regexp.MustCompile(`(?i)\b([a-z][a-z]t|utc)\b`)

// hasOffsetWord reports whether a phrase holds an "ago", "hace", "hence" or
// "dentro de" of the lexicon.
func hasOffsetWord(text, lang string) bool {
	lx := testTagger.lx[lang]
	toks := scanText(text, nil)
	ids := make([]int32, len(toks))
	for i, t := range toks {
		ids[i] = lx.lookup([]byte(fold(text[t.start:t.end])))
	}
	for _, it := range lx.buildItems(text, toks, ids, nil) {
		for _, s := range it.senses {
			if s.cls == cAgo || s.cls == cWithin {
				return true
			}
		}
	}
	return false
}

// TestPeerDucklingNegative runs Duckling's phrases that hold no time
// (../shared/peer/duckling/time_negative.jsonl) and fails when more of them
// yield a time than when the test was written. Left: "Pay ABC 2000" (a
// bare four-digit number after a name reads as a year).
func TestPeerDucklingNegative(t *testing.T) {
	type negRow struct {
		Lang string `json:"lang"`
		Text string `json:"text"`
	}
	const ceiling = 1 // false times reached
	rows := readJSONL[negRow](t, testutil.SharedFile(t, "peer/duckling/time_negative.jsonl"))
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)
	bad := 0
	for _, r := range rows {
		if ts := testTagger.Find(r.Text, r.Lang, ref); len(ts) > 0 {
			bad++
			if os.Getenv("TIMEX_DEBUG") != "" {
				t.Logf("FALSE %q: %q %s", r.Text, r.Text[ts[0].Start:ts[0].End], ts[0].Value)
			}
		}
	}
	msg := fmt.Sprintf("duckling negative: %d of %d phrases with no time yield one", bad, len(rows))
	t.Log(msg)
	if testing.Verbose() {
		fmt.Println(msg)
	}
	if bad > ceiling {
		t.Errorf("%d false times, more than %d", bad, ceiling)
	}
}
