#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
const std::string kBody =
    "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule.\n";
}

TEST_CASE("headline: first title-like segment followed by body", "[text][headline]") {
    auto run = document_of("Menu\nCity Council Approves New Cycling Plan\nUpdated:\n" + kBody);
    apply_boilerplate_phrases(run.doc, run.article);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "City Council Approves New Cycling Plan");
    CHECK(run.doc.roles[1] == Role::headline);
}

TEST_CASE("headline: title line repeated later, site suffix -> publisher", "[text][headline]") {
    auto run = document_of("City Council Approves New Cycling Plan | The Daily Example\n\nHome\nNews\nSport\n\n"
                           "City Council Approves New Cycling Plan\n\n" + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline == "City Council Approves New Cycling Plan");
    CHECK(run.article.publisher == "The Daily Example");
    CHECK(run.doc.roles[4] == Role::headline);
    CHECK(run.doc.roles[0] == Role::metadata);
}

TEST_CASE("headline: sentences and lone words are not headlines", "[text][headline]") {
    auto run = document_of("Home\nThis is a sentence that ends with a period.\n" + kBody);
    apply_headline(run.doc, run.article);
    CHECK(run.article.headline.empty());
}
