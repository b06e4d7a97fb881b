package actors

import "testing"

// An English plural agent in -s right after a relative pronoun or another
// actor and before a determiner is a verb; "the court" and "the judges"
// after an international court are that court.
func TestVerbReadingAndInternationalCourts(t *testing.T) {
	runCases(t, std(t), []recCase{
		{name: "en which guards the camps", lang: "en", text: "The battalion, which guards the camps, sent officers.", none: []string{"guards"}},
		{name: "en the army patrols the border", lang: "en", text: "The army patrols the border with Kenya.", none: []string{"patrols"}},
		{name: "en guards are police", lang: "en", text: "Prisoners held 11 guards hostage.", want: []want{{"guards", "COP"}}},
		{name: "en the guards their commander sent", lang: "en", text: "The guards their commander sent were armed.", want: []want{{"The guards", "COP"}}},
		{name: "en the judges of an international court", lang: "en", text: "The International Court of Justice ruled on Monday. The judges rejected the argument.", want: []want{{"The judges", "IGOUNO"}}},
		{name: "en a court of a country named since", lang: "en", text: "The International Court of Justice ruled on Monday. Kenya's High Court met. The court rejected the argument.", want: []want{{"The court", "KENJUD"}}},
		{name: "es los jueces de un tribunal internacional", lang: "es", text: "La Corte Penal Internacional abrió el juicio. Los jueces rechazaron el recurso.", want: []want{{"Los jueces", "IGOICC"}}},
	})
}
