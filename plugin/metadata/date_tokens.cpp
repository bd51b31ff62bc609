#include "metadata/date_tokens.hpp"

#include "unicode/locale.hpp"
#include "unicode/words.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kMaxParsedDigits = 9;  // keeps value within int

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_one_char_word(Script s) { return s == Script::han || s == Script::kana || s == Script::hangul; }

}  // namespace

void tokenize_dates(std::string_view text, std::size_t offset, std::vector<DateToken>& out) {
    out.clear();
    bool space = false;
    std::size_t pos = 0;
    const std::size_t n = text.size();
    while (pos < n) {
        const auto b = static_cast<unsigned char>(text[pos]);
        DateToken token;
        token.space_before = space;
        token.begin = pos;
        if (b >= '0' && b <= '9') {
            std::size_t end = pos;
            int value = 0;
            while (end < n && text[end] >= '0' && text[end] <= '9') {
                if (end - pos < kMaxParsedDigits) value = value * 10 + (text[end] - '0');
                ++end;
            }
            token.kind = DateTokenKind::number;
            token.value = value;
            token.digits = end - pos;
            token.end = end;
        } else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
            std::size_t end = pos + 1;
            while (end < n) {
                const auto c = static_cast<unsigned char>(text[end]);
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') { ++end; continue; }
                if (c < 0x80) break;
                const CodePoint cp = decode_utf8(text, end);
                const Script s = script_of(cp.value);
                if (s == Script::none || is_one_char_word(s)) break;
                end += cp.length;
            }
            token.kind = DateTokenKind::word;
            token.end = end;
        } else if (b < 0x80) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v') {
                space = true;
                ++pos;
                continue;
            }
            token.kind = DateTokenKind::punct;
            token.end = pos + 1;
        } else {
            const CodePoint cp = decode_utf8(text, pos);
            if (is_space(cp.value)) {
                space = true;
                pos += cp.length;
                continue;
            }
            const Script s = script_of(cp.value);
            std::size_t end = pos + cp.length;
            if (s == Script::none || is_one_char_word(s)) {
                token.kind = s == Script::none ? DateTokenKind::punct : DateTokenKind::word;
            } else {
                while (end < n) {
                    const auto c = static_cast<unsigned char>(text[end]);
                    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') { ++end; continue; }
                    if (c < 0x80) break;
                    const CodePoint next = decode_utf8(text, end);
                    const Script ns = script_of(next.value);
                    // Combining marks (script none, U+0300..U+036F) stay in the word.
                    const bool mark = next.value >= 0x300 && next.value < 0x370;
                    if ((ns == Script::none && !mark) || is_one_char_word(ns)) break;
                    end += next.length;
                }
                token.kind = DateTokenKind::word;
            }
            token.end = end;
        }
        token.text = text.substr(token.begin, token.end - token.begin);
        token.begin += offset;
        token.end += offset;
        out.push_back(token);
        space = false;
        pos = token.end - offset;
    }
}

std::string fold_word(std::string_view word) { return fold_case(word); }

}  // namespace artnorm
