// Dates written in free text, in many formats and languages -> ISO 8601.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace artnorm {

struct DateTime {
    int year = 0, month = 0, day = 0;
    int hour = -1, minute = -1, second = -1;  // -1: not given
    std::optional<int> utc_offset_minutes;     // given zone, if any
    // "YYYY-MM-DD", or "YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]" when a time is known.
    std::string iso() const;
};

struct DateMatch {
    DateTime value;
    std::size_t begin = 0, end = 0;  // byte range of the date expression in the text
};

// The first plausible date expression in text, or nullopt.
std::optional<DateMatch> find_date(std::string_view text);

// The first max date expressions of text, in order, not overlapping.
std::vector<DateMatch> find_dates(std::string_view text, std::size_t max = 8);

// A date written without a year ("November 20", "Nov. 19, 6:55 AM", "20
// ноября", "20. November") when text holds no full date; value.year is 0.
// Complete it with with_year_near before use.
std::optional<DateMatch> find_yearless_date(std::string_view text);

// Rule "year from a reference": partial (a day and month, maybe a clock)
// in the year, among the reference's year and the one before and after,
// that puts it closest to reference ("December 30" near 2 January 2020 ->
// 2019-12-30). nullopt when the day exists in none of them.
std::optional<DateTime> with_year_near(const DateTime& partial, const DateTime& reference);

}  // namespace artnorm
