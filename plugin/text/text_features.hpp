// Small measurements of one segment's text, shared by the rules.
#pragma once

#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace artnorm {

// Words separated by spaces; each CJK/kana/hangul character counts as one
// word (those scripts do not separate words by spaces).
std::size_t count_words(std::string_view text);
// min(count_words(text), limit), stopping once limit words are seen: the
// rules mostly ask whether a line is short.
std::size_t count_words_up_to(std::string_view text, std::size_t limit);
// count_words(text) > n, reading no further than needed.
bool more_words_than(std::string_view text, std::size_t n);

// Ends with . ! ? … 。 ！ ？ (optionally followed by closing quotes/brackets).
bool ends_with_sentence_end(std::string_view text);

// Ends with "..." or "…" (teaser summaries are cut this way).
bool ends_with_ellipsis(std::string_view text);

// Share of CJK/kana/hangul characters among the code points (0..1).
double cjk_share(std::string_view text);

// Rule "reading-time": "4 min read", "4 Min read", "4 Min. Lesezeit", "4 мин",
// "4 min de lectura", "4 minutes", "阅读 4 分钟", "Tempo de leitura: 1 minuto",
// "Lesezeit: 4 Min." as a whole short segment
// (at most kReadingTimeMaxChars bytes) -> minutes.
std::optional<int> parse_reading_time(std::string_view folded_text);
inline constexpr std::size_t kReadingTimeMaxChars = 40;

// Holds a URL-like token ("http", "www.", "@handle") - the plain-text stand-in
// for link density.
bool has_link_token(std::string_view text);

// Starts with prefix (both already case-folded) followed by the end, a space
// or punctuation: "read more" matches "read more:" but not "read moreover".
// A few bytes to look for: find_in(text, from) is text.find_first_of(bytes,
// from) without libstdc++'s memchr call over the set for every byte of text.
class ByteSet {
public:
    constexpr explicit ByteSet(std::string_view bytes) {
        for (char c : bytes) set_[static_cast<unsigned char>(c)] = true;
    }
    // The bytes marks start (end) with: a text that starts (ends) with none
    // of them starts (ends) with no mark, and needs no comparison with each.
    static constexpr ByteSet first_bytes(std::span<const std::string_view> marks) {
        ByteSet set;
        for (std::string_view m : marks) if (!m.empty()) set.set_[static_cast<unsigned char>(m.front())] = true;
        return set;
    }
    static constexpr ByteSet last_bytes(std::span<const std::string_view> marks) {
        ByteSet set;
        for (std::string_view m : marks) if (!m.empty()) set.set_[static_cast<unsigned char>(m.back())] = true;
        return set;
    }
    constexpr bool contains(char c) const { return set_[static_cast<unsigned char>(c)]; }
    constexpr std::size_t find_in(std::string_view text, std::size_t from = 0) const {
        for (std::size_t i = from; i < text.size(); ++i) {
            if (contains(text[i])) return i;
        }
        return std::string_view::npos;
    }

private:
    constexpr ByteSet() = default;
    std::array<bool, 256> set_{};
};

// Inline: the rules try it against long phrase lists, and most calls end at
// the first byte.
inline bool starts_with_phrase(std::string_view t, std::string_view p) {
    if (t.size() < p.size() || (!p.empty() && t[0] != p[0])) return false;
    if (t.substr(0, p.size()) != p) return false;
    if (t.size() == p.size()) return true;
    const auto next = static_cast<unsigned char>(t[p.size()]);
    return next < 0x80 && !std::isalnum(next);
}

// Position of the last occurrence of needle in text (npos when none): what
// std::string_view::rfind returns, without comparing at every position.
std::size_t find_last(std::string_view text, std::string_view needle);

// The text without leading/trailing spaces and trailing punctuation (.:!|»>).
std::string_view strip_trailing_punctuation(std::string_view text);

}  // namespace artnorm
