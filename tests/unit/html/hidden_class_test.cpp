#include <catch2/catch.hpp>

#include "html/hidden_class.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

TEST_CASE("hidden-class: display:none utility classes and screen-reader text are not on the page", "[html]") {
    CHECK(names_hidden_box("gallery-overlay-outer lights-on hidden"));
    CHECK(names_hidden_box("modal HIDE"));
    CHECK(names_hidden_box("message p-3 d-none"));
    CHECK(names_hidden_box("sr-only"));
    CHECK(names_hidden_box("skip-link screen-reader-text"));
    const std::string text = html_test::all_text(html_test::walk(
        "<body><div class='story'><p>The article text stays on the page for every reader.</p>"
        "<div class='gallery-overlay hidden'><div>Headline of the gallery</div><div>Back to Gallery</div></div>"
        "<span class='sr-only'>Share this on Facebook</span></div></body>"));
    CHECK(text.find("article text stays") != std::string::npos);
    CHECK(text.find("Back to Gallery") == std::string::npos);
    CHECK(text.find("Facebook") == std::string::npos);
}

TEST_CASE("hidden-class: whole tokens only, shown again on some screen, or named as content", "[html]") {
    CHECK_FALSE(names_hidden_box("hidden-xs"));            // hidden on small screens only
    CHECK_FALSE(names_hidden_box("hide-for-small"));
    CHECK_FALSE(names_hidden_box("unhidden"));
    CHECK_FALSE(names_hidden_box("article-sidebar d-none d-lg-block"));  // part "responsive-display"
    CHECK_FALSE(names_hidden_box("hidden md:block"));
    CHECK_FALSE(names_hidden_box("hidden visible-lg"));
    CHECK(names_hidden_box("d-none d-print-block"));     // print only: not on a screen
    CHECK(names_hidden_box("hidden md:hidden"));
    CHECK_FALSE(names_hidden_box("story-rest hidden"));  // the rest a "Read more" button reveals
    CHECK_FALSE(names_hidden_box(""));
}

TEST_CASE("hidden-class, part hidden-page: a page that hides itself until its scripts run keeps its text", "[html]") {
    const std::string text = html_test::all_text(html_test::walk(
        "<html class='hidden'><body class='hide'><main class='d-none'><article class='hidden'>"
        "<p>The article text stays on the page for every reader.</p></article></main></body></html>"));
    CHECK(text.find("article text stays") != std::string::npos);
}
