// Bylines: the line that names an article's authors.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace artnorm {

// Authors named by a byline line ("By A and B", "A, Moscow Bureau",
// "Von A und B", "Por A y B"), in order; empty when the line is not a byline.
std::vector<std::string> parse_byline(std::string_view line);

// Rule "name with publisher": full names (at least two words each, joined
// by commas or conjunctions) followed by a publisher's name of at most
// kMaxPublisherWords words without a separator: "Kevin Johnson and Kevin
// McCoy USA TODAY" -> {"Kevin Johnson", "Kevin McCoy"}. Title Case
// headlines can have this shape ("Bezos Buys Washington Post"), so callers
// only trust it right above a dateline.
std::vector<std::string> parse_name_publisher(std::string_view line);

// The line names an organisation rather than a person: an agency ("The
// Associated Press"), a domain ("Cleveland.com"), or at most a name's
// length of words with an organisation word ("Fox News", "The Daily Times").
bool is_organisation_name(std::string_view line);

// The line is a byline marker alone ("By", "Von", "Autor:"): pages often put
// the names on the next line.
bool is_byline_marker(std::string_view line);

// Whether some marker of rule "byline marker" starts with the byte c
// (case-folded): a line opening otherwise has no marker.
bool may_open_marker(char c);

// Whether text, the start of a line once its leading white space and
// separators are gone, may open with a marker of rule "byline marker" after
// case folding: false only when, for every marker, an ASCII byte of text
// differs from the marker's first word (ASCII folds to ASCII lower case)
// before any non-ASCII byte and before the end of text, or when text opens
// with a letter of a script without case (CJK, kana, Hangul, Hebrew to
// Tibetan) or a basic Cyrillic letter that folds to neither "\u0430" nor
// "\u0442" (the Cyrillic markers' first letters).
bool may_open_with_marker(std::string_view text);

}  // namespace artnorm
