#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
const std::string kBody =
    "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of the "
    "works, which should start in the spring.\n\n";

void run_rules(test::RuleRun& run) {
    apply_headline(run.doc, run.article);
    apply_dateline(run.doc, run.article);
    apply_byline(run.doc, run.article);
    apply_standfirst(run.doc, run.article);
}
}  // namespace

TEST_CASE("standfirst: the summary above the byline is the description", "[text][standfirst]") {
    auto run = document_of("# City Approves New Bridge\n\nThe old crossing will close for good once the works are done.\n\n"
                           "By Jane Roe\n\n" + kBody + kBody);
    run_rules(run);
    CHECK(run.article.description == "The old crossing will close for good once the works are done.");
    CHECK(run.role_of("The old crossing will close for good once the works are done.") == Role::metadata);
}

TEST_CASE("standfirst: a first paragraph with no byline after it stays body", "[text][standfirst]") {
    auto run = document_of("# City Approves New Bridge\n\nThe old crossing will close for good once the works are done.\n\n" +
                           kBody + kBody + "By Jane Roe\n");
    run_rules(run);
    CHECK(run.article.description.empty());
    CHECK(run.role_of("The old crossing will close for good once the works are done.") == Role::unassigned);
}

TEST_CASE("standfirst: a markdown subheading above the byline (html2text)", "[text][standfirst]") {
    auto run = document_of("# City Approves New Bridge\n\n## The old crossing will close for good once the works are done.\n\n"
                           "By Jane Roe\n\n" + kBody + kBody);
    run_rules(run);
    CHECK(run.article.description == "The old crossing will close for good once the works are done.");
}
