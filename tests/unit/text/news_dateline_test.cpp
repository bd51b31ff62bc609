#include <catch2/catch.hpp>

#include "text/rules/body.hpp"
#include "text/rules/news_dateline.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("news-dateline-lead: datelines of news reports", "[text][body][news-dateline]") {
    CHECK(opens_with_news_dateline("ST. JOSEPH, Mich. (AP) \u2014 Michigan health authorities are reporting a death."));
    CHECK(opens_with_news_dateline("LONDON (Reuters) - Shares fell on Monday."));
    CHECK(opens_with_news_dateline("WASHINGTON \u2014 The Senate voted on Tuesday."));
    CHECK(opens_with_news_dateline("BERLIN -- The European Space Agency says astronauts could hibernate."));
    CHECK_FALSE(opens_with_news_dateline("The mayor said - and nobody objected - that the bridge would come."));
    CHECK_FALSE(opens_with_news_dateline("THE COUNCIL OF THE CITY AND THE MAYOR OF THE TOWN AGREED - finally."));
    CHECK_FALSE(opens_with_news_dateline("Home - News - Sports"));
}

TEST_CASE("news-dateline-lead: a name-heavy first paragraph with a dateline stays in the body",
          "[text][body][news-dateline]") {
    const std::string para =
        "Berrien County Health Department officials said Monday that the victim was one of two people who "
        "contracted the virus in the county this year, and that the second person has since recovered at home.\n\n";
    auto run = document_of("# Sixth Death Linked To Virus\n\nFiled Under: Health, Michigan\n\n"
                           "ST. JOSEPH, Mich. (AP) \u2014 Michigan health authorities report a 6th fatality linked to "
                           "Eastern Equine Encephalitis in Berrien County.\n\n" + para + para + para);
    apply_tag_line(run.doc, run.article);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    REQUIRE_FALSE(run.article.body.empty());
    CHECK(run.article.body.front().text.substr(0, 9) == "ST. JOSEP");
}
