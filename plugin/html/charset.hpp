// Rule "html-charset": which character set a page's bytes are in, and the
// page converted to UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace artnorm::html {

// The charset, in this order of authority: a byte order mark (UTF-8,
// UTF-16LE/BE); the caller's hint (Options::charset); a <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=..."> within the
// first kCharsetPrescanBytes bytes; else "UTF-8". Names are returned as
// found, lower-cased ("windows-1251", "utf-8").
std::string sniff_charset(std::string_view bytes, std::string_view hint);

// Whether a charset name is UTF-8's ("utf-8", "UTF8", any case).
bool names_utf8(std::string_view charset);

struct Utf8Page {
    std::string text;     // the page in UTF-8 (possibly with invalid bytes left for clean-up)
    std::string charset;  // the charset actually used
};

// The page decoded to UTF-8 with the sniffed charset. Wrong declarations
// fall back (rule "charset-fallback"): a UTF-8 declaration over bytes that
// are not valid UTF-8 is decoded as windows-1252; a declared charset that is
// unknown or fails to decode is replaced by UTF-8 when the bytes are valid
// UTF-8, else windows-1252. Never throws for bad input.
Utf8Page decode_page(std::string_view bytes, std::string_view hint);

// True when decode_page would return the bytes unchanged (read as UTF-8 and
// valid UTF-8): callers may then use them as they are, without a copy.
bool is_utf8_page(std::string_view bytes, std::string_view hint);

inline constexpr std::size_t kCharsetPrescanBytes = 4096;

}  // namespace artnorm::html
