// Rule "html-body-blocks": body segments -> body blocks, structure kept.
#pragma once

#include <cstddef>
#include <vector>

#include "core/article.hpp"
#include "html/segment_features.hpp"
#include "text/segments.hpp"

namespace artnorm::html {

// Headings stay headings (their level), consecutive list items of the same
// container and kind one list, consecutive table rows of the same container
// one table, quote segments quotes, <pre> text code, the rest paragraphs.
// segments are the document's (the shared rules may have changed a text),
// features the page's, index for index (container, code). The chosen
// segments' texts and cells move into the blocks (one copy of the body
// text, peak memory, issue 7): chosen must not repeat an index.
std::vector<BodyBlock> make_body_blocks(std::vector<Segment>& segments,
                                        const std::vector<SegmentFeatures>& features,
                                        const std::vector<std::size_t>& chosen);

}  // namespace artnorm::html
