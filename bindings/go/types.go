package warta

// The article model. Field names and json tags follow the JSON contract
// (docs/warta.schema.json); a JSON null is the empty string here. Offsets
// (Start, End) are byte offsets into the input, half-open [Start, End), so
// text[m.Start:m.End] is the text of a span.

// Article is one parsed article.
type Article struct {
	WartaVersion string      `json:"warta_version"`
	Reference    string      `json:"reference"` // instant relative dates were resolved against
	Dateline     *Dateline   `json:"dateline"`  // nil when the article has none
	Published    string      `json:"published"` // ISO 8601 published instant stated by the text
	Paragraphs   []Span      `json:"paragraphs"`
	Entities     []Entity    `json:"entities"`
	Times        []Timex     `json:"times"`
	Related      []Related   `json:"related"`
	Attribution  Attribution `json:"attribution"`
	Blocks       []Block     `json:"blocks"`
	Warnings     []Warning   `json:"warnings"`
}

// Span is a half-open byte range of the input.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Text returns the part of the input text the span covers.
func (s Span) Text(text string) string { return text[s.Start:s.End] }

// Dateline is `Beijing (ANTARA) -`: place, agency, foreign source, and the
// place resolved to a country (ISO 3166-1), province (ISO 3166-2:ID) and
// IANA time zone.
type Dateline struct {
	Place    string `json:"place"`
	Agency   string `json:"agency"`
	Source   string `json:"source"`
	Country  string `json:"country"`
	Province string `json:"province"`
	Timezone string `json:"timezone"`
	Span
}

// Entity is a person, country, organization or location with its mentions.
// Only the fields of its type are set: person Title and Affiliation; country
// ISO and ISO3; organization Acronym; location ISO, Province and Timezone.
type Entity struct {
	Type        string    `json:"type"` // "person", "country", "organization", "location"
	Name        string    `json:"name"`
	Title       string    `json:"title,omitempty"`
	Affiliation string    `json:"affiliation,omitempty"`
	ISO         string    `json:"iso,omitempty"`
	ISO3        string    `json:"iso3,omitempty"`
	Acronym     string    `json:"acronym,omitempty"`
	Province    string    `json:"province,omitempty"`
	Timezone    string    `json:"timezone,omitempty"`
	Guessed     bool      `json:"guessed,omitempty"` // typed by the learned model (Options.GuessNames)
	Mentions    []Mention `json:"mentions"`
}

// Mention is one mention of an entity (for a person, the name without title).
type Mention struct {
	Span
	Text string `json:"text"`
}

// Timex is a time expression.
type Timex struct {
	Text string `json:"text"`
	Span
	Value       string `json:"value"`       // TIMEX3-style value, "" when unresolved
	Granularity string `json:"granularity"` // "day", "minute", ...
	EndValue    string `json:"end_value"`   // end of a range
	Anchored    bool   `json:"anchored"`    // computed from the reference instant
	Relative    string `json:"relative"`    // relative meaning kept when unresolved
}

// Related is a related headline ("read_also" or "more_news").
type Related struct {
	Kind      string `json:"kind"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Span
	Entities []Entity `json:"entities"`
}

// Attribution holds the article's credits.
type Attribution struct {
	Source       string `json:"source"`
	Reporter     string `json:"reporter"`
	Editor       string `json:"editor"`
	Translator   string `json:"translator"`
	Photographer string `json:"photographer"`
	Initials     string `json:"initials"`
}

// Block is one block the input was cut into ("paragraph", "dateline",
// "pullquote", "read_also", "related", "attribution", "boilerplate", "stamp").
type Block struct {
	Kind string `json:"kind"`
	Span
}

// Warning is a warning recorded while parsing; Offset is -1 when none.
type Warning struct {
	Message string `json:"message"`
	Offset  int    `json:"offset"`
}
