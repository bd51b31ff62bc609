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

}  // namespace artnorm
