package prepare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// langSample is how much of the text language identification reads.
const langSample = 4096

// trigramSample is how much of it the trigram identifier reads.
const trigramSample = 1024

// decisiveWords is how many function words of one language (and four times
// as many as of the other) decide without the trigram identifier.
const decisiveWords = 12

// minConfidence is the trigram identifier's confidence below which the
// stop-word count decides.
const minConfidence = 0.4

// minTrigramText is the shortest text (in bytes) the trigram identifier is
// trusted with; shorter ones are decided by function words alone.
const minTrigramText = 40

var whatlangCodes = map[whatlanggo.Lang]string{whatlanggo.Spa: "es", whatlanggo.Eng: "en"}

// whatlangOptions restricts the identifier to our languages.
var whatlangOptions = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{whatlanggo.Spa: true, whatlanggo.Eng: true}}

// headerLangs maps spellings of a header `lang` to our codes.
var headerLangs = map[string]string{
	"es": "es", "spa": "es", "spanish": "es", "español": "es", "espanol": "es", "castellano": "es",
	"en": "en", "eng": "en", "english": "en", "inglés": "en", "ingles": "en",
}

// normLang returns our code for a header language ("es-MX" -> "es"), or ""
// when it names a language we do not support.
func normLang(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	if i := strings.IndexAny(h, "-_"); i > 0 {
		h = h[:i]
	}
	return headerLangs[h]
}

// identify returns the language of the first langSample bytes of text:
//   - running text with many function words of one language only (and four
//     times fewer of the other) is settled by them, at no cost;
//   - else the trigram identifier (whatlanggo, over all languages of the
//     script, so that its confidence means something) when it is confident
//     and names a language we support;
//   - else the language whose function words are clearly more frequent;
//   - else the identifier's choice between our two languages.
//
// A text under minTrigramText bytes is decided by function words alone, and
// is "" (undecided) without them.
func identify(text string, lx lexicons) string {
	if len(text) > langSample {
		cut := langSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if len(text) < minTrigramText {
		return byFunctionWords(text, lx, 0)
	}
	// Running text settles it by its function words at no cost; the
	// trigram identifier (about a millisecond per kilobyte) is for the rest.
	if code := byFunctionWords(text, lx, decisiveWords); code != "" {
		return code
	}
	if len(text) > trigramSample {
		cut := trigramSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	// Among all languages of the script the confidence means something;
	// restricted to two it is always 1.
	if info := whatlanggo.Detect(text); info.Confidence >= minConfidence {
		if code, ok := whatlangCodes[info.Lang]; ok {
			return code
		}
	}
	if code := byFunctionWords(text, lx, 0); code != "" {
		return code
	}
	info := whatlanggo.DetectWithOptions(text, whatlangOptions)
	if info.Lang >= 0 && info.Confidence == 0 {
		// an exact tie, which the identifier breaks by map order (so at
		// random): decide by the letters only Spanish writes
		return bySpanishLetters(text)
	}
	return whatlangCodes[info.Lang]
}

// bySpanishLetters breaks a tie of the trigram identifier: "es" when the
// text has a letter or mark that Spanish writes and English does not
// (ñ, an acute accent, ü, ¿, ¡), else "en".
func bySpanishLetters(text string) string {
	if strings.ContainsAny(text, "ñÑáéíóúÁÉÍÓÚüÜ¿¡") {
		return "es"
	}
	return "en"
}

// byFunctionWords counts the words of text that are function words of only
// one of the languages, and returns the language with clearly more of them,
// or "". With min > 0 it answers only when one language has at least min
// such words and four times as many as the other.
func byFunctionWords(text string, lx lexicons, min int) string {
	es, en := lx["es"], lx["en"]
	nes, nen := 0, 0
	var buf [64]byte
	for i := 0; i < len(text); {
		// a word: letters only (ASCII ones by a table look-up)
		if c := text[i]; c < utf8.RuneSelf {
			if asciiClass[c] != 1 {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) {
			i += n
			continue
		}
		j, seen := asciiRun(text, i, wordLower|wordUpper)
		plain := seen&wordUpper == 0 // lower-case ASCII, its own folded form
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if asciiClass[c] != 1 {
					break
				}
				if c <= 'Z' {
					plain = false
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			plain = false
			j += n
		}
		w := text[i:j]
		i = j
		if len(w) > len(buf)/2 {
			continue // no function word is that long
		}
		var key []byte // the folded word, when it is not w itself
		if !plain {
			key = appendFold(buf[:0], w)
		}
		var ines, inen bool
		if es.only != nil {
			var b uint8
			if plain {
				if mayBeOnly(es.onlyHint, w) {
					b = es.only[w]
				}
			} else if mayBeOnly(es.onlyHint, key) {
				b = es.only[string(key)]
			}
			ines, inen = b == onlyES, b == onlyEN
		} else if plain {
			_, ines = es.function[w]
			_, inen = en.function[w]
		} else {
			_, ines = es.function[string(key)]
			_, inen = en.function[string(key)]
		}
		switch {
		case ines && !inen:
			nes++
		case inen && !ines:
			nen++
		}
	}
	return byCounts(nes, nen, min)
}

// byCounts decides between the languages by their counts of function
// words (see byFunctionWords for min).
func byCounts(nes, nen, min int) string {
	if min > 0 {
		switch {
		case nes >= min && nes >= 4*nen:
			return "es"
		case nen >= min && nen >= 4*nes:
			return "en"
		}
		return ""
	}
	switch {
	case nes > 0 && nen == 0, nes >= 2 && nes*2 >= nen*3:
		return "es"
	case nen > 0 && nes == 0, nen >= 2 && nen*2 >= nes*3:
		return "en"
	}
	return ""
}

// mayBeOnly reports whether a folded word may be in the only map whose
// hint is given (false: it certainly is not).
func mayBeOnly[S ~string | ~[]byte](hint *[32][256]uint32, key S) bool {
	n := len(key)
	return n == 0 || n >= 32 || hint[n][key[0]]&(1<<(key[n-1]&31)) != 0
}
