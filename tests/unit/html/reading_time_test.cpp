#include <catch2/catch.hpp>

#include "html/body_selection.hpp"
#include "html/reading_time.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

TEST_CASE("reading-time: short reading-time lines in several languages", "[html]") {
    CHECK(is_reading_time("5 min read"));
    CHECK(is_reading_time("Reading time: 12 minutes"));
    CHECK(is_reading_time("Tempo de leitura: 1 minuto"));
    CHECK(is_reading_time("Lesezeit: 3 Min."));
    CHECK(is_reading_time("Temps de lecture : 4 minutes"));
    CHECK(is_reading_time("Время чтения: 2 минуты"));
    CHECK(is_reading_time("阅读时间：3分钟"));
}

TEST_CASE("reading-time: prose, lines without a number and long lines stay", "[html]") {
    CHECK_FALSE(is_reading_time("Reading time"));
    CHECK_FALSE(is_reading_time("Her reading time doubled to 40 minutes a day over the summer, the study found."));
    CHECK_FALSE(is_reading_time("The 2 trains left on time."));
}

TEST_CASE("reading-time: the body selection leaves the line out", "[html]") {
    const std::string paragraph =
        "This is a long paragraph of the article, with commas, clauses, and enough words to score well.";
    const HtmlPage page = html_test::walk("<body><div class='story'><p>Reading time: 1 minute</p><p>" + paragraph +
                                          "</p><p>" + paragraph + "</p></div></body>");
    const auto body = select_body(page);
    REQUIRE(body.size() == 2);
    CHECK(page.segments[body.front()].text == paragraph);
}
