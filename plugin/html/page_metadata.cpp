#include "html/page_metadata.hpp"

#include <algorithm>

namespace artnorm::html {

void PageMetadata::fill_from(const PageMetadata& other) {
    auto fill = [](std::string& mine, const std::string& theirs) {
        if (mine.empty()) mine = theirs;
    };
    auto add_headline = [this](const std::string& h) {
        if (h.empty() || h == headline) return;
        if (std::find(other_headlines.begin(), other_headlines.end(), h) != other_headlines.end()) return;
        other_headlines.push_back(h);
    };
    if (headline.empty()) {
        headline = other.headline;
    } else {
        add_headline(other.headline);
    }
    for (const std::string& h : other.other_headlines) add_headline(h);
    fill(published, other.published);
    fill(updated, other.updated);
    fill(publisher, other.publisher);
    fill(language, other.language);
    fill(description, other.description);
    fill(image, other.image);
    fill(url, other.url);
    fill(page_title, other.page_title);
    if (authors.empty()) authors = other.authors;
    if (tags.empty()) tags = other.tags;
}

std::vector<std::string_view> PageMetadata::declared_headlines() const {
    std::vector<std::string_view> out;
    if (!headline.empty()) out.push_back(headline);
    out.insert(out.end(), other_headlines.begin(), other_headlines.end());
    return out;
}

}  // namespace artnorm::html
