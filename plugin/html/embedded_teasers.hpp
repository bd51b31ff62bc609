// Rule "embedded-teaser": a linked headline the article embeds between two
// of its paragraphs ("<p>...</p><div class='embedded'><ul><li><h3><a>Man
// Shot at Gas Station Dies</a></h3></li></ul></div><p>...</p>") is part of
// the article as published: the page shows it inside the text, and readers
// read past it. A link list elsewhere (a "Related" box after the text, a
// labelled "Read more:" list, a rail of headlines) is not.
//
// A run of segments the body selection dropped for being link-heavy is kept
// when all of these hold:
//  - it lies strictly between two kept segments of one container P (the
//    paragraphs run on around it);
//  - each of its segments sits in a container nested inside P (the teaser
//    box), never directly in P (inline "Related: <a>...</a>" lines are the
//    page's link furniture written into the text), and not in a figure
//    (photo credits link to their source);
//  - it holds at most kMaxEmbeddedTeaserLines segments: an embedded teaser
//    names one or two stories; longer runs are link lists;
//  - nothing else was dropped between the two paragraphs (a label such as
//    "Related:" or a caption marks a sidebar), and no segment of the run
//    opens with such a label outside its link ("READ MORE: <a>...</a>": at
//    most kTeaserLabelMaxWords words before a colon, link density under 1).
#pragma once

#include <cstddef>
#include <vector>

#include "html/html_page.hpp"

namespace artnorm::html {

inline constexpr std::size_t kMaxEmbeddedTeaserLines = 2;
// "Read more:", "Lesen Sie auch:", "See also:" labels are one to three words.
inline constexpr std::size_t kTeaserLabelMaxWords = 3;

// keep: per segment, whether the body selection keeps it (updated in place).
// link_heavy_only: per segment, whether it was left out only because it is
// link-heavy (it lies inside the article's chosen ranges and no other rule
// drops it).
void keep_embedded_teasers(const HtmlPage& page, const std::vector<bool>& link_heavy_only, std::vector<bool>& keep);

}  // namespace artnorm::html
