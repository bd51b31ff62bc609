// Paragraph reconstruction: page text -> logical lines ("segments").
//
// Three renderings of HTML pages to text are understood:
//  - html-text style: one block element per line, blank lines between some;
//  - inscriptis style: nesting shown as indentation (undone here, kept in
//    Segment::indent);
//  - html2text style: markdown-ish and hard-wrapped at a fixed width
//    (detected, see text/layout.hpp); continuation lines are joined and
//    inline markdown is removed (see text/markdown_inline.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace artnorm {

enum class SegmentShape : std::uint8_t {
    plain,
    bullet,     // "* ", "- ", "• ", "+ " item
    numbered,   // "1. ", "1) " item
    heading,    // "#".."######" or a setext underline
    quote,      // "> "
    rule,       // horizontal rule ("---", "***", "___")
    table_row,  // "|"-separated cells
};

// A page has one segment per ~200 bytes, so its size counts for peak
// memory (issue 7): small fields are small, and the vectors come first so
// that the rest packs without padding.
struct Segment {
    std::string text;          // markers removed, white space collapsed, NFC
    // table_row cells; or, when in_columns, the parts columns() returns (one
    // vector for both: a segment never has both, and Segment stays small).
    std::vector<std::string> cells;
    // Line numbers: 32 bits are enough, text of 2^32 lines is beyond any page.
    std::uint32_t line = 0;    // 0-based index of its first source line
    std::uint32_t line_count = 1;
    int blank_before = 0;      // blank lines right before it
    int blank_after = 0;       // blank lines right after it
    int indent = 0;            // leading columns of its first line
    SegmentShape shape = SegmentShape::plain;
    std::uint8_t level = 0;    // heading level 1..6
    bool in_columns = false;   // cells holds the parts of columns()

    // Rule "column-gaps": a one-line plain segment whose text is split by
    // runs of at least kColumnGapMin spaces (inscriptis pads the cells of a
    // layout table this way: "Headline      Home") - its parts, each with
    // white space collapsed; empty when the line has no such gap.
    const std::vector<std::string>& columns() const {
        static const std::vector<std::string> none;
        return in_columns ? cells : none;
    }
};

// A segment of an HTML page: the text fields plus the features the DOM walk
// finds (plugin/html/). They live in this derived type, not in Segment, so
// text input, which never sets them, doesn't carry ~90 unused bytes per
// segment (peak memory, issue 7); the shared text rules see the Segment
// part only.
struct HtmlSegment : Segment {
    static constexpr std::size_t kNoContainer = static_cast<std::size_t>(-1);
    std::string tag;                 // block element name ("p", "li", "h2", "pre"...)
    double link_density = 0.0;       // characters inside <a> / characters (0..1)
    int class_score = 0;             // class/id hint score of the block and its ancestors
    std::size_t container = kNoContainer;  // index of the nearest candidate block ancestor
    std::size_t dom_position = 0;    // pre-order index of the block element in the DOM
    std::string href;                // first link target of the segment (resolved), "" if none
};

// Spaces that separate two cells of a laid-out row; prose has one space
// between words and at most two after a sentence end.
inline constexpr std::size_t kColumnGapMin = 3;

// Splits cleaned text (valid UTF-8, LF line ends) into segments. Lines that
// hold no text (blank, empty bullets, table separators) produce none.
std::vector<Segment> split_segments(std::string_view text);

}  // namespace artnorm
