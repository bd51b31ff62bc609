// Rule "body": what is left after the other rules is classified jusText
// style (classify_block, revise_classes). The body is then the best cluster
// of good blocks: good blocks separated by at most kMaxGapBlocks non-good
// candidates, never across a terminating marker (tag line, related header,
// comments header: phrases::kBodyTerminators), scored by characters. When a
// headline is known, the first cluster after it holding at least
// kFirstClusterMinShare of the characters of the largest one after it is
// taken (rule "first-cluster-after-headline"), unless all of them are
// tiny next to a cluster before the headline (rule "headline-in-sidebar");
// article text right above a headline that the body follows closely joins
// it (rule "headline-inside-article").
// A table or dated list right
// after the headline counts as article text (rule "data-run-after-headline",
// rules/data_run.cpp); so do the rows of a table of figures inside the
// article (rule "data-run-rows"), and a structured second part that runs
// up to a terminating marker (rule "paragraph-tail-to-end-marker",
// rules/paragraph_tail.cpp). Inside the cluster,
// good blocks become body blocks keeping their shape: list items become
// lists, markdown headings headings, quotes quotes, table rows a table.
#include "text/rules/body.hpp"

#include <algorithm>
#include <optional>

#include "metadata/language.hpp"
#include "text/phrase_match.hpp"
#include "text/segment_words.hpp"
#include "text/rules/data_run.hpp"
#include "text/rules/paragraph_tail.hpp"
#include "text/rules/meta_lines.hpp"
#include "text/rules/news_dateline.hpp"
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/space_pieces.hpp"
#include "text/text_features.hpp"
#include "unicode/whitespace.hpp"
#include "unicode/words.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kMaxGapBlocks = 3;
constexpr std::size_t kTailMinWords = 4;
constexpr double kFirstClusterMinShare = 0.5;
// A teaser block above a real article may be a few times longer than it
// (0.2-0.35 seen); below a tenth, what follows the "headline" is a widget.
constexpr double kSidebarHeadlineShare = 0.1;
// A byline or a date under a box title, a credit above it; more is a widget.
constexpr std::size_t kHeadlineSandwichMax = 2;
constexpr std::size_t kTerminatorMaxWords = 4;
constexpr std::size_t kWordsPerLinkToken = 10;
constexpr std::size_t kLanguageSampleMinChars = 80;
constexpr double kNoStopwordsThreshold = 0.01;
constexpr std::size_t kNavigationRunMin = 5;
// A clean gap inside an article: a table, or three or four entries of a
// list of offers (title, description, link line) whose titles are all
// figures; past a dozen segments the two parts are more likely two texts.
constexpr std::size_t kCleanGapMaxSegments = 12;
constexpr std::size_t kNavigationItemMaxWords = 12;
constexpr std::size_t kProseMinLength = 150;
constexpr std::size_t kNearGoodRunMin = 3;
constexpr std::size_t kNumberedRunMin = 3;
constexpr std::size_t kNumberedRunReach = 2;
constexpr std::size_t kNumberedRunInterleave = 1;

// Rule "navigation-run": kNavigationRunMin or more short or near-good
// blocks in a row (unassigned, at most kNavigationItemMaxWords words, not
// ending with a full stop or a colon - a line that introduces a list is
// article text) are a menu, a category list or a list of links or teaser
// titles, not article text:
// they never become body (jusText's context pass would pull them in between
// good blocks); a run counts as one block of the gap between clusters, and
// one more for every kNavigationRunMin items after its first (a long list
// of teaser titles or sections separates what is above it from what is
// below, as a row of a few links does not). Titles ending in "?" or "!" still count as
// items; a full stop marks a sentence (dialogue, short statements).
bool navigation_item(const TextDocument& doc, std::size_t i, BlockClass c) {
    if ((c != BlockClass::short_block && c != BlockClass::near_good) || !doc.unassigned(i)) return false;
    const std::string& text = doc.segments[i].text;
    // The last-byte tests before the word count.
    if (text.ends_with(':') || (ends_with_sentence_end(text) && !text.ends_with('?') && !text.ends_with('!')))
        return false;
    return !more_words_than(text, kNavigationItemMaxWords);
}

std::vector<bool> navigation_runs(const TextDocument& doc, const std::vector<std::size_t>& index,
                                  const std::vector<BlockClass>& classes, const std::vector<bool>& data_rows) {
    std::vector<bool> out(index.size(), false);
    std::size_t run_start = 0;
    for (std::size_t k = 0; k <= index.size(); ++k) {
        if (k < index.size() && !data_rows[k] && navigation_item(doc, index[k], classes[k])) continue;
        if (k - run_start >= kNavigationRunMin) {
            for (std::size_t r = run_start; r < k; ++r) out[r] = true;
        }
        run_start = k + 1;
    }
    return out;
}

// The context pass without the navigation runs: they are dropped (bad) but
// do not count as bad neighbours of the blocks around them (a menu between
// two paragraphs says nothing about the paragraphs).
std::vector<BlockClass> revise_without(const std::vector<BlockClass>& classes, const std::vector<bool>& skip) {
    std::vector<BlockClass> kept;
    for (std::size_t k = 0; k < classes.size(); ++k) if (!skip[k]) kept.push_back(classes[k]);
    const std::vector<BlockClass> revised = revise_classes(kept);
    std::vector<BlockClass> out(classes.size(), BlockClass::bad);
    for (std::size_t k = 0, j = 0; k < classes.size(); ++k) if (!skip[k]) out[k] = revised[j++];
    return out;
}

// Rule "terminator": a short segment (at most kTerminatorMaxWords words)
// naming a comment section ("Comments", "[ 167 comments ]", "Top Rated
// Comments", "Kommentare") ends the article; a short sentence ending with
// a full stop, "!" or "?" is article text ("WeWork declined to comment.").
bool is_terminator(std::string_view folded) {
    if (ends_with_sentence_end(folded) || more_words_than(folded, kTerminatorMaxWords)) return false;
    static const ContainedPhrases terminators(phrases::kBodyTerminators);
    return terminators.found_in(folded);
}

// Plain text has no links; URL tokens stand in. A segment is link-heavy
// when at least one word in kWordsPerLinkToken is a URL ("http", "www.").
bool link_heavy(std::string_view text) {
    if (!has_link_token(text)) return false;
    std::size_t words = 0, links = 0;
    for_each_space_piece(text, [&](std::string_view w) {
        if (!w.empty()) {
            ++words;
            links += has_link_token(w);
        }
        return true;
    });
    return links * kWordsPerLinkToken >= words;
}

// One-line related links ("SEE MORE: <title>", rule "related-link-line")
// sit between paragraphs: like figures they are neither body nor a break.
bool inline_link_line(const TextDocument& doc, std::size_t i) {
    return doc.roles[i] == Role::related && !doc.ends_body[i] &&
           related_link_title(doc.segments[i].text, doc.folded[i]).has_value();
}

// Rule "numbered-run": an enumeration that closes an article ("1) Product
// A", its link, "2) Product B", ...) is made of short items and link lines,
// which the classifier drops. A run of at least kNumberedRunMin numbered
// items starting at most kNumberedRunReach unclaimed segments after the
// body's last block, with at most kNumberedRunInterleave unclaimed lines
// between two items, belongs to the body, the lines between included;
// horizontal rules between items are passed over.
std::vector<std::size_t> numbered_run_after(const TextDocument& doc, std::size_t last_body) {
    const auto numbered = [&](std::size_t i) { return doc.segments[i].shape == SegmentShape::numbered; };
    std::size_t i = last_body + 1;
    for (std::size_t skipped = 0; i < doc.size() && !numbered(i); ++i, ++skipped) {
        if (skipped >= kNumberedRunReach || !doc.unassigned(i) || doc.ends_body[i]) return {};
    }
    std::vector<std::size_t> run, pending;
    std::size_t items = 0;
    for (; i < doc.size() && doc.unassigned(i) && !doc.ends_body[i]; ++i) {
        if (doc.segments[i].shape == SegmentShape::rule) continue;  // a separator line, never body text
        if (numbered(i)) {
            run.insert(run.end(), pending.begin(), pending.end());
            pending.clear();
            run.push_back(i);
            ++items;
        } else if (pending.size() < kNumberedRunInterleave) {
            pending.push_back(i);
        } else {
            break;
        }
    }
    if (items < kNumberedRunMin) return {};
    return run;
}

// Rule "prose-rescue": paragraphs full of names or informal spelling have
// few stopwords and come out bad although they are article prose. A bad
// block of at least kProseMinLength code points that ends a sentence and
// is not link-heavy (a URL at the end of an event listing is fine), in a
// run of such blocks whose nearest other non-short
// neighbour before is good and after is good or near-good (inside the
// article, not at its edge where captions and summaries sit), becomes
// near-good (the context pass then decides as for any near-good block).
void rescue_prose(const TextDocument& doc, const std::vector<std::size_t>& index, std::vector<BlockClass>& classes) {
    const auto prose = [&](std::size_t k) {
        const std::string& text = doc.segments[index[k]].text;
        return classes[k] == BlockClass::bad && doc.unassigned(index[k]) && !doc.ends_body[index[k]] &&
               !link_heavy(text) && ends_with_sentence_end(text) && count_code_points(text) >= kProseMinLength;
    };
    const auto fine = [](BlockClass c) { return c == BlockClass::good || c == BlockClass::near_good; };
    const std::size_t n = classes.size();
    for (std::size_t k = 0; k < n;) {
        if (!prose(k)) { ++k; continue; }
        std::size_t end = k;  // one past the run of prose blocks (short blocks inside allowed)
        while (end < n && (prose(end) || classes[end] == BlockClass::short_block)) ++end;
        std::size_t before = k;
        while (before > 0 && classes[before - 1] == BlockClass::short_block) --before;
        const bool fine_before = before > 0 && classes[before - 1] == BlockClass::good;
        const bool fine_after = end < n && fine(classes[end]);
        std::vector<std::size_t> run;
        for (std::size_t j = k; j < end; ++j) if (prose(j)) run.push_back(j);
        if (fine_before && fine_after) for (std::size_t j : run) classes[j] = BlockClass::near_good;
        k = end;
    }
}

// Rule "near-good-run": jusText drops a near-good block whose neighbours
// are bad, which is right for a lone notice but wrong for an article made
// of short paragraphs (a recipe's introduction above its list of steps).
// kNearGoodRunMin or more near-good blocks in a row (no other block
// between) are article text: they become good.
void promote_near_good_runs(std::vector<BlockClass>& classes) {
    for (std::size_t k = 0; k < classes.size();) {
        if (classes[k] != BlockClass::near_good) { ++k; continue; }
        std::size_t end = k;
        while (end < classes.size() && classes[end] == BlockClass::near_good) ++end;
        if (end - k >= kNearGoodRunMin) for (std::size_t j = k; j < end; ++j) classes[j] = BlockClass::good;
        k = end;
    }
}

struct Cluster {
    std::size_t first = 0, last = 0;  // candidate positions
    std::size_t chars = 0;
};

// The language to measure stopwords with: detected over the longer segments.
bool in_language_sample(const TextDocument& doc, std::size_t i) {
    return doc.unassigned(i) && doc.segments[i].text.size() >= kLanguageSampleMinChars;
}

std::string sample_language(const TextDocument& doc) {
    LanguageSample sample;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (in_language_sample(doc, i)) {
            sample.append_folded(doc.folded[i]);
            sample.append_folded("\n");
        }
    }
    return sample.detect().code;
}

// The page's language (sample_language, else the fallback) and the
// stopword densities (of the language's list; of all lists when language is
// "") of the unassigned segments and of all of them joined by spaces. The
// words of texts joined by spaces are the words of each text, so the page's
// counts are the segments' counts summed, and one word pass over the
// segments (text/segment_words.hpp) serves the language sample too -
// except that ICU runs of space-less scripts may reach across a space: then
// the sample and the joined text are counted as such, and a segment only
// when its density is asked for (classify asks about few segments of such
// pages: it goes by sentence punctuation where space-less scripts dominate).
class PageStopwords {
public:
    PageStopwords(const TextDocument& doc, const std::string& fallback_language)
        : doc_(doc), counter_(""), density_(doc.size(), kUnknown) {
        bool joins = false;
        for (std::size_t i = 0; i < doc.size() && !joins; ++i) {
            joins = doc.unassigned(i) && words_may_join_next(doc.folded[i]);
        }
        if (joins) {
            set_language(sample_language(doc), fallback_language);
            StopwordSample joined(language_);
            for (std::size_t i = 0; i < doc.size(); ++i) {
                if (doc.unassigned(i)) { joined.append_folded(doc.folded[i]); joined.append_folded(" "); }
            }
            page_density_ = joined.density();
            return;
        }
        SegmentWords& words = words_.emplace(doc.size());
        for (std::size_t i = 0; i < doc.size(); ++i) {
            if (doc.unassigned(i)) words.add(i, doc.folded[i], in_language_sample(doc, i));
        }
        set_language(words.sample().detect().code, fallback_language);
        StopwordCount page;
        for (std::size_t i = 0; i < doc.size(); ++i) {
            if (!doc.unassigned(i)) continue;
            const std::optional<StopwordCount> kept = words.count(i, counter_);
            const StopwordCount count = kept ? *kept : counter_.count_folded(doc.folded[i]);
            density_[i] = count.density();
            page += count;
        }
        page_density_ = page.density();
        words.drop_counts();
    }

    const std::string& language() const { return language_; }
    double page_density() const { return page_density_; }

    // detect_language of the texts of the segments i with in_set[i]
    // (unassigned when the pass was made) joined by white space; nullopt
    // when the pass was not made per segment (words may join) or one of
    // them was assigned.
    std::optional<std::string> language_of(const std::vector<bool>& in_set) const {
        if (!words_) return std::nullopt;
        const std::optional<LanguageEvidence> evidence = words_->evidence_of(in_set, doc_.folded);
        if (!evidence) return std::nullopt;
        return evidence->detect().code;
    }

    // The density of unassigned segment i.
    double density(std::size_t i) {
        if (density_[i] < 0.0) density_[i] = counter_.count_folded(doc_.folded[i]).density();
        return density_[i];
    }

private:
    static constexpr double kUnknown = -1.0;  // densities are never negative

    void set_language(std::string detected, const std::string& fallback) {
        language_ = detected.empty() ? fallback : std::move(detected);
        counter_ = StopwordCounter(language_);
    }

    const TextDocument& doc_;
    std::string language_;
    StopwordCounter counter_;
    std::vector<double> density_;  // kUnknown: not counted yet
    double page_density_ = 0.0;
    std::optional<SegmentWords> words_;  // the pass per segment, when words do not join
};

BodyBlock make_block(BlockKind kind, std::string text = {}, int level = 0, bool ordered = false) {
    BodyBlock block;
    block.kind = kind;
    block.text = std::move(text);
    block.level = level;
    block.ordered = ordered;
    return block;
}

// The blocks take the texts of the chosen segments (moved, not copied: the
// body can be as large as the input); nothing reads them in doc afterwards.
void emit_blocks(TextDocument& doc, const std::vector<std::size_t>& chosen, Article& article) {
    article.body.reserve(article.body.size() + chosen.size());  // at most one block each: no doubling growth
    for (std::size_t k = 0; k < chosen.size(); ++k) {
        Segment& s = doc.segments[chosen[k]];
        const bool item = s.shape == SegmentShape::bullet || s.shape == SegmentShape::numbered;
        BodyBlock* last = article.body.empty() ? nullptr : &article.body.back();
        const bool continues = k > 0 && chosen[k - 1] + 1 == chosen[k];
        if (item) {
            const bool ordered = s.shape == SegmentShape::numbered;
            if (!(last && continues && last->kind == BlockKind::list && last->ordered == ordered)) {
                article.body.push_back(make_block(BlockKind::list, {}, 0, ordered));
                last = &article.body.back();
            }
            last->items.push_back(std::move(s.text));
        } else if (s.shape == SegmentShape::table_row) {
            if (!(last && continues && last->kind == BlockKind::table)) {
                article.body.push_back(make_block(BlockKind::table));
                last = &article.body.back();
            }
            last->rows.push_back(std::move(s.cells));
        } else if (s.shape == SegmentShape::heading) {
            article.body.push_back(make_block(BlockKind::heading, std::move(s.text), std::clamp(int{s.level}, 1, 6)));
        } else if (s.shape == SegmentShape::quote) {
            article.body.push_back(make_block(BlockKind::quote, std::move(s.text)));
        } else if (s.shape != SegmentShape::rule) {
            article.body.push_back(make_block(BlockKind::paragraph, std::move(s.text)));
        }
    }
}

// classify_block with the stopword density (of the language's list, or of
// all lists when language is "") given by density_of(), asked only when
// needed.
template <typename DensityOf>
BlockClass classify(std::string_view text, std::string_view folded, std::string_view language, bool has_stopwords,
                    const DensityOf& density_of) {
    if (link_heavy(text) || parse_reading_time(folded)) return BlockClass::bad;
    const double cjk = cjk_share(text);
    const auto length = static_cast<double>(count_code_points(text)) * (1.0 + (kCjkLengthWeight - 1.0) * cjk);
    if (length < static_cast<double>(kBodyLengthLow)) return BlockClass::short_block;
    // Stopword lists of space-less scripts depend on segmentation; there
    // sentence punctuation is the steadier signal.
    if (!has_stopwords || cjk > kCjkPunctuationShare) {
        if (!ends_with_sentence_end(text)) return BlockClass::bad;
        return length > static_cast<double>(kBodyLengthHigh) ? BlockClass::good : BlockClass::near_good;
    }
    // The union of all lists finds more stopwords than any one language's
    // list: its thresholds sit kAnyLanguageMargin higher.
    const double density = language.empty() ? density_of() - kAnyLanguageMargin : density_of();
    if (density >= kStopwordsHigh) {
        return length > static_cast<double>(kBodyLengthHigh) ? BlockClass::good : BlockClass::near_good;
    }
    return density >= kStopwordsLow ? BlockClass::near_good : BlockClass::bad;
}

}  // namespace

BlockClass classify_block(std::string_view text, std::string_view folded, std::string_view language,
                          bool has_stopwords) {
    return classify(text, folded, language, has_stopwords, [&] {
        return language.empty() ? folded_stopword_density_any(folded) : folded_stopword_density(folded, language);
    });
}

// For every block, the class of the nearest block before it (step -1) or
// after it (step +1) that counts as context: good or bad, and near-good too
// unless ignore_near_good; bad past the ends (jusText's convention). One pass:
// a per-block scan would make long runs of short blocks quadratic.
std::vector<BlockClass> nearest_context(const std::vector<BlockClass>& cls, int step,
                                        bool ignore_near_good) {
    const auto counts = [&](BlockClass c) {
        return c == BlockClass::bad || c == BlockClass::good ||
               (c == BlockClass::near_good && !ignore_near_good);
    };
    const auto n = static_cast<std::ptrdiff_t>(cls.size());
    std::vector<BlockClass> nearest(cls.size(), BlockClass::bad);
    BlockClass seen = BlockClass::bad;
    for (std::ptrdiff_t k = 0; k < n; ++k) {
        const std::ptrdiff_t i = step > 0 ? n - 1 - k : k;
        nearest[i] = seen;
        if (counts(cls[i])) seen = cls[i];
    }
    return nearest;
}

std::vector<BlockClass> revise_classes(const std::vector<BlockClass>& in) {
    std::vector<BlockClass> out = in;
    const std::size_t n = in.size();
    const auto prev_strict = nearest_context(in, -1, true), next_strict = nearest_context(in, +1, true);
    const auto prev_any = nearest_context(in, -1, false), next_any = nearest_context(in, +1, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (in[i] != BlockClass::short_block) continue;
        const BlockClass prev = prev_strict[i], next = next_strict[i];
        if (prev == BlockClass::good && next == BlockClass::good) out[i] = BlockClass::good;
        else if (prev == BlockClass::bad && next == BlockClass::bad) out[i] = BlockClass::bad;
        else {
            const bool near = prev_any[i] == BlockClass::near_good || next_any[i] == BlockClass::near_good;
            out[i] = near ? BlockClass::good : BlockClass::bad;
        }
    }
    const std::vector<BlockClass> stage = out;
    const auto prev_stage = nearest_context(stage, -1, true), next_stage = nearest_context(stage, +1, true);
    for (std::size_t i = 0; i < n; ++i) {
        if (stage[i] != BlockClass::near_good) continue;
        const bool between_bad = prev_stage[i] == BlockClass::bad && next_stage[i] == BlockClass::bad;
        out[i] = between_bad ? BlockClass::bad : BlockClass::good;
    }
    return out;
}

void apply_body(TextDocument& doc, Article& article) {
    PageStopwords stopwords(doc, article.language);
    const std::string& language = stopwords.language();
    const bool has_stopwords = stopwords.page_density() > kNoStopwordsThreshold;

    // Candidates: unassigned segments; boilerplate/related/tag segments are
    // kept in the sequence as bad blocks so that context sees them.
    std::vector<std::size_t> index;
    std::vector<BlockClass> classes;
    // At most one per segment: no doubling growth (peak memory).
    index.reserve(doc.size());
    classes.reserve(doc.size());
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const Role r = doc.roles[i];
        if (r == Role::unassigned) {
            const bool terminator = is_terminator(doc.folded[i]);
            if (terminator) doc.ends_body[i] = true;
            index.push_back(i);
            classes.push_back(terminator ? BlockClass::bad
                                         : classify(doc.segments[i].text, doc.folded[i], language, has_stopwords,
                                                    [&] { return stopwords.density(i); }));
        } else if (inline_link_line(doc, i)) {
            continue;  // transparent, like a figure
        } else if (r == Role::boilerplate || r == Role::related || r == Role::tags || r == Role::headline) {
            index.push_back(i);
            classes.push_back(BlockClass::bad);
        }
    }
    // Rule "no-good-block fallback": a short article may have no block long
    // enough to be good; then its near-good blocks count as good. Text with
    // hardly any stopwords (results tables, lists of figures) and no good or
    // near-good block at all is classified by sentence punctuation instead.
    const auto any_of_class = [&](BlockClass wanted) {
        return std::any_of(classes.begin(), classes.end(), [&](BlockClass c) { return c == wanted; });
    };
    if (has_stopwords && !any_of_class(BlockClass::good) && !any_of_class(BlockClass::near_good)) {
        for (std::size_t k = 0; k < index.size(); ++k) {
            if (classes[k] != BlockClass::bad || !doc.unassigned(index[k]) || doc.ends_body[index[k]]) continue;
            classes[k] = classify_block(doc.segments[index[k]].text, doc.folded[index[k]], language, false);
        }
    }
    if (!any_of_class(BlockClass::good)) {
        for (BlockClass& c : classes) if (c == BlockClass::near_good) c = BlockClass::good;
    }
    rescue_prose(doc, index, classes);
    // Rule "news-dateline-lead" (rules/news_dateline.cpp).
    for (std::size_t k = 0; k < index.size(); ++k) {
        if (classes[k] == BlockClass::bad && doc.unassigned(index[k]) && !doc.ends_body[index[k]] &&
            !link_heavy(doc.segments[index[k]].text) && opens_with_news_dateline(doc.segments[index[k]].text)) {
            classes[k] = BlockClass::near_good;
        }
    }
    promote_near_good_runs(classes);
    promote_data_run_after_headline(doc, index, classes);  // rules/data_run.cpp
    const std::vector<bool> data_rows = demote_data_run_rows(doc, index, classes);  // rules/data_run.cpp
    const std::vector<bool> navigation = navigation_runs(doc, index, classes, data_rows);
    std::vector<BlockClass> revised = revise_without(classes, navigation);
    // Rule "sentence-tail": a short block, or a bad one under
    // kProseMinLength code points that is not link-heavy (a sentence of
    // names: "Wichita West senior David Garcia finished second in the 50
    // yard freestyle."), right after a good one that is a whole sentence of
    // at least kTailMinWords words ("The work starts in spring.") closes the
    // paragraph run instead of being dropped; such sentences follow each
    // other.
    for (std::size_t k = 1; k < index.size(); ++k) {
        const std::string& text = doc.segments[index[k]].text;
        const bool tail_class = classes[k] == BlockClass::short_block ||
                                (classes[k] == BlockClass::bad && !link_heavy(text) &&
                                 count_code_points(text) < kProseMinLength);
        if (tail_class && revised[k] == BlockClass::bad && revised[k - 1] == BlockClass::good &&
            doc.unassigned(index[k]) && !doc.ends_body[index[k]] && ends_with_sentence_end(text) &&
            more_words_than(text, kTailMinWords - 1)) {
            revised[k] = BlockClass::good;
        }
    }

    // Clusters of good blocks.
    std::vector<Cluster> clusters;
    std::size_t gap = 0, nav_items = 0;
    for (std::size_t k = 0; k < index.size(); ++k) {
        const std::size_t i = index[k];
        // The body never spans the headline or a terminating marker.
        if (doc.ends_body[i] || i == doc.headline) { gap = kMaxGapBlocks + 1; continue; }
        if (revised[k] != BlockClass::good || !doc.unassigned(i)) {
            // A navigation run is one widget: it counts as one gap block,
            // and one more per kNavigationRunMin items after its first ones.
            if (doc.unassigned(i)) {
                if (!navigation[k]) ++gap;
                else {
                    ++nav_items;
                    if (nav_items == 1 || nav_items % kNavigationRunMin == 0) ++gap;
                }
            }
            continue;
        }
        nav_items = 0;
        if (clusters.empty() || gap > kMaxGapBlocks) clusters.push_back(Cluster{k, k, 0});
        clusters.back().last = k;
        clusters.back().chars += doc.segments[i].text.size();
        gap = 0;
    }
    if (clusters.empty()) return;
    auto better = [](const Cluster& a, const Cluster& b) { return a.chars < b.chars; };
    auto best = clusters.end();
    if (doc.headline != TextDocument::npos) {
        // Rule "first-cluster-after-headline": the article follows its
        // headline; later clusters (comments, notices, teasers) only win when
        // the first substantial one is small next to them.
        // Clusters behind the first terminating marker that follows the
        // first cluster after the headline are not eligible (boilerpipe's
        // "terminating blocks").
        std::size_t limit = doc.size();
        for (const Cluster& c : clusters) {
            if (index[c.first] <= doc.headline) continue;
            for (std::size_t i = index[c.last] + 1; i < doc.size(); ++i) {
                if (doc.ends_body[i]) { limit = i; break; }
            }
            break;
        }
        std::erase_if(clusters, [&](const Cluster& c) { return index[c.first] > limit; });
        std::size_t largest = 0;
        for (const Cluster& c : clusters) if (index[c.first] > doc.headline) largest = std::max(largest, c.chars);
        for (auto it = clusters.begin(); it != clusters.end(); ++it) {
            if (index[it->first] > doc.headline &&
                static_cast<double>(it->chars) >= kFirstClusterMinShare * static_cast<double>(largest)) {
                best = it;
                break;
            }
        }
        // Rule "headline-in-sidebar": when everything after the headline is
        // small next to a cluster before it (at most kSidebarHeadlineShare
        // of its characters), the "headline" is more likely the title of a
        // sidebar widget below the article: the largest cluster is taken.
        const auto before = std::max_element(clusters.begin(), clusters.end(), [&](const Cluster& a, const Cluster& b) {
            const std::size_t ca = index[a.first] < doc.headline ? a.chars : 0;
            const std::size_t cb = index[b.first] < doc.headline ? b.chars : 0;
            return ca < cb;
        });
        if (best != clusters.end() && before != clusters.end() && index[before->first] < doc.headline &&
            static_cast<double>(largest) <= kSidebarHeadlineShare * static_cast<double>(before->chars)) {
            best = before;
        }
    }
    if (best == clusters.end()) best = std::max_element(clusters.begin(), clusters.end(), better);

    // Rule "clean-gap-merge": an earlier neighbouring cluster after the
    // headline joins the chosen one (the article's start)
    // when what separates them is at most kCleanGapMaxSegments segments that
    // are all plain article-like material (unassigned non-navigation text,
    // captions, metadata): tables of figures or a run of short lines split
    // an article, while menus, banners, related zones, tag lines and
    // terminating markers do not belong to it.
    auto clean_gap = [&](const Cluster& a, const Cluster& b) {
        const std::size_t from = index[a.last] + 1, to = index[b.first];
        if (to - from > kCleanGapMaxSegments) return false;
        for (std::size_t i = from; i < to; ++i) {
            const Role r = doc.roles[i];
            if (doc.ends_body[i] || i == doc.headline) return false;
            if (r != Role::unassigned && r != Role::figure && r != Role::metadata && !inline_link_line(doc, i)) {
                return false;
            }
        }
        for (std::size_t k = a.last + 1; k < b.first; ++k) if (navigation[k]) return false;
        return true;
    };
    std::size_t first = best->first;
    auto it = best;
    for (; it != clusters.begin() && clean_gap(*std::prev(it), *it) &&
           (doc.headline == TextDocument::npos || index[std::prev(it)->first] > doc.headline);
         --it) {
        first = std::prev(it)->first;
    }
    // Rule "headline-inside-article": when the body starts right below the
    // headline and article text (a cluster whose last block ends a
    // sentence; breadcrumbs do not) ends right above it - at most
    // kHeadlineSandwichMax segments on each side, all metadata, figures or
    // boilerplate - the "headline" is a box title or subheading inside the
    // article (the page's own title was not found): the text above joins,
    // and clean gaps before it as well.
    auto sandwich_side = [&](std::size_t from, std::size_t to) {
        if (to < from || to - from > kHeadlineSandwichMax) return false;
        for (std::size_t i = from; i < to; ++i) {
            const Role r = doc.roles[i];
            if (doc.ends_body[i] || !(r == Role::metadata || r == Role::figure || r == Role::boilerplate)) return false;
        }
        return true;
    };
    const auto ends_text = [&](const Cluster& c) { return ends_with_sentence_end(doc.segments[index[c.last]].text); };
    if (doc.headline != TextDocument::npos && it != clusters.begin() && index[it->first] > doc.headline &&
        index[std::prev(it)->last] < doc.headline && ends_text(*std::prev(it)) &&
        sandwich_side(doc.headline + 1, index[it->first]) &&
        sandwich_side(index[std::prev(it)->last] + 1, doc.headline)) {
        --it;
        first = it->first;
        for (; it != clusters.begin() && clean_gap(*std::prev(it), *it); --it) first = std::prev(it)->first;
    }
    // Rule "clean-gap-merge-forward": the same holds after the chosen
    // cluster - a later neighbour behind a clean gap continues the article
    // (a credit, a name and a handle between interview parts) - unless the
    // gap holds a date or byline line: teaser lists after an article give
    // each teaser its author and date, or a related-zone header ("Most
    // Popular") its rule left unclaimed. A date inside a URL (a cited
    // source, ".../2011/09/07/story/") is no date line.
    auto clean_forward_gap = [&](const Cluster& a, const Cluster& b) {
        if (!clean_gap(a, b)) return false;
        for (std::size_t i = index[a.last] + 1; i < index[b.first]; ++i) {
            const std::string& text = doc.segments[i].text;
            if (doc.roles[i] == Role::metadata || (!has_link_token(text) && dateline_date(text)) ||
                !byline_authors(text).empty() ||
                is_related_header(doc.folded[i])) {
                return false;
            }
        }
        return true;
    };
    std::size_t last = best->last;
    for (auto it = best; std::next(it) != clusters.end() && clean_forward_gap(*it, *std::next(it)); ++it) {
        last = std::next(it)->last;
    }

    std::vector<std::size_t> chosen;
    for (std::size_t k = first; k <= last; ++k) {
        if (revised[k] == BlockClass::good && doc.unassigned(index[k])) {
            chosen.push_back(index[k]);
            doc.roles[index[k]] = Role::body;
        }
    }
    // Rule "author-bio" (rules/author_bio.cpp): bios that end the body leave it.
    while (!chosen.empty() && is_author_bio(doc.segments[chosen.back()].text)) {
        doc.roles[chosen.back()] = Role::boilerplate;
        chosen.pop_back();
    }
    for (std::size_t i : numbered_run_after(doc, index[last])) {
        chosen.push_back(i);
        doc.roles[i] = Role::body;
    }
    if (!chosen.empty()) {
        for (std::size_t i : paragraph_tail_to_end_marker(doc, chosen.back())) {  // rules/paragraph_tail.cpp
            chosen.push_back(i);
            doc.roles[i] = Role::body;
        }
    }
    // Rule "language" (rules/language.cpp) detects the language of the body
    // blocks' texts: those of the chosen segments but table rows (a table
    // block has no text) and rules (no block). Counted here, from the
    // sample's evidence, while the folded texts are at hand.
    std::vector<bool> block_text(doc.size(), false);
    for (std::size_t i : chosen) {
        const SegmentShape shape = doc.segments[i].shape;
        block_text[i] = shape != SegmentShape::table_row && shape != SegmentShape::rule;
    }
    const bool has_blocks = std::any_of(chosen.begin(), chosen.end(),
                                        [&](std::size_t i) { return doc.segments[i].shape != SegmentShape::rule; });
    if (has_blocks) doc.body_language = stopwords.language_of(block_text);
    // The folded texts are not read after the body rule: freed before the
    // body blocks are made, which lowers the peak memory of long pages.
    doc.folded = {};
    emit_blocks(doc, chosen, article);
}

}  // namespace artnorm
