#include <catch2/catch.hpp>

#include "html/body_selection.hpp"
#include "html/off_style_trailer.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {
using html_test::selected_text;
std::string paragraphs(int n) {
    std::string out;
    for (int i = 0; i < n; ++i) {
        out += "<p class='story-text'>This is paragraph " + std::to_string(i) +
               " of the article, with commas, clauses, and enough words to score well.</p>";
    }
    return out;
}
const std::string kNote = "<p class='note'>Jane Doe is a reporter covering the courts for the paper.</p>";
}  // namespace

TEST_CASE("off-style-trailer: a note styled apart in its own box under the text goes", "[html]") {
    const std::string text = selected_text(html_test::walk(
        "<body><section><div class='chunk'>" + paragraphs(6) + "</div><div class='chunk'>" + kNote +
        "</div></section></body>"));
    CHECK(text.find("paragraph 5") != std::string::npos);
    CHECK(text.find("Jane Doe") == std::string::npos);
}

TEST_CASE("off-style-trailer: notes in the text's own container, short bodies, leads stay", "[html]") {
    auto all = [](const HtmlPage& page) {
        std::vector<std::size_t> body;
        for (std::size_t i = 0; i < page.segments.size(); ++i) body.push_back(i);
        return body;
    };
    const HtmlPage same_container = html_test::walk("<body><div class='story'>" + paragraphs(6) + kNote + "</div></body>");
    std::vector<std::size_t> body = all(same_container);
    drop_off_style_trailer(same_container, body);
    CHECK(body.size() == 7);
    const HtmlPage few = html_test::walk("<body><section><div class='chunk'>" + paragraphs(4) +
                                         "</div><div class='chunk'>" + kNote + "</div></section></body>");
    body = all(few);
    drop_off_style_trailer(few, body);
    CHECK(body.size() == 5);
    const HtmlPage lead = html_test::walk("<body><section><div class='lead'>" + kNote + "</div><div class='chunk'>" +
                                          paragraphs(6) + "</div></section></body>");
    body = all(lead);
    drop_off_style_trailer(lead, body);
    CHECK(body.size() == 7);
}

TEST_CASE("off-style-trailer: at most two trailing paragraphs, never a dominant-style one", "[html]") {
    const HtmlPage page = html_test::walk("<body><section><div>" + paragraphs(5) + "</div><div>" + kNote + kNote +
                                          kNote + "</div></section></body>");
    REQUIRE(page.segments.size() == 8);
    std::vector<std::size_t> body{0, 1, 2, 3, 4, 5, 6, 7};
    drop_off_style_trailer(page, body);  // three notes share a style: part of the text
    CHECK(body.size() == 8);
    std::vector<std::size_t> two{0, 1, 2, 3, 4, 5, 6};
    drop_off_style_trailer(page, two);
    CHECK(two.size() == 5);
}

TEST_CASE("off-style-trailer: an inline style sets a note apart like a class", "[html]") {
    std::string plain;
    for (int i = 0; i < 6; ++i) {
        plain += "<p>Paragraph " + std::to_string(i) + " of the release, with commas, clauses, and enough words.</p>";
    }
    const HtmlPage page = html_test::walk(
        "<body><div class='text'><div>" + plain + "</div></div><div class='text'><div><hr>"
        "<p style='font-size: 12px'>Acme is a global provider of widgets, founded in 1901.</p></div></div></body>");
    REQUIRE(page.segments.size() == 7);
    CHECK(page.block_style[0] == 0);
    CHECK(page.block_style[6] != 0);
    std::vector<std::size_t> body{0, 1, 2, 3, 4, 5, 6};
    drop_off_style_trailer(page, body);
    CHECK(body.size() == 6);
}

TEST_CASE("off-style-trailer: a bio in a div under the text goes too", "[html]") {
    const HtmlPage page = html_test::walk("<body><section><div class='chunk'>" + paragraphs(6) +
                                          "</div><div class='author'><div class='bio'>Jane Doe is a reporter for "
                                          "the paper.</div></div></section></body>");
    REQUIRE(page.segments.size() == 7);
    std::vector<std::size_t> body{0, 1, 2, 3, 4, 5, 6};
    drop_off_style_trailer(page, body);
    CHECK(body.size() == 6);
}

TEST_CASE("off-style-trailer: a note in a box nested in the text's container is the article's own", "[html]") {
    const HtmlPage page = html_test::walk("<body><section><div class='main'>" + paragraphs(6) +
                                          "<div class='more'>More information: J. Doe et al., A study of the thing, "
                                          "Journal of Things (2018).</div></div></section></body>");
    std::vector<std::size_t> body;
    for (std::size_t i = 0; i < page.segments.size(); ++i) body.push_back(i);
    REQUIRE(body.size() == 7);
    drop_off_style_trailer(page, body);
    CHECK(body.size() == 7);
}
