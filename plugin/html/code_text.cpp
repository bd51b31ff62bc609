#include "html/code_text.hpp"

#include "unicode/locale.hpp"

namespace artnorm::html {
namespace {

bool is_trailing_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

}  // namespace

std::string tidy_code_text(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    std::size_t pending_newlines = 0;  // blank lines wait until text follows them
    std::size_t start = 0;
    while (start <= raw.size()) {
        std::size_t end = raw.find_first_of("\r\n", start);
        if (end == std::string_view::npos) end = raw.size();
        std::string_view line = raw.substr(start, end - start);
        while (!line.empty() && is_trailing_blank(line.back())) line.remove_suffix(1);
        if (!line.empty()) {
            if (!out.empty()) out.append(pending_newlines + 1, '\n');
            out.append(line);
            pending_newlines = 0;
        } else if (!out.empty()) {
            ++pending_newlines;
        }
        if (end == raw.size()) break;
        start = end + ((raw[end] == '\r' && end + 1 < raw.size() && raw[end + 1] == '\n') ? 2 : 1);
    }
    return is_ascii(out) ? out : to_nfc(out);
}

}  // namespace artnorm::html
