// Rule "date-header": scrapers prefix the saved text with "date YYYY-MM-DD".
// A leading `date` token followed by an ISO date (optionally with a time)
// becomes the published date; the rest of that first segment stays a segment
// of its own (it is usually a banner and left to the other rules).
#include <cctype>

#include "text/rules/rules.hpp"
#include "unicode/locale.hpp"

namespace artnorm {
namespace {

constexpr std::string_view kHeaderToken = "date ";
constexpr std::size_t kIsoDateLength = 10;  // YYYY-MM-DD

bool is_iso_date(std::string_view s) {
    if (s.size() < kIsoDateLength) return false;
    for (std::size_t i = 0; i < kIsoDateLength; ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return s.size() == kIsoDateLength || s[kIsoDateLength] == ' ' || s[kIsoDateLength] == 'T';
}

}  // namespace

void apply_date_header(TextDocument& doc, Article& article) {
    if (doc.size() == 0) return;
    Segment& first = doc.segments[0];
    if (first.text.substr(0, kHeaderToken.size()) != kHeaderToken) return;
    std::string_view rest = std::string_view(first.text).substr(kHeaderToken.size());
    if (!is_iso_date(rest)) return;
    // Keep a time only in its complete ISO form ("THH:MM"); otherwise the day.
    std::size_t end = kIsoDateLength;
    if (rest.size() >= 16 && rest[10] == 'T') {
        end = rest.find(' ', kIsoDateLength);
        if (end == std::string_view::npos) end = rest.size();
    }
    article.published = std::string(rest.substr(0, end));
    rest.remove_prefix(end);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty()) {
        doc.roles[0] = Role::metadata;
        return;
    }
    first.text = std::string(rest);
    doc.folded.replace(0, fold_case(first.text));
}

}  // namespace artnorm
