#include "html/segment_features.hpp"

#include <utility>

namespace artnorm::html {

SplitSegments split_segments(HtmlPage& page) {
    SplitSegments split;
    split.texts.reserve(page.segments.size());
    split.features.reserve(page.segments.size());
    while (!page.segments.empty()) {
        HtmlSegment& s = page.segments.front();
        split.features.push_back(SegmentFeatures{s.container, std::move(s.href), s.link_density, s.tag == "pre"});
        split.texts.push_back(std::move(static_cast<Segment&>(s)));
        page.segments.pop_front();  // a deque frees each block once it is empty
    }
    return split;
}

}  // namespace artnorm::html
