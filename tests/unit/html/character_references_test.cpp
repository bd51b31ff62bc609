#include <catch2/catch.hpp>

#include "html/character_references.hpp"
#include "html/clean_value.hpp"
#include "html/json_ld.hpp"

using namespace artnorm;
using namespace artnorm::html;

TEST_CASE("character-references: numeric references, decimal and hex", "[html]") {
    CHECK(decode_character_references("&#8216;The Medium&#8217;") == "\u2018The Medium\u2019");
    CHECK(decode_character_references("Review &#x2013; stars") == "Review \u2013 stars");
    CHECK(decode_character_references("it&#039;s") == "it's");
    CHECK(decode_character_references("&#X1F600;") == "\U0001F600");
}

TEST_CASE("character-references: named HTML references", "[html]") {
    CHECK(decode_character_references("Caf&eacute; &amp; Bar") == "Caf\u00e9 & Bar");
    CHECK(decode_character_references("Anastassiades&rsquo; light") == "Anastassiades\u2019 light");
    CHECK(decode_character_references("&quot;Yes&quot; &lt;b&gt;") == "\"Yes\" <b>");
}

TEST_CASE("character-references: what is no reference stays", "[html]") {
    CHECK(decode_character_references("AT&T and R&D") == "AT&T and R&D");
    CHECK(decode_character_references("&nosuchname; &#0; &#xD800; &#x110000;") ==
          "&nosuchname; &#0; &#xD800; &#x110000;");
    CHECK(decode_character_references("&#12a; &#; &#x;") == "&#12a; &#; &#x;");
    CHECK(decode_character_references("Q&A; then more text") == "Q&A; then more text");
    CHECK(decode_character_references("trailing &") == "trailing &");
}

TEST_CASE("character-references: a JSON-LD headline reaches the model decoded", "[html]") {
    const PageMetadata meta = read_json_ld(
        {R"({"@type":"NewsArticle","headline":"&#8216;The Medium is the Message&#8217;: the 7th Festival"})"});
    CHECK(meta.headline == "\u2018The Medium is the Message\u2019: the 7th Festival");
    CHECK(clean_value("a&nbsp;&nbsp;b") == "a b");
}
