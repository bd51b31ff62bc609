// Rule "collapse-whitespace": every string the pipeline emits goes through it.
#pragma once

#include <string>
#include <string_view>

namespace artnorm {

// Runs of Unicode white space (ASCII space, tab, LF, CR, VT, FF, U+0085,
// NBSP U+00A0, U+1680, U+2000-U+200A incl. U+2007, U+2028, U+2029, U+202F,
// U+205F, U+3000) become one ASCII space; leading and trailing white space is
// removed. Zero-width characters that only hint at line breaking (U+200B zero
// width space, U+2060 word joiner, U+FEFF) are removed as if absent. Input
// must be valid UTF-8.
std::string collapse_whitespace(std::string_view text);

// True when text holds nothing but such white space.
bool is_blank(std::string_view text);

// Length of a UTF-8 string in code points.
std::size_t count_code_points(std::string_view text);

}  // namespace artnorm
