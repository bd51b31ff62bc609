#include <catch2/catch.hpp>

#include "text/text_features.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
const std::string kBody =
    "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of the work.\n\n";
}

TEST_CASE("related-articles: groups glued together are split into teasers", "[text][related-articles]") {
    auto run = document_of(kBody +
        "Read more\n\nparallel imports\n\nKazakhstan to Strengthen Screening of Re-Exports to Russia\n\n"
        "Kazakh firms have been helping meet Russian demand for goods that became hard to obtain due to sanctions...\n"
        "4 Min read\nforced return\n\nFormer Guard Jailed for Deserting the Army\n\n"
        "A military court found the former guard guilty of desertion and illegal border crossing.\n"
        "Turkey\n\nPutin Thanks Kazakh President for Help\n\nRussian President Vladimir Putin has thanked the Kazakh president for his help...");
    apply_related_articles(run.doc, run.article);
    REQUIRE(run.article.related.size() == 3);
    CHECK(run.article.related[0].kicker == "parallel imports");
    CHECK(run.article.related[0].title == "Kazakhstan to Strengthen Screening of Re-Exports to Russia");
    CHECK(run.article.related[0].reading_minutes == 4);
    CHECK(run.article.related[1].kicker == "forced return");
    CHECK(run.article.related[1].summary ==
          "A military court found the former guard guilty of desertion and illegal border crossing.");
    CHECK_FALSE(run.article.related[1].reading_minutes.has_value());
    CHECK(run.article.related[2].kicker == "Turkey");
    CHECK(run.doc.roles[1] == Role::related);
    CHECK(run.doc.ends_body[1]);
    CHECK(run.doc.roles[0] == Role::unassigned);
}

TEST_CASE("related-articles: a header above the article opens no zone", "[text][related-articles]") {
    auto run = document_of("Most read\nSome Title Of A Story\nA summary of that story that goes on for a while and ends...\n" + kBody);
    apply_related_articles(run.doc, run.article);
    CHECK(run.article.related.empty());
    CHECK(run.doc.roles[0] == Role::unassigned);
}

TEST_CASE("related-articles: a header without teasers is not a zone", "[text][related-articles]") {
    auto run = document_of(kBody + "Related\nNothing here\n");
    apply_related_articles(run.doc, run.article);
    CHECK(run.article.related.empty());
}

TEST_CASE("reading-time: several languages", "[text][reading-time]") {
    CHECK(parse_reading_time("4 min read") == 4);
    CHECK(parse_reading_time("4 min. lesezeit") == 4);
    CHECK(parse_reading_time("12 мин") == 12);
    CHECK(parse_reading_time("5 minutos de lectura") == 5);
    CHECK_FALSE(parse_reading_time("2 million people"));
    CHECK_FALSE(parse_reading_time("min read"));
}

TEST_CASE("article-resumes: an inline box inside the article does not end the body",
          "[text][related-articles][article-resumes]") {
    auto run = document_of(kBody +
        "Related articles\n\nProtesters Send Defiant Warning\n\nStudents Under Siege In University\n\n"
        "Many of the protesters wear masks to shield their identities for protection.\n\n"
        "The ambassador accused both governments of meddling in the affairs of the city and its people.\n");
    apply_related_articles(run.doc, run.article);
    REQUIRE(run.article.related.size() == 2);  // rule "title-only-zone"
    CHECK(run.article.related[0].title == "Protesters Send Defiant Warning");
    CHECK(run.article.related[0].summary.empty());
    CHECK(run.doc.roles[1] == Role::related);
    CHECK_FALSE(run.doc.ends_body[1]);
    CHECK(run.role_of("Many of the protesters wear masks to shield their identities for protection.") ==
          Role::unassigned);
}

TEST_CASE("article-resumes: a zone at the end still ends the body", "[text][related-articles][article-resumes]") {
    auto run = document_of(kBody + "Most read\n\nProtesters Send Defiant Warning\n\nStudents Under Siege In University\n\n"
                                   "Council Votes On Budget Today\n");
    apply_related_articles(run.doc, run.article);
    CHECK(run.article.related.size() == 3);
    CHECK(run.doc.ends_body[1]);
}

TEST_CASE("title-only-zone: one title is not enough", "[text][related-articles][title-only-zone]") {
    auto run = document_of(kBody + "Related\n\nOne Story Title\n\nThe ambassador accused both governments of meddling "
                                   "in the affairs of the city.\n\nShe said the talks would go on for many more weeks.\n");
    apply_related_articles(run.doc, run.article);
    CHECK(run.article.related.empty());
    CHECK(run.doc.roles[1] == Role::unassigned);
}

TEST_CASE("article-resumes: a 'Read more' link under a promo is not a zone header",
          "[text][related-articles][article-resumes]") {
    auto run = document_of(kBody +
        "Read more\n\nAs the year comes to an end, it's time to sit back and reflect on the gadgets that made the last twelve months.\n\n"
        "Also: our coverage of the sales\n\nSome of the year's best gadgets\n\n"
        "Since the earbuds first launched, users and critics alike have been asking for noise cancellation.\n");
    apply_related_articles(run.doc, run.article);
    CHECK(run.article.related.empty());
    CHECK(run.role_of("Some of the year's best gadgets") == Role::unassigned);
}

TEST_CASE("related-articles: more header phrases (next up, don't miss, weitere Beiträge)", "[text][related-articles]") {
    CHECK(is_related_header("next up in science & health"));
    CHECK(is_related_header("don't miss"));
    CHECK(is_related_header("weitere beiträge zum thema"));
    CHECK_FALSE(is_related_header("next up, the council will vote on the budget for the coming year."));
}
