#include <catch2/catch.hpp>

#include "text/rules/rules.hpp"
#include "unicode/locale.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
bool header(std::string_view text) { return is_comment_header(fold_case(text)); }
}  // namespace

TEST_CASE("comment-header: comment thread headers in several languages", "[text][comment-header]") {
    CHECK(header("34 responses to \u201C Anthony Lynn: \u201CWe needed to win this game\u201D \u201D"));
    CHECK(header("10 thoughts on \u201CBusiness Focus: It\u2019s Why Some People Succeed\u201D"));
    CHECK(header("12 Kommentare zu \u201EDie neue Br\u00FCcke\u201C"));
    CHECK(header("5 commentaires sur \u00AB Le nouveau pont \u00BB"));
    CHECK(header("3 comentarios en \u201CEl puente\u201D"));
    CHECK(header("2 Replies"));
    CHECK(header("7 \u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\u0435\u0432"));
}

TEST_CASE("comment-header: sentences and other counts are not headers", "[text][comment-header]") {
    CHECK_FALSE(header("34 responses came in before the deadline, the council said."));
    CHECK_FALSE(header("Responses to the survey"));
    CHECK_FALSE(header("3 people died"));
    CHECK_FALSE(header("One of the 34 comments on the plan was from the mayor"));
}

TEST_CASE("comment-header: ends the body only after article text", "[text][comment-header]") {
    auto run = document_of(
        "2 comments\n"
        "The council approved the new bridge on Tuesday after a long and heated debate about its cost and its schedule.\n"
        "34 responses to \u201CThe new bridge\u201D\n"
        "I think the bridge is far too expensive for a town of this size and nobody asked us about it.\n");
    apply_comment_header(run.doc, run.article);
    CHECK(run.role_of("2 comments") == Role::unassigned);
    CHECK_FALSE(run.doc.ends_body[0]);
    CHECK(run.role_of("34 responses to \u201CThe new bridge\u201D") == Role::boilerplate);
    CHECK(run.doc.ends_body[2]);
}
