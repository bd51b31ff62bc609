// Shared helpers of the [html] tests.
#pragma once

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "html/body_selection.hpp"
#include "html/dom_walk.hpp"
#include "support/xml_checks.hpp"

namespace artnorm::html_test {

inline std::string read_fixture(std::string_view name) {
    std::ifstream in(artnorm::test::test_path(std::string("unit/html/fixtures/") + std::string(name)),
                     std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline html::HtmlPage walk(std::string_view page) {
    std::optional<html::HtmlPage> walked = html::walk_html(page);
    return walked ? std::move(*walked) : html::HtmlPage{};
}

inline std::string all_text(const html::HtmlPage& page) {
    std::string out;
    for (const Segment& s : page.segments) out += s.text + "\n";
    return out;
}

// The texts of the segments select_body keeps, one per line.
inline std::string selected_text(const html::HtmlPage& page) {
    std::string out;
    for (std::size_t i : html::select_body(page)) out += page.segments[i].text + "\n";
    return out;
}

inline std::string selected_text(std::string_view page) { return selected_text(walk(page)); }

}  // namespace artnorm::html_test
