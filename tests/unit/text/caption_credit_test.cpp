#include <catch2/catch.hpp>

#include "text/rules/caption_credit.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("caption-credit: credit patterns", "[text][caption-credit]") {
    struct Case { const char* text; const char* caption; const char* credit; };
    const Case cases[] = {
        {"Ammosov with a poster reading \"The groom has arrived.\" Aykhal Ammosov / Instagram",
         "Ammosov with a poster reading \"The groom has arrived.\"", "Aykhal Ammosov / Instagram"},
        {"Artist's impression of the plumes. (NASA Goddard/David Ladd)", "Artist's impression of the plumes.",
         "NASA Goddard/David Ladd"},
        {"Fans at the stadium (Photo by Jane Roe)", "Fans at the stadium", "Jane Roe"},
        {"Die neue Brücke. Foto: Max Mustermann", "Die neue Brücke.", "Max Mustermann"},
        {"Протестующие у здания суда. Фото: Иван Петров", "Протестующие у здания суда.", "Иван Петров"},
        {"The president speaks in Kyiv. REUTERS/John Doe", "The president speaks in Kyiv.", "REUTERS/John Doe"},
        {"Smoke rises over the city. Getty Images", "Smoke rises over the city.", "Getty Images"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto f = split_caption_credit(c.text);
        REQUIRE(f.has_value());
        CHECK(f->caption == c.caption);
        CHECK(f->credit == c.credit);
    }
}

TEST_CASE("caption-credit: ordinary sentences are not captions", "[text][caption-credit]") {
    CHECK_FALSE(split_caption_credit("Kazakhstan is known for its strict asylum policy."));
    CHECK_FALSE(split_caption_credit("He said so. Then he left the room without a word"));
    CHECK_FALSE(split_caption_credit("Prices rose 5% (year on year)"));
}

TEST_CASE("caption-credit: only between headline and body", "[text][caption-credit]") {
    auto run = document_of("Headline Words Here\nA crowd in the square. Photo: Jane Roe\n"
                           "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule of the works.\n"
                           "A later picture. Photo: John Roe\n");
    run.doc.headline = 0;
    run.doc.roles[0] = Role::headline;
    apply_caption_credit(run.doc, run.article);
    REQUIRE(run.article.figures.size() == 1);
    CHECK(run.article.figures[0].credit == "Jane Roe");
    CHECK(run.doc.roles[1] == Role::figure);
    CHECK(run.doc.roles[3] == Role::unassigned);
}
