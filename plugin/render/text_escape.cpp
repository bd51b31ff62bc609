#include "render/text_escape.hpp"

#include "unicode/swar.hpp"

namespace artnorm {
namespace {

bool is_special(char c) { return c == '<' || c == '>' || c == '&' || c == '"' || c == '\r'; }

}  // namespace

bool needs_text_escape(std::string_view text) noexcept {
    std::size_t i = 0;
    for (; i + swar::kWordBytes <= text.size(); i += swar::kWordBytes) {
        const std::uint64_t w = swar::load(text.data() + i);
        if ((swar::bytes_equal(w, '<') | swar::bytes_equal(w, '>') | swar::bytes_equal(w, '&') |
             swar::bytes_equal(w, '"') | swar::bytes_equal(w, '\r')) != 0) {
            return true;
        }
    }
    for (; i < text.size(); ++i) {
        if (is_special(text[i])) return true;
    }
    return false;
}

std::string escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '"': out += "&quot;"; break;
            case '\r': out += "&#13;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace artnorm
