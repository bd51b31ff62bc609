// Word segmentation: an ASCII fast path, ICU word boundaries otherwise, so
// that scripts written without spaces (Chinese, Japanese, Thai) split too.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace artnorm {

// The words (letters/digits runs, per Unicode word rules) of text, as views
// into text, in order. Punctuation and spaces are not words.
std::vector<std::string_view> split_words(std::string_view text);

// --- Code points and scripts (shared by the language and byline rules) ------

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;  // bytes used; an invalid byte decodes as U+FFFD, length 1
};

// Decodes the UTF-8 code point at text[pos] (pos < text.size()).
CodePoint decode_utf8(std::string_view text, std::size_t pos);

// Writing systems we tell apart; `none` for digits, punctuation, symbols,
// combining marks and anything unlisted.
enum class Script : unsigned char {
    none,
    latin,
    greek,
    cyrillic,
    armenian,
    hebrew,
    arabic,
    devanagari,
    bengali,
    other_indic,
    thai,
    lao,
    khmer,
    myanmar,
    georgian,
    ethiopic,
    hangul,
    han,
    kana,
    count_  // number of values, for per-script counters
};

// The script of a letter, `none` for non-letters.
Script script_of(char32_t c);

}  // namespace artnorm
