// Rule "html-related-links": related-article links with their real hrefs.
#pragma once

#include <cstddef>
#include <vector>

#include "core/article.hpp"
#include "html/segment_features.hpp"
#include "html/url_resolver.hpp"
#include "text/document.hpp"

namespace artnorm::html {

// Teasers the shared rule "related-articles" found get the href of their
// title's link (resolved). When it found none, a related header
// (is_related_header: "Related", "Read more", "Lesen Sie auch"...) after the
// body start, followed by link segments (link density at least
// kRelatedMinLinkDensity, with an href), gives one RelatedLink per link
// segment, up to kMaxRelatedLinks, until the first segment that is not one.
// features are the page's (split_segments), index for index with doc's
// segments (link density and href).
void attach_related_links(const TextDocument& doc, const std::vector<SegmentFeatures>& features,
                          std::size_t body_start, const UrlResolver& urls, Article& article);

inline constexpr double kRelatedMinLinkDensity = 0.5;
inline constexpr std::size_t kMaxRelatedLinks = 20;

}  // namespace artnorm::html
