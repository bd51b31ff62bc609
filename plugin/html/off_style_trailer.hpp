// Rule "off-style-trailer": the last paragraphs of the body that are styled
// unlike the article's paragraphs are a note under the article (an author
// bio, "Filed under: ...", an editor's note on letters, a comment policy),
// not its text: the page's template writes the article's paragraphs with
// one tag and class, and adds its notes with another.
//
// Paragraphs here are the body's plain <p> and <div> text segments. Their
// dominant style (HtmlPage::block_style: tag, class and inline style; a
// press release sets its "About the company" note in grey small type with
// style="font-size:12px") must cover at least kMinDominantParagraphs of
// them. Then, from the end of the body backwards, at most
// kMaxTrailerParagraphs segments are dropped while each is such a paragraph
// whose style is not the dominant one, is shared by at most
// kMaxTrailerParagraphs paragraphs (a second kind of paragraph used
// throughout the text is part of it) and sits outside the container of
// the last dominant-style paragraph (a note the writer put into the text
// itself, "The views expressed are the author's own.", shares the text's
// container; part "nested-note": so does a box nested inside it, "<div
// class='article-main'><p>...</p><div class='more'>More information: G.
// Petit et al., Handbook ... (2018)</div></div>": the article's own
// references, whereas notes under the article sit in boxes after it).
// Off-style paragraphs elsewhere, such as a lead paragraph styled apart,
// stay.
#pragma once

#include <cstddef>
#include <vector>

#include "html/html_page.hpp"

namespace artnorm::html {

// Fewer paragraphs do not show which style the article's text uses.
inline constexpr std::size_t kMinDominantParagraphs = 5;
// Notes under an article are one or two lines; more is text.
inline constexpr std::size_t kMaxTrailerParagraphs = 2;

// body: indices of the body segments in document order; trailing notes are
// removed from it.
void drop_off_style_trailer(const HtmlPage& page, std::vector<std::size_t>& body);

}  // namespace artnorm::html
