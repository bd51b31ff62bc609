// Checks on the values of string options. They end up in the XML output (or
// steer a decoder), so a value must at least be valid UTF-8 without control
// characters; each option adds its own syntax on top.
#pragma once

#include <string_view>

namespace artnorm::api {

// Rule "string-option-text": valid UTF-8 (no overlongs, no surrogates, no
// code points above U+10FFFF) and no C0/DEL control characters.
bool is_clean_utf8_text(std::string_view value);

// Rule "language-tag-shape": "" (detect) or a BCP 47-shaped tag: a primary
// subtag of 2..8 ASCII letters, then "-"-separated subtags of 1..8 ASCII
// letters/digits ("en", "pt-BR", "zh-Hant-TW", "sr-Latn"). Shape only: the
// registry of subtags is not consulted.
bool is_language_tag(std::string_view value);

// Rule "charset-name-shape": "" (detect) or an IANA-style charset name:
// 1..40 characters from A-Z a-z 0-9 and - _ . : + ( ) ("UTF-8",
// "windows-1251", "ISO-8859-1").
bool is_charset_name(std::string_view value);

// Rule "base-url-shape": "" or clean UTF-8 text without white space
// (a URL's spaces must be percent-encoded).
bool is_base_url(std::string_view value);

}  // namespace artnorm::api
