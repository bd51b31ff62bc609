// Names used in written dates: months (many languages, with genitive and
// abbreviated forms), weekdays, and the small words around dates and times.
// All lookups take case-folded words (see fold_word).
#pragma once

#include <optional>
#include <string_view>

namespace artnorm {

struct MonthName {
    int month = 0;           // 1..12
    bool ambiguous = false;  // also an ordinary word elsewhere ("out", "set"):
                             // only trusted after a day number
};

std::optional<MonthName> month_name(std::string_view folded);
bool is_weekday_name(std::string_view folded);
// Words between a date and its time: "at", "um", "à", "alle", "в", ...
bool is_time_connector(std::string_view folded);
// Words between a day and its month or month and year: "de", "of", "del".
bool is_date_connector(std::string_view folded);
// Words after a year that belong to the date: "г" (ru "год"), "roku", "r".
bool is_year_suffix(std::string_view folded);
// Ordinal suffixes after a day number: "st", "nd", "er", "º".
bool is_ordinal_suffix(std::string_view folded);

}  // namespace artnorm
