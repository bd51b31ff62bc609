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
    // Rule "body" counted the body's evidence from its own word pass.
    if (doc.body_language && !article.body.empty()) {
        article.language = *doc.body_language;
        return;
    }
    LanguageSample sample;  // not one string: the body can be as large as the input
    for (const BodyBlock& b : article.body) {
        sample.append(b.text);
        for (const std::string& item : b.items) { sample.append_folded(" "); sample.append(item); }
        sample.append_folded("\n");
    }
    if (article.body.empty()) {
        for (const Segment& s : doc.segments) { sample.append(s.text); sample.append_folded("\n"); }
    }
    article.language = sample.detect().code;
}

}  // namespace artnorm
