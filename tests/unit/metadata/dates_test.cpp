#include <catch2/catch.hpp>

#include <string>

#include <fmt/format.h>

#include "metadata/dates.hpp"

using artnorm::find_date;
using artnorm::find_dates;

namespace {
// The ISO form of the first date in text, "" when none.
std::string iso(std::string_view text) {
    const auto match = find_date(text);
    return match ? match->value.iso() : std::string();
}
// The matched text of the first date.
std::string matched(std::string_view text) {
    const auto match = find_date(text);
    return match ? std::string(text.substr(match->begin, match->end - match->begin)) : std::string();
}
}  // namespace

TEST_CASE("iso_ymd: ISO dates, times and zones", "[dates]") {
    CHECK(iso("2023-11-02") == "2023-11-02");
    CHECK(iso("date 2023-11-02 Support") == "2023-11-02");
    CHECK(iso("2023-11-02T10:00:00Z") == "2023-11-02T10:00:00Z");
    CHECK(iso("2023-11-02T10:00:00.000+03:00") == "2023-11-02T10:00:00+03:00");
    CHECK(iso("2023-11-02T10:00-0500") == "2023-11-02T10:00-05:00");
    CHECK(iso("2023-11-02 10:00") == "2023-11-02T10:00");
    CHECK(iso("2023-11-02 10:00 UTC") == "2023-11-02T10:00Z");
    CHECK(iso("2023-11-02 10:00 GMT+2") == "2023-11-02T10:00+02:00");
    CHECK(iso("2023/11/02") == "2023-11-02");
    CHECK(iso("2023.11.02") == "2023-11-02");
    CHECK(matched("Published: 2023-11-02T10:00:00Z.") == "2023-11-02T10:00:00Z");
}

TEST_CASE("numeric_dmy: European dots, US slashes", "[dates]") {
    CHECK(iso("02.11.2023") == "2023-11-02");
    CHECK(iso("am 02.11.2023, 14:30 Uhr") == "2023-11-02T14:30");
    CHECK(iso("Stand: 2.11.2023.") == "2023-11-02");
    CHECK(iso("11/02/2023") == "2023-11-02");
    CHECK(iso("25/12/2023") == "2023-12-25");
    CHECK(iso("11-02-2023") == "2023-11-02");
}

TEST_CASE("month_name_first: English month-day-year", "[dates]") {
    CHECK(iso("November 2, 2023") == "2023-11-02");
    CHECK(iso("Nov. 2, 2023") == "2023-11-02");
    CHECK(iso("Nov 2 2023") == "2023-11-02");
    CHECK(iso("november 2nd, 2023") == "2023-11-02");
    CHECK(iso("NOVEMBER 2, 2023 at 5:45 p.m.") == "2023-11-02T17:45");
    CHECK(iso("Updated Nov. 2, 2023 9:30 AM ET") == "2023-11-02T09:30");
}

TEST_CASE("day_month_name: day-month-year in many languages", "[dates]") {
    CHECK(iso("2 November 2023") == "2023-11-02");
    CHECK(iso("19 November 2019, 09:01 AM") == "2019-11-19T09:01");
    CHECK(iso("19 November 2019, 12:30 AM") == "2019-11-19T00:30");
    CHECK(iso("19 November 2019, 12:05 PM") == "2019-11-19T12:05");
    CHECK(iso("2. November 2023") == "2023-11-02");
    CHECK(iso("2. März 2024") == "2024-03-02");
    CHECK(iso("le 2 novembre 2023 à 10:15") == "2023-11-02T10:15");
    CHECK(iso("1er février 2024") == "2024-02-01");
    CHECK(iso("2 de noviembre de 2023") == "2023-11-02");
    CHECK(iso("2 novembre 2023") == "2023-11-02");
    CHECK(iso("2 de novembro de 2023") == "2023-11-02");
    CHECK(iso("2 november 2023") == "2023-11-02");
    CHECK(iso("2 ноября 2023 г., 10:00") == "2023-11-02T10:00");
    CHECK(iso("2 НОЯБРЯ 2023") == "2023-11-02");
    CHECK(iso("2 листопада 2023 року") == "2023-11-02");
    CHECK(iso("2 listopada 2023 r.") == "2023-11-02");
    CHECK(iso("2 Kasım 2023") == "2023-11-02");
    CHECK(iso("2 KASIM 2023") == "2023-11-02");
    CHECK(iso("2 Nov. 2023") == "2023-11-02");
    CHECK(iso("2 out 2023") == "2023-10-02");
    CHECK(matched("Posted 2 ноября 2023 г. в Москве") == "2 ноября 2023 г.");
}

TEST_CASE("Weekdays are part of the match", "[dates]") {
    CHECK(iso("Tuesday, 19 November 2019") == "2019-11-19");
    CHECK(matched("Tuesday, 19 November 2019") == "Tuesday, 19 November 2019");
    CHECK(matched("on Tue. Nov 19, 2019") == "Tue. Nov 19, 2019");
    CHECK(matched("Donnerstag, 2. November 2023") == "Donnerstag, 2. November 2023");
}

TEST_CASE("cjk_ymd and year_month_name", "[dates]") {
    CHECK(iso("2023年11月2日") == "2023-11-02");
    CHECK(iso("发布时间：2023年11月2日 10:30") == "2023-11-02T10:30");
    CHECK(iso("2023년 11월 2일") == "2023-11-02");
    CHECK(iso("2023. november 2.") == "2023-11-02");
}

TEST_CASE("Calendar and clock are validated", "[dates]") {
    CHECK(iso("2024-02-29") == "2024-02-29");
    CHECK(iso("2023-02-29").empty());
    CHECK(iso("1900-02-29").empty());
    CHECK(iso("2000-02-29") == "2000-02-29");
    CHECK(iso("1989-01-01").empty());
    CHECK(iso("2101-01-01").empty());
    CHECK(iso("32.13.2023").empty());
    CHECK(iso("02/30/2023").empty());
    CHECK(iso("November 31, 2023").empty());
    CHECK(iso("2023-11-02 25:00") == "2023-11-02");  // impossible time: date only
    CHECK(iso("2023-11-02 10:75") == "2023-11-02");
    CHECK(iso("2 November 2023, 13:00 PM") == "2023-11-02");
}

TEST_CASE("Numbers that are not dates", "[dates]") {
    CHECK(iso("").empty());
    CHECK(iso("Updated:").empty());
    CHECK(iso("Some 327 people, 1,000,000 dollars, 3.14 percent").empty());
    CHECK(iso("Version 2.3.4 and 10.11.2023.4 and 192.168.1.2023").empty());
    CHECK(iso("call 555-12-2023-1").empty());
    CHECK(iso("the 31-year-old activist, 40 days, Oct. 9").empty());
    CHECK(iso("May 2023").empty());
    CHECK(iso("scored 2 in 2023").empty());
    CHECK(iso("set 2 2023").empty());  // "set" is a month only after a day number
}

TEST_CASE("find_dates returns matches in order", "[dates]") {
    const std::string text = "Published 2023-11-02\nUpdated November 3, 2023 at 10:00 AM";
    const auto all = find_dates(text);
    REQUIRE(all.size() == 2);
    CHECK(all[0].value.iso() == "2023-11-02");
    CHECK(all[1].value.iso() == "2023-11-03T10:00");
    CHECK(text.substr(all[1].begin, all[1].end - all[1].begin) == "November 3, 2023 at 10:00 AM");
    CHECK(find_dates(text, 1).size() == 1);
}

TEST_CASE("time before date, zone abbreviations, slash before a time", "[dates]") {
    CHECK(iso("Published 2:16 AM EST Nov 20, 2019") == "2019-11-20T02:16-05:00");
    CHECK(matched("Published 2:16 AM EST Nov 20, 2019") == "2:16 AM EST Nov 20, 2019");
    CHECK(iso("21:17 18.11.2019 Get short URL") == "2019-11-18T21:17");
    CHECK(iso("10:30 | 2 November 2023") == "2023-11-02T10:30");
    CHECK(iso("Monday November 18, 2019 7:45 am PST by Joe") == "2019-11-18T07:45-08:00");
    CHECK(iso("November 20, 2019 / 1:07 AM / CBS News") == "2019-11-20T01:07");
    // A date with its own time keeps it; a lone number before a date is no time.
    CHECK(iso("9:00 Nov 20, 2019 at 10:15") == "2019-11-20T10:15");
    CHECK(iso("Page 3 Nov 20, 2019") == "2019-11-20");
    CHECK(iso("Score 3:1 Nov 20, 2019") == "2019-11-20");
}

namespace {
// Month, day and clock of the yearless date in text ("MM-DD[Thh:mm]"), "" when none.
std::string yearless(std::string_view text) {
    const auto match = artnorm::find_yearless_date(text);
    if (!match) return {};
    std::string out = fmt::format("{:02}-{:02}", match->value.month, match->value.day);
    if (match->value.hour >= 0) out += fmt::format("T{:02}:{:02}", match->value.hour, match->value.minute);
    return match->value.year == 0 ? out : "year set";
}
std::string near(int month, int day, int ref_year, int ref_month, int ref_day) {
    artnorm::DateTime partial, reference;
    partial.month = month;
    partial.day = day;
    reference.year = ref_year;
    reference.month = ref_month;
    reference.day = ref_day;
    const auto full = artnorm::with_year_near(partial, reference);
    return full ? full->iso() : std::string();
}
}  // namespace

TEST_CASE("yearless dates: month-day and day-month without a year", "[dates][yearless]") {
    CHECK(yearless("November 20") == "11-20");
    CHECK(yearless("Nov. 19, 6:55 AM") == "11-19T06:55");
    CHECK(yearless("Nov 20th") == "11-20");
    CHECK(yearless("20 ноября") == "11-20");
    CHECK(yearless("20. November, 14:05") == "11-20T14:05");
    CHECK(yearless("20 de noviembre") == "11-20");
    CHECK(yearless("Tuesday, 19 Nov") == "11-19");
    CHECK(yearless("29 February") == "02-29");
    CHECK(yearless("11月20日 14:05") == "11-20T14:05");
    CHECK(yearless("11월 20일") == "11-20");
    CHECK(yearless("2019年11月20日") == "");
    // A full date is not yearless; nor are impossible days or bare numbers.
    CHECK(yearless("November 20, 2019") == "");
    CHECK(yearless("20 ноября 2019 г.") == "");
    CHECK(yearless("November 31") == "");
    CHECK(yearless("Chapter 20") == "");
}

TEST_CASE("yearless dates: year from a reference date, the closest of three years", "[dates][yearless]") {
    CHECK(near(11, 20, 2019, 11, 4) == "2019-11-20");
    CHECK(near(12, 30, 2020, 1, 2) == "2019-12-30");
    CHECK(near(1, 2, 2019, 12, 30) == "2020-01-02");
    CHECK(near(2, 29, 2019, 3, 1) == "2020-02-29");  // the only leap year of the three
    CHECK(near(2, 29, 2022, 3, 1) == "");
}

TEST_CASE("month_name_first: a year glued to the clock", "[dates][glued-year]") {
    CHECK(iso("Published Wed, Nov 20 20194:29 AM EST") == "2019-11-20T04:29-05:00");
    CHECK(iso("Nov 19 201911:16 PM") == "2019-11-19T23:16");
    CHECK(iso("Nov 20 20194") == "");
}
