#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("publisher: support banner names the publisher", "[text][publisher]") {
    auto run = document_of("Support The Moscow Times!\nDeputy director told The Moscow Times in September that it was so.\n");
    apply_boilerplate_phrases(run.doc, run.article);
    apply_publisher(run.doc, run.article);
    CHECK(run.article.publisher == "The Moscow Times");
}

TEST_CASE("publisher: copyright line", "[text][publisher]") {
    auto run = document_of("Body text.\n© 2019-2024 Example Media Group. All rights reserved.\n");
    apply_boilerplate_phrases(run.doc, run.article);
    apply_publisher(run.doc, run.article);
    CHECK(run.article.publisher == "Example Media Group");
}

TEST_CASE("publisher: a name only mentioned in text is no source", "[text][publisher]") {
    auto run = document_of("He told The Daily Example that he would support the plan.\n");
    apply_boilerplate_phrases(run.doc, run.article);
    apply_publisher(run.doc, run.article);
    CHECK(run.article.publisher.empty());
}
