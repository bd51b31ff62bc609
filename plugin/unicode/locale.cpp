#include "unicode/locale.hpp"

#include <algorithm>
#include <boost/locale.hpp>

namespace artnorm {

const std::locale& unicode_locale() {
    static const std::locale locale = [] {
        boost::locale::generator generator;
        generator.use_ansi_encoding(false);
        return generator("en_US.UTF-8");
    }();
    return locale;
}

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string to_nfc(std::string_view utf8) {
    // ASCII is already in NFC; skipping ICU here is the common fast path.
    if (is_ascii(utf8)) return std::string(utf8);
    return boost::locale::normalize(utf8.data(), utf8.data() + utf8.size(),
                                    boost::locale::norm_nfc, unicode_locale());
}

std::string fold_case(std::string_view utf8) {
    if (is_ascii(utf8)) {
        std::string out(utf8);
        std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
            return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        });
        return out;
    }
    return boost::locale::fold_case(utf8.data(), utf8.data() + utf8.size(), unicode_locale());
}

}  // namespace artnorm
