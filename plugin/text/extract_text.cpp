// The text front end: clean -> segments -> rules -> Article.
//
// Failures: invalid UTF-8 with options.strict_utf8 -> Status::invalid_input
// (clean_input names the byte offset); input that holds no text once cleaned
// (empty, white space, controls only) -> Status::empty_input; text in which
// no article body is found -> Status::no_article.
#include "text/extract_text.hpp"

#include <string>
#include <utility>
#include <vector>

#include "html/charset.hpp"
#include "text/document.hpp"
#include "text/rules/rules.hpp"
#include "unicode/clean_input.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {

Expected<Article> extract_from_text(std::string_view original, const Options& options) {
    // Rule "text-charset": text is UTF-8 unless the caller names another
    // charset (option charset); then it is decoded from that charset first,
    // with the HTML front end's fallbacks for unknown or wrong names (rule
    // "charset-fallback", html/charset.hpp). No name or a UTF-8 name changes
    // nothing, so invalid bytes are still repaired and counted (or refused in
    // strict mode).
    std::string decoded;
    std::string_view input = original;
    if (!options.charset.empty() && !html::names_utf8(options.charset)) {
        decoded = html::decode_page(original, options.charset).text;
        input = decoded;
    }
    // Input that is clean already (the usual case) is split as it is: no
    // copy of it alive next to the segments (peak memory).
    const bool clean = is_clean_input(input);
    CleanText cleaned;
    if (!clean) {
        auto result = clean_input(input, options.strict_utf8);
        if (!result) return result.error();
        cleaned = std::move(result.value());
    }
    const std::string_view text = clean ? input : std::string_view(cleaned.text);
    if (is_blank(text)) {
        return Error{Status::empty_input, "the input holds no text (empty or white space only after clean-up)"};
    }
    Article article;
    article.provenance.format = "text";
    article.provenance.input_bytes = original.size();
    article.provenance.invalid_utf8_sequences = cleaned.invalid_utf8_sequences;
    article.provenance.removed_controls = cleaned.removed_controls;

    std::vector<Segment> segments = split_segments(text);
    // The segments own copies of their text: free the cleaned input before
    // their folded copies are made (it would otherwise add one input size to
    // peak memory).
    std::string().swap(cleaned.text);
    TextDocument doc = make_document(std::move(segments));
    apply_text_rules(doc, article, options.language);
    if (article.body.empty()) {
        return Error{Status::no_article, "no article body found in the text"};
    }
    return article;
}

}  // namespace artnorm
