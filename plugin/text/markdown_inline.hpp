// Rule "markdown-inline": removes the inline markup html2text-style
// renderings carry, keeping the words.
#pragma once

#include <string>
#include <string_view>

namespace artnorm {

// Always: images "![alt](src)" are dropped; links "[text](url)" become text.
// With markdown (the layout looked markdown-ish) also: "**" and "__" markers
// (bold, or empty icon emphasis) are removed; single "_" / "*" emphasis
// markers at word edges are removed (snake_case stays); backslash escapes of
// ASCII punctuation ("\-", "\*", "1\.") are unescaped.
std::string strip_markdown_inline(std::string_view text, bool markdown);

// False when strip_markdown_inline(text, markdown) is text itself: callers
// can then skip its copy.
inline bool may_hold_inline_markdown(std::string_view text, bool markdown) {
    return markdown || text.find('[') != std::string_view::npos;
}

}  // namespace artnorm
