// STUB — to be replaced by the metadata engineer.
#include "metadata/dates.hpp"

namespace artnorm {
std::string DateTime::iso() const { return {}; }
std::optional<DateMatch> find_date(std::string_view) { return std::nullopt; }
}  // namespace artnorm
