// Rule "related-link-line": one-line links to other articles inside or
// after an article: "Related: Water Plumes on Europa", "SEE MORE: Hong Kong
// protests", "Also: See our coverage", "Lesen Sie auch: ...", "Читайте
// также: ...". A segment of at most kLinkLineMaxWords words that starts
// with a related header (phrases::kRelatedHeaders) or a link label
// (phrases::kLinkLinePrefixes) directly followed by a colon, with a title of
// at least kLinkTitleMinWords words after it, is a RelatedLink and leaves the
// body; it does not end the body (such lines sit between paragraphs).
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kLinkLineMaxWords = 20;
constexpr std::size_t kLinkTitleMinWords = 2;

// Byte length of the label plus its colon when folded starts with one.
std::size_t label_length(std::string_view folded) {
    if (folded.find(':') == std::string_view::npos) return 0;  // cheap: most lines have no colon
    const auto match = [&](std::string_view label) -> std::size_t {
        if (folded[0] != label[0] || !folded.starts_with(label)) return 0;
        std::string_view rest = folded.substr(label.size());
        std::size_t spaces = 0;
        while (spaces < rest.size() && rest[spaces] == ' ') ++spaces;
        return rest.substr(spaces).starts_with(':') ? label.size() + spaces + 1 : 0;
    };
    for (std::string_view p : phrases::kRelatedHeaders) if (std::size_t n = match(p)) return n;
    for (std::string_view p : phrases::kLinkLinePrefixes) if (std::size_t n = match(p)) return n;
    return 0;
}

}  // namespace

std::optional<std::string> related_link_title(std::string_view text, std::string_view folded) {
    if (text.size() != folded.size()) return std::nullopt;
    // The label first: most lines have none, and it is cheaper than counting words.
    const std::size_t n = label_length(folded);
    if (n == 0 || more_words_than(text, kLinkLineMaxWords)) return std::nullopt;
    std::string title = collapse_whitespace(text.substr(n));
    if (count_words(title) < kLinkTitleMinWords) return std::nullopt;
    return title;
}

void apply_related_link_lines(TextDocument& doc, Article& article) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (!doc.unassigned(i)) continue;
        if (auto title = related_link_title(doc.segments[i].text, doc.folded[i])) {
            RelatedLink link;
            link.title = std::move(*title);
            article.related.push_back(std::move(link));
            doc.roles[i] = Role::related;
        }
    }
}

}  // namespace artnorm
