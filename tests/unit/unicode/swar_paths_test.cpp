// The eight-bytes-at-a-time paths of the text primitives against plain
// byte-by-byte definitions, over strings that put spaces, tabs, controls and
// multi-byte characters at every offset of a word.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "text/text_features.hpp"
#include "unicode/swar.hpp"
#include "unicode/whitespace.hpp"

namespace {

std::size_t reference_code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// count_words for text without CJK: words are runs of anything but ' '.
std::size_t reference_words(std::string_view s) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        if (c == ' ') in_word = false;
        else if (!in_word) { ++n; in_word = true; }
    }
    return n;
}

std::vector<std::string> samples() {
    const std::vector<std::string> pieces = {" ", "  ", "a", "Word", "\t", "\n", "\x01", "\x7F", "\u00E9",
                                             "\u00A0", "\u2003", "\u200B", "\u201C", "x.y", "1,5"};
    std::mt19937 rng(7);
    std::vector<std::string> out;
    for (int n = 0; n < 2000; ++n) {
        std::string s;
        const std::size_t parts = rng() % 40;
        for (std::size_t k = 0; k < parts; ++k) s += pieces[rng() % pieces.size()];
        out.push_back(s);
    }
    return out;
}

}  // namespace

TEST_CASE("count_code_points and count_words match their byte-by-byte definitions", "[swar]") {
    for (const std::string& s : samples()) {
        CHECK(artnorm::count_code_points(s) == reference_code_points(s));
        CHECK(artnorm::count_words(s) == reference_words(s));
    }
    CHECK(artnorm::count_words("one two  three\tfour ") == 3);
    CHECK(artnorm::count_words("  leading spaces and trailing words here  ") == 6);
    CHECK(artnorm::count_code_points("caf\u00E9 \u201Cna\u00EFve\u201D ok") == 15);
    CHECK(artnorm::cjk_share("abcdefgh\u4E2D\u6587") == Approx(0.2));
}

TEST_CASE("count_words_up_to and more_words_than agree with count_words", "[swar]") {
    std::vector<std::string> texts = samples();
    texts.push_back("\u4E2D\u6587 mixed \u4E2D words and more words here to count past eight");
    for (const std::string& s : texts) {
        const std::size_t words = artnorm::count_words(s);
        for (std::size_t n = 0; n <= words + 9; ++n) {
            CHECK(artnorm::count_words_up_to(s, n) == std::min(words, n));
            CHECK(artnorm::more_words_than(s, n) == (words > n));
        }
    }
}

TEST_CASE("collapse_whitespace keeps runs of printable ASCII whole", "[swar]") {
    CHECK(artnorm::collapse_whitespace("  Hello,\t\tworld!\u00A0\u2003again\u200Bnow  ") ==
          "Hello, world! againnow");
    CHECK(artnorm::collapse_whitespace("a\x01" "b \x7F c") == "a\x01" "b \x7F c");
}

TEST_CASE("swar::ascii_letters selects exactly the bytes A-Z and a-z", "[swar]") {
    for (int b = 0; b < 256; ++b) {
        const std::uint64_t w = artnorm::swar::kOnes * static_cast<std::uint64_t>(b);
        const bool letter = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
        CHECK(artnorm::swar::count(artnorm::swar::ascii_letters(w)) == (letter ? 8 : 0));
    }
}

TEST_CASE("find_last answers what rfind answers", "[swar]") {
    const std::string texts[] = {"", "a", "photo: x photo: y", "aaaa", "crédit : ok crédit: no", "abcabcab"};
    const std::string needles[] = {"", "a", "aa", "photo: ", "crédit : ", "cab", "abcabcabc", "z"};
    for (const std::string& t : texts) {
        for (const std::string& n : needles) CHECK(artnorm::find_last(t, n) == std::string_view(t).rfind(n));
    }
}

TEST_CASE("has_link_token finds what three plain searches find", "[swar]") {
    const auto reference = [](std::string_view t) {
        return t.find("http://") != std::string_view::npos || t.find("https://") != std::string_view::npos ||
               t.find("www.") != std::string_view::npos;
    };
    const std::string texts[] = {"",
                                 "//",
                                 "http://x",
                                 "see https://t.co/x now",
                                 "https//no http:/ no ttp:// no",
                                 "a//https://b",
                                 "http:///",
                                 "://http:",
                                 "www.example.com",
                                 "hthttp://",
                                 "httpss://x",
                                 "HTTP://upper case does not count",
                                 "Follow @site"};
    for (const std::string& t : texts) {
        INFO(t);
        CHECK(artnorm::has_link_token(t) == reference(t));
    }
}

TEST_CASE("ByteSet::first_bytes and last_bytes hold the bytes marks start and end with", "[swar]") {
    static constexpr std::string_view marks[] = {"ab", "\u00BB x", "", ">"};
    constexpr artnorm::ByteSet first = artnorm::ByteSet::first_bytes(marks);
    constexpr artnorm::ByteSet last = artnorm::ByteSet::last_bytes(marks);
    CHECK(first.contains('a'));
    CHECK(first.contains('\xC2'));
    CHECK(first.contains('>'));
    CHECK_FALSE(first.contains('b'));
    CHECK(last.contains('b'));
    CHECK(last.contains('x'));
    CHECK(last.contains('>'));
    CHECK_FALSE(last.contains('a'));
    CHECK_FALSE(last.contains('\0'));  // the empty mark adds nothing
}
