// Rule "news-dateline-lead", a part of rule "body" (rules/news_dateline.cpp).
#pragma once

#include <string_view>

namespace artnorm {

// "ST. JOSEPH, Mich. (AP) — Michigan health authorities ...", "LONDON
// (Reuters) - ...", "WASHINGTON — ...": the paragraph opens with a news
// dateline.
bool opens_with_news_dateline(std::string_view text);

// A place, a region and an agency ("ST. JOSEPH, Mich. (AP)"); a dash
// further into the text is punctuation of the sentence.
inline constexpr std::size_t kNewsDatelineMaxBytes = 60;
inline constexpr std::size_t kNewsDatelineMaxWords = 6;

}  // namespace artnorm
