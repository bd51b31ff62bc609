// Metadata a page declares about itself (JSON-LD, meta tags, <title>...),
// before the text heuristics fill the gaps.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace artnorm::html {

struct PageMetadata {
    std::string headline;                      // the strongest declared headline
    std::vector<std::string> other_headlines;  // the page's other declared headlines, weaker
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

    // Fills the empty fields of this from other (this wins); other's
    // headlines this does not hold are appended to other_headlines.
    void fill_from(const PageMetadata& other);

    // headline (when declared), then other_headlines: strongest first.
    std::vector<std::string_view> declared_headlines() const;
};

}  // namespace artnorm::html
