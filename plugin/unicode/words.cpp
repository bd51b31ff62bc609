// Word segmentation in two tiers, because ICU segmentation (~36 MB/s here) is
// the expensive part of every pass over the text:
//  * a hand-written scanner for spaced scripts (ASCII, Latin, Greek, Cyrillic,
//    Arabic, Hebrew, Indic, Hangul...) that follows the Unicode word rules that
//    matter for them (UAX #29: letters and digits join; ' and U+2019 join two
//    letters; '.' joins two letters or two digits; ',' joins two digits);
//  * Boost.Locale/ICU boundary analysis only for runs of scripts written
//    without spaces (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan, fullwidth
//    forms), which need ICU's dictionaries to split into words.
#include "unicode/words.hpp"

#include <algorithm>
#include <array>
#include <boost/locale/boundary.hpp>

#include "unicode/locale.hpp"

namespace artnorm {
namespace {

enum class CharKind : unsigned char {
    separator,  // space, punctuation, symbol: ends a word
    digit,
    letter,     // letter, combining mark or joiner of a spaced script
    complex,    // belongs to a script that needs dictionary segmentation
};

struct CharInfo {
    CharKind kind;
    Script script;
};

constexpr CharInfo sep{CharKind::separator, Script::none};
constexpr CharInfo digit{CharKind::digit, Script::none};
constexpr CharInfo mark{CharKind::letter, Script::none};
constexpr CharInfo letter(Script s) { return {CharKind::letter, s}; }
constexpr CharInfo complex(Script s) { return {CharKind::complex, s}; }

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// Non-ASCII classification by Unicode block. Block granularity is enough for
// word splitting: the few punctuation marks inside letter blocks are listed.
CharInfo classify_non_ascii(char32_t c) {
    if (c < 0x0100) {
        if (c == 0xAA || c == 0xBA || c == 0xB5) return letter(Script::latin);
        if (c < 0xC0 || c == 0xD7 || c == 0xF7) return sep;
        return letter(Script::latin);
    }
    if (c < 0x02B0) return letter(Script::latin);
    if (c < 0x0300) return mark;  // modifier letters (U+02BC is an apostrophe in Ukrainian)
    if (c < 0x0370) return mark;  // combining diacritics
    if (c < 0x0400) return (c == 0x037E || c == 0x0387) ? sep : letter(Script::greek);
    if (c < 0x0530) return c == 0x0482 ? sep : letter(Script::cyrillic);
    if (c < 0x0590) {
        return (in(c, 0x0531, 0x0556) || in(c, 0x0561, 0x0587)) ? letter(Script::armenian) : sep;
    }
    if (c < 0x0600) {
        if (c == 0x05BE || c == 0x05C0 || c == 0x05C3 || c == 0x05C6) return sep;
        return in(c, 0x0591, 0x05F4) ? letter(Script::hebrew) : sep;
    }
    if (c < 0x0700) {
        if (in(c, 0x0660, 0x0669) || in(c, 0x06F0, 0x06F9)) return digit;
        if (c <= 0x060F || c == 0x061B || in(c, 0x061D, 0x061F) || in(c, 0x066A, 0x066D) ||
            c == 0x06D4 || c == 0x06DD || c == 0x06DE || c == 0x06E9)
            return sep;
        return letter(Script::arabic);
    }
    if (c < 0x0750) return letter(Script::none);  // Syriac
    if (c < 0x0780) return letter(Script::arabic);
    if (c < 0x0800) return letter(Script::none);  // Thaana, NKo
    if (c < 0x08A0) return letter(Script::none);
    if (c < 0x0900) return letter(Script::arabic);
    if (c < 0x0E00) {
        if (c == 0x0964 || c == 0x0965) return sep;  // danda
        if (in(c & 0x7F, 0x66, 0x6F)) return digit;  // every Indic block has its digits at xx66..xx6F
        if (c < 0x0980) return letter(Script::devanagari);
        if (c < 0x0A00) return letter(Script::bengali);
        return letter(Script::other_indic);
    }
    if (c < 0x0E80) return complex(Script::thai);
    if (c < 0x0F00) return complex(Script::lao);
    if (c < 0x1000) return complex(Script::none);  // Tibetan
    if (c < 0x10A0) return complex(Script::myanmar);
    if (c < 0x1100) return letter(Script::georgian);
    if (c < 0x1200) return letter(Script::hangul);
    if (c < 0x13A0) return letter(Script::ethiopic);
    if (c < 0x1780) return letter(Script::none);
    if (c < 0x1800) return complex(Script::khmer);
    if (c < 0x1C90) return c >= 0x1950 && c < 0x1A20 ? complex(Script::none) : letter(Script::none);
    if (c < 0x1CC0) return letter(Script::georgian);
    if (c < 0x1E00) return mark;
    if (c < 0x1F00) return letter(Script::latin);
    if (c < 0x2000) return letter(Script::greek);
    if (c < 0x2070) return (c == 0x200C || c == 0x200D) ? mark : sep;  // ZWNJ/ZWJ are in-word
    if (c < 0x2C00) return sep;  // sub/superscripts, currency, symbols, arrows, boxes
    if (c < 0x2C60) return letter(Script::none);
    if (c < 0x2C80) return letter(Script::latin);
    if (c < 0x2D00) return letter(Script::none);
    if (c < 0x2D30) return letter(Script::georgian);
    if (c < 0x2DE0) return letter(Script::none);
    if (c < 0x2E00) return letter(Script::cyrillic);
    if (c < 0x2E80) return sep;
    if (c < 0x3040) return complex(Script::han);  // radicals, CJK punctuation
    if (c < 0x3100) return complex(Script::kana);
    if (c < 0x3130) return complex(Script::han);  // bopomofo
    if (c < 0x3190) return letter(Script::hangul);
    if (c < 0x31F0) return complex(Script::han);
    if (c < 0x3200) return complex(Script::kana);
    if (c < 0xA000) return complex(Script::han);
    if (c < 0xA4D0) return complex(Script::none);  // Yi
    if (c < 0xA640) return letter(Script::none);
    if (c < 0xA6A0) return letter(Script::cyrillic);
    if (c < 0xA720) return letter(Script::none);
    if (c < 0xA800) return letter(Script::latin);
    if (c < 0xA960) return letter(Script::none);
    if (c < 0xA980) return letter(Script::hangul);
    if (c < 0xAC00) return letter(Script::none);
    if (c < 0xD800) return letter(Script::hangul);
    if (c < 0xF900) return sep;  // surrogates, private use
    if (c < 0xFB00) return complex(Script::han);
    if (c < 0xFB1D) return letter(Script::latin);
    if (c < 0xFB50) return letter(Script::hebrew);
    if (c < 0xFE00) return (c == 0xFD3E || c == 0xFD3F) ? sep : letter(Script::arabic);
    if (c < 0xFE10) return mark;  // variation selectors
    if (c < 0xFE20) return sep;
    if (c < 0xFE30) return mark;
    if (c < 0xFE50) return complex(Script::han);
    if (c < 0xFE70) return sep;
    if (c < 0xFF00) return c == 0xFEFF ? sep : letter(Script::arabic);
    if (c < 0xFFF0) return complex(in(c, 0xFF66, 0xFF9F) ? Script::kana : Script::none);
    if (in(c, 0x20000, 0x3FFFF)) return complex(Script::han);
    return sep;  // specials, emoji, other supplementary planes
}

CharInfo classify(char32_t c) {
    if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return letter(Script::latin);
        if (c >= '0' && c <= '9') return digit;
        if (c == '_') return mark;  // ExtendNumLet: joins anything
        return sep;
    }
    return classify_non_ascii(c);
}

// ASCII letters, digits and '_' (false for every byte >= 0x80), as a table:
// the word splitter's innermost loop.
constexpr auto kAsciiAlnum = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) {
        table[c] = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' && c < 0x80) || c == '_';
    }
    return table;
}();

bool is_ascii_alnum(unsigned char c) { return kAsciiAlnum[c]; }

// Joiners inside a word (UAX #29 MidLetter/MidNumLet/MidNum).
bool joins_letters(char32_t c) { return c == '\'' || c == '.' || c == 0x2019; }
bool joins_digits(char32_t c) { return c == '.' || c == ',' || c == '\''; }

// Appends the ICU words of a run of space-less scripts.
void split_with_icu(std::string_view run, WordVisitor out) {
    namespace boundary = boost::locale::boundary;
    try {
        boundary::csegment_index index(boundary::word, run.data(), run.data() + run.size(),
                                       unicode_locale());
        index.rule(boundary::word_letters | boundary::word_number | boundary::word_kana |
                   boundary::word_ideo);
        for (const auto& segment : index) {
            out(std::string_view(&*segment.begin(), static_cast<std::size_t>(segment.end() - segment.begin())));
        }
    } catch (const std::exception&) {
        // Defensive: ICU refuses the run (should not happen on repaired UTF-8).
        // Keep the run as one word rather than losing it.
        out(run);
    }
}

// Rule "bridge short gaps": Japanese and Chinese pages interleave short Latin
// words, digits and punctuation with CJK text; each ICU call has a fixed cost
// (a break iterator), so an ICU run goes on across gaps of up to this many
// bytes when more space-less text follows. ICU splits the Latin words in the
// gap by the same Unicode rules.
constexpr std::size_t kMaxBridgedGapBytes = 48;

// End of the ICU run starting at pos: it extends over space-less script
// characters and over gaps between them of at most kMaxBridgedGapBytes.
std::size_t complex_run_end(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (pos < text.size() && pos - end <= kMaxBridgedGapBytes) {
        const CodePoint cp = decode_utf8(text, pos);
        pos += cp.length;
        if (classify(cp.value).kind == CharKind::complex) end = pos;
    }
    return end;
}

// ASCII needed before a cut: more than an ICU run can bridge, so that no
// run reaches from one piece into the next (see complex_run_end).
constexpr std::size_t kCutAsciiMarginBytes = kMaxBridgedGapBytes + 16;

bool is_safe_cut(std::string_view text, std::size_t line_feed) {
    if (line_feed < kCutAsciiMarginBytes) return false;
    const std::string_view before = text.substr(line_feed - kCutAsciiMarginBytes, kCutAsciiMarginBytes);
    return std::all_of(before.begin(), before.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::vector<std::string_view> split_for_word_scan(std::string_view text, std::size_t min_piece_bytes) {
    std::vector<std::string_view> pieces;
    while (text.size() > min_piece_bytes) {
        std::size_t line_feed = text.find('\n', min_piece_bytes);
        while (line_feed != std::string_view::npos && !is_safe_cut(text, line_feed)) {
            line_feed = text.find('\n', line_feed + 1);
        }
        if (line_feed == std::string_view::npos) break;
        pieces.push_back(text.substr(0, line_feed + 1));  // a line feed never joins words
        text.remove_prefix(line_feed + 1);
    }
    if (!text.empty() || pieces.empty()) pieces.push_back(text);
    return pieces;
}

bool is_word_scan_cut(std::string_view prefix) {
    return !prefix.empty() && (prefix.back() == ' ' || prefix.back() == '\n') &&
           is_safe_cut(prefix, prefix.size() - 1);
}

bool words_may_join_next(std::string_view text) {
    // An ICU run ends with a space-less script character and reaches at most
    // kMaxBridgedGapBytes past it: only such characters ending within the
    // last kCutAsciiMarginBytes can reach across. They are all encoded in
    // three or four bytes (lead byte 0xE0 or more); the window may start
    // inside a character, which then decodes as U+FFFD, not space-less.
    const std::size_t from = text.size() > kCutAsciiMarginBytes ? text.size() - kCutAsciiMarginBytes : 0;
    for (std::size_t pos = from; pos < text.size(); ++pos) {
        if (static_cast<unsigned char>(text[pos]) < 0xE0) continue;
        if (classify(decode_utf8(text, pos).value).kind == CharKind::complex) return true;
    }
    return false;
}

Script script_of(char32_t c) {
    const CharInfo info = classify(c);
    return info.kind == CharKind::letter || info.kind == CharKind::complex ? info.script : Script::none;
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    words.reserve(text.size() / 6);
    const auto push = [&words](std::string_view word) { words.push_back(word); };
    for_each_word(text, push);
    return words;
}

void for_each_word(std::string_view text, WordVisitor visit) {
    const std::size_t n = text.size();
    std::size_t pos = 0;
    std::size_t word_begin = std::string_view::npos;
    CharKind last_kind = CharKind::separator;  // kind of the previous word character
    const auto close_word = [&](std::size_t end) {
        if (word_begin != std::string_view::npos) visit(text.substr(word_begin, end - word_begin));
        word_begin = std::string_view::npos;
    };
    while (pos < n) {
        const unsigned char b = static_cast<unsigned char>(text[pos]);
        // ASCII fast path: a run of ASCII letters/digits needs no decoding.
        if (b < 0x80 && is_ascii_alnum(b)) {
            if (word_begin == std::string_view::npos) word_begin = pos;
            std::size_t end = pos + 1;
            while (end < n && is_ascii_alnum(static_cast<unsigned char>(text[end]))) ++end;
            const unsigned char last = static_cast<unsigned char>(text[end - 1]);
            last_kind = (last >= '0' && last <= '9') ? CharKind::digit : CharKind::letter;
            pos = end;
            continue;
        }
        // ASCII that is not a letter or digit is a separator: no decoding.
        const CodePoint cp = b < 0x80 ? CodePoint{b, 1} : decode_utf8(text, pos);
        const CharInfo info = b < 0x80 ? sep : classify(cp.value);
        if (info.kind == CharKind::letter || info.kind == CharKind::digit) {
            if (word_begin == std::string_view::npos) word_begin = pos;
            last_kind = info.kind == CharKind::digit ? CharKind::digit
                        : (info.script == Script::none && last_kind == CharKind::digit) ? CharKind::digit
                                                                                        : CharKind::letter;
            pos += cp.length;
            continue;
        }
        if (info.kind == CharKind::complex) {
            close_word(pos);
            const std::size_t end = complex_run_end(text, pos);
            split_with_icu(text.substr(pos, end - pos), visit);
            pos = end;
            last_kind = CharKind::separator;
            continue;
        }
        // A separator: it may join two letters or two digits of one word.
        const bool may_join = joins_letters(cp.value) || joins_digits(cp.value);
        if (may_join && word_begin != std::string_view::npos && pos + cp.length < n) {
            const CodePoint next = decode_utf8(text, pos + cp.length);
            const CharKind next_kind = classify(next.value).kind;
            const bool joins = (last_kind == CharKind::letter && next_kind == CharKind::letter &&
                                joins_letters(cp.value)) ||
                               (last_kind == CharKind::digit && next_kind == CharKind::digit &&
                                joins_digits(cp.value));
            if (joins) {
                pos += cp.length;
                continue;
            }
        }
        close_word(pos);
        pos += cp.length;
        last_kind = CharKind::separator;
    }
    close_word(n);
}

}  // namespace artnorm
