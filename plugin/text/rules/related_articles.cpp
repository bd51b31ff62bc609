// Rule "related-articles": teaser lists after the article.
// A short header (phrases::kRelatedHeaders: "Read more", "Related", "More
// from ...", "You may also like", "Most read", "Lesen Sie auch", "Читайте
// также"..., at most kRelatedHeaderMaxWords words) that follows body-like
// text opens a zone and ends the body. The zone runs until the next
// boilerplate or tag segment, or a segment longer than kTeaserMaxChars bytes
// (article paragraphs are longer than teasers), or the end. Inside it, teasers are parsed
// without regard to blank lines, because renderings glue groups together:
//  - a reading-time segment ("4 Min read", rule "reading-time") belongs to
//    the teaser before it;
//  - a summary ends with an ellipsis, or is a sentence of at least
//    kSummaryMinWords words, or has at least kSummaryLongWords words; the short segment right before it is the title
//    and the short one before that (at most kKickerMaxWords words) the kicker;
//  - short segments not followed by a summary stay teaser noise.
// Rule "article-resumes": a segment longer than kTeaserMaxChars, or two
// sentence-like segments in a row (each a sentence of at least
// kSummaryMinWords words) are article text, not teasers (a teaser alternates
// title and summary): the zone ends before them. So does a summary-like
// segment of kBodyLikeMinChars bytes or more before any title: the header was a link ("Read more") under a
// teaser, and the article goes on. Such a zone of at most kInlineBoxMaxSegments segments is an inline
// box inside the article, so it does not end the body; nor does a zone
// ended by the next header (that zone decides).
// Rule "title-only-zone": a zone without summaries whose short segments are
// at least kTitleOnlyMinItems titles (a plain list of links) still counts.
// The header only counts when the zone yields a teaser or such titles.
// Every segment of a zone leaves the body.
#include "text/phrase_match.hpp"
#include "text/rules/body_like.hpp"
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kRelatedHeaderMaxWords = 6;
constexpr std::size_t kSummaryMinWords = 8;   // ... when it ends a sentence
constexpr std::size_t kSummaryLongWords = 25;  // ... in any case
constexpr std::size_t kKickerMaxWords = 4;
constexpr std::size_t kTitleMinWords = 2;
constexpr std::size_t kTeaserMaxChars = 400;
constexpr std::size_t kTitleOnlyMinItems = 2;
constexpr std::size_t kInlineBoxMaxSegments = 5;
// Body-like text before the header: a zone never opens above the article.

bool is_summary(const TextDocument& doc, std::size_t i) {
    const std::string& text = doc.segments[i].text;
    const std::size_t words = count_words(text);
    return ends_with_ellipsis(text) || words >= kSummaryLongWords ||
           (words >= kSummaryMinWords && ends_with_sentence_end(text));
}

bool zone_member(const TextDocument& doc, std::size_t i) {
    return doc.roles[i] == Role::unassigned || doc.roles[i] == Role::related;
}

bool is_sentence(const TextDocument& doc, std::size_t i) {
    const std::string& text = doc.segments[i].text;
    return ends_with_sentence_end(text) && !ends_with_ellipsis(text) && count_words(text) >= kSummaryMinWords;
}

struct Zone {
    std::size_t end = 0;            // one past its last segment
    std::vector<std::size_t> titles;  // short segments of 2+ words not followed by a summary
    bool article_resumes = false;   // ended by article text (rule "article-resumes") or another header
};

// Parses the zone after header h; returns the teasers and the zone's end.
Zone parse_zone(const TextDocument& doc, std::size_t h, std::vector<RelatedLink>& out) {
    std::vector<std::size_t> pending;  // short segments since the last teaser
    Zone zone;
    std::size_t i = h + 1;
    for (; i < doc.size(); ++i) {
        if (!zone_member(doc, i)) break;
        if (is_related_header(doc.folded[i])) {
            zone.article_resumes = true;  // the next zone decides whether the body ends
            break;
        }
        if (doc.segments[i].text.size() > kTeaserMaxChars ||  // article text, not a teaser
            (is_sentence(doc, i) && i + 1 < doc.size() && zone_member(doc, i + 1) && is_sentence(doc, i + 1))) {
            zone.article_resumes = i - h <= kInlineBoxMaxSegments;
            break;
        }
        if (const auto minutes = parse_reading_time(doc.folded[i])) {
            if (!out.empty() && pending.empty() && !out.back().reading_minutes) out.back().reading_minutes = *minutes;
            continue;
        }
        if (!is_summary(doc, i)) {
            pending.push_back(i);
            continue;
        }
        if (pending.empty() && out.empty() && doc.segments[i].text.size() >= kBodyLikeMinChars) {
            // rule "article-resumes": body-like text without a title
            zone.article_resumes = true;
            break;
        }
        if (pending.empty() || count_words(doc.segments[pending.back()].text) < kTitleMinWords) {
            pending.clear();
            continue;
        }
        RelatedLink link;
        link.title = doc.segments[pending.back()].text;
        link.summary = doc.segments[i].text;
        if (pending.size() >= 2 && count_words(doc.segments[pending[pending.size() - 2]].text) <= kKickerMaxWords) {
            link.kicker = doc.segments[pending[pending.size() - 2]].text;
        }
        out.push_back(std::move(link));
        pending.clear();
    }
    zone.end = i;
    for (std::size_t p : pending) {
        if (count_words(doc.segments[p].text) >= kTitleMinWords) zone.titles.push_back(p);
    }
    return zone;
}

// Index of the first body-like segment (npos when none).
std::size_t first_body_like(const TextDocument& doc) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.unassigned(i) && doc.segments[i].text.size() >= kBodyLikeMinChars &&
            ends_with_sentence_end(doc.segments[i].text)) {
            return i;
        }
    }
    return TextDocument::npos;
}

}  // namespace

bool is_related_header(std::string_view folded) {
    const std::string_view core = strip_trailing_punctuation(folded);
    if (more_words_than(core, kRelatedHeaderMaxWords)) return false;
    static const PhrasesByFirstByte headers(phrases::kRelatedHeaders);
    if (headers.equal_to_one(core)) return true;
    if (core.find(':') != std::string_view::npos) return false;
    // Headers of more than 4 bytes also open a longer header line.
    static const PhrasesByFirstByte openings([] {
        std::vector<std::string_view> longer;
        for (std::string_view p : phrases::kRelatedHeaders) {
            if (p.size() > 4) longer.push_back(p);
        }
        return longer;
    }());
    return openings.longest_phrase_prefix(core) > 0;
}

void apply_related_articles(TextDocument& doc, Article& article) {
    const std::size_t body_like = first_body_like(doc);
    if (body_like == TextDocument::npos) return;
    for (std::size_t h = body_like + 1; h < doc.size(); ++h) {
        if (doc.roles[h] != Role::unassigned && doc.roles[h] != Role::boilerplate) continue;
        if (!is_related_header(doc.folded[h])) continue;
        std::vector<RelatedLink> links;
        const Zone zone = parse_zone(doc, h, links);
        if (links.empty()) {
            if (zone.titles.size() < kTitleOnlyMinItems) continue;
            for (std::size_t t : zone.titles) links.push_back(RelatedLink{{}, doc.segments[t].text, {}, {}, {}});
        }
        doc.roles[h] = Role::related;
        doc.ends_body[h] = !zone.article_resumes;
        for (std::size_t i = h + 1; i < zone.end; ++i) doc.roles[i] = Role::related;
        for (RelatedLink& l : links) article.related.push_back(std::move(l));
        h = zone.end - 1;
    }
}

}  // namespace artnorm
