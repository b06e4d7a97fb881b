package coder

import (
	"testing"

	"github.com/atalaya-events/atalaya/internal/article"
	"github.com/atalaya-events/atalaya/internal/doc"
	"github.com/atalaya-events/atalaya/internal/morph"
	"github.com/atalaya-events/atalaya/internal/prepare"
)

// TestNounContext: a Spanish function word or number takes no verb
// reading, nor a noun after a determiner a finite one (nounContext). Each case names a word of the sentence (its first
// occurrence, as written) and whether it may still be read as a finite
// verb, and, where given, a lemma it must or must not keep.
func TestNounContext(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	pr, err := prepare.New(prepare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, word string
		finite     bool
		keep, lose string // a lemma kept, a lemma lost ("" none)
	}{
		// a function word or a number is no verb of its own ...
		{"Una federación de cafetaleros marchó hacia la capital.", "Una", false, "una", "unir"},
		{"Miles de personas se concentraron este martes.", "este", false, "este", "estar"},
		{"Miles de personas se concentraron este martes.", "de", false, "de", "dar"},
		{"Los maestros marcharon hacia la plaza.", "hacia", false, "hacia", "hacer"},
		{"Seis estudiantes fueron detenidos.", "Seis", false, "", "ser"},
		{"Los obreros marcharon para exigir aumentos.", "para", false, "para", "paro"},
		{"Los obreros marcharon para exigir aumentos.", "para", false, "", "parar"},
		{"La policía los detuvo si se resistían.", "se", false, "", "ser"},
		{"Los maestros dijeron que se marcharán el lunes.", "se", false, "", "ser"},
		{"No se sabe si no habrá marcha.", "si", false, "", "ser"},
		// ... unless a clitic, "que", "se" or "no" stands before it
		{"Pidió a los campesinos que se una a la marcha.", "una", true, "unir", ""},
		{"Piden que entre en vigor la nueva ley.", "entre", true, "entrar", ""},
		// an accented word is no function word: "está", "dé" keep their verb
		{"La marcha está prevista para el lunes.", "está", true, "estar", ""},
		// a word that also reads as a noun, after an article, a
		// possessive, a demonstrative or a preposition, is the noun (an
		// infinitive stays)
		{"Los vecinos anunciaron una marcha para el lunes.", "marcha", false, "marcha", "marchar"},
		{"El gobierno rechazó las protestas de los maestros.", "protestas", false, "protesta", "protestar"},
		{"Los obreros salieron en protesta por los despidos.", "protesta", false, "protesta", "protestar"},
		{"La renuncia del ministro sorprendió a todos.", "renuncia", false, "renuncia", "renunciar"},
		{"Al reprimir la marcha, la policía hirió a tres personas.", "reprimir", false, "reprimir", ""},
		// ... and in a text that writes its accents, a word written with
		// none is not the accented form it folds to, even after "que"
		{"Dijo que esta semana habrá un paro.", "esta", false, "esta", "estar"},
		{"Pidió que de inmediato se negocie el salario mínimo.", "de", false, "de", "dar"},
		{"Dijo que esta semana habra un paro.", "esta", true, "estar", ""},
		// a word in -o that reads as a noun is no first person present
		// of its verb, save inside quotation marks or after "yo", "no"
		// or a clitic; in capitals, or in a text written with no
		// accent at all, it may be a preterite that lost its accent
		{"Vecinos denunciaron desalojo de familias en Bogotá.", "desalojo", false, "desalojo", "desalojar"},
		{"«Desalojo a quien ocupe mi tierra», dijo el hacendado.", "Desalojo", true, "desalojar", ""},
		{"Yo respaldo la huelga, dijo el diputado.", "respaldo", true, "respaldar", ""},
		{"Lo respaldo sin dudar, afirmó el diputado.", "respaldo", true, "respaldar", ""},
		{"La policia desalojo a las familias de la finca.", "desalojo", true, "desalojar", ""},
		{"POLICÍA DESALOJO A FAMILIAS", "DESALOJO", true, "desalojar", ""},
		{"«La huelga merece respaldo», afirmó el dirigente.", "respaldo", false, "respaldo", "respaldar"},
		// a word of a compound preposition is no verb, nor another
		// lemma's form; a verb after a negation stays one
		{"Los maestros marcharon cerca de la plaza mayor.", "cerca", false, "cerca", "cercar"},
		{"Los maestros marcharon cerca de la plaza mayor.", "cerca", false, "cerca", "cerco"},
		{"Los vecinos no paran de protestar contra la mina.", "paran", true, "parar", ""},
		// a capitalised word followed by another is part of a name
		{"Ayer el diputado Cortés Villalobos criticó la medida.", "Cortés", false, "", "cortar"},
		{"Israel Bombardea Gaza Durante la Noche", "Bombardea", true, "bombardear", ""},
		// the articles that are also clitics: a verb with no noun
		// reading, or one that does not agree, stays a verb
		{"La policía los detuvo en la plaza.", "detuvo", true, "detener", ""},
		{"Los soldados los condena sin juicio.", "condena", true, "condenar", ""},
		// a word after a name's capitalised word: "Un" is no article
		{"Ayer Kim Jong Un recibió al enviado ruso.", "recibió", true, "recibir", ""},
		// elsewhere a word keeps its readings
		{"El sindicato protesta contra la reforma.", "protesta", true, "protestar", ""},
		{"Dos murieron en el ataque.", "murieron", true, "morir", ""},
	}
	for _, tc := range cases {
		d, err := pr.Prepare(&article.Article{ID: "t", Lang: "es", Body: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		r := newRun(c, c.lex["es"], d)
		i := -1
		for k := range d.Tokens {
			if d.Tokens[k].Kind == doc.Word && d.Tokens[k].Text == tc.word {
				i = k
				break
			}
		}
		if i < 0 {
			t.Errorf("%q: no word %q", tc.text, tc.word)
			r.release()
			continue
		}
		ti := r.info[i]
		if got := r.finiteVerb(i); got != tc.finite {
			t.Errorf("%q: %q finite verb reading %v, want %v (readings %v)", tc.text, tc.word, got, tc.finite, ti.an)
		}
		if tc.keep != "" && !ti.has(tc.keep) {
			t.Errorf("%q: %q lost lemma %q (readings %v)", tc.text, tc.word, tc.keep, ti.an)
		}
		if tc.lose != "" && ti.has(tc.lose) && tc.lose != ti.fold && !r.hasForm(i, morph.Inf) {
			t.Errorf("%q: %q still read as %q (readings %v)", tc.text, tc.word, tc.lose, ti.an)
		}
		r.release()
	}
}
