package actors

import (
	"strings"
	"unicode/utf8"
)

// Inflection of dictionary forms: Spanish demonyms are written once in the
// masculine singular and get their feminine and plural forms here; agent
// nouns in both languages get their plurals. These are rules of the
// languages' morphology, not word lists.

// esFeminine returns the feminine of a Spanish demonym or "" when it is
// invariable (estadounidense, iraquí, belga).
func esFeminine(w string) string {
	switch {
	case strings.HasSuffix(w, "o"):
		return w[:len(w)-1] + "a"
	case strings.HasSuffix(w, "és"):
		return strings.TrimSuffix(w, "és") + "esa"
	case strings.HasSuffix(w, "án"):
		return strings.TrimSuffix(w, "án") + "ana"
	case strings.HasSuffix(w, "ón"):
		return strings.TrimSuffix(w, "ón") + "ona"
	case strings.HasSuffix(w, "ín"):
		return strings.TrimSuffix(w, "ín") + "ina"
	case strings.HasSuffix(w, "ol"), strings.HasSuffix(w, "or"):
		return w + "a"
	}
	return ""
}

// esPluralWord returns the plural of one Spanish word.
func esPluralWord(w string) string {
	if w == "" {
		return w
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	base := w[:len(w)-utf8.RuneLen(last)]
	switch last {
	case 'a', 'e', 'i', 'o', 'u', 'á', 'é', 'ó':
		return w + "s"
	case 'í', 'ú':
		return w + "es"
	case 'z':
		return base + "ces"
	case 's', 'x':
		// stressed final syllable (francés, inglés): +es, accent dropped;
		// otherwise invariable or already plural (tropas, lunes)
		if strings.HasSuffix(base, "é") || strings.HasSuffix(base, "á") || strings.HasSuffix(base, "ó") || strings.HasSuffix(base, "í") || strings.HasSuffix(base, "ú") {
			return unaccentLast(base) + string(last) + "es"
		}
		return ""
	case 'n':
		if a := unaccentLast(base); a != base { // alemán -> alemanes
			return a + "nes"
		}
		return w + "es"
	}
	if last >= 'a' && last <= 'z' || last == 'ñ' {
		return unaccentLast(base) + string(last) + "es"
	}
	return ""
}

// unaccentLast removes the accent of the last vowel of s when it has one.
func unaccentLast(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	plain := map[rune]string{'á': "a", 'é': "e", 'í': "i", 'ó': "o", 'ú': "u"}
	if p, ok := plain[r]; ok {
		return s[:len(s)-n] + p
	}
	return s
}

// enPluralWord returns the plural of one English word.
func enPluralWord(w string) string {
	lw := strings.ToLower(w)
	switch {
	case lw == "":
		return ""
	case strings.HasSuffix(lw, "s"), strings.HasSuffix(lw, "sh"), strings.HasSuffix(lw, "ch"), strings.HasSuffix(lw, "x"), strings.HasSuffix(lw, "z"):
		if strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "sh") || strings.HasSuffix(lw, "ch") || strings.HasSuffix(lw, "x") {
			return w + "es"
		}
		return "" // already plural or invariable
	case strings.HasSuffix(lw, "y") && len(lw) > 1 && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(lw, "man"):
		return w[:len(w)-3] + "men"
	}
	return w + "s"
}

// plural returns the plural of a form: in Spanish every word before the
// first preposition agrees ("fuerza aérea" -> "fuerzas aéreas", "ministro
// de Defensa" -> "ministros de Defensa"); in English the last word before
// one ("security force" -> "security forces"). isOf says whether a word is
// a preposition of the language. It returns "" when no plural differs.
func plural(form, lang string, isOf func(string) bool) string {
	words := strings.Fields(form)
	stop := len(words)
	for i, w := range words {
		if i > 0 && isOf(strings.ToLower(w)) {
			stop = i
			break
		}
	}
	out := append([]string(nil), words...)
	changed := false
	if lang == "en" {
		p := enPluralWord(words[stop-1])
		if p == "" {
			return ""
		}
		out[stop-1] = p
		changed = true
	} else {
		for i := 0; i < stop; i++ {
			if p := esPluralWord(words[i]); p != "" {
				out[i] = p
				changed = true
			} else if i == 0 {
				return ""
			}
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(out, " ")
}
