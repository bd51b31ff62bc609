#include <catch2/catch.hpp>

#include "text/rules/caption_credit.hpp"
#include "text/rules/rules.hpp"
#include "unicode/locale.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
std::optional<Figure> line(std::string_view text) { return figure_line(text, fold_case(text)); }
bool credit_line(std::string_view text) { return is_credit_line(text, fold_case(text)); }
}  // namespace

TEST_CASE("figure-lines: labelled credits at the end and inline", "[text][figure-lines]") {
    const auto a = line("Protesters do not want the city to lose its autonomy (Image: GETTY )");
    REQUIRE(a.has_value());
    CHECK(a->caption == "Protesters do not want the city to lose its autonomy");
    CHECK(a->credit == "GETTY");
    const auto b = line("A view of the moon (Image credit: All About Space)");
    REQUIRE(b.has_value());
    CHECK(b->credit == "All About Space");
    const auto c = line("The president at the club last week. Credit... Anna Roe/The Daily");
    REQUIRE(c.has_value());
    CHECK(c->caption == "The president at the club last week.");
    CHECK(c->credit == "Anna Roe/The Daily");
    CHECK_FALSE(line("Prices rose 5% (year on year)"));
    CHECK_FALSE(line("He paid for the image (and the frame) himself."));
}

TEST_CASE("figure-lines: credit lines", "[text][figure-lines]") {
    CHECK(credit_line("Sakib Ali/Hindustan Times/Getty Images"));
    CHECK(credit_line("Jane Roe | Getty Images"));
    CHECK_FALSE(credit_line("Path A: Iceland, Bulgaria/Israel/Hungary/Romania*"));
    CHECK_FALSE(credit_line("The deal was signed in 24/7 talks."));
    CHECK_FALSE(credit_line("read it on facebook"));
    // Given the folded text, names_credit answers as when it folds it itself.
    for (std::string_view part : {"Jane Roe | GETTY IMAGES", "Foto: REUTERS", "ÉPA photo", "Sakib Ali/HT", "", "AFP"}) {
        CHECK(names_credit(part, fold_case(part)) == names_credit(part));
    }
}

TEST_CASE("figure-lines: a caption above a credit line and label lines leave the body", "[text][figure-lines]") {
    auto run = document_of(
        "The council approved the new bridge on Tuesday after a long and heated debate about its cost.\n"
        "Smoke over the city on Monday.\n"
        "Jane Roe/City Times/Getty Images\n"
        "Image caption The old bridge in 1950\n"
        "The works start in spring and should end two years later, the mayor said on Tuesday evening.\n"
        "Reuters\n");
    apply_figure_lines(run.doc, run.article);
    CHECK(run.role_of("Smoke over the city on Monday.") == Role::figure);
    CHECK(run.role_of("Jane Roe/City Times/Getty Images") == Role::figure);
    CHECK(run.role_of("Image caption The old bridge in 1950") == Role::figure);
    CHECK(run.role_of("The works start in spring and should end two years later, the mayor said on Tuesday evening.") ==
          Role::unassigned);
    REQUIRE(run.article.figures.size() == 2);
    CHECK(run.article.figures[0].caption == "Smoke over the city on Monday.");
    CHECK(run.article.figures[0].credit == "Jane Roe/City Times/Getty Images");
    CHECK(run.article.figures[1].caption.empty());
}

TEST_CASE("figure-lines: an inline credit glued to the caption (html2text)", "[text][figure-lines]") {
    const auto f = line("Trump asked voters for a big win. He didn't get it.Credit...Doug Roe/The Daily");
    REQUIRE(f.has_value());
    CHECK(f->credit == "Doug Roe/The Daily");
}

TEST_CASE("figure-lines: separators do not count as credit words", "[text][figure-lines]") {
    CHECK(credit_line("Natalie Roe | Example News | Getty Images"));
}
