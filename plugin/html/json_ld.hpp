// Rule "json-ld": schema.org article metadata from JSON-LD script bodies.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/page_metadata.hpp"

namespace artnorm::html {

// The first object whose @type names an article (NewsArticle, Article,
// BlogPosting, ReportageNewsArticle, or any type ending in "Article" or
// "Posting"), searched breadth-first through top-level arrays, @graph and
// mainEntity, gives: headline (else name), datePublished, dateModified
// (dates normalized with find_date), author (a string, an object's name, or
// an array of either), publisher.name (or a string), keywords (array, or a
// comma-separated string), image (a URL string, an object's url, or the
// first of an array), description and inLanguage. The publisher also comes
// from an Organization/NewsMediaOrganization object of the same graph when
// the article names none. Unreadable scripts are ignored.
PageMetadata read_json_ld(const std::vector<std::string>& scripts);

}  // namespace artnorm::html
