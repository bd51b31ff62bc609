#include "html/headline_choice.hpp"

#include <algorithm>

#include "metadata/site_name.hpp"
#include "unicode/locale.hpp"
#include "unicode/words.hpp"

namespace artnorm::html {
namespace {

// U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe.
constexpr std::string_view kTypographicApostrophe = "\xE2\x80\x99";

std::string comparable(std::string_view headline) {
    const std::string folded = fold_case(headline);
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size();) {
        if (std::string_view(folded).substr(i).starts_with(kTypographicApostrophe)) {
            out += '\'';
            i += kTypographicApostrophe.size();
        } else {
            out += folded[i++];
        }
    }
    return out;
}

// Whether needle's words are a run of haystack's words.
bool is_word_run_of(const std::vector<std::string_view>& needle, const std::vector<std::string_view>& haystack) {
    if (needle.empty() || needle.size() > haystack.size()) return false;
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

}  // namespace

bool headlines_agree(std::string_view a, std::string_view b) {
    const std::string fa = comparable(a), fb = comparable(b);
    const std::vector<std::string_view> wa = split_words(fa), wb = split_words(fb);
    return is_word_run_of(wa, wb) || is_word_run_of(wb, wa);
}

std::string choose_headline(const std::vector<Segment>& segments,
                            const std::vector<std::string_view>& declared, std::string_view page_title,
                            std::string_view text_rule_choice) {
    for (const Segment& s : segments) {
        if (s.shape != SegmentShape::heading || s.level != 1) continue;
        if (declared.empty()) return s.text;
        for (std::string_view d : declared) {
            if (headlines_agree(s.text, split_site_name(d).title)) return s.text;
        }
        if (!page_title.empty() && headlines_agree(s.text, page_title)) return s.text;
    }
    if (!declared.empty()) return std::string(declared.front());
    if (!page_title.empty()) return std::string(page_title);
    return std::string(text_rule_choice);
}

}  // namespace artnorm::html
