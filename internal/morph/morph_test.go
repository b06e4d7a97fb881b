package morph

import (
	"strings"
	"testing"

	"github.com/atalaya-events/atalaya/data"
)

func has(as []Analysis, lemma string, form Form) bool {
	for _, a := range as {
		if a.Lemma == lemma && (form == 255 || a.Form == form) {
			return true
		}
	}
	return false
}

const anyForm Form = 255

func TestSpanishForms(t *testing.T) {
	es, err := NewSpanish(data.FS, "events/es/morph.tsv", nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		form, lemma string
		f           Form
	}{
		{"condenó", "condenar", Past},
		{"condenaron", "condenar", Past},
		{"condena", "condenar", Pres},
		{"condenará", "condenar", Fut},
		{"condenaría", "condenar", Cond},
		{"condenando", "condenar", Ger},
		{"condenado", "condenar", Part},
		{"condenadas", "condenar", Part},
		{"ataqué", "atacar", Past},
		{"ataquen", "atacar", Subj},
		{"amenacé", "amenazar", Past},
		{"amenazó", "amenazar", Past},
		{"pagué", "pagar", Past},
		{"detuvo", "detener", Past},
		{"detuvieron", "detener", Past},
		{"detenidos", "detener", Part},
		{"detiene", "detener", Pres},
		{"detendrá", "detener", Fut},
		{"reunirse", "reunir", Inf},
		{"reunieron", "reunir", Past},
		{"reúne", "reunir", Pres},
		{"reunió", "reunir", Past},
		{"planificada", "planificar", Part},
		{"programadas", "programar", Part},
		{"dijo", "decir", Past},
		{"dijeron", "decir", Past},
		{"dirá", "decir", Fut},
		{"dice", "decir", anyForm},
		{"hizo", "hacer", anyForm},
		{"hecho", "hacer", Part},
		{"puesta", "poner", Part},
		{"muertos", "morir", Part},
		// verbs of protest and repression patterns
		{"desaparecidas", "desaparecer", Part},
		{"desaparecieron", "desaparecer", Past},
		{"esposaron", "esposar", Past},
		{"depredaron", "depredar", Past},
		{"canjearon", "canjear", Past},
		{"reanudaron", "reanudar", Past},
		{"desmovilizan", "desmovilizar", Pres},
		{"volcaron", "volcar", Past},
		{"apoderaron", "apoderar", Past},
		{"negaron", "negar", Past},
		{"niega", "negar", Pres},
		{"destrozaron", "destrozar", Past},
		{"impidió", "impedir", Past},
		{"impidieron", "impedir", Past},
		{"prohibido", "prohibir", Part},
		{"prohíbe", "prohibir", Pres},
		{"decretó", "decretar", Past},
		{"abuchearon", "abuchear", Past},
		{"murieron", "morir", anyForm},
		{"hirió", "herir", anyForm},
		{"heridos", "herir", Part},
		{"destruyó", "destruir", Past},
		{"destruyeron", "destruir", Past},
		{"destruye", "destruir", Pres},
		{"construyendo", "construir", Ger},
		{"huyeron", "huir", Past},
		{"leyó", "leer", Past},
		{"dirigió", "dirigir", Past},
		{"dirijo", "dirigir", Pres},
		{"exigió", "exigir", anyForm},
		{"exigen", "exigir", anyForm},
		{"exijen", "exigir", Pres}, // misspelt "g" as "j" before e or i
		{"exijir", "exigir", Inf},
		{"dirijieron", "dirigir", Past},
		{"pidieron", "pedir", anyForm},
		{"cierran", "cerrar", Pres},
		{"vuelven", "volver", Pres},
		{"muestran", "mostrar", Pres},
		{"demuestra", "demostrar", Pres},
		{"siembran", "sembrar", Pres},
		{"encuentran", "encontrar", Pres},
		{"cuentan", "contar", Pres},
		{"depusieron", "deponer", Past},
		{"sustrajeron", "sustraer", Past},
		{"contrajo", "contraer", Past},
		{"pueden", "poder", Pres},
		{"podría", "poder", Cond},
		{"podrán", "poder", Fut},
		{"pudo", "poder", Past},
		{"muriendo", "morir", Ger},
		{"durmiendo", "dormir", Ger},
		{"durmieron", "dormir", Past},
		{"satisfizo", "satisfacer", anyForm},
		{"deshicieron", "deshacer", Past},
		{"cupo", "caber", Past},
		{"repelieron", "repeler", Past},
		{"repelidos", "repeler", Part},
		{"impidieron", "impedir", Past},
		{"advirtió", "advertir", Past},
		{"persiguiendo", "perseguir", Ger},
		{"bloqueó", "bloquear", Past},
		{"saquearon", "saquear", Past},
		{"incendian", "incendiar", Pres},
		{"nieguen", "negar", Subj},
		{"obliguen", "obligar", Subj},
		{"comiencen", "comenzar", Subj},
		{"reúnen", "reunir", Pres},
		{"prohíben", "prohibir", Pres},
		{"continúan", "continuar", Pres},
		{"envían", "enviar", Pres},
		{"quiere", "querer", Pres},
		{"quiso", "querer", Past},
		{"tuvo", "tener", Past},
		{"tendrá", "tener", Fut},
		{"fue", "ser", anyForm},
		{"firmó", "firmar", Past},
		{"firmaron", "firmar", Past},
		{"firmará", "firmar", Fut},
		{"apoyará", "apoyar", Fut},
		{"apoyara", "apoyar", anyForm},
		{"elogió", "elogiar", Past},
		{"desestimado", "desestimar", Part},
		{"conozco", "conocer", Pres},
		{"venció", "vencer", Past},
		{"venzo", "vencer", Pres},
		{"sigue", "seguir", anyForm},
		{"dándole", "dar", anyForm},
		{"enviarles", "enviar", Inf},
		{"acusándolo", "acusar", Ger},
		{"reuniones", "reunion", Plural},
		{"cumbres", "cumbre", Plural},
		{"paces", "paz", Plural},
		{"manifestaciones", "manifestacion", Plural},
		{"protestas", "protesta", anyForm},
		{"realizó", "realizar", Past},
		{"realizo", "realizar", anyForm},
		{"intervino", "intervenir", Past},
		{"impuso", "imponer", Past},
		{"impuestas", "imponer", Part},
		{"propuso", "proponer", Past},
		{"abiertas", "abrir", Part},
		{"suscrito", "suscribir", Part},
		{"tomaron", "tomar", Past},
		{"secuestraron", "secuestrar", Past},
		{"secuestrados", "secuestrar", Part},
		{"arrestaba", "arrestar", Past},
		{"rechazan", "rechazar", Pres},
		{"rechace", "rechazar", Subj},
		{"bombardeó", "bombardear", Past},
		{"invadió", "invadir", Past},
		{"invadieron", "invadir", Past},
		{"suministró", "suministrar", Past},
		{"enviado", "enviar", Part},
		{"acordó", "acordar", Past},
		{"acuerda", "acordar", Pres},
		{"mueren", "morir", anyForm},
	}
	for _, c := range cases {
		got := es.Analyze(c.form)
		if !has(got, c.lemma, c.f) {
			t.Errorf("%s: want %s/%v, got %v", c.form, c.lemma, c.f, got)
		}
	}
}

// The tense of an irregular whole form is the one morph.tsv names where
// its ending would mislead ("fue" ends like a subjunctive of -ar, "iba"
// like a present, "dice" like an -ar subjunctive): no other reading of the
// lemma is added.
func TestSpanishIrregularTense(t *testing.T) {
	es, err := NewSpanish(data.FS, "events/es/morph.tsv", nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		form, lemma string
		want, not   Form
	}{
		{"fue", "ser", Past, Subj},
		{"fueron", "ser", Past, Subj},
		{"fuera", "ser", Subj, Pres},
		{"es", "ser", Pres, Past},
		{"era", "ser", Past, Pres},
		{"sea", "ser", Subj, Pres},
		{"iba", "ir", Past, Pres},
		{"iban", "ir", Past, Pres},
		{"está", "estar", Pres, Past},
		{"hizo", "hacer", Past, Pres},
		{"hubo", "haber", Past, Pres},
		{"dio", "dar", Past, Pres},
		{"dice", "decir", Pres, Subj},
		{"exige", "exigir", Pres, Subj},
		{"exijan", "exigir", Subj, Pres},
		{"pida", "pedir", Subj, Part},
		{"dicho", "decir", Part, Pres},
	}
	for _, c := range cases {
		got := es.Analyze(c.form)
		if !has(got, c.lemma, c.want) || has(got, c.lemma, c.not) {
			t.Errorf("%s: want %s %s and no %s, got %v", c.form, c.lemma, c.want, c.not, got)
		}
	}
}

// A written accent before the stem's last vowel, or an "á", "é", "ó" in
// the stem, belongs to no regular verb form ("pública" is no form of
// publicar, "último" none of ultimar); an "í" or "ú" that is the stem's
// last vowel does ("reúne", "prohíbe", "actúa", "envía").
func TestSpanishStemAccent(t *testing.T) {
	es, err := NewSpanish(data.FS, "events/es/morph.tsv", map[string]bool{"publicar": true, "ultimar": true, "practicar": true,
		"reunir": true, "prohibir": true, "actuar": true, "enviar": true, "continuar": true})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"pública", "públicas", "público", "último", "últimas", "práctica", "prácticas"} {
		if got := es.Analyze(w); len(got) != 0 {
			t.Errorf("%s: want no reading, got %v", w, got)
		}
	}
	for _, c := range []struct{ form, lemma string }{
		{"publica", "publicar"}, {"publicó", "publicar"}, {"reúne", "reunir"}, {"prohíben", "prohibir"},
		{"actúa", "actuar"}, {"envía", "enviar"}, {"continúan", "continuar"}, {"ultimaron", "ultimar"},
	} {
		if got := es.Analyze(c.form); !has(got, c.lemma, anyForm) {
			t.Errorf("%s: want %s, got %v", c.form, c.lemma, got)
		}
	}
}

// A verb whose present subjunctive the table gives has no other one from
// a regular ending: "san" is no form of ser, "sala" none of salir.
func TestSpanishTableSubjunctive(t *testing.T) {
	es, err := NewSpanish(data.FS, "events/es/morph.tsv", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ form, lemma string }{{"san", "ser"}, {"sala", "salir"}, {"salas", "salir"}, {"pona", "poner"}} {
		if got := es.Analyze(c.form); has(got, c.lemma, anyForm) {
			t.Errorf("%s: want no reading of %s, got %v", c.form, c.lemma, got)
		}
	}
	for _, c := range []struct{ form, lemma string }{{"sea", "ser"}, {"sean", "ser"}, {"salga", "salir"}, {"tengan", "tener"}, {"produzca", "producir"}, {"marchen", "marchar"}} {
		if got := es.Analyze(c.form); !has(got, c.lemma, Subj) {
			t.Errorf("%s: want %s subj, got %v", c.form, c.lemma, got)
		}
	}
}

// AccentOnly: the verb readings a word written with no accent owes only
// to a form written with one, from the table ("esta" as "está") or from a
// regular ending ("primera" as a future "primerá"); none for a word with
// an accent or a reading its own spelling gives ("marcha", "marcharan").
func TestSpanishAccentOnly(t *testing.T) {
	es, err := NewSpanish(data.FS, "events/es/morph.tsv", map[string]bool{"estar": true, "dar": true, "primer": true, "marchar": true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w     string
		lemma string
		form  Form
		loose bool
	}{
		{"esta", "estar", Pres, true},
		{"este", "estar", Subj, true},
		{"de", "dar", Subj, true},
		{"primera", "primer", Fut, true},
		{"está", "estar", Pres, false},
		{"dé", "dar", Subj, false},
		{"marcha", "marchar", Pres, false},
		{"marcharan", "marchar", Subj, false},
		{"marcharán", "marchar", Fut, false},
	} {
		if got := has(es.AccentOnly(tc.w), tc.lemma, tc.form); got != tc.loose {
			t.Errorf("%s: AccentOnly has %s %v: %v, want %v (%v)", tc.w, tc.lemma, tc.form, got, tc.loose, es.AccentOnly(tc.w))
		}
		if tc.loose && !has(es.Analyze(tc.w), tc.lemma, tc.form) {
			t.Errorf("%s: Analyze lost %s %v: %v", tc.w, tc.lemma, tc.form, es.Analyze(tc.w))
		}
	}
}

// A noverb row: a noun or adjective with a verb's ending gets no regular
// verb reading ("mujer" no infinitive, "nucleares" none either), while a
// verb beside it keeps its own.
func TestSpanishNoVerb(t *testing.T) {
	es, err := NewSpanish(data.FS, "events/es/morph.tsv", map[string]bool{"mujer": true, "nuclear": true, "marchar": true})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"mujer", "mujeres", "nuclear", "nucleares"} {
		for _, a := range es.Analyze(w) {
			if a.Verb {
				t.Errorf("%s: verb reading %v", w, a)
			}
		}
	}
	if !has(es.Analyze("mujer"), "mujer", Other) {
		t.Errorf("mujer: lost its own reading: %v", es.Analyze("mujer"))
	}
	if !has(es.Analyze("marchar"), "marchar", Inf) {
		t.Errorf("marchar: %v", es.Analyze("marchar"))
	}
}

// A nostem row: a verb whose stem vowel never breaks into ie/ue takes no
// reading from a word with the diphthong ("dueña" no donar, "puerta" no
// portar, "viendo" no vender), and keeps its regular forms; the ue -> u
// change is jugar's alone ("huerta" no hurtar, "resuelto" no resultar).
func TestSpanishNoStem(t *testing.T) {
	known := map[string]bool{"donar": true, "portar": true, "vender": true, "hurtar": true, "resultar": true, "resolver": true, "volver": true, "jugar": true}
	es, err := NewSpanish(data.FS, "events/es/morph.tsv", known)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"dueña", "dueño", "puerta", "puertos", "huerta", "vienda"} {
		for _, a := range es.Analyze(w) {
			if a.Verb {
				t.Errorf("%s: verb reading %v", w, a)
			}
		}
	}
	if has(es.Analyze("resuelto"), "resultar", anyForm) || !has(es.Analyze("resuelto"), "resolver", Part) {
		t.Errorf("resuelto: %v", es.Analyze("resuelto"))
	}
	for _, tc := range []struct {
		w, lemma string
		f        Form
	}{{"donó", "donar", Past}, {"dona", "donar", Pres}, {"portaban", "portar", Past}, {"vende", "vender", Pres}, {"vuelve", "volver", Pres}, {"juega", "jugar", Pres}, {"jueguen", "jugar", Subj}} {
		if !has(es.Analyze(tc.w), tc.lemma, tc.f) {
			t.Errorf("%s: want %s %v: %v", tc.w, tc.lemma, tc.f, es.Analyze(tc.w))
		}
	}
}

func TestSpanishKnownRestricts(t *testing.T) {
	es, err := NewSpanish(data.FS, "events/es/morph.tsv", map[string]bool{"atacar": true, "reunion": true})
	if err != nil {
		t.Fatal(err)
	}
	if got := es.Analyze("atacaron"); len(got) != 1 || got[0].Lemma != "atacar" {
		t.Errorf("atacaron: %v", got)
	}
	// no -er verb changes its stem's "e" to "i": "comité", "comités"
	// and "remite" are no forms of "cometer" or "remeter"
	er, err := NewSpanish(data.FS, "events/es/morph.tsv", map[string]bool{"cometer": true, "remeter": true, "pedir": true})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"comité", "comités", "comite", "remite"} {
		if got := er.Analyze(w); len(got) != 0 {
			t.Errorf("%s: want no reading, got %v", w, got)
		}
	}
	for _, w := range []string{"pide", "pidió", "pidieron"} {
		if got := er.Analyze(w); !has(got, "pedir", anyForm) {
			t.Errorf("%s: want pedir, got %v", w, got)
		}
	}
	if got := es.Analyze("casa"); len(got) != 0 {
		t.Errorf("casa: want no reading, got %v", got)
	}
	if got := es.Analyze("reuniones"); len(got) != 1 || got[0].Lemma != "reunion" {
		t.Errorf("reuniones: %v", got)
	}
	// a preterite of a verb no dictionary names is read from its
	// regular ending; nouns and names with those letters are not
	for _, w := range []string{"enfureció", "indignaron", "sorprendieron", "alarmó"} {
		if got := es.Analyze(w); len(got) != 1 || got[0].Form != Past || !got[0].Verb {
			t.Errorf("%s: want one past reading, got %v", w, got)
		}
	}
	for _, w := range []string{"sharon", "canción", "enfurecio", "patrón"} {
		if got := es.Analyze(w); len(got) != 0 {
			t.Errorf("%s: want no reading, got %v", w, got)
		}
	}
}

func TestEnglishForms(t *testing.T) {
	en, err := NewEnglish(data.FS, "events/en/morph.tsv", nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		form, lemma string
		f           Form
	}{
		{"attacked", "attack", Past},
		{"expelled", "expel", Past},
		{"controlled", "control", Past},
		{"attacking", "attack", Ger},
		{"attacks", "attack", anyForm},
		{"announced", "announce", Past},
		{"announcing", "announce", Ger},
		{"stopped", "stop", Past},
		{"stopping", "stop", Ger},
		{"denied", "deny", Past},
		{"denies", "deny", anyForm},
		{"met", "meet", Past},
		{"meeting", "meet", Ger},
		{"said", "say", Past},
		{"fought", "fight", Past},
		{"sent", "send", Past},
		{"held", "hold", Past},
		{"shot", "shoot", Past},
		{"killed", "kill", Past},
		{"dying", "die", Ger},
		{"struck", "strike", Past},
		{"withdrew", "withdraw", Past},
		{"arrests", "arrest", anyForm},
		{"talks", "talk", anyForm},
		{"sanctions", "sanction", anyForm},
		{"visited", "visit", Past},
		{"criticised", "criticise", Past},
		{"criticized", "criticize", Past},
		{"accused", "accuse", Past},
		{"urged", "urge", Past},
		{"was", "be", anyForm},
		{"made", "make", Past},
	}
	for _, c := range cases {
		got := en.Analyze(c.form)
		if !has(got, c.lemma, c.f) {
			t.Errorf("%s: want %s/%v, got %v", c.form, c.lemma, c.f, got)
		}
	}
}

func TestBadTable(t *testing.T) {
	fsys := fstestMap{"x.tsv": "form\tfue\n"}
	if _, err := NewSpanish(fsys, "x.tsv", nil); err == nil || err.Error() != "x.tsv:1: want 3 tab-separated columns (kind, text, lemma), got 2" {
		t.Errorf("bad table: %v", err)
	}
	fsys = fstestMap{"x.tsv": "form.pasado\tfue\tser\n"}
	if _, err := NewSpanish(fsys, "x.tsv", nil); err == nil || !strings.Contains(err.Error(), `x.tsv:1: unknown form "pasado"`) {
		t.Errorf("bad form kind: %v", err)
	}
}
