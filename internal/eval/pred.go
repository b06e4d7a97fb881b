package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Prediction is what the scorer reads of one extraction record (record.md):
// its id, events and time expressions. Records are read loosely, as
// score.py reads them, so that any producer's output can be scored.
type Prediction struct {
	ID     string // the record's id as score.py prints it (str() of the JSON value)
	Events []PredEvent
	Times  []PredTime
}

// PredEvent is one predicted event.
type PredEvent struct {
	Source, Target *string // actor codes; nil when null or absent
	Cameo          string
	Date           any            // the JSON value: nil, a string, ...
	Location       map[string]any // nil when absent, null or not an object
	Trigger        string         // evidence.trigger
	Evidence       string         // evidence.text
}

// PredTime is one predicted time expression.
type PredTime struct {
	Text  string
	Value any
}

// ReadPredictionsFile reads a JSON Lines file of extraction records.
func ReadPredictionsFile(path string) (map[string]*Prediction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadPredictions(path, f)
}

// ReadPredictions reads extraction records, one JSON object per line (blank
// lines skipped), keyed by the Stem of their id; a later record with the
// same key replaces an earlier one. A line that is not a JSON object is an
// error naming name and the line.
func ReadPredictions(name string, r io.Reader) (map[string]*Prediction, error) {
	preds := map[string]*Prediction{}
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			p, perr := ParsePrediction(t)
			if perr != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, n, perr)
			}
			preds[Stem(p.ID)] = p
		}
		if err == io.EOF {
			return preds, nil
		}
	}
}

// ParsePrediction reads one extraction record.
func ParsePrediction(data []byte) (*Prediction, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("not valid JSON: %v", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("not valid JSON: more than one value on the line")
	}
	o, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("not a JSON object")
	}
	id, has := o["id"]
	if !has {
		id = ""
	}
	p := &Prediction{ID: pyStr(id)}
	for _, ev := range list(o["events"]) {
		e, _ := ev.(map[string]any)
		if e == nil {
			return nil, fmt.Errorf("an event is not a JSON object")
		}
		pe := PredEvent{Source: actorCode(e["source"]), Target: actorCode(e["target"]), Date: e["date"]}
		if c, ok := e["cameo"].(string); ok {
			pe.Cameo = c
		}
		if l, ok := e["location"].(map[string]any); ok && len(l) > 0 {
			pe.Location = l
		}
		if evd, ok := e["evidence"].(map[string]any); ok {
			pe.Trigger, _ = evd["trigger"].(string)
			pe.Evidence, _ = evd["text"].(string)
		}
		p.Events = append(p.Events, pe)
	}
	for _, tv := range list(o["times"]) {
		t, _ := tv.(map[string]any)
		if t == nil {
			return nil, fmt.Errorf("a time is not a JSON object")
		}
		pt := PredTime{Value: t["value"]}
		pt.Text, _ = t["text"].(string)
		p.Times = append(p.Times, pt)
	}
	return p, nil
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

// actorCode is an event side's code: the string itself, or the "code" of an
// actor object; nil for null, absent or anything else.
func actorCode(v any) *string {
	switch a := v.(type) {
	case string:
		return &a
	case map[string]any:
		if c, ok := a["code"].(string); ok {
			return &c
		}
	}
	return nil
}

// pyStr writes a JSON value as Python's str() does, which is how score.py
// keys records by id.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case bool:
		if x {
			return "True"
		}
		return "False"
	case json.Number:
		return x.String()
	}
	b, _ := json.Marshal(v)
	return string(b)
}
