// Rule "html-parse": UTF-8 page text -> a stream of elements and text,
// safely, without building the page's tree (trimming_sax.hpp).
#pragma once

#include <string_view>

#include "html/node_stream.hpp"

namespace artnorm::html {

// utf8_page must be valid UTF-8 (clean_input.hpp): it is read as it is,
// without libxml2's converter (which would hold a converted copy of twice
// the page's size). Parses with libxml2's HTML parser: NONET (no
// network), NOERROR and NOWARNING (no output on stderr), RECOVER (broken
// pages are repaired), COMPACT (small text nodes inline) and IGNORE_ENC
// (the text is already UTF-8; <meta charset> must not switch decoders
// again). Never HUGE, so the parser's own depth and size limits stay on.
// Entities are never substituted from external sources (no NOENT, no
// DTDLOAD). Errors go to a collector, not the process-wide handler. What
// the page holds is reported to stream in document order while the parse
// runs; returns false when libxml2 makes no document at all. An exception
// of the stream stops the parse and is rethrown.
bool parse_html(std::string_view utf8_page, NodeStream& stream);

}  // namespace artnorm::html
