#include "html/labelled_list.hpp"

namespace artnorm::html {
namespace {

bool is_item(const HtmlSegment& s) { return s.shape == SegmentShape::bullet || s.shape == SegmentShape::numbered; }

}  // namespace

std::size_t labelled_list_of(const HtmlSegment& first_item) {
    return is_item(first_item) && first_item.container != kNone ? first_item.container : kNone;
}

bool leaves_with_label(const HtmlSegment& s, std::size_t list) {
    return list != kNone && s.container == list && is_item(s) && s.link_density >= kListedItemMinLinkDensity;
}

}  // namespace artnorm::html
