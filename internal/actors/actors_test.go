package actors

import (
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/internal/doc"
)

// want is an expected actor mention: its text (prepared text) and code.
type want struct{ text, code string }

// found lists the mentions of d as "text=CODE".
func found(d *doc.Doc) []string {
	var out []string
	for _, a := range d.Actors {
		out = append(out, d.Text[a.Start:a.End]+"="+a.Code)
	}
	return out
}

func has(d *doc.Doc, w want) bool {
	for _, a := range d.Actors {
		if d.Text[a.Start:a.End] == w.text && a.Code == w.code {
			return true
		}
	}
	return false
}

func hasText(d *doc.Doc, text string) bool {
	for _, a := range d.Actors {
		if strings.Contains(d.Text[a.Start:a.End], text) {
			return true
		}
	}
	return false
}

type recCase struct {
	name, lang, date, text string
	want                   []want
	none                   []string // texts that must not be (inside) an actor mention
}

func runCases(t *testing.T, r *Recognizer, cases []recCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(t, r, c.lang, c.date, c.text)
			for _, w := range c.want {
				if !has(d, w) {
					t.Errorf("want %q = %s; got %v", w.text, w.code, found(d))
				}
			}
			for _, n := range c.none {
				if hasText(d, n) {
					t.Errorf("%q must not be an actor; got %v", n, found(d))
				}
			}
		})
	}
}

func TestAgentsWithCountries(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es demonyms in -és", lang: "es", text: "Los soldados franceses y los diplomáticos japoneses llegaron con periodistas ingleses.", want: []want{{"Los soldados franceses", "FRAMIL"}, {"periodistas ingleses", "GBRMED"}}},
		{name: "es names of forces", lang: "es", text: "Intervino la Fuerza Aérea Argentina con la Policía Nacional Civil salvadoreña.", want: []want{{"la Fuerza Aérea Argentina", "ARGMIL"}, {"la Policía Nacional Civil salvadoreña", "SLVCOP"}}},
		{name: "en names of forces", lang: "en", text: "It was the Salvadoran National Civil Police.", want: []want{{"the Salvadoran National Civil Police", "SLVCOP"}}},
		{name: "es genitive", lang: "es", text: "Las tropas de Corea del Norte cruzaron la frontera.", want: []want{{"Las tropas de Corea del Norte", "PRKMIL"}}},
		{name: "es demonym plural feminine", lang: "es", text: "Luego llegaron las fuerzas rusas.", want: []want{{"las fuerzas rusas", "RUSMIL"}}},
		{name: "es intelligence", lang: "es", text: "Según la inteligencia de Corea del Sur, el lanzamiento falló.", want: []want{{"la inteligencia de Corea del Sur", "KORSPY"}}},
		{name: "es foreign minister", lang: "es", text: "El canciller ruso viajará a Pekín.", want: []want{{"El canciller ruso", "RUSGOV"}}},
		{name: "es police", lang: "es", text: "La policía colombiana detuvo a tres manifestantes.", want: []want{{"La policía colombiana", "COLCOP"}, {"manifestantes", "COLCVL"}}},
		{name: "es a state's body addressed by another of a state is of that state", lang: "es", text: "Un juez peruano abrió el caso. La Defensoría del Pueblo de Bolivia pidió a la Fiscalía acelerar el caso.", want: []want{{"la Fiscalía", "BOLJUD"}}},
		{name: "es a state's body addressed by no body of a state keeps the last of its role", lang: "es", text: "Un juez peruano abrió el caso. Los mineros bolivianos pidieron a la Fiscalía acelerar el caso.", want: []want{{"la Fiscalía", "PERJUD"}}},
		{name: "es leadership", lang: "es", text: "Apoyará las medidas que el liderazgo ruso tome.", want: []want{{"el liderazgo ruso", "RUSGOV"}}},
		{name: "es action with demonym", lang: "es", text: "Repelieron una incursión ucraniana en la región.", want: []want{{"incursión ucraniana", "UKRMIL"}}},
		{name: "es action with two complements", lang: "es", text: "Desde la invasión de Rusia de Ucrania, todo cambió.", want: []want{{"la invasión de Rusia", "RUSMIL"}}},
		{name: "es action with one complement is not an actor", lang: "es", text: "Condenó la invasión de Ucrania.", none: []string{"invasión"}},
		{name: "es qualified noun alone is not an actor", lang: "es", text: "La inteligencia artificial avanza.", none: []string{"inteligencia"}},
		{name: "es state media", lang: "es", text: "Lo dijeron los medios estatales de los países.", want: []want{{"los medios estatales", "MED"}}},
		{name: "es agency with a name", lang: "es", text: "Lo informó la Agencia de Noticias Central de Corea del Norte.", want: []want{{"la Agencia de Noticias Central de Corea del Norte", "PRKMED"}}},
		{name: "es person complement", lang: "es", date: "2025-08-13", text: "El gobierno de Vladimir Putin respondió. El ejército de Putin avanzó.", want: []want{{"El gobierno de Vladimir Putin", "RUSGOV"}, {"El ejército de Putin", "RUSMIL"}}},
		{name: "en person premodifier", lang: "en", date: "2025-08-13", text: "The Putin government responded.", want: []want{{"The Putin government", "RUSGOV"}}},
		{name: "es adjective between", lang: "es", text: "Los barcos pesqueros canadienses zarparon.", want: []want{{"Los barcos pesqueros canadienses", "CANBUS"}}},
		{name: "en adjective between", lang: "en", text: "Canadian fishing boats sailed.", want: []want{{"Canadian fishing boats", "CANBUS"}}},
		{name: "en coordinated noun between", lang: "en", text: "Kenyan minibus and truck drivers went on strike.", want: []want{{"Kenyan minibus and truck drivers", "KENCVL"}}},
		{name: "en coordinated agent no premodifier", lang: "en", text: "Kenyan farmers and truck drivers protested.", want: []want{{"Kenyan farmers", "KENAGR"}, {"truck drivers", "KENCVL"}}},
		{name: "en premodifier", lang: "en", text: "Russian forces shelled the town.", want: []want{{"Russian forces", "RUSMIL"}}},
		{name: "en country premodifier", lang: "en", text: "The US commander in Iraq resigned.", want: []want{{"The US commander", "USAMIL"}}, none: []string{"Iraq"}},
		{name: "en from", lang: "en", text: "The rebels from Syria crossed over.", want: []want{{"The rebels from Syria", "SYRREB"}}},
		{name: "en genitive", lang: "en", text: "Syria's army advanced.", want: []want{{"Syria's army", "SYRMIL"}}},
		{name: "en demonym two words", lang: "en", text: "North Korean troops arrived and South Korean intelligence said so.", want: []want{{"North Korean troops", "PRKMIL"}, {"South Korean intelligence", "KORSPY"}}},
		{name: "en strikes", lang: "en", text: "Israeli strikes on Gaza continued.", want: []want{{"Israeli strikes", "ISRMIL"}}},
		{name: "en court", lang: "en", text: "A Tunisian court has jailed a Nigerian student.", want: []want{{"Tunisian court", "TUNJUD"}, {"Nigerian student", "NGAEDU"}}},
	})
}

func TestContextCountry(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "same role earlier", lang: "es", date: "2025-08-13",
			text: "El ejército israelí atacó aldeas. Luego el ejército se retiró.",
			want: []want{{"El ejército israelí", "ISRMIL"}, {"el ejército", "ISRMIL"}}},
		{name: "envoys are no context for a bare institution", lang: "en", date: "2025-06-19",
			text: "Estonia expelled two Russian diplomats on Monday, the foreign ministry said. Police detained a man.",
			want: []want{{"Russian diplomats", "RUSGOV"}, {"the foreign ministry", "ESTGOV"}, {"Police", "ESTCOP"}}},
		{name: "es envoys are no context for a bare institution", lang: "es", date: "2025-06-19",
			text: "Lituania expulsó a dos diplomáticos bielorrusos y al embajador de Bielorrusia, informó la cancillería. La policía detuvo a un hombre.",
			want: []want{{"la cancillería", "LTUGOV"}, {"La policía", "LTUCOP"}}},
		{name: "the dateline's country while none is named", lang: "en", date: "2025-06-19",
			text: "CHISINAU, June 19 - Police detained 14 people on Tuesday, prosecutors said.",
			want: []want{{"Police", "MDACOP"}, {"prosecutors", "MDAJUD"}}},
		{name: "a body of the state joined to another takes its country", lang: "en", date: "2025-06-19",
			text: "Britain sanctioned four Georgian police officials and a judge.",
			want: []want{{"judge", "GEOJUD"}}},
		{name: "es a body of the state joined to another takes its country", lang: "es", date: "2025-06-19",
			text: "Francia y Alemania hablaron. Luego los soldados colombianos y la policía desalojaron la vía.",
			want: []want{{"la policía", "COLCOP"}}},
		{name: "document focus", lang: "en", date: "2025-06-19",
			text: "Kenyan police fired tear gas. The government said protesters had been warned.",
			want: []want{{"The government", "KENGOV"}, {"protesters", "KENCVL"}}},
		{name: "institutions belong to the story's country, not to a credit", lang: "es", date: "2024-03-01",
			text: "CARACAS, 1 mar (EFE).- El Gobierno de Venezuela acusó a Estados Unidos de financiar a la oposición.",
			want: []want{{"la oposición", "VENOPP"}}},
		{name: "a part of a country", lang: "es", date: "2025-08-13",
			text: "Hezbolá lanzó cohetes contra los civiles del norte de Israel.",
			want: []want{{"los civiles del norte de Israel", "ISRCVL"}}},
		{name: "several parties take none", lang: "es", date: "2025-08-13",
			text: "Chile firmó con Argentina. Ambos gobiernos celebraron.",
			want: []want{{"gobiernos", "GOV"}}},
		{name: "both parties of one country take it", lang: "es", date: "2025-08-13",
			text: "El sindicato de mineros de Bolivia y la Central Obrera Boliviana convocaron un paro. Ambos sindicatos rechazaron la ley.",
			want: []want{{"sindicatos", "BOLLAB"}}},
		{name: "both governments of two countries take none", lang: "es", date: "2025-08-13",
			text: "El gobierno de Colombia y el gobierno de Venezuela firmaron un acuerdo. Ambos gobiernos celebraron.",
			want: []want{{"gobiernos", "GOV"}}},
		{name: "en both unions of one country take it", lang: "en", date: "2025-08-13",
			text: "A Kenyan union of teachers and a Kenyan union of nurses called a strike. Both unions rejected the offer.",
			want: []want{{"unions", "KENLAB"}}},
		{name: "owner that is not a country", lang: "es", date: "2025-08-13",
			text: "Rusia y Corea del Norte hablaron, dijeron los medios estatales de los países.",
			want: []want{{"los medios estatales", "MED"}}},
		{name: "unknown name after an agent", lang: "en", date: "2025-06-19",
			text: "Kenyan police arrested them, Interior Minister Kipchumba Murkomen said.",
			want: []want{{"Kipchumba Murkomen", "KENGOV"}}},
	})
}

func TestMetonymy(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "es capitals", lang: "es", text: "Moscú respondió que Washington y Seúl mienten.", want: []want{{"Moscú", "RUSGOV"}, {"Washington", "USAGOV"}, {"Seúl", "KORGOV"}}},
		{name: "es capital as place", lang: "es", text: "La reunión tuvo lugar en Moscú y Pekín.", none: []string{"Moscú", "Pekín"}},
		{name: "es seats", lang: "es", text: "El Kremlin y la Casa Blanca hablaron; el Pentágono calló.", want: []want{{"Kremlin", "RUSGOV"}, {"Casa Blanca", "USAGOV"}, {"Pentágono", "USAMIL"}}},
		{name: "en capitals", lang: "en", text: "Beijing warned Taipei, while talks in Kyiv went on.", want: []want{{"Beijing", "CHNGOV"}, {"Taipei", "TWNGOV"}}, none: []string{"Kyiv"}},
		{name: "en seat", lang: "en", text: "Downing Street and the Pentagon declined to comment.", want: []want{{"Downing Street", "GBRGOV"}, {"Pentagon", "USAMIL"}}},
		{name: "en administration of a president by surname", lang: "en", date: "2006-03-01", text: "The Bush administration sent a note; Bush signed it.", want: []want{{"The Bush administration", "USAGOV"}, {"Bush", "USAGOV"}}},
		{name: "en short form as a place", lang: "en", date: "2025-08-13", text: "The meeting took place in Trump Tower.", none: []string{"Trump"}},
		{name: "en first names", lang: "en", text: "Jordan Pellegrini met Chad Johnson while Jordan said no.", want: []want{{"Jordan", "JOR"}}, none: []string{"Jordan Pellegrini", "Chad"}},
		{name: "en longest match", lang: "en", text: "A statue of George Washington was removed.", none: []string{"Washington"}},
		{name: "en common words", lang: "en", text: "They ate turkey on china plates in New Mexico.", none: []string{"turkey", "china", "Mexico"}},
		{name: "es country names", lang: "es", text: "Corea del Norte ha enviado tropas, según EE.UU. y la ONU.", want: []want{{"Corea del Norte", "PRK"}, {"EE.UU.", "USA"}, {"ONU", "IGOUNO"}}},
		{name: "en short forms", lang: "en", text: "The U.S. and the UK told us that NATO would act.", want: []want{{"U.S.", "USA"}, {"UK", "GBR"}, {"NATO", "IGONATO"}}, none: []string{"us"}},
		{name: "es media", lang: "es", text: "Según la agencia de noticias Tass de Rusia, citando al Kremlin.", want: []want{{"Tass de Rusia", "RUSMED"}, {"Kremlin", "RUSGOV"}}},
		{name: "es armed groups", lang: "es", text: "Hamás y Hezbolá negaron que los hutíes atacaran.", want: []want{{"Hamás", "PSEREB"}, {"Hezbolá", "LBNREB"}, {"hutíes", "YEMREB"}}},
	})
}

func TestDatedCodes(t *testing.T) {
	r := std(t)
	cases := []struct {
		date, code string
	}{
		{"2019-05-01", "USAGOV"},
		{"2023-05-01", "USAELI"},
		{"2025-08-13", "USAGOV"},
	}
	for _, c := range cases {
		d := run(t, r, "en", c.date, "Donald Trump spoke.")
		if len(d.Actors) != 1 || d.Actors[0].Code != c.code {
			t.Errorf("%s: want Donald Trump = %s, got %v", c.date, c.code, found(d))
		}
	}
}

func TestCoreference(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "surname after full name", lang: "es", date: "2025-08-13",
			text: "El líder norcoreano Kim Jong Un recibió la carta. Kim le dijo que sí.",
			want: []want{{"Kim Jong Un", "PRKGOV"}, {"Kim", "PRKGOV"}}},
		{name: "a shared first name in another full name is not the same person", lang: "es", date: "2025-08-13",
			text: "El ministro ruso Ivan Petrovski llegó. Ivan Kuznetsov lo recibió.",
			none: []string{"Ivan Kuznetsov"}},
		{name: "surname without full name is nothing", lang: "es", date: "2025-08-13",
			text: "Kim le dijo que sí.", none: []string{"Kim"}},
		{name: "unknown person after title", lang: "es", date: "2025-08-13",
			text: "El ministro ruso Ivan Petrovski llegó. Petrovski habló después.",
			want: []want{{"Ivan Petrovski", "RUSGOV"}, {"Petrovski", "RUSGOV"}}},
		{name: "a surname after a title", lang: "es", date: "2025-08-13",
			text: "El presidente colombiano Petrovski viajó. Luego Petrovski habló.",
			want: []want{{"Petrovski", "COLGOV"}}},
		{name: "a group and the people named", lang: "es", date: "2025-08-13",
			text: "Dos periodistas franceses, Georges Malbrunot y Christian Chesnot, fueron secuestrados.",
			want: []want{{"periodistas franceses", "FRAMED"}, {"Georges Malbrunot", "FRAMED"}, {"Christian Chesnot", "FRAMED"}}},
		{name: "possessive to previous subject", lang: "es", date: "2025-08-13",
			text: "Rusia acusó a Ucrania de atacar. Su gobierno pidió calma.",
			want: []want{{"Su gobierno", "RUSGOV"}}},
		{name: "possessive prefers a person", lang: "es", date: "2025-08-13",
			text: "Desde la guerra, Vladimir Putin visitó Ucrania. Su gobierno pidió calma.",
			want: []want{{"Su gobierno", "RUSGOV"}}},
		{name: "english possessive", lang: "en", date: "2025-08-13",
			text: "Iran rejected the offer. Its government said talks were over.",
			want: []want{{"Its government", "IRNGOV"}}},
		{name: "bare title to the last person in that role", lang: "es", date: "2025-08-13",
			text: "Vladimir Putin habló con la prensa. El presidente dijo que no.",
			want: []want{{"El presidente", "RUSGOV"}}},
		{name: "title with demonym names the person", lang: "es", date: "2025-08-13",
			text: "Vladimir Putin llegó. El mandatario ruso sonrió.",
			want: []want{{"El mandatario ruso", "RUSGOV"}}},
	})
	d := run(t, std(t), "es", "2025-08-13", "Vladimir Putin llegó. El mandatario ruso sonrió.")
	for _, a := range d.Actors {
		if d.Text[a.Start:a.End] == "El mandatario ruso" && a.Name != "Vladimir Putin" {
			t.Errorf("el mandatario ruso: want name Vladimir Putin, got %q", a.Name)
		}
	}
}

func TestOffsetsAndHeads(t *testing.T) {
	text := "Ayer, las tropas de Corea del Norte y el presidente ruso Vladimir Putin hablaron."
	d := run(t, std(t), "es", "2025-08-13", text)
	for _, a := range d.Actors {
		if a.Start < 0 || a.End > len(d.Text) || a.Start >= a.End {
			t.Fatalf("bad span %v", a.Span)
		}
		if !a.Span.Contains(a.Head) {
			t.Errorf("%q: head %v outside span %v", d.Text[a.Start:a.End], a.Head, a.Span)
		}
		if a.Source == "" {
			t.Errorf("%q: no source", d.Text[a.Start:a.End])
		}
		if raw := d.RawText(a.Span); raw != d.Text[a.Start:a.End] {
			t.Errorf("raw text %q != prepared %q", raw, d.Text[a.Start:a.End])
		}
	}
	if !has(d, want{"Vladimir Putin", "RUSGOV"}) || hasText(d, "presidente ruso") {
		t.Errorf("title before a name must give way to the person: %v", found(d))
	}
}

func TestUserOverrides(t *testing.T) {
	r, err := New(Options{UserDicts: []string{"testdata/user"}})
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, r, []recCase{
		{name: "agent replaced", lang: "es", text: "Los manifestantes marcharon.", want: []want{{"Los manifestantes", "OPP"}}},
		{name: "capital added", lang: "es", text: "Pristina protestó.", want: []want{{"Pristina", "XKXGOV"}}},
		{name: "person replaced", lang: "en", date: "2023-05-01", text: "Donald Trump spoke.", want: []want{{"Donald Trump", "USABUS"}}},
		{name: "person replaced keeps dated row", lang: "en", date: "2019-05-01", text: "Donald Trump spoke.", want: []want{{"Donald Trump", "USAGOV"}}},
		{name: "ours still there", lang: "es", text: "Moscú respondió.", want: []want{{"Moscú", "RUSGOV"}}},
	})
	// the Spanish override leaves the English agents alone
	d0 := run(t, r, "en", "", "The protesters marched.")
	if !has(d0, want{"The protesters", "CVL"}) {
		t.Errorf("english agents after a Spanish override: %v", found(d0))
	}
	// the embedded recogniser is unchanged
	d := run(t, std(t), "es", "", "Los manifestantes marcharon.")
	if !has(d, want{"Los manifestantes", "CVL"}) {
		t.Errorf("embedded: %v", found(d))
	}
}

func TestLoadErrors(t *testing.T) {
	_, err := New(Options{UserDicts: []string{"testdata/badformat"}})
	if err == nil || !strings.Contains(err.Error(), "people_x.tsv:2:") {
		t.Fatalf("want an error naming people_x.tsv:2, got %v", err)
	}
	_, err = New(Options{UserDicts: []string{"testdata/badkind"}})
	if err == nil || !strings.Contains(err.Error(), "badkind/es/x.tsv:2: unknown kind \"capitol\"") {
		t.Fatalf("want an error naming x.tsv:2, got %v", err)
	}
	_, err = New(Options{UserDicts: []string{"testdata/nothere.tsv"}})
	if err == nil || strings.Count(err.Error(), "\n") > 0 {
		t.Fatalf("want a one-line error, got %v", err)
	}
}

func TestInflection(t *testing.T) {
	for _, c := range []struct{ in, fem, pl string }{
		{"ruso", "rusa", "rusos"},
		{"francés", "francesa", "franceses"},
		{"alemán", "alemana", "alemanes"},
		{"español", "española", "españoles"},
		{"estadounidense", "", "estadounidenses"},
		{"iraquí", "", "iraquíes"},
		{"belga", "", "belgas"},
	} {
		if got := esFeminine(c.in); got != c.fem {
			t.Errorf("esFeminine(%q) = %q, want %q", c.in, got, c.fem)
		}
		if got := esPluralWord(c.in); got != c.pl {
			t.Errorf("esPluralWord(%q) = %q, want %q", c.in, got, c.pl)
		}
	}
	isOf := func(w string) bool { return w == "de" || w == "of" }
	for _, c := range []struct{ in, lang, want string }{
		{"fuerza aérea", "es", "fuerzas aéreas"},
		{"ministro de Defensa", "es", "ministros de Defensa"},
		{"juez", "es", "jueces"},
		{"tropas", "es", ""},
		{"army", "en", "armies"},
		{"security force", "en", "security forces"},
		{"minister of defence", "en", "ministers of defence"},
		{"militiaman", "en", "militiamen"},
	} {
		if got := plural(c.in, c.lang, isOf); got != c.want {
			t.Errorf("plural(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOtherLanguage(t *testing.T) {
	d := prep(t, "es", "", "Moscú y Washington hablaron con la OTAN.")
	d.Lang = "pt" // neither es nor en: every form applies
	if err := std(t).Process(d); err != nil {
		t.Fatal(err)
	}
	for _, w := range []want{{"Moscú", "RUSGOV"}, {"Washington", "USAGOV"}, {"OTAN", "IGONATO"}} {
		if !has(d, w) {
			t.Errorf("want %v, got %v", w, found(d))
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	r := std(t)
	texts := []string{
		"Las tropas de Corea del Norte y el presidente ruso Vladimir Putin hablaron con Seúl.",
		"Russian forces shelled the town while the Pentagon said US troops stayed.",
	}
	want := make([][]string, len(texts))
	for i, s := range texts {
		want[i] = found(run(t, r, []string{"es", "en"}[i], "2025-08-13", s))
	}
	docs := make(chan int, 40)
	for i := 0; i < 40; i++ {
		docs <- i % len(texts)
	}
	close(docs)
	errs := make(chan string, 40)
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func() {
			for i := range docs {
				d := prep(t, []string{"es", "en"}[i], "2025-08-13", texts[i])
				if err := r.Process(d); err != nil {
					errs <- err.Error()
					continue
				}
				if got := strings.Join(found(d), ","); got != strings.Join(want[i], ",") {
					errs <- got
				}
			}
			done <- true
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error("concurrent result differs:", e)
	}
}

// TestSplitGenitive uses a hand-made document whose tokenizer wrote the
// English genitive as a token of its own.
func TestSplitGenitive(t *testing.T) {
	text := "Syria 's army advanced ."
	d := &doc.Doc{Lang: "en", Raw: text, Text: text}
	start := 0
	for _, w := range strings.Fields(text) {
		i := strings.Index(text[start:], w) + start
		kind := doc.Word
		if w == "." {
			kind = doc.Punct
		}
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: i, End: i + len(w)}, Text: w, Kind: kind, Cap: w == "Syria"})
		start = i + len(w)
	}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}, FirstTok: 0, EndTok: len(d.Tokens)}}
	if err := std(t).Process(d); err != nil {
		t.Fatal(err)
	}
	if !has(d, want{"Syria 's army", "SYRMIL"}) || len(d.Actors) != 1 {
		t.Errorf("got %v", found(d))
	}
}

// TestDemonymsInflect checks that every Spanish demonym of the dictionary
// gets a plural, so that "fuerzas rusas" and "soldados franceses" match
// alike.
func TestDemonymsInflect(t *testing.T) {
	r := std(t)
	n := 0
	for i := range r.dict.Forms {
		f := &r.dict.Forms[i]
		if f.Kind != KindDemonym || f.Lang != "es" || strings.Contains(f.Text, " ") {
			continue
		}
		n++
		plural := false
		for _, v := range r.variants(f, f.Lang) {
			plural = plural || v.Plural
		}
		if !plural {
			t.Errorf("%s: demonym %q has no plural form", f.Source, f.Text)
		}
	}
	if n < 180 {
		t.Errorf("only %d one-word Spanish demonyms", n)
	}
}
