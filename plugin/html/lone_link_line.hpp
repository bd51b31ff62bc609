// Rule "lone-link-line": a paragraph that is one short link, between two
// paragraphs of text in the same container, names something the text is
// about (a product, a place, a person's page: "Drink during your workout /
// <a>Beachbody Performance Hydrate</a> / Post-Workout Supplement") and is
// article text, though link-heavy (body_selection.hpp, step 7). Link
// furniture comes in runs (menus, related lists: the neighbours are links
// too) or shows a headline (a teaser: more than kLoneLinkMaxWords words).
//
// Such a line is not a link list either, so the short line before it is no
// list label (rule "link-list-label").
#pragma once

#include <cstddef>
#include <vector>

#include "html/html_page.hpp"

namespace artnorm::html {

// A name is one to three words; a teaser headline is longer ("Lakers hold
// off OKC", four, is already a headline).
inline constexpr std::size_t kLoneLinkMaxWords = 3;

// chosen: per segment, inside the article's ranges; link_heavy: per
// segment, link-heavy by step 7 (only read where chosen).
bool is_lone_link_line(const HtmlPage& page, const std::vector<bool>& chosen, const std::vector<bool>& link_heavy,
                       std::size_t segment);

}  // namespace artnorm::html
