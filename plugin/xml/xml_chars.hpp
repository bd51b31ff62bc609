// Which characters an XML 1.0 document may hold, and how to make arbitrary
// bytes safe to write into one.
//
// Rule "xml-char-filter": XML 1.0 (fifth edition, production [2] Char) allows
// only U+0009, U+000A, U+000D, U+0020..U+D7FF, U+E000..U+FFFD and
// U+10000..U+10FFFF. Everything else (NUL and the other C0 controls,
// surrogates, U+FFFE, U+FFFF) cannot appear in a well-formed document, not
// even as a character reference, so it is removed. Ill-formed UTF-8 (stray
// continuation bytes, overlong forms, encoded surrogates, values above
// U+10FFFF, truncated sequences) is replaced by U+FFFD, one per maximal
// ill-formed subpart as Unicode recommends (chapter 3, "U+FFFD Substitution
// of Maximal Subparts").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace artnorm::xml {

constexpr bool is_xml_char(char32_t c) noexcept {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// What sanitize_xml_text changed.
struct SanitizeCounts {
    std::size_t removed_chars = 0;         // characters XML 1.0 forbids, dropped
    std::size_t invalid_utf8_sequences = 0;  // replaced by U+FFFD

    SanitizeCounts& operator+=(const SanitizeCounts& other) noexcept {
        removed_chars += other.removed_chars;
        invalid_utf8_sequences += other.invalid_utf8_sequences;
        return *this;
    }
};

// True when text is well-formed UTF-8 made of XML 1.0 characters only, i.e.
// sanitize_xml_text would return it unchanged. Fast for ASCII.
bool is_clean_xml_text(std::string_view text) noexcept;

// text with the xml-char-filter rule applied; counts accumulates what changed.
std::string sanitize_xml_text(std::string_view text, SanitizeCounts& counts);

}  // namespace artnorm::xml
