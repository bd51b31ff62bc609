#include "text/segments.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "text/layout.hpp"
#include "text/markdown_inline.hpp"
#include "unicode/swar.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr int kTabColumns = 4;
constexpr int kMaxHeadingLevel = 6;
constexpr std::size_t kMaxItemNumberDigits = 3;
constexpr std::size_t kMinRuleMarks = 3;
// The detected width is a percentile, so it can overshoot the renderer's
// real width by a few columns (overlong unbreakable lines): a continuation
// is accepted when the first word would have overflowed a line this much
// narrower.
constexpr std::size_t kWrapJoinSlack = 6;

// The segment being built last, while its following lines may still join
// it (hard-wrapped text).
struct OpenSegment {
    std::size_t last_line_length = 0;  // code points of its last source line
    bool hard_break = false;           // last line ended with two spaces (markdown <br>)
};

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

bool all_of_char(std::string_view s, char c) {
    if (s.empty()) return false;
    for (char x : s) if (x != c) return false;
    return true;
}

// "---", "***", "___", "* * *", "- - -" (at least kMinRuleMarks marks).
bool is_rule_line(std::string_view s) {
    if (s.empty() || (s[0] != '-' && s[0] != '*' && s[0] != '_')) return false;
    std::size_t marks = 0;
    for (char c : s) {
        if (c == s[0]) ++marks;
        else if (c != ' ') return false;
    }
    return marks >= kMinRuleMarks;
}

// "|---|:--:|" or "---|---": a markdown table's header separator.
bool is_table_separator(std::string_view s) {
    bool dash = false, bar = false;
    for (char c : s) {
        if (c == '-') dash = true;
        else if (c == '|') bar = true;
        else if (c != ':' && c != ' ' && c != '+') return false;
    }
    return dash && bar;
}

// Removes a list marker; returns the shape it implies (plain: none).
SegmentShape strip_item_marker(std::string_view& s) {
    static constexpr std::string_view bullets[] = {"* ", "- ", "+ ", "\u2022 ", "\u00B7 ", "\u25AA ",
                                                   "\u25E6 ", "\u2023 "};
    // Every bullet starts with one of these bytes (0xC2, 0xE2: the lead
    // bytes of the non-ASCII ones); most lines start otherwise and need no
    // comparison with each bullet.
    constexpr auto may_open_bullet = [](unsigned char c) {
        return c == '*' || c == '-' || c == '+' || c == 0xC2 || c == 0xE2;
    };
    static_assert(std::all_of(std::begin(bullets), std::end(bullets),
                              [&](std::string_view b) { return may_open_bullet(static_cast<unsigned char>(b[0])); }));
    if (!s.empty() && may_open_bullet(static_cast<unsigned char>(s.front()))) {
        for (std::string_view b : bullets) {
            if (s.substr(0, b.size()) == b) {
                s.remove_prefix(b.size());
                return SegmentShape::bullet;
            }
        }
    }
    std::size_t digits = 0;
    while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
    if (digits >= 1 && digits <= kMaxItemNumberDigits && digits + 1 < s.size() &&
        (s[digits] == '.' || s[digits] == ')') && s[digits + 1] == ' ') {
        s.remove_prefix(digits + 2);
        return SegmentShape::numbered;
    }
    return SegmentShape::plain;
}

std::string_view trim(std::string_view s) {
    // Inscriptis indents nested blocks with long runs of spaces: skipped a
    // word at a time.
    constexpr std::uint64_t kSpaces = swar::kOnes * ' ';
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        const bool eight = s.size() >= swar::kWordBytes && swar::load(s.data()) == kSpaces;
        s.remove_prefix(eight ? swar::kWordBytes : 1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::vector<std::string> split_cells(std::string_view row) {
    row = trim(row);
    if (!row.empty() && row.front() == '|') row.remove_prefix(1);
    if (!row.empty() && row.back() == '|') row.remove_suffix(1);
    std::vector<std::string> cells;
    std::size_t start = 0;
    while (start <= row.size()) {
        std::size_t bar = row.find('|', start);
        if (bar == std::string_view::npos) bar = row.size();
        cells.push_back(collapse_whitespace(row.substr(start, bar - start)));
        start = bar + 1;
    }
    return cells;
}

// A segment's text from its source: inline markdown removed, white space
// collapsed.
std::string segment_text(std::string_view source, bool markdown) {
    if (!may_hold_inline_markdown(source, markdown)) return collapse_whitespace(source);
    return collapse_whitespace(strip_markdown_inline(source, markdown));
}

std::size_t first_word_length(std::string_view s) {
    const std::size_t end = s.find(' ');
    return count_code_points(s.substr(0, end));
}

bool ends_with_letter_hyphen(std::string_view s) {
    return s.size() >= 2 && s.back() == '-' &&
           (std::isalpha(static_cast<unsigned char>(s[s.size() - 2])) ||
            static_cast<unsigned char>(s[s.size() - 2]) >= 0x80);
}

// Marks lines that belong to a markdown table: a separator line and the
// '|'-holding lines of its block (no blank line in between).
std::vector<bool> find_table_lines(const std::vector<std::string_view>& lines) {
    std::vector<bool> table(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!is_table_separator(trim(lines[i]))) continue;
        for (std::size_t j = i; j-- > 0 && lines[j].find('|') != std::string_view::npos;) table[j] = true;
        for (std::size_t j = i; j < lines.size() && lines[j].find('|') != std::string_view::npos; ++j) {
            table[j] = true;
        }
    }
    return table;
}

// Rule "column-gaps": the parts of a line between runs of at least
// kColumnGapMin spaces; empty when there are fewer than two parts.
std::vector<std::string> split_columns(std::string_view line, bool markdown) {
    std::vector<std::string> columns;
    const std::string gap(kColumnGapMin, ' ');
    std::size_t start = 0;
    while (start < line.size()) {
        std::size_t at = line.find(gap, start);
        if (at == std::string_view::npos) at = line.size();
        std::string column = collapse_whitespace(strip_markdown_inline(line.substr(start, at - start), markdown));
        if (!column.empty()) columns.push_back(std::move(column));
        start = at;
        while (start < line.size() && line[start] == ' ') ++start;
    }
    if (columns.size() < 2) columns.clear();
    return columns;
}

}  // namespace

std::vector<Segment> split_segments(std::string_view text) {
    std::vector<std::string_view> lines = split_lines(text);
    const TextLayout layout = detect_layout(lines);
    const std::vector<bool> table_lines = find_table_lines(lines);

    // The segments are built in place and given their final text at the end.
    // Until then a segment's source (markers removed) is sources[k], a view
    // into text - or, once hard-wrapped lines join it, the joined lines in
    // segment.text. Reserved at their bound (one per line with text) instead
    // of growing by doubling: Segment is large, and this vector sets the
    // peak memory.
    std::vector<Segment> segments;
    std::vector<std::string_view> sources;
    const auto text_lines = static_cast<std::size_t>(
        std::count_if(lines.begin(), lines.end(), [](std::string_view l) { return !is_blank(trim(l)); }));
    segments.reserve(text_lines);
    sources.reserve(text_lines);
    OpenSegment open;
    int blanks = 0;
    for (std::size_t index = 0; index < lines.size(); ++index) {
        std::string_view line = lines[index];
        int indent = 0;
        std::size_t lead = 0;
        while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) {
            indent += line[lead] == '\t' ? kTabColumns : 1;
            ++lead;
        }
        const bool hard_break = line.size() >= 2 && line.substr(line.size() - 2) == "  ";
        std::string_view content = trim(line);
        if (is_blank(content)) {
            ++blanks;
            if (!segments.empty()) segments.back().blank_after = blanks;
            continue;
        }
        const bool follows_previous =
            !segments.empty() && blanks == 0 && segments.back().line + segments.back().line_count == index;

        SegmentShape shape = SegmentShape::plain;
        int level = 0;
        bool table = table_lines[index];
        if (table && is_table_separator(content)) {
            blanks = 0;
            continue;
        }
        // Setext underline: turns the line above into a heading.
        if ((all_of_char(content, '=') || all_of_char(content, '-')) && content.size() >= 2 &&
            follows_previous && segments.back().shape == SegmentShape::plain) {
            segments.back().shape = SegmentShape::heading;
            segments.back().level = content[0] == '=' ? 1 : 2;
            segments.back().line_count = static_cast<std::uint32_t>(index + 1 - segments.back().line);
            continue;
        }
        if (table) {
            shape = SegmentShape::table_row;
        } else if (is_rule_line(content) || all_of_char(content, '=')) {
            shape = SegmentShape::rule;
            content = {};
        } else if (content[0] == '#') {
            std::size_t hashes = 0;
            while (hashes < content.size() && content[hashes] == '#') ++hashes;
            if (hashes <= kMaxHeadingLevel && hashes < content.size() && content[hashes] == ' ') {
                shape = SegmentShape::heading;
                level = static_cast<int>(hashes);
                content = trim(content.substr(hashes));
                while (!content.empty() && content.back() == '#') content.remove_suffix(1);
                content = trim(content);
            }
        } else if (content[0] == '>') {
            shape = SegmentShape::quote;
            while (!content.empty() && content[0] == '>') content = trim(content.substr(1));
        } else if (content == "*" || content == "-" || content == "+" || content == "\u2022") {
            blanks = 0;  // an empty list item
            continue;
        } else {
            shape = strip_item_marker(content);
            // html2text writes runs of empty bullets ("*   *   * ").
            for (std::string_view rest = trim(content); shape != SegmentShape::plain;) {
                if (strip_item_marker(rest) == SegmentShape::plain) break;
                content = rest = trim(rest);
            }
            if (shape != SegmentShape::plain && (content == "*" || content == "-")) content = {};
            content = trim(content);
            // A heading inside a list item ("* ##### More from us", html2text):
            // the item keeps its shape, the heading marks go.
            if (shape != SegmentShape::plain && !content.empty() && content[0] == '#') {
                std::size_t hashes = 0;
                while (hashes < content.size() && content[hashes] == '#') ++hashes;
                if (hashes <= kMaxHeadingLevel && hashes < content.size() && content[hashes] == ' ') {
                    content = trim(content.substr(hashes));
                }
            }
        }
        if (content.empty() && shape != SegmentShape::rule) {
            blanks = 0;
            continue;
        }

        // Hard-wrapped text: a plain line continues the previous segment when
        // its first word could not have fitted on the previous line.
        if (layout.hard_wrapped && follows_previous && shape == SegmentShape::plain) {
            Segment& prev = segments.back();
            const SegmentShape ps = prev.shape;
            if (ps != SegmentShape::rule && ps != SegmentShape::table_row && !open.hard_break &&
                open.last_line_length + 1 + first_word_length(content) + kWrapJoinSlack > layout.wrap_width) {
                std::string& joined = prev.text;
                if (joined.empty()) joined = sources.back();
                if (!(ends_with_letter_hyphen(joined) && !content.empty() &&
                      std::isalpha(static_cast<unsigned char>(content[0])))) {
                    joined.push_back(' ');
                }
                joined.append(content);
                open = {count_code_points(trim(line)), hard_break};
                prev.line_count = static_cast<std::uint32_t>(index + 1 - prev.line);
                continue;
            }
        }

        Segment& segment = segments.emplace_back();
        segment.line = static_cast<std::uint32_t>(index);
        segment.blank_before = blanks;
        segment.indent = indent;
        segment.shape = shape;
        segment.level = level;
        sources.push_back(content);
        open = {count_code_points(trim(line)), hard_break};
        blanks = 0;
    }

    std::vector<std::string_view>().swap(lines);  // not needed below: lower peak while the texts are made
    std::size_t kept = 0;
    for (std::size_t k = 0; k < segments.size(); ++k) {
        Segment& segment = segments[k];
        std::string joined = std::move(segment.text);  // the joined lines, if any
        const std::string_view raw = joined.empty() ? sources[k] : std::string_view(joined);
        if (segment.shape == SegmentShape::table_row) {
            segment.cells = split_cells(raw);
            for (std::string& cell : segment.cells) cell = segment_text(cell, layout.markdown);
            std::string joined;
            for (const std::string& cell : segment.cells) {
                if (cell.empty()) continue;
                if (!joined.empty()) joined += " | ";
                joined += cell;
            }
            segment.text = std::move(joined);
        } else {
            segment.text = segment_text(raw, layout.markdown);
            if (segment.shape == SegmentShape::plain && segment.line_count == 1 &&
                raw.find(std::string(kColumnGapMin, ' ')) != std::string_view::npos) {
                segment.cells = split_columns(raw, layout.markdown);
                segment.in_columns = !segment.cells.empty();
            }
        }
        std::string().swap(joined);  // freed as the texts are made: one copy alive, not two
        if (segment.text.empty() && segment.shape != SegmentShape::rule) continue;
        if (kept != k) segments[kept] = std::move(segment);
        ++kept;
    }
    segments.erase(segments.begin() + static_cast<std::ptrdiff_t>(kept), segments.end());
    return segments;
}

}  // namespace artnorm
