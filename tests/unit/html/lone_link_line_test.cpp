#include <catch2/catch.hpp>

#include "html/body_selection.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {
using html_test::selected_text;
const std::string kProse =
    "<p>The meal plan works for both programs, so there is no need to figure out a whole new menu.</p>"
    "<p>Eat sixty to ninety minutes before your workout, and keep the portions to the containers.</p>";
}  // namespace

TEST_CASE("lone-link-line: one short link between paragraphs of the text is text, with its label", "[html]") {
    const std::string text = selected_text("<body><div class='entry'>" + kProse +
                                       "<h3>Workout Supplement</h3><p>Drink during your workout</p>"
                                       "<p><a href='/shop/hydrate'>Performance Hydrate</a></p>"
                                       "<p>Mix one scoop with water, stir well, and sip it slowly during the session.</p>" +
                                       kProse + "</div></body>");
    CHECK(text.find("Performance Hydrate") != std::string::npos);
    CHECK(text.find("Drink during your workout") != std::string::npos);
}

TEST_CASE("lone-link-line: teaser headlines and runs of links stay out", "[html]") {
    const std::string headline = selected_text("<body><div class='entry'>" + kProse +
                                           "<p><a href='/other'>Lakers hold off the Thunder again</a></p>" + kProse +
                                           "</div></body>");
    CHECK(headline.find("Lakers hold off") == std::string::npos);
    const std::string run = selected_text("<body><div class='entry'>" + kProse + "<p>See also</p>" +
                                      "<p><a href='/a'>Protein Shakes</a></p><p><a href='/b'>Meal Plans</a></p>" + kProse +
                                      "</div></body>");
    CHECK(run.find("Protein Shakes") == std::string::npos);
    CHECK(run.find("Meal Plans") == std::string::npos);
    CHECK(run.find("See also") == std::string::npos);
}
