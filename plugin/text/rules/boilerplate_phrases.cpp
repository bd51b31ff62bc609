// Rule "boilerplate-phrases": short segments that are donation, subscription,
// cookie, newsletter, share, menu, login, advertisement, "Read more" or
// copyright lines are boilerplate. Matched on case-folded text against the
// multilingual tables in rules/phrases.hpp:
//  - kBoilerplateExact: the whole segment (trailing punctuation ignored);
//  - kBoilerplatePrefixes: the segment starts with the phrase and has at most
//    kBannerMaxWords words (so "Support for the bill grew in the Senate after
//    weeks of talks" is not a banner);
//  - kBoilerplateContains: anywhere in a segment of at most
//    kBoilerplateMaxChars bytes.
//  - part "social-icons": a segment whose words (at least kSocialIconsMinWords)
//    are all social network names (kSocialNetworks): "twitter linkedin
//    facebook instagram", "Facebook Twitter Email".
//  - part "follow-line": a segment of at most kFollowLineMaxWords words
//    that starts with a follow verb (kFollowVerbs) and names a social
//    network: "Follow Newsbeat on Instagram, Facebook and Twitter".
// Long segments are never boilerplate by phrase: body text may quote these;
// the exception is part "copyright-line": a segment that starts with "©"
// (or "Copyright ©") is a footer up to kCopyrightMaxChars bytes.
#include "text/phrase_match.hpp"
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/space_pieces.hpp"
#include "text/text_features.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kBoilerplateMaxChars = 200;
constexpr std::size_t kBannerMaxWords = 8;
constexpr std::size_t kCopyrightMaxChars = 800;
constexpr std::size_t kFollowLineMaxWords = 25;
// "vk", "rss", "line" are too short to find inside a line.
constexpr std::size_t kNetworkNameMinBytes = 5;
constexpr std::size_t kSocialIconsMinWords = 2;

bool social_icons(std::string_view folded) {
    std::size_t words = 0;
    const bool all_known = for_each_space_piece(folded, [&](std::string_view piece) {
        const std::string_view w = strip_trailing_punctuation(piece);
        if (w.empty()) return true;
        bool known = false;
        for (std::string_view n : phrases::kSocialNetworks) known = known || w == n;
        words += known ? 1 : 0;
        return known;
    });
    return all_known && words >= kSocialIconsMinWords;
}

bool follow_line(std::string_view folded) {
    bool verb = false;
    for (std::string_view v : phrases::kFollowVerbs) verb = verb || starts_with_phrase(folded, v);
    if (!verb || more_words_than(folded, kFollowLineMaxWords)) return false;
    for (std::string_view n : phrases::kSocialNetworks) {
        if (n.size() >= kNetworkNameMinBytes && folded.find(n) != std::string_view::npos) return true;
    }
    return false;
}

}  // namespace

bool is_boilerplate_phrase(std::string_view folded) {
    if (folded.size() <= kCopyrightMaxChars && (folded.starts_with("\u00A9") || folded.starts_with("copyright \u00A9"))) {
        return true;
    }
    if (folded.size() > kBoilerplateMaxChars) return false;
    const std::string_view core = strip_trailing_punctuation(folded);
    static const PhrasesByFirstByte exact(phrases::kBoilerplateExact), prefixes(phrases::kBoilerplatePrefixes);
    if (exact.equal_to_one(core)) return true;
    if (prefixes.prefix_of(folded) && !more_words_than(folded, kBannerMaxWords)) return true;
    if (social_icons(folded) || follow_line(folded)) return true;
    static const ContainedPhrases contained(phrases::kBoilerplateContains);
    return contained.found_in(folded);
}

void apply_boilerplate_phrases(TextDocument& doc, Article&) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.unassigned(i) && is_boilerplate_phrase(doc.folded[i])) doc.roles[i] = Role::boilerplate;
    }
}

}  // namespace artnorm
