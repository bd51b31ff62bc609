// Rule "news-dateline-lead", a part of rule "body" (rules/news_dateline.cpp).
#pragma once

#include <string_view>

namespace artnorm {

// "ST. JOSEPH, Mich. (AP) — Michigan health authorities ...", "LONDON
// (Reuters) - ...", "WASHINGTON — ...": the paragraph opens with a news
// dateline.
bool opens_with_news_dateline(std::string_view text);

inline constexpr std::size_t kNewsDatelineMaxBytes = 60;
inline constexpr std::size_t kNewsDatelineMaxWords = 6;

}  // namespace artnorm
