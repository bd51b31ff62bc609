#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unicode/clean_input.hpp"

using artnorm::clean_input;

namespace {
const std::string kFffd = "\xEF\xBF\xBD";

artnorm::CleanText cleaned(std::string_view bytes) {
    auto result = clean_input(bytes, false);
    REQUIRE(result.ok());
    return result.value();
}
}  // namespace

TEST_CASE("clean-input keeps valid text and strips a BOM", "[unicode][clean-input]") {
    CHECK(cleaned("plain ascii\ttext\n").text == "plain ascii\ttext\n");
    CHECK(cleaned("\xEF\xBB\xBFhello").text == "hello");
    CHECK(cleaned("Caf\xC3\xA9 \xD0\x9C\xD0\xB8\xD1\x80 \xE4\xB8\xAD \xF0\x9F\x98\x80").text ==
          "Caf\xC3\xA9 \xD0\x9C\xD0\xB8\xD1\x80 \xE4\xB8\xAD \xF0\x9F\x98\x80");
    CHECK(cleaned("a\xEF\xBB\xBF" "b").text == "a\xEF\xBB\xBF" "b");  // only a leading BOM goes
}

TEST_CASE("clean-input repairs every class of invalid UTF-8, one U+FFFD per maximal subpart",
          "[unicode][clean-input]") {
    struct Case { std::string bytes, text; std::size_t count; };
    const Case cases[] = {
        {"a\x80" "b", "a" + kFffd + "b", 1},                     // stray continuation byte
        {"\xC0\xAF", kFffd + kFffd, 2},                          // overlong 2-byte (C0 never valid)
        {"\xE0\x80\xAF", kFffd + kFffd + kFffd, 3},              // overlong 3-byte
        {"\xED\xA0\x80", kFffd + kFffd + kFffd, 3},              // UTF-16 surrogate D800
        {"\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, 4},  // above U+10FFFF
        {"\xF5\x80", kFffd + kFffd, 2},                          // F5 lead byte never valid
        {"x\xE2\x82", "x" + kFffd, 1},                           // truncated at the end
        {"\xE2\x82x", kFffd + "x", 1},                           // truncated before ASCII
        {"\xF0\x9F\x98", kFffd, 1},                              // truncated 4-byte
        {"\xFF\xFE", kFffd + kFffd, 2},
    };
    for (const Case& c : cases) {
        INFO("bytes of length " << c.bytes.size());
        const auto result = cleaned(c.bytes);
        CHECK(result.text == c.text);
        CHECK(result.invalid_utf8_sequences == c.count);
    }
}

TEST_CASE("clean-input strict mode fails with the byte offset", "[unicode][clean-input]") {
    const auto result = clean_input("abc\xE0\x80\xAF", true);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().status == artnorm::Status::invalid_input);
    CHECK(result.error().message.find("offset 3") != std::string::npos);
    CHECK(clean_input("valid \xC3\xA9", true).ok());
}

TEST_CASE("clean-input drops characters XML forbids and counts them", "[unicode][clean-input]") {
    const auto result = cleaned(std::string("a\0b\x01\x1F" "c\x0B\x0C", 8) + "d\xEF\xBF\xBE" "e\xEF\xBF\xBF" "f\tg");
    CHECK(result.text == "abcdef\tg");
    CHECK(result.removed_controls == 7);
    CHECK(result.invalid_utf8_sequences == 0);
}

TEST_CASE("clean-input turns CRLF and CR into LF", "[unicode][clean-input]") {
    CHECK(cleaned("a\r\nb\rc\n\r\nd").text == "a\nb\nc\n\nd");
}

TEST_CASE("clean-input puts text in NFC", "[unicode][clean-input]") {
    CHECK(cleaned("Cafe\xCC\x81").text == "Caf\xC3\xA9");           // e + combining acute
    CHECK(cleaned("\xD0\x98\xCC\x86").text == "\xD0\x99");        // И + breve -> Й
}

TEST_CASE("is_clean_input: clean_input returns clean input unchanged", "[clean_input]") {
    const std::string line = "The council met on Tuesday.\tIt said no.\n";
    const std::vector<std::string> inputs = {
        "", line, line + line + "x", "caf\u00E9 \u201Cquoted\u201D\n" + line, "\xEF\xBB\xBF" + line,
        line + "\r\n", line + "a\x01z" + line, line + "\x7F", std::string("ab\0cdefghij", 11),
        line + "\xC3\x28" + line, line + "e\u0301" + line, line + "\xEF\xBF\xBE",
    };
    for (const std::string& input : inputs) {
        for (std::size_t shift = 0; shift < 8; ++shift) {  // every alignment of the eight-byte path
            const std::string text = std::string(shift, 'a') + input;
            if (artnorm::is_clean_input(text)) CHECK(cleaned(text).text == text);
        }
    }
    CHECK(artnorm::is_clean_input(line + line));
    CHECK(artnorm::is_clean_input("caf\u00E9 \u201Cquoted\u201D\n" + line));
    for (const std::string bad : {"\r", "\x01", "\xC3\x28", "e\u0301", "\xEF\xBF\xBE"}) {
        CHECK_FALSE(artnorm::is_clean_input(line + bad + line));
    }
    CHECK_FALSE(artnorm::is_clean_input("\xEF\xBB\xBF" + line));
}
