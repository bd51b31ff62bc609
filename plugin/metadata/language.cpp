// STUB — to be replaced by the metadata engineer.
#include "metadata/language.hpp"

namespace artnorm {
LanguageGuess detect_language(std::string_view) { return {}; }
double stopword_density(std::string_view, std::string_view) { return 0.0; }
}  // namespace artnorm
