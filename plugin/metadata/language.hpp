// Language detection and stopword density from the embedded stopword lists.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "unicode/words.hpp"

namespace artnorm {

struct LanguageGuess {
    std::string code;    // BCP 47 ("en", "ru", "zh"); "" when undetermined
    double score = 0.0;  // confidence 0..1
};

// The language of text: its dominant script first (Hangul → ko, kana → ja,
// Han → zh, Greek → el, ...), then, for scripts shared by many languages
// (Latin, Cyrillic, Arabic), the list whose stopwords cover most tokens.
// code is "" when there is too little evidence (see language.cpp).
LanguageGuess detect_language(std::string_view text);

// Share (0..1) of the words of text that are stopwords of language; 0 when
// the language has no list. language may carry a region or script subtag
// ("en-GB", "zh_Hant"); "no"/"nn" use the Bokmål list.
double stopword_density(std::string_view text, std::string_view language);

// Share (0..1) of the words of text that are stopwords of any language: the
// density to use when the language is unknown.
double stopword_density_any(std::string_view text);

// The same two for text already case-folded (fold_case(text)): no second
// folding.
double folded_stopword_density(std::string_view folded, std::string_view language);
double folded_stopword_density_any(std::string_view folded);

// Words and stopword hits of folded texts, per stopword list of the index:
// what the stopword vote of detect_language and the stopword densities are
// counted from. Tallies of texts joined by white space add up as long as no
// word crosses a joint (words_may_join_next false for each text but the
// last).
struct StopwordTally {
    static constexpr std::size_t kLists = 64;  // the index's maximum (LanguageMask bits)
    std::size_t words = 0;
    std::size_t any_hits = 0;                 // words on at least one list
    std::array<std::size_t, kLists> hits{};   // words on list i, in the index's order

    StopwordTally& operator+=(const StopwordTally& other);
    StopwordTally& operator-=(const StopwordTally& other);  // other: counted into this before
};

// Adds the words of folded (case-folded text) and their hits to tally.
void add_stopword_tally(std::string_view folded, StopwordTally& tally);

// What detect_language weighs, gathered text by text: letters per script and
// the marker letters of Cyrillic and Arabic alphabets (add_letters), words and
// stopword hits (add_words). detect() is detect_language of the texts joined
// by white space when no word crosses a joint and add_words got the tally of
// every text whose letters were added. Everything is counted (marker letters
// too), so a text's evidence can be taken back: the evidence of a few texts
// less or more than a known set costs only a pass over those few.
class LanguageEvidence {
public:
    void add_letters(std::string_view folded) { count(folded, +1); }
    void add_words(const StopwordTally& tally) { words_ += tally; }
    // Take back what add_letters and add_words added for a text.
    void remove_letters(std::string_view folded) { count(folded, -1); }
    void remove_words(const StopwordTally& tally) { words_ -= tally; }
    LanguageGuess detect() const;

private:
    void count(std::string_view folded, int sign);

    std::array<double, static_cast<std::size_t>(Script::count_)> letters_{};
    StopwordTally words_;
    std::array<std::size_t, 14> markers_{};  // occurrences of each marker letter (fallback_language)
};

// detect_language over text given in parts, without holding it whole once it
// is long: append() adds to the text as to one string (the caller writes the
// separators); the text is scanned piece by piece, each piece cut where no
// word crosses (is_word_scan_cut), so detect() returns what detect_language
// returns for the whole text.
class LanguageSample {
public:
    LanguageSample();
    LanguageSample(const LanguageSample&) = delete;
    LanguageSample& operator=(const LanguageSample&) = delete;
    ~LanguageSample();

    void append(std::string_view text);
    void append_folded(std::string_view folded);  // fold_case(text): no second folding
    LanguageGuess detect();

private:
    std::string pending_;                         // folded text not scanned yet
    std::unique_ptr<LanguageEvidence> evidence_;  // of the pieces scanned so far; null while the text is short
};

// Words and stopword hits of some text; density() is what stopword_density
// returns for it. Counts of texts add up.
struct StopwordCount {
    std::size_t words = 0, hits = 0;

    double density() const { return words == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(words); }
    StopwordCount& operator+=(const StopwordCount& other) {
        words += other.words;
        hits += other.hits;
        return *this;
    }
};

// Counts the stopwords of one language's list (stopword_density), or of any
// list when language is "" (stopword_density_any), in folded texts.
class StopwordCounter {
public:
    explicit StopwordCounter(std::string_view language);
    StopwordCount count_folded(std::string_view folded) const;
    // count_folded of the texts tally was counted from.
    StopwordCount count_of(const StopwordTally& tally) const;
    // The lists that count: all bits (language ""), one bit, or none.
    std::uint64_t wanted() const { return wanted_; }

private:
    std::uint64_t wanted_;  // LanguageMask of the lists that count; 0 for a language without a list
};

// stopword_density (language given) or stopword_density_any (language "")
// over text given in parts, scanned piece by piece like LanguageSample.
class StopwordSample {
public:
    explicit StopwordSample(std::string_view language) : counter_(language) {}

    void append(std::string_view text);
    void append_folded(std::string_view folded);  // fold_case(text): no second folding
    double density();

private:
    void scan();

    StopwordCounter counter_;
    std::string pending_;   // folded text not scanned yet
    StopwordCount count_;
};

}  // namespace artnorm
