#include "html/headline_choice.hpp"

#include "unicode/locale.hpp"

namespace artnorm::html {

std::string choose_headline(const std::vector<Segment>& segments, std::string_view declared,
                            std::string_view page_title, std::string_view text_rule_choice) {
    const Segment* h1 = nullptr;
    for (const Segment& s : segments) {
        if (s.shape == SegmentShape::heading && s.level == 1) {
            h1 = &s;
            break;
        }
    }
    if (h1 != nullptr) {
        if (declared.empty()) return h1->text;
        const std::string a = fold_case(h1->text), b = fold_case(declared);
        if (b.find(a) != std::string::npos || a.find(b) != std::string::npos) return h1->text;
    }
    if (!declared.empty()) return std::string(declared);
    if (!page_title.empty()) return std::string(page_title);
    return std::string(text_rule_choice);
}

}  // namespace artnorm::html
