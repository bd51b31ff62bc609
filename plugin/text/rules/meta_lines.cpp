#include "text/rules/meta_lines.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "metadata/byline.hpp"
#include "text/rules/phrases.hpp"
#include "unicode/locale.hpp"
#include "text/text_features.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {

std::size_t inner_label_at(std::string_view text, std::span<const std::string_view> labels) {
    static constexpr std::string_view kSeparators[] = {"|", ";", "/", "\u00B7", "\u2022", ",", "\u2013", "\u2014", "-"};
    // Every separator starts with one of these bytes ("\xC2", "\xE2": the
    // multi-byte ones).
    static constexpr ByteSet kSeparatorStarts("|;/,-\xC2\xE2");
    for (std::size_t at = kSeparatorStarts.find_in(text); at < text.size(); at = kSeparatorStarts.find_in(text, at + 1)) {
        std::size_t after = std::string_view::npos;
        for (std::string_view sep : kSeparators) {
            if (text.substr(at).starts_with(sep)) { after = at + sep.size(); break; }
        }
        if (after == std::string_view::npos) continue;
        while (after < text.size() && text[after] == ' ') ++after;
        if (after >= text.size()) break;
        const std::string window = fold_case(text.substr(after, kInnerLabelWindow));
        for (std::string_view label : labels) {
            if (starts_with_phrase(window, label)) return after;
        }
    }
    return std::string_view::npos;
}

namespace {

// Rule part "meta row": "October 15, 2018 / 0 Comments / in News / by
// admin" - at most kMetaRowMaxParts parts between " / ", " | " or " · ",
// the date alone in one of them, every other part at most
// kMetaRowMaxPartWords words.
bool meta_row(std::string_view text, const DateMatch& date) {
    std::vector<std::pair<std::size_t, std::size_t>> parts;  // [begin, end)
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t cut = std::string_view::npos, length = 0;
        for (std::string_view sep : {" / ", " | ", " \u00B7 "}) {
            const std::size_t at = text.find(sep, start);
            if (at < cut) { cut = at; length = sep.size(); }
        }
        if (cut == std::string_view::npos) {
            parts.emplace_back(start, text.size());
            break;
        }
        parts.emplace_back(start, cut);
        start = cut + length;
    }
    if (parts.size() < 2 || parts.size() > kMetaRowMaxParts) return false;
    for (const auto& [begin, end] : parts) {
        const bool holds_date = begin <= date.begin && date.end <= end;
        const std::string_view part = text.substr(begin, end - begin);
        if (holds_date) {
            const std::string rest = std::string(text.substr(begin, date.begin - begin)) + " " +
                                     std::string(text.substr(date.end, end - date.end));
            if (count_words(rest) > kMetaRowMaxPartWords) return false;
        } else if (count_words(part) > kMetaRowMaxPartWords || find_date(part)) {
            return false;
        }
    }
    return true;
}

}  // namespace

const std::optional<DateMatch>& DateSearch::first() {
    if (!first_) first_ = all_ ? (all_->empty() ? std::nullopt : std::optional<DateMatch>(all_->front())) : find_date(text_);
    return *first_;
}

const std::vector<DateMatch>& DateSearch::all() {
    if (!all_) all_ = find_dates(text_);
    return *all_;
}

std::optional<DateMatch> dateline_date(std::string_view text) {
    DateSearch search(text);
    return dateline_date(search);
}

std::optional<DateMatch> dateline_date(DateSearch& search) {
    std::string_view text = search.text();
    if (text.size() > kDatelineMaxChars) return std::nullopt;
    // "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm":
    // the updated part is a fact of its own, not words beside the date.
    const std::size_t label = inner_label_at(text, phrases::kUpdatedPrefixes);
    text = text.substr(0, label);
    // "— Jane Doe (@jane) November 4, 2019": an embedded post's attribution.
    if (text.starts_with("\u2014") || text.starts_with("\u2013")) return std::nullopt;
    // The search of the whole text serves unless a label cut it.
    const std::optional<DateMatch> date = label == std::string_view::npos ? search.first() : find_date(text);
    if (!date || date->value.iso().empty()) return std::nullopt;
    const std::string other = std::string(text.substr(0, date->begin)) + " " + std::string(text.substr(date->end));
    if (count_words(other) <= kDatelineMaxOtherWords || meta_row(text, *date)) return date;
    return std::nullopt;
}

std::optional<DateTime> nearest_page_date(const TextDocument& doc, std::size_t i) {
    for (std::size_t d = 1; d <= i || i + d < doc.size(); ++d) {
        if (d <= i) {
            if (const auto date = find_date(doc.segments[i - d].text)) return date->value;
        }
        if (i + d < doc.size()) {
            if (const auto date = find_date(doc.segments[i + d].text)) return date->value;
        }
    }
    return std::nullopt;
}

std::optional<DateTime> yearless_dateline_date(const TextDocument& doc, std::size_t i) {
    const std::string_view text = doc.segments[i].text;
    if (text.size() > kDatelineMaxChars) return std::nullopt;
    const auto date = find_yearless_date(text);
    if (!date) return std::nullopt;
    const std::string other = std::string(text.substr(0, date->begin)) + " " + std::string(text.substr(date->end));
    if (count_words(other) > kDatelineMaxOtherWords) return std::nullopt;
    return complete_year(doc, i, date->value);
}

std::optional<int> copyright_year(const TextDocument& doc) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const std::string_view folded = doc.folded[i];
        const std::size_t mark = std::min({folded.find("\u00A9"), folded.find("copyright"), folded.find("(c)")});
        if (mark == std::string::npos) continue;
        std::optional<int> year;
        for (std::size_t at = mark; at < folded.size(); ++at) {
            std::size_t digits = 0;
            while (at + digits < folded.size() && folded[at + digits] >= '0' && folded[at + digits] <= '9') ++digits;
            if (digits == 4) {
                const int y = std::stoi(std::string(folded.substr(at, 4)));
                if (y >= kMinCopyrightYear && y <= kMaxCopyrightYear && (!year || y > *year)) year = y;
            }
            at += digits;
        }
        if (year) return year;
    }
    return std::nullopt;
}

std::optional<DateTime> complete_year(const TextDocument& doc, std::size_t i, const DateTime& partial) {
    if (const auto reference = nearest_page_date(doc, i)) return with_year_near(partial, *reference);
    const auto year = copyright_year(doc);
    if (!year) return std::nullopt;
    DateTime reference;
    reference.year = *year;
    reference.month = partial.month;
    reference.day = partial.day;
    return with_year_near(partial, reference);
}

// Exact (see meta_lines.hpp): rule "name with role" needs a separator
// ("|", ",", " - ", " \u2013 ", " \u2014 "), which neither
// collapse_whitespace nor unglue_roles can make: they only turn white space
// into spaces, drop invisible characters and put a space before a capital
// that follows a lower-case letter (never next to a dash). Without one only
// rule "byline marker" is left, and the line must open with a marker once
// its leading white space, '/', ';' and ':' are gone. Every step keeps the
// ASCII bytes up to the first difference from a marker as they are, or puts
// a space among them, which differs from a marker's first word too
// (may_open_with_marker).
bool surely_no_byline(std::string_view text) {
    // The marker test first: it reads a few bytes.
    const auto lead_junk = [](char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '/' || c == ';' || c == ':';
    };
    const auto first = std::find_if_not(text.begin(), text.end(), lead_junk);
    if (may_open_with_marker(text.substr(static_cast<std::size_t>(first - text.begin())))) return false;
    // '\xE2' opens "\u2013" and "\u2014". A dash separates only with a
    // space on each side once collapse_whitespace is done: beside it white
    // space or a non-ASCII byte (non-ASCII white space, an invisible
    // character dropped), not a letter ("Post-Workout", "2\u20133 hours").
    const auto spaced = [&](std::size_t begin, std::size_t end) {
        const auto space_or_wide = [](char c) {
            return c == ' ' || (c >= '\t' && c <= '\r') || static_cast<unsigned char>(c) >= 0x80;
        };
        return begin == 0 || end >= text.size() || (space_or_wide(text[begin - 1]) && space_or_wide(text[end]));
    };
    static constexpr ByteSet kSeparatorBytes("|,-\xE2");
    for (std::size_t at = kSeparatorBytes.find_in(text); at < text.size(); at = kSeparatorBytes.find_in(text, at + 1)) {
        if (text[at] == '|' || text[at] == ',') return false;
        if (text[at] == '-') {
            if (spaced(at, at + 1)) return false;
            continue;
        }
        const std::string_view dash = text.substr(at, 3);
        if ((dash == "\u2013" || dash == "\u2014") && spaced(at, at + 3)) return false;
    }
    return true;
}

namespace {

bool holds_ascii_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<std::string> byline_authors(std::string_view text) {
    DateSearch search(text);
    return byline_authors(search);
}

std::vector<std::string> byline_authors(DateSearch& search) {
    const std::string_view text = search.text();
    if (text.size() > kBylineMaxChars) return {};
    // Without a digit find_date finds nothing and the line is not cut.
    if (surely_no_byline(text) && !holds_ascii_digit(text)) return {};
    // The names end at a date ("By Jane Doe 2019-11-18 Science"); a date in
    // front of them is skipped ("Nov 2, 2023 | By Jane Doe").
    std::string_view line = text;
    if (const auto& date = search.first()) {
        const std::string before = collapse_whitespace(line.substr(0, date->begin));
        line = count_words(before) > 0 && before != "|" ? line.substr(0, date->begin) : line.substr(date->end);
    }
    // "By Jane Doe - 2019-04-10": the separator the date leaves behind.
    for (bool again = true; again;) {
        again = false;
        for (std::string_view tail : {" ", "|", "-", "/", ",", "\u00B7", "\u2013", "\u2014", "\u2022"}) {
            if (line.ends_with(tail)) { line.remove_suffix(tail.size()); again = true; }
        }
    }
    // "February 1, 2019 | BY: Jane Doe": the separator the date leaves in front.
    std::string_view rest = line;
    for (bool again = true; again;) {
        again = false;
        for (std::string_view lead : {" ", "|", "-", "/", "\u00B7", "\u2013", "\u2014", "\u2022"}) {
            if (rest.starts_with(lead)) { rest.remove_prefix(lead.size()); again = true; }
        }
    }
    if (surely_no_byline(rest)) return {};
    return parse_byline(collapse_whitespace(rest));
}

std::vector<std::string> split_byline_authors(std::string_view marker_line, std::string_view next_line) {
    if (!is_byline_marker(marker_line)) return {};
    return byline_authors(std::string(marker_line) + " " + std::string(next_line));
}

std::vector<std::string> publisher_byline_authors(std::string_view text, std::string_view next_line) {
    if (text.size() > kBylineMaxChars) return {};
    // The name test first: it rejects most lines sooner than a date search.
    auto authors = parse_name_publisher(text);
    if (authors.empty() || !dateline_date(next_line)) return {};
    return authors;
}

}  // namespace artnorm
