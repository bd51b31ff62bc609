// Rule part "body-like": a segment of article prose - unassigned, at least
// kBodyLikeMinChars bytes, ending a sentence. Menus, teasers, labels and
// captions rarely are; several rules take the first one as the start of the
// article (headline evidence, caption windows, article-end markers).
#pragma once

#include <cstddef>

#include "text/document.hpp"
#include "text/text_features.hpp"

namespace artnorm {

inline constexpr std::size_t kBodyLikeMinChars = 100;

inline bool body_like(const TextDocument& doc, std::size_t i) {
    return doc.unassigned(i) && doc.segments[i].text.size() >= kBodyLikeMinChars &&
           ends_with_sentence_end(doc.segments[i].text);
}

// For the rules that end the article ("Leave a Reply", "34 responses to
// ...", "More from <Publisher>"): after the first body-like segment, each
// unassigned segment i with is_end(i) gets `role` and ends the body. Above
// the article the same lines are menus and teasers, so they are left alone.
template <typename IsEnd>
void mark_article_ends(TextDocument& doc, Role role, const IsEnd& is_end) {
    bool after_body = false;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (!after_body) {
            after_body = body_like(doc, i);
            continue;
        }
        if (doc.unassigned(i) && is_end(i)) {
            doc.roles[i] = role;
            doc.ends_body[i] = true;
        }
    }
}

}  // namespace artnorm
