// The pieces of a line between single spaces, visited in place: the word
// loop many rules share ("every word capitalised", "count the long words").
#pragma once

#include <string_view>

namespace artnorm {

// Calls visit(piece) for each piece of text cut at every ' ' (only U+0020;
// segments have their white space normalised already), in order, as views
// into text. Two spaces in a row give an empty piece; a space at the very
// end gives none. visit returns false to stop; then so does this function,
// which otherwise returns true.
template <typename Visit>
bool for_each_space_piece(std::string_view text, Visit&& visit) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        if (!visit(text.substr(start, end - start))) return false;
        start = end + 1;
    }
    return true;
}

}  // namespace artnorm
