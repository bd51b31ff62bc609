// STUB — to be replaced by the text-pipeline engineer.
#include "text/extract_text.hpp"

namespace artnorm {
Expected<Article> extract_from_text(std::string_view input, const Options&) {
    Article article;
    article.provenance.input_bytes = input.size();
    return article;
}
}  // namespace artnorm
