// Boost.Locale (ICU backend) services used across the pipeline.
#pragma once

#include <locale>
#include <optional>
#include <string>
#include <string_view>

namespace artnorm {

// A UTF-8 ICU locale, generated once (thread-safe static, immutable after).
// Boost.Locale's normalize/fold_case/boundary analysis need it; asking for the
// "C" locale or the std backend would silently turn them into no-ops.
const std::locale& unicode_locale();

// Unicode NFC. The input must be valid UTF-8 (Boost drops invalid bytes
// silently, so repair first: see clean_input.hpp).
std::string to_nfc(std::string_view utf8);

// True when c is in NFC whatever text surrounds it (NFC quick check Yes and
// canonical combining class 0): text made of such code points and ASCII is
// already in NFC, so to_nfc copies it without ICU. Exposed for its test,
// which checks every code point against ICU.
bool is_nfc_inert(char32_t c);

// Full Unicode case folding, for comparisons ("Straße" ~ "strasse").
std::string fold_case(std::string_view utf8);
// out = fold_case(utf8), in out's buffer: a loop folding many short texts
// allocates once, not once per text.
void fold_case_into(std::string& out, std::string_view utf8);

// Whether full case folding changes the code point c (fold_case of it is not
// it), answered without ICU for Latin-1 letters, Latin Extended-A and
// Cyrillic (the test checks each of their code points against fold_case);
// nullopt elsewhere: ask fold_case.
std::optional<bool> folding_changes(char32_t c);

// True when every byte is ASCII: lets hot paths skip ICU.
bool is_ascii(std::string_view text);

}  // namespace artnorm
