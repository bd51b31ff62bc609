// Rule "separator-trailer": a line drawn under the article ("___",
// "-----", "====="), followed by at most kMaxSeparatedNotes short
// paragraphs that end the body, sets those paragraphs apart as a note
// under the article, not its text: "___ / Follow AP's full coverage of
// Brexit at https://...", "______ / Jane Doe is our deal curator and ...".
// The notes leave the body; the line stays, it closes the article (as
// wire stories print it).
//
// A separator line is a segment made only of one line-drawing character
// repeated at least kMinSeparatorRun times (_ - = ~, the dashes and box
// lines, spaces between them allowed; not "* * *" or "...", which break
// sections inside a text). A note has at most kMaxNoteChars characters: a
// section of the article after a break is longer, or more than two
// paragraphs.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "html/html_page.hpp"

namespace artnorm::html {

// "--" and "**" occur in text; a drawn line repeats its character more.
inline constexpr std::size_t kMinSeparatorRun = 3;
// Notes under an article are one or two lines (as rule "off-style-trailer").
inline constexpr std::size_t kMaxSeparatedNotes = 2;
// A two-sentence note (an author line, a "follow our coverage" line) fits;
// article paragraphs run longer.
inline constexpr std::size_t kMaxNoteChars = 300;

bool is_separator_line(std::string_view text);

// body: indices of the body segments in document order; a separated
// trailer is removed from it.
void drop_separator_trailer(const HtmlPage& page, std::vector<std::size_t>& body);

}  // namespace artnorm::html
