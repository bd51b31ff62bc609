#include "html/page_metadata.hpp"

namespace artnorm::html {

void PageMetadata::fill_from(const PageMetadata& other) {
    auto fill = [](std::string& mine, const std::string& theirs) {
        if (mine.empty()) mine = theirs;
    };
    fill(headline, other.headline);
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

}  // namespace artnorm::html
