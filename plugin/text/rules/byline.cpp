// Rule "byline": the first segment near the headline (kBylineAfter segments
// below it, kBylineBefore above; the first kBylineTopWindow segments when
// there is no headline) that passes rule "byline line" (meta_lines.hpp:
// short, parse_byline accepts it once a date is cut off: "By Jane Doe | Nov
// 2, 2023") names the authors; so does a marker alone followed by the names
// (rule "split byline": "By" / "Jane Doe"), and names with their publisher
// right above a dateline (rule "publisher byline": "Jane Doe Example Today" /
// "Published 2:16 AM EST Nov 20, 2019").
#include <algorithm>

#include "text/rules/meta_lines.hpp"
#include "text/rules/rules.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kBylineAfter = 10;
constexpr std::size_t kBylineBefore = 3;
constexpr std::size_t kBylineTopWindow = 30;

bool try_byline(TextDocument& doc, Article& article, std::size_t i) {
    if (!doc.unassigned(i) && doc.roles[i] != Role::metadata) return false;
    std::vector<std::string> authors = byline_authors(doc.segments[i].text);
    if (authors.empty() && i + 1 < doc.size() && doc.unassigned(i + 1)) {
        authors = split_byline_authors(doc.segments[i].text, doc.segments[i + 1].text);
        if (!authors.empty()) doc.roles[i + 1] = Role::metadata;
    }
    if (authors.empty() && i + 1 < doc.size()) {
        authors = publisher_byline_authors(doc.segments[i].text, doc.segments[i + 1].text);
    }
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
