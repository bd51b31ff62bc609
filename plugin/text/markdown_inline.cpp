#include "text/markdown_inline.hpp"

#include <cctype>

namespace artnorm {
namespace {

bool is_ascii_punct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
bool is_space_or_edge(std::string_view s, std::ptrdiff_t i) {
    return i < 0 || i >= static_cast<std::ptrdiff_t>(s.size()) || s[i] == ' ' || s[i] == '\t';
}

// Finds "](url)" closing a bracket text that starts at open ('['); returns
// the index just past ')' and sets text_end to the index of ']', or npos.
std::size_t match_link(std::string_view s, std::size_t open, std::size_t& text_end) {
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == '[') ++depth;
        else if (s[i] == ']' && --depth == 0) {
            if (i + 1 >= s.size() || s[i + 1] != '(') return std::string_view::npos;
            const std::size_t close = s.find(')', i + 2);
            if (close == std::string_view::npos || s.substr(i + 2, close - i - 2).find(' ') !=
                                                       std::string_view::npos) {
                return std::string_view::npos;
            }
            text_end = i;
            return close + 1;
        }
    }
    return std::string_view::npos;
}

std::string strip_links(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        // The text up to the next '[' (or the '!' of "![") is copied at once.
        std::size_t next = s.find('[', i);
        if (next == std::string_view::npos) {
            out.append(s.substr(i));
            break;
        }
        if (next > i && s[next - 1] == '!') --next;
        out.append(s.substr(i, next - i));
        i = next;
        const bool image = s[i] == '!' && i + 1 < s.size() && s[i + 1] == '[';
        const std::size_t open = image ? i + 1 : i;
        if (s[open] == '[') {
            std::size_t text_end = 0;
            const std::size_t past = match_link(s, open, text_end);
            if (past != std::string_view::npos) {
                if (!image) out += strip_links(s.substr(open + 1, text_end - open - 1));
                i = past;
                continue;
            }
        }
        out.push_back(s[i++]);
    }
    return out;
}

std::string strip_emphasis(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    const auto n = static_cast<std::ptrdiff_t>(s.size());
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const char c = s[i];
        if (c != '\\' && c != '*' && c != '_') {  // a run of plain text, copied at once
            std::ptrdiff_t end = i + 1;
            while (end < n && s[end] != '\\' && s[end] != '*' && s[end] != '_') ++end;
            out.append(s.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(end - i)));
            i = end - 1;
            continue;
        }
        if (c == '\\' && i + 1 < n && is_ascii_punct(s[i + 1])) {
            out.push_back(s[++i]);
            continue;
        }
        if ((c == '*' || c == '_') && i + 1 < n && s[i + 1] == c) {  // "**" / "__"
            ++i;
            continue;
        }
        if (c == '_' || c == '*') {
            // A marker opens before a word or closes after one; inside a word
            // ("snake_case", "5*3") it is text.
            const bool opens = is_space_or_edge(s, i - 1) && !is_space_or_edge(s, i + 1);
            const bool closes = !is_space_or_edge(s, i - 1) &&
                                (is_space_or_edge(s, i + 1) || is_ascii_punct(s[i + 1]));
            const bool inside_word = i > 0 && i + 1 < n && std::isalnum(static_cast<unsigned char>(s[i - 1])) &&
                                     std::isalnum(static_cast<unsigned char>(s[i + 1]));
            if ((opens || closes) && !inside_word) continue;
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace

std::string strip_markdown_inline(std::string_view text, bool markdown) {
    // Without links, emphasis is stripped from the text itself: no copy first.
    if (text.find('[') == std::string_view::npos) return markdown ? strip_emphasis(text) : std::string(text);
    std::string out = strip_links(text);
    return markdown ? strip_emphasis(out) : out;
}

}  // namespace artnorm
