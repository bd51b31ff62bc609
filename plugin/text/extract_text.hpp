// The text front end: raw page text -> Article.
#pragma once

#include <string_view>

#include "core/article.hpp"
#include "core/error.hpp"
#include "core/options.hpp"

namespace artnorm {

Expected<Article> extract_from_text(std::string_view input, const Options& options);

}  // namespace artnorm
