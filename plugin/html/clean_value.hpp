// Helpers that turn metadata values into model strings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace artnorm::html {

// White space collapsed, NFC, XML-safe (invalid UTF-8 and forbidden
// characters repaired), character references (&amp; &#8216; &rsquo;)
// decoded (rule "character-references").
std::string clean_value(std::string_view value);

// find_date on the value -> ISO 8601, or "" when no date is found.
std::string iso_date(std::string_view value);

// Splits "a, b; c" at commas and semicolons, cleans and drops empties and
// duplicates.
std::vector<std::string> split_list(std::string_view value);

// Appends value (cleaned) to list unless empty or already there.
void add_unique(std::vector<std::string>& list, std::string_view value);

}  // namespace artnorm::html
