// The quick rejection of byline_authors (surely_no_byline,
// may_open_with_marker) against the full parse on tricky lines.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "metadata/byline.hpp"
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
        "\u212Ay Jane Doe", "\u0392y Jane Doe", "Dr. Jane Doe", "Authors: Jane Doe, Max Roe", "Autorin: Erika Muster",
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
