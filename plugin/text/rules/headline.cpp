// Rule "headline": the article's title.
//  1. Title line: real pages rendered to text often start with the <title>
//     line "Headline - Site". When an early segment is a later segment plus
//     a separator and a site name, or the first unclaimed segment (within
//     the first kTitleLineWindow) with its site suffix removed
//     (split_site_name) is repeated later (case-folded), the repeat is the
//     headline and the title line is metadata. The site becomes the
//     publisher.
//     A first line without a site part must be headline-long (rule part
//     "logo-line").
//  2. A markdown level-1 heading that is title-like (of several, the one
//     with the most metadata below it: rule part "marked-repeat").
//  3. Rule "headline-evidence": every title-like segment (not claimed,
//     kHeadlineMinWords..kHeadlineMaxWords words, no terminal period or
//     colon, not mostly a date or figures, no date label, byline, caption,
//     quote attribution, bracketed credit, organisation name, breadcrumb or
//     markup) collects points: a dateline or byline right below it (the
//     closer the more; a subtitle line between counts as part of the
//     headline), its text ending another segment (share widget, breadcrumb),
//     similar wording to the <title> line, body text and a run of body text
//     below it, a typical headline length, an outdent (inscriptis); and
//     loses points inside a body run or below a dateline/byline. The
//     highest score wins (ties: the earliest). An unrepeated title line
//     "Headline - Site" wins unless the best candidate has at least
//     kStrongEvidence points (the <title> is often worded differently from
//     the page's own headline).
//     Rule part "short-headline": a two-word line competes only with a
//     dateline or byline right below it and when it is not shaped like a
//     person's name (comment authors above their dates).
//     Rule parts "arrow-item", "breadcrumb" and a final comma reject
//     link-list items ("» Column"), paths ("Blog > Food > Plans") and
//     dateline heads ("Reuters, Washington,"); a publisher byline above a
//     dateline ("Jane Doe Example Today", meta_lines.hpp) is metadata.
//     Rule part "column-cell": a headline row laid out beside other cells
//     (Segment::columns) is its widest cell.
//     Rule part "on-page-whole": only the title line is split at a site
//     separator; a headline found below it is the page's own and kept whole.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <span>
#include <cstdint>
#include <deque>
#include <unordered_set>

#include "metadata/byline.hpp"
#include "metadata/dates.hpp"
#include "metadata/site_name.hpp"
#include "text/rules/body_like.hpp"
#include "text/rules/caption_credit.hpp"
#include "text/rules/meta_lines.hpp"
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/space_pieces.hpp"
#include "text/text_features.hpp"
#include "unicode/locale.hpp"
#include "unicode/whitespace.hpp"
#include "unicode/words.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kHeadlineMinWords = 3;
// Two-word headlines exist ("About bugs") but so do two-word menu items; only
// a dateline or byline right below lets one compete.
constexpr std::size_t kShortHeadlineMinWords = 2;
constexpr std::size_t kHeadlineMaxOtherWords = 3;
constexpr std::size_t kHeadlineMaxWords = 30;
constexpr std::size_t kHeadlineMaxChars = 300;
constexpr std::size_t kHeadlineLookahead = 8;
// The title line is the first segment no earlier rule claimed, among the first few.
constexpr std::size_t kTitleLineWindow = 5;
constexpr std::size_t kTitleRepeatWindow = 40;
constexpr std::size_t kRepeatMinChars = 20;
constexpr std::size_t kLeadPartMinWords = 2;
constexpr std::size_t kBylineMarkerMaxWords = 8;
constexpr std::size_t kRealWordsMin = 2;
constexpr std::size_t kRealWordMinBytes = 3;
constexpr std::size_t kLeadPartMinSeparators = 2;
// Dashes are left out: headlines use them ("Review - shoots for the moon").
constexpr std::string_view kLeadPartSeparators[] = {" | ", " \u00B7 ", " :: "};
constexpr std::size_t kLabelDateReach = 12;
constexpr std::size_t kOrganisationMaxWords = 4;
constexpr std::size_t kBreadcrumbMinArrows = 2;
// "Q:", "A:", "F:" - interview turns.
constexpr std::size_t kShortLabelMaxBytes = 1;
constexpr std::size_t kInnerStopMinWords = 3;
constexpr std::size_t kInnerStopMinWordBytes = 4;
constexpr std::size_t kTitleCaseMinWords = 4;
constexpr double kTitleCaseShare = 0.8;
constexpr std::size_t kMetaLookahead = 4;
constexpr std::size_t kMetaNear = 2;
constexpr int kMetaNextPoints = 3;
constexpr int kMetaNearPoints = 2;
constexpr int kMetaFarPoints = 1;
constexpr std::size_t kLeadFigureMaxSegments = 2;
constexpr std::size_t kLeadCaptionMaxChars = 300;
constexpr std::size_t kTypicalMinWords = 5;
constexpr int kTypicalLengthPoints = 1;
constexpr int kRepeatPoints = 2;
constexpr int kBodyAfterPoints = 2;
constexpr std::size_t kBodyRunMin = 3;
constexpr std::size_t kBodyRunReach = 12;
constexpr int kBodyRunPoints = 1;
constexpr std::size_t kInsideBodyReach = 3;
constexpr std::size_t kInsideBodyMin = 2;
constexpr std::size_t kMetaBeforeReach = 4;
constexpr int kMetaBeforePenalty = 1;
constexpr int kInsideBodyPenalty = 2;
constexpr std::size_t kSimilarMinWordBytes = 3;
constexpr std::size_t kSimilarMinWords = 3;
constexpr double kSimilarMinShare = 0.5;
constexpr int kTitleSimilarPoints = 3;
constexpr int kOutdentPoints = 1;
// Rule part "call-to-action": a line ending in "!" is more often a promo
// ("Click the photo and read his columns!", "Subscribe now!") than a
// headline; it loses a point, enough to lose a tie with a dated headline but
// not to lose against nothing (real headlines with "!" keep their evidence).
constexpr int kCallToActionPenalty = 1;
// Evidence enough to overrule an unrepeated title line.
constexpr int kStrongEvidence = 4;

// Datelines ("October 9, 2018 at 4:02 pm", "21:17 18.11.2019 Get short
// URL"), table rows of figures: with every date removed, at most
// kHeadlineMaxOtherWords words holding a letter remain beside a date, or
// fewer than half of the words hold a letter.
std::size_t words_with_letter(std::string_view text, std::size_t& words) {
    std::size_t with_letter = 0;
    bool in_word = false, letter = false;
    words = 0;
    // The text and a final space (which ends the last word).
    for (std::size_t k = 0; k <= text.size(); ++k) {
        const char c = k < text.size() ? text[k] : ' ';
        if (c == ' ') {
            if (in_word) { ++words; with_letter += letter; }
            in_word = letter = false;
        } else {
            in_word = true;
            letter = letter || std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
        }
    }
    return with_letter;
}

// dates: find_dates(text).
bool mostly_date_or_numbers(std::string_view text, const std::vector<DateMatch>& dates) {
    std::size_t words = 0;
    if (!dates.empty()) {
        std::string other;
        std::size_t at = 0;
        for (const DateMatch& d : dates) {
            other += std::string(text.substr(at, d.begin - at)) + " ";
            at = d.end;
        }
        other += std::string(text.substr(at));
        if (words_with_letter(other, words) <= kHeadlineMaxOtherWords) return true;
    }
    return 2 * words_with_letter(text, words) < words;
}

// "Updated Nov 19, 6:55 AM", "Posted: ...": a date label (phrases::
// kUpdatedPrefixes, kPublishedPrefixes) followed by a colon or by a digit
// within kLabelDateReach bytes, even when the date itself is not parsed.
bool starts_with_date_label(std::string_view folded) {
    for (std::span<const std::string_view> labels : {std::span<const std::string_view>(phrases::kUpdatedPrefixes),
                                                      std::span<const std::string_view>(phrases::kPublishedPrefixes)}) {
        for (std::string_view p : labels) {
            if (!starts_with_phrase(folded, p)) continue;
            const std::string_view rest = folded.substr(p.size(), kLabelDateReach);
            if (rest.starts_with(":") || rest.find_first_of("0123456789") != std::string_view::npos) return true;
        }
    }
    return false;
}

// Markup that leaked into the text ('<span style="...">').
bool looks_like_markup(std::string_view text) {
    return text.find("=\"") != std::string_view::npos || text.find("</") != std::string_view::npos;
}

// Rule part "organisation line": a short line (at most kOrganisationMaxWords
// words) naming a publisher or agency ("The Associated Press", "Daily
// Example Times") is a credit or a logo, not a headline.
bool organisation_line(std::string_view text) {
    return count_words(text) <= kOrganisationMaxWords && is_organisation_name(text);
}

// Breadcrumbs and menus end with a separator: "Home » Column »".
bool ends_with_separator(std::string_view text) {
    static constexpr std::string_view kSeparators[] = {"\u00BB", "\u203A", ">", "|", "/", "\u2192"};
    static constexpr ByteSet kLast = ByteSet::last_bytes(kSeparators);
    if (text.empty() || !kLast.contains(text.back())) return false;
    for (std::string_view sep : kSeparators) {
        if (text.ends_with(sep)) return true;
    }
    return false;
}

// Rule part "breadcrumb": a path of at least kBreadcrumbMinArrows arrows
// between its parts ("Blog > Nutrition > Meal Plans"); headlines use an
// arrow at most once ("Before > After").
bool breadcrumb(std::string_view text) {
    std::size_t arrows = 0;
    for (std::string_view sep : {" > ", " \u00BB ", " \u203A ", " \u2192 "}) {
        for (std::size_t at = text.find(sep); at != std::string_view::npos; at = text.find(sep, at + sep.size())) ++arrows;
    }
    return arrows >= kBreadcrumbMinArrows;
}

// Rule part "arrow-item": a line opening with an arrow or a guillemet and a
// space ("» Column of the week", "› More stories") is an item of a link
// list; headlines open with a word or a quote.
bool starts_with_arrow(std::string_view text) {
    static constexpr std::string_view kArrows[] = {"\u00BB ", "\u203A ", "\u2192 ", "> ", ">> ", "\u25B6 ", "\u25BA "};
    static constexpr ByteSet kFirst = ByteSet::first_bytes(kArrows);
    if (text.empty() || !kFirst.contains(text.front())) return false;
    for (std::string_view arrow : kArrows) {
        if (text.starts_with(arrow)) return true;
    }
    return false;
}

// A photo credit or aside wholly in brackets: "(Reed Saxon / AP)".
bool bracketed(std::string_view text) {
    return text.size() >= 2 && ((text.front() == '(' && text.back() == ')') || (text.front() == '[' && text.back() == ']'));
}

// A sentence: a final period, also inside closing quotes ('... he said."'),
// but not an ellipsis.
bool ends_with_period(std::string_view text) {
    if (ends_with_ellipsis(text)) return false;
    static constexpr std::string_view kClosers[] = {"\"", "'", ")", "\u201D", "\u2019", "\u00BB"};
    static constexpr ByteSet kLast = ByteSet::last_bytes(kClosers);
    for (bool again = true; again && !text.empty() && kLast.contains(text.back());) {
        again = false;
        for (std::string_view close : kClosers) {
            if (text.ends_with(close)) { text.remove_suffix(close.size()); again = true; }
        }
    }
    return !text.empty() && text.back() == '.' && !ends_with_ellipsis(text);
}

// Rule part "label": interview turns ("Q: ...", "A: ..."), caption
// labels ("Image caption ...", "Image copyright ...") of the rendered page
// (kCaptionLabels, folded), credit labels ("Photo: ...", "Photo by ...")
// and teaser labels ("Read Next ...").
bool starts_with_label(std::string_view folded) {
    const std::size_t colon = folded.find(':');
    if (colon != std::string_view::npos && colon <= kShortLabelMaxBytes) return true;
    static constexpr std::string_view kCaptionLabels[] = {"image caption", "image copyright", "image source",
                                                          "media caption", "photo credit", "bildunterschrift"};
    for (std::string_view label : kCaptionLabels) {
        if (starts_with_phrase(folded, label)) return true;
    }
    // "Photo: Jane Doe / Agency", "Foto: ...", "Credit: ..."
    static constexpr std::string_view kCreditLabels[] = {"photo", "photos", "foto", "fotos", "image", "picture",
                                                         "credit", "credits", "source", "quelle", "fuente"};
    for (std::string_view label : kCreditLabels) {
        if (folded.starts_with(label) && folded.substr(label.size()).starts_with(":")) return true;
    }
    // Rule part "credit-by": "Photo by Jane Doe/Agency", "Foto von ...",
    // "Foto de ...": a picture word and the language's "by" open a credit.
    static constexpr std::string_view kCreditByLabels[] = {
        "photo by", "photos by", "photograph by", "picture by", "image by", "illustration by", "video by",
        "foto von", "fotos von", "foto de", "fotos de", "foto di", "photo de", "photos de"};
    for (std::string_view label : kCreditByLabels) {
        if (starts_with_phrase(folded, label)) return true;
    }
    // Rule part "teaser-label": "Read Next <title>", "Up next <title>",
    // "Lesen Sie auch <title>" - a link to another article, even without a
    // colon after its label (rule "related-link-line" needs one).
    static constexpr std::string_view kTeaserLabels[] = {
        "read next", "read more", "up next", "next up", "see also", "also read", "don't miss",
        "leia também", "veja também", "leia mais", "lesen sie auch", "lire aussi", "à lire aussi",
        "voir aussi", "lee también", "lea también", "leer más", "читайте также", "читайте еще"};
    for (std::string_view label : kTeaserLabels) {
        if (starts_with_phrase(folded, label)) return true;
    }
    return false;
}

// Title Case ("Stock Is Falling After Its Earnings Release. Why You
// Shouldn't Worry."): at least kTitleCaseMinWords words and kTitleCaseShare
// of the words of 4+ bytes start with an upper-case ASCII letter. Such a line
// is a headline even with a final period; a body sentence never is.
bool title_cased(std::string_view text) {
    std::size_t long_words = 0, capitalized = 0;
    for_each_space_piece(text, [&](std::string_view w) {
        if (w.size() >= 4) {
            ++long_words;
            capitalized += std::isupper(static_cast<unsigned char>(w.front())) ? 1 : 0;
        }
        return true;
    });
    return long_words >= kTitleCaseMinWords &&
           static_cast<double>(capitalized) >= kTitleCaseShare * static_cast<double>(long_words);
}

// Rule part "two sentences": a sentence end (". ", "! ", "? ") after at
// least kInnerStopMinWords words inside the text - a notice or a summary,
// not a headline ("Amnesty. More than 100..." keeps its short kicker).
// Excerpts cut with "[…]" are summaries too.
bool holds_two_sentences(std::string_view text) {
    if (text.ends_with("[\u2026]") || text.ends_with("[...]")) return true;
    if (title_cased(text)) return false;
    static constexpr ByteSet kSentenceEnds(".!?");
    for (std::size_t at = kSentenceEnds.find_in(text); at != std::string_view::npos;
         at = kSentenceEnds.find_in(text, at + 1)) {
        if (at + 2 >= text.size() || text[at + 1] != ' ') continue;
        const auto next = static_cast<unsigned char>(text[at + 2]);
        if (!std::isupper(next)) continue;
        // Abbreviations ("Rep.", "U.S.", "ID.", "Inc.") end no sentence: the
        // word before a period must be a lower-case ending word of at least
        // kInnerStopMinWordBytes bytes.
        const std::size_t word_start = text.rfind(' ', at) == std::string_view::npos ? 0 : text.rfind(' ', at) + 1;
        const std::string_view word = text.substr(word_start, at - word_start);
        // "!" and "?" end no abbreviation: any lower-case word before them.
        const std::size_t min_bytes = text[at] == '.' ? kInnerStopMinWordBytes : 1;
        if (word.size() < min_bytes || !std::islower(static_cast<unsigned char>(word.back()))) continue;
        if (count_words(text.substr(0, at)) >= kInnerStopMinWords) return true;
    }
    return false;
}

// Quote attributions ("— Jane Doe (@jane) May 2, 2019") start with a dash.
bool starts_with_dash(std::string_view text) {
    return text.starts_with("\u2014") || text.starts_with("\u2013") || text.starts_with("- ");
}

// Rule part "byline-marker": a short line opening with "By" is a byline
// the byline parser could not read ("by Example News Weekly 0 Comments"),
// not a headline.
bool byline_marker_line(std::string_view folded) {
    return starts_with_phrase(folded, "by") && count_words(folded) <= kBylineMarkerMaxWords;
}

// Rule part "real-words": at least kRealWordsMin words of kRealWordMinBytes
// bytes or more - icon letters and initials ("h J R", "f t in") are no
// headline. Scripts written without spaces (CJK) pass.
bool has_real_words(std::string_view text) {
    if (cjk_share(text) > 0.0) return true;
    std::size_t found = 0;
    const bool too_few = for_each_space_piece(text, [&](std::string_view w) {
        return !(w.size() >= kRealWordMinBytes && ++found >= kRealWordsMin);
    });
    return !too_few;
}

// facts (NeighbourFacts) answers the costly checks, asked last: whether
// byline_authors finds names in the segment, and whether it is a publisher
// byline over a dateline.
template <typename Facts>
bool title_like_with(const TextDocument& doc, std::size_t i, std::size_t min_words, Facts& facts) {
    if (!doc.unassigned(i)) return false;
    const Segment& s = doc.segments[i];
    if (s.shape != SegmentShape::plain && s.shape != SegmentShape::heading) return false;
    if (s.text.size() > kHeadlineMaxChars) return false;
    const std::size_t words = count_words_up_to(s.text, kHeadlineMaxWords + 1);  // exact up to the maximum
    if (words < min_words || words > kHeadlineMaxWords) return false;
    // A final colon announces what follows; a final comma continues a
    // dateline ("Reuters, Washington,").
    if ((ends_with_period(s.text) && !title_cased(s.text)) || s.text.back() == ':' || s.text.back() == ',') {
        return false;
    }
    // Rule part "no-links": a line holding a URL or a handle is a post or a
    // share widget ("... https://t.co/x", "Follow @site"), not a headline.
    return !mostly_date_or_numbers(s.text, facts.dates(i)) && !starts_with_dash(s.text) && !looks_like_markup(s.text) &&
           !has_link_token(s.text) && !byline_marker_line(doc.folded[i]) && has_real_words(s.text) &&
           !bracketed(s.text) && !organisation_line(s.text) && !ends_with_separator(s.text) && !starts_with_arrow(s.text) &&
           !breadcrumb(s.text) &&
           !starts_with_date_label(doc.folded[i]) && !starts_with_label(doc.folded[i]) &&
           !holds_two_sentences(s.text) && !split_caption_credit(s.text) && !facts.names_authors(i) &&
           !facts.publisher_byline(i);
}

bool followed_by_body(const TextDocument& doc, std::size_t i) {
    for (std::size_t j = i + 1; j < doc.size() && j <= i + kHeadlineLookahead; ++j) {
        if (body_like(doc, j)) return true;
    }
    return false;
}

// Rule part "body-run": at least kBodyRunMin body-like segments among the
// next kBodyRunReach - the article itself, not a lone teaser or notice.
bool followed_by_body_run(const TextDocument& doc, std::size_t i) {
    std::size_t found = 0;
    for (std::size_t j = i + 1; j < doc.size() && j <= i + kBodyRunReach; ++j) {
        if (body_like(doc, j) && ++found >= kBodyRunMin) return true;
    }
    return false;
}

// Whether title starts with repeat and a space (every separator opens with
// one); the edge bytes are compared before the texts: this runs for pairs
// of segments.
bool starts_with_repeat(std::string_view title, std::string_view repeat) {
    return !repeat.empty() && title.size() > repeat.size() && title[repeat.size()] == ' ' && title[0] == repeat[0] &&
           title.substr(0, repeat.size()) == repeat;
}

// When the title line is the repeat plus a separator and a site name
// ("Headline | Site"), returns the site name; "" otherwise.
std::string site_after_repeat(std::string_view title, std::string_view repeat) {
    if (!starts_with_repeat(title, repeat)) return {};
    std::string_view rest = title.substr(repeat.size());
    static const std::string_view separators[] = {" - ", " | ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ", " / "};
    for (std::string_view sep : separators) {
        if (rest.substr(0, sep.size()) == sep) return collapse_whitespace(rest.substr(sep.size()));
    }
    return {};
}

// Rule part "column-cell": a headline line laid out beside other table
// cells ("Headline      Home", see Segment::columns) is its widest cell
// (most code points); the others are the neighbouring menu or teaser cells.
std::string widest_column(const Segment& s) {
    std::string widest;
    for (const std::string& c : s.columns()) {
        if (count_code_points(c) > count_code_points(widest)) widest = c;
    }
    return widest;
}

void set_headline(TextDocument& doc, Article& article, std::size_t i, std::string text) {
    if (!doc.segments[i].columns().empty() && text == doc.segments[i].text) text = widest_column(doc.segments[i]);
    doc.headline = i;
    doc.roles[i] = Role::headline;
    article.headline = collapse_whitespace(text);
}

// Rule part "quoted-repeat": the text quoted inside another segment - the
// comment header '10 thoughts on “Headline”', a share text. The quoted
// texts of the page (case-folded, between a pair of quotes of one kind) are
// collected once, so that each candidate costs one look-up.
class QuotedTexts {
public:
    explicit QuotedTexts(const TextDocument& doc) {
        static constexpr std::string_view kOpen[] = {"\u201C", "\"", "\u00AB", "\u201E", "\u2018"};
        static constexpr std::string_view kClose[] = {"\u201D", "\"", "\u00BB", "\u201C", "\u2019"};
        for (const std::string_view text : doc.folded) {
            for (std::size_t q = 0; q < std::size(kOpen); ++q) {
                for (std::size_t open = text.find(kOpen[q]); open != std::string::npos;) {
                    const std::size_t start = open + kOpen[q].size();
                    const std::size_t close = text.find(kClose[q], start);
                    if (close == std::string::npos) break;
                    if (close - start >= kRepeatMinChars) texts_.emplace(text.substr(start, close - start));
                    open = text.find(kOpen[q], close + kClose[q].size());
                }
            }
        }
    }
    bool contains(std::string_view folded) const { return texts_.count(std::string(folded)) > 0; }

private:
    std::unordered_set<std::string> texts_;
};

// Rule part "repeat": the text is found again on the page ending a segment
// after a space or colon ("Share options for: X", breadcrumbs "Home News
// X"), or starting one before a site separator (a title line), or quoted in
// one (rule part "quoted-repeat"). Only texts of
// at least kRepeatMinChars bytes count. Whole-segment copies do not count:
// on real pages they are as often share widgets, notices and teaser titles
// printed twice as headlines.
bool repeated(const TextDocument& doc, std::size_t i, const QuotedTexts& quoted) {
    const std::string_view h = doc.folded[i];
    if (h.size() < kRepeatMinChars) return false;
    if (quoted.contains(h)) return true;
    for (std::size_t j = 0; j < doc.size(); ++j) {
        // Teaser lists repeat their own headlines.
        if (j == i || doc.roles[j] == Role::related) continue;
        const std::string_view t = doc.folded[j];
        if (t.size() <= h.size()) continue;
        if (t.back() == h.back() && t.compare(t.size() - h.size(), h.size(), h) == 0) {
            const char before = t[t.size() - h.size() - 1];
            if (before == ' ' || before == ':') return true;
        }
        if (starts_with_repeat(t, h) && !site_after_repeat(t, h).empty()) return true;
    }
    return false;
}

// Rule part "metadata-after": a dateline or a byline (or a line an earlier
// rule consumed as a date fact) among the next kMetaLookahead segments;
// the closer, the more points: kMetaNextPoints right below, kMetaNearPoints
// within kMetaNear segments (a standfirst may sit between), kMetaFarPoints
// further.
template <typename Facts>
bool is_metadata_line(const TextDocument& doc, std::size_t j, Facts& facts) {
    if (doc.roles[j] == Role::metadata) return true;
    if (!doc.unassigned(j)) return false;
    const std::string& text = doc.segments[j].text;
    if (facts.dateline(j) || facts.names_authors(j)) return true;
    return j + 1 < doc.size() &&
           (!split_byline_authors(text, doc.segments[j + 1].text).empty() || facts.publisher_byline(j));
}

// A caption with its credit, a credit line, or a caption whose credit line
// follows.
bool lead_figure_line(const TextDocument& doc, std::size_t j) {
    if (!doc.unassigned(j)) return doc.roles[j] == Role::figure;
    const std::string& text = doc.segments[j].text;
    if (text.size() > kLeadCaptionMaxChars) return false;
    return is_credit_line(text, doc.folded[j]) || split_caption_credit(text).has_value() ||
           (j + 1 < doc.size() && doc.unassigned(j + 1) && is_credit_line(doc.segments[j + 1].text, doc.folded[j + 1]));
}

// What candidates ask about their neighbours (is_metadata_line,
// lead_figure_line, title_like, and whether a byline or a publisher byline
// is found, which the first and third both ask), answered once per segment:
// the document does not change while candidates are scored.
class NeighbourFacts {
public:
    explicit NeighbourFacts(const TextDocument& doc)
        : doc_(doc), metadata_(doc.size(), kUnknown), figure_(doc.size(), kUnknown), title_(doc.size(), kUnknown),
          authors_(doc.size(), kUnknown), publisher_(doc.size(), kUnknown), dateline_(doc.size(), kUnknown),
          search_of_(doc.size(), 0) {}
    bool metadata(std::size_t j) {
        return known(metadata_, j, [&] { return is_metadata_line(doc_, j, *this); });
    }
    bool lead_figure(std::size_t j) { return known(figure_, j, [&] { return lead_figure_line(doc_, j); }); }
    bool title(std::size_t j) {
        return known(title_, j, [&] { return title_like_with(doc_, j, kHeadlineMinWords, *this); });
    }
    // title_like with a smaller minimum of words (kShortHeadlineMinWords):
    // the same answer as title(j) for a segment of kHeadlineMinWords words or
    // more, so only shorter segments are asked again.
    bool title(std::size_t j, std::size_t min_words) {
        if (min_words >= kHeadlineMinWords || count_words_up_to(doc_.segments[j].text, kHeadlineMinWords) >= kHeadlineMinWords)
            return title(j);
        return title_like_with(doc_, j, min_words, *this);
    }
    bool names_authors(std::size_t j) {
        return known(authors_, j, [&] { return !byline_authors(date_search(j)).empty(); });
    }
    bool dateline(std::size_t j) { return known(dateline_, j, [&] { return dateline_date(date_search(j)).has_value(); }); }
    // find_dates of the segment's text.
    const std::vector<DateMatch>& dates(std::size_t j) { return date_search(j).all(); }
    // A publisher byline ("Jane Doe Example Today") over a dateline.
    bool publisher_byline(std::size_t j) {
        return known(publisher_, j, [&] {
            return j + 1 < doc_.size() &&
                   !publisher_byline_authors(doc_.segments[j].text, doc_.segments[j + 1].text).empty();
        });
    }

private:
    static constexpr signed char kUnknown = -1;
    template <typename Answer>
    static bool known(std::vector<signed char>& answers, std::size_t j, const Answer& answer) {
        if (answers[j] == kUnknown) answers[j] = answer() ? 1 : 0;
        return answers[j] == 1;
    }

    const TextDocument& doc_;
    std::vector<signed char> metadata_, figure_, title_, authors_, publisher_, dateline_;
    // One date search per segment asked about, shared by dateline,
    // names_authors and dates. Made on first use, not for every segment: a
    // DateSearch is ~100 bytes, and a long page has hundreds of thousands
    // of segments of which the rule asks about a few (peak memory, issue 7).
    // search_of_[j] is 1 + the index of segment j's search in searches_,
    // or 0 before the first question about it.
    std::vector<std::uint32_t> search_of_;
    std::deque<DateSearch> searches_;
    DateSearch& date_search(std::size_t j) {
        if (search_of_[j] == 0) {
            searches_.emplace_back(doc_.segments[j].text);
            search_of_[j] = static_cast<std::uint32_t>(searches_.size());
        }
        return searches_[search_of_[j] - 1];
    }
};

int metadata_after(const TextDocument& doc, std::size_t i, NeighbourFacts& facts) {
    // A subtitle (a second title-like line at the same indentation) belongs
    // to the headline block; one nested deeper (inscriptis) sits in another
    // container ("Watch Live" above the article's own headline).
    const bool subtitle = i + 1 < doc.size() && facts.title(i + 1) &&
                          doc.segments[i + 1].indent == doc.segments[i].indent;
    const std::size_t block_end = subtitle ? i + 1 : i;
    // Rule part "lead-figure": the lead picture's caption and credit often
    // sit between the headline and its byline; they do not count as
    // distance (at most kLeadFigureMaxSegments of them).
    std::size_t figure_lines = 0;
    for (std::size_t j = i + 1; j < doc.size() && j <= block_end + kMetaLookahead + figure_lines; ++j) {
        if (j > block_end && figure_lines < kLeadFigureMaxSegments && facts.lead_figure(j)) {
            ++figure_lines;
            continue;
        }
        if (!facts.metadata(j)) continue;
        const std::size_t distance = j > block_end ? j - block_end - figure_lines : 1;
        if (distance == 1) return kMetaNextPoints;
        return distance <= kMetaNear ? kMetaNearPoints : kMetaFarPoints;
    }
    return 0;
}

// Rule part "marked-repeat": a title repeated several times (menus and
// teaser lists print it too) is the repeat with a dateline or byline below
// it: the most metadata-after points, ties (and none) the first.
std::size_t marked_repeat(const TextDocument& doc, const std::vector<std::size_t>& repeats, NeighbourFacts& facts) {
    std::size_t best = repeats.front();
    int best_points = 0;
    for (std::size_t j : repeats) {
        const int points = metadata_after(doc, j, facts);
        if (points > best_points) { best = j; best_points = points; }
    }
    return best;
}

// Rule part "title-repeat": any early segment (first kTitleRepeatWindow)
// that is a later segment plus separator plus site name; of several such
// segments the longest (the shortest site part), of its copies the one
// with metadata below (marked-repeat).
bool title_repeat(TextDocument& doc, Article& article, NeighbourFacts& facts) {
    for (std::size_t t = 0; t < doc.size() && t < kTitleRepeatWindow; ++t) {
        if (!doc.unassigned(t)) continue;
        std::vector<std::size_t> repeats;
        std::string site;
        for (std::size_t j = t + 1; j < doc.size(); ++j) {
            if (!doc.unassigned(j)) continue;
            if (!starts_with_repeat(doc.segments[t].text, doc.segments[j].text)) continue;
            const std::string s = site_after_repeat(doc.segments[t].text, doc.segments[j].text);
            if (s.empty() || !facts.title(j)) continue;
            // The longest repeat is the title ("Game 3 / October pack - Site"
            // repeats "Game 3" too, the series name); its copies compete.
            if (repeats.empty() || s.size() < site.size()) {
                repeats.clear();
                site = s;
            }
            if (s == site) repeats.push_back(j);
        }
        if (repeats.empty()) continue;
        const std::size_t j = marked_repeat(doc, repeats, facts);
        doc.roles[t] = Role::metadata;
        set_headline(doc, article, j, doc.segments[j].text);
        article.publisher = site;
        return true;
    }
    return false;
}

// Rule part "metadata-before": a headline precedes its dateline and byline;
// a candidate with one among the kMetaBeforeReach segments above it is
// rather a caption or a widget inside the article.
// Rule part "date-above": a bare dateline right above the candidate is its
// own date (many layouts print "November 18, 2019" over the headline) and
// does not count - unless it is a list item or a title-like line sits above
// it (lists of "date / title" teasers).
bool metadata_before(const TextDocument& doc, std::size_t i, NeighbourFacts& facts) {
    for (std::size_t k = 1; k <= kMetaBeforeReach && k <= i; ++k) {
        const Segment& above = doc.segments[i - 1];
        if (k == 1 && doc.unassigned(i - 1) && above.shape == SegmentShape::plain && facts.dateline(i - 1) &&
            !facts.names_authors(i - 1) && (i < 2 || !facts.title(i - 2)))
            continue;
        if (facts.metadata(i - k)) return true;
    }
    return false;
}

// Rule part "typical-length": headlines run to kTypicalMinWords words or
// more; menu labels and names rarely do.
int length_points(const TextDocument& doc, std::size_t i) {
    return count_words(doc.segments[i].text) >= kTypicalMinWords ? kTypicalLengthPoints : 0;
}

// Rule part "inside-body": at least kInsideBodyMin body-like segments among
// the kInsideBodyReach segments before - a subheading or pull quote inside
// an article.
bool inside_body(const TextDocument& doc, std::size_t i) {
    std::size_t found = 0;
    for (std::size_t k = 1; k <= kInsideBodyReach && k <= i; ++k) {
        if (body_like(doc, i - k) && ++found >= kInsideBodyMin) return true;
    }
    return false;
}

// Words of a folded text (views into it) for comparing wordings: split at
// spaces, edge punctuation and quotes removed, words of fewer than
// kSimilarMinWordBytes bytes ignored; sorted, unique.
using ContentWords = std::vector<std::string_view>;

ContentWords content_words(std::string_view folded) {
    static constexpr std::string_view kEdges[] = {".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]", "|",
                                                  "\u2018", "\u2019", "\u201C", "\u201D", "\u00AB", "\u00BB"};
    // Every edge starts and ends with a byte that is no ASCII letter or
    // digit: a word with one at both ends has none to strip.
    constexpr auto alnum = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    static_assert(std::none_of(std::begin(kEdges), std::end(kEdges),
                               [&](std::string_view e) { return alnum(e.front()) || alnum(e.back()); }));
    const auto strip = [&](std::string_view& w) {
        if (!w.empty() && alnum(w.front()) && alnum(w.back())) return;
        for (bool again = true; again && !w.empty();) {
            again = false;
            for (std::string_view e : kEdges) {
                if (w.starts_with(e)) { w.remove_prefix(e.size()); again = true; }
                if (w.ends_with(e)) { w.remove_suffix(e.size()); again = true; }
            }
        }
    };
    ContentWords out;
    for_each_space_piece(folded, [&](std::string_view w) {
        strip(w);
        if (w.size() >= kSimilarMinWordBytes) out.push_back(w);
        return true;
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Rule part "title-similarity": the page's <title> line often words the
// headline differently ("Delhi air pollution: The law that's helping fuel
// the city's poor air quality" for "The law that's helping fuel Delhi's
// deadly air pollution"); a candidate with at least kSimilarMinWords and
// kSimilarMinShare of its content words in the title line is the on-page
// form of it.
bool similar_to_title(const TextDocument& doc, std::size_t i, const ContentWords& title_words) {
    if (title_words.empty()) return false;
    const ContentWords words = content_words(doc.folded[i]);
    if (words.empty()) return false;
    std::size_t shared = 0;
    for (std::string_view w : words) shared += std::binary_search(title_words.begin(), title_words.end(), w);
    return shared >= kSimilarMinWords &&
           static_cast<double>(shared) >= kSimilarMinShare * static_cast<double>(words.size());
}

// Rule part "outdented": renderings that show nesting as indentation
// (inscriptis) set the headline further left than the line above it (menus,
// breadcrumbs) and no further right than the line below it (its dateline,
// byline or standfirst).
bool outdented(const TextDocument& doc, std::size_t i) {
    if (i == 0 || i + 1 >= doc.size()) return false;
    const int indent = doc.segments[i].indent;
    return indent < doc.segments[i - 1].indent && indent <= doc.segments[i + 1].indent;
}

int evidence(const TextDocument& doc, std::size_t i, const ContentWords& title_words,
             NeighbourFacts& facts, const QuotedTexts& quoted) {
    return (similar_to_title(doc, i, title_words) ? kTitleSimilarPoints : 0) +
           (outdented(doc, i) ? kOutdentPoints : 0) +
           (inside_body(doc, i) ? -kInsideBodyPenalty : 0) + (metadata_before(doc, i, facts) ? -kMetaBeforePenalty : 0) +
           metadata_after(doc, i, facts) + (repeated(doc, i, quoted) ? kRepeatPoints : 0) +
           (followed_by_body(doc, i) ? kBodyAfterPoints : 0) + (followed_by_body_run(doc, i) ? kBodyRunPoints : 0) +
           length_points(doc, i) - (doc.segments[i].text.ends_with('!') ? kCallToActionPenalty : 0);
}

// A person's name: every word capitalised, a capital followed by a
// lower-case letter ("Jane Doe", "Yvonne DiVita"; not "NASCAR"). Comment
// authors sit above their dates like short headlines above theirs.
bool name_shaped(std::string_view text) {
    return for_each_space_piece(text, [](std::string_view w) {
        if (w.empty()) return true;
        const CodePoint first = decode_utf8(w, 0);
        if (first.length >= w.size()) return false;
        const CodePoint second = decode_utf8(w, first.length);
        const std::string_view first_text = w.substr(0, first.length);
        const std::string_view second_text = w.substr(first.length, second.length);
        const bool upper = fold_case(first_text) != first_text;
        const bool lower = script_of(second.value) != Script::none && fold_case(second_text) == second_text;
        return upper && lower;
    });
}

// Rule part "evidence": the title-like segment with the most evidence
// (ties: the earliest); npos when none has any.
std::size_t best_candidate(const TextDocument& doc, std::size_t skip, const ContentWords& title_words,
                           NeighbourFacts& facts, const QuotedTexts& quoted) {
    std::size_t best = TextDocument::npos;
    int best_score = 0;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (i == skip) continue;
        // Rule part "short-headline": a line of kShortHeadlineMinWords words
        // ("About bugs", "Classificação NASCAR") competes only with its
        // dateline or byline right below it.
        if (!facts.title(i) && !(facts.title(i, kShortHeadlineMinWords) && !name_shaped(doc.segments[i].text) &&
                                 metadata_after(doc, i, facts) == kMetaNextPoints))
            continue;
        const int score = evidence(doc, i, title_words, facts, quoted);
        if (score > best_score) { best = i; best_score = score; }
    }
    return best;
}

// The title line: the first segment no earlier rule claimed, among the first
// kTitleLineWindow; npos when there is none.
std::size_t title_line_index(const TextDocument& doc) {
    std::size_t t = 0;
    while (t < doc.size() && t < kTitleLineWindow && !doc.unassigned(t)) ++t;
    if (t >= doc.size() || !doc.unassigned(t) || doc.segments[t].shape != SegmentShape::plain) return TextDocument::npos;
    return t;
}

// Rule part "lead-part-repeat": a title line of several separated parts
// ("Standings | Site | Section | Section") starts with the headline; its
// part before the first separator (kLeadPartSeparators), repeated later as
// a whole segment, is the headline even when short (kLeadPartMinWords
// words: the repeat is the evidence).
bool lead_part_repeat(TextDocument& doc, Article& article, std::size_t t, NeighbourFacts& facts) {
    const std::string& line = doc.segments[t].text;
    std::size_t cut = std::string::npos, separators = 0;
    for (std::string_view sep : kLeadPartSeparators) {
        for (std::size_t at = line.find(sep); at != std::string::npos; at = line.find(sep, at + sep.size())) {
            ++separators;
            cut = std::min(cut, at);
        }
    }
    if (separators < kLeadPartMinSeparators) return false;
    const std::string lead = fold_case(std::string_view(line).substr(0, cut));
    for (std::size_t j = t + 1; j < doc.size(); ++j) {
        if (doc.unassigned(j) && doc.folded[j] == lead && facts.title(j, kLeadPartMinWords)) {
            doc.roles[t] = Role::metadata;
            set_headline(doc, article, j, doc.segments[j].text);
            return true;
        }
    }
    return false;
}

// The title line's title part repeated later (case-folded) -> headline.
bool title_line_repeat(TextDocument& doc, Article& article, std::size_t t, NeighbourFacts& facts) {
    const TitleParts parts = split_site_name(doc.segments[t].text);
    if (parts.title.empty()) return false;
    // Rule part "logo-line": a first line without a site part is only a
    // <title> when it is headline-long; short ones (a site name, "Submit a
    // Topic") are logos and menu items that pages repeat in their footers.
    if (parts.site.empty() && count_words(parts.title) < kTypicalMinWords) return false;
    const std::string title = fold_case(parts.title);
    std::vector<std::size_t> repeats;
    for (std::size_t j = t + 1; j < doc.size(); ++j) {
        if (!doc.unassigned(j)) continue;
        if ((doc.folded[j] == title || doc.folded[j] == doc.folded[t]) && facts.title(j)) repeats.push_back(j);
    }
    if (repeats.empty()) return false;
    const std::size_t j = marked_repeat(doc, repeats, facts);
    doc.roles[t] = Role::metadata;
    set_headline(doc, article, j, doc.segments[j].text == doc.segments[t].text ? parts.title : doc.segments[j].text);
    if (!parts.site.empty()) article.publisher = collapse_whitespace(parts.site);
    return true;
}

}  // namespace

void apply_headline(TextDocument& doc, Article& article) {
    // The document does not change until a rule part sets the headline, so
    // one set of facts serves every part.
    NeighbourFacts facts(doc);
    if (title_repeat(doc, article, facts)) return;
    const std::size_t t = title_line_index(doc);
    if (t != TextDocument::npos && title_line_repeat(doc, article, t, facts)) return;
    if (t != TextDocument::npos && lead_part_repeat(doc, article, t, facts)) return;
    // A page may print its level-1 heading twice (a sticky header): the one
    // with its byline or dateline below wins (rule part "marked-repeat").
    std::vector<std::size_t> level_one;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const Segment& s = doc.segments[i];
        if (s.shape == SegmentShape::heading && s.level == 1 && facts.title(i)) level_one.push_back(i);
    }
    if (!level_one.empty()) {
        const std::size_t i = marked_repeat(doc, level_one, facts);
        set_headline(doc, article, i, doc.segments[i].text);
        return;
    }
    // An unrepeated title line "Headline - Site" yields to an on-page
    // headline with strong evidence (the <title> often words it otherwise).
    const TitleParts title_parts = t == TextDocument::npos ? TitleParts{} : split_site_name(doc.segments[t].text);
    const bool has_title_line = !title_parts.site.empty() && facts.title(t);
    const ContentWords title_words = t == TextDocument::npos ? ContentWords{} : content_words(doc.folded[t]);
    const std::size_t skip = has_title_line ? t : TextDocument::npos;
    // The title line is not compared with itself.
    const QuotedTexts quoted(doc);
    const std::size_t best =
        best_candidate(doc, skip, skip == TextDocument::npos ? ContentWords{} : title_words, facts, quoted);
    if (has_title_line &&
        (best == TextDocument::npos || evidence(doc, best, title_words, facts, quoted) < kStrongEvidence)) {
        set_headline(doc, article, t, title_parts.title);
        article.publisher = collapse_whitespace(title_parts.site);
        return;
    }
    if (best == TextDocument::npos) return;
    // Rule part "on-page-whole": only the title line carries a site name;
    // a headline found further down is the page's own, kept whole
    // ("Milan Design Week 2018 | Lamp installation for X").
    const TitleParts parts = best == t ? split_site_name(doc.segments[best].text) : TitleParts{};
    set_headline(doc, article, best, parts.title.empty() ? doc.segments[best].text : parts.title);
    if (!parts.site.empty() && article.publisher.empty()) article.publisher = collapse_whitespace(parts.site);
    if (has_title_line && article.publisher.empty()) article.publisher = collapse_whitespace(title_parts.site);
}

}  // namespace artnorm
