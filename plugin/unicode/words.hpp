// Word segmentation: an ASCII fast path, ICU word boundaries otherwise, so
// that scripts written without spaces (Chinese, Japanese, Thai) split too.
#pragma once

#include <string_view>
#include <vector>

namespace artnorm {

// The words (letters/digits runs, per Unicode word rules) of text, as views
// into text, in order. Punctuation and spaces are not words.
std::vector<std::string_view> split_words(std::string_view text);

}  // namespace artnorm
