// Rule "data-run-after-headline": some articles are a table or a dated list
// (standings, a race calendar, results) under a sentence or two of
// introduction. Their rows are short lines with few stopwords: the
// classifier calls them short and the navigation-run rule takes them for a
// menu, so the body ends up elsewhere (a sidebar of teasers). When, after
// the headline, the first candidates are not bad (an introduction, a
// subtitle; at most kDataRunReach candidates) and then come
// at least kDataRunMin data lines in a row - short unassigned lines holding a
// digit, or table rows - the run's lines are article text: they become good
// (the introduction around them then follows by the context pass).
// Only right after the headline: number-bearing short lines elsewhere are
// teaser dates, counters and archive links.
#include "text/rules/data_run.hpp"

namespace artnorm {
namespace {

bool has_digit(std::string_view text) {
    for (char c : text) if (c >= '0' && c <= '9') return true;
    return false;
}

bool data_line(const TextDocument& doc, std::size_t i, BlockClass c) {
    if (c != BlockClass::short_block || !doc.unassigned(i) || doc.ends_body[i]) return false;
    return doc.segments[i].shape == SegmentShape::table_row || has_digit(doc.segments[i].text);
}

}  // namespace

void promote_data_run_after_headline(const TextDocument& doc, const std::vector<std::size_t>& index,
                                     std::vector<BlockClass>& classes) {
    if (doc.headline == TextDocument::npos) return;
    std::size_t k = 0;
    while (k < index.size() && index[k] <= doc.headline) ++k;
    // Candidates before the run: short or near-good, at most kDataRunReach.
    // Boilerplate lines (a share bar) are passed over; a terminating marker
    // or a zone of related links or tags ends the search.
    for (std::size_t seen = 0; k < index.size(); ++k) {
        const std::size_t i = index[k];
        if (data_line(doc, i, classes[k])) break;
        if (doc.roles[i] == Role::boilerplate && !doc.ends_body[i]) continue;
        const BlockClass c = classes[k];
        if (seen++ >= kDataRunReach || !doc.unassigned(i) || doc.ends_body[i] ||
            c == BlockClass::bad) {
            return;
        }
    }
    std::size_t end = k;
    while (end < index.size() && data_line(doc, index[end], classes[end])) ++end;
    if (end - k < kDataRunMin) return;
    // The rule chooses among the text after the headline: when nothing
    // there is good, the "headline" is more likely a widget's title (a poll
    // above its answers) and the article lies before it.
    bool good_after = false;
    for (std::size_t j = end; j < index.size() && !good_after; ++j) good_after = classes[j] == BlockClass::good;
    if (!good_after) return;
    for (std::size_t j = k; j < end; ++j) classes[j] = BlockClass::good;
}

}  // namespace artnorm
