#include <catch2/catch.hpp>

#include "text/rules/rules.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("doubled-title: a title or caption rendered twice in a row is boilerplate", "[text][doubled-title]") {
    auto run = document_of(
        "Column: A vulture firm's bid shows there is still value in newspapers\n"
        "Column: A vulture firm's bid shows there is still value in newspapers\n\n"
        "Business\nBusiness\n\n"
        "| Pos | Player | Plays | % | Stats |\n|---|---|---|---|---|\n| Pos | Player | Plays | % | Stats |\n\n"
        "The council approved the plan.\n\n");
    apply_doubled_title(run.doc, run.article);
    CHECK(run.doc.roles[0] == Role::boilerplate);
    CHECK(run.doc.roles[1] == Role::boilerplate);
    CHECK(run.role_of("Business") == Role::unassigned);
    CHECK(run.doc.roles[4] == Role::unassigned);
    CHECK(run.doc.roles[5] == Role::unassigned);
    CHECK(run.role_of("The council approved the plan.") == Role::unassigned);
}
