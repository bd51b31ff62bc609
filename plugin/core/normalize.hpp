// The whole job in C++ terms: input bytes + options -> XML document.
// This is what the C ABI, the xsltproc module and the tests call.
#pragma once

#include <string>
#include <string_view>

#include "core/article.hpp"
#include "core/error.hpp"
#include "core/options.hpp"

namespace artnorm {

// Input bytes -> Article (no XML). Front end chosen by options.format.
Expected<Article> extract_article(std::string_view input, const Options& options);

// Input bytes -> XML text of the article (UTF-8).
Expected<std::string> normalize_to_xml(std::string_view input, const Options& options);

}  // namespace artnorm
