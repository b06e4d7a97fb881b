package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteJSON writes the figures as one JSON object on one line, with the keys,
// order and number formatting of score.py's --json output.
func (r *Report) WriteJSON(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, `{"docs": %d, "docs_missing": %d, "root": %s, "full": %s, "time_value_acc": %s}`+"\n",
		r.Docs, r.DocsMissing, r.Root.json(), r.Full.json(), pyFloat(r.TimeValueAcc))
	_, err := io.WriteString(w, b.String())
	return err
}

func (l Level) json() string {
	return fmt.Sprintf(`{"tp": %d, "fp": %d, "fn": %d, "precision": %s, "recall": %s, "f1": %s, "date_acc": %s, "place_acc": %s}`,
		l.TP, l.FP, l.FN, pyFloat(&l.Precision), pyFloat(&l.Recall), pyFloat(&l.F1), pyFloat(l.DateAcc), pyFloat(l.PlaceAcc))
}

// pyFloat writes a number as Python's json module does (shortest form that
// reads back, ".0" on whole numbers), or null.
func pyFloat(v *float64) string {
	if v == nil {
		return "null"
	}
	s := strconv.FormatFloat(*v, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}

// WriteText writes the figures in score.py's text layout.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "docs %d (missing from predictions: %d)\n", r.Docs, r.DocsMissing)
	for _, lv := range []struct {
		name string
		l    Level
	}{{"root", r.Root}, {"full", r.Full}} {
		l := lv.l
		fmt.Fprintf(&b, "%-5s P %.3f R %.3f F1 %.3f  (tp %d fp %d fn %d)  date_acc %s  place_acc %s\n",
			lv.name, l.Precision, l.Recall, l.F1, l.TP, l.FP, l.FN, pyText(l.DateAcc), pyText(l.PlaceAcc))
	}
	fmt.Fprintf(&b, "time value acc %s\n", pyText(r.TimeValueAcc))
	_, err := io.WriteString(w, b.String())
	return err
}

// pyText writes an optional figure as Python's print does.
func pyText(v *float64) string {
	if v == nil {
		return "None"
	}
	return pyFloat(v)
}

// WriteDetail writes, per article, its counts at the dyad-root level, then
// one line per missed gold event, per false positive, per event matched at
// the dyad-root level but not at the full level (gold and predicted full
// codes), per matched event with a wrong date or place, and per gold time
// expression not found, each with its evidence.
func (r *Report) WriteDetail(w io.Writer) error {
	var b strings.Builder
	for _, a := range r.Articles {
		o := &a.Root
		status := ""
		if a.Missing {
			status = "  (no record)"
		}
		fmt.Fprintf(&b, "%s: root tp %d fp %d fn %d, full tp %d fp %d fn %d%s\n",
			a.Name, o.TP, o.FP, o.FN, a.Full.TP, a.Full.FP, a.Full.FN, status)
		for _, g := range o.Misses {
			fmt.Fprintf(&b, "  MISS  %s %s -> %s %s%s  %q\n", g.ID, code(g.Source), code(g.Target), g.Cameo, alts(g.Alt), g.Evidence)
		}
		for _, p := range o.Extras {
			fmt.Fprintf(&b, "  EXTRA %s -> %s %s trigger %q  %q\n", code(p.Source), code(p.Target), p.Cameo, p.Trigger, p.Evidence)
		}
		for _, m := range a.FullLosses() {
			fmt.Fprintf(&b, "  FULL  %s gold %s -> %s %s%s predicted %s -> %s %s\n", m.Gold.ID, code(m.Gold.Source), code(m.Gold.Target),
				m.Gold.Cameo, alts(m.Gold.Alt), code(m.Pred.Source), code(m.Pred.Target), m.Pred.Cameo)
		}
		for _, m := range o.Matches {
			if !m.DateOK {
				fmt.Fprintf(&b, "  DATE  %s gold %s%s predicted %s (trigger %q)\n", m.Gold.ID, code(m.Gold.Date), dateAlts(m.Gold.DateAlt), jsonish(m.Pred.Date), m.Pred.Trigger)
			}
			if m.PlaceOK != nil && !*m.PlaceOK {
				fmt.Fprintf(&b, "  PLACE %s gold %s predicted %s (trigger %q)\n", m.Gold.ID, place(m.Gold.Location), place(m.Pred.Location), m.Pred.Trigger)
			}
		}
		for _, t := range a.Times {
			if !t.OK {
				fmt.Fprintf(&b, "  TIME  %q = %s not found\n", t.Gold.Text, jsonish(t.Gold.Value))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func code(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

func alts(a []string) string {
	if len(a) == 0 {
		return ""
	}
	return " (alt " + strings.Join(a, ",") + ")"
}

func dateAlts(d []*string) string {
	if len(d) == 0 {
		return ""
	}
	s := make([]string, len(d))
	for i, x := range d {
		s[i] = code(x)
	}
	return " (or " + strings.Join(s, ",") + ")"
}

func jsonish(v any) string {
	if v == nil {
		return "null"
	}
	return fmt.Sprint(v)
}

func place(l map[string]any) string {
	if len(l) == 0 {
		return "none"
	}
	s := jsonish(l["country"])
	if a := l["adm1"]; a != nil {
		s += "/" + jsonish(a)
	}
	if n, ok := l["name"].(string); ok && n != "" {
		s += " (" + n + ")"
	}
	return s
}
