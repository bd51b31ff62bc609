// Tokens of one line of text, for the date rules: numbers, words and single
// punctuation marks, with their byte ranges and whether space preceded them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace artnorm {

enum class DateTokenKind : unsigned char { number, word, punct };

struct DateToken {
    DateTokenKind kind = DateTokenKind::punct;
    std::size_t begin = 0, end = 0;  // bytes, relative to the text given to tokenize_dates
    bool space_before = false;       // whitespace between this token and the previous one
    int value = 0;                   // numbers: value (digit runs longer than 9 are capped)
    std::size_t digits = 0;          // numbers: how many digits
    std::string_view text;

    bool is_number(std::size_t min_digits, std::size_t max_digits) const {
        return kind == DateTokenKind::number && digits >= min_digits && digits <= max_digits;
    }
    bool is_punct(char c) const { return kind == DateTokenKind::punct && text.size() == 1 && text[0] == c; }
    bool is_word() const { return kind == DateTokenKind::word; }
};

// Tokenizes text (one line) into out (cleared first). Letters of spaced
// scripts group into words; each Han, kana or Hangul character is a word of
// its own, so that "2023年11月2日" gives 2023 年 11 月 2 日.
void tokenize_dates(std::string_view text, std::size_t offset, std::vector<DateToken>& out);

// Case-folded text of a word token (ASCII fast path).
std::string fold_word(std::string_view word);

}  // namespace artnorm
