// Rule "language": the forced language (option) when set, else the language
// detect_language finds in the body text (all remaining text when the body is
// empty); left empty when undetermined.
#include "metadata/language.hpp"
#include "text/rules/rules.hpp"

namespace artnorm {

void apply_language(TextDocument& doc, Article& article, std::string_view forced) {
    if (!forced.empty()) {
        article.language = std::string(forced);
        return;
    }
    std::string sample;
    std::size_t sample_bytes = 0;  // reserved up front: no doubling growth on long pages
    for (const BodyBlock& b : article.body) {
        sample_bytes += b.text.size() + 1;
        for (const std::string& item : b.items) sample_bytes += item.size() + 1;
    }
    sample.reserve(sample_bytes);
    for (const BodyBlock& b : article.body) {
        sample += b.text;
        for (const std::string& item : b.items) { sample += ' '; sample += item; }
        sample += '\n';
    }
    if (sample.empty()) {
        for (const Segment& s : doc.segments) { sample += s.text; sample += '\n'; }
    }
    article.language = detect_language(sample).code;
}

}  // namespace artnorm
