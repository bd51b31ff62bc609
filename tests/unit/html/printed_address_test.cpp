#include <catch2/catch.hpp>

#include "html/body_selection.hpp"
#include "html/printed_address.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

TEST_CASE("printed-address: one web address in the text", "[html]") {
    CHECK(count_addresses("http://amzn.to/2hXQPDr") == 1);
    CHECK(count_addresses("Link to the website – https://www.klook.com/activity/9596") == 1);
    CHECK(count_addresses("Ticketing WWW.Theater.com") == 1);
    CHECK(count_addresses("Listen: http://po.st/a Download: http://po.st/b iTunes: https://po.st/c") == 3);
    CHECK(count_addresses("Man Shot at Gas Station Dies") == 0);
    CHECK(prints_address("www.autoracing.com.br"));
    CHECK_FALSE(prints_address("Listen: http://po.st/a Download: http://po.st/b"));
    CHECK_FALSE(prints_address("Read this other story"));
}

TEST_CASE("printed-address: a cited address between paragraphs stays, a linked headline does not", "[html]") {
    const std::string paragraph =
        "This is a long paragraph of the article, with commas, clauses, and enough words to score well.";
    const HtmlPage page = html_test::walk(
        "<body><article><p>" + paragraph + "</p><p><a href='http://www.example.org/report'>"
        "http://www.example.org/report</a></p><p><a href='/x'>Read this other story about something</a></p><p>" +
        paragraph + "</p></article></body>");
    std::string text;
    for (std::size_t i : select_body(page)) text += page.segments[i].text + "\n";
    CHECK(text.find("http://www.example.org/report") != std::string::npos);
    CHECK(text.find("Read this other") == std::string::npos);
}
