// Rule "paragraph-tail-to-end-marker": an article whose second part is
// structured (a meal plan: "Pre-Workout Meal", "Eat 60-90 minutes before
// your workout", "Portion Fix Containers: 1 Green, 1 Red") is made of short
// lines the classifier drops, and the body stops after its introduction.
// When every segment from the body's last block up to the next terminating
// marker (a related-zone header, a comment header, a tag line) is an
// unassigned paragraph of its own - blank line before it, not a list item,
// no URL, no date or byline line (a comment thread dates each comment) -
// and there are at least kParagraphTailMin of them, they are the
// rest of the article: nothing between the article and the marker says
// otherwise (menus are lists or lines without blank lines between them;
// share bars, banners and bios are claimed by their rules). Without a marker
// after them the run is not taken: the page may go on with anything.
#include "text/rules/paragraph_tail.hpp"

#include "text/rules/meta_lines.hpp"
#include "text/text_features.hpp"

namespace artnorm {

std::vector<std::size_t> paragraph_tail_to_end_marker(const TextDocument& doc, std::size_t last_body) {
    std::vector<std::size_t> tail;
    for (std::size_t i = last_body + 1; i < doc.size(); ++i) {
        if (doc.ends_body[i]) return tail.size() >= kParagraphTailMin ? tail : std::vector<std::size_t>{};
        const Segment& s = doc.segments[i];
        if (!doc.unassigned(i) || s.blank_before < 1 || s.shape == SegmentShape::bullet ||
            s.shape == SegmentShape::numbered || s.shape == SegmentShape::table_row || has_link_token(s.text) ||
            dateline_date(s.text) || !byline_authors(s.text).empty()) {
            return {};
        }
        tail.push_back(i);
    }
    return {};
}

}  // namespace artnorm
