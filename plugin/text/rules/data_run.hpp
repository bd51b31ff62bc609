// Rules "data-run-after-headline" and "data-run-rows", parts of rule "body"
// (rules/data_run.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "text/document.hpp"
#include "text/rules/body.hpp"

namespace artnorm {

// index: the body candidates (segment indices, in order); classes: their
// context-free classes, changed in place (the run's lines become good).
void promote_data_run_after_headline(const TextDocument& doc, const std::vector<std::size_t>& index,
                                     std::vector<BlockClass>& classes);

// Rule "data-run-rows": in a run of at least kDataRunMin data lines, rows
// the classifier called bad (few stopwords) count as short blocks. Returns,
// per candidate, whether it is a row of such a run.
std::vector<bool> demote_data_run_rows(const TextDocument& doc, const std::vector<std::size_t>& index,
                                       std::vector<BlockClass>& classes);

// A table or list of figures has more rows than a date and a counter that
// happen to follow each other.
inline constexpr std::size_t kDataRunMin = 5;
// Words with digits that make a row of figures (see figures_line).
inline constexpr std::size_t kDataLineMinNumbers = 2;
// A table row is at most a line or two; longer text is a paragraph.
inline constexpr std::size_t kDataRowMaxChars = 200;
// Candidates between the headline and the run: a sentence or two of
// introduction, a subtitle, a caption.
inline constexpr std::size_t kDataRunReach = 6;

}  // namespace artnorm
