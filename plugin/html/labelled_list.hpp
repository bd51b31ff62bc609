// Rule "labelled-list", a part of rule "link-list-label" (body_selection.hpp,
// step 12): when a short label line is dropped with the link-heavy list item
// after it ("More Great WIRED Stories" / "<li><a>YouTubers must unionize</a>
// </li>"), the whole list it labels is a teaser list: the later items of
// that list (same container) that hold links, at least
// kListedItemMinLinkDensity of their text, go too, though each alone is not
// link-heavy (an emoji or a kicker outside the link: "📱 <a>Torn between the
// latest phones?</a> Never fear, check out our buying guide").
#pragma once

#include <cstddef>

#include "html/html_page.hpp"

namespace artnorm::html {

// A teaser's linked title is a quarter of its item or more; a list item
// of the article mentions a link or two in longer text of its own (the
// same bound as kSiblingMaxLinkDensity for text next to the article).
inline constexpr double kListedItemMinLinkDensity = 0.25;

// The list that first_item opens, when it is a list item; kNone otherwise.
std::size_t labelled_list_of(const HtmlSegment& first_item);

// Segment s is an item of list (from labelled_list_of) that leaves with it.
bool leaves_with_label(const HtmlSegment& s, std::size_t list);

}  // namespace artnorm::html
