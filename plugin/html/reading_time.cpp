#include "html/reading_time.hpp"

#include <algorithm>
#include <string>

#include "text/text_features.hpp"
#include "unicode/locale.hpp"

namespace artnorm::html {

bool is_reading_time(std::string_view text) {
    if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    if (count_words(text) > kReadingTimeMaxWords) return false;
    const std::string folded = fold_case(text);
    return std::any_of(std::begin(kReadingTimePhrases), std::end(kReadingTimePhrases),
                       [&](std::string_view phrase) { return folded.find(phrase) != std::string::npos; });
}

}  // namespace artnorm::html
