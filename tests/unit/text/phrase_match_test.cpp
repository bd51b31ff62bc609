#include <catch2/catch.hpp>

#include <string_view>

#include "text/phrase_match.hpp"

using artnorm::ContainedPhrases;
using artnorm::PhrasesByFirstByte;

namespace {
constexpr std::string_view kPhrases[] = {"read more", "read", "©", "x", "newsletter", "все права"};
}

TEST_CASE("PhrasesByFirstByte: equality and prefixes as a loop over the list would find", "[text][phrases]") {
    const PhrasesByFirstByte phrases(kPhrases);
    CHECK(phrases.equal_to_one("read"));
    CHECK(phrases.equal_to_one("все права"));
    CHECK_FALSE(phrases.equal_to_one("reader"));
    CHECK_FALSE(phrases.equal_to_one(""));
    CHECK(phrases.prefix_of("reader"));
    CHECK(phrases.prefix_of("x"));
    CHECK_FALSE(phrases.prefix_of("rea"));
    CHECK_FALSE(phrases.prefix_of(""));
}

TEST_CASE("ContainedPhrases: any phrase anywhere, one-byte phrases included", "[text][phrases]") {
    const ContainedPhrases phrases(kPhrases);
    CHECK(phrases.found_in("sign up for our newsletter today"));
    CHECK(phrases.found_in("\u00A9 2024"));
    CHECK(phrases.found_in("... все права защищены"));
    CHECK(phrases.found_in("box"));  // the one-byte phrase "x"
    CHECK_FALSE(phrases.found_in("nothing to see here"));
    CHECK_FALSE(phrases.found_in(""));
    const ContainedPhrases long_only(std::span<const std::string_view>(kPhrases).subspan(0, 2));
    CHECK(long_only.found_in("please read"));
    CHECK_FALSE(long_only.found_in("please rea"));
}
