#include "html/character_references.hpp"

#include <libxml/HTMLparser.h>

#include <optional>

#include "unicode/utf8_encode.hpp"

namespace artnorm::html {
namespace {

constexpr char32_t kMaxCodePoint = 0x10FFFF;

bool is_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// "#8216", "#x2019" -> the code point; nullopt when not a number or no
// character.
std::optional<char32_t> numeric_reference(std::string_view name) {
    if (name.size() < 2 || name[0] != '#') return std::nullopt;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return std::nullopt;
    char32_t value = 0;
    for (char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9') digit = c - '0';
        if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
        if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
        if (digit < 0) return std::nullopt;
        value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
        if (value > kMaxCodePoint) return std::nullopt;
    }
    if (value == 0 || is_surrogate(value)) return std::nullopt;
    return value;
}

std::optional<char32_t> named_reference(std::string_view name) {
    const std::string key(name);
    const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(key.c_str()));
    if (entity == nullptr) return std::nullopt;
    return static_cast<char32_t>(entity->value);
}

}  // namespace

std::string decode_character_references(std::string_view text) {
    if (text.find('&') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '&') {
            const std::size_t semicolon = text.find(';', i + 1);
            if (semicolon != std::string_view::npos && semicolon - i - 1 <= kMaxReferenceNameChars) {
                const std::string_view name = text.substr(i + 1, semicolon - i - 1);
                const std::optional<char32_t> c =
                    name.starts_with('#') ? numeric_reference(name) : named_reference(name);
                if (c) {
                    append_utf8(out, *c);
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

}  // namespace artnorm::html
