#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/layout.hpp"

using namespace artnorm;

namespace {
// A paragraph hard-wrapped at about 78 columns, plus long unwrapped lines.
std::vector<std::string> page(bool markdown, int unwrapped) {
    std::vector<std::string> lines;
    if (markdown) lines.push_back("## A Heading Of The Page");
    const std::string wrapped[] = {
        "NEW DELHI: Their dream shattered and huge savings wasted, nearly 150 people",
        "returned home broke on Wednesday after being deported for either violating the",
        "visa norms or entering the country illegally. As they stepped outside of the",
        "airport, one after the other, they appeared sad and tired after the long trip.",
    };
    for (int r = 0; r < 3; ++r) for (const std::string& l : wrapped) lines.push_back(l);
    for (int u = 0; u < unwrapped; ++u) {
        lines.push_back("  * A list item of links that html2text leaves unwrapped however long it is, " +
                        std::string(150, 'x'));
    }
    return lines;
}

TextLayout layout_of(const std::vector<std::string>& lines) {
    std::vector<std::string_view> views(lines.begin(), lines.end());
    return detect_layout(views);
}
}  // namespace

TEST_CASE("hard-wrap-detection: wrapped paragraphs are found", "[text][layout]") {
    const TextLayout l = layout_of(page(false, 0));
    CHECK(l.hard_wrapped);
    CHECK(l.wrap_width >= 75);
    CHECK(l.wrap_width <= 80);
}

TEST_CASE("hard-wrap-detection: unwrapped-elements - long list lines do not hide the wrapping", "[text][layout]") {
    CHECK(layout_of(page(true, 5)).hard_wrapped);  // 12 wrapped, 5 unwrapped: 70 % within
    CHECK_FALSE(layout_of(page(false, 5)).hard_wrapped);  // no markdown marks: not html2text
    CHECK_FALSE(layout_of(page(true, 12)).hard_wrapped);  // half the long lines unwrapped
}
