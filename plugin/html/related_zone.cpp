#include "html/related_zone.hpp"

namespace artnorm::html {

std::vector<bool> related_outside_zone(const TextDocument& doc, const std::vector<bool>& selected) {
    std::vector<bool> outside(doc.size(), false);
    std::size_t header = 0;  // first segment of the current run of related segments
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.roles[i] != Role::related) continue;
        if (i == 0 || doc.roles[i - 1] != Role::related) header = i;
        outside[i] = selected[i] && !selected[header];
    }
    return outside;
}

}  // namespace artnorm::html
