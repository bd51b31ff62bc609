// Writing JSON strings: what the JSON Lines output needs and nothing more.
#pragma once

#include <string>
#include <string_view>

namespace artnorm_cli {

// Appends utf8 as a JSON string literal, quotes included. Escaped: '"', '\',
// every control character below U+0020 (\n \r \t \b \f or \u00XX) and U+007F.
// Valid UTF-8 passes through unchanged; each byte of an invalid sequence
// becomes \ufffd, so the output is always valid JSON in valid UTF-8.
void append_json_string(std::string& out, std::string_view utf8);

}  // namespace artnorm_cli
