#include <catch2/catch.hpp>

#include "html/body_selection.hpp"
#include "html/embedded_teasers.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {
using html_test::selected_text;
const std::string kParagraph =
    "This is a long paragraph of the article, with commas, clauses, and enough words to score well.";
std::string teaser_box(const std::string& headline) {
    return "<div class='embedded'><ul><li><h3><a href='/other'>" + headline + "</a></h3></li></ul></div>";
}
std::string article(const std::string& inner) { return "<body><div class='story'>" + inner + "</div></body>"; }
}  // namespace

TEST_CASE("embedded-teaser: a linked headline boxed between two paragraphs stays", "[html]") {
    const std::string text = selected_text(html_test::walk(article(
        "<p>" + kParagraph + " One.</p>" + teaser_box("Man Shot at Gas Station Dies at Hospital") + "<p>" +
        kParagraph + " Two.</p><p>" + kParagraph + " Three.</p>")));
    CHECK(text.find("Man Shot at Gas Station") != std::string::npos);
    CHECK(text.find("One.") < text.find("Man Shot"));
    CHECK(text.find("Man Shot") < text.find("Two."));
}

TEST_CASE("embedded-teaser: two headlines in one box stay, three are a link list", "[html]") {
    const std::string two = selected_text(html_test::walk(article(
        "<p>" + kParagraph + "</p><ul><li><a href='/a'>Profile of the man at the centre</a></li>"
        "<li><a href='/b'>Timeline of the long saga</a></li></ul><p>" + kParagraph + "</p>")));
    CHECK(two.find("Profile of the man") != std::string::npos);
    CHECK(two.find("Timeline of the long saga") != std::string::npos);
    const std::string three = selected_text(html_test::walk(article(
        "<p>" + kParagraph + "</p><ul><li><a href='/a'>Profile of the man at the centre</a></li>"
        "<li><a href='/b'>Timeline of the long saga</a></li><li><a href='/c'>What happens next now</a></li></ul>"
        "<p>" + kParagraph + "</p>")));
    CHECK(three.find("Profile of the man") == std::string::npos);
    CHECK(three.find("What happens next") == std::string::npos);
}

TEST_CASE("embedded-teaser: link lines in the paragraphs' own container, after the text or labelled go", "[html]") {
    const std::string inline_line = selected_text(html_test::walk(article(
        "<p>" + kParagraph + "</p><p><a href='/a'>Another story about the same trial</a></p><p>" + kParagraph +
        "</p>")));
    CHECK(inline_line.find("Another story") == std::string::npos);
    const std::string trailing = selected_text(html_test::walk(article(
        "<p>" + kParagraph + "</p><p>" + kParagraph + "</p>" + teaser_box("Read our other story now"))));
    CHECK(trailing.find("Read our other story") == std::string::npos);
    const std::string labelled = selected_text(html_test::walk(article(
        "<p>" + kParagraph + "</p><p>Related</p>" + teaser_box("Read our other story now") + "<p>" + kParagraph +
        "</p>")));
    CHECK(labelled.find("Read our other story") == std::string::npos);
    CHECK(labelled.find("Related") == std::string::npos);
}

TEST_CASE("embedded-teaser: a linked credit inside a figure is no teaser", "[html]") {
    const std::string text = selected_text(html_test::walk(article(
        "<p>" + kParagraph + "</p><figure><img src='a.jpg'><div><a href='/src'>Source Agency</a></div></figure><p>" +
        kParagraph + "</p>")));
    CHECK(text.find("Source Agency") == std::string::npos);
}

TEST_CASE("embedded-teaser: the rule keeps only runs it is given", "[html]") {
    const HtmlPage page = html_test::walk(article(
        "<p>" + kParagraph + "</p>" + teaser_box("Linked headline of another story") + "<p>" + kParagraph + "</p>"));
    REQUIRE(page.segments.size() == 3);
    std::vector<bool> keep{true, false, true};
    keep_embedded_teasers(page, {false, false, false}, keep);
    CHECK_FALSE(keep[1]);
    keep_embedded_teasers(page, {false, true, false}, keep);
    CHECK(keep[1]);
}

TEST_CASE("embedded-teaser: a box whose link carries a label outside it is furniture", "[html]") {
    const std::string labelled = selected_text(html_test::walk(article(
        "<p>" + kParagraph + "</p><div class='box'><p>READ MORE: <a href='/a'>Storm hits the coast again overnight</a></p>"
        "</div><p>" + kParagraph + "</p>")));
    CHECK(labelled.find("Storm hits") == std::string::npos);
    const std::string headline_colon = selected_text(html_test::walk(article(
        "<p>" + kParagraph + "</p><ul><li><a href='/a'>Profile: Julian Assange</a></li></ul><p>" + kParagraph + "</p>")));
    CHECK(headline_colon.find("Profile: Julian Assange") != std::string::npos);
}
