#include "text/phrase_match.hpp"

#include <algorithm>

#include "text/text_features.hpp"

namespace artnorm {

PhrasesByFirstByte::PhrasesByFirstByte(std::span<const std::string_view> phrases) {
    for (std::string_view p : phrases) {
        if (p.empty()) empty_ = true;
        else groups_[static_cast<unsigned char>(p[0])].push_back(p);
    }
}

bool PhrasesByFirstByte::equal_to_one(std::string_view text) const {
    if (text.empty()) return empty_;
    const auto& group = groups_[static_cast<unsigned char>(text[0])];
    return std::find(group.begin(), group.end(), text) != group.end();
}

bool PhrasesByFirstByte::prefix_of(std::string_view text) const {
    if (empty_) return true;
    if (text.empty()) return false;
    for (std::string_view p : groups_[static_cast<unsigned char>(text[0])]) {
        if (text.starts_with(p)) return true;
    }
    return false;
}

std::size_t PhrasesByFirstByte::longest_phrase_prefix(std::string_view text) const {
    std::size_t best = 0;  // the empty phrase, when listed, adds nothing
    if (text.empty()) return best;
    for (std::string_view p : groups_[static_cast<unsigned char>(text[0])]) {
        if (p.size() > best && starts_with_phrase(text, p)) best = p.size();
    }
    return best;
}

ContainedPhrases::ContainedPhrases(std::span<const std::string_view> phrases) {
    for (std::string_view p : phrases) {
        if (p.size() < 2) {
            short_.push_back(p);
            continue;
        }
        phrases_.push_back(p);
        openings_.set(opening(p[0], p[1]));
    }
    // Sorted by opening: found_in compares only the phrases of one opening.
    std::sort(phrases_.begin(), phrases_.end(), [](std::string_view a, std::string_view b) {
        return opening(a[0], a[1]) < opening(b[0], b[1]);
    });
}

bool ContainedPhrases::found_in(std::string_view text) const {
    for (std::string_view p : short_) {
        if (text.find(p) != std::string_view::npos) return true;
    }
    // The opening at i is kept rolling (one shift per byte), and tested
    // without test()'s range check: the scan's innermost loop.
    std::size_t at = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        at = (at << 8 | static_cast<unsigned char>(text[i + 1])) & 0xFFFF;
        if (!openings_[at]) continue;
        const std::string_view rest = text.substr(i);
        const auto first = std::lower_bound(phrases_.begin(), phrases_.end(), at, [](std::string_view p, std::size_t o) {
            return opening(p[0], p[1]) < o;
        });
        for (auto p = first; p != phrases_.end() && opening((*p)[0], (*p)[1]) == at; ++p) {
            if (rest.starts_with(*p)) return true;
        }
    }
    return false;
}

}  // namespace artnorm
