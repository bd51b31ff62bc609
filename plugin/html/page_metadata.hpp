// Metadata a page declares about itself (JSON-LD, meta tags, <title>...),
// before the text heuristics fill the gaps.
#pragma once

#include <string>
#include <vector>

namespace artnorm::html {

struct PageMetadata {
    std::string headline;
    std::string published;  // ISO 8601 (via find_date)
    std::string updated;
    std::vector<std::string> authors;
    std::string publisher;
    std::string language;
    std::string description;
    std::vector<std::string> tags;
    std::string image;
    std::string url;
    std::string page_title;  // <title> without its site part: weaker than headline

    // Fills the empty fields of this from other (this wins).
    void fill_from(const PageMetadata& other);
};

}  // namespace artnorm::html
