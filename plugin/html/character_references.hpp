// Rule "character-references": the character references (&amp; &#8216;
// &#x2019; &rsquo;) left in metadata text the HTML parser never decodes.
//
// JSON-LD is raw script text, so the references a CMS escapes its strings
// with ("&#8216;The Medium is the Message&#8217;", "Caf&eacute;") reach
// the reader as they are; meta content arrives decoded, but some pages
// escape it twice. Every numeric reference (decimal or hex) and every named
// HTML reference, ended by ';', is replaced by its character. A reference
// to no character (unknown name, zero, a surrogate, past U+10FFFF) and a
// bare '&' stay as they are.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace artnorm::html {

// The longest name of an HTML 4 entity ("thetasym") and the longest numeric
// reference worth reading ("#1114111", "#x10FFFF"): longer runs before ';'
// are not references.
inline constexpr std::size_t kMaxReferenceNameChars = 8;

std::string decode_character_references(std::string_view text);

}  // namespace artnorm::html
