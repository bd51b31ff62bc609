// Rule "html-body": which segments of an HTML page are the article body.
//
// Readability-style container scoring over the segments of the DOM walk:
//  1. content score of a segment (rule "content-score"): segments of at
//     least kMinScoredChars characters that are not headings, captions or
//     credits score 1 + their commas + one per kCharsPerPoint characters
//     (at most kMaxLengthPoints);
//  2. the score goes to the segment's container in full, to its parent
//     halved and to further ancestors divided by 3 x level, up to
//     kScoreAncestorLevels levels;
//  3. a container starts from its tag bonus (div, article, main, section
//     +kContainerTagBonus; td, blockquote, pre +kCellTagBonus), its
//     class/id hint score and kArticleBodyBonus for itemprop="articleBody";
//  4. final score = score x (1 - link density of everything inside), times
//     kBoilerplatePenalty when the container or one of its kBoilerplateReach
//     nearest ancestors is a boilerplate container (comment sections hold
//     many long paragraphs too; farther wrappers say little);
//  5. the best container wins; a sibling container joins when its final
//     score reaches kSiblingShare of the best (at least kMinSiblingScore),
//     and text segments directly in the parent join when long enough
//     (kSiblingParagraphChars) with link density under kSiblingMaxLinkDensity;
//  6. rule "repeated-container": a page that splits its article into chunks
//     (between ads or asides) repeats the chunk's container: every other
//     container with the same tag and class attribute as the best one, not
//     enclosing it, not near boilerplate and scoring at least
//     kMinSiblingScore, joins wherever it is;
//  7. inside the chosen ranges, segments are dropped when they are captions
//     or credits, link-heavy (link density above kMaxLinkDensity), or inside
//     a boilerplate container (rule "boilerplate-container") nested in a
//     chosen container;
//  8. rule "prose-with-links": a link-heavy segment is kept all the same
//     when the text outside its links is a sentence of its own: at least
//     kProseOwnChars characters (kSentenceOwnChars when the segment ends
//     like a sentence: . ! ? and closing quotes), and links cover at most
//     kProseMaxLinkDensity of it ("The suspect was convicted and <a>sentenced
//     to life in prison last Thursday</a>.", a digest item whose linked
//     headline is followed by a summary). Link lists have next to no text
//     of their own;
//  9. rule "ad-slot": a container that holds a script, iframe, ins, object
//     or embed element, or a button, input or select control (see
//     HtmlPage), and no more than kAdLabelMaxChars characters of text is an
//     ad or widget slot: its text is the slot's label ("Advertisement",
//     "Anzeige", "Text size") and is dropped;
// 10. rule "small-print" (html_page.hpp): segments wholly inside <small>
//     (or in fine print, rule "fine-print-style") are left out; part
//     "small-type-page": not when they make up kSmallPrintMaxShare or more
//     of the chosen text (the page sets its article in small type);
// 11. rule "unrendered-shortcode": a segment that is one CMS shortcode the
//     page failed to render ("[button link=...]Send us your review[/button]",
//     "[caption ...]...[/caption]": opens with [name, closes with [/name])
//     is widget markup, not text, and is left out;
// 12. rule "link-list-label": a short plain line (not a heading or list
//     item; at most kLinkLabelMaxWords words, not ending like a sentence:
//     "DON'T MISS", "Read more") right
//     before a link-heavy segment that step 7 drops is that list's label
//     and goes with it;
// 13. rule "embedded-teaser" (embedded_teasers.hpp): one or two linked
//     headlines in a box nested between two paragraphs of one container
//     are kept despite step 7;
// 14. rule "reading-time" (reading_time.hpp): "5 min read" lines are left
//     out;
// 15. rule "printed-address" (printed_address.hpp): a segment that prints
//     one web address is neither link-heavy (step 7) nor a list label
//     (step 12);
// 16. rule "off-style-trailer" (off_style_trailer.hpp): one or two last
//     paragraphs styled unlike the article's paragraphs are a note under
//     it and are left out;
// 17. rule "separator-trailer" (separator_trailer.hpp): one or two short
//     last paragraphs under a drawn line ("___") are a note under the
//     article and are left out;
// 18. rule "repeated-table-header" (repeated_table_header.hpp): a table row
//     that repeats the table's first row (a <tfoot> with the column names
//     again) is left out;
// 19. rule "lone-link-line" (lone_link_line.hpp): a paragraph that is one
//     short link (a name) between two text paragraphs of its container is
//     kept despite step 7, and is no link list for step 12;
// 20. rule "tweetable-quote" (tweetable_quote.hpp): a sentence linked to a
//     tweet intent ("click to tweet" box) is a pull quote of the text and
//     is kept despite step 7;
// 21. rule "labelled-list" (labelled_list.hpp): the list whose label step
//     12 drops goes with it: its items holding links
//     (kListedItemMinLinkDensity) are left out too.
#pragma once

#include <cstddef>
#include <vector>

#include "html/html_page.hpp"

namespace artnorm::html {

// Indices of the body segments, in document order.
std::vector<std::size_t> select_body(const HtmlPage& page);

inline constexpr std::size_t kMinScoredChars = 25;
inline constexpr std::size_t kCharsPerPoint = 100;
inline constexpr double kMaxLengthPoints = 3.0;
inline constexpr int kScoreAncestorLevels = 5;
inline constexpr double kContainerTagBonus = 5.0;
inline constexpr double kCellTagBonus = 3.0;
inline constexpr double kArticleBodyBonus = 50.0;
inline constexpr double kSiblingShare = 0.2;
inline constexpr double kMinSiblingScore = 10.0;
inline constexpr std::size_t kSiblingParagraphChars = 80;
inline constexpr double kSiblingMaxLinkDensity = 0.25;
inline constexpr double kMaxLinkDensity = 0.5;
inline constexpr double kProseOwnChars = 40.0;
inline constexpr double kSentenceOwnChars = 25.0;
inline constexpr double kProseMaxLinkDensity = 0.75;
inline constexpr double kAdLabelMaxChars = 24.0;
inline constexpr std::size_t kLinkLabelMaxWords = 4;
inline constexpr double kBoilerplatePenalty = 0.3;
inline constexpr int kBoilerplateReach = 2;
// Fine print is a note beside the article; half of the article's ranges in
// small type is the article itself.
inline constexpr double kSmallPrintMaxShare = 0.5;

}  // namespace artnorm::html
