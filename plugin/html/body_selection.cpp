#include "html/body_selection.hpp"

#include <algorithm>
#include <string>

#include "html/embedded_teasers.hpp"
#include "html/labelled_list.hpp"
#include "html/lone_link_line.hpp"
#include "html/off_style_trailer.hpp"
#include "html/printed_address.hpp"
#include "html/reading_time.hpp"
#include "html/repeated_table_header.hpp"
#include "html/separator_trailer.hpp"
#include "html/tweetable_quote.hpp"
#include "text/text_features.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm::html {
namespace {

bool is_caption(const HtmlSegment& s) { return s.tag == "figcaption" || s.tag == "credit"; }

bool is_small_print(const HtmlSegment& s) { return s.tag == kSmallPrintTag; }

// Rule "prose-with-links" (body_selection.hpp, step 8).
bool is_link_heavy(const HtmlSegment& s, double chars) {
    if (s.link_density <= kMaxLinkDensity || prints_address(s.text)) return false;  // rule "printed-address"
    const double own_chars = chars * (1.0 - s.link_density);
    const double own_needed = ends_with_sentence_end(s.text) ? kSentenceOwnChars : kProseOwnChars;
    return s.link_density > kProseMaxLinkDensity || own_chars < own_needed;
}

// Rule "unrendered-shortcode" (body_selection.hpp, step 11).
bool is_unrendered_shortcode(std::string_view text) {
    if (!text.starts_with('[')) return false;
    std::size_t end = 1;
    while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= 'A' && text[end] <= 'Z') ||
                                 text[end] == '_' || text[end] == '-')) {
        ++end;
    }
    if (end == 1 || end == text.size() || (text[end] != ' ' && text[end] != ']')) return false;
    const std::string_view name = text.substr(1, end - 1);
    const std::string closing = "[/" + std::string(name) + "]";
    return text.size() > name.size() + closing.size() && text.ends_with(closing);
}

bool is_scored(const HtmlSegment& s, std::size_t chars) {
    return chars >= kMinScoredChars && s.shape != SegmentShape::heading && !is_caption(s);
}

std::size_t count_commas(std::string_view text) {
    std::size_t n = static_cast<std::size_t>(std::count(text.begin(), text.end(), ','));
    for (std::string_view wide : {"\xEF\xBC\x8C", "\xE3\x80\x81", "\xD8\x8C"}) {  // ， 、 ،
        for (std::size_t at = text.find(wide); at != std::string_view::npos; at = text.find(wide, at + 1)) ++n;
    }
    return n;
}

double tag_bonus(const Container& c) {
    double bonus = static_cast<double>(c.class_score);
    if (c.tag == "div" || c.tag == "article" || c.tag == "main" || c.tag == "section") {
        bonus += kContainerTagBonus;
    } else if (c.tag == "td" || c.tag == "blockquote" || c.tag == "pre") {
        bonus += kCellTagBonus;
    }
    if (c.itemprop_body) bonus += kArticleBodyBonus;
    return bonus;
}

// The container or one of its kBoilerplateReach nearest ancestors is boilerplate.
bool near_boilerplate(const std::vector<Container>& containers, std::size_t c) {
    for (int level = 0; level <= kBoilerplateReach && c != kNone; ++level, c = containers[c].parent) {
        if (containers[c].boilerplate) return true;
    }
    return false;
}

}  // namespace

std::vector<std::size_t> select_body(const HtmlPage& page) {
    const auto& segments = page.segments;
    const auto& containers = page.containers;
    std::vector<double> chars(segments.size());
    // Prefix sums of characters and link characters: container link density in O(1).
    std::vector<double> prefix_chars(segments.size() + 1, 0.0), prefix_links(segments.size() + 1, 0.0);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        chars[i] = static_cast<double>(count_code_points(segments[i].text));
        prefix_chars[i + 1] = prefix_chars[i] + chars[i];
        prefix_links[i + 1] = prefix_links[i] + chars[i] * segments[i].link_density;
    }
    auto link_density = [&](const Container& c) {
        const double total = prefix_chars[c.end_segment] - prefix_chars[c.first_segment];
        return total <= 0 ? 0.0 : (prefix_links[c.end_segment] - prefix_links[c.first_segment]) / total;
    };

    std::vector<double> score(containers.size(), 0.0);
    std::vector<bool> touched(containers.size(), false);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const HtmlSegment& s = segments[i];
        if (!is_scored(s, static_cast<std::size_t>(chars[i]))) continue;
        const double content = 1.0 + static_cast<double>(count_commas(s.text)) +
                               std::min(chars[i] / static_cast<double>(kCharsPerPoint), kMaxLengthPoints);
        std::size_t c = s.container;
        for (int level = 0; level < kScoreAncestorLevels && c != kNone; ++level, c = containers[c].parent) {
            if (!touched[c]) {
                touched[c] = true;
                score[c] = tag_bonus(containers[c]);
            }
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            score[c] += content / divider;
        }
    }
    std::size_t top = kNone;
    std::vector<double> final_score(containers.size(), 0.0);
    for (std::size_t c = 0; c < containers.size(); ++c) {
        if (!touched[c]) continue;
        final_score[c] = score[c] * (1.0 - link_density(containers[c]));
        if (near_boilerplate(containers, c)) final_score[c] *= kBoilerplatePenalty;
        if (top == kNone || final_score[c] > final_score[top]) top = c;
    }
    std::vector<std::size_t> body;
    if (top == kNone) return body;

    // Ranges that make up the article: the top container and its siblings.
    std::vector<bool> chosen(segments.size(), false);
    auto take_range = [&](const Container& c) {
        for (std::size_t i = c.first_segment; i < c.end_segment; ++i) chosen[i] = true;
    };
    take_range(containers[top]);
    std::vector<std::size_t> roots{top};  // chosen containers
    auto inside_chosen = [&](std::size_t c) {
        for (std::size_t root : roots) {
            if (c > root && containers[c].first_segment >= containers[root].first_segment &&
                containers[c].end_segment <= containers[root].end_segment) {
                return true;
            }
        }
        return false;
    };
    const std::size_t parent = containers[top].parent;
    if (parent != kNone) {
        const double threshold = std::max(kMinSiblingScore, final_score[top] * kSiblingShare);
        for (std::size_t c = 0; c < containers.size(); ++c) {
            if (c != top && containers[c].parent == parent && touched[c] && final_score[c] >= threshold) {
                take_range(containers[c]);
                roots.push_back(c);
            }
        }
        const Container& p = containers[parent];
        for (std::size_t i = p.first_segment; i < p.end_segment; ++i) {
            const HtmlSegment& s = segments[i];
            if (s.container == parent && chars[i] >= static_cast<double>(kSiblingParagraphChars) &&
                s.link_density < kSiblingMaxLinkDensity) {
                chosen[i] = true;
            }
        }
    }
    // Rule "repeated-container": the article split in chunks of the same kind.
    if (containers[top].signature != 0) {
        const Container& best = containers[top];
        for (std::size_t c = 0; c < containers.size(); ++c) {
            const Container& other = containers[c];
            const bool encloses_top = other.first_segment <= best.first_segment && other.end_segment >= best.end_segment;
            if (c == top || other.signature != best.signature || encloses_top || inside_chosen(c) ||
                !touched[c] || final_score[c] < kMinSiblingScore || near_boilerplate(containers, c)) {
                continue;
            }
            take_range(other);
            roots.push_back(c);
        }
    }
    // Rule "ad-slot": segments of a script-holding container with label-sized text.
    for (const Container& c : containers) {
        if (!c.holds_embed || c.first_segment >= c.end_segment) continue;
        if (prefix_chars[c.end_segment] - prefix_chars[c.first_segment] > kAdLabelMaxChars) continue;
        for (std::size_t i = c.first_segment; i < c.end_segment; ++i) chosen[i] = false;
    }
    // Step 7's link-heavy segments, but for rules "tweetable-quote" (step 20)
    // and "lone-link-line" (step 19).
    std::vector<bool> heavy(segments.size(), false), link_heavy(segments.size(), false);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        heavy[i] = chosen[i] && is_link_heavy(segments[i], chars[i]) &&
                   !is_tweetable_quote(segments[i]);  // rule "tweetable-quote", step 20
    }
    for (std::size_t i = 0; i < segments.size(); ++i) link_heavy[i] = heavy[i] && !is_lone_link_line(page, chosen, heavy, i);
    // Rule "link-list-label": the next chosen segment is a dropped link list;
    // part "labelled-list": the list it labels (step 21).
    std::size_t labelled_list = kNone;
    auto labels_link_list = [&](std::size_t i) {
        const HtmlSegment& s = segments[i];
        if (s.shape != SegmentShape::plain || count_words(s.text) > kLinkLabelMaxWords ||
            ends_with_sentence_end(s.text) || prints_address(s.text)) {
            return false;
        }
        std::size_t next = i + 1;
        while (next < segments.size() && !chosen[next]) ++next;
        if (next >= segments.size() || !link_heavy[next]) return false;
        labelled_list = labelled_list_of(segments[next]);
        return true;
    };
    // Rule "small-print", part "small-type-page": when small print makes up
    // kSmallPrintMaxShare or more of the chosen text, the page sets its
    // article in small type, and small print is not dropped.
    double chosen_chars = 0.0, small_chars = 0.0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (!chosen[i]) continue;
        chosen_chars += chars[i];
        if (is_small_print(segments[i])) small_chars += chars[i];
    }
    const bool small_type_page = chosen_chars > 0.0 && small_chars >= chosen_chars * kSmallPrintMaxShare;
    std::vector<bool> keep(segments.size(), false), link_heavy_only(segments.size(), false);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (!chosen[i]) continue;
        const HtmlSegment& s = segments[i];
        // Inside a boilerplate container that is itself inside the article.
        const std::size_t boilerplate = page.boilerplate_of[i];
        if (is_caption(s) || (is_small_print(s) && !small_type_page) || is_unrendered_shortcode(s.text) || is_reading_time(s.text) ||
            leaves_with_label(s, labelled_list) || labels_link_list(i) ||
            (boilerplate != kNone && inside_chosen(boilerplate)) ||
            repeats_table_header(page, i)) {  // rule "repeated-table-header", step 18
            continue;
        }
        if (link_heavy[i]) {
            link_heavy_only[i] = true;
            continue;
        }
        keep[i] = true;
    }
    keep_embedded_teasers(page, link_heavy_only, keep);  // rule "embedded-teaser", step 13
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (keep[i]) body.push_back(i);
    }
    drop_off_style_trailer(page, body);  // rule "off-style-trailer", step 16
    drop_separator_trailer(page, body);  // rule "separator-trailer", step 17
    return body;
}

}  // namespace artnorm::html
