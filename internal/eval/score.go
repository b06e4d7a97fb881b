package eval

import (
	"sort"
	"strconv"
)

// Level holds the figures of one matching level, micro-averaged over the
// articles. Rates are rounded to three decimals; DateAcc and PlaceAcc are
// nil when there was nothing to measure.
type Level struct {
	TP        int      `json:"tp"`
	FP        int      `json:"fp"`
	FN        int      `json:"fn"`
	Precision float64  `json:"precision"`
	Recall    float64  `json:"recall"`
	F1        float64  `json:"f1"`
	DateAcc   *float64 `json:"date_acc"`
	PlaceAcc  *float64 `json:"place_acc"`
}

// Report is the result of scoring: the figures of score.py's --json output
// and, per article, what matched and what did not.
type Report struct {
	Docs         int      `json:"docs"`
	DocsMissing  int      `json:"docs_missing"`
	Root         Level    `json:"root"`
	Full         Level    `json:"full"`
	TimeValueAcc *float64 `json:"time_value_acc"`

	Articles []ArticleResult `json:"-"`
}

// ArticleResult is one article's outcome at both levels.
type ArticleResult struct {
	Name    string
	Missing bool // no record for it among the predictions
	Root    Outcome
	Full    Outcome
	Times   []TimeOutcome
}

// FullLosses lists the required gold events matched at the dyad-root level
// but not at the full level, each with the predicted event matched to it at
// the dyad-root level, in gold order.
func (a *ArticleResult) FullLosses() []Pair {
	full := map[*GoldEvent]bool{}
	for _, m := range a.Full.Matches {
		full[m.Gold] = true
	}
	var out []Pair
	for _, m := range a.Root.Matches {
		if !full[m.Gold] {
			out = append(out, m)
		}
	}
	return out
}

// Outcome is one article's matching at one level.
type Outcome struct {
	TP, FP, FN int
	Matches    []Pair       // required gold events matched, in gold order
	Optional   []Pair       // optional gold events matched
	Misses     []*GoldEvent // required gold events left unmatched
	Extras     []*PredEvent // predicted events left unmatched
}

// Pair is a gold event and the predicted event matched to it, with whether
// the date and the place were right (Place is nil when the gold event has
// no location).
type Pair struct {
	Gold    *GoldEvent
	Pred    *PredEvent
	DateOK  bool
	PlaceOK *bool
}

// TimeOutcome is one gold time expression and whether a predicted one
// gave its value.
type TimeOutcome struct {
	Gold GoldTime
	OK   bool
}

// Score scores predictions (keyed by Stem of their id) against gold files.
func Score(golds []*Gold, preds map[string]*Prediction) *Report {
	rep := &Report{Docs: len(golds)}
	var root, full tally
	timeOK, timeN := 0, 0
	for _, g := range golds {
		p, ok := preds[g.Name]
		ar := ArticleResult{Name: g.Name, Missing: !ok}
		if !ok {
			rep.DocsMissing++
			p = &Prediction{}
		}
		ar.Root = MatchArticle(g.Events, p.Events, false)
		ar.Full = MatchArticle(g.Events, p.Events, true)
		root.add(&ar.Root)
		full.add(&ar.Full)
		for _, gt := range g.Times {
			hit := false
			for _, pt := range p.Times {
				if TimeMatch(pt, gt) {
					hit = true
					break
				}
			}
			timeN++
			if hit {
				timeOK++
			}
			ar.Times = append(ar.Times, TimeOutcome{Gold: gt, OK: hit})
		}
		rep.Articles = append(rep.Articles, ar)
	}
	rep.Root = root.level()
	rep.Full = full.level()
	rep.TimeValueAcc = ratio(timeOK, timeN)
	return rep
}

// MatchArticle matches one article's predicted events to its gold events,
// one to one and greedily: required gold events first, then optional ones,
// each in gold order taking the first unused predicted event that matches.
func MatchArticle(gold []GoldEvent, pred []PredEvent, full bool) Outcome {
	var o Outcome
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return !gold[order[a]].Optional && gold[order[b]].Optional })
	used := make([]bool, len(pred))
	for _, gi := range order {
		g := &gold[gi]
		hit := -1
		for i := range pred {
			if !used[i] && Match(&pred[i], g, full) {
				hit = i
				break
			}
		}
		if hit < 0 {
			if !g.Optional {
				o.FN++
				o.Misses = append(o.Misses, g)
			}
			continue
		}
		used[hit] = true
		p := &pred[hit]
		pair := Pair{Gold: g, Pred: p}
		if g.Optional {
			o.Optional = append(o.Optional, pair)
			continue
		}
		o.TP++
		pair.DateOK = DateMatch(p.Date, g)
		if len(g.Location) > 0 {
			ok := PlaceMatch(p.Location, g.Location)
			pair.PlaceOK = &ok
		}
		o.Matches = append(o.Matches, pair)
	}
	for i := range pred {
		if !used[i] {
			o.FP++
			o.Extras = append(o.Extras, &pred[i])
		}
	}
	return o
}

// tally sums outcomes over articles.
type tally struct {
	tp, fp, fn                     int
	dateOK, dateN, placeOK, placeN int
}

func (t *tally) add(o *Outcome) {
	t.tp += o.TP
	t.fp += o.FP
	t.fn += o.FN
	for _, m := range o.Matches {
		t.dateN++
		if m.DateOK {
			t.dateOK++
		}
		if m.PlaceOK != nil {
			t.placeN++
			if *m.PlaceOK {
				t.placeOK++
			}
		}
	}
}

func (t *tally) level() Level {
	var p, r, f float64
	if t.tp+t.fp > 0 {
		p = float64(t.tp) / float64(t.tp+t.fp)
	}
	if t.tp+t.fn > 0 {
		r = float64(t.tp) / float64(t.tp+t.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return Level{TP: t.tp, FP: t.fp, FN: t.fn, Precision: Round3(p), Recall: Round3(r), F1: Round3(f),
		DateAcc: ratio(t.dateOK, t.dateN), PlaceAcc: ratio(t.placeOK, t.placeN)}
}

func ratio(ok, n int) *float64 {
	if n == 0 {
		return nil
	}
	v := Round3(float64(ok) / float64(n))
	return &v
}

// Round3 rounds to three decimals as Python's round(x, 3) does: the exact
// binary value rounded to the nearest, ties to even.
func Round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}
