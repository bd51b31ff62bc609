#include <catch2/catch.hpp>

#include "text/rules/body.hpp"
#include "unicode/locale.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
std::optional<std::string> title_of(std::string_view text) { return related_link_title(text, fold_case(text)); }
}  // namespace

TEST_CASE("related-link-line: labelled one-line links in several languages", "[text][related-link-line]") {
    CHECK(title_of("Related: Possible Water Plumes on Europa") == std::optional<std::string>("Possible Water Plumes on Europa"));
    CHECK(title_of("SEE MORE: Hong Kong protests: 800 students under siege") ==
          std::optional<std::string>("Hong Kong protests: 800 students under siege"));
    CHECK(title_of("Lesen Sie auch: Die neue Brücke ist fertig") == std::optional<std::string>("Die neue Brücke ist fertig"));
    CHECK(title_of("Читайте также: Новый мост открыт") == std::optional<std::string>("Новый мост открыт"));
    CHECK(title_of("Related post : Pickled Sprouts Recipe") == std::optional<std::string>("Pickled Sprouts Recipe"));
}

TEST_CASE("related-link-line: sentences and bare labels are not links", "[text][related-link-line]") {
    CHECK_FALSE(title_of("Related stories were published on Monday."));
    CHECK_FALSE(title_of("More:"));
    CHECK_FALSE(title_of("Also the mayor said: we will build it"));
    CHECK_FALSE(title_of("Related: " + std::string(200, 'a') + " b c d e f g h i j k l m n o p q r s t u v"));
}

TEST_CASE("related-link-line: a link between paragraphs leaves the body without splitting it",
          "[text][related-link-line]") {
    const std::string para =
        "The council approved the new bridge on Tuesday after a long and heated debate about its cost, and the "
        "mayor said that the works would start in the spring and end two years later.\n\n";
    auto run = document_of("# City Approves New Bridge\n\n" + para + para + "See more: Old bridge closes for good\n\n" + para);
    apply_related_link_lines(run.doc, run.article);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    REQUIRE(run.article.related.size() == 1);
    CHECK(run.article.related[0].title == "Old bridge closes for good");
    CHECK(run.article.body.size() == 3);
}
