#include <catch2/catch.hpp>

#include <boost/locale.hpp>
#include <string>
#include <vector>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include "unicode/locale.hpp"
#include "unicode/utf8_encode.hpp"

using artnorm::fold_case;

namespace {

// fold_case with one ICU call over the whole text: what the fast paths of
// fold_case must reproduce byte for byte.
std::string icu_fold(std::string_view s) {
    return boost::locale::fold_case(s.data(), s.data() + s.size(), artnorm::unicode_locale());
}

std::string utf8(char32_t c) {
    std::string out;
    artnorm::append_utf8(out, c);
    return out;
}

}  // namespace

TEST_CASE("fold_case folds ASCII, Latin, Greek and Cyrillic letters", "[locale]") {
    CHECK(fold_case("Hello WORLD") == "hello world");
    CHECK(fold_case("Straße") == "strasse");
    CHECK(fold_case("\u201CМОСКВА\u201D — Город") == "\u201Cмосква\u201D — город");
    CHECK(fold_case("ΣΟΦΙΑ") == "σοφια");
    CHECK(fold_case("") == "");
}

TEST_CASE("fold_case equals one ICU call for every code point of the BMP and beyond", "[locale]") {
    // Each code point alone, then framed by ASCII and by a curly quote: the
    // caseless ranges and the run splitting must not change a byte.
    std::size_t checked = 0;
    for (char32_t c = 1; c < 0x30000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string alone = utf8(c);
        const std::string framed = "A" + alone + "b\u201C" + alone + "\u201D Z";
        if (fold_case(alone) != icu_fold(alone) || fold_case(framed) != icu_fold(framed)) {
            FAIL_CHECK("code point U+" << std::hex << static_cast<unsigned>(c));
        }
        ++checked;
    }
    CHECK(checked == 0x30000 - 1 - 0x800);
}

TEST_CASE("fold_case equals one ICU call on mixed text, long gaps and invalid bytes", "[locale]") {
    const std::string gap(100, 'x');
    const std::string cases[] = {
        "Привет, МИР! Hello \u201CWorld\u201D 東京 ÉCOLE " + gap + " ÆSIR " + gap + "Ω",
        "\xE2\x82 ABC \xC3 ДА \xFF\xFE end",
        "\xD0" + gap + "\xD0\x9F",
        "İstanbul ǅ ﬁ Ⅻ ⓐ Ａｂ",
    };
    for (const std::string& s : cases) CHECK(fold_case(s) == icu_fold(s));
}

TEST_CASE("to_nfc equals one ICU call when long text is normalized in chunks", "[locale]") {
    const auto icu_nfc = [](std::string_view s) {
        return boost::locale::normalize(s.data(), s.data() + s.size(), boost::locale::norm_nfc,
                                        artnorm::unicode_locale());
    };
    // Decomposed letters, marks right after line feeds and Hangul jamo, over
    // several chunks of 64 KiB.
    std::string text;
    for (int i = 0; text.size() < 300000; ++i) {
        text += "Cafe\u0301 \u201Cna\u0308ive\u201D \u1100\u1161 line ";
        text += std::to_string(i);
        text += i % 7 == 0 ? "\n\u0301x\n" : "\n";
        if (i % 100 == 0) text += std::string(2000, 'a') + "\n";
    }
    const std::string nfc = artnorm::to_nfc(text);
    CHECK(nfc == icu_nfc(text));
    CHECK(nfc.find("Caf\u00E9 \u201Cn\u00E4ive\u201D \uAC00 line 0\n\u0301x\n") == 0);
    CHECK(artnorm::to_nfc("plain ASCII\n") == "plain ASCII\n");
    CHECK(artnorm::to_nfc("") == "");
}

TEST_CASE("to_nfc equals one ICU call around ASCII bases, inert characters and long runs", "[locale]") {
    const auto icu_nfc = [](std::string_view s) {
        return boost::locale::normalize(s.data(), s.data() + s.size(), boost::locale::norm_nfc,
                                        artnorm::unicode_locale());
    };
    // Pieces that compose with what precedes or follows them, or reorder.
    const std::vector<std::string> pieces = {
        "e\u0301", "e\u0323\u0302", "e\u0302\u0323", "a\u0308\u0304", "\u00E4\u0304", "\u1100\u1161\u11A8",
        "\uAC00\u11A8", "\u201C\u0301", "\u0301", "\u2000", "\u212B", "Vi\u1EC7t Nam", "\u00E9", " ", "x",
        "\u0915\u093C", "\u0B47\u0B3E", std::string(70, 'b'), "\u3042\u3099", "\u0418\u0306", "\u0435",
        "\u0308",
    };
    for (const std::size_t repeat : {std::size_t{1}, std::size_t{40}, std::size_t{9000}}) {
        std::string text;
        for (std::size_t i = 0; i < repeat; ++i) {
            for (std::size_t k = 0; k < pieces.size(); ++k) text += pieces[(i * 7 + k * 3) % pieces.size()];
        }
        CHECK(artnorm::to_nfc(text) == icu_nfc(text));
    }
    // A run longer than the ICU chunk with no plain character for a while.
    std::string jamo;
    while (jamo.size() < 200000) jamo += "\u1100\u1161e\u0301\u0418\u0306";
    CHECK(artnorm::to_nfc(jamo) == icu_nfc(jamo));
}

TEST_CASE("fold_case of every ASCII byte at every offset of an 8-byte word", "[locale]") {
    std::string ascii;
    for (char c = 1; c < 0x7F; ++c) ascii += c;
    for (std::size_t shift = 0; shift < 8; ++shift) {
        const std::string s = std::string(shift, 'Q') + ascii + "\u00C9" + ascii + "\u201C" + ascii;
        CHECK(fold_case(s) == icu_fold(s));
        CHECK(artnorm::is_ascii(std::string(shift, 'Q') + ascii));
        CHECK_FALSE(artnorm::is_ascii(std::string(shift, 'Q') + ascii + "\u00C9"));
    }
}

TEST_CASE("every NFC-inert code point has NFC quick check Yes and combining class 0 in ICU", "[locale]") {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
    REQUIRE(U_SUCCESS(status));
    std::size_t inert = 0;
    for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
        if (!artnorm::is_nfc_inert(static_cast<char32_t>(c))) continue;
        ++inert;
        UChar units[2];
        int32_t length = 0;
        UBool error = false;
        U16_APPEND(units, length, 2, c, error);
        status = U_ZERO_ERROR;
        const bool yes = unorm2_quickCheck(nfc, units, length, &status) == UNORM_YES;
        if (!yes || u_getCombiningClass(c) != 0 || error) {
            FAIL_CHECK("U+" << std::hex << c << " is not NFC-inert");
        }
    }
    CHECK(inert > 30000);  // the CJK block alone has 20992
    CHECK_FALSE(artnorm::is_nfc_inert(0x0301));  // combining acute
    CHECK_FALSE(artnorm::is_nfc_inert(0x2000));  // singleton: NFC maps it to U+2002
    CHECK(artnorm::is_nfc_inert(0x201C));
}

TEST_CASE("folding_changes answers as fold_case for every code point it knows", "[locale]") {
    const auto utf8 = [](char32_t c) {
        std::string out;
        artnorm::append_utf8(out, c);
        return out;
    };
    std::size_t known = 0;
    for (char32_t c = 0x80; c < 0xD800; ++c) {
        const std::optional<bool> answer = artnorm::folding_changes(c);
        if (!answer) continue;
        ++known;
        const std::string ch = utf8(c);
        if (*answer != (fold_case(ch) != ch)) FAIL_CHECK("U+" << std::hex << static_cast<unsigned>(c));
    }
    CHECK(known == 0x40 + 0x80 + 0x100);
    CHECK(artnorm::folding_changes(0x00C9).value());         // É
    CHECK_FALSE(artnorm::folding_changes(0x0439).value());   // й
    CHECK_FALSE(artnorm::folding_changes(0x4E00).has_value());
}
