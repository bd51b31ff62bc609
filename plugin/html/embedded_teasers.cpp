#include "html/embedded_teasers.hpp"

#include <string>
#include <string_view>

#include "text/text_features.hpp"

namespace artnorm::html {
namespace {

// "READ MORE: <a>Headline</a>": the unlinked words before a colon label the
// link as the page's furniture. A colon inside a fully linked headline
// ("<a>Profile: Julian Assange</a>") is the headline's own.
bool labelled(const HtmlSegment& s) {
    if (s.link_density >= 1.0) return false;
    const std::size_t colon = s.text.find(':');
    return colon != std::string::npos && count_words(std::string_view(s.text).substr(0, colon)) <= kTeaserLabelMaxWords;
}

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
                teaser = link_heavy_only[j] && nested_teaser_box(page.containers, segments[j].container, outer) &&
                         !labelled(segments[j]);
            }
            if (teaser) {
                for (std::size_t j = previous + 1; j < i; ++j) keep[j] = true;
            }
        }
        previous = i;
    }
}

}  // namespace artnorm::html
