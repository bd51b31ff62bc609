// Stopword lists compiled into the library from plugin/data/stopwords/*.txt.
#pragma once

#include <string_view>
#include <vector>

namespace artnorm {

struct EmbeddedStopwordList {
    std::string_view language;  // BCP 47 code, from the file name
    std::string_view words;     // lower-case words, one per line, '\n'-terminated
};

const std::vector<EmbeddedStopwordList>& embedded_stopword_lists();

}  // namespace artnorm
