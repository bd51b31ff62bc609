// Rule "fine-print-style": an element whose inline style sets its type
// smaller than kFinePrintMaxPx pixels ("font-size:10px", "font-size: 7pt")
// holds fine print, as <small> would (rule "small-print", html_page.hpp):
// a comment policy under the article ("ATTENTION: comments that ... will
// not be approved"), the terms of a sign-up box, a tag cloud. The DOM walk
// treats it like <small>: a segment wholly inside is small print and the
// body selection leaves it out; the shared rules still read it.
//
// Only absolute sizes count: px, and pt at 4/3 px each. Relative sizes
// (em, rem, %, "small") depend on the parent's size, which an inline style
// does not tell ("html { font-size: 62.5% }" makes 1rem = 10px, and the
// text is then set at 1.6rem).
#pragma once

#include <string_view>

namespace artnorm::html {

// Browsers default to 16px; article text is set at 12px or more (the
// smallest size of old table layouts: Verdana 12px). Below 11px is the
// size of footnotes, legal lines and tag clouds; 8pt (10.7px) is too.
inline constexpr double kFinePrintMaxPx = 11.0;

// style: the value of an inline style attribute.
bool declares_fine_print(std::string_view style);

}  // namespace artnorm::html
