// Rule "html-parse": UTF-8 page text -> libxml2 HTML tree, safely.
#pragma once

#include <string_view>

#include "xml/libxml_ptr.hpp"

namespace artnorm::html {

// Parses with libxml2's HTML parser: NONET (no network), NOERROR and
// NOWARNING (no output on stderr), RECOVER (broken pages are repaired),
// COMPACT (small text nodes inline) and IGNORE_ENC (the text is already
// UTF-8; <meta charset> must not switch decoders again). Never HUGE, so the
// parser's own depth and size limits stay on. Entities are never
// substituted from external sources (no NOENT, no DTDLOAD). Errors go to a
// collector, not the process-wide handler. Returns null when libxml2 gives
// no tree at all.
xml::DocPtr parse_html(std::string_view utf8_page);

}  // namespace artnorm::html
