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
// Long segments are never boilerplate by phrase: body text may quote these.
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kBoilerplateMaxChars = 200;
constexpr std::size_t kBannerMaxWords = 8;

}  // namespace

bool is_boilerplate_phrase(std::string_view folded) {
    if (folded.size() > kBoilerplateMaxChars) return false;
    const std::string_view core = strip_trailing_punctuation(folded);
    for (std::string_view p : phrases::kBoilerplateExact) if (core == p) return true;
    if (count_words(folded) <= kBannerMaxWords) {
        for (std::string_view p : phrases::kBoilerplatePrefixes) {
            if (folded.substr(0, p.size()) == p) return true;
        }
    }
    for (std::string_view p : phrases::kBoilerplateContains) {
        if (folded.find(p) != std::string_view::npos) return true;
    }
    return false;
}

void apply_boilerplate_phrases(TextDocument& doc, Article&) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.unassigned(i) && is_boilerplate_phrase(doc.folded[i])) doc.roles[i] = Role::boilerplate;
    }
}

}  // namespace artnorm
