// STUB — to be replaced by the metadata engineer.
#include "metadata/site_name.hpp"

namespace artnorm {
TitleParts split_site_name(std::string_view title) { return {std::string(title), {}}; }
}  // namespace artnorm
