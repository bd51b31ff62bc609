#include "unicode/whitespace.hpp"

#include <cstdint>

#include "unicode/swar.hpp"

namespace artnorm {
namespace {

enum class CharKind { other, space, invisible };

// Classifies the character starting at text[i]; len receives its byte length.
CharKind classify(std::string_view text, std::size_t i, std::size_t& len) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    len = 1;
    if (b0 < 0x80) {
        return (b0 == ' ' || (b0 >= '\t' && b0 <= '\r')) ? CharKind::space : CharKind::other;
    }
    len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
    if (i + len > text.size()) { len = 1; return CharKind::other; }
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    if (len == 2 && b0 == 0xC2 && (b(1) == 0x85 || b(1) == 0xA0)) return CharKind::space;
    if (len != 3) return CharKind::other;
    const char32_t cp = ((b0 & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) return CharKind::invisible;
    if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
        cp == 0x202F || cp == 0x205F || cp == 0x3000) {
        return CharKind::space;
    }
    return CharKind::other;
}

// ASCII other than white space and controls: always CharKind::other.
bool is_printable_ascii(char c) { return c > ' ' && c < 0x7F; }

// Whether eight bytes continue a run of printable ASCII as they are:
// printable bytes and single spaces, the last byte not a space (the
// byte-wise loop of collapse_whitespace would take each of them as it is).
bool printable_run_word(std::uint64_t w) {
    using namespace swar;
    if (!all_ascii(w)) return false;
    const std::uint64_t printable = (w + kOnes * (0x80 - 0x21)) & ~(w + kOnes * (0x80 - 0x7F)) & kHighBits;
    const std::uint64_t spaces = bytes_equal(w, ' ');
    // Little-endian load, as in count_words_up_to: byte k + 1 sits above byte k.
    return (printable | spaces) == kHighBits && (spaces & (spaces << 8)) == 0 && (spaces >> 56) == 0;
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    std::size_t len = 0;
    for (std::size_t i = 0; i < text.size(); i += len) {
        // Fast path: a run of printable ASCII is appended at once, single
        // spaces between two printable characters included (they would be
        // written as they are).
        if (is_printable_ascii(text[i])) {
            len = 1;
            while (i + len < text.size()) {
                if (i + len + swar::kWordBytes <= text.size() && printable_run_word(swar::load(text.data() + i + len))) {
                    len += swar::kWordBytes;
                } else if (is_printable_ascii(text[i + len])) {
                    ++len;
                } else if (text[i + len] == ' ' && i + len + 1 < text.size() && is_printable_ascii(text[i + len + 1])) {
                    len += 2;
                } else {
                    break;
                }
            }
            if (pending_space && !out.empty()) out.push_back(' ');
            pending_space = false;
            out.append(text.substr(i, len));
            continue;
        }
        switch (classify(text, i, len)) {
        case CharKind::space: pending_space = true; break;
        case CharKind::invisible: break;
        case CharKind::other:
            if (pending_space && !out.empty()) out.push_back(' ');
            pending_space = false;
            out.append(text.substr(i, len));
            break;
        }
    }
    return out;
}

bool is_blank(std::string_view text) {
    std::size_t len = 0;
    for (std::size_t i = 0; i < text.size(); i += len) {
        if (classify(text, i, len) == CharKind::other) return false;
    }
    return true;
}

std::size_t count_code_points(std::string_view text) {
    // Every byte but UTF-8 continuation bytes (10xxxxxx) starts a code point.
    std::size_t continuation = 0;
    std::size_t i = 0;
    for (; i + swar::kWordBytes <= text.size(); i += swar::kWordBytes) {
        const std::uint64_t w = swar::load(text.data() + i);
        continuation += static_cast<std::size_t>(swar::count(w & ~(w << 1) & swar::kHighBits));
    }
    for (; i < text.size(); ++i) continuation += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    return text.size() - continuation;
}

}  // namespace artnorm
