// Rule "updated-line": a short segment that starts with an "Updated:" label
// (or "Last updated", "Aktualisiert", "Обновлено"... see
// phrases::kUpdatedPrefixes) or a "Published:" label (kPublishedPrefixes)
// carries a date fact. With a date (find_date; or a date without a year,
// completed by rule "page year", meta_lines.hpp) it sets updated / published
// (published only when not known yet); an empty label ("Updated:" with
// nothing after it) is dropped as noise. A second label after a separator
// ("Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM") gives the other fact. Either way the segment leaves the
// text. Only segments of at most kUpdatedLineMaxChars bytes qualify.
#include "metadata/dates.hpp"
#include "text/phrase_match.hpp"
#include "text/rules/meta_lines.hpp"
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kUpdatedLineMaxChars = 80;

// Length of the label prefix of folded (label + optional ':'), 0 if none.
std::size_t updated_label_length(std::string_view folded) {
    static const PhrasesByFirstByte labels(phrases::kUpdatedPrefixes);
    return labels.longest_phrase_prefix(folded);
}

std::size_t published_label_length(std::string_view folded) {
    static const PhrasesByFirstByte labels(phrases::kPublishedPrefixes);
    return labels.longest_phrase_prefix(folded);
}

// The date of text in ISO form ("" when none): a full date, or one without
// a year completed by rule "page year".
std::string date_iso(const TextDocument& doc, std::size_t i, std::string_view text) {
    if (const auto full = find_date(text)) return full->value.iso();
    if (const auto partial = find_yearless_date(text)) {
        if (const auto date = complete_year(doc, i, partial->value)) return date->iso();
    }
    return {};
}

}  // namespace

void apply_updated_line(TextDocument& doc, Article& article) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (!doc.unassigned(i) || doc.folded[i].size() > kUpdatedLineMaxChars) continue;
        const std::string_view folded = doc.folded[i];
        const std::size_t updated = updated_label_length(folded);
        const std::size_t published = updated ? 0 : published_label_length(folded);
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
        // "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM": the other label's
        // part (rule "inner label") is read on its own.
        const std::size_t other = inner_label_at(rest, updated ? std::span<const std::string_view>(phrases::kPublishedPrefixes)
                                                               : std::span<const std::string_view>(phrases::kUpdatedPrefixes));
        const std::string iso = date_iso(doc, i, rest.substr(0, other));
        if (iso.empty()) continue;
        if (updated) {
            article.updated = iso;
        } else if (article.published.empty()) {
            article.published = iso;
        }
        if (other != std::string_view::npos) {
            const std::string second = date_iso(doc, i, rest.substr(other));
            std::string& fact = updated ? article.published : article.updated;
            if (!second.empty() && fact.empty()) fact = second;
        }
        doc.roles[i] = Role::metadata;
    }
}

}  // namespace artnorm
