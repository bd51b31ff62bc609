#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "text/rules/body.hpp"
#include "text/rules/data_run.hpp"
#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

namespace {
// A sidebar of teasers after the article: one long prose block among short
// promotional lines.
const std::string kSidebar =
    "www.example.org\n\nAll rights to the pictures belong to their owners.\n\n"
    "More from the columnists\n\n"
    "Click on the picture above and read all the columns about the championship that he writes for us every single "
    "week of the season, with the news from the paddock, the rumours and what the teams say about them.\n\n"
    "Latest column: the new champion\n\n";

std::string calendar_page(int rows) {
    std::string page = "# Race Calendar 2018\n\nHere is the calendar of the new season, as it was published by the series in January of this year:\n\n";
    for (int r = 1; r <= rows; ++r) page += "Round " + std::to_string(r) + ": " + std::to_string(r + 3) + " May - Track\n";
    return page + "\n" + kSidebar;
}
}  // namespace

TEST_CASE("data-run-after-headline: a calendar right after the headline is the article",
          "[text][body][data-run]") {
    auto run = document_of(calendar_page(8));
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("Round 1: 4 May - Track") == Role::body);
    CHECK(run.role_of("Round 8: 11 May - Track") == Role::body);
    CHECK(run.role_of("Here is the calendar of the new season, as it was published by the series in January of this year:") == Role::body);
}

TEST_CASE("data-run-after-headline: too short a run, or a run far from the headline, changes nothing",
          "[text][body][data-run]") {
    auto run = document_of(calendar_page(kDataRunMin - 1));
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("Round 1: 4 May - Track") != Role::body);

    std::string far = "# Race Calendar 2018\n\n";
    for (std::size_t i = 0; i <= kDataRunReach; ++i) far += "A short line without figures\n\n";
    for (int r = 1; r <= 8; ++r) far += "Round " + std::to_string(r) + ": " + std::to_string(r + 3) + " May - Track\n";
    auto far_run = document_of(far + "\n" + kSidebar);
    apply_headline(far_run.doc, far_run.article);
    apply_body(far_run.doc, far_run.article);
    CHECK(far_run.role_of("Round 1: 4 May - Track") != Role::body);
}

TEST_CASE("data-run-after-headline: nothing good after the run (a poll under a widget title)",
          "[text][body][data-run]") {
    auto run = document_of(
        "The council approved the new bridge on Tuesday after a long and heated debate about its cost, and the mayor "
        "said that the works would start in the spring and that they should end two years later.\n\n"
        "# Do you like the new bridge?\n\n"
        "* Yes (41%, 1,680 votes)\n* No (29%, 1,186 votes)\n* Maybe (15%, 625 votes)\n* Later (16%, 654 votes)\n"
        "* Never (1%, 12 votes)\n\nTotal voters: 4,145\n");
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("Yes (41%, 1,680 votes)") != Role::body);
}

namespace {
const std::string kStatsPara =
    "There is a lot to sort through here, and the coach said after the game that he was not happy with the way "
    "his players defended, although the results of the last weeks were better than he had expected.\n\n";

std::string stats_page(const std::string& table) {
    return "# Team Numbers Of The Week\n\n" + kStatsPara + table + "\n" + kStatsPara + kStatsPara;
}
}  // namespace

TEST_CASE("data-run-rows: a table of figures between paragraphs stays in the article", "[text][body][data-run]") {
    std::string table = "Pos Player Plays % Stats\n";
    for (int r = 1; r <= 5; ++r) {
        table += "DL Player Number" + std::to_string(r) + " 6" + std::to_string(r) +
                 " 85% 3 tackles (3 combined). 1 sack, 1 TFL, 1 QH, 1 pass defended in the second half.\n\n";
    }
    auto run = document_of(stats_page(table));
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("DL Player Number1 61 85% 3 tackles (3 combined). 1 sack, 1 TFL, 1 QH, 1 pass defended in the "
                      "second half.") == Role::body);
    CHECK(run.article.body.back().text == kStatsPara.substr(0, kStatsPara.size() - 2));
}

TEST_CASE("data-run-rows: teaser titles in a table are no data rows", "[text][body][data-run]") {
    std::vector<BlockClass> classes;
    std::string table;
    for (int r = 1; r <= 6; ++r) {
        table += "  * |  A rather long teaser title about the new version of the software that came out last week  \n---|---  \n";
    }
    auto run = document_of(table);
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < run.doc.size(); ++i) {
        index.push_back(i);
        classes.push_back(BlockClass::bad);
    }
    demote_data_run_rows(run.doc, index, classes);
    REQUIRE(run.doc.size() == 6);
    CHECK(run.doc.segments[0].shape == SegmentShape::table_row);
    CHECK(std::all_of(classes.begin(), classes.end(), [](BlockClass c) { return c == BlockClass::bad; }));
}

TEST_CASE("data-run-rows: a list of tour dates closing the article is no menu", "[text][body][data-run]") {
    const std::string cities[] = {"Tampa, FL", "Nashville, TN", "Charlotte, NC", "Raleigh, NC", "Bristow, VA",
                                  "Allentown, PA", "Camden, NJ", "Holmdel, NJ"};
    std::string dates = "The band's anniversary tour continues next summer, and these are the dates as they were announced:\n\n";
    int day = 9;
    for (const std::string& c : cities) dates += "June " + std::to_string(day++) + " -- Amphitheatre, " + c + "\n";
    const std::string long_para =
        "The band played its first concert fifty years ago in a small club in the city, and since then it has sold "
        "millions of records and toured the whole country more than twenty times, as its singer said on Monday.\n\n";
    auto run = document_of("# The Band Is Back\n\n" + long_para + long_para + dates);
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("June 9 -- Amphitheatre, Tampa, FL") == Role::body);
    CHECK(run.role_of("June 16 -- Amphitheatre, Holmdel, NJ") == Role::body);
}

TEST_CASE("data-run-rows: a menu of month names is still a menu", "[text][body][data-run]") {
    std::string archive;
    for (const char* m : {"January", "February", "March", "April", "June", "July"}) archive += std::string(m) + " archive\n";
    auto run = document_of(stats_page(archive));
    apply_headline(run.doc, run.article);
    apply_body(run.doc, run.article);
    CHECK(run.role_of("January archive") != Role::body);
}
