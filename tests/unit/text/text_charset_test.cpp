#include <catch2/catch.hpp>

#include <string>

#include "text/extract_text.hpp"

using namespace artnorm;

namespace {

// "Городской совет утвердил план" ... in windows-1251 bytes.
std::string cp1251_article() {
    const std::string headline = "\xC3\xEE\xF0\xEE\xE4\xF1\xEA\xEE\xE9 \xF1\xEE\xE2\xE5\xF2";  // Городской совет
    const std::string sentence =
        "\xD1\xEE\xE2\xE5\xF2 \xF3\xF2\xE2\xE5\xF0\xE4\xE8\xEB \xEF\xEB\xE0\xED \xE2\xEE "
        "\xE2\xF2\xEE\xF0\xED\xE8\xEA \xE2\xE5\xF7\xE5\xF0\xEE\xEC, \xEF\xEE\xF1\xEB\xE5 "
        "\xE4\xEE\xEB\xE3\xE8\xF5 \xF1\xEF\xEE\xF0\xEE\xE2 \xEE \xF1\xF2\xEE\xE8\xEC\xEE\xF1\xF2\xE8 "
        "\xF0\xE0\xE1\xEE\xF2 \xE8 \xEE \xF2\xEE\xEC, \xEA\xEE\xE3\xE4\xE0 \xEE\xED\xE8 "
        "\xED\xE0\xF7\xED\xF3\xF2\xF1\xFF.";
    return headline + "\n\n" + sentence + " " + sentence + "\n\n" + sentence + "\n";
}

std::string body_text(const Article& article) {
    std::string out;
    for (const auto& block : article.body) out += block.text + "\n";
    return out;
}

}  // namespace

TEST_CASE("text-charset: a named charset is decoded before anything else", "[text][text-charset]") {
    Options options;
    options.charset = "windows-1251";
    const auto result = extract_from_text(cp1251_article(), options);
    REQUIRE(result.ok());
    const Article& article = result.value();
    CHECK(article.provenance.invalid_utf8_sequences == 0);
    CHECK(article.provenance.input_bytes == cp1251_article().size());
    CHECK(body_text(article).find("Совет утвердил план во вторник вечером") != std::string::npos);
}

TEST_CASE("text-charset: without a charset the bytes are UTF-8 and repaired", "[text][text-charset]") {
    const auto result = extract_from_text(cp1251_article(), Options{});
    REQUIRE(result.ok());
    CHECK(result.value().provenance.invalid_utf8_sequences > 0);
    CHECK(body_text(result.value()).find("Совет") == std::string::npos);
}

TEST_CASE("text-charset: a UTF-8 name in any case changes nothing", "[text][text-charset]") {
    Options options;
    options.charset = "UTF-8";
    options.strict_utf8 = true;
    const auto refused = extract_from_text(cp1251_article(), options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().status == Status::invalid_input);
}
