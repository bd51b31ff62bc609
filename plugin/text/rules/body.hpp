// Rule "body", the classifier part (exposed for its unit tests).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/document.hpp"

namespace artnorm {

// One byte: the body rule keeps several vectors of one class per segment
// alive at once (peak memory).
enum class BlockClass : std::uint8_t { bad, short_block, near_good, good };

// jusText-style context-free class of one segment's text: link-heavy text
// (a URL token per kWordsPerLinkToken words) and reading times are bad; shorter than kBodyLengthLow (code points, CJK
// weighted by kCjkLengthWeight) is short; otherwise stopword density >=
// kStopwordsHigh is good when longer than kBodyLengthHigh else near-good,
// >= kStopwordsLow near-good, else bad. Density is measured with the
// language's list or, when the language is unknown (""), with all lists
// (stopword_density_any) minus kAnyLanguageMargin. When the text shows no
// stopwords at all (has_stopwords false) or the text is mostly CJK (more than
// kCjkPunctuationShare) sentence punctuation stands in: a long segment
// ending a sentence is good, a medium one near-good. folded is
// fold_case(text) (the stopwords are counted in it).
BlockClass classify_block(std::string_view text, std::string_view folded, std::string_view language,
                          bool has_stopwords);

// jusText context pass over the classes in order (edges count as bad):
// short blocks take the class of their nearest non-short neighbours (good
// on both sides -> good, bad on both -> bad, mixed -> good only when a
// near-good block is adjacent), then near-good blocks become good unless
// both nearest good/bad neighbours are bad.
std::vector<BlockClass> revise_classes(const std::vector<BlockClass>& classes);

inline constexpr std::size_t kBodyLengthLow = 70;
inline constexpr std::size_t kBodyLengthHigh = 200;
inline constexpr double kStopwordsLow = 0.20;
inline constexpr double kStopwordsHigh = 0.30;
inline constexpr double kCjkLengthWeight = 3.0;
inline constexpr double kCjkPunctuationShare = 0.3;
inline constexpr double kAnyLanguageMargin = 0.10;

}  // namespace artnorm
