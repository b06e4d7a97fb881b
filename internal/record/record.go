// Package record defines the extraction record of shared/docs/record.md:
// the JSON Lines object `atalaya extract` prints for each article, and its
// construction from an annotated doc.Doc. Every offset in a record is a byte
// offset into the article body as read.
package record

// Record is one article's extraction.
type Record struct {
	ID         string     `json:"id"`
	Date       *string    `json:"date"`
	Lang       string     `json:"lang"`
	URL        string     `json:"url,omitempty"`
	Title      string     `json:"title,omitempty"`
	Events     []Event    `json:"events"`
	Times      []Time     `json:"times"`
	Places     []Place    `json:"places"`
	Actors     []Actor    `json:"actors"`
	Quantities []Quantity `json:"quantities"`
	Warnings   []string   `json:"warnings"`
}

// Actor is an actor mention, and the shape of an event's source and target.
type Actor struct {
	Code    string   `json:"code"`
	Name    string   `json:"name,omitempty"`
	Country string   `json:"country,omitempty"`
	Roles   []string `json:"roles,omitempty"`
	Text    string   `json:"text"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

// Place is a place mention, and the shape of an event's location.
type Place struct {
	Name       string  `json:"name,omitempty"`
	Text       string  `json:"text"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Country    string  `json:"country"`
	Adm1       *string `json:"adm1"`
	Feature    string  `json:"feature"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	GeonamesID int     `json:"geonames_id"`
}

// Time is a time expression.
type Time struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	// Anchor: the day of the event a duration is counted to ("a day
	// after the minister accused")
	Anchor string `json:"anchor,omitempty"`
}

// Quantity is a counted amount.
type Quantity struct {
	Text   string   `json:"text"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Value  *float64 `json:"value"`
	Unit   string   `json:"unit"`
	Approx bool     `json:"approx"`
}

// Reporter is a source an event is attributed to.
type Reporter struct {
	Code  string `json:"code"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Evidence locates an event in the text.
type Evidence struct {
	Sentence     int    `json:"sentence"`
	Text         string `json:"text"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Trigger      string `json:"trigger"`
	TriggerStart int    `json:"trigger_start"`
	TriggerEnd   int    `json:"trigger_end"`
	Pattern      string `json:"pattern"`
}

// Event is a coded event.
type Event struct {
	ID           string     `json:"id"`
	Source       *Actor     `json:"source"`
	Target       *Actor     `json:"target"`
	Cameo        string     `json:"cameo"`
	Root         string     `json:"root"`
	QuadClass    int        `json:"quad_class"`
	Goldstein    float64    `json:"goldstein"`
	Plover       string     `json:"plover"`
	Symmetric    bool       `json:"symmetric"`
	Date         *string    `json:"date"`
	Modality     string     `json:"modality"`
	ReportedBy   []Reporter `json:"reported_by"`
	Location     *Place     `json:"location"`
	Quantities   []Quantity `json:"quantities"`
	Evidence     Evidence   `json:"evidence"`
	EvidenceMore []Evidence `json:"evidence_more,omitempty"`
	Confidence   float64    `json:"confidence"`
}
