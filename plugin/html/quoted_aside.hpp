// Rule "quoted-aside", a part of rule "pull-quote" (removal_rules.hpp): an
// aside whose whole text is one quotation, in quotation marks, lifts a
// line of the article out as a pull quote even when the page sets it in
// plain spans rather than q/blockquote ("<aside><span>“Their immune system
// behaves in an exaggerated fashion”</span></aside>"): it is article text,
// not a sidebar, and is kept like one.
//
// The text (white space trimmed) opens with an opening quotation mark
// (" “ „ « ‘ ‚ 「 『) and ends with a closing one (" ” “ » ’ 」 』), is at most
// kPullQuoteMaxBytes long, and the aside holds no link: a teaser box
// quoting a headline links to it.
#pragma once

#include <cstddef>

#include <libxml/tree.h>

namespace artnorm::html {

// A pull quote is a sentence or two; a sidebar of quotes, or a box whose
// text merely starts and ends with quotes, is longer.
inline constexpr std::size_t kPullQuoteMaxBytes = 400;

bool is_quoted_aside(const xmlNode& aside);

}  // namespace artnorm::html
