// Recognizers for the short metadata lines around a headline, shared by the
// rules "headline" (a headline is followed by them), "dateline" and "byline".
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "metadata/dates.hpp"
#include "text/document.hpp"

namespace artnorm {

// find_date and find_dates of one text, each searched at most once: the
// headline rule asks about a segment as a dateline, a byline and a title.
// find_date(text) is the first of find_dates(text): both match in order.
class DateSearch {
public:
    explicit DateSearch(std::string_view text) : text_(text) {}
    std::string_view text() const { return text_; }
    const std::optional<DateMatch>& first();  // find_date(text)
    const std::vector<DateMatch>& all();      // find_dates(text)

private:
    std::string_view text_;
    std::optional<std::optional<DateMatch>> first_;
    std::optional<std::vector<DateMatch>> all_;
};

// Rule "dateline line": a line of at most kDatelineMaxChars bytes that is
// mostly a date ("Nov. 2, 2023", "2:16 AM EST Nov 20, 2019"): without the
// date, at most kDatelineMaxOtherWords words remain; an inner updated label
// and what follows it ("... | Updated November 19, 2019 | 9:32pm",
// inner_label_at) do not count; nor do short labelled parts beside the date
// (rule part "meta row": "October 15, 2018 / 0 Comments / in News / by
// admin"); a line opening with a dash is an embedded
// post's attribution ("— Jane Doe (@jane) November 4, 2019"), no dateline.
// Returns the (published) date.
std::optional<DateMatch> dateline_date(std::string_view text);
// The same for search.text(), with its date search shared.
std::optional<DateMatch> dateline_date(DateSearch& search);
inline constexpr std::size_t kDatelineMaxChars = 100;
inline constexpr std::size_t kDatelineMaxOtherWords = 6;
// Rule part "meta row" of the dateline line: "October 15, 2018 / 0 Comments
// / in News / by admin" - parts between " / ", " | " or " · ", the date in
// one, each other part a short label (blog themes print this row).
inline constexpr std::size_t kMetaRowMaxParts = 5;
inline constexpr std::size_t kMetaRowMaxPartWords = 4;

// Rule "inner label": the byte position of a label (e.g. phrases::
// kUpdatedPrefixes) that follows a separator ("|", ";", "/", "·", ",", "-")
// inside text - "Updated Nov 19; Posted Nov 18", "Nov 19 | Updated Nov 20";
// npos when none. Labels are compared case-folded over kInnerLabelWindow
// bytes.
std::size_t inner_label_at(std::string_view text, std::span<const std::string_view> labels);
inline constexpr std::size_t kInnerLabelWindow = 32;

// Rule "yearless dateline": the same shape with a date written without a
// year ("November 20", "Nov. 19, 6:55 AM", "20 ноября"), completed by
// complete_year. nullopt when either is missing.
std::optional<DateTime> yearless_dateline_date(const TextDocument& doc, std::size_t i);

// Rule "page year": a date without a year on segment i takes the year of the
// nearest full date of the page (nearest_page_date, with_year_near), else
// the page's copyright year (copyright_year: pages print dates without a
// year for the current year only). nullopt when the page has neither.
std::optional<DateTime> complete_year(const TextDocument& doc, std::size_t i, const DateTime& partial);

// The latest year (kMinCopyrightYear..kMaxCopyrightYear) of the first
// segment holding a copyright sign or word ("© 2005-2019 Example Media",
// "Copyright 2019"), nullopt when none.
std::optional<int> copyright_year(const TextDocument& doc);
inline constexpr int kMinCopyrightYear = 1990;
inline constexpr int kMaxCopyrightYear = 2100;

// The full date (find_date) of the segment nearest to segment i (i itself
// excluded; ties: the one above), nullopt when the page has none.
std::optional<DateTime> nearest_page_date(const TextDocument& doc, std::size_t i);

// Rule "byline line": a line of at most kBylineMaxChars bytes that
// parse_byline accepts once a date on it is cut off ("By Jane Doe | Nov 2,
// 2023"). Returns the authors (empty: no byline).
std::vector<std::string> byline_authors(std::string_view text);
// The same for search.text(), with its date search shared.
std::vector<std::string> byline_authors(DateSearch& search);
inline constexpr std::size_t kBylineMaxChars = 150;

// A quick rejection for byline_authors: true only when
// parse_byline(collapse_whitespace(text)) is surely empty - no separator of
// rule "name with role" and, once the leading white space, '/', ';' and ':'
// are gone, no possible marker (may_open_with_marker). Most short lines
// asked about ("Sports", "State Politics") end here without a copy, a date
// search or case folding.
bool surely_no_byline(std::string_view text);

// Rule "split byline": a byline marker alone on its line ("By") and the
// names on the next one. Returns the authors (empty: no split byline).
std::vector<std::string> split_byline_authors(std::string_view marker_line, std::string_view next_line);

// Rule "publisher byline": a line that parse_name_publisher accepts ("Jane
// Doe and Max Roe Example Today"), at most kBylineMaxChars bytes, with a
// dateline (dateline_date) right below it. Returns the authors.
std::vector<std::string> publisher_byline_authors(std::string_view text, std::string_view next_line);

}  // namespace artnorm
