#include "render/xml_values.hpp"

#include <algorithm>
#include <cstddef>

namespace artnorm {
namespace {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads `digits` digits at text[pos] into value; false when absent.
bool read_number(std::string_view text, std::size_t pos, std::size_t digits, int& value) noexcept {
    if (pos + digits > text.size()) {
        return false;
    }
    value = 0;
    for (std::size_t i = pos; i < pos + digits; ++i) {
        if (!is_digit(text[i])) {
            return false;
        }
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

// "hh:mm" at pos with hour 00-23, minute 00-59.
bool read_hour_minute(std::string_view text, std::size_t pos) noexcept {
    int hour = 0;
    int minute = 0;
    return read_number(text, pos, 2, hour) && hour <= 23 && pos + 2 < text.size() &&
           text[pos + 2] == ':' && read_number(text, pos + 3, 2, minute) && minute <= 59;
}

constexpr std::size_t kDateLength = 10;       // YYYY-MM-DD
constexpr std::size_t kHourMinuteLength = 5;  // hh:mm
constexpr std::size_t kSecondsLength = 3;     // :ss
constexpr std::size_t kMaxSubtagLength = 8;   // xsd:language subtags

bool is_time_zone(std::string_view zone) noexcept {
    if (zone == "Z") {
        return true;
    }
    return zone.size() == 1 + kHourMinuteLength && (zone[0] == '+' || zone[0] == '-') &&
           read_hour_minute(zone, 1);
}

}  // namespace

bool is_iso8601_date(std::string_view text) noexcept {
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() < kDateLength || !read_number(text, 0, 4, year) || text[4] != '-' ||
        !read_number(text, 5, 2, month) || text[7] != '-' || !read_number(text, 8, 2, day) ||
        month < 1 || month > 12 || day < 1 || day > 31) {
        return false;
    }
    if (text.size() == kDateLength) {
        return true;
    }
    std::size_t pos = kDateLength;
    if (text[pos] != 'T' || !read_hour_minute(text, pos + 1)) {
        return false;
    }
    pos += 1 + kHourMinuteLength;
    int second = 0;
    if (pos < text.size() && text[pos] == ':') {
        if (!read_number(text, pos + 1, 2, second) || second > 59) {
            return false;
        }
        pos += kSecondsLength;
    }
    return pos == text.size() || is_time_zone(text.substr(pos));
}

bool is_language_tag(std::string_view text) noexcept {
    std::size_t subtag_start = 0;
    bool first = true;
    while (true) {
        const std::size_t end = std::min(text.find('-', subtag_start), text.size());
        const std::string_view subtag = text.substr(subtag_start, end - subtag_start);
        if (subtag.empty() || subtag.size() > kMaxSubtagLength) {
            return false;
        }
        for (const char c : subtag) {
            if (!(is_alpha(c) || (!first && is_digit(c)))) {
                return false;
            }
        }
        if (end == text.size()) {
            return true;
        }
        subtag_start = end + 1;
        first = false;
    }
}

int clamp_heading_level(int level) noexcept {
    return std::clamp(level, kMinHeadingLevel, kMaxHeadingLevel);
}

}  // namespace artnorm
