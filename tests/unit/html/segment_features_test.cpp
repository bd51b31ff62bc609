#include <catch2/catch.hpp>

#include "html/segment_features.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

TEST_CASE("split_segments: texts and features index for index, the page's segments released", "[html]") {
    HtmlPage page = html_test::walk(
        "<html><body><div class='a'><p>First paragraph.</p><pre>code line</pre></div>"
        "<div><p><a href='/story'>A linked teaser</a></p></div></body></html>");
    REQUIRE(page.segments.size() == 3);
    const std::size_t first_container = page.segments[0].container;
    const std::size_t last_container = page.segments[2].container;

    const SplitSegments split = split_segments(page);
    CHECK(page.segments.empty());
    REQUIRE(split.texts.size() == 3);
    REQUIRE(split.features.size() == 3);
    CHECK(split.texts[0].text == "First paragraph.");
    CHECK(split.texts[1].text == "code line");
    CHECK(split.texts[2].text == "A linked teaser");
    CHECK(split.features[0].container == first_container);
    CHECK(split.features[2].container == last_container);
    CHECK(split.features[0].container != split.features[2].container);
    CHECK_FALSE(split.features[0].code);
    CHECK(split.features[1].code);
    CHECK(split.features[2].href == "/story");
    CHECK(split.features[2].link_density == Approx(1.0));
    CHECK(split.features[0].href.empty());
}
