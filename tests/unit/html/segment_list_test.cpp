#include <catch2/catch.hpp>

#include <utility>

#include "html/segment_list.hpp"

using namespace artnorm;
using namespace artnorm::html;

TEST_CASE("segment list: moves keep the segments, release empties it for reuse", "[html]") {
    SegmentList list;
    for (int i = 0; i < 1000; ++i) {
        HtmlSegment s;
        s.text = "segment " + std::to_string(i);
        list.push_back(std::move(s));
    }
    const HtmlSegment* const first = &list[0];
    SegmentList moved = std::move(list);
    REQUIRE(moved.size() == 1000);
    CHECK(&moved[0] == first);  // same blocks, nothing copied
    CHECK(moved[999].text == "segment 999");

    SegmentList assigned;
    assigned.push_back(HtmlSegment{});
    assigned = std::move(moved);
    CHECK(assigned.size() == 1000);

    assigned.release();
    CHECK(assigned.empty());
    assigned.push_back(HtmlSegment{});
    CHECK(assigned.size() == 1);
}
