// Rule "headline": the article's title.
//  1. Title line: real pages rendered to text often start with the <title>
//     line "Headline - Site". When the first unclaimed segment (within the
//     first kTitleLineWindow) is a later segment plus a separator and a
//     site name, or with its site suffix
//     removed (split_site_name), is repeated later (case-folded), the repeat
//     is the headline and the first segment is metadata; without a repeat the
//     first segment still wins when it carried a site suffix. The site
//     becomes the publisher.
//  2. Otherwise the first title-like segment that is followed by body text:
//     not already claimed, kHeadlineMinWords..kHeadlineMaxWords words, no
//     terminal period or colon, not mostly a date or figures, not a photo caption, and a body-like segment (kBodyLikeMinChars bytes
//     ending a sentence) among the next kHeadlineLookahead segments. A
//     markdown level-1 heading is preferred when there is one.
#include <cctype>

#include "metadata/dates.hpp"
#include "metadata/site_name.hpp"
#include "text/rules/caption_credit.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"
#include "unicode/locale.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kHeadlineMinWords = 3;
constexpr std::size_t kHeadlineMaxOtherWords = 3;
constexpr std::size_t kHeadlineMaxWords = 30;
constexpr std::size_t kHeadlineMaxChars = 300;
constexpr std::size_t kHeadlineLookahead = 6;
constexpr std::size_t kBodyLikeMinChars = 100;
// The title line is the first segment no earlier rule claimed, among the first few.
constexpr std::size_t kTitleLineWindow = 5;
constexpr std::size_t kTitleRepeatWindow = 40;

// Datelines ("October 9, 2018 at 4:02 pm"), table rows of figures: at most
// kHeadlineMaxOtherWords words beside a date, or fewer than half of the
// words holding a letter.
bool mostly_date_or_numbers(std::string_view text) {
    if (const auto date = find_date(text)) {
        const std::string other = std::string(text.substr(0, date->begin)) + " " + std::string(text.substr(date->end));
        if (count_words(other) <= kHeadlineMaxOtherWords) return true;
    }
    std::size_t words = 0, with_letter = 0;
    bool in_word = false, letter = false;
    for (char c : std::string(text) + " ") {
        if (c == ' ') {
            if (in_word) { ++words; with_letter += letter; }
            in_word = letter = false;
        } else {
            in_word = true;
            letter = letter || std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
        }
    }
    return 2 * with_letter < words;
}

bool body_like(const TextDocument& doc, std::size_t i) {
    return doc.unassigned(i) && doc.segments[i].text.size() >= kBodyLikeMinChars &&
           ends_with_sentence_end(doc.segments[i].text);
}

bool title_like(const TextDocument& doc, std::size_t i) {
    if (!doc.unassigned(i)) return false;
    const Segment& s = doc.segments[i];
    if (s.shape != SegmentShape::plain && s.shape != SegmentShape::heading) return false;
    const std::size_t words = count_words(s.text);
    if (words < kHeadlineMinWords || words > kHeadlineMaxWords || s.text.size() > kHeadlineMaxChars) return false;
    if ((s.text.back() == '.' && !ends_with_ellipsis(s.text)) || s.text.back() == ':') return false;
    return !mostly_date_or_numbers(s.text) && !split_caption_credit(s.text);
}

bool followed_by_body(const TextDocument& doc, std::size_t i) {
    for (std::size_t j = i + 1; j < doc.size() && j <= i + kHeadlineLookahead; ++j) {
        if (body_like(doc, j)) return true;
    }
    return false;
}

// When the title line is the repeat plus a separator and a site name
// ("Headline | Site"), returns the site name; "" otherwise.
std::string site_after_repeat(std::string_view title, std::string_view repeat) {
    if (repeat.empty() || title.size() <= repeat.size() || title.substr(0, repeat.size()) != repeat) return {};
    std::string_view rest = title.substr(repeat.size());
    static const std::string_view separators[] = {" - ", " | ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ", " / "};
    for (std::string_view sep : separators) {
        if (rest.substr(0, sep.size()) == sep) return collapse_whitespace(rest.substr(sep.size()));
    }
    return {};
}

void set_headline(TextDocument& doc, Article& article, std::size_t i, std::string text) {
    doc.headline = i;
    doc.roles[i] = Role::headline;
    article.headline = collapse_whitespace(text);
}

// Rule part "title-repeat": any early segment (first kTitleRepeatWindow)
// that is a later segment plus separator plus site name.
bool title_repeat(TextDocument& doc, Article& article) {
    for (std::size_t t = 0; t < doc.size() && t < kTitleRepeatWindow; ++t) {
        if (!doc.unassigned(t)) continue;
        for (std::size_t j = t + 1; j < doc.size(); ++j) {
            if (!doc.unassigned(j)) continue;
            const std::string site = site_after_repeat(doc.segments[t].text, doc.segments[j].text);
            if (site.empty() || !title_like(doc, j)) continue;
            doc.roles[t] = Role::metadata;
            set_headline(doc, article, j, doc.segments[j].text);
            article.publisher = site;
            return true;
        }
    }
    return false;
}

bool title_line(TextDocument& doc, Article& article) {
    if (title_repeat(doc, article)) return true;
    std::size_t t = 0;
    while (t < doc.size() && t < kTitleLineWindow && !doc.unassigned(t)) ++t;
    if (t >= doc.size() || !doc.unassigned(t) || doc.segments[t].shape != SegmentShape::plain) return false;
    const TitleParts parts = split_site_name(doc.segments[t].text);
    if (parts.title.empty()) return false;
    const std::string title = fold_case(parts.title);
    for (std::size_t j = t + 1; j < doc.size(); ++j) {
        if (!doc.unassigned(j)) continue;
        if ((doc.folded[j] == title || doc.folded[j] == doc.folded[t]) && title_like(doc, j)) {
            doc.roles[t] = Role::metadata;
            set_headline(doc, article, j, doc.segments[j].text == doc.segments[t].text ? parts.title
                                                                                        : doc.segments[j].text);
            if (!parts.site.empty()) article.publisher = collapse_whitespace(parts.site);
            return true;
        }
    }
    if (parts.site.empty() || !title_like(doc, t)) return false;
    set_headline(doc, article, t, parts.title);
    article.publisher = collapse_whitespace(parts.site);
    return true;
}

}  // namespace

void apply_headline(TextDocument& doc, Article& article) {
    if (title_line(doc, article)) return;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const Segment& s = doc.segments[i];
        if (s.shape == SegmentShape::heading && s.level == 1 && title_like(doc, i)) {
            set_headline(doc, article, i, s.text);
            return;
        }
    }
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (title_like(doc, i) && followed_by_body(doc, i)) {
            const TitleParts parts = split_site_name(doc.segments[i].text);
            set_headline(doc, article, i, parts.title.empty() ? doc.segments[i].text : parts.title);
            if (!parts.site.empty() && article.publisher.empty()) article.publisher = collapse_whitespace(parts.site);
            return;
        }
    }
}

}  // namespace artnorm
