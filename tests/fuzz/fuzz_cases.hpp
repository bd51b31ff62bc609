// The fuzzed cases, shared by the libFuzzer targets (tests/fuzz/*_fuzzer.cpp)
// and by the regression test that replays saved crashes
// (tests/reliability/regressions/). Each function runs one input through the
// public C API and returns "" when every invariant held, else what broke.
//
// Invariants, for every call:
//  - the status is one artnorm.h defines, and never ARTNORM_ERROR_INTERNAL;
//  - the result repeats the returned status;
//  - on ARTNORM_OK the XML is non-empty, NUL-terminated at its length, starts
//    with "<?xml" and is well-formed (xmlReadMemory);
//  - on failure there is a message and no XML.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace artnorm_fuzz {

// How the first byte of a text/HTML case picks the options:
//   bits 0-1: from = auto, text, html, text
//   bit 2:    strict-utf8=1
//   bit 3:    pretty=1
//   bit 4:    max-input-bytes=64 (exercise the limit path)
// The remaining bytes are the input.
std::string options_from_selector(std::uint8_t selector, bool force_html);

// Text (or any format the selector picks) through artnorm_normalize.
std::string check_text_case(std::string_view data);
// The same, with from=html forced.
std::string check_html_case(std::string_view data);
// data as an option string for artnorm_normalizer_configure (and as the value
// of each string option); a configured normalizer must still normalize.
std::string check_options_case(std::string_view data);

// Dispatch by the prefix of a regression file name: "text-", "html-",
// "options-". Returns "unknown case kind" for anything else.
std::string check_case(std::string_view file_name, std::string_view data);

}  // namespace artnorm_fuzz
