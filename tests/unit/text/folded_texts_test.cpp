#include <catch2/catch.hpp>

#include <string>

#include "text/folded_texts.hpp"

using artnorm::FoldedTexts;

TEST_CASE("folded-texts: texts keep their place and bytes across chunks", "[text][folded-texts]") {
    FoldedTexts texts;
    texts.push_back("first");
    texts.push_back("");
    const std::string big(300'000, 'x');  // longer than a chunk: a chunk of its own
    texts.push_back(big);
    texts.push_back("last");
    REQUIRE(texts.size() == 4);
    CHECK(texts[0] == "first");
    CHECK(texts[1].empty());
    CHECK(texts[2] == big);
    CHECK(texts[3] == "last");
}

TEST_CASE("folded-texts: replace changes one text only", "[text][folded-texts]") {
    FoldedTexts texts;
    texts.push_back("a b");
    texts.push_back("c");
    texts.replace(0, "a longer text");
    CHECK(texts[0] == "a longer text");
    CHECK(texts[1] == "c");
    std::size_t count = 0;
    for (std::string_view text : texts) count += text.empty() ? 0 : 1;
    CHECK(count == 2);
}
