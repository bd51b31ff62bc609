#include "html/lone_link_line.hpp"

#include "text/text_features.hpp"

namespace artnorm::html {

bool is_lone_link_line(const HtmlPage& page, const std::vector<bool>& chosen, const std::vector<bool>& link_heavy,
                       std::size_t segment) {
    const HtmlSegment& s = page.segments[segment];
    if (!chosen[segment] || !link_heavy[segment] || s.shape != SegmentShape::plain ||
        count_words(s.text) > kLoneLinkMaxWords || s.container == kNone) {
        return false;
    }
    std::size_t previous = segment;
    while (previous > 0 && !chosen[--previous]) {
    }
    std::size_t next = segment + 1;
    while (next < page.segments.size() && !chosen[next]) ++next;
    if (previous == segment || !chosen[previous] || next >= page.segments.size()) return false;
    auto text_neighbour = [&](std::size_t j) { return !link_heavy[j] && page.segments[j].container == s.container; };
    return text_neighbour(previous) && text_neighbour(next);
}

}  // namespace artnorm::html
