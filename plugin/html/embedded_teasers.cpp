#include "html/embedded_teasers.hpp"

namespace artnorm::html {
namespace {

// Container c lies inside `outer` (c itself excluded), with no figure on the way.
bool nested_teaser_box(const std::vector<Container>& containers, std::size_t c, std::size_t outer) {
    if (c == kNone || c == outer) return false;
    for (; c != kNone; c = containers[c].parent) {
        if (c == outer) return true;
        if (containers[c].tag == "figure") return false;
    }
    return false;
}

}  // namespace

void keep_embedded_teasers(const HtmlPage& page, const std::vector<bool>& link_heavy_only, std::vector<bool>& keep) {
    const auto& segments = page.segments;
    std::size_t previous = kNone;  // last kept segment
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (!keep[i]) continue;
        const std::size_t run = previous == kNone ? 0 : i - previous - 1;
        const std::size_t outer = segments[i].container;
        if (run > 0 && run <= kMaxEmbeddedTeaserLines && outer != kNone && segments[previous].container == outer) {
            bool teaser = true;
            for (std::size_t j = previous + 1; j < i && teaser; ++j) {
                teaser = link_heavy_only[j] && nested_teaser_box(page.containers, segments[j].container, outer);
            }
            if (teaser) {
                for (std::size_t j = previous + 1; j < i; ++j) keep[j] = true;
            }
        }
        previous = i;
    }
}

}  // namespace artnorm::html
