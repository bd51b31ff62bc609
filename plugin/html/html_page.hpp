// What one walk over the HTML tree collects: the page's text as segments
// (with the HTML features the scorer needs), the block elements that may
// hold the article, figures, and the raw metadata of the page.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "html/segment_list.hpp"
#include "text/segments.hpp"

namespace artnorm::html {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Rule "small-print": the tag the DOM walk gives a segment whose text is
// wholly inside <small> (fine print: date and category lines, credits,
// legal notes); the body selection leaves such segments out, the shared
// rules still read them (dates, bylines).
inline constexpr std::string_view kSmallPrintTag = "small";

// A block element (div, section, article, td, ul...): a candidate for the
// article's container. Segments emitted inside it are contiguous, so its
// content is the range [first_segment, end_segment).
struct Container {
    std::string tag;
    std::size_t parent = kNone;  // enclosing container
    int class_score = 0;         // its own class/id hint score
    std::size_t first_segment = 0;
    std::size_t end_segment = 0;
    bool itemprop_body = false;  // itemprop="articleBody"
    bool boilerplate = false;    // rule "boilerplate-container" (class/id hints)
    std::size_t signature = 0;   // hash of tag and class attribute; 0 without a class
    bool holds_embed = false;    // a script, iframe, ins, object, embed, button, input or select
                                 // is a child (rule "ad-slot")
};

struct RawFigure {
    std::string src;      // as written (resolve against the base URL)
    std::string caption;
    std::string credit;
    std::size_t segment = 0;  // segments.size() when the figure began
};

// Metadata as found, before interpretation.
struct RawMetadata {
    std::vector<std::pair<std::string, std::string>> meta;  // name/property (lower case) -> content
    std::vector<std::string> json_ld;                       // script bodies
    std::vector<std::string> time_datetimes;                // <time datetime>, in order
    std::string title;
    std::string lang;       // <html lang>
    std::string base_href;  // <base href>
    std::string canonical;  // <link rel=canonical href>
};

struct HtmlPage {
    // In blocks of their own, not one ever larger array: see segment_list.hpp.
    SegmentList segments;
    // Per segment: its innermost boilerplate container, or kNone. Hint-based
    // removal is decided by the body selection, not the walk: a wrapper of
    // the whole page may carry a misleading class ("page-ad-margins").
    std::vector<std::size_t> boilerplate_of;
    // Per segment: hash of the tag, class and inline style attribute of its
    // innermost block element (0 when that block has neither class nor
    // style), for rule "off-style-trailer" (off_style_trailer.hpp).
    std::vector<std::size_t> block_style;
    std::vector<Container> containers;
    std::vector<RawFigure> figures;
    RawMetadata metadata;
};

}  // namespace artnorm::html
