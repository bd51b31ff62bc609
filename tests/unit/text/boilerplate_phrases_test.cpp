#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;
using namespace std::string_literals;

TEST_CASE("boilerplate-phrases: banners, menus and notices in several languages", "[text][boilerplate-phrases]") {
    auto run = document_of(
        "Support The Moscow Times!\nContribute today\nRead more\nAdvertisement\nSign up for our newsletter\n"
        "© 2023 Example Media. All rights reserved.\nWe use cookies to improve your experience.\n"
        "Anzeige\nJetzt abonnieren\nPartager\nPublicidad\nПодписаться\nРеклама\n分享\n");
    apply_boilerplate_phrases(run.doc, run.article);
    for (std::size_t i = 0; i < run.doc.size(); ++i) {
        INFO(run.doc.segments[i].text);
        CHECK(run.doc.roles[i] == Role::boilerplate);
    }
}

TEST_CASE("boilerplate-phrases: body text quoting the phrases stays", "[text][boilerplate-phrases]") {
    auto run = document_of(
        "Support for the bill grew in the Senate after weeks of negotiations between the parties and the unions.\n"
        "Kazakhstan is known for its strict asylum policy.\n"
        "Shares of the company rose sharply.\n");
    apply_boilerplate_phrases(run.doc, run.article);
    for (std::size_t i = 0; i < run.doc.size(); ++i) {
        INFO(run.doc.segments[i].text);
        CHECK(run.doc.roles[i] == Role::unassigned);
    }
}

TEST_CASE("boilerplate-phrases: social-icons rows and follow/share widgets", "[text][boilerplate-phrases][social-icons]") {
    CHECK(is_boilerplate_phrase("twitter linkedin facebook instagram"));
    CHECK(is_boilerplate_phrase("facebook twitter e-mail"));
    CHECK(is_boilerplate_phrase("follow the author of this article"));
    CHECK(is_boilerplate_phrase("share close extra sharing options"));
    CHECK_FALSE(is_boilerplate_phrase("twitter bans political ads"));
    CHECK_FALSE(is_boilerplate_phrase("facebook"s + " and twitter were fined on monday."));
}

TEST_CASE("boilerplate-phrases: back-to-list links", "[text][boilerplate-phrases]") {
    CHECK(is_boilerplate_phrase("zurück zur übersicht"));
    CHECK(is_boilerplate_phrase("back to all posts"));
    CHECK(is_boilerplate_phrase("назад к списку"));
    CHECK_FALSE(is_boilerplate_phrase("back to the future of cities: how the tram came back to paris"));
}

TEST_CASE("boilerplate-phrases: copyright footers of any length, credits and disclosures", "[text][boilerplate-phrases]") {
    const std::string footer = "\u00A9 2019 example media. all rights reserved. use of this site constitutes acceptance of "
                               "our user agreement and privacy policy and cookie statement and your california privacy "
                               "rights. the material on this site may not be reproduced, distributed, transmitted, "
                               "cached or otherwise used.";
    REQUIRE(footer.size() > 200);
    CHECK(is_boilerplate_phrase(footer));
    CHECK(is_boilerplate_phrase("(reporting by jane roe; editing by john roe)"));
    CHECK(is_boilerplate_phrase("jane roe contributed reporting from hong kong."));
    CHECK(is_boilerplate_phrase("if you buy something through this post, we may get a share of the sale."));
    CHECK(is_boilerplate_phrase("like this story? share it with a friend!"));
    CHECK_FALSE(is_boilerplate_phrase("the reporting by local papers was thorough, the mayor said, and he thanked them for "
                                      "their work during the long weeks of the flood in the spring of that year."));
}

TEST_CASE("boilerplate-phrases: follow-line", "[text][boilerplate-phrases][follow-line]") {
    CHECK(is_boilerplate_phrase("follow newsbeat on instagram, facebook, twitter and youtube."));
    CHECK(is_boilerplate_phrase("folgen sie uns auf facebook und twitter"));
    CHECK(is_boilerplate_phrase("follow the times opinion section on facebook, twitter (@opinion) and instagram."));
    CHECK_FALSE(is_boilerplate_phrase("follow the money, the investigators said on monday."));
    CHECK_FALSE(is_boilerplate_phrase("facebook will follow twitter in banning political ads."));
}

TEST_CASE("boilerplate-phrases: reproduction notices and the related header \"Explore further\"",
          "[text][boilerplate]") {
    CHECK(is_boilerplate_phrase("this document is subject to copyright. apart from any fair dealing for the purpose "
                                "of private study or research, no part may be reproduced without the written "
                                "permission."));
    CHECK(is_related_header("explore further"));
}
