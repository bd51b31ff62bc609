#include "metadata/stopword_index.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "metadata/stopword_data.hpp"
#include "unicode/ascii_case.hpp"
#include "unicode/locale.hpp"

namespace artnorm {
namespace {

// Tags whose text is covered by another list.
struct LanguageAlias {
    std::string_view tag, list;
};
constexpr std::array kLanguageAliases{
    LanguageAlias{"no", "nb"}, LanguageAlias{"nn", "nb"}, LanguageAlias{"iw", "he"},
    LanguageAlias{"in", "id"}, LanguageAlias{"ms", "id"}, LanguageAlias{"bs", "hr"},
    LanguageAlias{"sr", "hr"},  // Serbian in Latin letters; Cyrillic Serbian finds no hits
};

// The script most letters of a list are written in.
Script dominant_script(std::string_view words) {
    std::array<std::size_t, static_cast<std::size_t>(Script::count_)> counts{};
    for (std::size_t pos = 0; pos < words.size();) {
        const CodePoint cp = decode_utf8(words, pos);
        ++counts[static_cast<std::size_t>(script_of(cp.value))];
        pos += cp.length;
    }
    counts[static_cast<std::size_t>(Script::none)] = 0;
    const auto best = std::max_element(counts.begin(), counts.end()) - counts.begin();
    return static_cast<Script>(best);
}

}  // namespace

StopwordIndex::Slot StopwordIndex::key_of(std::string_view word) {
    Slot key;
    char bytes[kInlineBytes] = {};
    std::memcpy(bytes, word.data(), word.size());
    std::memcpy(&key.head, bytes, sizeof key.head);
    std::memcpy(&key.tail, bytes + sizeof key.head, sizeof key.tail);
    key.size = word.size();
    return key;
}

std::size_t StopwordIndex::hash_of(const Slot& key) {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (key.head ^ (key.tail * kMultiplier) ^ key.size) * kMultiplier;
    return static_cast<std::size_t>(h ^ (h >> 32));
}

void StopwordIndex::add(std::string_view word, LanguageMask bit) {
    longest_word_ = std::max(longest_word_, word.size());
    if (word.size() > kInlineBytes) {
        long_words_[std::string(word)] |= bit;
        return;
    }
    const Slot key = key_of(word);
    for (std::size_t i = hash_of(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
        Slot& slot = slots_[i];
        if (slot.size == 0) {
            slot = key;
            slot.mask = bit;
            return;
        }
        if (slot.size == key.size && slot.head == key.head && slot.tail == key.tail) {
            slot.mask |= bit;
            return;
        }
    }
}

StopwordIndex::StopwordIndex() {
    // Twice the number of words at least: the table stays at most half full.
    std::size_t words = 0;
    for (const EmbeddedStopwordList& list : embedded_stopword_lists()) {
        words += static_cast<std::size_t>(std::count(list.words.begin(), list.words.end(), '\n')) + 1;
    }
    std::size_t capacity = 1;
    while (capacity < 2 * words) capacity *= 2;
    slots_.resize(capacity);

    for (const EmbeddedStopwordList& list : embedded_stopword_lists()) {
        if (languages_.size() == kMaxStopwordLanguages) break;  // the mask has no room left
        const LanguageMask bit = LanguageMask{1} << languages_.size();
        languages_.emplace_back(list.language);
        scripts_.push_back(dominant_script(list.words));
        // The whole list is folded in one call, not word by word: case
        // folding maps each character on its own (no context), so the lines
        // come out as the folded words, and one ICU call instead of
        // thousands takes the index's one-time build (done while a batch's
        // other threads wait for it) from ~4.2M to ~2.7M instructions.
        const std::string folded = fold_case(list.words);
        std::string_view rest = folded;
        while (!rest.empty()) {
            const std::size_t eol = std::min(rest.find('\n'), rest.size());
            const std::string_view word = rest.substr(0, eol);
            rest.remove_prefix(std::min(eol + 1, rest.size()));
            if (word.empty()) continue;
            add(word, bit);
        }
    }
}

LanguageMask StopwordIndex::lookup(std::string_view folded_word) const {
    if (folded_word.size() > longest_word_ || folded_word.empty()) return 0;
    if (folded_word.size() > kInlineBytes) {
        const auto it = long_words_.find(folded_word);
        return it == long_words_.end() ? 0 : it->second;
    }
    const Slot key = key_of(folded_word);
    for (std::size_t i = hash_of(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
        const Slot& slot = slots_[i];
        if (slot.size == 0) return 0;
        if (slot.size == key.size && slot.head == key.head && slot.tail == key.tail) return slot.mask;
    }
}

std::optional<std::size_t> StopwordIndex::find_language(std::string_view tag) const {
    std::string primary = lower_ascii(tag.substr(0, std::min(tag.find_first_of("-_"), tag.size())));
    for (const LanguageAlias& alias : kLanguageAliases) {
        if (primary == alias.tag) primary = alias.list;
    }
    const auto it = std::find(languages_.begin(), languages_.end(), primary);
    if (it == languages_.end()) return std::nullopt;
    return static_cast<std::size_t>(it - languages_.begin());
}

const StopwordIndex& stopword_index() {
    static const StopwordIndex index;
    return index;
}

}  // namespace artnorm
