// Language detection and stopword density from the embedded stopword lists.
#pragma once

#include <string>
#include <string_view>

namespace artnorm {

struct LanguageGuess {
    std::string code;    // BCP 47 ("en", "ru", "zh"); "" when undetermined
    double score = 0.0;  // confidence 0..1
};

LanguageGuess detect_language(std::string_view text);

// Share (0..1) of the words of text that are stopwords of language; 0 when
// the language has no list.
double stopword_density(std::string_view text, std::string_view language);

}  // namespace artnorm
