// Language detection and stopword density from the embedded stopword lists.
#pragma once

#include <string>
#include <string_view>

namespace artnorm {

struct LanguageGuess {
    std::string code;    // BCP 47 ("en", "ru", "zh"); "" when undetermined
    double score = 0.0;  // confidence 0..1
};

// The language of text: its dominant script first (Hangul → ko, kana → ja,
// Han → zh, Greek → el, ...), then, for scripts shared by many languages
// (Latin, Cyrillic, Arabic), the list whose stopwords cover most tokens.
// code is "" when there is too little evidence (see language.cpp).
LanguageGuess detect_language(std::string_view text);

// Share (0..1) of the words of text that are stopwords of language; 0 when
// the language has no list. language may carry a region or script subtag
// ("en-GB", "zh_Hant"); "no"/"nn" use the Bokmål list.
double stopword_density(std::string_view text, std::string_view language);

// Share (0..1) of the words of text that are stopwords of any language: the
// density to use when the language is unknown.
double stopword_density_any(std::string_view text);

}  // namespace artnorm
