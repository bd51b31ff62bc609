#include <catch2/catch.hpp>

#include "unicode/whitespace.hpp"

using artnorm::collapse_whitespace;

TEST_CASE("collapse-whitespace folds every Unicode space to one ASCII space", "[unicode][whitespace]") {
    CHECK(collapse_whitespace("  a \t\n b  ") == "a b");
    CHECK(collapse_whitespace("a\xC2\xA0\xC2\xA0" "b") == "a b");           // NBSP
    CHECK(collapse_whitespace("1\xE2\x80\x87" "000") == "1 000");           // figure space
    CHECK(collapse_whitespace("a\xE2\x80\xAF" "b") == "a b");               // narrow NBSP
    CHECK(collapse_whitespace("a\xE2\x80\x82\xE2\x80\x8A" "b") == "a b");   // en space, hair space
    CHECK(collapse_whitespace("\xE3\x80\x80\xE4\xB8\xAD\xE3\x80\x80") == "\xE4\xB8\xAD");  // ideographic
    CHECK(collapse_whitespace("\xC2\xA0 Support The Moscow Times!\xC2\xA0") == "Support The Moscow Times!");
}

TEST_CASE("collapse-whitespace removes zero-width spaces as if absent", "[unicode][whitespace]") {
    CHECK(collapse_whitespace("Kazakh\xE2\x80\x8Bstan") == "Kazakhstan");
    CHECK(collapse_whitespace("a \xE2\x80\x8B b") == "a b");
    CHECK(collapse_whitespace("\xEF\xBB\xBFx") == "x");
    CHECK(collapse_whitespace("\xE2\x80\x8B") == "");
}

TEST_CASE("collapse-whitespace leaves other characters alone", "[unicode][whitespace]") {
    CHECK(collapse_whitespace("caf\xC3\xA9 \xE2\x80\x94 ok") == "caf\xC3\xA9 \xE2\x80\x94 ok");
    CHECK(artnorm::is_blank(" \t\xC2\xA0\xE2\x80\x8B\n"));
    CHECK_FALSE(artnorm::is_blank(" x "));
    CHECK(artnorm::count_code_points("a\xC3\xA9\xE4\xB8\xAD") == 3);
}
