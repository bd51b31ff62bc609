#include "json_writer.hpp"

#include <array>
#include <cstddef>

namespace artnorm_cli {
namespace {

constexpr unsigned char kFirstNonControl = 0x20;
constexpr unsigned char kDelete = 0x7F;
constexpr std::string_view kReplacementEscape = "\\ufffd";

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence starting at text[at] (a lead byte of
// 0xC2 or more), or 0 when it is invalid: overlong forms, surrogates and
// code points above U+10FFFF are refused as RFC 3629 asks.
std::size_t valid_sequence_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) second_min = 0xA0;  // overlong
        if (lead == 0xED) second_max = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) second_min = 0x90;  // overlong
        if (lead == 0xF4) second_max = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (text.size() - at < length) return 0;
    if (byte(1) < second_min || byte(1) > second_max) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (!is_continuation(byte(i))) return 0;
    }
    return length;
}

void append_control_escape(std::string& out, unsigned char c) {
    switch (c) {
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        case '\b': out += "\\b"; return;
        case '\f': out += "\\f"; return;
        default: break;
    }
    static constexpr std::array<char, 16> kHex = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                  '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    out += "\\u00";
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
}

}  // namespace

void append_json_string(std::string& out, std::string_view utf8) {
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
            ++i;
        } else if (c < kFirstNonControl || c == kDelete) {
            append_control_escape(out, c);
            ++i;
        } else if (c < 0x80) {
            // A run of plain ASCII in one append.
            std::size_t end = i + 1;
            while (end < utf8.size()) {
                const auto next = static_cast<unsigned char>(utf8[end]);
                if (next >= 0x80 || next < kFirstNonControl || next == kDelete || next == '"' ||
                    next == '\\') {
                    break;
                }
                ++end;
            }
            out.append(utf8.substr(i, end - i));
            i = end;
        } else if (const std::size_t length = valid_sequence_length(utf8, i); length != 0) {
            out.append(utf8.substr(i, length));
            i += length;
        } else {
            out += kReplacementEscape;
            ++i;
        }
    }
    out += '"';
}

}  // namespace artnorm_cli
