// The state the text rules share: the segments of the page and what each
// rule decided about them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/folded_texts.hpp"
#include "text/segments.hpp"

namespace artnorm {

enum class Role {
    unassigned,
    boilerplate,  // navigation, banners, share/cookie/subscription lines
    metadata,     // consumed as a fact (date, byline, updated line)
    headline,
    figure,       // caption + credit
    tags,
    related,      // related-articles zone, its header included
    body,
};

struct TextDocument {
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    std::vector<Segment> segments;
    std::vector<Role> roles;            // one per segment
    FoldedTexts folded;                 // case-folded text, for phrase matching
    std::vector<bool> ends_body;        // terminating markers (tag line, related header...)
    std::size_t headline = npos;        // index of the headline segment
    // The language of the body blocks' texts, when rule "body" could count
    // it from its own word pass (rule "language" uses it); unset: detected
    // from the article.
    std::optional<std::string> body_language;

    bool unassigned(std::size_t i) const { return roles[i] == Role::unassigned; }
    std::size_t size() const { return segments.size(); }
};

TextDocument make_document(std::vector<Segment> segments);

// Convenience for tests and callers: cleaned text -> document.
TextDocument make_document(std::string_view text);

}  // namespace artnorm
