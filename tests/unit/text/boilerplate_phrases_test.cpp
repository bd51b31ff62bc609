#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

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
