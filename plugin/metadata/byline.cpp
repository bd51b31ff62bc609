// STUB — to be replaced by the metadata engineer.
#include "metadata/byline.hpp"

namespace artnorm {
std::vector<std::string> parse_byline(std::string_view) { return {}; }
}  // namespace artnorm
