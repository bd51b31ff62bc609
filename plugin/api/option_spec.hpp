// The option-string language of artnorm_normalizer_configure:
//
//   spec   := sep* (pair (sep+ pair)*)? sep*
//   pair   := name "=" value
//   sep    := "," | ";" | white space
//   value  := bare | '"' any-but-quote* '"'
//
// Names (ASCII case-insensitive): from, pretty, strict-utf8, max-input-bytes,
// language, base-url, charset. Values: from = text|html|auto; booleans =
// 0/1/true/false/yes/no/on/off; sizes = decimal integer with an optional
// binary K, M or G suffix ("512K", "16M"); strings = the value as written (a
// quoted value may hold separators, e.g. base-url="https://x.test/a,b").
// A later pair for the same name wins.
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "core/options.hpp"

namespace artnorm::api {

// Applies spec to a copy of options and returns it; on the first bad pair
// returns an Error (status invalid_option) whose message names the pair and
// its byte offset. All or nothing: the caller commits the copy on success.
Expected<Options> apply_option_spec(std::string_view spec, Options options);

}  // namespace artnorm::api
