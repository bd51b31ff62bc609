#include <catch2/catch.hpp>

#include "text/rules/rules.hpp"
#include "unicode/locale.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
bool header(std::string_view text, std::string_view publisher) {
    return is_more_from_publisher(fold_case(text), fold_case(publisher));
}
}  // namespace

TEST_CASE("more-from-publisher: headers naming the publisher", "[text][more-from-publisher]") {
    CHECK(header("More Washington Examiner", "Washington Examiner"));
    CHECK(header("More from The Times:", "Times"));
    CHECK(header("Mehr von der Zeit", "Zeit"));
    CHECK(header("Más de El País", "El País"));
    CHECK_FALSE(header("More Washington Examiner coverage of the trial", "Washington Examiner"));
    CHECK_FALSE(header("More Washington Examiner", ""));
    CHECK_FALSE(header("Washington Examiner", "Washington Examiner"));
}

TEST_CASE("more-from-publisher: ends the body after article text", "[text][more-from-publisher]") {
    auto run = document_of(
        "More Daily Planet\n\n"
        "The council approved the new bridge on Tuesday after a long and heated debate about its cost and its schedule.\n\n"
        "More Daily Planet\n\n"
        "Another story of the paper\n\n");
    run.article.publisher = "Daily Planet";
    apply_more_from_publisher(run.doc, run.article);
    CHECK(run.doc.roles[0] == Role::unassigned);
    CHECK(run.doc.roles[2] == Role::related);
    CHECK(run.doc.ends_body[2]);
}
