// The text rules. Each reads and marks the shared TextDocument and fills
// facts into the Article; extract_text.cpp runs them in the order listed.
// Every rule is documented in its own file (rules/<name>.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/article.hpp"
#include "text/document.hpp"

namespace artnorm {

void apply_date_header(TextDocument& doc, Article& article);          // "date-header"
void apply_boilerplate_phrases(TextDocument& doc, Article& article);  // "boilerplate-phrases"
void apply_end_markers(TextDocument& doc, Article& article);          // "end-markers"
void apply_comment_header(TextDocument& doc, Article& article);       // "comment-header"
void apply_updated_line(TextDocument& doc, Article& article);         // "updated-line"
void apply_tag_line(TextDocument& doc, Article& article);             // "tag-line"
void apply_related_articles(TextDocument& doc, Article& article);     // "related-articles"
void apply_related_link_lines(TextDocument& doc, Article& article);   // "related-link-line"
void apply_headline(TextDocument& doc, Article& article);             // "headline"
void apply_headline_repeat(TextDocument& doc, Article& article);      // "headline-repeat"
void apply_doubled_title(TextDocument& doc, Article& article);        // "doubled-title"
void apply_dateline(TextDocument& doc, Article& article);             // "dateline"
void apply_byline(TextDocument& doc, Article& article);               // "byline"
void apply_caption_credit(TextDocument& doc, Article& article);       // "caption-credit"
void apply_figure_lines(TextDocument& doc, Article& article);         // "figure-lines"
void apply_gallery_counter(TextDocument& doc, Article& article);      // "gallery-counter"
void apply_standfirst(TextDocument& doc, Article& article);           // "standfirst"
void apply_publisher(TextDocument& doc, Article& article);            // "publisher"
void apply_more_from_publisher(TextDocument& doc, Article& article);  // "more-from-publisher"
// "body"; the last rule to read the document's texts: the body blocks take
// the texts of the body segments, and doc.folded is released.
void apply_body(TextDocument& doc, Article& article);
void apply_language(TextDocument& doc, Article& article, std::string_view forced);  // "language"

// Helpers some rules share.
bool is_boilerplate_phrase(std::string_view folded_text);  // rule "boilerplate-phrases"
bool is_related_header(std::string_view folded_text);      // rule "related-articles"
std::optional<Figure> figure_line(std::string_view text, std::string_view folded_text);  // rule "figure-lines"
bool is_credit_line(std::string_view text, std::string_view folded_text);                // rule "figure-lines"
std::optional<std::string> related_link_title(std::string_view text, std::string_view folded_text);  // "related-link-line"
std::size_t find_standfirst(const TextDocument& doc);  // rule "standfirst"
bool is_author_bio(std::string_view text);                     // rule "author-bio"
bool is_end_marker(std::string_view text, std::string_view folded_text);  // rule "end-markers"
bool is_comment_header(std::string_view folded_text);                      // rule "comment-header"
bool is_gallery_counter_line(std::string_view folded_text);  // rule "gallery-counter" (labelled counters only)
bool is_more_from_publisher(std::string_view folded_text, std::string_view folded_publisher);  // "more-from-publisher"

// All of the above, in order.
void apply_text_rules(TextDocument& doc, Article& article, std::string_view forced_language);

}  // namespace artnorm
