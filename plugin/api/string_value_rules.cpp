#include "string_value_rules.hpp"

#include <cstddef>
#include <cstdint>

namespace artnorm::api {
namespace {

constexpr std::size_t kMaxSubtagLength = 8;
constexpr std::size_t kMinPrimarySubtagLength = 2;
constexpr std::size_t kMaxCharsetNameLength = 40;
constexpr char32_t kLastCodePoint = 0x10FFFF;
constexpr char32_t kFirstSurrogate = 0xD800;
constexpr char32_t kLastSurrogate = 0xDFFF;
constexpr unsigned char kDelete = 0x7F;
constexpr unsigned char kFirstPrintable = 0x20;

constexpr bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 sequence a lead byte announces, 0 for an invalid lead.
constexpr std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

constexpr char32_t minimum_for_length(std::size_t length) {
    return length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
}

}  // namespace

bool is_clean_utf8_text(std::string_view value) {
    std::size_t i = 0;
    while (i < value.size()) {
        const auto lead = static_cast<unsigned char>(value[i]);
        const std::size_t length = sequence_length(lead);
        if (length == 0 || i + length > value.size()) return false;
        if (length == 1) {
            if (lead < kFirstPrintable || lead == kDelete) return false;
            ++i;
            continue;
        }
        char32_t code_point = lead & (0xFFu >> (length + 1));
        for (std::size_t k = 1; k < length; ++k) {
            const auto trail = static_cast<unsigned char>(value[i + k]);
            if ((trail & 0xC0u) != 0x80u) return false;
            code_point = (code_point << 6) | (trail & 0x3Fu);
        }
        if (code_point < minimum_for_length(length) || code_point > kLastCodePoint ||
            (code_point >= kFirstSurrogate && code_point <= kLastSurrogate)) {
            return false;
        }
        i += length;
    }
    return true;
}

bool is_language_tag(std::string_view value) {
    if (value.empty()) return true;
    bool primary = true;
    while (true) {
        const std::size_t end = value.find('-');
        const std::string_view subtag = value.substr(0, end);
        if (subtag.empty() || subtag.size() > kMaxSubtagLength) return false;
        if (primary && subtag.size() < kMinPrimarySubtagLength) return false;
        for (char c : subtag) {
            if (!is_ascii_letter(c) && (primary || !is_ascii_digit(c))) return false;
        }
        if (end == std::string_view::npos) return true;
        value.remove_prefix(end + 1);
        primary = false;
    }
}

bool is_charset_name(std::string_view value) {
    if (value.empty()) return true;
    if (value.size() > kMaxCharsetNameLength) return false;
    constexpr std::string_view punctuation = "-_.:+()";
    for (char c : value) {
        if (!is_ascii_letter(c) && !is_ascii_digit(c) &&
            punctuation.find(c) == std::string_view::npos) {
            return false;
        }
    }
    return true;
}

bool is_base_url(std::string_view value) {
    return is_clean_utf8_text(value) && value.find(' ') == std::string_view::npos;
}

}  // namespace artnorm::api
