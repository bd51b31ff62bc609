#include <catch2/catch.hpp>

#include "text/layout.hpp"
#include "text/markdown_inline.hpp"
#include "text/segments.hpp"

using artnorm::Segment;
using artnorm::SegmentShape;
using artnorm::split_segments;

namespace {
std::vector<std::string> texts(const std::vector<Segment>& segments) {
    std::vector<std::string> out;
    for (const Segment& s : segments) out.push_back(s.text);
    return out;
}
}  // namespace

TEST_CASE("segments: one per line, blank lines counted, white space collapsed", "[text][segments]") {
    const auto s = split_segments("Title \n\n\nFirst\xC2\xA0 line\nSecond line\n");
    REQUIRE(texts(s) == std::vector<std::string>{"Title", "First line", "Second line"});
    CHECK(s[0].blank_after == 2);
    CHECK(s[1].blank_before == 2);
    CHECK(s[1].line == 3);
    CHECK(s[2].blank_before == 0);
}

TEST_CASE("segments: shapes of lines", "[text][segments]") {
    const auto s = split_segments("# Big title\n\n* one\n- two\n\xE2\x80\xA2 three\n+ four\n\n1. first\n2) second\n\n"
                                  "> quoted words\n\n---\n\nSub title\n=========\n\nplain\n");
    REQUIRE(s.size() == 11);
    CHECK((s[0].shape == SegmentShape::heading && s[0].level == 1 && s[0].text == "Big title"));
    for (int i = 1; i <= 4; ++i) CHECK(s[i].shape == SegmentShape::bullet);
    CHECK(s[3].text == "three");
    CHECK((s[5].shape == SegmentShape::numbered && s[5].text == "first"));
    CHECK((s[6].shape == SegmentShape::numbered && s[6].text == "second"));
    CHECK((s[7].shape == SegmentShape::quote && s[7].text == "quoted words"));
    CHECK(s[8].shape == SegmentShape::rule);
    CHECK((s[9].shape == SegmentShape::heading && s[9].level == 1 && s[9].text == "Sub title"));
    CHECK(s[10].shape == SegmentShape::plain);
}

TEST_CASE("segments: a heading inside a list item keeps the item, loses the marks", "[text][segments]") {
    const auto s = split_segments("  * #####  More from us \n  * #hashtag\n");
    REQUIRE(s.size() == 2);
    CHECK(s[0].text == "More from us");
    CHECK(s[0].shape == SegmentShape::bullet);
    CHECK(s[1].text == "#hashtag");
}

TEST_CASE("segments: markdown tables become rows of cells", "[text][segments]") {
    const auto s = split_segments("| Name | Votes |\n|---|---|\n| Ann | 12 |\n");
    REQUIRE(s.size() == 2);
    CHECK(s[0].shape == SegmentShape::table_row);
    CHECK(s[1].cells == std::vector<std::string>{"Ann", "12"});
}

TEST_CASE("segments: inscriptis indentation is undone and kept as indent", "[text][segments]") {
    const auto s = split_segments("      Headline here\n          * item one\n          * \n            Body text.\n");
    REQUIRE(texts(s) == std::vector<std::string>{"Headline here", "item one", "Body text."});
    CHECK(s[0].indent == 6);
    CHECK(s[1].shape == SegmentShape::bullet);
    CHECK(s[2].indent == 12);
}

TEST_CASE("segments: html2text hard wrapping is detected and undone", "[text][segments]") {
    const std::string text =
        "#  Nollywood Actress Looks Stunning In New Photos\n\n"
        "Photos which were released online and are making the rounds on social media,\n"
        "show Nigerian actress, Kate Henshaw, looking absolutely stunning in new make-\n"
        "up photos.  \n"
        "_Kate_\n\n"
        "Veteran actress Kate, who in 2008 won the Africa Movie Academy Award for Best\n"
        "Actress in a Leading Role, has taken to her Instagram page to share some\n"
        "stunning photos of **herself** and \\- of course \\- her [bag](http://x.ex/b).\n\n"
        "She flaunted her hand bag which had the colours of the Nigerian flag. The 47\n"
        "year old was one of the guests invited to an event by a media mogul in Lagos.\n\n"
        "  * a list item that is long enough to be wrapped by the renderer at the width\n"
        "    of the page it came from\n";
    const auto s = split_segments(text);
    INFO(Catch::Detail::stringify(texts(s)));
    REQUIRE(s.size() == 6);
    CHECK(s[0].shape == SegmentShape::heading);
    CHECK(s[1].text == "Photos which were released online and are making the rounds on social media, "
                       "show Nigerian actress, Kate Henshaw, looking absolutely stunning in new make-up photos.");
    CHECK(s[2].text == "Kate");  // a hard break ("  ") ends the paragraph
    CHECK(s[3].text == "Veteran actress Kate, who in 2008 won the Africa Movie Academy Award for Best Actress in a "
                       "Leading Role, has taken to her Instagram page to share some stunning photos of herself and - "
                       "of course - her bag.");
    CHECK(s[4].text.substr(s[4].text.size() - 15) == "mogul in Lagos.");
    CHECK((s[5].shape == SegmentShape::bullet &&
           s[5].text == "a list item that is long enough to be wrapped by the renderer at the width of the page it came from"));
}

TEST_CASE("hard-wrap-detection: unwrapped text is not hard-wrapped", "[text][segments][hard-wrap-detection]") {
    const std::string a(150, 'a'), b(300, 'b'), c(45, 'c'), d(90, 'd'), e(600, 'e');
    const std::vector<std::string_view> lines = {a, b, c, d, e, a, c};
    CHECK_FALSE(artnorm::detect_layout(lines).hard_wrapped);
}

TEST_CASE("markdown-inline: links, images, emphasis, escapes", "[text][markdown-inline]") {
    using artnorm::strip_markdown_inline;
    CHECK(strip_markdown_inline("see [the report](https://x.example/r) now", false) == "see the report now");
    CHECK(strip_markdown_inline("![a cat](cat.jpg)A cat", false) == "A cat");
    CHECK(strip_markdown_inline("**bold** and _em_ and snake_case and 5*3", true) == "bold and em and snake_case and 5*3");
    CHECK(strip_markdown_inline("1\\. not a list \\- dash", true) == "1. not a list - dash");
    CHECK(strip_markdown_inline("C:\\path **x**", false) == "C:\\path **x**");  // not markdown: untouched
}

TEST_CASE("segments: column-gaps - cells of a laid-out row", "[text][segments][column-gaps]") {
    const auto s = split_segments("    Bridge Closed Until Spring      Home   \n"
                                  "Two spaces  after a stop. One space here.\n");
    REQUIRE(s.size() == 2);
    CHECK(s[0].text == "Bridge Closed Until Spring Home");
    CHECK(s[0].columns() == std::vector<std::string>{"Bridge Closed Until Spring", "Home"});
    CHECK(s[1].columns().empty());
    CHECK(s[0].cells == s[0].columns());  // one vector for both
}

TEST_CASE("segments: a run of empty bullets before an item's text (html2text)", "[text][segments]") {
    const auto s = split_segments("  *   * by  Jane Doe \n  * @janedoe \n");
    REQUIRE(texts(s) == std::vector<std::string>{"by Jane Doe", "@janedoe"});
    CHECK(s[0].shape == SegmentShape::bullet);
}
