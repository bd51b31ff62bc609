// Rule "updated-line": a short segment that starts with an "Updated:" label
// (or "Last updated", "Aktualisiert", "Обновлено"... see
// phrases::kUpdatedPrefixes) or a "Published:" label (kPublishedPrefixes)
// carries a date fact. With a date (find_date; or a date without a year,
// completed by rule "page year", meta_lines.hpp) it sets updated / published
// (published only when not known yet); an empty label ("Updated:" with
// nothing after it) is dropped as noise. Either way the segment leaves the
// text. Only segments of at most kUpdatedLineMaxChars bytes qualify.
#include <span>

#include "metadata/dates.hpp"
#include "text/rules/meta_lines.hpp"
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kUpdatedLineMaxChars = 80;

// Length of the label prefix of folded (label + optional ':'), 0 if none.
std::size_t label_length(std::string_view folded, std::span<const std::string_view> labels) {
    std::size_t best = 0;
    for (std::string_view p : labels) {
        if (p.size() > best && starts_with_phrase(folded, p)) best = p.size();
    }
    return best;
}

}  // namespace

void apply_updated_line(TextDocument& doc, Article& article) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (!doc.unassigned(i) || doc.folded[i].size() > kUpdatedLineMaxChars) continue;
        const std::string_view folded = doc.folded[i];
        const std::size_t updated = label_length(folded, phrases::kUpdatedPrefixes);
        const std::size_t published = updated ? 0 : label_length(folded, phrases::kPublishedPrefixes);
        const std::size_t label = updated ? updated : published;
        if (label == 0) continue;
        std::string_view rest = std::string_view(doc.segments[i].text).substr(label);
        while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
        // "Date" alone, "Posted" alone: a label needs a colon or a date to count.
        const bool had_colon = doc.segments[i].text.find(':') != std::string::npos;
        if (rest.empty() && !had_colon) continue;
        if (rest.empty()) {
            doc.roles[i] = Role::boilerplate;
            continue;
        }
        std::optional<DateTime> date;
        if (const auto full = find_date(rest)) {
            date = full->value;
        } else if (const auto partial = find_yearless_date(rest)) {
            date = complete_year(doc, i, partial->value);  // rule "page year"
        }
        if (!date) continue;
        const std::string iso = date->iso();
        if (iso.empty()) continue;
        if (updated) {
            article.updated = iso;
        } else if (article.published.empty()) {
            article.published = iso;
        }
        doc.roles[i] = Role::metadata;
    }
}

}  // namespace artnorm
