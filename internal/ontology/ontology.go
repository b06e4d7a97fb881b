// Package ontology reads the CAMEO, PLOVER and GDELT fact tables embedded
// under data/ontology: event codes with Goldstein scores and quad classes,
// the CAMEO to PLOVER map, actor role codes and the GDELT column lists.
package ontology

import (
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"github.com/atalaya-events/atalaya/data"
)

// EventCode is one CAMEO event code.
type EventCode struct {
	Code      string
	Name      string
	Goldstein float64
	QuadClass int
	Plover    string // PLOVER type; "" where PLOVER drops the code (01, 02)
	Mode      string // PLOVER mode
}

// Root returns the code's two-digit root.
func (e EventCode) Root() string { return Root(e.Code) }

// Root returns the two-digit root of a CAMEO code ("0332" -> "03").
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// Role is a CAMEO actor role or type code.
type Role struct {
	Code, Name, Class string
}

// Column is one column of a GDELT export table.
type Column struct {
	Position   int
	Name, Type string
}

// Ontology holds the loaded tables.
type Ontology struct {
	Events         map[string]EventCode
	Roles          map[string]Role
	GDELTEvents    []Column
	GDELTMentions  []Column
	eventCodesList []string
}

var (
	once    sync.Once
	std     *Ontology
	stdErr  error
	tableFS fs.FS = data.FS
)

// Default returns the embedded ontology, loaded once per process.
func Default() (*Ontology, error) {
	once.Do(func() { std, stdErr = Load(tableFS, "ontology") })
	return std, stdErr
}

// MustDefault is Default for callers that cannot go on without the embedded
// tables (they are compiled in, so failure means a broken build).
func MustDefault() *Ontology {
	o, err := Default()
	if err != nil {
		panic("atalaya: embedded ontology tables are broken: " + err.Error())
	}
	return o
}

// Load reads the tables from dir in fsys.
func Load(fsys fs.FS, dir string) (*Ontology, error) {
	o := &Ontology{Events: map[string]EventCode{}, Roles: map[string]Role{}}
	err := readTSV(fsys, dir+"/cameo_events.tsv", func(rec map[string]string, line int) error {
		g, err := strconv.ParseFloat(rec["goldstein"], 64)
		if err != nil {
			return fmt.Errorf("goldstein %q: %v", rec["goldstein"], err)
		}
		q, err := strconv.Atoi(rec["quad_class"])
		if err != nil {
			return fmt.Errorf("quad_class %q: %v", rec["quad_class"], err)
		}
		o.Events[rec["code"]] = EventCode{Code: rec["code"], Name: rec["name"], Goldstein: g, QuadClass: q}
		o.eventCodesList = append(o.eventCodesList, rec["code"])
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, dir+"/cameo_to_plover.tsv", func(rec map[string]string, line int) error {
		e, ok := o.Events[rec["cameo"]]
		if !ok {
			return fmt.Errorf("unknown CAMEO code %q", rec["cameo"])
		}
		e.Plover, e.Mode = rec["plover_type"], rec["plover_mode"]
		o.Events[rec["cameo"]] = e
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV(fsys, dir+"/cameo_actor_roles.tsv", func(rec map[string]string, line int) error {
		o.Roles[rec["code"]] = Role{Code: rec["code"], Name: rec["name"], Class: rec["class"]}
		return nil
	})
	if err != nil {
		return nil, err
	}
	cols := func(name string, dst *[]Column) error {
		return readTSV(fsys, dir+"/"+name, func(rec map[string]string, line int) error {
			p, err := strconv.Atoi(rec["position"])
			if err != nil {
				return fmt.Errorf("position %q: %v", rec["position"], err)
			}
			*dst = append(*dst, Column{Position: p, Name: rec["name"], Type: rec["type"]})
			return nil
		})
	}
	if err := cols("gdelt_event_columns.tsv", &o.GDELTEvents); err != nil {
		return nil, err
	}
	if err := cols("gdelt_mention_columns.tsv", &o.GDELTMentions); err != nil {
		return nil, err
	}
	return o, nil
}

// Event returns the entry for a CAMEO code.
func (o *Ontology) Event(code string) (EventCode, bool) {
	e, ok := o.Events[code]
	return e, ok
}

// EventCodes returns every CAMEO event code in table order.
func (o *Ontology) EventCodes() []string { return o.eventCodesList }

// IsRole reports whether code is a known CAMEO role or type code.
func (o *Ontology) IsRole(code string) bool { _, ok := o.Roles[code]; return ok }

// readTSV reads a fact table: '#' comment lines, one header line, data.
func readTSV(fsys fs.FS, path string, row func(rec map[string]string, line int) error) error {
	f, err := fsys.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.Comment = '#'
	r.FieldsPerRecord = -1
	var header []string
	for {
		fields, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		line, _ := r.FieldPos(0)
		if header == nil {
			header = fields
			continue
		}
		rec := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(fields) {
				rec[h] = strings.TrimSpace(fields[i])
			}
		}
		if err := row(rec, line); err != nil {
			return fmt.Errorf("%s:%d: %v", path, line, err)
		}
	}
}
