// Rule "hard-wrap-detection": is the text wrapped at a fixed width?
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace artnorm {

struct TextLayout {
    bool hard_wrapped = false;
    std::size_t wrap_width = 0;  // in code points, when hard_wrapped
    bool markdown = false;       // markdown-ish markup (html2text style)
};

// Rule: consider the "long" lines (at least kWrapMinLongLine code points,
// trailing spaces ignored). With at least kWrapMinLongLines of them, let W be
// their 90th-percentile length; the text is hard-wrapped at W when W is at
// most kWrapMaxWidth, at least kWrapMinShareAtMost of the long lines fit in W
// and at least kWrapMinShareNearWidth end within kWrapNearWidth columns of W
// (greedy wrapping fills lines almost to the width; unwrapped text spreads
// its line lengths widely). When that fails but the long lines of at most
// kWrapMaxWidth code points are at least kWrapMinShareWithin of them and the
// text has markdown marks (an ATX heading or "**"), the test is repeated on
// those alone (part "unwrapped-elements": html2text
// leaves list items of links unwrapped). Markdown is assumed when the text is hard-wrapped
// or has at least one ATX heading ("# ", "## "...) and one bullet indented the
// html2text way ("  * ").
TextLayout detect_layout(const std::vector<std::string_view>& lines);

inline constexpr std::size_t kWrapMinLongLine = 40;
inline constexpr std::size_t kWrapMinLongLines = 5;
inline constexpr std::size_t kWrapMaxWidth = 120;
inline constexpr double kWrapMinShareAtMost = 0.85;
inline constexpr double kWrapMinShareNearWidth = 0.40;
inline constexpr std::size_t kWrapNearWidth = 15;
inline constexpr double kWrapMinShareWithin = 0.6;

}  // namespace artnorm
