// One word pass over the segments' case-folded texts that serves both the
// page's language (detect_language evidence) and the stopword densities of
// the segments: before, the language sample and the densities each made a
// pass of their own over the same texts (issue 7).
//
// A density needs the hits of one list - the page's language, which is only
// known once the pass is over - and keeping every list's hits per segment
// would cost ~500 bytes a segment. So each segment keeps its words, its
// hits on any list, and its hits on one list: the list leading the vote of
// the sampled texts counted before it, which from the first paragraphs on
// is nearly always the page's language. A density of another list is
// counted again from the text (count() returns nullopt).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "metadata/language.hpp"
#include "text/folded_texts.hpp"

namespace artnorm {

// What the pass keeps of one segment for its density: 16 bytes (a page has
// a segment per ~100-200 bytes: peak memory), dropped once the densities
// are taken (drop_counts).
struct SegmentWordCounts {
    static constexpr std::uint8_t kNoList = 0xFF;
    std::uint32_t words = 0;
    std::uint32_t any_hits = 0;    // words on at least one stopword list
    std::uint32_t list_hits = 0;   // words on list `list`
    std::uint8_t list = kNoList;   // kNoList: no list had a hit yet
    bool counted = false;          // added, and its counts fit in 32 bits
};

class SegmentWords {
public:
    explicit SegmentWords(std::size_t segments) : counts_(segments), use_(segments, Use::none) {}

    // Counts the words of segment i (folded: its case-folded text); with
    // sampled, its letters and words join the evidence of sample() too.
    // The segments' words must not join across them (words_may_join_next).
    void add(std::size_t i, std::string_view folded, bool sampled);

    // The language evidence of the sampled segments' texts joined by white
    // space.
    LanguageEvidence sample() const;

    // counter.count_folded of segment i's folded text, when the pass kept
    // what it needs: segment i was added, and counter counts any list, no
    // list, or the list kept for it.
    // Not after drop_counts.
    std::optional<StopwordCount> count(std::size_t i, const StopwordCounter& counter) const;
    const SegmentWordCounts& operator[](std::size_t i) const { return counts_[i]; }
    // Frees the per-segment counts (count() and [] are done with).
    void drop_counts() { std::vector<SegmentWordCounts>().swap(counts_); }

    // The language evidence of the texts of the segments i with in_set[i]
    // (each added), from sample()'s: the sampled segments outside the set
    // are taken back and the others of the set added, counted again from
    // their folded texts - a pass over the difference, not over the set.
    // nullopt when a segment of the set was not added.
    std::optional<LanguageEvidence> evidence_of(const std::vector<bool>& in_set, const FoldedTexts& folded) const;

private:
    enum class Use : std::uint8_t { none, added, sampled };

    std::vector<SegmentWordCounts> counts_;
    std::vector<Use> use_;  // 1 byte a segment, kept for evidence_of
    // The segments' tallies are summed straight into these (a segment's
    // counts are the differences): no 64-list tally per segment.
    StopwordTally sampled_, others_;
    LanguageEvidence letters_;  // of the sampled segments
    std::uint8_t leader_ = SegmentWordCounts::kNoList;  // leading list of sampled_
};

}  // namespace artnorm
