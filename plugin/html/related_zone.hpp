// Rule "related-zone-header": the shared rule "related-articles" reads a
// related-articles zone as text does: it opens at a header ("Related
// Links", "More in ...") and runs on over the segments that follow. In HTML
// the header is often the title of a box nested in the article ("<div
// class='related'><h2>Related Links</h2><a>...</a></div><p>The article goes
// on.</p>"), and the box ends where its element ends. When the HTML body
// selection left the zone's header out (it was in a box, a figure or a
// link list), the segments of the zone that the selection kept are article
// text around the box, not part of the zone: they stay in the body.
#pragma once

#include <cstddef>
#include <vector>

#include "text/document.hpp"

namespace artnorm::html {

// selected: per segment, whether the HTML body selection kept it. Returns
// per segment whether its Role::related is to be ignored.
std::vector<bool> related_outside_zone(const TextDocument& doc, const std::vector<bool>& selected);

}  // namespace artnorm::html
