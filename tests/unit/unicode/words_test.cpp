#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unicode/words.hpp"

using artnorm::split_words;

namespace {
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for (auto w : split_words(text)) out.emplace_back(w);
    return out;
}
}  // namespace

TEST_CASE("ASCII words drop punctuation and spaces", "[words]") {
    CHECK(words_of("Hello, world! It's 2023.") ==
          std::vector<std::string>{"Hello", "world", "It's", "2023"});
    CHECK(words_of("anti-war   activist") == std::vector<std::string>{"anti", "war", "activist"});
    CHECK(words_of("").empty());
    CHECK(words_of(" ... --- !!! ").empty());
}

TEST_CASE("Numbers keep their inner separators, letters their apostrophes and dots", "[words]") {
    CHECK(words_of("1,000.50 dollars") == std::vector<std::string>{"1,000.50", "dollars"});
    CHECK(words_of("the U.S. economy") == std::vector<std::string>{"the", "U.S", "economy"});
    CHECK(words_of("don\xE2\x80\x99t stop") == std::vector<std::string>{"don\xE2\x80\x99t", "stop"});
    CHECK(words_of("end. Next") == std::vector<std::string>{"end", "Next"});
}

TEST_CASE("Words are views into the input", "[words]") {
    const std::string text = "alpha beta";
    const auto words = split_words(text);
    REQUIRE(words.size() == 2);
    CHECK(words[1].data() == text.data() + 6);
}

TEST_CASE("Curly quotes and dashes are not words", "[words]") {
    CHECK(words_of("\xE2\x80\x9CIncitement\xE2\x80\x9D \xE2\x80\x94 a crime") ==
          std::vector<std::string>{"Incitement", "a", "crime"});
}

TEST_CASE("Accented, Cyrillic, Greek and Arabic words split on spaces", "[words]") {
    CHECK(words_of("Stra\xC3\x9F" "e und Caf\xC3\xA9!") ==
          std::vector<std::string>{"Stra\xC3\x9F" "e", "und", "Caf\xC3\xA9"});
    CHECK(words_of("Привет, мир. 2 ноября") == std::vector<std::string>{"Привет", "мир", "2", "ноября"});
    CHECK(words_of("Καλημέρα κόσμε") == std::vector<std::string>{"Καλημέρα", "κόσμε"});
    CHECK(words_of("مرحبا بالعالم، اليوم") == std::vector<std::string>{"مرحبا", "بالعالم", "اليوم"});
    CHECK(words_of("м\xCA\xBCясо") == std::vector<std::string>{"м\xCA\xBCясо"});
    CHECK(words_of("안녕하세요 세계") == std::vector<std::string>{"안녕하세요", "세계"});
}

TEST_CASE("Chinese and Japanese split into words with ICU", "[words]") {
    const auto zh = words_of("我们今天去北京。");
    CHECK(zh.size() >= 3);
    CHECK(std::find(zh.begin(), zh.end(), "北京") != zh.end());
    CHECK(std::find(zh.begin(), zh.end(), "。") == zh.end());

    const auto ja = words_of("私は東京に住んでいます。");
    CHECK(ja.size() >= 4);
    CHECK(std::find(ja.begin(), ja.end(), "東京") != ja.end());
    CHECK(std::find(ja.begin(), ja.end(), "は") != ja.end());
}

TEST_CASE("Mixed scripts keep their order", "[words]") {
    CHECK(words_of("iPhone 15を2023年に発表") ==
          std::vector<std::string>{"iPhone", "15", "を", "2023", "年", "に", "発表"});
    const auto th = words_of("ภาษาไทยง่ายนิดเดียว");
    CHECK(th.size() >= 3);
}

TEST_CASE("Invalid UTF-8 bytes are separators, never crash", "[words]") {
    CHECK(words_of("ab\xFF" "cd") == std::vector<std::string>{"ab", "cd"});
    CHECK(words_of("\xE2\x80") .empty());
}

TEST_CASE("Texts join a next text's words only through space-less scripts near their end", "[words]") {
    using artnorm::words_may_join_next;
    CHECK_FALSE(words_may_join_next("The council met on Tuesday."));
    CHECK_FALSE(words_may_join_next("Déjà vu, naïve café \u2019quotes\u2019"));
    CHECK(words_may_join_next("\u4eca\u5929\u5929\u6c14\u5f88\u597d"));
    // Space-less text far enough from the end cannot reach across.
    const std::string early = "\u4eca\u5929 " + std::string(80, 'a');
    CHECK_FALSE(words_may_join_next(early));
    // Where false, the words of "a b" are those of a and b apart.
    const std::string a = early, b = "\u6211\u4eec\u53bb\u516c\u56ed";
    auto apart = words_of(a);
    for (const std::string& w : words_of(b)) apart.push_back(w);
    CHECK(words_of(a + " " + b) == apart);
}
