#include <catch2/catch.hpp>

#include "html/body_selection.hpp"
#include "html/tweetable_quote.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {
HtmlSegment linked(std::string text, std::string href) {
    HtmlSegment s;
    s.text = std::move(text);
    s.href = std::move(href);
    s.link_density = 1.0;
    return s;
}
}  // namespace

TEST_CASE("tweetable-quote: a sentence linked to a tweet intent is a quote of the text", "[html]") {
    CHECK(is_tweetable_quote(linked("Every online business exists in the 'space-time continuum.' Click To Tweet",
                                    "https://twitter.com/share?text=Every+online+business")));
    CHECK(is_tweetable_quote(linked("The first enemy of progress is the flood of information.",
                                    "https://twitter.com/intent/tweet?text=The+first")));
    CHECK_FALSE(is_tweetable_quote(linked("Share this on Twitter", "https://twitter.com/intent/tweet?url=x")));
    CHECK_FALSE(is_tweetable_quote(linked("The first enemy of progress is the flood of information.",
                                          "https://example.com/story")));
    CHECK_FALSE(is_tweetable_quote(linked("The first enemy of progress is the flood of information.",
                                          "https://nottwitter.com/share?text=x")));
}

TEST_CASE("tweetable-quote: the click-to-tweet box stays in the body", "[html]") {
    const std::string prose =
        "<p>Not to get too Albert Einstein on you, but the laws of physics apply to your business as well.</p>"
        "<p>Think about it: everything you build takes time, and it takes space, and you cannot skip either.</p>";
    const HtmlPage page = html_test::walk(
        "<body><div class='entry'>" + prose +
        "<div class='ctt'><a href='https://twitter.com/share?text=Every+online+business'>Every online business exists "
        "in the space-time continuum.</a></div>" + prose + "</div></body>");
    std::string text;
    for (std::size_t i : select_body(page)) text += page.segments[i].text + "\n";
    CHECK(text.find("space-time continuum") != std::string::npos);
}
