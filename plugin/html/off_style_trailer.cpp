#include "html/off_style_trailer.hpp"

#include <map>

namespace artnorm::html {
namespace {

bool is_text_block(const HtmlSegment& s) { return s.shape == SegmentShape::plain && (s.tag == "p" || s.tag == "div"); }

// Part "nested-note": container c is outer or lies inside it.
bool inside(const std::vector<Container>& containers, std::size_t c, std::size_t outer) {
    for (; c != kNone; c = containers[c].parent) if (c == outer) return true;
    return false;
}

}  // namespace

void drop_off_style_trailer(const HtmlPage& page, std::vector<std::size_t>& body) {
    std::map<std::size_t, std::size_t> paragraphs_of_style;
    for (std::size_t i : body) {
        if (is_text_block(page.segments[i])) ++paragraphs_of_style[page.block_style[i]];
    }
    std::size_t dominant = 0, dominant_count = 0;
    for (const auto& [style, count] : paragraphs_of_style) {
        if (count > dominant_count) dominant = style, dominant_count = count;
    }
    if (dominant_count < kMinDominantParagraphs) return;
    std::size_t text_container = kNone;  // of the article's last dominant-style paragraph
    for (auto it = body.rbegin(); it != body.rend() && text_container == kNone; ++it) {
        if (is_text_block(page.segments[*it]) && page.block_style[*it] == dominant) text_container = page.segments[*it].container;
    }
    for (std::size_t dropped = 0; dropped < kMaxTrailerParagraphs && !body.empty(); ++dropped) {
        const std::size_t last = body.back();
        const std::size_t style = page.block_style[last];
        if (!is_text_block(page.segments[last]) || style == dominant || paragraphs_of_style[style] > kMaxTrailerParagraphs ||
            inside(page.containers, page.segments[last].container, text_container)) {
            return;
        }
        body.pop_back();
    }
}

}  // namespace artnorm::html
