#include <catch2/catch.hpp>

#include "html/body_selection.hpp"
#include "html/fine_print_style.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

TEST_CASE("fine-print-style: an inline font size under 11px (px or pt) is fine print", "[html]") {
    CHECK(declares_fine_print("text-align:left; display:block; font-size:10px; font-weight:bold"));
    CHECK(declares_fine_print("FONT-SIZE: 7pt"));
    CHECK(declares_fine_print("font-size:8pt"));   // 10.7px
    CHECK(declares_fine_print("font-size: 10.5px"));
    CHECK_FALSE(declares_fine_print("font-size:11px"));
    CHECK_FALSE(declares_fine_print("font-size: 12px"));
    CHECK_FALSE(declares_fine_print("font-size:10pt"));  // 13.3px
    CHECK_FALSE(declares_fine_print("font-size:0.7em"));  // relative: the parent's size is unknown
    CHECK_FALSE(declares_fine_print("font-size:62.5%"));
    CHECK_FALSE(declares_fine_print("font-size:small"));
    CHECK_FALSE(declares_fine_print("line-height:10px"));
    CHECK_FALSE(declares_fine_print(""));
}

TEST_CASE("fine-print-style: a paragraph in fine print is left out of the body like <small>", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><div class='entry'><p>The calendar of the season was announced on Monday, with twelve rounds.</p>"
        "<p>The first round, in March, opens the championship at the home track of the series.</p>"
        "<p style='font-size:10px'>NOTE: Comments that are unreadable or disrespectful will not be approved.</p>"
        "</div></body>");
    std::string text;
    for (std::size_t i : select_body(page)) text += page.segments[i].text + "\n";
    CHECK(text.find("twelve rounds") != std::string::npos);
    CHECK(text.find("will not be approved") == std::string::npos);
}

TEST_CASE("fine-print-style: a page set wholly in small type keeps its text (part small-type-page)", "[html]") {
    const std::string paragraph = "<p>The calendar of the season was announced on Monday, with twelve rounds in all.</p>";
    for (const std::string& page_html :
         {"<body style='font-size:10px'><div class='entry'>" + paragraph + paragraph + "</div></body>",
          "<body><div class='entry' style='font-size:10px'>" + paragraph + paragraph + "</div></body>",
          "<body><div class='entry'><small>" + paragraph + paragraph + "</small></div></body>"}) {
        const HtmlPage page = html_test::walk(page_html);
        std::string text;
        for (std::size_t i : select_body(page)) text += page.segments[i].text + "\n";
        CHECK(text.find("twelve rounds") != std::string::npos);
    }
}
