#include "text/text_features.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "unicode/swar.hpp"

namespace artnorm {
namespace {

// Decodes the code point at text[i]; advances i.
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    const std::size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
    if (i + len > text.size()) { ++i; return b0; }
    char32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += len;
    return cp;
}

bool is_cjk(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Whether s may end with a closer: every closer ends with '"', '\'', ')'
// or a non-ASCII byte; most lines end otherwise and skip the comparisons.
bool may_end_with_closer(std::string_view s) {
    if (s.empty()) return false;
    const auto last = static_cast<unsigned char>(s.back());
    return last == '"' || last == '\'' || last == ')' || last >= 0x80;
}

std::string_view strip_closers(std::string_view s) {
    static constexpr std::string_view closers[] = {"\"", "'", ")", "\u201D", "\u2019", "\u00BB", "\u300D", "\u300F", "\uFF09"};
    for (bool again = true; again;) {
        again = false;
        if (!may_end_with_closer(s)) break;
        for (std::string_view c : closers) {
            if (ends_with(s, c)) { s.remove_suffix(c.size()); again = true; }
        }
    }
    return s;
}

}  // namespace

std::size_t count_words(std::string_view text) { return count_words_up_to(text, static_cast<std::size_t>(-1)); }

std::size_t count_words_up_to(std::string_view text, std::size_t limit) {
    std::size_t words = 0;
    bool in_word = false;
    // Checked once per step (eight bytes or one character): a step adds at
    // most eight words, and the result is capped at limit.
    for (std::size_t i = 0; i < text.size() && words < limit;) {
        // Eight ASCII bytes at once: a word starts at each non-space byte
        // that follows a space (or, for the first byte, when not in a word).
        if (i + swar::kWordBytes <= text.size()) {
            if (const std::uint64_t w = swar::load(text.data() + i); swar::all_ascii(w)) {
                const std::uint64_t spaces = swar::bytes_equal(w, ' ');
                const std::uint64_t after_space = (spaces << 8) | (in_word ? 0 : 0x80);
                words += static_cast<std::size_t>(swar::count(~spaces & after_space & swar::kHighBits));
                in_word = (spaces >> 56) == 0;  // last byte not a space
                i += swar::kWordBytes;
                continue;
            }
        }
        // ASCII fast path: no decoding, never CJK.
        if (const auto b = static_cast<unsigned char>(text[i]); b < 0x80) {
            if (b == ' ') in_word = false;
            else if (!in_word) { ++words; in_word = true; }
            ++i;
            continue;
        }
        const char32_t cp = next_code_point(text, i);
        if (is_cjk(cp)) { ++words; in_word = false; }
        else if (cp == ' ') in_word = false;
        else if (!in_word) { ++words; in_word = true; }
    }
    return std::min(words, limit);
}

bool more_words_than(std::string_view text, std::size_t n) { return count_words_up_to(text, n + 1) > n; }

bool ends_with_sentence_end(std::string_view text) {
    const std::string_view s = strip_closers(text);
    if (s.empty()) return false;
    // The ASCII ends by their byte; the others end with a non-ASCII byte.
    const auto last = static_cast<unsigned char>(s.back());
    if (last == '.' || last == '!' || last == '?') return true;
    if (last < 0x80) return false;
    static constexpr std::string_view ends[] = {"\u2026", "\u3002", "\uFF01", "\uFF1F"};
    for (std::string_view e : ends) if (ends_with(s, e)) return true;
    return false;
}

bool ends_with_ellipsis(std::string_view text) {
    const std::string_view s = strip_closers(text);
    return ends_with(s, "...") || ends_with(s, "\u2026");
}

double cjk_share(std::string_view text) {
    std::size_t total = 0, cjk = 0;
    for (std::size_t i = 0; i < text.size();) {
        // Eight ASCII bytes: eight code points, none CJK.
        if (i + swar::kWordBytes <= text.size() && swar::all_ascii(swar::load(text.data() + i))) {
            total += swar::kWordBytes;
            i += swar::kWordBytes;
            continue;
        }
        ++total;
        // ASCII fast path: one byte, never CJK.
        if (static_cast<unsigned char>(text[i]) < 0x80) { ++i; continue; }
        cjk += is_cjk(next_code_point(text, i));
    }
    return total == 0 ? 0.0 : static_cast<double>(cjk) / static_cast<double>(total);
}

std::optional<int> parse_reading_time(std::string_view t) {
    if (t.size() > kReadingTimeMaxChars) return std::nullopt;
    std::size_t i = 0;
    static constexpr std::string_view cjk_prefixes[] = {"\u9605\u8BFB", "\u95B1\u8B80"};  // 阅读 / 閱讀
    // Labelled forms: "Tempo de leitura: 1 minuto", "Lesezeit: 4 Min.".
    static constexpr std::string_view labels[] = {"reading time", "read time", "lesezeit", "tempo de leitura",
                                                  "temps de lecture", "tiempo de lectura", "tempo di lettura",
                                                  "время чтения"};
    // A reading time opens with a digit, a space, a prefix or a label: a
    // text opening otherwise is none (most are), without comparing.
    static constexpr ByteSet kPrefixFirst = ByteSet::first_bytes(cjk_prefixes), kLabelFirst = ByteSet::first_bytes(labels);
    if (t.empty() || !(std::isdigit(static_cast<unsigned char>(t[0])) || t[0] == ' ' || kPrefixFirst.contains(t[0]) ||
                       kLabelFirst.contains(t[0])))
        return std::nullopt;
    for (std::string_view p : cjk_prefixes) {
        if (t.substr(0, p.size()) == p) { i = p.size(); break; }
    }
    for (std::string_view p : labels) {
        if (t.starts_with(p)) {
            i = p.size();
            while (i < t.size() && t[i] == ' ') ++i;
            if (i < t.size() && t[i] == ':') ++i;
            break;
        }
    }
    while (i < t.size() && t[i] == ' ') ++i;
    std::size_t digits = i;
    while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
    if (digits == i || digits - i > 3) return std::nullopt;
    const int minutes = std::stoi(std::string(t.substr(i, digits - i)));
    std::string_view rest = t.substr(digits);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    static const std::string_view units[] = {"min", "мин", "\u5206\u949F", "\u5206\u9418", "\u5206"};
    for (std::string_view u : units) {
        if (rest.substr(0, u.size()) == u) return minutes;
    }
    return std::nullopt;
}

bool has_link_token(std::string_view text) {
    // "http://" and "https://" are found by their "//", rarer in text than
    // the 'h' a search for them would stop at.
    for (std::size_t slashes = text.find("//"); slashes != std::string_view::npos;
         slashes = text.find("//", slashes + 1)) {
        const std::string_view before = text.substr(0, slashes);
        if (before.ends_with("http:") || before.ends_with("https:")) return true;
    }
    return text.find("www.") != std::string_view::npos;
}

std::size_t find_last(std::string_view text, std::string_view needle) {
    if (needle.empty()) return text.size();  // rfind's answer for an empty needle
    if (needle.size() > text.size()) return std::string_view::npos;
    for (std::size_t pos = text.size() - needle.size() + 1; pos-- > 0;) {
        // First byte first: the full comparison only where it can match.
        if (text[pos] == needle[0] && text.compare(pos, needle.size(), needle) == 0) return pos;
    }
    return std::string_view::npos;
}

std::string_view strip_trailing_punctuation(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    for (bool again = true; again;) {
        again = false;
        static constexpr ByteSet kTrailing(" .:!|>-");
        while (!s.empty() && kTrailing.contains(s.back())) {
            s.remove_suffix(1);
            again = true;
        }
        // The marks below end with a non-ASCII byte.
        if (s.empty() || static_cast<unsigned char>(s.back()) < 0x80) break;
        for (std::string_view c : {std::string_view("\u00BB"), std::string_view("\u2026"), std::string_view("\uFF1A")}) {
            if (ends_with(s, c)) { s.remove_suffix(c.size()); again = true; }
        }
    }
    return s;
}

}  // namespace artnorm
