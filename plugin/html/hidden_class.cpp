#include "html/hidden_class.hpp"

#include <string>

#include "html/class_hints.hpp"

namespace artnorm::html {
namespace {

constexpr std::string_view kHidingTokens[] = {
    "hidden", "hide", "d-none", "is-hidden", "invisible",                  // display:none utilities
    "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden",  // part "screen-reader-class"
};

bool equals_ignoring_ascii_case(std::string_view a, std::string_view lower) {
    if (a.size() != lower.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char c = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
        if (c != lower[i]) return false;
    }
    return true;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Part "responsive-display": a token that shows the element again on some
// screens ("d-none d-lg-block", Bootstrap 3 "visible-md", Tailwind "hidden
// md:block"). Print-only display ("d-print-block") does not show it on a
// screen.
bool shows_on_some_screen(std::string_view token) {
    if (token.starts_with("d-")) return !token.starts_with("d-print") && !token.ends_with("none");
    if (token.starts_with("visible-")) return true;
    const std::size_t colon = token.find(':');
    return colon != std::string_view::npos && token.substr(colon + 1) != "hidden";
}

}  // namespace

bool names_hidden_box(std::string_view class_attr) {
    bool hiding = false, shown = false;
    std::string others;  // the tokens besides the hiding ones, for the content hint
    std::size_t pos = 0;
    while (pos < class_attr.size()) {
        while (pos < class_attr.size() && is_space(class_attr[pos])) ++pos;
        const std::size_t start = pos;
        while (pos < class_attr.size() && !is_space(class_attr[pos])) ++pos;
        const std::string_view token = class_attr.substr(start, pos - start);
        bool hides = false;
        for (std::string_view t : kHidingTokens) hides = hides || equals_ignoring_ascii_case(token, t);
        hiding = hiding || hides;
        shown = shown || shows_on_some_screen(token);
        if (!hides) others.append(token).push_back(' ');
    }
    return hiding && !shown && class_hint_score(others, {}) <= 0;
}

}  // namespace artnorm::html
