// Strict decoding of one UTF-8 sequence with Unicode's maximal-subpart rule:
// shared by input clean-up (unicode/clean_input.cpp), the XML character
// filter (xml/xml_chars.cpp) and option-value checks (api/). The word
// scanner's per-character decoder (decode_utf8 in unicode/words.hpp) is a
// different contract: it maps every invalid byte to one U+FFFD.
#pragma once

#include <cstddef>
#include <string_view>

namespace artnorm {

struct Utf8Sequence {
    char32_t code_point = 0;
    std::size_t length = 0;  // bytes consumed (>= 1)
    bool valid = false;      // false: the consumed bytes are one ill-formed subpart
};

// Decodes one UTF-8 sequence at the start of text (text not empty), following
// Table 3-7 "Well-Formed UTF-8 Byte Sequences" of the Unicode standard (no
// overlong forms, no surrogates, nothing above U+10FFFF). On an ill-formed
// sequence, length is the maximal subpart to replace with one U+FFFD
// (chapter 3, "U+FFFD Substitution of Maximal Subparts").
constexpr Utf8Sequence decode_utf8_sequence(std::string_view text) noexcept {
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
        const unsigned char low = i == 1 ? second_min : 0x80;
        const unsigned char high = i == 1 ? second_max : 0xBF;
        if (byte < low || byte > high) {
            return {0, i, false};
        }
        code_point = (code_point << 6) | (byte & 0x3F);
    }
    return {code_point, length, true};
}

}  // namespace artnorm
