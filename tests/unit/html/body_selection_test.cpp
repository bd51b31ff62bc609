#include <catch2/catch.hpp>

#include <algorithm>

#include "html/body_selection.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {
using html_test::selected_text;
const std::string kParagraph =
    "This is a long paragraph of the article, with commas, clauses, and enough words to score well.";
}  // namespace

TEST_CASE("html-body: the container with the most paragraph text wins", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><div><p>Short teaser one with a few words</p></div><div id='story'><p>" + kParagraph +
        "</p><p>" + kParagraph + "</p><p>" + kParagraph + "</p></div>"
        "<div><a href='/1'>Link list entry one with many words in it</a></div></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("This is a long paragraph") != std::string::npos);
    CHECK(text.find("teaser") == std::string::npos);
    CHECK(text.find("Link list") == std::string::npos);
}

TEST_CASE("html-body: comment sections lose against the article", "[html]") {
    std::string comments;
    for (int i = 0; i < 6; ++i) comments += "<div class='comment'><div class='comment-text'><p>" + kParagraph + "</p></div></div>";
    const HtmlPage page = html_test::walk("<body><div class='story'><p>" + kParagraph + " Unique start.</p><p>" +
                                          kParagraph + "</p></div><div class='comments'>" + comments +
                                          "</div></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("Unique start") != std::string::npos);
    CHECK(select_body(page).size() == 2);
}

TEST_CASE("html-body: link-heavy and boilerplate segments inside the article are dropped", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><article><p>" + kParagraph + "</p><p><a href='/x'>Read this other story about something</a></p>"
        "<div class='newsletter'><p>Subscribe to our newsletter to get the best stories every morning.</p></div>"
        "<p>" + kParagraph + "</p><figure><img src='a.jpg'><figcaption>Caption text</figcaption></figure></article></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("Read this other") == std::string::npos);
    CHECK(text.find("Subscribe") == std::string::npos);
    CHECK(text.find("Caption") == std::string::npos);
    CHECK(select_body(page).size() == 2);
}

TEST_CASE("html-body: empty page selects nothing", "[html]") {
    CHECK(select_body(html_test::walk("<html><body></body></html>")).empty());
}

TEST_CASE("repeated-container: article chunks with the same class join, others do not", "[html]") {
    auto chunk = [](const std::string& mark, int paragraphs) {
        std::string out = "<div class='grid'><div class='chunk body'>";
        for (int i = 0; i < paragraphs; ++i) out += "<p>" + kParagraph + " " + mark + "</p>";
        return out + "</div><div class='rail'><p>Advertising rail text of no interest here.</p></div></div>";
    };
    const HtmlPage page = html_test::walk(
        "<body>" + chunk("First chunk.", 3) + "<div class='teaser'><p>" + kParagraph +
        " Teaser.</p></div>" + chunk("Second chunk.", 4) + "</body>");
    const std::string text = selected_text(page);
    CHECK(text.find("First chunk.") != std::string::npos);
    CHECK(text.find("Second chunk.") != std::string::npos);
    CHECK(text.find("Teaser.") == std::string::npos);
    CHECK(text.find("Advertising rail") == std::string::npos);
    CHECK(select_body(page).size() == 7);
}

TEST_CASE("prose-with-links: a sentence around a long link stays, a bare link line does not", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><article><p>" + kParagraph + "</p>"
        "<p>The suspect, a local man, was convicted and <a href='/a'>sentenced to life in federal prison without parole last Thursday</a>.</p>"
        "<p>See also: <a href='/b'>Another story about the same trial and its long aftermath</a></p>"
        "<ul><li><a href='/c'>A digest item headline that links to the full story on another page</a>. It is followed by a "
        "summary sentence of its own.</li></ul>"
        "<p>" + kParagraph + "</p></article></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("The suspect, a local man") != std::string::npos);
    CHECK(text.find("summary sentence of its own") != std::string::npos);
    CHECK(text.find("See also") == std::string::npos);
    CHECK(select_body(page).size() == 4);
}

TEST_CASE("ad-slot: the label of a script-holding slot is dropped, an embed with text is not", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><article><p>" + kParagraph + " First.</p>"
        "<div class='x1'><center><span>Advertisement</span><br><script>show_ad(1);</script></center></div>"
        "<p>" + kParagraph + " Second.</p>"
        "<blockquote class='embed'><p>A quoted post of a reader, long enough to be more than a label.</p>"
        "<script src='widgets.js'></script></blockquote>"
        "<div><span>Anzeige</span></div>"
        "<p>" + kParagraph + " Third.</p></article></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("Advertisement") == std::string::npos);
    CHECK(text.find("A quoted post of a reader") != std::string::npos);
    CHECK(text.find("Anzeige") != std::string::npos);  // no script: not a slot
    CHECK(text.find("Third.") != std::string::npos);
}

TEST_CASE("ad-slot: the label of a control widget is dropped too", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><article><div class='resizer'><span>Text size</span><button>-</button><button>+</button></div>"
        "<p>" + kParagraph + " First.</p><p>" + kParagraph + " Second.</p></article></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("Text size") == std::string::npos);
    CHECK(text.find("Second.") != std::string::npos);
}

TEST_CASE("small-print: a line wholly in <small> stays out of the body, a paragraph with some does not", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><div class='col'><p>Harbour crane season opens early</p>"
        "<small><b>05/10/2018</b> - Posted by: A. Writer - Category: <a href='/c'>Port</a></small><br><br>"
        "<p>" + kParagraph + " First.</p><p>" + kParagraph + " <small>(Updated.)</small></p></div></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("Posted by") == std::string::npos);
    CHECK(text.find("First.") != std::string::npos);
    CHECK(text.find("(Updated.)") != std::string::npos);
    const auto it = std::find_if(page.segments.begin(), page.segments.end(),
                                 [](const Segment& s) { return s.text.starts_with("05/10/2018"); });
    REQUIRE(it != page.segments.end());
    CHECK(it->tag == kSmallPrintTag);  // still a segment: the shared rules read its date
}

TEST_CASE("prose-with-links: a full sentence needs less text of its own than a fragment", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><article><p>" + kParagraph + "</p>"
        "<p>The port authority <a href='/a'>faces a charge of breaching the harbour rules</a> in court.</p>"
        "<p>More from the port authority: <a href='/b'>faces a charge of breaching the harbour rules</a></p>"
        "<p>" + kParagraph + "</p></article></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("in court.") != std::string::npos);
    CHECK(text.find("More from") == std::string::npos);
}

TEST_CASE("unrendered-shortcode: a segment that is one CMS shortcode is left out", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><article><p>" + kParagraph + "</p>"
        "<p>[button link=\"/submit\" type=\"big\"] Send us your review[/button]</p>"
        "<p>[gallery]</p>"
        "<p>[Editor's note] A bracketed remark that starts a paragraph, and the [text] goes on.</p>"
        "<p>" + kParagraph + "</p></article></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("Send us your review") == std::string::npos);
    CHECK(text.find("[Editor's note]") != std::string::npos);
    CHECK(text.find("[gallery]") != std::string::npos);  // no closing tag: could be anything
}

TEST_CASE("link-list-label: the label of a dropped link list goes with it", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><article><p>" + kParagraph + " First.</p><p><strong>DON'T MISS</strong></p>"
        "<p><a href='/a'>Another story about the harbour</a> [VIDEO]<br><a href='/b'>And one more story</a></p>"
        "<p>" + kParagraph + " Second.</p><p>It ends here.</p><p><strong>Short label</strong></p>"
        "<p>" + kParagraph + " Third.</p><ul><li>Aluminum case</li><li><a href='/c'>A product link</a></li></ul>"
        "</article></body>");
    const std::string text = selected_text(page);
    CHECK(text.find("DON'T MISS") == std::string::npos);
    CHECK(text.find("It ends here.") != std::string::npos);  // a sentence
    CHECK(text.find("Short label") != std::string::npos);   // no link list after it
    CHECK(text.find("Aluminum case") != std::string::npos);  // a list item, not a label
}
