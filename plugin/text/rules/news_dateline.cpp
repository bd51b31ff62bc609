// Rule "news-dateline-lead": the first paragraph of a news report opens with
// its dateline - a place in capitals, optionally a region and the agency in
// parentheses, then a dash: "ST. JOSEPH, Mich. (AP) — ...", "LONDON
// (Reuters) - ...", "WASHINGTON — ...". Such a paragraph is article text
// even when its names leave it few stopwords: rule "body" makes a bad one
// near-good (the context pass then decides). The dateline is what comes
// before the first dash (" — ", " – ", " -- ", " - ") within kNewsDatelineMaxBytes
// bytes, at most kNewsDatelineMaxWords words; its first word is in capitals
// (at least two letters, ASCII; "ST." and "SAN" count) and every word of
// it starts with a capital, a parenthesis or is a region abbreviation.
#include "text/rules/news_dateline.hpp"
#include "text/space_pieces.hpp"

#include <cctype>

namespace artnorm {
namespace {

constexpr std::string_view kDashes[] = {" \u2014 ", " \u2013 ", " -- ", " - "};

bool capitals_word(std::string_view w) {
    std::size_t letters = 0;
    for (char c : w) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalpha(u)) {
            if (!std::isupper(u)) return false;
            ++letters;
        } else if (c != '.' && c != ',' && c != '\'' && c != '-') {
            return false;
        }
    }
    return letters >= 2;
}

}  // namespace

bool opens_with_news_dateline(std::string_view text) {
    std::size_t dash = std::string_view::npos;
    for (std::string_view d : kDashes) {
        const std::size_t at = text.find(d);
        if (at != std::string_view::npos && at < dash) dash = at;
    }
    if (dash == std::string_view::npos || dash == 0 || dash > kNewsDatelineMaxBytes) return false;
    const std::string_view head = text.substr(0, dash);
    std::size_t words = 0;
    const bool dateline_shaped = for_each_space_piece(head, [&](std::string_view w) {
        if (w.empty()) return true;
        ++words;
        if (words == 1) return capitals_word(w);
        const auto c = static_cast<unsigned char>(w.front());
        return std::isupper(c) || c == '(';
    });
    return dateline_shaped && words >= 1 && words <= kNewsDatelineMaxWords;
}

}  // namespace artnorm
