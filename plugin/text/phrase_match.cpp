#include "text/phrase_match.hpp"

#include <algorithm>

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

ContainedPhrases::ContainedPhrases(std::span<const std::string_view> phrases) {
    for (std::string_view p : phrases) {
        if (p.size() < 2) {
            short_.push_back(p);
            continue;
        }
        phrases_.push_back(p);
        openings_.set(opening(p[0], p[1]));
    }
}

bool ContainedPhrases::found_in(std::string_view text) const {
    for (std::string_view p : short_) {
        if (text.find(p) != std::string_view::npos) return true;
    }
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (!openings_.test(opening(text[i], text[i + 1]))) continue;
        const std::string_view rest = text.substr(i);
        for (std::string_view p : phrases_) {
            if (p[0] == rest[0] && p[1] == rest[1] && rest.starts_with(p)) return true;
        }
    }
    return false;
}

}  // namespace artnorm
