#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("tag-line: tags split and trimmed, the line ends the body", "[text][tag-line]") {
    auto run = document_of("Body.\nRead more about: Anti-war , Kazakhstan\n");
    apply_tag_line(run.doc, run.article);
    CHECK(run.article.tags == std::vector<std::string>{"Anti-war", "Kazakhstan"});
    CHECK(run.doc.roles[1] == Role::tags);
    CHECK(run.doc.ends_body[1]);
}

TEST_CASE("tag-line: other labels and languages", "[text][tag-line]") {
    auto run = document_of("Themen: Verkehr; Stadtrat | Radverkehr\nТеги: культура, дети\n标签：交通，科技\nTags: A, A\n");
    apply_tag_line(run.doc, run.article);
    CHECK(run.article.tags ==
          std::vector<std::string>{"Verkehr", "Stadtrat", "Radverkehr", "культура", "дети", "交通", "科技", "A"});
}

TEST_CASE("tag-line: a bare label takes the next line", "[text][tag-line]") {
    auto run = document_of("Tags:\nEntertainment, Latest News\n");
    apply_tag_line(run.doc, run.article);
    CHECK(run.article.tags == std::vector<std::string>{"Entertainment", "Latest News"});
}

TEST_CASE("tag-line: no colon, no tags", "[text][tag-line]") {
    auto run = document_of("Tagesschau meldet neue Zahlen\nTopics of the day are many and varied\n");
    apply_tag_line(run.doc, run.article);
    CHECK(run.article.tags.empty());
    CHECK(run.doc.roles[0] == Role::unassigned);
}
