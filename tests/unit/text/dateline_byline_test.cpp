#include <catch2/catch.hpp>

#include "text/rules/meta_lines.hpp"
#include "text/rules/phrases.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
const std::string kBody =
    "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule.\n";

artnorm::test::RuleRun headed(std::string text) {
    auto run = document_of(text);
    run.doc.headline = 0;
    run.doc.roles[0] = Role::headline;
    return run;
}
}  // namespace

TEST_CASE("dateline: a short date line below the headline -> published", "[text][dateline]") {
    auto run = headed("Council Approves Plan\nNov. 2, 2023\n" + kBody);
    apply_dateline(run.doc, run.article);
    CHECK(run.article.published == "2023-11-02");
    CHECK(run.doc.roles[1] == Role::metadata);
}

TEST_CASE("dateline: a known date is kept, long text is no dateline", "[text][dateline]") {
    auto run = headed("Council Approves Plan\nNov. 2, 2023\n" + kBody);
    run.article.published = "2023-11-01";
    apply_dateline(run.doc, run.article);
    CHECK(run.article.published == "2023-11-01");
    auto other = headed("Council Approves Plan\nOn Nov. 2, 2023 the council met again to discuss the plan and its costs.\n");
    apply_dateline(other.doc, other.article);
    CHECK(other.article.published.empty());
}

TEST_CASE("byline: authors from a byline near the headline", "[text][byline]") {
    auto run = headed("Council Approves Plan\nBy Jane Roe and John Doe\n" + kBody);
    apply_byline(run.doc, run.article);
    CHECK(run.article.authors == std::vector<std::string>{"Jane Roe", "John Doe"});
    CHECK(run.doc.roles[1] == Role::metadata);
}

TEST_CASE("byline: body sentences name no authors", "[text][byline]") {
    auto run = headed("Council Approves Plan\n" + kBody);
    apply_byline(run.doc, run.article);
    CHECK(run.article.authors.empty());
}

TEST_CASE("byline: split byline, marker alone and names on the next line", "[text][byline]") {
    auto run = headed("Harbour Bridge Closed for Repairs\nBy\nSarah E. Needleman\n" + kBody);
    apply_byline(run.doc, run.article);
    REQUIRE(run.article.authors.size() == 1);
    CHECK(run.article.authors[0] == "Sarah E. Needleman");
    CHECK(run.doc.roles[1] == Role::metadata);
    CHECK(run.doc.roles[2] == Role::metadata);
    auto text = headed("Harbour Bridge Closed for Repairs\nText\nSarah Needleman\n" + kBody);
    apply_byline(text.doc, text.article);
    CHECK(text.article.authors.empty());
}

TEST_CASE("byline line: a date and separator in front, credentials after", "[text][byline]") {
    auto run = headed("Harbour Bridge Closed for Repairs\nFebruary 1, 2019 | BY: Jane Example, MS, RDN\n" + kBody);
    apply_byline(run.doc, run.article);
    CHECK(run.article.authors == std::vector<std::string>{"Jane Example"});
}

TEST_CASE("byline line: the names end at a date", "[text][byline]") {
    auto run = headed("Harbour Bridge Closed for Repairs\nBy Jane Example 2019-11-18T20:51:19Z Science & Astronomy\n" + kBody);
    apply_byline(run.doc, run.article);
    CHECK(run.article.authors == std::vector<std::string>{"Jane Example"});
    auto after = headed("Harbour Bridge Closed for Repairs\nMonday November 18, 2019 7:45 am PST by Joe Example\n" + kBody);
    apply_byline(after.doc, after.article);
    CHECK(after.article.authors == std::vector<std::string>{"Joe Example"});
}

TEST_CASE("byline: publisher byline - names and publisher right above a dateline", "[text][byline][publisher-byline]") {
    auto run = headed("Council Approves Plan\nJane Doe and Max Roe Example Today\nPublished 2:16 AM EST Nov 20, 2019\n" +
                      kBody);
    apply_byline(run.doc, run.article);
    CHECK(run.article.authors == std::vector<std::string>{"Jane Doe", "Max Roe"});
    // Without the dateline the same shape may be a Title Case headline.
    auto bare = headed("Council Approves Plan\nJane Doe and Max Roe Example Today\n" + kBody);
    apply_byline(bare.doc, bare.article);
    CHECK(bare.article.authors.empty());
}

TEST_CASE("dateline: yearless dateline takes the year of the nearest full date", "[text][dateline][page-year]") {
    auto run = headed("Council Approves Plan\nNovember 20\n" + kBody + "Comment posted November 4, 2019\n");
    apply_dateline(run.doc, run.article);
    CHECK(run.article.published == "2019-11-20");
    CHECK(run.doc.roles[1] == Role::metadata);
    auto russian = headed("Совет одобрил план\n20 ноября, 14:05\n" + kBody + "© 2005-2019 Пример\n");
    apply_dateline(russian.doc, russian.article);
    CHECK(russian.article.published == "2019-11-20T14:05");
    // No year anywhere on the page: no date.
    auto none = headed("Council Approves Plan\nNovember 20\n" + kBody);
    apply_dateline(none.doc, none.article);
    CHECK(none.article.published.empty());
}

TEST_CASE("page year: copyright year is the latest year of the copyright line", "[text][page-year]") {
    CHECK(copyright_year(make_document("Text\n\u00A9 2005-2019 Example Media\n")) == 2019);
    CHECK(copyright_year(make_document("Copyright 2018 Example\n")) == 2018);
    CHECK_FALSE(copyright_year(make_document("Founded in 2005\n")).has_value());
}

TEST_CASE("byline line: the separator before a date goes with it", "[text][byline]") {
    CHECK(byline_authors("By FEDERICA EXAMPLE - 2019-04-10") == std::vector<std::string>{"FEDERICA EXAMPLE"});
    CHECK(byline_authors("By Chris Example @ExampleNation Nov 18, 2019, 11:47am EST") ==
          std::vector<std::string>{"Chris Example"});
}

TEST_CASE("dateline: an inner updated part is the updated date, not words beside the date", "[text][dateline][inner-label]") {
    auto run = headed("Council Approves Plan\nNovember 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm\n" + kBody);
    apply_dateline(run.doc, run.article);
    CHECK(run.article.published == "2019-11-19T04:20");
    CHECK(run.article.updated == "2019-11-19T21:32");
    CHECK(inner_label_at("Updated Nov 19; Posted Nov 18", phrases::kPublishedPrefixes) == 16);
    CHECK(inner_label_at("Posted in Updates", phrases::kUpdatedPrefixes) == std::string_view::npos);
}

TEST_CASE("dateline: an embedded post's attribution is no dateline", "[text][dateline]") {
    CHECK_FALSE(dateline_date("\u2014 Example News (@example) November 4, 2019").has_value());
    CHECK(dateline_date("November 4, 2019").has_value());
}

TEST_CASE("dateline: far below the headline, after author boxes, searched last", "[text][dateline]") {
    auto run = headed("Council Approves Plan\nBy Jane Doe\nView author archive\nGet author RSS feed\nA\nB\nC\nD\nE\nF\n"
                      "G\nH\nNovember 19, 2019 | 4:20am\n" + kBody);
    apply_dateline(run.doc, run.article);
    CHECK(run.article.published == "2019-11-19T04:20");
}

TEST_CASE("dateline: meta row - the date among short labelled parts", "[text][dateline][meta-row]") {
    CHECK(dateline_date("October 15, 2018 / 0 Comments / in Example News / by admin").has_value());
    CHECK(dateline_date("By Jane Doe | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware").has_value());
    // A sentence part, or a second date, is no meta row.
    CHECK_FALSE(dateline_date("October 15, 2018 / the council approved the new cycling plan after a debate").has_value());
    CHECK_FALSE(dateline_date("October 15, 2018 / 0 Comments / October 16, 2018 / in News / by admin now").has_value());
}
