#include "unicode/clean_input.hpp"

#include <fmt/format.h>

#include "unicode/locale.hpp"
#include "unicode/swar.hpp"
#include "unicode/utf8_decode.hpp"

namespace artnorm {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_plain_ascii(unsigned char b) { return (b >= 0x20 && b < 0x80) || b == '\t' || b == '\n'; }

// Characters XML 1.0 does not allow (tab, LF, CR are handled by the caller).
bool forbidden_in_xml(char32_t cp) { return cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF; }

}  // namespace

Expected<CleanText> clean_input(std::string_view bytes, bool strict_utf8) {
    CleanText out;
    std::size_t i = bytes.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
    out.text.reserve(bytes.size() - i);
    const std::size_t n = bytes.size();
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };

    while (i < n) {
        // ASCII fast path: copy the whole run of ordinary characters at once.
        std::size_t run = i;
        while (run < n && is_plain_ascii(byte(run))) ++run;
        if (run > i) {
            out.text.append(bytes.substr(i, run - i));
            i = run;
            continue;
        }
        const unsigned char b = byte(i);
        if (b == '\r') {
            out.text.push_back('\n');
            i += (i + 1 < n && bytes[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (b < 0x80) {  // a C0 control other than tab/LF/CR
            ++out.removed_controls;
            ++i;
            continue;
        }
        const Utf8Sequence sequence = decode_utf8_sequence(bytes.substr(i));
        const std::size_t len = sequence.length;
        if (!sequence.valid) {
            if (strict_utf8) {
                return Error{Status::invalid_input,
                             fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02X})", i, b)};
            }
            out.text.append(kReplacement);
            ++out.invalid_utf8_sequences;
            i += len;
            continue;
        }
        const char32_t cp = sequence.code_point;
        if (forbidden_in_xml(cp)) {
            ++out.removed_controls;
        } else {
            out.text.append(bytes.substr(i, len));
        }
        i += len;
    }
    if (!is_ascii(out.text)) out.text = to_nfc(out.text);
    return out;
}

bool is_clean_input(std::string_view bytes) {
    if (bytes.substr(0, kBom.size()) == kBom) return false;
    for (std::size_t i = 0; i < bytes.size();) {
        // Eight printable ASCII bytes at once (no byte >= 0x80 or < 0x20:
        // tab and LF, also clean, take the byte path).
        if (i + swar::kWordBytes <= bytes.size()) {
            const std::uint64_t w = swar::load(bytes.data() + i);
            const std::uint64_t below_space = (w - swar::kOnes * 0x20) & ~w & swar::kHighBits;
            if (swar::all_ascii(w) && below_space == 0) {
                i += swar::kWordBytes;
                continue;
            }
        }
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (is_plain_ascii(b)) {
            ++i;
            continue;
        }
        if (b < 0x80) return false;  // CR or another control
        const Utf8Sequence sequence = decode_utf8_sequence(bytes.substr(i));
        // to_nfc keeps text of NFC-inert code points as it is.
        if (!sequence.valid || forbidden_in_xml(sequence.code_point) || !is_nfc_inert(sequence.code_point)) {
            return false;
        }
        i += sequence.length;
    }
    return true;
}

}  // namespace artnorm
