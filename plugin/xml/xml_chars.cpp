#include "xml/xml_chars.hpp"

#include <cstdint>

#include "unicode/swar.hpp"
#include "unicode/utf8_decode.hpp"
#include "unicode/utf8_encode.hpp"

namespace artnorm::xml {
namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;

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
        const Utf8Sequence decoded = decode_utf8_sequence(text.substr(i));
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
        const Utf8Sequence decoded = decode_utf8_sequence(text.substr(i));
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
