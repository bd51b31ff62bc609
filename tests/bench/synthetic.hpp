// Inputs of any size for scaling benchmarks: the sample article's text
// repeated (text mode) or its paragraphs wrapped in an HTML page (HTML mode).
#pragma once

#include <cstddef>
#include <string>

namespace artnorm_bench {

std::string synthetic_text(std::size_t bytes);
std::string synthetic_html(std::size_t bytes);

}  // namespace artnorm_bench
