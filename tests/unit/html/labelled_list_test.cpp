#include <catch2/catch.hpp>

#include "html/body_selection.hpp"
#include "html/labelled_list.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {
using html_test::selected_text;
const std::string kProse =
    "<p>Banks will not lie down and let the startups take their customers, and they have the money to fight.</p>"
    "<p>A second problem is more serious: no amount of friendly design can fix the finances of a household.</p>";
}  // namespace

TEST_CASE("labelled-list: the teaser list under a dropped label goes with it", "[html]") {
    const std::string text = selected_text(
        "<body><div class='story'>" + kProse + "<div>More Great Stories</div><ul>"
        "<li><a href='/a'>Creators must unionize, no matter what the platform says</a></li>"
        "<li>\xF0\x9F\x91\x81 <a href='/b'>Prepare for the deepfake era of video</a>; plus, check out the latest news</li>"
        "</ul></div></body>");
    CHECK(text.find("second problem") != std::string::npos);
    CHECK(text.find("More Great Stories") == std::string::npos);
    CHECK(text.find("deepfake") == std::string::npos);
}

TEST_CASE("labelled-list: items with a link in longer text of their own stay", "[html]") {
    HtmlSegment item;
    item.shape = SegmentShape::bullet;
    item.container = 3;
    item.link_density = 0.1;
    CHECK(labelled_list_of(item) == 3);
    CHECK_FALSE(leaves_with_label(item, 3));
    item.link_density = 0.4;
    CHECK(leaves_with_label(item, 3));
    CHECK_FALSE(leaves_with_label(item, 4));
    CHECK_FALSE(leaves_with_label(item, kNone));
    HtmlSegment plain;
    plain.container = 3;
    CHECK(labelled_list_of(plain) == kNone);
}
