#include <catch2/catch.hpp>

#include <string>

#include "text/rules/body.hpp"
#include "text/rules/paragraph_tail.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
const std::string kIntro =
    "If you have done the program before, you have seen firsthand how its meal plan complements the workouts to "
    "get you the best results, and this new plan follows the same rules, so you can start right away with it.\n\n";

std::string meal_plan(int meals) {
    std::string plan;
    for (int m = 1; m <= meals; ++m) {
        plan += "Meal " + std::to_string(m) + "\n\nEat every 2-3 hours\n\nPortion Fix Containers: 1 Green, 1 Red\n\n";
    }
    return plan;
}

void run_body(artnorm::test::RuleRun& run) {
    apply_headline(run.doc, run.article);
    apply_related_articles(run.doc, run.article);
    apply_body(run.doc, run.article);
}
}  // namespace

TEST_CASE("paragraph-tail-to-end-marker: a structured second part up to the related zone stays",
          "[text][body][paragraph-tail]") {
    auto run = document_of("# Meal Prep For The Program\n\n" + kIntro + kIntro + meal_plan(3) +
                           "Related Articles\n\nWhy Breakfast Really Does Matter\n\nComing Soon: A New Bar\n");
    run_body(run);
    CHECK(run.role_of("Meal 1") == Role::body);
    CHECK(run.role_of("Meal 3") == Role::body);
    CHECK(run.role_of("Why Breakfast Really Does Matter") != Role::body);
}

TEST_CASE("paragraph-tail-to-end-marker: no marker after the run, or a list, or dated lines, changes nothing",
          "[text][body][paragraph-tail]") {
    auto no_marker = document_of("# Meal Prep For The Program\n\n" + kIntro + kIntro + meal_plan(3));
    run_body(no_marker);
    CHECK(no_marker.role_of("Meal 1") != Role::body);

    std::string list;
    for (int m = 1; m <= 9; ++m) list += "* Teaser title number " + std::to_string(m) + "\n";
    auto listed = document_of("# Meal Prep For The Program\n\n" + kIntro + kIntro + list +
                              "\nRelated Articles\n\nWhy Breakfast Really Does Matter\n");
    run_body(listed);
    CHECK(listed.role_of("Teaser title number 1") != Role::body);

    std::string thread;
    for (int c = 1; c <= 3; ++c) thread += "Jane Roe\n\nNovember 19, 2019 at 6:34 am\n\nI do not agree at all\n\n";
    auto dated = document_of("# Meal Prep For The Program\n\n" + kIntro + kIntro + thread +
                             "Related Articles\n\nWhy Breakfast Really Does Matter\n");
    run_body(dated);
    CHECK(dated.role_of("I do not agree at all") != Role::body);
}
