// Site names in titles. Rules, tried in order:
//  * rule "site suffix": "Headline - Site", split at the LAST separator
//    (" - ", " – ", " — ", " | ", " :: ", " · ", " • ", " // "), so that
//    "Headline - Section - Site" keeps "Headline - Section";
//  * rule "site prefix": "Site | Headline", split at the FIRST separator,
//    stricter: the site part is ≤ 4 capitalized words and not a kicker
//    ("Opinion", "Live", "Exclusive"...), the headline at least twice as long;
//  * rule "domain prefix": "Example.com: Headline" — a colon splits only
//    after something that looks like a domain, because "Name: quote" and
//    "Topic: subtitle" are ordinary headlines.
// In every rule the site part is short (≤ 5 words, ≤ 40 characters) and the
// headline longer than it; otherwise the title is left whole.
#include "metadata/site_name.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "unicode/locale.hpp"
#include "unicode/words.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kMaxSiteWords = 5;
constexpr std::size_t kMaxSiteChars = 40;
constexpr std::size_t kMaxPrefixSiteWords = 4;
constexpr std::size_t kPrefixHeadlineFactor = 2;  // headline ≥ 2 × site (characters)
constexpr std::size_t kMinPrefixHeadlineWords = 3;

constexpr std::array<std::string_view, 10> kSeparators = {
    " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " // ",
    " \xC2\xBB ", " \xE2\x80\xBA "};

// Section labels that lead headlines; they are no site names.
constexpr std::string_view kKickers =
    " opinion analysis exclusive breaking live video watch listen update updated review interview "
    "explainer photos podcast editorial comment quiz poll factbox obituary meinung kommentar analyse "
    "exklusiv liveticker tribune édito direct vidéo opinión análisis exclusiva directo opinione "
    "diretta мнение видео онлайн ";

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::size_t char_count(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::size_t word_count(std::string_view s) { return split_words(s).size(); }

bool short_site(std::string_view site) {
    const std::size_t words = word_count(site);
    return words >= 1 && words <= kMaxSiteWords && char_count(site) <= kMaxSiteChars;
}

bool is_kicker(std::string_view site) {
    const std::string folded = " " + fold_case(site) + " ";
    return kKickers.find(folded) != std::string_view::npos;
}

bool capitalized_words(std::string_view site) {
    for (std::string_view w : split_words(site)) {
        const CodePoint cp = decode_utf8(w, 0);
        if (cp.value < 0x80 ? (cp.value >= 'a' && cp.value <= 'z')
                            : fold_case(w.substr(0, cp.length)) == w.substr(0, cp.length) &&
                                  (script_of(cp.value) == Script::latin || script_of(cp.value) == Script::cyrillic ||
                                   script_of(cp.value) == Script::greek))
            return false;
    }
    return true;
}

bool looks_like_domain(std::string_view s) {
    const std::size_t dot = s.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 2 > s.size()) return false;
    const std::string_view tld = s.substr(dot + 1);
    return s.find(' ') == std::string_view::npos &&
           std::all_of(tld.begin(), tld.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
}

TitleParts whole(std::string_view title) { return {std::string(title), {}}; }

std::optional<TitleParts> site_suffix(std::string_view title) {
    std::size_t best = std::string_view::npos, length = 0;
    for (std::string_view sep : kSeparators) {
        const std::size_t at = title.rfind(sep);
        if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) {
            best = at;
            length = sep.size();
        }
    }
    if (best == std::string_view::npos) return std::nullopt;
    const std::string_view headline = trim(title.substr(0, best));
    const std::string_view site = trim(title.substr(best + length));
    if (!short_site(site) || char_count(headline) <= char_count(site)) return std::nullopt;
    return TitleParts{std::string(headline), std::string(site)};
}

std::optional<TitleParts> prefix_split(std::string_view site, std::string_view headline) {
    site = trim(site);
    headline = trim(headline);
    const bool ok = short_site(site) && word_count(site) <= kMaxPrefixSiteWords && !is_kicker(site) &&
                    char_count(headline) >= kPrefixHeadlineFactor * char_count(site) &&
                    word_count(headline) >= kMinPrefixHeadlineWords;
    if (!ok) return std::nullopt;
    return TitleParts{std::string(headline), std::string(site)};
}

std::optional<TitleParts> site_prefix(std::string_view title) {
    std::size_t best = std::string_view::npos, length = 0;
    for (std::string_view sep : kSeparators) {
        const std::size_t at = title.find(sep);
        if (at != std::string_view::npos && at < best) {
            best = at;
            length = sep.size();
        }
    }
    if (best == std::string_view::npos) return std::nullopt;
    const std::string_view site = title.substr(0, best);
    if (!capitalized_words(site)) return std::nullopt;
    return prefix_split(site, title.substr(best + length));
}

std::optional<TitleParts> domain_prefix(std::string_view title) {
    const std::size_t colon = title.find(": ");
    if (colon == std::string_view::npos || !looks_like_domain(trim(title.substr(0, colon)))) return std::nullopt;
    return prefix_split(title.substr(0, colon), title.substr(colon + 2));
}

}  // namespace

TitleParts split_site_name(std::string_view title) {
    title = trim(title);
    if (auto parts = site_suffix(title)) return *parts;
    if (auto parts = site_prefix(title)) return *parts;
    if (auto parts = domain_prefix(title)) return *parts;
    return whole(title);
}

}  // namespace artnorm
