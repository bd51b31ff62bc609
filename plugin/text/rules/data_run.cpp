// Rule "data-run-after-headline": some articles are a table or a dated list
// (standings, a race calendar, results) under a sentence or two of
// introduction. Their rows are short lines with few stopwords: the
// classifier calls them short and the navigation-run rule takes them for a
// menu, so the body ends up elsewhere (a sidebar of teasers). When, after
// the headline, the first candidates are not bad (an introduction, a
// subtitle; boilerplate passed over; at most kDataRunReach candidates) and
// then come at least kDataRunMin data lines in a row - short unassigned
// lines holding figures (see figures_line: table rows, dated items) - the
// run's lines are article text: they become good (the introduction around
// them then follows by the context pass). Only right after the headline:
// number-bearing short lines elsewhere are teaser dates, counters and
// archive links. And only when something after the run is good: otherwise
// the "headline" is more likely a widget's title (a poll above its
// answers) and the article lies before it.
//
// Rule "data-run-rows": a table of figures inside an article (player stats
// between the paragraphs commenting on them) has rows long enough to be
// classified, and with few stopwords they come out bad, so the table splits
// the article and is dropped. In a run of at least kDataRunMin data rows -
// unassigned table rows or lines holding figures, of at most
// kDataRowMaxChars code points, without a URL - at least half of which hold
// figures (header rows do not; a teaser list rendered as a table holds
// none), the bad ones count as short blocks, and none of them is a
// navigation item (rule "navigation-run": a list of tour dates is no menu):
// the whole table then takes the class of the text around it (context
// pass).
#include "text/rules/data_run.hpp"

#include <algorithm>

#include "metadata/date_names.hpp"
#include "text/text_features.hpp"
#include "unicode/locale.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

// Words (space-separated) holding an ASCII digit.
std::size_t numeric_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false, counted = false;
    for (char c : text) {
        if (c == ' ') { in_word = false; continue; }
        if (!in_word) { in_word = true; counted = false; }
        if (c >= '0' && c <= '9' && !counted) { ++words; counted = true; }
    }
    return words;
}

// Starts with a day and month ("June 14 -- Venue, City", "Aug. 2 --", "14
// juin : ..."): a row of a list of dates (tour dates, a schedule).
bool date_led(std::string_view text) {
    std::size_t pos = 0;
    const auto word = [&]() {
        while (pos < text.size() && text[pos] == ' ') ++pos;
        const std::size_t start = pos;
        while (pos < text.size() && text[pos] != ' ') ++pos;
        std::string_view w = text.substr(start, pos - start);
        while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
        return w;
    };
    const auto month = [](std::string_view w) {
        const auto m = month_name(fold_case(w));
        return m && !m->ambiguous;
    };
    const auto day = [](std::string_view w) {
        const auto digit = [](char c) { return c >= '0' && c <= '9'; };
        return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), digit);
    };
    const std::string_view first = word(), second = word();
    // The day test first: it is cheaper than folding for the month name.
    return (day(second) && month(first)) || (day(first) && month(second));
}

// A row of figures: a line with kDataLineMinNumbers words holding digits
// ("3 Kevin Harvick 5033 4 6", "1a etapa: 10 de março"). One number is not
// enough: titles in teaser lists often hold one ("Top 10 tips", "Version
// 5.1"); nor is a table shape (html2text renders teaser lists as tables).
bool figures_line(const Segment& s) { return numeric_words(s.text) >= kDataLineMinNumbers || date_led(s.text); }

bool data_line(const TextDocument& doc, std::size_t i, BlockClass c) {
    if (c != BlockClass::short_block || !doc.unassigned(i) || doc.ends_body[i]) return false;
    return figures_line(doc.segments[i]);
}

// A row of a table or a list of figures, whatever its class.
bool data_row(const TextDocument& doc, std::size_t i, BlockClass c) {
    if ((c != BlockClass::short_block && c != BlockClass::bad) || !doc.unassigned(i) || doc.ends_body[i]) return false;
    const std::string& text = doc.segments[i].text;
    // No more code points than bytes: only longer texts are counted.
    if ((text.size() > kDataRowMaxChars && count_code_points(text) > kDataRowMaxChars) || has_link_token(text))
        return false;
    return doc.segments[i].shape == SegmentShape::table_row || figures_line(doc.segments[i]);
}

}  // namespace

std::vector<bool> demote_data_run_rows(const TextDocument& doc, const std::vector<std::size_t>& index,
                                       std::vector<BlockClass>& classes) {
    std::vector<bool> in_run(index.size(), false);
    for (std::size_t k = 0; k < index.size();) {
        if (!data_row(doc, index[k], classes[k])) { ++k; continue; }
        std::size_t end = k;
        while (end < index.size() && data_row(doc, index[end], classes[end])) ++end;
        std::size_t figures = 0;
        for (std::size_t j = k; j < end; ++j) figures += figures_line(doc.segments[index[j]]);
        if (end - k >= kDataRunMin && 2 * figures >= end - k) {
            for (std::size_t j = k; j < end; ++j) {
                if (classes[j] == BlockClass::bad) classes[j] = BlockClass::short_block;
                in_run[j] = true;
            }
        }
        k = end;
    }
    return in_run;
}

void promote_data_run_after_headline(const TextDocument& doc, const std::vector<std::size_t>& index,
                                     std::vector<BlockClass>& classes) {
    if (doc.headline == TextDocument::npos) return;
    std::size_t k = 0;
    while (k < index.size() && index[k] <= doc.headline) ++k;
    // Candidates before the run: short or near-good, at most kDataRunReach.
    // Boilerplate lines (a share bar) are passed over; a terminating marker
    // or a zone of related links or tags ends the search.
    for (std::size_t seen = 0; k < index.size(); ++k) {
        const std::size_t i = index[k];
        if (data_line(doc, i, classes[k])) break;
        if (doc.roles[i] == Role::boilerplate && !doc.ends_body[i]) continue;
        const BlockClass c = classes[k];
        if (seen++ >= kDataRunReach || !doc.unassigned(i) || doc.ends_body[i] ||
            c == BlockClass::bad) {
            return;
        }
    }
    std::size_t end = k;
    while (end < index.size() && data_line(doc, index[end], classes[end])) ++end;
    if (end - k < kDataRunMin) return;
    // The rule chooses among the text after the headline: when nothing
    // there is good, the "headline" is more likely a widget's title (a poll
    // above its answers) and the article lies before it.
    bool good_after = false;
    for (std::size_t j = end; j < index.size() && !good_after; ++j) good_after = classes[j] == BlockClass::good;
    if (!good_after) return;
    for (std::size_t j = k; j < end; ++j) classes[j] = BlockClass::good;
}

}  // namespace artnorm
