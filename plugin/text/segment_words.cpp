#include "text/segment_words.hpp"

#include <bit>
#include <limits>

namespace artnorm {
namespace {

// The list with most hits in tally (the first of equals); kNoList when none
// has any.
std::uint8_t leading_list(const StopwordTally& tally) {
    std::uint8_t best = SegmentWordCounts::kNoList;
    std::size_t best_hits = 0;
    for (std::size_t l = 0; l < StopwordTally::kLists; ++l) {
        if (tally.hits[l] > best_hits) {
            best_hits = tally.hits[l];
            best = static_cast<std::uint8_t>(l);
        }
    }
    return best;
}

}  // namespace

void SegmentWords::add(std::size_t i, std::string_view folded, bool sampled) {
    SegmentWordCounts& c = counts_[i];
    use_[i] = sampled ? Use::sampled : Use::added;
    StopwordTally& tally = sampled ? sampled_ : others_;
    const std::uint8_t list = leader_;
    const std::size_t words = tally.words, any_hits = tally.any_hits;
    const std::size_t list_hits = list == SegmentWordCounts::kNoList ? 0 : tally.hits[list];
    add_stopword_tally(folded, tally);
    if (sampled) {
        letters_.add_letters(folded);
        leader_ = leading_list(sampled_);
    }
    // A segment of 2^32 words or more (a whole page on one line of a huge
    // input) is counted again when asked.
    if (tally.words - words > std::numeric_limits<std::uint32_t>::max()) return;
    c.words = static_cast<std::uint32_t>(tally.words - words);
    c.any_hits = static_cast<std::uint32_t>(tally.any_hits - any_hits);  // hits never exceed words
    c.list = list;
    c.list_hits = list == SegmentWordCounts::kNoList ? 0 : static_cast<std::uint32_t>(tally.hits[list] - list_hits);
    c.counted = true;
}

LanguageEvidence SegmentWords::sample() const {
    LanguageEvidence evidence = letters_;
    evidence.add_words(sampled_);
    return evidence;
}

std::optional<LanguageEvidence> SegmentWords::evidence_of(const std::vector<bool>& in_set,
                                                          const FoldedTexts& folded) const {
    LanguageEvidence evidence = sample();
    for (std::size_t i = 0; i < use_.size(); ++i) {
        if (in_set[i] && use_[i] == Use::none) return std::nullopt;
        if (in_set[i] == (use_[i] == Use::sampled)) continue;
        StopwordTally tally;
        add_stopword_tally(folded[i], tally);
        if (in_set[i]) {
            evidence.add_letters(folded[i]);
            evidence.add_words(tally);
        } else {
            evidence.remove_letters(folded[i]);
            evidence.remove_words(tally);
        }
    }
    return evidence;
}

std::optional<StopwordCount> SegmentWords::count(std::size_t i, const StopwordCounter& counter) const {
    const SegmentWordCounts& c = counts_[i];
    if (!c.counted) return std::nullopt;
    const std::uint64_t wanted = counter.wanted();
    if (wanted == ~std::uint64_t{0}) return StopwordCount{c.words, c.any_hits};
    if (wanted == 0) return StopwordCount{c.words, 0};
    const auto list = static_cast<std::size_t>(std::countr_zero(wanted));
    if (c.any_hits == 0) return StopwordCount{c.words, 0};
    if (c.list != list) return std::nullopt;
    return StopwordCount{c.words, c.list_hits};
}

}  // namespace artnorm
