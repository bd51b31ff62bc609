// The embedded stopword lists, loaded once into one hash table that maps a
// case-folded word to the set of languages listing it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "unicode/words.hpp"

namespace artnorm {

// Bit i set: the word is a stopword of language i of the index.
using LanguageMask = std::uint64_t;
inline constexpr std::size_t kMaxStopwordLanguages = 64;

class StopwordIndex {
public:
    // Builds the index from embedded_stopword_lists(); words are case-folded.
    StopwordIndex();

    std::size_t size() const { return languages_.size(); }
    const std::string& language(std::size_t i) const { return languages_[i]; }
    // The script most letters of language i's list are written in.
    Script script(std::size_t i) const { return scripts_[i]; }

    // The languages listing folded_word (already case-folded).
    LanguageMask lookup(std::string_view folded_word) const;

    // Index of the list for a BCP 47 tag: case-insensitive, subtags after
    // '-'/'_' ignored, a few aliases ("no" → "nb", "iw" → "he").
    std::optional<std::size_t> find_language(std::string_view tag) const;

private:
    // Words of up to kInlineBytes bytes (nearly all) live in an open-addressing
    // table that compares two 64-bit words instead of strings; longer ones
    // in a hash map.
    static constexpr std::size_t kInlineBytes = 16;
    struct Slot {
        std::uint64_t head = 0, tail = 0;  // the word's bytes, zero-padded
        std::size_t size = 0;              // 0: empty slot
        LanguageMask mask = 0;
    };
    static Slot key_of(std::string_view word);
    static std::size_t hash_of(const Slot& key);
    void add(std::string_view word, LanguageMask bit);

    struct Hash {
        using is_transparent = void;
        // FNV-1a: stopwords are short, where it is much cheaper than
        // std::hash's general-purpose hash.
        std::size_t operator()(std::string_view s) const {
            constexpr std::uint64_t kOffsetBasis = 14695981039346656037ull;
            constexpr std::uint64_t kPrime = 1099511628211ull;
            std::uint64_t h = kOffsetBasis;
            for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * kPrime;
            return static_cast<std::size_t>(h);
        }
    };
    std::vector<std::string> languages_;
    std::vector<Script> scripts_;
    std::vector<Slot> slots_;  // size a power of two, at most half full
    std::unordered_map<std::string, LanguageMask, Hash, std::equal_to<>> long_words_;
    std::size_t longest_word_ = 0;  // bytes; longer words skip the lookup
};

// The process-wide index (function-local static, immutable once built).
const StopwordIndex& stopword_index();

}  // namespace artnorm
