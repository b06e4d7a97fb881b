package doc

// Actor is a mention of an actor: a person, a country, an organisation or a
// generic agent ("las tropas de Corea del Norte"), coded in CAMEO.
type Actor struct {
	Span
	Code    string   // full CAMEO actor code: "PRKGOV", "IGOUNO", "MED"
	Name    string   // canonical name ("Kim Jong Un", "North Korea")
	Country string   // ISO 3166-1 alpha-3, or "" for organisations and unplaced agents
	Roles   []string // role codes ("GOV", "MIL")
	Kind    string   // person, country, capital, org, agent, pronoun ...
	Entity  string   // dictionary entity id, when the mention resolves to one
	Source  string   // where the code came from: "es/people.tsv:12", "coref:Kim Jong Un"
	Head    Span     // the span of the word(s) that name the actor, inside Span
	Local   bool     // a local or regional authority ("el alcalde", "los municipios", "the city council"), not the national one of its country
}

// Place is a mention of a place resolved against the gazetteer.
type Place struct {
	Span
	Name       string  // gazetteer name
	Country    string  // ISO 3166-1 alpha-3
	Adm1       string  // ISO 3166-2 first-level code, "" when not known or a country
	Feature    string  // GeoNames feature code: PCLI, ADM1, PPLC, PPL ...
	Lat, Lon   float64 //
	GeonamesID int     //
	Reason     string  // why this candidate was chosen
}

// Time is a time expression with its TIMEX3 value.
type Time struct {
	Span
	Type  string // DATE, TIME, DURATION, SET
	Value string // TIMEX3 value: 2025-08-12, 2024-FA, P3D, PAST_REF ...
	Mod   string // TIMEX3 mod: START, MID, END, APPROX ... (optional)
	// Anchor is, for a duration that separates a day named before from an
	// event told after it ("on Wednesday, a day after the minister
	// accused"), that event's day (YYYY-MM-DD); "" otherwise
	Anchor string
}

// Quantity is a counted amount: troops, dead, money.
type Quantity struct {
	Span
	Value  *float64 // nil when the text gives no number ("miles de")
	Unit   string   // troops, dead, wounded, arrested, displaced, people, USD ...
	Approx bool     // "alrededor de", "miles de", "at least"
}

// Modalities of an event (record.md).
const (
	Asserted     = "asserted"
	Planned      = "planned"
	Intended     = "intended"
	Negated      = "negated"
	Hypothetical = "hypothetical"
	Assessed     = "assessed"
)

// Reporter is a source an event is attributed to ("dijo KCNA").
type Reporter struct {
	Span
	Code string
	Text string // prepared-text surface (the record writes the raw text)
}

// Evidence says where an event was found and which pattern produced it.
type Evidence struct {
	Sentence int    // sentence index
	Span            // the sentence (or clause) span
	Trigger  Span   // the matched trigger words
	Pattern  string // "es/verbs.yaml:12:041:realizar llamada"
}

// Event is a coded event.
type Event struct {
	ID         string
	Source     *Actor // nil when the text names no one
	Target     *Actor
	Cameo      string // "041"; leading zero kept
	Symmetric  bool
	Date       string // TIMEX3 date; "" means null
	Modality   string
	ReportedBy []Reporter
	Location   *Place
	Quantities []Quantity
	Evidence   Evidence
	More       []Evidence // further statements of the same event
	Confidence float64
}
