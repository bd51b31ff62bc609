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

// A non-owning reference to a callable taking each word (a view into the
// text): lets hot loops visit words without building a vector.
class WordVisitor {
public:
    template <typename F>
    WordVisitor(const F& f)  // NOLINT(google-explicit-constructor): used like a lambda parameter
        : object_(&f), call_([](const void* o, std::string_view w) { (*static_cast<const F*>(o))(w); }) {}
    void operator()(std::string_view word) const { call_(object_, word); }

private:
    const void* object_;
    void (*call_)(const void*, std::string_view);
};

// The words split_words returns, passed to visit one by one in order.
void for_each_word(std::string_view text, WordVisitor visit);

// text cut into pieces of at least min_piece_bytes (the last may be shorter),
// each cut right after a line feed that follows enough ASCII that no word and
// no ICU run crosses it: the words of the pieces are the words of the whole
// text, also after case folding (which keeps ASCII ASCII). Lets large texts
// be folded and scanned piece by piece. One piece when no such line feed.
std::vector<std::string_view> split_for_word_scan(std::string_view text, std::size_t min_piece_bytes);

// Whether prefix, the start of a longer text, may be scanned for words apart
// from the rest: it ends with a space or a line feed after enough ASCII that
// no word and no ICU run crosses its end (the cut split_for_word_scan makes,
// also after a space). Lets text given in parts be scanned in pieces.
bool is_word_scan_cut(std::string_view prefix);

// False when the words of text, a space and any next text are the words of
// the two texts apart: no character of a script written without spaces
// (whose ICU runs reach across short gaps) near the end of text.
bool words_may_join_next(std::string_view text);

// --- Code points and scripts (shared by the language and byline rules) ------

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;  // bytes used; an invalid byte decodes as U+FFFD, length 1
};

// Decodes the UTF-8 code point at text[pos] (pos < text.size()). Inline: the
// word splitter, case folding and language detection call it per character.
inline CodePoint decode_utf8(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(pos);
    if (b0 < 0x80) return {b0, 1};
    constexpr CodePoint invalid{0xFFFD, 1};
    std::size_t length;
    char32_t value;
    char32_t min_value;
    if (b0 >= 0xC2 && b0 <= 0xDF) { length = 2; value = b0 & 0x1F; min_value = 0x80; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) { length = 3; value = b0 & 0x0F; min_value = 0x800; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { length = 4; value = b0 & 0x07; min_value = 0x10000; }
    else return invalid;
    if (pos + length > text.size()) return invalid;
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char b = byte(pos + i);
        if ((b & 0xC0) != 0x80) return invalid;
        value = (value << 6) | (b & 0x3F);
    }
    if (value < min_value || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return invalid;
    return {value, length};
}

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
