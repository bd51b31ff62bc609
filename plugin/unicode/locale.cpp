#include "unicode/locale.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <boost/locale.hpp>

#include "unicode/swar.hpp"
#include "unicode/words.hpp"

namespace artnorm {
namespace {

// Code points that full case folding maps to themselves (each one is checked
// against ICU in tests/unit/unicode/locale_test.cpp): punctuation, quotes and
// scripts without case. fold_case copies them instead of calling ICU, whose
// per-call cost dominates on mostly-ASCII text with a few curly quotes.
struct CodePointRange {
    char32_t first, last;
};
constexpr std::array kCaselessRanges{
    CodePointRange{0x00A0, 0x00B4},  // Latin-1 punctuation (U+00B5 MICRO SIGN folds to mu)
    CodePointRange{0x00B6, 0x00BF},
    CodePointRange{0x0590, 0x08FF},  // Hebrew, Arabic, Syriac, Thaana, NKo...
    CodePointRange{0x0900, 0x0DFF},  // Indic scripts
    CodePointRange{0x0E00, 0x0FFF},  // Thai, Lao, Tibetan
    CodePointRange{0x2000, 0x206F},  // general punctuation: dashes, quotes, spaces
    CodePointRange{0x20A0, 0x20CF},  // currency signs
    CodePointRange{0x2190, 0x23FF},  // arrows, math operators, technical
    CodePointRange{0x2500, 0x25FF},  // box drawing, blocks, geometric shapes
    CodePointRange{0x3000, 0x9FFF},  // CJK punctuation, kana, CJK ideographs
    CodePointRange{0xAC00, 0xD7A3},  // Hangul syllables
    CodePointRange{0xFF01, 0xFF20},  // fullwidth punctuation and digits (A-Z fold)
};

// True when c lies in one of ranges (sorted, disjoint).
template <std::size_t N>
bool in_ranges(const std::array<CodePointRange, N>& ranges, char32_t c) {
    const auto after = std::upper_bound(ranges.begin(), ranges.end(), c,
                                        [](char32_t v, CodePointRange r) { return v < r.first; });
    return after != ranges.begin() && c <= std::prev(after)->last;
}

bool is_caseless(char32_t c) { return in_ranges(kCaselessRanges, c); }

// Code points with NFC quick check Yes and combining class 0, sorted (the
// test checks each against ICU): common letters and punctuation of pages.
// Left out on purpose: combining marks, kana (U+3099/U+309A combine), Greek
// (singletons such as U+0387), U+2000/U+2001 (singletons).
constexpr std::array kNfcInertRanges{
    CodePointRange{0x00A0, 0x024F},  // Latin-1 Supplement, Latin Extended-A/B
    CodePointRange{0x0400, 0x0482},  // Cyrillic letters (U+0483.. are combining marks)
    CodePointRange{0x048A, 0x04FF},
    CodePointRange{0x2010, 0x2027},  // dashes, quotes, bullets, ellipsis
    CodePointRange{0x2030, 0x205E},
    CodePointRange{0x20A0, 0x20C0},  // currency signs
    CodePointRange{0x4E00, 0x9FFF},  // CJK unified ideographs
    CodePointRange{0xAC00, 0xD7A3},  // Hangul syllables
    CodePointRange{0xFF01, 0xFF5E},  // fullwidth ASCII
};

// Rule "bridge short gaps" (as in words.cpp): an ICU call has a fixed cost, so
// one call covers cased non-ASCII characters separated by at most this many
// bytes of ASCII or caseless text (Cyrillic words between ASCII spaces).
constexpr std::size_t kMaxBridgedGapBytes = 64;

// Longest run to_nfc hands to ICU in one call (it may end later, at the
// next character that needs no normalization).
constexpr std::size_t kNfcChunkBytes = std::size_t{1} << 16;

// True when the code point at text[pos] needs ICU to fold: cased non-ASCII
// letters, and invalid bytes (ICU decides what happens to them). len gets its
// length in bytes.
bool needs_icu(std::string_view text, std::size_t pos, std::size_t& len) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
        len = 1;
        return false;
    }
    const CodePoint cp = decode_utf8(text, pos);
    len = cp.length;
    const bool invalid = cp.value == 0xFFFD && cp.length == 1;
    return invalid || !is_caseless(cp.value);
}

char ascii_fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

using swar::kHighBits;
using swar::kOnes;
using swar::kWordBytes;

// w with the bytes 'A'..'Z' lowered; bytes >= 0x80 unchanged. Each byte's low
// seven bits plus a constant set its top bit when >= 'A' (resp. > 'Z'); no
// carry crosses a byte.
std::uint64_t ascii_fold_word(std::uint64_t w) {
    const std::uint64_t low7 = w & ~kHighBits;
    const std::uint64_t at_least_a = low7 + kOnes * (0x80 - 'A');
    const std::uint64_t above_z = low7 + kOnes * (0x80 - 'Z' - 1);
    const std::uint64_t upper = at_least_a & ~above_z & ~w & kHighBits;
    return w | (upper >> 2);  // 0x80 >> 2 == 0x20 == 'a' - 'A'
}

// Appends ASCII and caseless text: only A-Z change.
void append_simple_folded(std::string& out, std::string_view text) {
    const std::size_t at = out.size();
    out.append(text);
    char* p = out.data() + at;
    std::size_t i = 0;
    for (; i + kWordBytes <= text.size(); i += kWordBytes) {
        const std::uint64_t w = ascii_fold_word(swar::load(p + i));
        std::memcpy(p + i, &w, kWordBytes);
    }
    for (; i < text.size(); ++i) p[i] = ascii_fold(p[i]);
}

// End of the run of ASCII bytes that starts at pos.
std::size_t ascii_run_end(std::string_view text, std::size_t pos) {
    while (pos + kWordBytes <= text.size() && swar::all_ascii(swar::load(text.data() + pos))) pos += kWordBytes;
    while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) ++pos;
    return pos;
}

}  // namespace

bool is_nfc_inert(char32_t c) { return in_ranges(kNfcInertRanges, c); }

// Upper and lower case alternate in most of these blocks; the exceptions
// are listed (U+0130 and U+0149 fold to two code points, U+017F to 's').
std::optional<bool> folding_changes(char32_t c) {
    const bool even = c % 2 == 0;
    if (c >= 0x00C0 && c <= 0x00FF) return c <= 0x00DF && c != 0x00D7;  // U+00DF folds to "ss"
    if (c >= 0x0100 && c <= 0x017F) {
        if (c == 0x0130 || c == 0x0149 || c == 0x0178 || c == 0x017F) return true;
        if (c == 0x0131 || c == 0x0138) return false;
        if (c <= 0x0137) return even;
        if (c <= 0x0148) return !even;
        if (c <= 0x0177) return even;
        return !even;  // U+0179..U+017E
    }
    if (c >= 0x0400 && c <= 0x04FF) {
        if (c <= 0x042F) return true;
        if (c <= 0x045F) return false;
        if (c <= 0x0481) return even;
        if (c <= 0x0489) return false;  // a sign and combining marks
        if (c <= 0x04BF) return even;
        if (c == 0x04C0) return true;   // palochka folds to U+04CF
        if (c <= 0x04CE) return !even;
        if (c == 0x04CF) return false;
        return even;
    }
    return std::nullopt;
}

const std::locale& unicode_locale() {
    static const std::locale locale = [] {
        boost::locale::generator generator;
        generator.use_ansi_encoding(false);
        // Only what artnorm asks of the locale: case folding and
        // normalization (convert), word and sentence boundaries, for char.
        // By default the generator also builds ICU's date, number, collation
        // and message facets, a third of a small run's instructions: one-time
        // work, but serial at the start of every batch (issue 7).
        generator.categories(boost::locale::convert_facet | boost::locale::boundary_facet |
                             boost::locale::information_facet);
        generator.characters(boost::locale::char_facet);
        return generator("en_US.UTF-8");
    }();
    return locale;
}

bool is_ascii(std::string_view text) { return ascii_run_end(text, 0) == text.size(); }

// NFC is local: text splits before a character that is ASCII or NFC-inert
// (is_nfc_inert: a starter that NFC leaves as it is, and never the second
// part of a composition) into parts that normalize apart. Such a character
// can still be the base of the combining marks that follow it, so it goes
// with them. Only runs holding other characters go to ICU, from the
// character before the first to the end of the last, one call covering
// those at most kMaxBridgedGapBytes apart.
std::string to_nfc(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    const auto plain = [](const CodePoint& cp) { return cp.value < 0x80 || (cp.length > 1 && is_nfc_inert(cp.value)); };
    const std::size_t n = utf8.size();
    std::size_t done = 0;  // utf8[0, done) is in out
    std::size_t pos = 0;
    while (pos < n) {
        if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
            pos = ascii_run_end(utf8, pos);
            continue;
        }
        const CodePoint cp = decode_utf8(utf8, pos);
        if (plain(cp)) {
            pos += cp.length;
            continue;
        }
        // The character before, a possible base. After a run, done is the
        // start of a plain character, so pos > done whenever a run ended
        // before this one.
        std::size_t begin = pos;
        if (pos > done) {
            do --begin;
            while (begin > done && (static_cast<unsigned char>(utf8[begin]) & 0xC0) == 0x80);
        }
        std::size_t end = pos + cp.length;
        for (std::size_t scan = end; scan < n && scan - end <= kMaxBridgedGapBytes;) {
            const CodePoint next = decode_utf8(utf8, scan);
            if (plain(next)) {
                // Runs stop at a plain character once kNfcChunkBytes long:
                // ICU's UTF-16 copy of a large input stays small.
                if (end - begin >= kNfcChunkBytes) break;
            } else {
                end = scan + next.length;
            }
            scan += next.length;
        }
        out.append(utf8.substr(done, begin - done));
        out += boost::locale::normalize(utf8.data() + begin, utf8.data() + end, boost::locale::norm_nfc,
                                        unicode_locale());
        done = pos = end;
    }
    out.append(utf8.substr(done));
    return out;
}

// Full case folding is defined per code point (no context), so folding runs
// separately gives the same bytes as one ICU call over the whole text; the
// runs split only before ASCII or valid code points.
std::string fold_case(std::string_view utf8) {
    std::string out;
    fold_case_into(out, utf8);
    return out;
}

void fold_case_into(std::string& out, std::string_view utf8) {
    out.clear();
    out.reserve(utf8.size());
    const std::size_t n = utf8.size();
    std::size_t done = 0;  // utf8[0, done) is in out
    std::size_t pos = 0;
    while (pos < n) {
        if (static_cast<unsigned char>(utf8[pos]) < 0x80) {  // ASCII fast path
            pos = ascii_run_end(utf8, pos);
            continue;
        }
        std::size_t len = 1;
        if (!needs_icu(utf8, pos, len)) {
            pos += len;
            continue;
        }
        // An ICU run from pos to the end of its last cased character.
        std::size_t run_end = pos + len;
        for (std::size_t scan = run_end; scan < n && scan - run_end <= kMaxBridgedGapBytes; scan += len) {
            if (needs_icu(utf8, scan, len)) run_end = scan + len;
        }
        append_simple_folded(out, utf8.substr(done, pos - done));
        out += boost::locale::fold_case(utf8.data() + pos, utf8.data() + run_end, unicode_locale());
        done = pos = run_end;
    }
    append_simple_folded(out, utf8.substr(done));
}

}  // namespace artnorm
