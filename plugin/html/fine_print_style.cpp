#include "html/fine_print_style.hpp"

#include <cstddef>
#include <optional>

namespace artnorm::html {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Position after "font-size" (ASCII case ignored) at a declaration start, or npos.
std::size_t find_font_size(std::string_view style) {
    constexpr std::string_view kProperty = "font-size";
    for (std::size_t at = 0; at + kProperty.size() <= style.size(); ++at) {
        bool match = true;
        for (std::size_t k = 0; k < kProperty.size() && match; ++k) match = lower(style[at + k]) == kProperty[k];
        if (!match) continue;
        // Not the tail of another property ("-webkit-font-size" is none; "x-font-size" is not this one).
        if (at > 0 && style[at - 1] != ';' && !is_space(style[at - 1])) continue;
        return at + kProperty.size();
    }
    return std::string_view::npos;
}

// Size in px of "  : 10px" / ":7.5pt" at pos; nullopt for other units.
std::optional<double> absolute_size(std::string_view style, std::size_t pos) {
    while (pos < style.size() && is_space(style[pos])) ++pos;
    if (pos >= style.size() || style[pos] != ':') return std::nullopt;
    ++pos;
    while (pos < style.size() && is_space(style[pos])) ++pos;
    double value = 0.0, scale = 0.0;
    const std::size_t start = pos;
    for (; pos < style.size() && ((style[pos] >= '0' && style[pos] <= '9') || style[pos] == '.'); ++pos) {
        if (style[pos] == '.') {
            if (scale != 0.0) return std::nullopt;
            scale = 1.0;
            continue;
        }
        value = value * 10.0 + (style[pos] - '0');
        if (scale != 0.0) scale *= 10.0;
    }
    if (pos == start) return std::nullopt;
    if (scale != 0.0) value /= scale;
    while (pos < style.size() && is_space(style[pos])) ++pos;
    if (pos + 2 > style.size()) return std::nullopt;
    const char u0 = lower(style[pos]), u1 = lower(style[pos + 1]);
    if (u0 == 'p' && u1 == 'x') return value;
    if (u0 == 'p' && u1 == 't') return value * 4.0 / 3.0;
    return std::nullopt;
}

}  // namespace

bool declares_fine_print(std::string_view style) {
    if (style.empty()) return false;
    const std::size_t after = find_font_size(style);
    if (after == std::string_view::npos) return false;
    const auto px = absolute_size(style, after);
    return px && *px > 0.0 && *px < kFinePrintMaxPx;
}

}  // namespace artnorm::html
