// How the DOM walk treats each HTML element name.
#pragma once

#include <string_view>

namespace artnorm::html {

enum class TagKind {
    inline_element,  // text flows through (span, b, a, em...)
    container,       // block that may hold others (div, section, article, ul, table...)
    text_block,      // block whose text is one segment (p, h1-h6, li, pre, figcaption...)
    table_row,       // tr
    table_cell,      // td, th
    line_break,      // br, hr: a space in the text flow
};

TagKind tag_kind(std::string_view tag);

// 1..6 for h1..h6, else 0.
int heading_level(std::string_view tag);

}  // namespace artnorm::html
