#include "html/segment_features.hpp"

#include <utility>

namespace artnorm::html {

SplitSegments split_segments(HtmlPage& page) {
    SplitSegments split;
    split.texts.reserve(page.segments.size());
    split.features.reserve(page.segments.size());
    for (HtmlSegment& s : page.segments) {
        split.features.push_back(SegmentFeatures{s.container, std::move(s.href), s.link_density, s.tag == "pre"});
        split.texts.push_back(std::move(static_cast<Segment&>(s)));
    }
    page.segments.release();
    // What the body selection alone read per segment goes too.
    std::vector<std::size_t>().swap(page.boilerplate_of);
    std::vector<std::size_t>().swap(page.block_style);
    return split;
}

}  // namespace artnorm::html
