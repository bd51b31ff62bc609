#include "text/layout.hpp"

#include <algorithm>

#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

std::string_view trim_right(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool looks_like_atx_heading(std::string_view line) {
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    return hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ';
}

// The wrap width of sorted long-line lengths, 0 when they are not wrapped
// (the test of the rule, see layout.hpp).
std::size_t wrap_width(const std::vector<std::size_t>& lengths) {
    if (lengths.size() < kWrapMinLongLines) return 0;
    const std::size_t width = lengths[(lengths.size() * 9) / 10];
    const auto at_most = static_cast<double>(std::upper_bound(lengths.begin(), lengths.end(), width) - lengths.begin());
    const auto near = static_cast<double>(std::count_if(lengths.begin(), lengths.end(), [&](std::size_t l) {
        return l <= width && l + kWrapNearWidth >= width;
    }));
    const auto total = static_cast<double>(lengths.size());
    const bool wrapped = width <= kWrapMaxWidth && at_most >= kWrapMinShareAtMost * total &&
                         near >= kWrapMinShareNearWidth * total;
    return wrapped ? width : 0;
}

}  // namespace

TextLayout detect_layout(const std::vector<std::string_view>& lines) {
    TextLayout layout;
    std::vector<std::size_t> lengths;
    bool heading = false, html2text_bullet = false, emphasis = false;
    for (std::string_view line : lines) {
        const std::size_t len = count_code_points(trim_right(line));
        if (len >= kWrapMinLongLine) lengths.push_back(len);
        heading = heading || looks_like_atx_heading(line);
        emphasis = emphasis || line.find("**") != std::string_view::npos;
        html2text_bullet = html2text_bullet || line.substr(0, 4) == "  * ";
    }
    std::sort(lengths.begin(), lengths.end());
    std::size_t width = wrap_width(lengths);
    if (width == 0 && (heading || emphasis)) {
        // Rule part "unwrapped-elements": html2text leaves some elements
        // (list items of links, tables) unwrapped; in text with markdown
        // marks (an ATX heading or "**" emphasis), when lines up to
        // kWrapMaxWidth make at least kWrapMinShareWithin of the long lines,
        // the test runs on them alone.
        const auto within = static_cast<std::size_t>(
            std::upper_bound(lengths.begin(), lengths.end(), kWrapMaxWidth) - lengths.begin());
        if (static_cast<double>(within) >= kWrapMinShareWithin * static_cast<double>(lengths.size())) {
            lengths.resize(within);
            width = wrap_width(lengths);
        }
    }
    if (width != 0) {
        layout.hard_wrapped = true;
        layout.wrap_width = width;
    }
    layout.markdown = layout.hard_wrapped || (heading && html2text_bullet);
    return layout;
}

}  // namespace artnorm
