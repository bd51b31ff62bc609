#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("author-bio: writer notes in several languages", "[text][author-bio]") {
    CHECK(is_author_bio("Meg Roe is a corporate media reporter for the Daily Example, covering the business of television."));
    CHECK(is_author_bio("Jane Roe (@janeroe) is an Ideas contributor at Example and the host of a daily show."));
    CHECK(is_author_bio("Eric Roe is Example's deal curator and spends a quarter of his pay on stuff he posts."));
    CHECK(is_author_bio("Max Muster ist Redakteur im Ressort Wirtschaft."));
    CHECK(is_author_bio("Jeanne Dupont est journaliste au service politique."));
}

TEST_CASE("author-bio: ordinary sentences are not bios", "[text][author-bio]") {
    CHECK_FALSE(is_author_bio("Joe Biden is a candidate for president, and he said so again on Monday."));
    CHECK_FALSE(is_author_bio("The reporter is a witness in the case."));
    CHECK_FALSE(is_author_bio("Prices rose again in November, the report said."));
}

TEST_CASE("author-bio: a bio that ends the article leaves the body", "[text][author-bio]") {
    const std::string para =
        "The council approved the new bridge on Tuesday after a long and heated debate about its cost, and the "
        "mayor said that the works would start in the spring and end two years later.\n\n";
    auto run = document_of("# City Approves New Bridge\n\n" + para + para + para +
                           "Meg Roe is a city reporter for the Daily Example, covering transport, housing and the "
                           "council, and she has written about the bridge since the first plans in 2015.\n\n");
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.article.body.size() == 3);
}
