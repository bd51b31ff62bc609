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
#include <string>
#include <string_view>
#include <vector>

namespace artnorm {

enum class SegmentShape {
    plain,
    bullet,     // "* ", "- ", "• ", "+ " item
    numbered,   // "1. ", "1) " item
    heading,    // "#".."######" or a setext underline
    quote,      // "> "
    rule,       // horizontal rule ("---", "***", "___")
    table_row,  // "|"-separated cells
};

struct Segment {
    std::string text;          // markers removed, white space collapsed, NFC
    std::size_t line = 0;      // 0-based index of its first source line
    std::size_t line_count = 1;
    int blank_before = 0;      // blank lines right before it
    int blank_after = 0;       // blank lines right after it
    int indent = 0;            // leading columns of its first line
    SegmentShape shape = SegmentShape::plain;
    int level = 0;             // heading level 1..6
    std::vector<std::string> cells;  // table_row cells
};

// Splits cleaned text (valid UTF-8, LF line ends) into segments. Lines that
// hold no text (blank, empty bullets, table separators) produce none.
std::vector<Segment> split_segments(std::string_view text);

}  // namespace artnorm
