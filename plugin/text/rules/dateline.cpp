// Rule "dateline": a short segment near the headline that is mostly a date
// ("Nov. 2, 2023", "18 NOV 2019", "2. November 2023, 14:05 Uhr") gives the
// published date when none is known yet. Searched from the headline down
// kDatelineAfter segments, then up kDatelineBefore segments, then further
// down to kDatelineFarAfter (or the first kDatelineTopWindow segments when
// there is no headline). The segment must
// pass rule "dateline line" (meta_lines.hpp: short, mostly a date; a name or
// a place may share the line) or rule "yearless dateline" ("November 20":
// the year comes from the nearest full date of the page, rule "page year").
// An updated part on the same line ("... | Updated Nov 19, 2019 | 9:32pm")
// gives the updated date.
#include "text/rules/meta_lines.hpp"
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kDatelineAfter = 10;
constexpr std::size_t kDatelineBefore = 4;
// Author boxes and comment forms can push the dateline further down
// ("View author archive", "Get author RSS feed"...): searched last.
constexpr std::size_t kDatelineFarAfter = 16;
constexpr std::size_t kDatelineTopWindow = 40;

bool try_dateline(TextDocument& doc, Article& article, std::size_t i) {
    if (!doc.unassigned(i)) return false;
    std::optional<DateTime> date;
    if (const auto match = dateline_date(doc.segments[i].text)) {
        date = match->value;
    } else {
        date = yearless_dateline_date(doc, i);
    }
    if (!date) return false;
    if (article.published.empty()) article.published = date->iso();
    // "Nov 19, 2019 | 4:20am | Updated Nov 19, 2019 | 9:32pm": the updated
    // part (rule "inner label").
    const std::string_view text = doc.segments[i].text;
    if (const std::size_t at = inner_label_at(text, phrases::kUpdatedPrefixes);
        at != std::string_view::npos && article.updated.empty()) {
        if (const auto updated = find_date(text.substr(at))) article.updated = updated->value.iso();
    }
    doc.roles[i] = Role::metadata;
    return true;
}

}  // namespace

void apply_dateline(TextDocument& doc, Article& article) {
    if (!article.published.empty()) return;
    if (doc.headline == TextDocument::npos) {
        for (std::size_t i = 0; i < doc.size() && i < kDatelineTopWindow; ++i) {
            if (try_dateline(doc, article, i)) return;
        }
        return;
    }
    for (std::size_t i = doc.headline + 1; i < doc.size() && i <= doc.headline + kDatelineAfter; ++i) {
        if (try_dateline(doc, article, i)) return;
    }
    for (std::size_t k = 1; k <= kDatelineBefore && k <= doc.headline; ++k) {
        if (try_dateline(doc, article, doc.headline - k)) return;
    }
    for (std::size_t i = doc.headline + kDatelineAfter + 1; i < doc.size() && i <= doc.headline + kDatelineFarAfter; ++i) {
        if (try_dateline(doc, article, i)) return;
    }
}

}  // namespace artnorm
