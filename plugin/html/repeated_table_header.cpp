#include "html/repeated_table_header.hpp"

namespace artnorm::html {

bool repeats_table_header(const HtmlPage& page, std::size_t segment) {
    const HtmlSegment& row = page.segments[segment];
    if (row.shape != SegmentShape::table_row) return false;
    std::size_t table = row.container;
    while (table != kNone && page.containers[table].tag != "table") table = page.containers[table].parent;
    if (table == kNone) return false;
    for (std::size_t i = page.containers[table].first_segment; i < segment; ++i) {
        if (page.segments[i].shape == SegmentShape::table_row) return page.segments[i].cells == row.cells;
    }
    return false;
}

}  // namespace artnorm::html
