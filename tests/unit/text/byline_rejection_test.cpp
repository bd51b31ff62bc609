// The quick rejection of byline_authors (surely_no_byline,
// may_open_with_marker) against the full parse on tricky lines.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "metadata/byline.hpp"
#include "metadata/dates.hpp"
#include "text/rules/meta_lines.hpp"
#include "unicode/whitespace.hpp"

using namespace artnorm;

TEST_CASE("may_open_with_marker: ASCII differences only", "[text][byline]") {
    CHECK_FALSE(may_open_with_marker("Business"));
    CHECK_FALSE(may_open_with_marker("Sports"));
    CHECK_FALSE(may_open_with_marker("PPA"));
    CHECK_FALSE(may_open_with_marker("o Politics"));
    CHECK(may_open_with_marker("By Jane Doe"));
    CHECK(may_open_with_marker("BY: Jane Doe"));
    CHECK(may_open_with_marker("Written  by Jane Doe"));
    CHECK(may_open_with_marker("Von Max Mustermann"));
    CHECK(may_open_with_marker("b"));                       // too short to tell
    CHECK(may_open_with_marker("Publi\u00E9 par Jean"));     // non-ASCII before a difference
    CHECK(may_open_with_marker("\u00C9crit par Jean"));
    CHECK(may_open_with_marker("\u0410\u0432\u0442\u043E\u0440: \u041E\u043B\u0435\u0433"));
    CHECK(may_open_with_marker("B\u200By Jane Doe"));        // an invisible character inside "By"
    CHECK(may_open_with_marker("\u212Aatie"));               // KELVIN SIGN folds to 'k'
    CHECK(may_open_with_marker("\u017Ftory by Jane"));       // LONG S folds to 's'
    CHECK(may_open_with_marker("\u0410\u0412\u0422\u041E\u0420: \u041E\u043B\u0435\u0433"));  // "АВТОР:"
    CHECK(may_open_with_marker("\u0422\u0435\u043A\u0441\u0442: \u041E\u043B\u0435\u0433"));  // "Текст:"
    CHECK(may_open_with_marker("\u00A0By Jane Doe"));
    CHECK_FALSE(may_open_with_marker("\u041E\u043B\u0435\u0433 \u0418\u043B\u044C\u0438\u043D"));  // "Олег Ильин"
    CHECK_FALSE(may_open_with_marker("\u0424\u043E\u0442\u043E: \u041E\u043B\u0435\u0433"));       // "Фото:"
    CHECK_FALSE(may_open_with_marker("\u5546\u6A19\u306E\u30E9\u30A4\u30BB\u30F3\u30B9"));
    CHECK_FALSE(may_open_with_marker("\uD55C\uAD6D\uC5B4"));
}

TEST_CASE("surely_no_byline: separators and markers keep the full parse", "[text][byline]") {
    CHECK(surely_no_byline("Sports"));
    CHECK(surely_no_byline("State Politics"));
    CHECK(surely_no_byline(" / ; Business"));
    CHECK_FALSE(surely_no_byline("Jane Doe, Staff Writer"));
    CHECK_FALSE(surely_no_byline("Jane Doe | Reuters"));
    CHECK_FALSE(surely_no_byline("Jane Doe - Staff Writer"));
    CHECK_FALSE(surely_no_byline("Jane Doe \u2013 Staff Writer"));
    CHECK_FALSE(surely_no_byline("Jane Doe \u2014 Staff Writer"));
    CHECK_FALSE(surely_no_byline("\u00A0By Jane Doe"));
    CHECK_FALSE(surely_no_byline("  :By Jane Doe"));
    CHECK_FALSE(surely_no_byline("\u2022 Jane Doe"));
    CHECK_FALSE(surely_no_byline("Jane Doe\u00A0-\u00A0Staff Writer"));
    CHECK_FALSE(surely_no_byline("Jane Doe\t-\tStaff Writer"));
    CHECK_FALSE(surely_no_byline("Jane Doe \u200B- Staff Writer"));
    CHECK_FALSE(surely_no_byline("Jane Doe\u00A0\u2013\u00A0Staff Writer"));
    CHECK(surely_no_byline("Post-Workout Supplement"));
    CHECK(surely_no_byline("Eat every 2\u20133 hours"));
    CHECK(surely_no_byline("Jane Doe-Staff Writer"));
}

TEST_CASE("surely_no_byline never rejects a line parse_byline accepts", "[text][byline]") {
    const std::vector<std::string> lines = {
        "Sports", "State Politics", "Business", "Davis Cup", "Olga Petrova", "The Associated Press",
        "By Jane Doe", "by jane doe", "BY: Jane Doe", "By\tJane Doe", "By  Jane   Doe", "BySenior Jane Doe",
        "B\u200By Jane Doe", "\u00A0By Jane Doe", "\u00A0\u00A0Von Max Mustermann", "Von Max Mustermann",
        "Par Jean Dupont", "Publi\u00E9 par Jean Dupont", "\u00C9crit par Jean Dupont", "Por Ana Garc\u00EDa",
        "Di Marco Rossi", "Door Jan de Vries", "Av Ola Nordmann", "Oleh Budi Santoso", "Yazan: Ay\u015Fe Y\u0131lmaz",
        "\u0410\u0432\u0442\u043E\u0440: \u041E\u043B\u0435\u0433 \u0418\u043B\u044C\u0438\u043D",
        "\u041E\u043B\u0435\u0433 \u0418\u043B\u044C\u0438\u043D", "Text: Jane Doe", "Tekst: Jan Kowalski",
        "Written by Jane Doe and Max Roe", "Story by Jane Doe", "Reporting by Jane Doe", "Jane Doe, Staff Writer",
        "Meg JamesStaff Writer", "Jane Doe | Reuters", "Jane Doe \u2013 Moscow Bureau Chief", "/ By Jane Doe",
        ";/By Jane Doe", "\u2022 By Jane Doe", "\u00B7 By Jane Doe", "Sean Martin Sean Martin", "Byline", "Bye bye",
        "\u212Ay Jane Doe", "Jane Doe\u00A0-\u00A0Staff Writer", "Jane Doe\t-\tStaff Writer",
        "Jane Doe \u200B- Staff Writer", "Jane Doe\u00A0\u2013\u00A0Staff Writer", "Jane Doe-Staff Writer",
        "Post-Workout Supplement", "\u017Ftory by Jane Doe", "Jane Doe \u2014Staff Writer",
        "\u0410\u0412\u0422\u041E\u0420: \u041E\u043B\u0435\u0433 \u0418\u043B\u044C\u0438\u043D",
        "\u0422\u0435\u043A\u0441\u0442: \u041E\u043B\u0435\u0433 \u0418\u043B\u044C\u0438\u043D",
        "\u0424\u043E\u0442\u043E: \u041E\u043B\u0435\u0433 \u0418\u043B\u044C\u0438\u043D",
        "\u5546\u6A19\u306E\u30E9\u30A4\u30BB\u30F3\u30B9", "\u0392y Jane Doe", "Dr. Jane Doe", "Authors: Jane Doe, Max Roe", "Autorin: Erika Muster",
    };
    std::size_t rejected = 0;
    for (const std::string& line : lines) {
        INFO(line);
        if (!surely_no_byline(line)) continue;
        ++rejected;
        CHECK(parse_byline(collapse_whitespace(line)).empty());
        CHECK(byline_authors(line).empty());
    }
    CHECK(rejected >= 8);  // the test is not vacuous
}

TEST_CASE("byline_authors: a date in front no longer blocks the marker", "[text][byline]") {
    CHECK(byline_authors("Nov 2 2023 By Jane Doe") == std::vector<std::string>{"Jane Doe"});
    CHECK(byline_authors("By Jane Doe 2019-11-18 Science") == std::vector<std::string>{"Jane Doe"});
    CHECK(byline_authors("Sports 2019").empty());
    CHECK(byline_authors("Von Max Mustermann") == std::vector<std::string>{"Max Mustermann"});
    CHECK(byline_authors("BySenior Jane Doe") == parse_byline("BySenior Jane Doe"));
    CHECK(byline_authors("B\u200By Jane Doe") == std::vector<std::string>{"Jane Doe"});
}

TEST_CASE("DateSearch: first is find_date, all is find_dates, in either order", "[text][dateline]") {
    const std::vector<std::string> texts = {
        "", "Sports", "Nov. 2, 2023", "By Jane Doe | Nov 2, 2023 | Updated Nov 3, 2023",
        "2:16 AM EST Nov 20, 2019", "20 \u043D\u043E\u044F\u0431\u0440\u044F 2019 \u0433.", "2019-11-18 and 2019-11-19\n02.11.2023",
        "Price 2019 dollars", "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm",
    };
    for (const std::string& text : texts) {
        INFO(text);
        DateSearch first_then_all(text), all_then_first(text);
        const auto expected = find_date(text);
        const auto& first = first_then_all.first();
        CHECK(first.has_value() == expected.has_value());
        CHECK(first_then_all.all().size() == find_dates(text).size());
        all_then_first.all();
        const auto& later = all_then_first.first();
        REQUIRE(later.has_value() == expected.has_value());
        if (expected) {
            CHECK(first->begin == expected->begin);
            CHECK(first->end == expected->end);
            CHECK(first->value.iso() == expected->value.iso());
            CHECK(later->begin == expected->begin);
            CHECK(later->end == expected->end);
            CHECK(later->value.iso() == expected->value.iso());
        }
        // The shared search answers as the text's own.
        DateSearch shared(text);
        shared.all();
        const auto dateline = dateline_date(shared);
        const auto own = dateline_date(std::string_view(text));
        REQUIRE(dateline.has_value() == own.has_value());
        if (own) CHECK(dateline->value.iso() == own->value.iso());
        CHECK(byline_authors(shared) == byline_authors(std::string_view(text)));
    }
    // An inner label cuts the text: the date before it, not the first date of
    // the whole text, decides.
    DateSearch labelled("Nov 19, 2019 | Updated Nov 20, 2019");
    CHECK(dateline_date(labelled)->value.iso() == "2019-11-19");
    DateSearch label_only("Local news | Updated Nov 20, 2019");
    REQUIRE(label_only.first().has_value());
    CHECK_FALSE(dateline_date(label_only).has_value());
}
