#include <catch2/catch.hpp>

#include "metadata/site_name.hpp"

using artnorm::split_site_name;

namespace {
bool split_as(std::string_view title, std::string_view headline, std::string_view site) {
    const auto parts = split_site_name(title);
    INFO(title << " -> [" << parts.title << "] [" << parts.site << "]");
    return parts.title == headline && parts.site == site;
}
}  // namespace

TEST_CASE("site suffix: every separator", "[site]") {
    CHECK(split_as("Kazakhstan Grants Asylum to Activist - The Moscow Times", "Kazakhstan Grants Asylum to Activist",
                   "The Moscow Times"));
    CHECK(split_as("Budget approved after long debate | City News", "Budget approved after long debate", "City News"));
    CHECK(split_as("Budget approved after long debate – Example", "Budget approved after long debate", "Example"));
    CHECK(split_as("Budget approved after long debate — Example", "Budget approved after long debate", "Example"));
    CHECK(split_as("Budget approved after long debate :: Example", "Budget approved after long debate", "Example"));
    CHECK(split_as("Budget approved after long debate · Example", "Budget approved after long debate", "Example"));
    CHECK(split_as("Бюджет принят после долгих споров - Новости", "Бюджет принят после долгих споров", "Новости"));
}

TEST_CASE("site suffix: the last separator wins", "[site]") {
    CHECK(split_as("Budget approved - Politics - Example News", "Budget approved - Politics", "Example News"));
}

TEST_CASE("site prefix: short capitalized site, long headline", "[site]") {
    CHECK(split_as("BBC News | Budget approved after a long debate in the council", 
                   "Budget approved after a long debate in the council", "BBC News"));
    CHECK(split_as("Example.com: Budget approved after a long debate", "Budget approved after a long debate",
                   "Example.com"));
}

TEST_CASE("No split when the parts do not look like headline and site", "[site]") {
    CHECK(split_as("Budget approved after long debate", "Budget approved after long debate", ""));
    CHECK(split_as("", "", ""));
    // Site part too long (> 5 words).
    // (and the first part is no capitalized name, so no prefix either).
    CHECK(split_as("short - this part is far too long to be the name of a site",
                   "short - this part is far too long to be the name of a site", ""));
    // Headline not longer than the site part, prefix headline not twice the site.
    CHECK(split_as("Heavy Rain - Weather Warning", "Heavy Rain - Weather Warning", ""));
    // Colon headlines: quotes and topics are not sites.
    CHECK(split_as("Putin: We will not negotiate with anyone", "Putin: We will not negotiate with anyone", ""));
    CHECK(split_as("Opinion | Why the budget debate matters so much", "Opinion | Why the budget debate matters so much",
                   ""));
    CHECK(split_as("Live: Election results as they come in tonight",
                   "Live: Election results as they come in tonight", ""));
    // Hyphenated words are no separators.
    CHECK(split_as("Anti-war activist granted asylum", "Anti-war activist granted asylum", ""));
}
