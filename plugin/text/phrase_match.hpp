// Matching a text against a list of phrases (the rules' multilingual
// tables) without comparing it with every phrase: the lists are long and the
// rules ask about every segment.
#pragma once

#include <array>
#include <bitset>
#include <span>
#include <string_view>
#include <vector>

namespace artnorm {

// Phrases grouped by their first byte: a text is compared only with those
// that start like it.
class PhrasesByFirstByte {
public:
    explicit PhrasesByFirstByte(std::span<const std::string_view> phrases);

    bool equal_to_one(std::string_view text) const;  // text == some phrase
    bool prefix_of(std::string_view text) const;     // text starts with some phrase
    // The size of the longest phrase p with starts_with_phrase(text, p)
    // (a whole-word prefix); 0 when none.
    std::size_t longest_phrase_prefix(std::string_view text) const;

private:
    std::array<std::vector<std::string_view>, 256> groups_;
    bool empty_ = false;  // the list holds ""
};

// Whether a text contains one of the phrases. The text is scanned once;
// only where its next two bytes open some phrase are phrases compared.
// (Phrases shorter than two bytes are searched for one by one.)
class ContainedPhrases {
public:
    explicit ContainedPhrases(std::span<const std::string_view> phrases);

    bool found_in(std::string_view text) const;

private:
    static std::size_t opening(char a, char b) {
        return static_cast<std::size_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
    }

    std::vector<std::string_view> phrases_, short_;
    std::bitset<1 << 16> openings_;
};

}  // namespace artnorm
