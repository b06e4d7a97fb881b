package prepare

import (
	"strings"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// langSample is how much of the text language identification reads.
const langSample = 4096

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

// identify returns the language of text: the trigram identifier's answer
// when it is confident and names a language we support, else the language
// whose function words are clearly more frequent, else the identifier's
// choice between our languages; "" (undecided) for a short text without
// function words.
func identify(text string, lx lexicons) string {
	if len(text) > langSample {
		cut := langSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if len(text) < minTrigramText {
		return byFunctionWords(text, lx)
	}
	// Among all languages of the script the confidence means something;
	// restricted to two it is always 1.
	if info := whatlanggo.Detect(text); info.Confidence >= minConfidence {
		if code, ok := whatlangCodes[info.Lang]; ok {
			return code
		}
	}
	if code := byFunctionWords(text, lx); code != "" {
		return code
	}
	return whatlangCodes[whatlanggo.DetectWithOptions(text, whatlangOptions).Lang]
}

// byFunctionWords counts the words of text that are function words of only
// one of the languages, and returns the language with clearly more of them,
// or "".
func byFunctionWords(text string, lx lexicons) string {
	es, en := lx["es"], lx["en"]
	nes, nen := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isLetter(r) }) {
		f := fold(w)
		_, ines := es.function[f]
		_, inen := en.function[f]
		switch {
		case ines && !inen:
			nes++
		case inen && !ines:
			nen++
		}
	}
	switch {
	case nes > 0 && nen == 0, nes >= 2 && nes*2 >= nen*3:
		return "es"
	case nen > 0 && nes == 0, nen >= 2 && nen*2 >= nes*3:
		return "en"
	}
	return ""
}
