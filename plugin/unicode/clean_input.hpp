// Rule "clean-input": raw input bytes -> valid, XML-safe, NFC UTF-8 text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace artnorm {

struct CleanText {
    std::string text;                        // valid UTF-8, LF line ends, NFC
    std::size_t invalid_utf8_sequences = 0;  // maximal invalid subparts replaced by U+FFFD
    std::size_t removed_controls = 0;        // characters XML 1.0 forbids, dropped
};

// In one pass over the bytes:
//  - a leading UTF-8 BOM is stripped;
//  - each maximal invalid subpart (Unicode ch. 3 "U+FFFD substitution of
//    maximal subparts": overlong forms, surrogates, truncated sequences,
//    code points above U+10FFFF, stray continuation bytes) becomes one U+FFFD
//    and is counted - or, with strict_utf8, the call fails with
//    Status::invalid_input naming the byte offset of the first bad byte;
//  - NUL and the other characters XML 1.0 forbids (C0 controls except tab,
//    LF and CR; U+FFFE, U+FFFF) are dropped and counted;
//  - CRLF and lone CR become LF;
// then the text is put in NFC. ASCII runs are copied in bulk.
Expected<CleanText> clean_input(std::string_view bytes, bool strict_utf8);

// True when clean_input would return bytes unchanged (no BOM, CR, control or
// invalid sequence; NFC-inert non-ASCII only): callers may then use the
// input itself instead of a copy. False does not mean the text changes.
bool is_clean_input(std::string_view bytes);

}  // namespace artnorm
