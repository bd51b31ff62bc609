#include <catch2/catch.hpp>

#include "text/rules/rules.hpp"
#include "unicode/locale.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("gallery-counter: labelled counters are figure lines on their own", "[text][gallery-counter]") {
    CHECK(is_gallery_counter_line(fold_case("Image 1 of 9")));
    CHECK(is_gallery_counter_line(fold_case("Foto 2 von 5 Der Bürgermeister bei der Eröffnung")));
    CHECK(is_gallery_counter_line(fold_case("Photo 3 de 12 Le maire")));
    CHECK_FALSE(is_gallery_counter_line(fold_case("1 of 4 Americans say they will travel this year.")));
    CHECK_FALSE(is_gallery_counter_line(fold_case("Image 5 of 4")));
    CHECK_FALSE(is_gallery_counter_line(fold_case("Image of the day")));
    // A long run of digits is no counter (and is not read as a number: it
    // overflowed an int before, which the fuzzer's UBSan build caught).
    CHECK_FALSE(is_gallery_counter_line(fold_case("Image 2222222222222 of 4")));
    CHECK_FALSE(is_gallery_counter_line(fold_case("Image 1 of 99999999999999999999")));
}

TEST_CASE("gallery-counter: a sequence of counted captions leaves the body, a lone count stays",
          "[text][gallery-counter]") {
    auto run = document_of(
        "1 of 4 A shopper looks at extension cords at the hardware store on Tuesday.\n\n"
        "2of4Extension cords of all gauges and lengths stock the shelves.\n\n"
        "1 of 3 Americans say they will travel this year, the survey found on Monday.\n\n"
        "1/4 cup sugar\n\n3/4 cup milk\n\n");
    apply_gallery_counter(run.doc, run.article);
    CHECK(run.role_of("1 of 4 A shopper looks at extension cords at the hardware store on Tuesday.") == Role::figure);
    CHECK(run.role_of("2of4Extension cords of all gauges and lengths stock the shelves.") == Role::figure);
    CHECK(run.role_of("1 of 3 Americans say they will travel this year, the survey found on Monday.") ==
          Role::unassigned);
    CHECK(run.role_of("1/4 cup sugar") == Role::unassigned);
    REQUIRE(run.article.figures.size() == 2);
    CHECK(run.article.figures[0].caption == "A shopper looks at extension cords at the hardware store on Tuesday.");
    CHECK(run.article.figures[1].caption == "Extension cords of all gauges and lengths stock the shelves.");
}
