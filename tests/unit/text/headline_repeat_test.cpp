#include <catch2/catch.hpp>

#include "text/rules/rules.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("headline-repeat: copies of the headline are boilerplate", "[text][headline-repeat]") {
    auto run = document_of(
        "# Council Approves Cycling Plan\n\n"
        "COUNCIL APPROVES CYCLING PLAN\n\n"
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of "
        "the work, which is to begin in the spring of next year and last until the end of the decade.\n\n"
        "Council approves cycling plan for the city\n\n");
    apply_headline(run.doc, run.article);
    REQUIRE(run.article.headline == "Council Approves Cycling Plan");
    apply_headline_repeat(run.doc, run.article);
    CHECK(run.role_of("Council Approves Cycling Plan") == Role::headline);
    CHECK(run.role_of("COUNCIL APPROVES CYCLING PLAN") == Role::boilerplate);
    CHECK(run.role_of("Council approves cycling plan for the city") == Role::unassigned);
}

TEST_CASE("headline-repeat: nothing without a headline", "[text][headline-repeat]") {
    auto run = document_of("Same line\n\nSame line\n\n");
    apply_headline_repeat(run.doc, run.article);
    CHECK(run.doc.roles[0] == Role::unassigned);
    CHECK(run.doc.roles[1] == Role::unassigned);
}
