// Dates in free text. Each line is tokenized (numbers, words, punctuation)
// and, at every token, the pattern rules below are tried in order; the first
// rule that matches at the earliest token wins. Every rule validates the
// calendar (leap years), the year range and the clock before it accepts.
//
// Rules (one function each):
//  iso_ymd          2023-11-02, 2023/11/02, 2023.11.02 (+ time, "T", zone)
//  cjk_ymd          2023年11月2日, 2023년 11월 2일
//  numeric_dmy      02.11.2023 (day.month.year); 11/02/2023 and 11-02-2023
//                   (US month/day, day/month when the first part is > 12)
//  month_name_first November 2, 2023; Nov. 2 2023; November 2nd, 2023;
//                   Nov 20 20194:29 AM (year glued to the clock)
//  day_month_name   2 November 2023; 2. November 2023; 2 ноября 2023 г.;
//                   2 de noviembre de 2023; 1er novembre 2023
//  year_month_name  2023. november 2. (hu); 2023 Nov 2
// Without a year (find_yearless_date only; the caller supplies the year
// from another date of the page, with_year_near):
//  month_day        November 20; Nov. 19, 6:55 AM
//  day_month        20 ноября; 20. November; 20 de noviembre; 20 Nov
//  cjk_md           11月20日; 11월 20일
// After a date, an optional time: [,|/|at|um|à|в|T|-] hh:mm[:ss[.fff]]
// [am|pm|a.m.] [Z|±hh[:mm]|UTC|GMT[±hh]|EST|PST...]; a weekday just before
// the date ("Tuesday, 19 November 2019") is included in the byte range, and
// so is a time just before it ("2:16 AM EST Nov 20, 2019").
#include "metadata/dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>

#include "metadata/date_names.hpp"
#include "metadata/date_tokens.hpp"

namespace artnorm {
namespace {

// Plausible publication years; digits outside are prices, counts, codes.
constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2100;
constexpr int kMaxOffsetMinutes = 14 * 60;
// Connector words tolerated between a date and its time ("a las 10:00").
constexpr int kMaxTimeConnectors = 2;
// A time before a date: "hh : mm am ZONE ," is at most this many tokens.
constexpr std::size_t kMaxTimeBeforeTokens = 9;
constexpr std::size_t kMaxTimeBeforeGap = 2;
// A leap year inside the plausible range: a day and month without a year are
// checked against it, so that 29 February passes.
constexpr int kLeapYear = 2000;
// Rule "year from a reference": the candidates are the reference's year and
// the years around it (a "December 30" beside a January date is last year's).
constexpr int kYearReach = 1;

using Tokens = std::vector<DateToken>;

struct RuleMatch {
    DateTime value;
    std::size_t end = 0;  // one past the last token of the match
};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

bool valid_date(int y, int m, int d) {
    return y >= kMinYear && y <= kMaxYear && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

const DateToken* at(const Tokens& t, std::size_t i) { return i < t.size() ? &t[i] : nullptr; }

// Token i exists, touches the previous token and is the punctuation c.
bool adjacent_punct(const Tokens& t, std::size_t i, char c) {
    return i < t.size() && !t[i].space_before && t[i].is_punct(c);
}

bool adjacent_number(const Tokens& t, std::size_t i, std::size_t min_digits, std::size_t max_digits) {
    return i < t.size() && !t[i].space_before && t[i].is_number(min_digits, max_digits);
}

std::string folded(const DateToken& token) { return fold_word(token.text); }

bool word_in(const Tokens& t, std::size_t i, bool (*set)(std::string_view)) {
    return i < t.size() && t[i].is_word() && set(folded(t[i]));
}

std::optional<MonthName> month_at(const Tokens& t, std::size_t i) {
    if (i >= t.size() || !t[i].is_word()) return std::nullopt;
    return month_name(folded(t[i]));
}

// --- Time of day ------------------------------------------------------------

// "am"/"pm"/"a.m."/"p.m." at i: returns 0 (am), 12 (pm) or -1, and advances i.
int meridiem(const Tokens& t, std::size_t& i) {
    const DateToken* w = at(t, i);
    if (!w || !w->is_word()) return -1;
    const std::string f = folded(*w);
    if (f == "am" || f == "pm") {
        ++i;
        return f == "am" ? 0 : 12;
    }
    // a.m. / p.m.
    if ((f == "a" || f == "p") && adjacent_punct(t, i + 1, '.') && i + 2 < t.size() &&
        !t[i + 2].space_before && folded(t[i + 2]) == "m") {
        i += 3;
        if (adjacent_punct(t, i, '.')) ++i;
        return f == "a" ? 0 : 12;
    }
    return -1;
}

// Rule "zone abbreviation": unambiguous zone names after a time ("7:45 am
// PST") -> offset in minutes. Ambiguous ones (IST, CST outside America is
// rare in dated news) are left out.
std::optional<int> zone_abbreviation(std::string_view folded_word) {
    struct Zone {
        std::string_view name;
        int minutes;
    };
    static constexpr std::array kZones = {
        Zone{"est", -300}, Zone{"edt", -240}, Zone{"cst", -360}, Zone{"cdt", -300}, Zone{"mst", -420},
        Zone{"mdt", -360}, Zone{"pst", -480}, Zone{"pdt", -420}, Zone{"bst", 60},   Zone{"cet", 60},
        Zone{"cest", 120}, Zone{"eet", 120},  Zone{"eest", 180}, Zone{"msk", 180},  Zone{"jst", 540},
        Zone{"kst", 540},  Zone{"aest", 600}, Zone{"aedt", 660},
    };
    for (const Zone& z : kZones) {
        if (z.name == folded_word) return z.minutes;
    }
    return std::nullopt;
}

// Zone after a time: Z, ±hh, ±hhmm, ±hh:mm, optionally after UTC/GMT, or
// a zone abbreviation.
std::optional<int> zone(const Tokens& t, std::size_t& i) {
    std::size_t k = i;
    bool named = false;
    if (k < t.size() && t[k].is_word()) {
        const std::string f = folded(t[k]);
        if (f == "z" && !t[k].space_before) {
            i = k + 1;
            return 0;
        }
        if (f == "utc" || f == "gmt") {
            named = true;
            ++k;
        } else if (const auto offset = zone_abbreviation(f)) {
            i = k + 1;
            return offset;
        }
    }
    const bool sign = k < t.size() && (t[k].is_punct('+') || t[k].is_punct('-')) &&
                      (named ? true : !t[k].space_before);
    if (sign && adjacent_number(t, k + 1, 1, 4)) {
        const int direction = t[k].is_punct('-') ? -1 : 1;
        const DateToken& n = t[k + 1];
        int hours = n.value, minutes = 0;
        std::size_t end = k + 2;
        if (n.digits == 4) {
            hours = n.value / 100;
            minutes = n.value % 100;
        } else if (n.digits == 3) {
            return named ? std::optional<int>(0) : std::nullopt;
        } else if (adjacent_punct(t, end, ':') && adjacent_number(t, end + 1, 2, 2)) {
            minutes = t[end + 1].value;
            end += 2;
        }
        const int offset = direction * (hours * 60 + minutes);
        if (minutes < 60 && std::abs(offset) <= kMaxOffsetMinutes) {
            i = end;
            return offset;
        }
    }
    if (named) {
        i = k;
        return 0;
    }
    return std::nullopt;
}

// Rule "time after date": fills the clock fields of value when a valid time
// follows token i; returns the token after it (i when there is none).
std::size_t time_after(const Tokens& t, std::size_t i, DateTime& value) {
    std::size_t k = i;
    // Separators: ",", "T" (ISO, no space), "-", "|", "@", "/", "·", connector words.
    int connectors = 0;
    while (k < t.size() && connectors <= kMaxTimeConnectors) {
        const DateToken& s = t[k];
        if (s.is_punct(',') || s.is_punct('-') || s.is_punct('|') || s.is_punct('@') || s.is_punct('/') || s.text == "·" ||
            s.text == "–" || s.text == "—") {
            ++k;
        } else if (s.is_word() && folded(s) == "t" && !s.space_before && k == i) {
            ++k;
        } else if (s.is_word() && is_time_connector(folded(s))) {
            ++k;
            ++connectors;
        } else {
            break;
        }
    }
    if (k >= t.size() || !t[k].is_number(1, 2)) return i;
    int hour = t[k].value, minute = 0, second = -1;
    std::size_t end = k + 1;
    const bool has_minutes = adjacent_punct(t, end, ':') && adjacent_number(t, end + 1, 2, 2);
    if (has_minutes) {
        minute = t[end + 1].value;
        end += 2;
        if (adjacent_punct(t, end, ':') && adjacent_number(t, end + 1, 2, 2)) {
            second = t[end + 1].value;
            end += 2;
            if (adjacent_punct(t, end, '.') && adjacent_number(t, end + 1, 1, 9)) end += 2;  // fraction
        }
    }
    const int half = meridiem(t, end);
    if (!has_minutes && half < 0) return i;  // a bare number is not a time
    if (half >= 0) {
        if (hour < 1 || hour > 12) return i;
        hour = hour % 12 + half;
    }
    if (hour > 23 || minute > 59 || second > 59) return i;
    value.hour = hour;
    value.minute = minute;
    value.second = second;
    if (const auto offset = zone(t, end)) value.utc_offset_minutes = offset;
    return end;
}

// --- Rule helpers -------------------------------------------------------------

// Rule "no numeric neighbours": a numeric date glued to more digits
// ("1.2.2023.4", "10/11/2023/5", "3-12-11-2023") is a version, IP or code.
bool glued_before(const Tokens& t, std::size_t first) {
    if (first == 0 || t[first].space_before) return false;
    const DateToken& before = t[first - 1];
    if (before.kind == DateTokenKind::number) return true;
    return (before.is_punct('.') || before.is_punct('/') || before.is_punct('-') || before.is_punct(':')) &&
           first > 1 && !before.space_before && t[first - 2].kind == DateTokenKind::number;
}

bool glued_after(const Tokens& t, std::size_t end) {
    if (end >= t.size() || t[end].space_before) return false;
    if (t[end].kind == DateTokenKind::number) return true;
    return (t[end].is_punct('.') || t[end].is_punct('/') || t[end].is_punct('-')) &&
           adjacent_number(t, end + 1, 1, 9);
}

bool glued_to_numbers(const Tokens& t, std::size_t first, std::size_t end) {
    return glued_before(t, first) || glued_after(t, end);
}

std::optional<RuleMatch> make(int y, int m, int d, const Tokens& t, std::size_t end) {
    if (!valid_date(y, m, d)) return std::nullopt;
    RuleMatch match;
    match.value.year = y;
    match.value.month = m;
    match.value.day = d;
    match.end = time_after(t, end, match.value);
    return match;
}

// Skips a year suffix ("2023 г.", "2023 roku") after token i.
std::size_t skip_year_suffix(const Tokens& t, std::size_t i) {
    if (word_in(t, i, is_year_suffix)) {
        ++i;
        if (adjacent_punct(t, i, '.')) ++i;
    }
    return i;
}

// --- Rules --------------------------------------------------------------------

std::optional<RuleMatch> iso_ymd(const Tokens& t, std::size_t i) {
    if (!t[i].is_number(4, 4) || i + 4 >= t.size()) return std::nullopt;
    const char sep = t[i + 1].text.empty() ? 0 : t[i + 1].text[0];
    if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
    if (!adjacent_punct(t, i + 1, sep) || !adjacent_number(t, i + 2, 1, 2) ||
        !adjacent_punct(t, i + 3, sep) || !adjacent_number(t, i + 4, 1, 2))
        return std::nullopt;
    if (glued_to_numbers(t, i, i + 5)) return std::nullopt;
    return make(t[i].value, t[i + 2].value, t[i + 4].value, t, i + 5);
}

std::optional<RuleMatch> cjk_ymd(const Tokens& t, std::size_t i) {
    if (!t[i].is_number(4, 4) || i + 5 >= t.size()) return std::nullopt;
    const auto marker = [&](std::size_t k, std::string_view a, std::string_view b) {
        return t[k].is_word() && (t[k].text == a || t[k].text == b);
    };
    if (!marker(i + 1, "年", "년") || !t[i + 2].is_number(1, 2) || !marker(i + 3, "月", "월") ||
        !t[i + 4].is_number(1, 2) || !marker(i + 5, "日", "일"))
        return std::nullopt;
    return make(t[i].value, t[i + 2].value, t[i + 4].value, t, i + 6);
}

std::optional<RuleMatch> numeric_dmy(const Tokens& t, std::size_t i) {
    if (!t[i].is_number(1, 2) || i + 4 >= t.size()) return std::nullopt;
    const char sep = t[i + 1].text.empty() ? 0 : t[i + 1].text[0];
    if (sep != '.' && sep != '/' && sep != '-') return std::nullopt;
    if (!adjacent_punct(t, i + 1, sep) || !adjacent_number(t, i + 2, 1, 2) ||
        !adjacent_punct(t, i + 3, sep) || !adjacent_number(t, i + 4, 4, 4))
        return std::nullopt;
    // A sentence may end right after the year: "… on 02.11.2023."
    const bool final_dot = sep == '.' && adjacent_punct(t, i + 5, '.') &&
                           !adjacent_number(t, i + 6, 1, 9);
    if (glued_before(t, i) || (!final_dot && glued_after(t, i + 5))) return std::nullopt;
    const int a = t[i].value, b = t[i + 2].value, y = t[i + 4].value;
    // day.month.year with dots (Europe); month/day/year with / or - unless
    // the first part cannot be a month.
    const bool day_first = sep == '.' || a > 12;
    return day_first ? make(y, b, a, t, i + 5) : make(y, a, b, t, i + 5);
}

// Rule "year glued to the clock": renderings drop the space between
// adjacent elements, so "Nov 20 2019 4:29 AM EST" arrives as "Nov 20
// 20194:29 AM EST". A number of 5 or 6 digits right before ":mm" is a
// year and an hour; returns the match (or nullopt).
std::optional<RuleMatch> glued_year_clock(int month, int day, const Tokens& t, std::size_t k) {
    if (k >= t.size() || !t[k].is_number(5, 6) || !adjacent_punct(t, k + 1, ':') || !adjacent_number(t, k + 2, 2, 2))
        return std::nullopt;
    const int divisor = t[k].digits == 5 ? 10 : 100;
    const int year = t[k].value / divisor;
    int hour = t[k].value % divisor;
    const int minute = t[k + 2].value;
    if (!valid_date(year, month, day)) return std::nullopt;
    std::size_t end = k + 3;
    const int half = meridiem(t, end);
    if (half >= 0) {
        if (hour < 1 || hour > 12) return std::nullopt;
        hour = hour % 12 + half;
    }
    if (hour > 23 || minute > 59) return std::nullopt;
    RuleMatch match;
    match.value.year = year;
    match.value.month = month;
    match.value.day = day;
    match.value.hour = hour;
    match.value.minute = minute;
    if (const auto offset = zone(t, end)) match.value.utc_offset_minutes = offset;
    match.end = end;
    return match;
}

// The day and month part of a date with a month name, shared by the full
// rules (month_name_first, day_month_name) and the yearless ones (month_day,
// day_month); next: the token after it.
struct DayAndMonth {
    int month = 0;
    int day = 0;
    std::size_t next = 0;
};

// "Nov. 2", "November 20th": a month name at i (not an ambiguous one), an
// optional '.', a day, an optional glued ordinal suffix.
std::optional<DayAndMonth> month_name_then_day(const Tokens& t, std::size_t i) {
    // Cheap test first: a number must follow (after an optional '.').
    std::size_t k = i + 1;
    if (adjacent_punct(t, k, '.')) ++k;
    if (k >= t.size() || !t[k].is_number(1, 2)) return std::nullopt;
    const auto month = month_at(t, i);
    if (!month || month->ambiguous) return std::nullopt;
    const int day = t[k].value;
    ++k;
    if (k < t.size() && !t[k].space_before && word_in(t, k, is_ordinal_suffix)) ++k;
    return DayAndMonth{month->month, day, k};
}

// "2 Nov.", "2. November", "1st of", "2 de noviembre": a day at i, then the
// month name.
std::optional<DayAndMonth> day_then_month_name(const Tokens& t, std::size_t i) {
    if (!t[i].is_number(1, 2)) return std::nullopt;
    std::size_t k = i + 1;
    if (adjacent_punct(t, k, '.')) ++k;                                   // de "2. November"
    else if (k < t.size() && !t[k].space_before && word_in(t, k, is_ordinal_suffix))
        ++k;                                                             // "1st", "1er", "1º"
    if (word_in(t, k, is_date_connector)) ++k;                           // "2 de noviembre", "2nd of"
    const auto month = month_at(t, k);
    if (!month) return std::nullopt;
    ++k;
    if (adjacent_punct(t, k, '.')) ++k;                                   // "2 Nov. 2023"
    return DayAndMonth{month->month, t[i].value, k};
}

std::optional<RuleMatch> month_name_first(const Tokens& t, std::size_t i) {
    const auto head = month_name_then_day(t, i);
    if (!head) return std::nullopt;
    std::size_t k = head->next;
    if (k < t.size() && t[k].is_punct(',')) ++k;
    if (auto glued = glued_year_clock(head->month, head->day, t, k)) return glued;
    if (k >= t.size() || !t[k].is_number(4, 4)) return std::nullopt;
    return make(t[k].value, head->month, head->day, t, skip_year_suffix(t, k + 1));
}

std::optional<RuleMatch> day_month_name(const Tokens& t, std::size_t i) {
    const auto head = day_then_month_name(t, i);
    if (!head) return std::nullopt;
    std::size_t k = head->next;
    if (k < t.size() && t[k].is_punct(',')) ++k;
    if (word_in(t, k, is_date_connector)) ++k;                           // "de 2023"
    if (k >= t.size() || !t[k].is_number(4, 4)) return std::nullopt;
    if (glued_before(t, i)) return std::nullopt;
    return make(t[k].value, head->month, head->day, t, skip_year_suffix(t, k + 1));
}

std::optional<RuleMatch> year_month_name(const Tokens& t, std::size_t i) {
    if (!t[i].is_number(4, 4)) return std::nullopt;
    std::size_t k = i + 1;
    if (adjacent_punct(t, k, '.') || (k < t.size() && t[k].is_punct(','))) ++k;
    const auto month = month_at(t, k);
    if (!month || month->ambiguous || k + 1 >= t.size() || !t[k + 1].is_number(1, 2)) return std::nullopt;
    const int day = t[k + 1].value;
    std::size_t end = k + 2;
    if (adjacent_punct(t, end, '.')) ++end;  // hu "november 2."
    return make(t[i].value, month->month, day, t, end);
}

// --- Dates without a year (find_yearless_date) ----------------------------------

// A day and month valid in some year (29 February included); year stays 0.
std::optional<RuleMatch> make_yearless(int m, int d, const Tokens& t, std::size_t end) {
    if (!valid_date(kLeapYear, m, d)) return std::nullopt;
    RuleMatch match;
    match.value.month = m;
    match.value.day = d;
    match.end = time_after(t, end, match.value);
    return match;
}

// A year right after the day/month ("Nov 20 2019", "20 ноября, 2019 г."):
// a full date, not these rules' business.
bool year_follows(const Tokens& t, std::size_t k) {
    if (k < t.size() && (t[k].is_punct(',') || t[k].is_punct('.'))) ++k;
    if (word_in(t, k, is_date_connector)) ++k;
    return k < t.size() && t[k].is_number(4, 4);
}

// "November 20", "Nov. 19, 6:55 AM", "Nov 20th".
std::optional<RuleMatch> month_day(const Tokens& t, std::size_t i) {
    const auto head = month_name_then_day(t, i);
    if (!head) return std::nullopt;
    const std::size_t k = head->next;
    if (year_follows(t, k) || glued_after(t, k) || (k < t.size() && t[k].is_punct(':'))) return std::nullopt;
    return make_yearless(head->month, head->day, t, k);
}

// "20 ноября", "20. November", "20 de noviembre", "1er novembre", "20 Nov".
std::optional<RuleMatch> day_month(const Tokens& t, std::size_t i) {
    if (glued_before(t, i)) return std::nullopt;
    const auto head = day_then_month_name(t, i);
    if (!head || year_follows(t, head->next)) return std::nullopt;
    return make_yearless(head->month, head->day, t, head->next);
}

// "11月20日", "11월 20일" (no year before them).
std::optional<RuleMatch> cjk_md(const Tokens& t, std::size_t i) {
    if (!t[i].is_number(1, 2) || i + 3 >= t.size()) return std::nullopt;
    const auto marker = [&](std::size_t k, std::string_view a, std::string_view b) {
        return t[k].is_word() && (t[k].text == a || t[k].text == b);
    };
    if (!marker(i + 1, "月", "월") || !t[i + 2].is_number(1, 2) || !marker(i + 3, "日", "일")) return std::nullopt;
    if (i >= 2 && marker(i - 1, "年", "년")) return std::nullopt;  // the tail of a full date
    return make_yearless(t[i].value, t[i + 2].value, t, i + 4);
}

using Rule = std::optional<RuleMatch> (*)(const Tokens&, std::size_t);
constexpr std::array<Rule, 6> kRules = {iso_ymd,          cjk_ymd,        numeric_dmy,
                                        month_name_first, day_month_name, year_month_name};

// Rule "weekday belongs to the date": "Tuesday, 19 November 2019",
// "Tue. 19 Nov", "segunda-feira, 2 de novembro".
std::size_t weekday_start(const Tokens& t, std::size_t first) {
    std::size_t k = first;
    if (k > 0 && t[k - 1].is_punct(',')) --k;
    if (k > 0 && t[k - 1].is_punct('.')) --k;
    if (k == 0 || !word_in(t, k - 1, is_weekday_name)) return first;
    --k;
    if (k >= 2 && !t[k].space_before && t[k - 1].is_punct('-') && !t[k - 1].space_before && t[k - 2].is_word())
        k -= 2;  // pt "segunda-feira"
    return k;
}

// Rule "time before date": "2:16 AM EST Nov 20, 2019", "21:17 18.11.2019",
// "10:30 | 2 November 2023". A clock time (hh:mm, optional am/pm and zone)
// that ends at most kMaxTimeBeforeGap separator tokens (",", "|", "-", "·",
// "/", "on", and the zone-less "ET"/"PT"/"CT") before the date's first
// token fills the clock of a date that has none. Returns the token the
// match starts at (first when there is no such time).
std::size_t time_before(const Tokens& t, std::size_t first, DateTime& value) {
    if (value.hour >= 0) return first;
    for (std::size_t back = 3; back <= kMaxTimeBeforeTokens; ++back) {
        if (back > first) break;
        const std::size_t k = first - back;
        if (!t[k].is_number(1, 2) || !adjacent_punct(t, k + 1, ':')) continue;
        DateTime clock = value;
        std::size_t end = time_after(t, k, clock);
        if (end == k) continue;
        std::size_t gap = 0;
        while (end < first && gap <= kMaxTimeBeforeGap) {
            const DateToken& s = t[end];
            const bool separator = s.is_punct(',') || s.is_punct('|') || s.is_punct('-') || s.is_punct('/') ||
                                   s.text == "·" || s.text == "–" || s.text == "—" ||
                                   (s.is_word() && (folded(s) == "on" || folded(s) == "et" || folded(s) == "pt" ||
                                                    folded(s) == "ct"));
            if (!separator) break;
            ++end;
            ++gap;
        }
        if (end != first) continue;
        value = clock;
        return k;
    }
    return first;
}

// Matches in one line, appended to out until max.
void match_line(std::string_view line, std::size_t offset, Tokens& tokens, std::vector<DateMatch>& out,
                std::size_t max) {
    tokenize_dates(line, offset, tokens);
    for (std::size_t i = 0; i < tokens.size() && out.size() < max; ++i) {
        for (Rule rule : kRules) {
            auto match = rule(tokens, i);
            if (!match) continue;
            std::size_t first = weekday_start(tokens, i);
            first = time_before(tokens, first, match->value);
            out.push_back({match->value, tokens[first].begin, tokens[match->end - 1].end});
            i = match->end - 1;
            break;
        }
    }
}

// Every rule reads a number token (a day or a year, ASCII digits): text
// without a digit holds no date, and most lines are rejected before
// tokenizing.
bool holds_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string DateTime::iso() const {
    std::string out = fmt::format("{:04}-{:02}-{:02}", year, month, day);
    if (hour < 0) return out;
    out += fmt::format("T{:02}:{:02}", hour, minute < 0 ? 0 : minute);
    if (second >= 0) out += fmt::format(":{:02}", second);
    if (utc_offset_minutes) {
        const int offset = *utc_offset_minutes;
        if (offset == 0) {
            out += 'Z';
        } else {
            const int magnitude = std::abs(offset);
            out += fmt::format("{}{:02}:{:02}", offset < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
        }
    }
    return out;
}

std::vector<DateMatch> find_dates(std::string_view text, std::size_t max) {
    std::vector<DateMatch> out;
    if (!holds_digit(text)) return out;
    Tokens tokens;
    std::size_t pos = 0;
    while (pos < text.size() && out.size() < max) {
        const std::size_t eol = std::min(text.find('\n', pos), text.size());
        match_line(text.substr(pos, eol - pos), pos, tokens, out, max);
        pos = eol + 1;
    }
    return out;
}

std::optional<DateMatch> find_yearless_date(std::string_view text) {
    if (!holds_digit(text) || find_date(text)) return std::nullopt;
    Tokens tokens;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eol = std::min(text.find('\n', pos), text.size());
        tokenize_dates(text.substr(pos, eol - pos), pos, tokens);
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            for (Rule rule : {month_day, day_month, cjk_md}) {
                auto match = rule(tokens, i);
                if (!match) continue;
                std::size_t first = weekday_start(tokens, i);
                first = time_before(tokens, first, match->value);
                return DateMatch{match->value, tokens[first].begin, tokens[match->end - 1].end};
            }
        }
        pos = eol + 1;
    }
    return std::nullopt;
}

std::optional<DateTime> with_year_near(const DateTime& partial, const DateTime& reference) {
    const auto days = [](int y, int m, int d) {
        // Days since a fixed epoch (civil calendar), for comparing distances.
        y -= m <= 2 ? 1 : 0;
        const int era = y / 400, yoe = y - era * 400;
        const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
    };
    std::optional<DateTime> best;
    int best_distance = 0;
    for (int y = reference.year - kYearReach; y <= reference.year + kYearReach; ++y) {
        if (!valid_date(y, partial.month, partial.day)) continue;
        const int distance = std::abs(days(y, partial.month, partial.day) -
                                      days(reference.year, reference.month, reference.day));
        if (!best || distance < best_distance) {
            best = partial;
            best->year = y;
            best_distance = distance;
        }
    }
    return best;
}

std::optional<DateMatch> find_date(std::string_view text) {
    auto matches = find_dates(text, 1);
    if (matches.empty()) return std::nullopt;
    return matches.front();
}

}  // namespace artnorm
