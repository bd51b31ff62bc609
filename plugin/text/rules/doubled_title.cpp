// Rule "doubled-title": a teaser card renders its title twice, once as the
// picture's alt text or title and once as the link ("Column: A vulture
// firm's bid for Gannett ..." on two lines in a row); a figure its caption
// twice (alt text and caption). Two consecutive segments with the same
// case-folded text, of at least kDoubledTitleMinWords words (section names,
// which renderings also double, are shorter) and at most
// kDoubledTitleMaxChars bytes, not table rows (a doubled header row), are
// such a title or caption, never article text: both become boilerplate,
// which also keeps the card apart from the paragraphs around it.
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"

namespace artnorm {
namespace {

// Section names and kickers ("Business") double too and are no titles.
constexpr std::size_t kDoubledTitleMinWords = 6;
// Titles and captions are at most a few sentences.
constexpr std::size_t kDoubledTitleMaxChars = 300;

}  // namespace

void apply_doubled_title(TextDocument& doc, Article&) {
    for (std::size_t i = 1; i < doc.size(); ++i) {
        if (doc.folded[i] != doc.folded[i - 1] || count_words(doc.folded[i]) < kDoubledTitleMinWords) continue;
        // A doubled table row is a header; a doubled long paragraph a
        // rendering glitch inside the text.
        if (!doc.unassigned(i) || !doc.unassigned(i - 1) || doc.segments[i].shape == SegmentShape::table_row ||
            doc.folded[i].size() > kDoubledTitleMaxChars) {
            continue;
        }
        doc.roles[i - 1] = Role::boilerplate;
        doc.roles[i] = Role::boilerplate;
    }
}

}  // namespace artnorm
