#include "html/extract_html.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "html/body_blocks.hpp"
#include "html/body_selection.hpp"
#include "html/charset.hpp"
#include "html/dom_walk.hpp"
#include "html/headline_choice.hpp"
#include "html/json_ld.hpp"
#include "html/meta_tags.hpp"
#include "html/related_links.hpp"
#include "html/related_zone.hpp"
#include "html/segment_features.hpp"
#include "html/url_resolver.hpp"
#include "text/document.hpp"
#include "text/rules/rules.hpp"
#include "unicode/clean_input.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

using html::HtmlPage;
using html::PageMetadata;

// A figure belongs to the article when it starts inside the body's span of
// segments or at most kFigureLeadSlack segments before it (lead images sit
// above the first paragraph).
constexpr std::size_t kFigureLeadSlack = 5;

// The shared text rules that apply to HTML segments: everything but the
// body (HTML selects its own, see body_selection.hpp) and language (page
// metadata first).
void apply_shared_rules(TextDocument& doc, Article& article) {
    apply_date_header(doc, article);
    apply_boilerplate_phrases(doc, article);
    apply_updated_line(doc, article);
    apply_tag_line(doc, article);
    apply_related_articles(doc, article);
    apply_headline(doc, article);
    apply_dateline(doc, article);
    apply_byline(doc, article);
    apply_caption_credit(doc, article);
    apply_publisher(doc, article);
}

// Page metadata wins over what the text rules guessed.
void apply_metadata(const PageMetadata& meta, Article& article) {
    auto prefer = [](std::string& field, const std::string& declared) {
        if (!declared.empty()) field = declared;
    };
    prefer(article.published, meta.published);
    prefer(article.updated, meta.updated);
    prefer(article.publisher, meta.publisher);
    prefer(article.description, meta.description);
    if (!meta.authors.empty()) article.authors = meta.authors;
    if (!meta.tags.empty()) article.tags = meta.tags;
    if (article.updated == article.published) article.updated.clear();
}

// Rule "rule-roles": roles the shared rules give that keep a segment out of
// the body: headline, related zone, tag line, figure, and also what they
// consumed as a fact (byline, date or updated line) or matched as a
// boilerplate phrase (share/subscribe lines): the article's container often
// holds them above or below the text.
bool excluded_by_rules(Role role) {
    return role == Role::headline || role == Role::related || role == Role::tags ||
           role == Role::figure || role == Role::metadata || role == Role::boilerplate;
}

// Rule "quoted-metadata": a date or byline line inside a blockquote is the
// attribution of what is quoted (an embedded post: "— Name (@handle) Oct 9,
// 2018"), part of the quote, not a fact line of the page: it stays in the
// body even when the shared rules read a date or a byline from it.
bool quoted_metadata(Role role, const Segment& s) {
    return role == Role::metadata && s.shape == SegmentShape::quote;
}

std::vector<std::size_t> body_segments(const TextDocument& doc, const std::vector<std::size_t>& selected,
                                       const std::string& headline) {
    std::vector<bool> is_selected(doc.size(), false);
    for (std::size_t i : selected) is_selected[i] = true;
    const std::vector<bool> outside_zone = html::related_outside_zone(doc, is_selected);  // rule "related-zone-header"
    std::vector<std::size_t> body;
    for (std::size_t i : selected) {
        const Segment& s = doc.segments[i];
        if (excluded_by_rules(doc.roles[i]) && !quoted_metadata(doc.roles[i], s) && !outside_zone[i]) continue;
        if (s.shape == SegmentShape::heading && s.text == headline) continue;
        body.push_back(i);
    }
    // Rule "trailing-heading": a heading with no body text after it ends the
    // article's container but introduces what follows it (comments, a
    // newsletter box, related stories), not article text.
    while (!body.empty() && doc.segments[body.back()].shape == SegmentShape::heading) body.pop_back();
    return body;
}

void add_figures(const HtmlPage& page, const std::vector<std::size_t>& body,
                 const html::UrlResolver& urls, Article& article) {
    if (body.empty()) return;
    const std::size_t first = body.front() > kFigureLeadSlack ? body.front() - kFigureLeadSlack : 0;
    for (const html::RawFigure& raw : page.figures) {
        if (raw.segment < first || raw.segment > body.back()) continue;
        Figure figure;
        figure.caption = raw.caption;
        figure.credit = raw.credit;
        figure.src = urls.resolve(raw.src);
        if (figure.caption.empty() && figure.src.empty()) continue;
        article.figures.push_back(std::move(figure));
    }
}

}  // namespace

Expected<Article> extract_from_html(std::string_view input, const Options& options) {
    // Peak memory: a page that is UTF-8 and clean already (the usual case)
    // is parsed as it is, without a decoded and a cleaned copy; copies that
    // are made are freed once the walk has read the page.
    std::string decoded;
    std::string_view text = input;
    if (!html::is_utf8_page(input, options.charset)) {
        decoded = html::decode_page(input, options.charset).text;
        text = decoded;
    }
    CleanText cleaned;
    if (!is_clean_input(text)) {
        auto result = clean_input(text, options.strict_utf8);
        if (!result) return result.error();
        cleaned = std::move(result.value());
        text = cleaned.text;
    }
    if (is_blank(text)) {
        return Error{Status::empty_input, "the page holds no text (empty or white space only)"};
    }
    std::optional<HtmlPage> walked = html::walk_html(text);
    if (!walked) return Error{Status::no_article, "the HTML parser found no document in the input"};
    std::string().swap(cleaned.text);
    std::string().swap(decoded);
    HtmlPage page = std::move(*walked);
    PageMetadata meta = html::read_json_ld(page.metadata.json_ld);
    meta.fill_from(html::read_meta_tags(page.metadata));
    const html::UrlResolver urls(page.metadata.base_href, options.base_url, meta.url);

    Article article;
    article.provenance.format = "html";
    article.provenance.input_bytes = input.size();
    article.provenance.invalid_utf8_sequences = cleaned.invalid_utf8_sequences;
    article.provenance.removed_controls = cleaned.removed_controls;

    const std::vector<std::size_t> selected = html::select_body(page);
    // The shared rules get the segments' texts; the HTML features the steps
    // after them read stay beside them.
    html::SplitSegments split = html::split_segments(page);
    TextDocument doc = make_document(std::move(split.texts));
    apply_shared_rules(doc, article);
    apply_metadata(meta, article);
    article.headline = html::choose_headline(doc.segments, meta.declared_headlines(), meta.page_title,
                                             article.headline);

    const std::vector<std::size_t> body = body_segments(doc, selected, article.headline);
    html::attach_related_links(doc, split.features, body.empty() ? 0 : body.front(), urls, article);
    add_figures(page, body, urls, article);
    // The rules are done with the case-folded texts, and the blocks are the
    // last readers of the body segments' texts: they take them over.
    doc.folded = FoldedTexts{};
    article.body = html::make_body_blocks(doc.segments, split.features, body);

    if (!options.language.empty()) {
        article.language = options.language;
    } else if (!meta.language.empty()) {
        article.language = meta.language;
    } else {
        apply_language(doc, article, {});
    }
    if (article.body.empty()) return Error{Status::no_article, "no article body found in the page"};
    return article;
}

}  // namespace artnorm
