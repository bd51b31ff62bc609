#include "unicode/clean_input.hpp"

#include <fmt/format.h>

#include "unicode/locale.hpp"

namespace artnorm {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Allowed range of the first continuation byte after a lead byte (Unicode
// table 3-7, "well-formed UTF-8 byte sequences"); later ones are 80..BF.
struct LeadInfo {
    int length = 0;  // 0: the byte cannot start a sequence
    unsigned char second_min = 0x80, second_max = 0xBF;
};

LeadInfo lead_info(unsigned char b) {
    if (b >= 0xC2 && b <= 0xDF) return {2};
    if (b == 0xE0) return {3, 0xA0, 0xBF};
    if (b == 0xED) return {3, 0x80, 0x9F};
    if (b >= 0xE1 && b <= 0xEF) return {3};
    if (b == 0xF0) return {4, 0x90, 0xBF};
    if (b >= 0xF1 && b <= 0xF3) return {4};
    if (b == 0xF4) return {4, 0x80, 0x8F};
    return {};
}

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
        const LeadInfo lead = lead_info(b);
        std::size_t len = 1;  // bytes of the (valid or maximal invalid) sequence
        bool valid = lead.length > 0;
        if (valid) {
            for (int k = 1; k < lead.length; ++k) {
                if (i + k >= n) { valid = false; break; }
                const unsigned char c = byte(i + k);
                const unsigned char lo = k == 1 ? lead.second_min : 0x80;
                const unsigned char hi = k == 1 ? lead.second_max : 0xBF;
                if (c < lo || c > hi) { valid = false; break; }
                len = static_cast<std::size_t>(k) + 1;
            }
        }
        if (!valid) {
            if (strict_utf8) {
                return Error{Status::invalid_input,
                             fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02X})", i, b)};
            }
            out.text.append(kReplacement);
            ++out.invalid_utf8_sequences;
            i += len;
            continue;
        }
        char32_t cp = lead.length == 2 ? (b & 0x1F) : lead.length == 3 ? (b & 0x0F) : (b & 0x07);
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
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

}  // namespace artnorm
