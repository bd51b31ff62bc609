// Rule "paragraph-tail-to-end-marker", a part of rule "body"
// (rules/paragraph_tail.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "text/document.hpp"

namespace artnorm {

// The segments after last_body (the body's last segment) that continue the
// article up to a terminating marker; empty when the rule does not apply.
std::vector<std::size_t> paragraph_tail_to_end_marker(const TextDocument& doc, std::size_t last_body);

// Fewer lines between an article and its related zone are a credit, a
// notice or a caption; a whole second part of the article is longer.
inline constexpr std::size_t kParagraphTailMin = 8;

}  // namespace artnorm
