#include "xml/xml_chars.hpp"

#include <cstdint>

#include "unicode/swar.hpp"
#include "unicode/utf8_encode.hpp"

namespace artnorm::xml {
namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;

struct Decoded {
    char32_t code_point = 0;
    std::size_t length = 0;  // bytes consumed (>= 1)
    bool valid = false;      // false: the consumed bytes are one ill-formed subpart
};

constexpr bool is_continuation(unsigned char byte) noexcept { return (byte & 0xC0) == 0x80; }

// Decodes one UTF-8 sequence at the start of text (text not empty), following
// Table 3-7 "Well-Formed UTF-8 Byte Sequences" of the Unicode standard. On an
// ill-formed sequence, length is the maximal subpart to replace.
Decoded decode_utf8(std::string_view text) noexcept {
    const auto lead = static_cast<unsigned char>(text[0]);
    if (lead < 0x80) {
        return {lead, 1, true};
    }
    std::size_t length = 0;
    char32_t code_point = 0;
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code_point = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code_point = lead & 0x0F;
        if (lead == 0xE0) second_min = 0xA0;  // no overlong forms
        if (lead == 0xED) second_max = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code_point = lead & 0x07;
        if (lead == 0xF0) second_min = 0x90;  // no overlong forms
        if (lead == 0xF4) second_max = 0x8F;  // nothing above U+10FFFF
    } else {
        return {0, 1, false};  // continuation byte or invalid lead (C0, C1, F5..FF)
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (i >= text.size()) {
            return {0, i, false};  // truncated
        }
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool in_range =
            i == 1 ? (byte >= second_min && byte <= second_max) : is_continuation(byte);
        if (!in_range) {
            return {0, i, false};
        }
        code_point = (code_point << 6) | (byte & 0x3F);
    }
    return {code_point, length, true};
}

constexpr bool is_plain_ascii_text(unsigned char byte) noexcept {
    return (byte >= 0x20 && byte < 0x80) || byte == '\t' || byte == '\n' || byte == '\r';
}

}  // namespace

bool is_clean_xml_text(std::string_view text) noexcept {
    std::size_t i = 0;
    while (i < text.size()) {
        // Eight bytes of 0x20..0x7F at once: ASCII (top bit clear) and not a
        // control (adding 0x60 sets the top bit exactly for bytes >= 0x20).
        if (i + swar::kWordBytes <= text.size()) {
            const std::uint64_t w = swar::load(text.data() + i);
            if (swar::all_ascii(w) && ((w + swar::kOnes * 0x60) & swar::kHighBits) == swar::kHighBits) {
                i += swar::kWordBytes;
                continue;
            }
        }
        const auto byte = static_cast<unsigned char>(text[i]);
        if (is_plain_ascii_text(byte)) {
            ++i;
            continue;
        }
        const Decoded decoded = decode_utf8(text.substr(i));
        if (!decoded.valid || !is_xml_char(decoded.code_point)) {
            return false;
        }
        i += decoded.length;
    }
    return true;
}

std::string sanitize_xml_text(std::string_view text, SanitizeCounts& counts) {
    std::string clean;
    clean.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (is_plain_ascii_text(byte)) {
            clean += static_cast<char>(byte);
            ++i;
            continue;
        }
        const Decoded decoded = decode_utf8(text.substr(i));
        if (!decoded.valid) {
            append_utf8(clean, kReplacementCharacter);
            ++counts.invalid_utf8_sequences;
        } else if (!is_xml_char(decoded.code_point)) {
            ++counts.removed_chars;
        } else {
            clean.append(text.substr(i, decoded.length));
        }
        i += decoded.length;
    }
    return clean;
}

}  // namespace artnorm::xml
