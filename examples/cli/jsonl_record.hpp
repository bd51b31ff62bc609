// One JSON Lines record in, one out:
//   in:  {"id": ..., "text": "..."} or {"id": ..., "html": "..."}
//        with an optional "options": "NAME=VALUE, ..." string
//   out: {"id": ..., "xml": "..."}
//        {"id": ..., "error": {"status": "ARTNORM_ERROR_...", "message": "..."}}
#pragma once

#include <string>
#include <string_view>

namespace artnorm_cli {

struct JsonlRequest {
    std::string id_json;  // the id as JSON, to echo back; "" when the line has no usable id
    std::string page;     // the "text" or "html" value, decoded
    std::string from;     // "text" or "html": which member held the page
    std::string options;  // the "options" value, "" when absent
    std::string error;    // non-empty: the line cannot be normalized, and why
};

// Reads one line. id must be a string or a number (echoed as written);
// exactly one of "text" and "html" must be a string; other members are
// ignored. Never throws on bad input: problems land in .error.
JsonlRequest parse_jsonl_request(std::string_view line);

// The output lines, without the trailing newline.
std::string jsonl_document_line(std::string_view id_json, std::string_view xml);
std::string jsonl_error_line(std::string_view id_json, std::string_view status_name,
                             std::string_view message);

}  // namespace artnorm_cli
