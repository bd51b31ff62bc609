// STUB — to be replaced by the metadata engineer.
#include "unicode/words.hpp"

namespace artnorm {
std::vector<std::string_view> split_words(std::string_view) { return {}; }
}  // namespace artnorm
