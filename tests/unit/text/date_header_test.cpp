#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("date-header: leading date token -> published, rest stays a segment", "[text][date-header]") {
    auto run = document_of("date 2023-11-02 Support The Moscow Times!\nContribute today\n");
    apply_date_header(run.doc, run.article);
    CHECK(run.article.published == "2023-11-02");
    CHECK(run.doc.segments[0].text == "Support The Moscow Times!");
    CHECK(run.doc.folded[0] == "support the moscow times!");
    CHECK(run.doc.roles[0] == Role::unassigned);
}

TEST_CASE("date-header: a line with only the date is consumed", "[text][date-header]") {
    auto run = document_of("date 2024-05-08T10:30\nHeadline\n");
    apply_date_header(run.doc, run.article);
    CHECK(run.article.published == "2024-05-08T10:30");
    CHECK(run.doc.roles[0] == Role::metadata);
}

TEST_CASE("date-header: not at the start or not a date -> nothing", "[text][date-header]") {
    auto a = document_of("Headline\ndate 2023-11-02\n");
    apply_date_header(a.doc, a.article);
    CHECK(a.article.published.empty());
    auto b = document_of("date night ideas for 2023\n");
    apply_date_header(b.doc, b.article);
    CHECK(b.article.published.empty());
    CHECK(b.doc.segments[0].text == "date night ideas for 2023");
}
