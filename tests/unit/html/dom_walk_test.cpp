#include <catch2/catch.hpp>

#include "html/removal_rules.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {
const HtmlSegment* find_segment(const HtmlPage& page, std::string_view prefix) {
    for (const HtmlSegment& s : page.segments) {
        if (s.text.starts_with(prefix)) return &s;
    }
    return nullptr;
}
}  // namespace

TEST_CASE("removed-elements and hidden-elements", "[html]") {
    const HtmlPage page = html_test::walk(html_test::read_fixture("article_jsonld_graph.html"));
    const std::string text = html_test::all_text(page);
    for (const char* gone : {"Home", "World", "Most read", "Copyright", "script text", "hidden paragraph",
                             "invisible paragraph"}) {
        INFO(gone);
        CHECK(text.find(gone) == std::string::npos);
    }
    CHECK(text.find("Engineers replaced") != std::string::npos);
    CHECK(is_removed_tag("header", false));
    CHECK_FALSE(is_removed_tag("header", true));  // inside an article it holds the headline
    CHECK_FALSE(is_removed_tag("p", false));
}

TEST_CASE("non-content-class: removed with everything inside", "[html]") {
    const HtmlPage page = html_test::walk(
        "<html><body><article><p>Kept paragraph of the article body text.</p>"
        "<div class=\"robots-nocontent\"><p>Share this story with friends</p></div>"
        "<div class=\"js-noscript\"><p>Please enable JavaScript</p></div></article></body></html>");
    const std::string text = html_test::all_text(page);
    CHECK(text.find("Kept paragraph") != std::string::npos);
    CHECK(text.find("Share this story") == std::string::npos);
    CHECK(text.find("enable JavaScript") == std::string::npos);
}

TEST_CASE("dom-walk: shapes of headings, lists, quotes, tables, code", "[html]") {
    const HtmlPage page = html_test::walk(html_test::read_fixture("article_jsonld_graph.html"));
    const HtmlSegment* h2 = find_segment(page, "What changes");
    REQUIRE(h2 != nullptr);
    CHECK(h2->shape == SegmentShape::heading);
    CHECK(h2->level == 2);
    CHECK(find_segment(page, "Speed limit")->shape == SegmentShape::bullet);
    CHECK(find_segment(page, "Buses first")->shape == SegmentShape::numbered);
    CHECK(find_segment(page, "We are proud")->shape == SegmentShape::quote);
    const HtmlSegment* row = find_segment(page, "October");
    REQUIRE(row != nullptr);
    CHECK(row->shape == SegmentShape::table_row);
    CHECK(row->cells == std::vector<std::string>{"October", "12,000"});
    CHECK(find_segment(page, "open_bridge")->tag == "pre");
}

TEST_CASE("dom-walk: features (link density, hints, href, container)", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><div class='post-content'><p>Plain words here, <a href='/a'>linked</a>.</p></div>"
        "<ul><li><a href='/b'>All link</a></li></ul></body>");
    const HtmlSegment* p = find_segment(page, "Plain");
    REQUIRE(p != nullptr);
    CHECK(p->link_density > 0.1);
    CHECK(p->link_density < 0.5);
    CHECK(p->class_score > 0);
    CHECK(p->href == "/a");
    CHECK(p->tag == "p");
    REQUIRE(p->container != HtmlSegment::kNoContainer);
    CHECK(page.containers[p->container].tag == "div");
    const HtmlSegment* li = find_segment(page, "All link");
    CHECK(li->link_density == Approx(1.0));
    CHECK(li->dom_position > p->dom_position);
}

TEST_CASE("br-paragraphs: <br><br> splits text runs, one <br> does not", "[html]") {
    const HtmlPage page = html_test::walk("<div>First line<br>same paragraph<br><br>Second paragraph</div>");
    REQUIRE(page.segments.size() == 2);
    CHECK(page.segments[0].text == "First line same paragraph");
    CHECK(page.segments[1].text == "Second paragraph");
}

TEST_CASE("dom-walk: figures with caption, credit and src", "[html]") {
    const HtmlPage page = html_test::walk(html_test::read_fixture("article_jsonld_graph.html"));
    REQUIRE(page.figures.size() == 1);
    CHECK(page.figures[0].src == "../img/bridge.jpg");
    CHECK(page.figures[0].caption == "The bridge at dawn.");
    CHECK(page.figures[0].credit == "Photo: Lena Holm");
}

TEST_CASE("dom-walk: layout tables become ordinary segments", "[html]") {
    const HtmlPage page = html_test::walk(
        "<table><tr><td><p>First paragraph of a layout cell.</p><p>Second one.</p></td></tr></table>");
    REQUIRE(page.segments.size() == 2);
    CHECK(page.segments[0].shape == SegmentShape::plain);
    CHECK(page.segments[1].text == "Second one.");
}

TEST_CASE("furniture-role and page-wrapper form", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><form><div role='navigation'><p>Menu entry</p></div><p>Kept text</p></form>"
        "<div><form><p>Search box text</p></form></div></body>");
    const std::string text = html_test::all_text(page);
    CHECK(text == "Kept text\n");
}

TEST_CASE("caption-class: captions outside <figure> are told apart", "[html]") {
    const html::HtmlPage page = html_test::walk(
        "<body><div class='image-meta'><div class='image-caption'>Players on the field</div>"
        "<div class='image-credit'>Jane Roe, Agency</div></div>"
        "<p><span class='wf_caption'><img src='a.jpg'><span>A map of the moon.</span></span></p>"
        "<p>Text with a <span class='caption'>short</span> inline span that is mostly not caption.</p>"
        "<article class='caption'><p>An article element is never a caption.</p></article></body>");
    REQUIRE(page.segments.size() == 5);
    CHECK(page.segments[0].tag == "figcaption");
    CHECK(page.segments[1].tag == "figcaption");
    CHECK(page.segments[2].tag == "figcaption");  // inline wrapper, the whole paragraph
    CHECK(page.segments[3].tag == "p");
    CHECK(page.segments[4].tag == "p");
}

TEST_CASE("script-boundary-space: an element boundary between ideographs and Latin is a word gap", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><p>\xE7\xAE\xA1\xE7\x90\x86<a href='/k'>KeePass</a>\xE3\x81\xAE\xE8\xA8\xAD\xE5\xAE\x9A</p>"  // 管理<a>KeePass</a>の設定
        "<p>\xE7\xAE\xA1\xE7\x90\x86KeePass\xE3\x81\xAE</p>"                                                    // no element: untouched
        "<p>\xE7\xAE\xA1<b>\xE7\x90\x86</b>\xE3\x81\xAE</p>"                                                    // ideographs only
        "<p>Read <a href='/x'>this</a>, then s<b>o</b>me more.</p></body>");                                    // Latin only
    REQUIRE(page.segments.size() == 4);
    CHECK(page.segments[0].text == "\xE7\xAE\xA1\xE7\x90\x86 KeePass \xE3\x81\xAE\xE8\xA8\xAD\xE5\xAE\x9A");
    CHECK(page.segments[1].text == "\xE7\xAE\xA1\xE7\x90\x86KeePass\xE3\x81\xAE");
    CHECK(page.segments[2].text == "\xE7\xAE\xA1\xE7\x90\x86\xE3\x81\xAE");
    CHECK(page.segments[3].text == "Read this, then some more.");
}

TEST_CASE("image-caption-emphasis: italic text right after a picture is its caption", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><p><a href='big.jpg'><img src='small.jpg'></a></p><p><em>Night view of the bridge by A. Painter</em></p>"
        "<p><em>An italic remark that follows ordinary text, not a picture.</em></p>"
        "<p><img src='b.jpg'>Text that starts right after an inline picture, <em>partly</em> in italics.</p>"
        "<p><img src='c.jpg'></p><p><i>" + std::string(220, 'x') + "</i></p></body>");
    const HtmlSegment* caption = find_segment(page, "Night view");
    const HtmlSegment* remark = find_segment(page, "An italic remark");
    const HtmlSegment* text = find_segment(page, "Text that starts");
    const HtmlSegment* long_italics = find_segment(page, "xxxx");
    REQUIRE(caption != nullptr);
    REQUIRE(remark != nullptr);
    REQUIRE(text != nullptr);
    REQUIRE(long_italics != nullptr);
    CHECK(caption->tag == "figcaption");
    CHECK(remark->tag == "p");
    CHECK(text->tag == "p");
    CHECK(long_italics->tag == "p");  // longer than a caption
}

TEST_CASE("picture-caption-block: a picture and one short text in a cell is a figure", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><table><tr><td><img src='a.jpg'><div>The engines after installation. (credit: A. Photographer)</div>"
        "</td></tr></table>"
        "<div><img src='b.jpg'><p>A first paragraph that follows a picture.</p><p>And a second one.</p></div>"
        "<div><p>Text first.</p><img src='c.jpg'></div></body>");
    const HtmlSegment* caption = find_segment(page, "The engines");
    const HtmlSegment* first = find_segment(page, "A first paragraph");
    const HtmlSegment* text_first = find_segment(page, "Text first");
    REQUIRE(caption != nullptr);
    REQUIRE(first != nullptr);
    REQUIRE(text_first != nullptr);
    CHECK(caption->tag == "figcaption");
    CHECK(first->tag == "p");       // two text blocks: not a figure
    CHECK(text_first->tag == "p");  // the picture comes after the text
}

TEST_CASE("pull-quote: an aside holding only a quotation is kept, other asides are not", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><article><p>The crane season opens early this year.</p>"
        "<aside><q>The season opens early this year</q></aside>"
        "<aside><q>A quote</q> and <a href='/x'>a link</a></aside>"
        "<aside><h3>Most read</h3></aside></article></body>");
    const std::string text = html_test::all_text(page);
    CHECK(text.find("The season opens early this year") != std::string::npos);
    CHECK(text.find("A quote") == std::string::npos);
    CHECK(text.find("Most read") == std::string::npos);
}
