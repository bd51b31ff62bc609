// The small rules behind the XML writer: xml-char-filter, iso-date-or-omit,
// language-or-und, heading-level-clamp.
#include <catch2/catch.hpp>

#include "render/xml_values.hpp"
#include "xml/xml_chars.hpp"

using artnorm::xml::is_clean_xml_text;
using artnorm::xml::is_xml_char;
using artnorm::xml::sanitize_xml_text;
using artnorm::xml::SanitizeCounts;

TEST_CASE("rule xml-char-filter: the XML 1.0 Char production", "[render]") {
    CHECK(is_xml_char(U'\t'));
    CHECK(is_xml_char(U'\n'));
    CHECK(is_xml_char(U'\r'));
    CHECK(is_xml_char(U' '));
    CHECK(is_xml_char(0x85));  // C1 controls are allowed in XML 1.0
    CHECK(is_xml_char(0xD7FF));
    CHECK(is_xml_char(0xE000));
    CHECK(is_xml_char(0xFFFD));
    CHECK(is_xml_char(0x10000));
    CHECK(is_xml_char(0x10FFFF));
    CHECK_FALSE(is_xml_char(0));
    CHECK_FALSE(is_xml_char(0x1F));
    CHECK_FALSE(is_xml_char(0xD800));
    CHECK_FALSE(is_xml_char(0xDFFF));
    CHECK_FALSE(is_xml_char(0xFFFE));
    CHECK_FALSE(is_xml_char(0xFFFF));
    CHECK_FALSE(is_xml_char(0x110000));
}

TEST_CASE("rule xml-char-filter: sanitizing text", "[render]") {
    using namespace std::string_literals;
    SanitizeCounts counts;
    CHECK(is_clean_xml_text("plain ascii\tand Ünïcödé 😀"));
    CHECK(sanitize_xml_text("plain ascii\tand Ünïcödé 😀", counts) == "plain ascii\tand Ünïcödé 😀");
    CHECK_FALSE(is_clean_xml_text("a\0b"s));
    CHECK(sanitize_xml_text("a\0b\x1F" "c"s, counts) == "abc");
    CHECK(counts.removed_chars == 2);
    CHECK(counts.invalid_utf8_sequences == 0);
    CHECK_FALSE(is_clean_xml_text("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK(sanitize_xml_text("x\xF4\x90\x80\x80y", counts) == "x\uFFFD\uFFFD\uFFFD\uFFFDy");
    CHECK(counts.invalid_utf8_sequences == 4);
    CHECK(sanitize_xml_text("\xF0\x9F\x98", counts) == "\uFFFD");  // truncated emoji
    CHECK(counts.invalid_utf8_sequences == 5);
}

TEST_CASE("rule iso-date-or-omit", "[render]") {
    using artnorm::is_iso8601_date;
    for (const char* good : {"2023-11-02", "2023-11-02T14:05", "2023-11-02T14:05:09",
                             "2023-11-02T14:05Z", "2023-11-02T14:05:09+03:00", "1999-12-31T23:59-05:30"}) {
        INFO(good);
        CHECK(is_iso8601_date(good));
    }
    for (const char* bad : {"", "2023", "2023-11", "2023-13-02", "2023-00-10", "2023-11-32",
                            "2023-11-00", "23-11-02", "2023/11/02", "2023-11-02T", "2023-11-02T24:00",
                            "2023-11-02T14:60", "2023-11-02T14:05:60", "2023-11-02 14:05",
                            "2023-11-02T14:05+3", "2023-11-02T14:05+03:00x", "2023-11-02T14:05z",
                            "2023-11-02T14:05:09.5Z", "2023-11-02x"}) {
        INFO(bad);
        CHECK_FALSE(is_iso8601_date(bad));
    }
}

TEST_CASE("rule language-or-und", "[render]") {
    using artnorm::is_language_tag;
    CHECK(is_language_tag("en"));
    CHECK(is_language_tag("pt-BR"));
    CHECK(is_language_tag("zh-Hant-TW"));
    CHECK(is_language_tag("es-419"));
    CHECK(is_language_tag("und"));
    CHECK_FALSE(is_language_tag(""));
    CHECK_FALSE(is_language_tag("en_US"));
    CHECK_FALSE(is_language_tag("en-"));
    CHECK_FALSE(is_language_tag("-en"));
    CHECK_FALSE(is_language_tag("123"));
    CHECK_FALSE(is_language_tag("toolongtag"));
    CHECK_FALSE(is_language_tag("русский"));
}

TEST_CASE("rule heading-level-clamp", "[render]") {
    using artnorm::clamp_heading_level;
    CHECK(clamp_heading_level(0) == 1);
    CHECK(clamp_heading_level(-5) == 1);
    CHECK(clamp_heading_level(1) == 1);
    CHECK(clamp_heading_level(4) == 4);
    CHECK(clamp_heading_level(6) == 6);
    CHECK(clamp_heading_level(7) == 6);
}
