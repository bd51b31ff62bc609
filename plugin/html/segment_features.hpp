// The page's segments split in two once the body is selected: the text
// part for the shared rules' document (moved, not copied), and the few
// HTML features the steps after the rules still read (body blocks, related
// links), a third of an HtmlSegment's size. The HtmlSegments are freed
// (peak memory, issue 7).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "html/html_page.hpp"
#include "text/segments.hpp"

namespace artnorm::html {

struct SegmentFeatures {
    std::size_t container = HtmlSegment::kNoContainer;  // body blocks: lists and tables per container
    std::string href;                                   // related links
    double link_density = 0.0;                          // related links
    bool code = false;                                  // body blocks: <pre> text
};

struct SplitSegments {
    std::vector<Segment> texts;              // the Segment part of each segment, moved
    std::vector<SegmentFeatures> features;   // index for index
};

// Empties page.segments, and page.boilerplate_of and page.block_style,
// which only the body selection reads.
SplitSegments split_segments(HtmlPage& page);

}  // namespace artnorm::html
