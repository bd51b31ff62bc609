// Rule "tweetable-quote": a "click to tweet" box links a sentence of the
// article to a share intent that posts it ("<a href='https://twitter.com/
// share?text=Every+online+business...'>Every online business exists in the
// 'space-time continuum.'<span>Click To Tweet</span></a>"): a pull quote
// of the text, not a link to elsewhere. A link-heavy segment whose first
// link is a tweet intent (twitter.com/intent/tweet, twitter.com/share,
// x.com/intent/tweet) and that holds at least kTweetableMinWords words is
// kept in the body (body_selection.hpp, step 7 does not drop it). Share
// buttons ("Share this on Twitter") are shorter.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/segments.hpp"

namespace artnorm::html {

// "Share this on Twitter", "Tweet this story" are button labels of up to
// four words; a quoted sentence is longer.
inline constexpr std::size_t kTweetableMinWords = 6;

bool is_tweetable_quote(const HtmlSegment& s);

}  // namespace artnorm::html
