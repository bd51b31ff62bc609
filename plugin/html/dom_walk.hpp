// Rule "dom-walk": one pass over the page as it is parsed -> HtmlPage.
#pragma once

#include <optional>
#include <string_view>

#include "html/html_page.hpp"

namespace artnorm::html {

// Walks the page in document order as libxml2 parses it (parse_html.hpp),
// with an explicit stack of open elements, so any depth is safe.
//  - Subtrees the removal rules name (removal_rules.hpp) are skipped, but
//    metadata is taken first: <script type="application/ld+json"> bodies,
//    <meta>, <title>, <base>, <link rel=canonical>, <html lang>.
//    Containers the class/id hints call boilerplate are not skipped but
//    recorded (HtmlPage::boilerplate_of); the body selection drops them.
//  - Text is collapsed as it is appended; every block element boundary ends
//    the current segment (an inline element boundary between ideographs and
//    Latin text is a space: rule "script-boundary-space", dom_walk.cpp). A
//    segment takes the shape of its innermost block:
//    h1-h6 heading, li bullet/numbered (by the nearest ul/ol), text inside a
//    blockquote quote, tr table_row (cells from td/th) unless a cell holds
//    blocks (a layout table: its blocks become segments of their own).
//  - Segment features: tag, link density, cumulative class hint score,
//    container (nearest enclosing container other than its own block),
//    DOM position, first link href; per segment also the style (tag, class
//    and inline style hash) of its innermost block (HtmlPage::block_style).
//  - <figure> with an <img> (src, else data-src) becomes a RawFigure; its
//    figcaption is its caption, spans/elements whose class names a credit
//    (credit, copyright, source, photographer, byline) its credit.
//  - Rule "image-caption-emphasis": a segment of at most
//    kImageCaptionMaxBytes wholly in em/i whose text begins right after an
//    <img> is a caption (tag figcaption), kept out of the body.
//  - Rule "picture-caption-block": a container whose content is an <img>
//    and then one short plain text segment (at most kImageCaptionMaxBytes)
//    is a figure without markup: that segment is a caption too.
// The page's tree is never built whole: what is walked is freed (peak
// memory, issue 7; trimming_sax.hpp). Returns nullopt when libxml2 makes no
// document of the page.
std::optional<HtmlPage> walk_html(std::string_view utf8_page);

}  // namespace artnorm::html
