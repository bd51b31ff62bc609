// Rule "byline": the first segment near the headline (kBylineAfter segments
// below it, kBylineBefore above; the first kBylineTopWindow segments when
// there is no headline) that parse_byline accepts names the authors. Only
// segments of at most kBylineMaxChars bytes are tried; a date on the same
// line is cut off first ("By Jane Doe | Nov 2, 2023").
#include <algorithm>

#include "metadata/byline.hpp"
#include "metadata/dates.hpp"
#include "text/rules/rules.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kBylineAfter = 10;
constexpr std::size_t kBylineBefore = 3;
constexpr std::size_t kBylineTopWindow = 30;
constexpr std::size_t kBylineMaxChars = 150;

bool try_byline(TextDocument& doc, Article& article, std::size_t i) {
    if ((!doc.unassigned(i) && doc.roles[i] != Role::metadata) || doc.segments[i].text.size() > kBylineMaxChars) {
        return false;
    }
    std::string text = doc.segments[i].text;
    if (const auto date = find_date(text)) text = text.substr(0, date->begin) + " " + text.substr(date->end);
    const std::vector<std::string> authors = parse_byline(collapse_whitespace(text));
    if (authors.empty()) return false;
    for (const std::string& a : authors) {
        std::string name = collapse_whitespace(a);
        if (!name.empty() && std::find(article.authors.begin(), article.authors.end(), name) == article.authors.end()) {
            article.authors.push_back(std::move(name));
        }
    }
    doc.roles[i] = Role::metadata;
    return true;
}

}  // namespace

void apply_byline(TextDocument& doc, Article& article) {
    if (doc.headline == TextDocument::npos) {
        for (std::size_t i = 0; i < doc.size() && i < kBylineTopWindow; ++i) {
            if (try_byline(doc, article, i)) return;
        }
        return;
    }
    for (std::size_t i = doc.headline + 1; i < doc.size() && i <= doc.headline + kBylineAfter; ++i) {
        if (try_byline(doc, article, i)) return;
    }
    for (std::size_t k = 1; k <= kBylineBefore && k <= doc.headline; ++k) {
        if (try_byline(doc, article, doc.headline - k)) return;
    }
}

}  // namespace artnorm
