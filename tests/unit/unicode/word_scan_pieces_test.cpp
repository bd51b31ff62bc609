#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "metadata/language.hpp"
#include "unicode/locale.hpp"
#include "unicode/words.hpp"

namespace {

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for (std::string_view w : artnorm::split_words(text)) out.emplace_back(w);
    return out;
}

}  // namespace

TEST_CASE("split_for_word_scan: the pieces hold the same words as the whole text", "[words]") {
    // Chinese runs near line ends (ICU runs bridge short gaps), Russian,
    // English with joiners, and long ASCII stretches where cuts are allowed.
    std::string text;
    for (int i = 0; text.size() < 3'000'000; ++i) {
        text += "\u4E2D\u6587 ab \u6587\u5B57\n";
        text += "It's U.S. 1,000 \u201Cquoted\u201D \u041F\u0440\u0438\u0432\u0435\u0442 line " + std::to_string(i) + "\n";
        if (i % 50 == 0) text += std::string(100, 'x') + " plain ASCII stretch\n";
    }
    const auto pieces = artnorm::split_for_word_scan(text, 1 << 20);
    REQUIRE(pieces.size() >= 2);
    std::string joined;
    std::vector<std::string> piece_words;
    for (std::string_view piece : pieces) {
        if (piece.data() != pieces.back().data()) CHECK(piece.size() >= (1u << 20));
        CHECK(piece.back() == '\n');
        joined += piece;
        for (std::string& w : words_of(artnorm::fold_case(piece))) piece_words.push_back(std::move(w));
    }
    CHECK(joined == text);
    CHECK(piece_words == words_of(artnorm::fold_case(text)));
    CHECK(artnorm::split_for_word_scan("short\ntext", 1 << 20).size() == 1);
    CHECK(artnorm::split_for_word_scan("", 1 << 20).size() == 1);
}

TEST_CASE("detect_language over pieces sees marker letters of any piece", "[language]") {
    // Cyrillic words that are no stopword: the usual-language fallback
    // decides, and a Ukrainian letter in the last megabyte makes it "uk".
    std::string text;
    while (text.size() < 2'500'000) text += "\u0437\u0430\u0432\u043E\u0434 \u0442\u0440\u0430\u043A\u0442\u043E\u0440 \u043A\u043E\u043C\u0431\u0430\u0439\u043D " + std::string(70, '7') + "\n";
    CHECK(artnorm::detect_language(text).code == "ru");
    CHECK(artnorm::detect_language(text + "\u0457\u0436\u0430\u043A\n").code == "uk");
}
