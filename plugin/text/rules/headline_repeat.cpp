// Rule "headline-repeat": pages repeat their headline (the title bar, the
// <h1>, a share box, a teaser of the article itself in a sidebar); a
// segment whose case-folded text equals the headline's, other than the
// headline itself, is never body text: it becomes boilerplate.
#include "text/rules/rules.hpp"

namespace artnorm {

void apply_headline_repeat(TextDocument& doc, Article&) {
    if (doc.headline == TextDocument::npos) return;
    const std::string_view headline = doc.folded[doc.headline];
    if (headline.empty()) return;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (i != doc.headline && doc.unassigned(i) && doc.folded[i] == headline) doc.roles[i] = Role::boilerplate;
    }
}

}  // namespace artnorm
