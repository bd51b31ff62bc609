#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("updated-line: an empty label is dropped", "[text][updated-line]") {
    auto run = document_of("Updated:\nОбновлено:\nAktualisiert:\n");
    apply_updated_line(run.doc, run.article);
    CHECK(run.doc.roles[0] == Role::boilerplate);
    CHECK(run.doc.roles[2] == Role::boilerplate);
    CHECK(run.article.updated.empty());
}

TEST_CASE("updated-line: a label without colon or date is text", "[text][updated-line]") {
    auto run = document_of("Updated\nPosted\nUpdated guidance for travellers was issued by the ministry on Monday.\n");
    apply_updated_line(run.doc, run.article);
    for (std::size_t i = 0; i < run.doc.size(); ++i) CHECK(run.doc.roles[i] == Role::unassigned);
}

TEST_CASE("updated-line: labels with dates set updated/published (needs find_date)", "[text][updated-line]") {
    auto run = document_of("Published: 2023-11-01\nUpdated: 2023-11-02\n");
    apply_updated_line(run.doc, run.article);
    CHECK(run.article.published == "2023-11-01");
    CHECK(run.article.updated == "2023-11-02");
    CHECK(run.doc.roles[0] == Role::metadata);
    CHECK(run.doc.roles[1] == Role::metadata);
}

TEST_CASE("updated-line: page year - a label with a date without a year", "[text][updated-line][page-year]") {
    auto run = document_of("Updated Nov 19, 6:55 AM\nThe council approved the plan.\n\u00A9 2019 Example Media\n");
    apply_updated_line(run.doc, run.article);
    CHECK(run.article.updated == "2019-11-19T06:55");
    auto nothing = document_of("Updated Nov 19, 6:55 AM\nThe council approved the plan.\n");
    apply_updated_line(nothing.doc, nothing.article);
    CHECK(nothing.article.updated.empty());
}

TEST_CASE("updated-line: a second label gives the other fact", "[text][updated-line][inner-label]") {
    auto run = document_of("Updated Nov 19, 2019 6:55 AM; Posted Nov 19, 2019 6:51 AM\n");
    apply_updated_line(run.doc, run.article);
    CHECK(run.article.updated == "2019-11-19T06:55");
    CHECK(run.article.published == "2019-11-19T06:51");
    auto other = document_of("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019\n");
    apply_updated_line(other.doc, other.article);
    CHECK(other.article.published == "2019-11-19T10:48");
    CHECK(other.article.updated == "2019-11-19T11:05");
}
