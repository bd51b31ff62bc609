#include "text/rules/rules.hpp"

namespace artnorm {

// Order matters: facts with unmistakable markers first (dates, banners, tag
// lines, related zones), then the headline, which anchors the search for
// datelines, bylines and captions, and the body classifier last, on what is
// left.
void apply_text_rules(TextDocument& doc, Article& article, std::string_view forced_language) {
    apply_date_header(doc, article);
    apply_boilerplate_phrases(doc, article);
    apply_end_markers(doc, article);
    apply_comment_header(doc, article);
    apply_updated_line(doc, article);
    apply_tag_line(doc, article);
    apply_related_articles(doc, article);
    apply_related_link_lines(doc, article);
    apply_headline(doc, article);
    apply_headline_repeat(doc, article);
    apply_doubled_title(doc, article);
    apply_dateline(doc, article);
    apply_byline(doc, article);
    apply_caption_credit(doc, article);
    apply_figure_lines(doc, article);
    apply_gallery_counter(doc, article);
    apply_standfirst(doc, article);
    apply_publisher(doc, article);
    apply_more_from_publisher(doc, article);
    apply_body(doc, article);
    apply_language(doc, article, forced_language);
}

}  // namespace artnorm
