#include "html/dom_walk.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "html/class_hints.hpp"
#include "html/code_text.hpp"
#include "html/fine_print_style.hpp"
#include "html/hidden_class.hpp"
#include "html/parse_html.hpp"
#include "html/removal_rules.hpp"
#include "html/tag_table.hpp"
#include "unicode/locale.hpp"
#include "unicode/whitespace.hpp"
#include "unicode/words.hpp"
#include "xml/libxml_text.hpp"

namespace artnorm::html {
namespace {

// Class names that mark a figure's credit line inside <figure>.
bool names_credit(std::string_view class_attr) {
    for (std::string_view word : {"credit", "copyright", "photographer", "source", "byline"}) {
        if (class_attr.find(word) != std::string_view::npos) return true;
    }
    return false;
}

// Elements that wrap whole pages or articles: their class says nothing
// about one picture.
bool is_page_structure(std::string_view tag) {
    return tag == "html" || tag == "body" || tag == "article" || tag == "main";
}

// Tag and class of a container as one hash, for rule "repeated-container"
// (body_selection.hpp); 0 when it has no class.
std::size_t container_signature(std::string_view tag, std::string_view class_attr) {
    if (class_attr.empty()) return 0;
    const std::size_t h = std::hash<std::string_view>{}(class_attr) ^ (std::hash<std::string_view>{}(tag) << 1);
    return h == 0 ? 1 : h;
}

// Style of a block for rule "off-style-trailer" (HtmlPage::block_style):
// its tag, class and inline style as one hash; 0 when it has neither class
// nor inline style.
std::size_t block_style(std::string_view tag, std::string_view class_attr, std::string_view style_attr) {
    if (class_attr.empty() && style_attr.empty()) return 0;
    const std::size_t h = container_signature(tag, class_attr) ^ (std::hash<std::string_view>{}(style_attr) << 2);
    return h == 0 ? 1 : h;
}

// Rule "script-boundary-space": where an inline element (a link, <b>,
// <span>...) begins or ends between a Chinese/Japanese character and a
// Latin letter or digit ("管理ソフト<a>KeePass</a>の"), the boundary is a
// word boundary: the page is rendered with a gap there, and without a space
// the Latin name would fuse with the surrounding ideographs into one word.
// Text that flows across scripts without an element boundary is untouched.
enum class Side : unsigned char { other, cjk, latin };

Side side_of(char32_t c) {
    if (c >= '0' && c <= '9') return Side::latin;
    switch (script_of(c)) {
    case Script::latin: return Side::latin;
    case Script::han:
    case Script::kana: return Side::cjk;
    default: return Side::other;
    }
}

char32_t last_code_point(std::string_view text) {
    std::size_t start = text.size() - 1;
    constexpr unsigned char kContinuationMask = 0xC0, kContinuation = 0x80;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & kContinuationMask) == kContinuation) --start;
    return decode_utf8(text, start).value;
}

bool needs_script_boundary_space(std::string_view before, std::string_view word) {
    if (before.empty() || word.empty()) return false;
    const Side left = side_of(last_code_point(before));
    const Side right = side_of(decode_utf8(word, 0).value);
    return (left == Side::cjk && right == Side::latin) || (left == Side::latin && right == Side::cjk);
}

// Elements that put a script's or another site's content on the page (an
// ad, a player, a widget) or a control of the page (a button, a form field),
// for rule "ad-slot" (body_selection.hpp).
bool is_embed_tag(std::string_view tag) {
    return tag == "script" || tag == "iframe" || tag == "ins" || tag == "object" || tag == "embed" ||
           tag == "button" || tag == "input" || tag == "select";
}

// Rule "image-caption-emphasis": longest caption, in bytes.
constexpr std::size_t kImageCaptionMaxBytes = 200;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Frame {
    std::string_view tag;
    TagKind kind = TagKind::inline_element;
    std::size_t container = kNone;        // Container record of this element, if any
    std::size_t saved_container = kNone;  // innermost container before it opened
    std::size_t saved_boilerplate = kNone;
    int class_sum = 0;                    // hint scores of it and its ancestors
    std::size_t position = 0;
    bool link = false, quote = false, pre = false, article = false, head = false;
    bool figure = false, figcaption = false, credit = false, row = false;
    bool caption_class = false;  // rule "caption-class"
    bool emphasis = false;       // em or i (rule "image-caption-emphasis")
    bool small = false;          // rule "small-print"
    std::size_t style = 0;       // tag and class hash (HtmlPage::block_style)
};

struct RowState {
    bool layout = false;
    std::vector<std::string> cells;
    std::size_t chars = 0, link_chars = 0;
    std::size_t block_depth = 0;  // blocks_.size() right after the tr opened
};

class Walker {
public:
    explicit Walker(HtmlPage& page) : page_(page) {}

    // Returns whether to descend into the element's children.
    bool enter(const xmlNode& node);
    void leave();
    void text(std::string_view content);
    void finish() { flush(); }

private:
    bool take_metadata(const xmlNode& node, std::string_view tag);
    bool skipped(const xmlNode& node, std::string_view tag, TagKind kind) const;
    void open_block(Frame& frame);
    void flush();
    std::string take_buffer(bool keep_lines = false);
    void reset_buffer();
    const Frame* innermost_block() const { return blocks_.empty() ? nullptr : &stack_[blocks_.back()]; }
    bool in_plain_row_cell() const;
    void make_row_layout();
    void emit(HtmlSegment segment, std::size_t image_before = kNone, std::size_t style = 0);
    void mark_picture_caption(const Frame& frame);

    HtmlPage& page_;
    std::vector<Frame> stack_;
    std::vector<std::size_t> blocks_;  // indices into stack_ of open block elements
    std::vector<RowState> rows_;
    std::vector<std::size_t> figures_;  // open <figure>s: indices into page_.figures
    std::string buffer_;
    std::string first_href_;
    std::size_t link_chars_ = 0;
    std::size_t caption_chars_ = 0;  // characters under a caption-class element
    std::size_t emphasis_chars_ = 0;  // characters under em/i
    std::size_t small_chars_ = 0;     // characters under <small>
    std::size_t pending_image_ = kNone;  // DOM position of an <img> with no text since
    std::size_t after_image_ = kNone;    // the <img> right before the buffer's text began
    std::vector<std::size_t> image_before_;  // per segment: after_image_ when it was emitted
    bool pending_space_ = false;
    bool break_pending_ = false;  // a <br> and no text since
    bool inline_boundary_ = false;  // an inline element began or ended since the last text
    std::size_t current_container_ = kNone;
    std::size_t current_boilerplate_ = kNone;  // innermost boilerplate container
    std::size_t position_ = 0;
    int link_depth_ = 0, quote_depth_ = 0, pre_depth_ = 0, article_depth_ = 0, head_depth_ = 0;
    int figcaption_depth_ = 0, credit_depth_ = 0, caption_class_depth_ = 0, emphasis_depth_ = 0;
    int small_depth_ = 0;
};

// Metadata elements: taken, never descended into. Returns true when the
// element was one of them.
bool Walker::take_metadata(const xmlNode& node, std::string_view tag) {
    RawMetadata& meta = page_.metadata;
    if (tag == "script") {
        if (attribute(node, "type").find("ld+json") != std::string_view::npos) {
            std::string body;
            for (const xmlNode* c = node.children; c != nullptr; c = c->next) {
                if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                    body += xml::to_view(c->content);
                }
            }
            meta.json_ld.push_back(std::move(body));
        }
        return true;
    }
    if (tag == "meta") {
        std::string_view key = attribute(node, "property");
        if (key.empty()) key = attribute(node, "name");
        if (key.empty()) key = attribute(node, "itemprop");
        if (key.empty()) key = attribute(node, "http-equiv");
        const std::string_view content = attribute(node, "content");
        if (!key.empty() && !content.empty()) {
            std::string lowered(key);
            for (char& c : lowered) {
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            }
            meta.meta.emplace_back(std::move(lowered), std::string(content));
        }
        return true;
    }
    if (tag == "title") {
        if (meta.title.empty() && head_depth_ > 0) {
            std::string title;
            for (const xmlNode* c = node.children; c != nullptr; c = c->next) {
                if (c->type == XML_TEXT_NODE) title += xml::to_view(c->content);
            }
            meta.title = collapse_whitespace(title);
        }
        return true;
    }
    if (tag == "base") {
        if (meta.base_href.empty()) meta.base_href = attribute(node, "href");
        return true;
    }
    if (tag == "link") {
        if (meta.canonical.empty() && attribute(node, "rel") == "canonical") {
            meta.canonical = attribute(node, "href");
        }
        return true;
    }
    return false;
}

bool Walker::skipped(const xmlNode& node, std::string_view tag, TagKind kind) const {
    if (head_depth_ > 0) return true;  // only metadata matters in <head>
    if (is_removed_tag(tag, article_depth_ > 0) && !(tag == "aside" && keep_aside(node)) &&
        !(tag == "form" && is_page_wrapper_form(node))) {
        return true;
    }
    if (node.properties == nullptr) return false;
    (void)kind;
    return is_hidden(node) ||
           (!is_page_structure(tag) && names_hidden_box(attribute(node, "class"))) ||  // rule "hidden-class"
           is_furniture_role(node) || is_non_content_class(node);
}

bool Walker::in_plain_row_cell() const {
    const Frame* block = innermost_block();
    return block != nullptr && block->kind == TagKind::table_cell && !rows_.empty() &&
           !rows_.back().layout && blocks_.size() == rows_.back().block_depth + 1;
}

// A cell holds blocks: the row is layout, not data. The cells gathered so
// far become segments of their own.
void Walker::make_row_layout() {
    RowState& row = rows_.back();
    row.layout = true;
    for (std::string& cell : row.cells) {
        if (cell.empty()) continue;
        HtmlSegment s;
        s.text = std::move(cell);
        s.tag = "td";
        s.container = current_container_;
        s.dom_position = position_;
        emit(std::move(s));
    }
    row.cells.clear();
}

void Walker::open_block(Frame& frame) {
    if (in_plain_row_cell() && frame.kind != TagKind::table_cell) {
        flush();
        make_row_layout();
    } else {
        flush();
    }
    if (frame.kind == TagKind::container || frame.kind == TagKind::table_cell) {
        Container c;
        c.tag = std::string(frame.tag);
        c.parent = current_container_;
        c.first_segment = page_.segments.size();
        page_.containers.push_back(std::move(c));
        frame.container = page_.containers.size() - 1;
        current_container_ = frame.container;
    }
}

bool Walker::enter(const xmlNode& node) {
    const std::string_view tag = xml::to_view(node.name);
    if (is_embed_tag(tag) && current_container_ != kNone && head_depth_ == 0) {
        page_.containers[current_container_].holds_embed = true;
    }
    if (take_metadata(node, tag)) return false;
    const TagKind kind = tag_kind(tag);
    if (tag == "head") {
        ++head_depth_;
    } else if (skipped(node, tag, kind)) {
        if (kind != TagKind::inline_element) pending_space_ = true;
        return false;
    }
    ++position_;
    Frame frame;
    frame.tag = tag;
    frame.kind = kind;
    frame.position = position_;
    frame.saved_container = current_container_;
    frame.saved_boilerplate = current_boilerplate_;
    frame.head = tag == "head";
    int own_score = 0;
    bool credit = false;
    if (node.properties != nullptr) {
        const std::string_view class_attr = attribute(node, "class");
        own_score = class_hint_score(class_attr, attribute(node, "id"));
        frame.style = block_style(tag, class_attr, attribute(node, "style"));
        credit = !figures_.empty() && names_credit(class_attr);
        frame.caption_class = !is_page_structure(tag) && names_caption(class_attr);
        if (tag == "html" && page_.metadata.lang.empty()) {
            page_.metadata.lang = attribute(node, "lang");
            if (page_.metadata.lang.empty()) page_.metadata.lang = attribute(node, "xml:lang");
        }
        if (tag == "time") {
            const std::string_view datetime = attribute(node, "datetime");
            if (!datetime.empty()) page_.metadata.time_datetimes.emplace_back(datetime);
        }
    }
    frame.class_sum = (stack_.empty() ? 0 : stack_.back().class_sum) + own_score;
    if (credit) {
        frame.credit = true;
        frame.kind = TagKind::text_block;  // its own segment, so it can be told apart
    }
    switch (frame.kind) {
    case TagKind::line_break:
        if (pre_depth_ > 0 && tag == "br") {  // rule "code-line-breaks"
            buffer_ += '\n';
            break;
        }
        // Rule "br-paragraphs": <br><br> (nothing but white space between)
        // ends a paragraph, as in pages that write text runs into a div.
        if (tag == "hr" || (tag == "br" && break_pending_)) flush();
        break_pending_ = tag == "br";
        pending_space_ = true;
        break;
    case TagKind::inline_element:
        inline_boundary_ = true;
        if (tag == "a") {
            frame.link = true;
            ++link_depth_;
            if (first_href_.empty()) first_href_ = attribute(node, "href");
        } else if (tag == "img" && !figures_.empty()) {
            RawFigure& figure = page_.figures[figures_.back()];
            if (figure.src.empty()) {
                for (const char* name : {"src", "data-src", "data-lazy-src", "data-original"}) {
                    const std::string_view src = attribute(node, name);
                    if (!src.empty() && !src.starts_with("data:")) {
                        figure.src = src;
                        break;
                    }
                }
            }
        }
        break;
    default:
        open_block(frame);
        break;
    }
    if (frame.kind == TagKind::table_row) {
        rows_.push_back(RowState{});
        frame.row = true;
    }
    if (frame.kind != TagKind::inline_element && frame.kind != TagKind::line_break) {
        blocks_.push_back(stack_.size());
        if (frame.row) rows_.back().block_depth = blocks_.size();
    }
    if (tag == "blockquote") frame.quote = true, ++quote_depth_;
    if (tag == "pre") frame.pre = true, ++pre_depth_;
    if (tag == "article") frame.article = true, ++article_depth_;
    if (tag == "figcaption") frame.figcaption = true, ++figcaption_depth_;
    if (frame.credit) ++credit_depth_;
    if (frame.caption_class) ++caption_class_depth_;
    if (tag == "em" || tag == "i") frame.emphasis = true, ++emphasis_depth_;
    if (tag == "img") pending_image_ = position_;
    // Rules "small-print" and "fine-print-style".
    if (tag == "small" || (!is_page_structure(tag) && declares_fine_print(attribute(node, "style")))) {
        frame.small = true, ++small_depth_;
    }
    if (tag == "figure") {
        frame.figure = true;
        RawFigure figure;
        figure.segment = page_.segments.size();
        page_.figures.push_back(std::move(figure));
        figures_.push_back(page_.figures.size() - 1);
    }
    if (frame.container != kNone && tag == "div") {
        page_.containers[frame.container].itemprop_body = attribute(node, "itemprop") == "articleBody";
    }
    if (frame.container != kNone) {
        Container& c = page_.containers[frame.container];
        c.class_score = own_score;
        c.signature = container_signature(tag, node.properties != nullptr ? attribute(node, "class") : "");
        if (node.properties != nullptr && is_boilerplate_container(node, tag)) {
            c.boilerplate = true;
            current_boilerplate_ = frame.container;
        }
    }
    stack_.push_back(frame);
    return true;
}

void Walker::leave() {
    if (stack_.empty()) return;
    const Frame frame = stack_.back();
    const bool block = frame.kind != TagKind::inline_element && frame.kind != TagKind::line_break;
    if (block) {
        if (frame.kind == TagKind::table_cell && in_plain_row_cell()) {
            RowState& row = rows_.back();
            row.chars += buffer_.size();
            row.link_chars += link_chars_;
            row.cells.push_back(take_buffer());
            reset_buffer();
        } else {
            flush();
        }
    }
    stack_.pop_back();
    if (block) blocks_.pop_back();
    if (frame.kind == TagKind::inline_element) inline_boundary_ = true;
    if (frame.row && !rows_.empty()) {
        RowState row = std::move(rows_.back());
        rows_.pop_back();
        bool any = false;
        for (const std::string& cell : row.cells) any = any || !cell.empty();
        if (!row.layout && any) {
            HtmlSegment s;
            for (const std::string& cell : row.cells) {
                if (cell.empty()) continue;
                if (!s.text.empty()) s.text += ' ';
                s.text += cell;
            }
            s.shape = SegmentShape::table_row;
            s.cells = std::move(row.cells);
            s.tag = "tr";
            s.link_density = row.chars == 0 ? 0.0 : static_cast<double>(row.link_chars) / row.chars;
            s.class_score = frame.class_sum;
            s.container = frame.saved_container;
            s.dom_position = frame.position;
            emit(std::move(s));
        }
    }
    if (frame.container != kNone) {
        page_.containers[frame.container].end_segment = page_.segments.size();
        mark_picture_caption(frame);
        current_container_ = frame.saved_container;
        current_boilerplate_ = frame.saved_boilerplate;
    }
    if (frame.link) --link_depth_;
    if (frame.quote) --quote_depth_;
    if (frame.pre) --pre_depth_;
    if (frame.article) --article_depth_;
    if (frame.head) --head_depth_;
    if (frame.figcaption) --figcaption_depth_;
    if (frame.credit) --credit_depth_;
    if (frame.caption_class) --caption_class_depth_;
    if (frame.emphasis) --emphasis_depth_;
    if (frame.small) --small_depth_;
    if (frame.figure && !figures_.empty()) {
        const std::size_t index = figures_.back();
        figures_.pop_back();
        const RawFigure& figure = page_.figures[index];
        if (index + 1 == page_.figures.size() && figure.src.empty() && figure.caption.empty()) {
            page_.figures.pop_back();
        }
    }
}

void Walker::text(std::string_view content) {
    if (head_depth_ > 0) return;
    if (pre_depth_ > 0) {  // rule "code-line-breaks": raw, tidied by take_buffer
        buffer_.append(content);
        if (link_depth_ > 0) link_chars_ += content.size();
        if (caption_class_depth_ > 0) caption_chars_ += content.size();
        pending_image_ = kNone;
        pending_space_ = false;
        break_pending_ = false;
        return;
    }
    std::size_t i = 0;
    while (i < content.size()) {
        if (is_space(content[i])) {
            pending_space_ = true;
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < content.size() && !is_space(content[end])) ++end;
        std::size_t added = end - i;
        const std::string_view word = content.substr(i, end - i);
        if (buffer_.empty()) after_image_ = pending_image_;
        pending_image_ = kNone;
        const bool script_gap = inline_boundary_ && needs_script_boundary_space(buffer_, word);
        if (!buffer_.empty() && (pending_space_ || script_gap)) {
            buffer_ += ' ';
            ++added;
        }
        pending_space_ = false;
        inline_boundary_ = false;
        break_pending_ = false;
        buffer_.append(word);
        if (link_depth_ > 0) link_chars_ += added;
        if (caption_class_depth_ > 0) caption_chars_ += added;
        if (emphasis_depth_ > 0) emphasis_chars_ += added;
        if (small_depth_ > 0) small_chars_ += added;
        i = end;
    }
}

// keep_lines: the buffer is the raw text of a <pre> (rule "code-line-breaks").
// Raw <pre> text anywhere else (a table cell inside a <pre>) is collapsed.
// The text is made as a new string of its size: the buffer keeps its room
// for the next segment, and segments hold no spare capacity (peak memory).
std::string Walker::take_buffer(bool keep_lines) {
    if (keep_lines) return tidy_code_text(buffer_);
    std::string text = pre_depth_ > 0 ? collapse_whitespace(buffer_) : buffer_;
    if (!is_ascii(text)) text = to_nfc(collapse_whitespace(text));
    return text;
}

void Walker::reset_buffer() {
    buffer_.clear();
    link_chars_ = 0;
    caption_chars_ = 0;
    emphasis_chars_ = 0;
    small_chars_ = 0;
    after_image_ = kNone;
    pending_space_ = false;
    break_pending_ = false;
    inline_boundary_ = false;
    first_href_.clear();
}

void Walker::flush() {
    if (buffer_.empty()) {
        reset_buffer();
        return;
    }
    const std::size_t bytes = buffer_.size();
    const std::size_t link_chars = link_chars_;
    const bool mostly_caption = caption_chars_ * 2 > bytes;
    const std::size_t small_chars_at_flush = small_chars_;
    // Rule "image-caption-emphasis": a short text set wholly in italics
    // right after a picture (nothing between them) is the picture's caption,
    // as figcaption would be: "<p><img></p><p><em>Night view by A. Artist</em></p>".
    const std::size_t image = after_image_;
    const bool emphasized_caption = image != kNone && emphasis_chars_ == bytes && bytes <= kImageCaptionMaxBytes;
    HtmlSegment s;
    s.text = take_buffer(pre_depth_ > 0);
    s.href = std::move(first_href_);
    reset_buffer();
    if (s.text.empty()) return;
    s.link_density = static_cast<double>(link_chars) / static_cast<double>(bytes);
    const Frame* block = innermost_block();
    if (block != nullptr) {
        s.tag = std::string(block->tag);
        s.class_score = block->class_sum;
        s.dom_position = block->position;
        s.container = block->container != kNone ? block->container : block->saved_container;
        if (const int level = heading_level(block->tag); level > 0) {
            s.shape = SegmentShape::heading;
            s.level = level;
        } else if (block->tag == "li") {
            s.shape = SegmentShape::bullet;
            for (auto it = blocks_.rbegin(); it != blocks_.rend(); ++it) {
                const std::string_view list = stack_[*it].tag;
                if (list == "ol" || list == "ul") {
                    if (list == "ol") s.shape = SegmentShape::numbered;
                    break;
                }
            }
        } else if (quote_depth_ > 0) {
            s.shape = SegmentShape::quote;
        }
    }
    if (pre_depth_ > 0) s.tag = "pre";
    if (figcaption_depth_ > 0 && !figures_.empty()) {
        RawFigure& figure = page_.figures[figures_.back()];
        std::string& target = credit_depth_ > 0 ? figure.credit : figure.caption;
        if (!target.empty()) target += ' ';
        target += s.text;
        s.tag = credit_depth_ > 0 ? "credit" : "figcaption";
    } else if (credit_depth_ > 0 && !figures_.empty()) {
        RawFigure& figure = page_.figures[figures_.back()];
        if (!figure.credit.empty()) figure.credit += ' ';
        figure.credit += s.text;
        s.tag = "credit";
    } else if (mostly_caption || emphasized_caption) {  // rules "caption-class", "image-caption-emphasis"
        s.tag = "figcaption";
    } else if (small_chars_at_flush == bytes) {
        s.tag = std::string(kSmallPrintTag);
    }
    emit(std::move(s), image, block != nullptr ? block->style : 0);
}

void Walker::emit(HtmlSegment segment, std::size_t image_before, std::size_t style) {
    page_.segments.push_back(std::move(segment));
    page_.block_style.push_back(style);
    page_.boilerplate_of.push_back(current_boilerplate_);
    image_before_.push_back(image_before);
}

// Rule "picture-caption-block": a container (a table cell, a div) whose
// content is a picture followed by one short text block is a figure
// without the markup: the text is the picture's caption
// ("<td><img><div>The engines after installation. (credit: ...)</div></td>").
void Walker::mark_picture_caption(const Frame& frame) {
    const Container& c = page_.containers[frame.container];
    if (page_.segments.size() != c.first_segment + 1) return;
    const std::size_t image = image_before_[c.first_segment];
    HtmlSegment& s = page_.segments[c.first_segment];
    if (image == kNone || image <= frame.position || s.text.size() > kImageCaptionMaxBytes ||
        s.shape != SegmentShape::plain || s.tag == kSmallPrintTag) {
        return;
    }
    s.tag = "figcaption";
}

// Walks an element that came whole (look-ahead) and its subtree in
// document order, without recursion (parent/next pointers), so any depth
// is safe.
void walk_subtree(Walker& walker, const xmlNode& root) {
    if (!walker.enter(root)) return;
    const xmlNode* node = root.children;
    while (node != nullptr) {
        bool descend = false;
        if (node->type == XML_ELEMENT_NODE) {
            descend = walker.enter(*node);
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            walker.text(xml::to_view(node->content));
        }
        if (descend && node->children != nullptr) {
            node = node->children;
            continue;
        }
        if (descend) walker.leave();
        // Next in document order: a sibling, else climb, closing elements.
        while (node != &root && node->next == nullptr) {
            node = node->parent;
            walker.leave();
        }
        node = node == &root ? nullptr : node->next;
    }
    if (root.children == nullptr) walker.leave();
}

// Feeds the parse's stream (parse_html.hpp) to the walker. The elements
// whose rules read their children before the walk enters them come whole:
// script and title (their bodies are metadata, take_metadata) and aside
// (rules "pull-quote" and "quoted-aside" read its content, keep_aside);
// they are sidebars and metadata, small next to the page. Everything else
// streams, and the subtrees the walk skips are passed over as they come.
class WalkStream final : public NodeStream {
public:
    explicit WalkStream(Walker& walker) : walker_(walker) {}

    bool opened(const xmlNode& element) override {
        if (skip_depth_ > 0) {
            ++skip_depth_;
            return false;
        }
        if (needs_look_ahead(xml::to_view(element.name))) {
            whole_ = true;
            return true;
        }
        if (!walker_.enter(element)) skip_depth_ = 1;
        return false;
    }

    void closed(const xmlNode& element) override {
        if (whole_) {  // nothing inside it was reported: it is the element that came whole
            whole_ = false;
            walk_subtree(walker_, element);
        } else if (skip_depth_ > 0) {
            --skip_depth_;
        } else {
            walker_.leave();
        }
    }

    void text(std::string_view chunk) override {
        if (skip_depth_ == 0) walker_.text(chunk);
    }

private:
    static bool needs_look_ahead(std::string_view tag) { return tag == "script" || tag == "title" || tag == "aside"; }

    Walker& walker_;
    std::size_t skip_depth_ = 0;  // open elements of a subtree the walk skips
    bool whole_ = false;          // an element that comes whole is open
};

}  // namespace

std::optional<HtmlPage> walk_html(std::string_view utf8_page) {
    HtmlPage page;
    Walker walker(page);
    WalkStream stream(walker);
    if (!parse_html(utf8_page, stream)) return std::nullopt;
    walker.finish();
    return page;
}

}  // namespace artnorm::html
