package timex

import (
	"fmt"
	"os"
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
//   - forward-weekday: a bare weekday or "este lunes" read forward
//     (Duckling's assistant reading); news reads them as the last one.
//   - next-weekday-week-after: "el próximo viernes" as the Friday of next
//     week; atalaya takes the coming one.
//   - holiday: named holidays and observances (no holiday calendar yet).
//   - clock-forward: a bare clock time read as the next one after the
//     reference instant, or shifted by a time zone (CET).
//   - sub-day-offset: "in 2 minutes", "hace dos horas", "en 7 días" at hour
//     or finer grain (news dates events by the day).
//   - second-grain: instants at second grain ("ahora" is PRESENT_REF).
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

// outOfScope names the category of a row atalaya does not aim at, or "".
func outOfScope(r duckRow, ref time.Time, pred string) string {
	switch {
	case r.Holiday != "":
		return "holiday"
	case r.Grain == "second":
		return "second-grain"
	}
	want := duckValue(r)
	if r.Grain == "day" && len(pred) == 10 && pred != want {
		p, err1 := time.Parse("2006-01-02", pred)
		w, err2 := time.Parse("2006-01-02", want)
		if err1 == nil && err2 == nil && p.Weekday() == w.Weekday() {
			if p.Before(ref) && w.After(p) {
				return "forward-weekday"
			}
			if w.Sub(p) == 7*24*time.Hour {
				return "next-weekday-week-after"
			}
		}
	}
	if (r.Grain == "hour" || r.Grain == "minute") && len(pred) >= 16 && len(want) >= 13 && pred[:10] == ref.Format("2006-01-02") && want[:10] != pred[:10] {
		return "clock-forward"
	}
	if (r.Grain == "hour" || r.Grain == "minute") && len(pred) >= 16 && pred[:10] == want[:10] && pred[11:13] != want[11:13] && strings.Contains(strings.ToLower(r.Text), "cet") {
		return "clock-forward"
	}
	if (r.Grain == "hour" || r.Grain == "minute") && len(pred) == 10 {
		return "sub-day-offset"
	}
	return ""
}

func TestPeerDuckling(t *testing.T) {
	rows := readJSONL[duckRow](t, testutil.SharedFile(t, "peer/duckling/time.jsonl"))
	floors := map[string]float64{"es": 0.62, "en": 0.31} // a little below the figures reached
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
				got := ""
				if ts := testTagger.Find(r.Text, lang, ref); len(ts) > 0 {
					got = atGrain(ts[0].Value, want)
				}
				if got != want {
					if c := outOfScope(r, ref, got); c != "" {
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
			for _, c := range []string{"forward-weekday", "next-weekday-week-after", "holiday", "clock-forward", "sub-day-offset", "second-grain"} {
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
