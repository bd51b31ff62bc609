// The HTML front end: page bytes -> Article, on the same pipeline as text
// (segments + shared rules) with HTML-specific body selection and metadata.
#pragma once

#include <string_view>

#include "core/article.hpp"
#include "core/error.hpp"
#include "core/options.hpp"

namespace artnorm {

// Failures: invalid UTF-8 with options.strict_utf8 -> Status::invalid_input;
// a page without text -> Status::empty_input; no body found ->
// Status::no_article.
Expected<Article> extract_from_html(std::string_view input, const Options& options);

}  // namespace artnorm
