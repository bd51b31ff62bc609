#include "html/tweetable_quote.hpp"

#include "text/text_features.hpp"

namespace artnorm::html {
namespace {

constexpr std::string_view kTweetIntents[] = {"twitter.com/intent/tweet", "twitter.com/share", "x.com/intent/tweet"};

}  // namespace

bool is_tweetable_quote(const HtmlSegment& s) {
    bool intent = false;
    for (std::string_view host_path : kTweetIntents) {
        const std::size_t at = s.href.find(host_path);
        // At the start of the host ("//twitter.com", "www.twitter.com"), not inside another name.
        intent = intent || (at != std::string::npos && (at == 0 || s.href[at - 1] == '/' || s.href[at - 1] == '.'));
    }
    return intent && count_words(s.text) >= kTweetableMinWords;
}

}  // namespace artnorm::html
