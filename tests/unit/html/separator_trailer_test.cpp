#include <catch2/catch.hpp>

#include "html/separator_trailer.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {
std::vector<std::size_t> everything(const HtmlPage& page) {
    std::vector<std::size_t> body;
    for (std::size_t i = 0; i < page.segments.size(); ++i) body.push_back(i);
    return body;
}
const std::string kText =
    "<p>The party was accused on Wednesday of trying to deceive voters during a televised debate.</p>"
    "<p>Televised debates are a relatively new phenomenon in elections, and they can transform campaigns.</p>";
}  // namespace

TEST_CASE("separator-trailer: separator lines are one character drawn three times or more", "[html]") {
    CHECK(is_separator_line("___"));
    CHECK(is_separator_line("______________________________"));
    CHECK(is_separator_line("- - - -"));
    CHECK_FALSE(is_separator_line("* * *"));  // a section break inside a text
    CHECK_FALSE(is_separator_line("..."));
    CHECK(is_separator_line("\u2014\u2014\u2014"));
    CHECK_FALSE(is_separator_line("--"));
    CHECK_FALSE(is_separator_line("-_-"));
    CHECK_FALSE(is_separator_line("___ More"));
}

TEST_CASE("separator-trailer: one or two short notes under a drawn line leave, the line stays", "[html]") {
    const HtmlPage page = html_test::walk("<body><div>" + kText +
                                          "<p>___</p><p>Follow our full coverage of the election at "
                                          "https://example.com/election</p><h3>People in the Story</h3></div></body>");
    std::vector<std::size_t> body = everything(page);
    REQUIRE(body.size() == 5);
    drop_separator_trailer(page, body);
    REQUIRE(body.size() == 3);
    CHECK(page.segments[body.back()].text == "___");
}

TEST_CASE("separator-trailer: a section after a break, or three notes, stay", "[html]") {
    const std::string long_note(400, 'x');
    const HtmlPage section = html_test::walk("<body><div>" + kText + "<p>-----</p><p>" + long_note + "</p></div></body>");
    std::vector<std::size_t> body = everything(section);
    drop_separator_trailer(section, body);
    CHECK(body.size() == 4);
    const HtmlPage three = html_test::walk("<body><div>" + kText +
                                           "<p>___</p><p>One note.</p><p>Two notes.</p><p>Three notes.</p></div></body>");
    body = everything(three);
    drop_separator_trailer(three, body);
    CHECK(body.size() == 6);
    const HtmlPage alone = html_test::walk("<body><div><p>___</p><p>Only a note.</p></div></body>");
    body = everything(alone);
    drop_separator_trailer(alone, body);
    CHECK(body.size() == 2);
}
