// Rule "code-line-breaks": the text of a <pre> keeps its lines.
//
// The article model collapses white space everywhere except in code blocks
// (see core/article.hpp): there line breaks carry meaning. The raw text of
// a <pre> is tidied, not collapsed: CR LF and lone CR become LF, each
// line's trailing spaces and tabs are trimmed (tabs inside and at the start
// of a line are kept), and blank lines at the start and end are dropped.
#pragma once

#include <string>
#include <string_view>

namespace artnorm::html {

std::string tidy_code_text(std::string_view raw);

}  // namespace artnorm::html
