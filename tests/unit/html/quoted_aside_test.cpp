#include <catch2/catch.hpp>

#include "html_test_support.hpp"

using namespace artnorm;

namespace {
const std::string kProse = "<p>His doctor referred him to an urgent care clinic and sought advice from a chest doctor.</p>";
std::string text_of(const std::string& aside) {
    return html_test::all_text(html_test::walk("<body><article>" + kProse + aside + kProse + "</article></body>"));
}
}  // namespace

TEST_CASE("quoted-aside: an aside that is one quotation in spans is a pull quote and stays", "[html]") {
    CHECK(text_of("<aside class='x1'><span></span><span>\u201CTheir immune system behaves in an exaggerated "
                  "fashion\u201D</span></aside>")
              .find("immune system") != std::string::npos);
    CHECK(text_of("<aside>\u00ABUne phrase cit\u00E9e de l'article\u00BB</aside>").find("phrase") != std::string::npos);
}

TEST_CASE("quoted-aside: linked, unquoted or long asides are still sidebars", "[html]") {
    CHECK(text_of("<aside><a href='/x'>\u201CA quoted headline of another story\u201D</a></aside>").find("quoted headline") ==
          std::string::npos);
    CHECK(text_of("<aside><span>Most read: the week in pictures</span></aside>").find("Most read") == std::string::npos);
    CHECK(text_of("<aside>\u201C" + std::string(500, 'x') + "\u201D</aside>").find("xxxx") == std::string::npos);
    CHECK(text_of("<aside>\u201C</aside>").find("\u201C") == std::string::npos);
}
