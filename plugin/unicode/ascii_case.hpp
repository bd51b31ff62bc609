// ASCII-only lower-casing, for protocol names (charsets, option names and
// values, language subtags, tag names): bytes outside A-Z, UTF-8 included,
// pass unchanged. Text for people goes through fold_case (unicode/words.hpp).
#pragma once

#include <string>
#include <string_view>

namespace artnorm {

constexpr char lower_ascii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = lower_ascii(c);
    return out;
}

}  // namespace artnorm
