#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "html/headline_choice.hpp"
#include "html/json_ld.hpp"
#include "html/meta_tags.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {

std::vector<Segment> page_with_h1(std::string text) {
    Segment h1;
    h1.text = std::move(text);
    h1.shape = SegmentShape::heading;
    h1.level = 1;
    Segment p;
    p.text = "The article starts here, with a sentence of body text.";
    return {h1, p};
}

}  // namespace

TEST_CASE("html-headline: headlines agree word for word, whatever the quotes and case", "[html]") {
    CHECK(headlines_agree("\u2018We had some issues,\u2019 exec says on Disney+ glitches",
                          "'We had some issues,' exec says on Disney+ glitches"));
    CHECK(headlines_agree("Home Depot Stock Is Falling. Why You Shouldn\u2019t Worry.",
                          "home depot stock is falling. why you shouldn't worry. "));
    CHECK(headlines_agree("Column:\u00a0The merger", "Column: The merger sends a signal"));
    CHECK_FALSE(headlines_agree("Home Depot Stock Falls After Earnings Report Disappoints",
                                "Home Depot Stock Is Falling After Its Earnings Release."));
    CHECK_FALSE(headlines_agree("The Impeachment Clock", "The Impeachment Clocks are ticking"));
    CHECK_FALSE(headlines_agree("", "Anything"));
}

TEST_CASE("html-headline: confirmed-h1 - the <h1> a weaker declaration confirms wins", "[html]") {
    const std::vector<Segment> segments = page_with_h1("The law that\u2019s helping fuel Delhi\u2019s deadly air pollution");
    const std::vector<std::string_view> declared = {
        "Delhi air pollution: The law that\u2019s helping fuel the city\u2019s poor air quality",  // JSON-LD
        "The law that\u2019s helping fuel Delhi\u2019s deadly air pollution"};                      // og:title
    CHECK(choose_headline(segments, declared, "", "") == segments.front().text);
}

TEST_CASE("html-headline: confirmed-h1 - the page's <title> confirms an <h1> too", "[html]") {
    const std::vector<Segment> segments = page_with_h1("Julian Assange: Sweden drops rape investigation");
    const std::vector<std::string_view> declared = {"Sweden drops Assange rape investigation"};
    CHECK(choose_headline(segments, declared, "Julian Assange: Sweden drops rape investigation", "") ==
          segments.front().text);
    CHECK(choose_headline(segments, declared, "Other title", "") == "Sweden drops Assange rape investigation");
}

TEST_CASE("html-headline: confirmed-h1 - a site logo <h1> is not confirmed by a title's site part", "[html]") {
    const std::vector<Segment> segments = page_with_h1("Valley Times");
    const std::vector<std::string_view> declared = {"Council approves new park",
                                                    "Council approves park plan | Valley Times"};
    CHECK(choose_headline(segments, declared, "", "") == "Council approves new park");
}

TEST_CASE("html-headline: confirmed-h1 - a later <h1> the declarations confirm wins over a logo <h1>", "[html]") {
    std::vector<Segment> segments = page_with_h1("The Valley Blog");
    segments.push_back(page_with_h1("A grant to the valley park").front());
    const std::vector<std::string_view> declared = {"A grant to the valley park - The Valley Blog"};
    CHECK(choose_headline(segments, declared, "", "") == "A grant to the valley park");
    CHECK(choose_headline(segments, {}, "", "") == "The Valley Blog");  // nothing declared: the first
}

TEST_CASE("html-headline: an <h1> no declaration confirms loses to the strongest declared", "[html]") {
    const std::vector<Segment> segments = page_with_h1("Latest news");
    CHECK(choose_headline(segments, {"Harbour bridge reopens", "Bridge reopens"}, "Title", "") ==
          "Harbour bridge reopens");
    CHECK(choose_headline(segments, {}, "Title", "") == "Latest news");
    CHECK(choose_headline({}, {}, "Title", "Text choice") == "Title");
    CHECK(choose_headline({}, {}, "", "Text choice") == "Text choice");
}

TEST_CASE("html-headline: JSON-LD headline first, every og/twitter title after it", "[html]") {
    const HtmlPage page = html_test::walk(
        "<html><head><meta property='og:title' content='Social title'>"
        "<meta name='twitter:title' content='Twitter title'><meta name='twitter:title' content='Social title'>"
        "</head><body><p>x</p></body></html>");
    PageMetadata meta = read_json_ld({R"({"@type":"NewsArticle","headline":"SEO headline"})"});
    meta.fill_from(read_meta_tags(page.metadata));
    CHECK(meta.declared_headlines() == std::vector<std::string_view>{"SEO headline", "Social title", "Twitter title"});
}
