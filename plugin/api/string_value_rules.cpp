#include "string_value_rules.hpp"

#include <cstddef>
#include <cstdint>

#include "unicode/utf8_decode.hpp"

namespace artnorm::api {
namespace {

constexpr std::size_t kMaxSubtagLength = 8;
constexpr std::size_t kMinPrimarySubtagLength = 2;
constexpr std::size_t kMaxCharsetNameLength = 40;
constexpr unsigned char kDelete = 0x7F;
constexpr unsigned char kFirstPrintable = 0x20;

constexpr bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_clean_utf8_text(std::string_view value) {
    std::size_t i = 0;
    while (i < value.size()) {
        const Utf8Sequence sequence = decode_utf8_sequence(value.substr(i));
        if (!sequence.valid) return false;
        if (sequence.code_point < kFirstPrintable || sequence.code_point == kDelete) return false;
        i += sequence.length;
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
