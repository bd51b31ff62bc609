#include <catch2/catch.hpp>

#include "core/normalize.hpp"
#include "html/charset.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

TEST_CASE("html-charset: sniffing order", "[html]") {
    CHECK(sniff_charset("\xEF\xBB\xBF<html>", "windows-1251") == "utf-8");  // BOM first
    CHECK(sniff_charset("<meta charset=\"KOI8-R\">", "windows-1251") == "windows-1251");  // hint
    CHECK(sniff_charset("<head><meta charset=\"KOI8-R\">", "") == "koi8-r");
    CHECK(sniff_charset("<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>", "") ==
          "shift_jis");
    CHECK(sniff_charset("<p>no declaration</p>", "") == "utf-8");
}

TEST_CASE("html-charset: windows-1251 page with meta charset", "[html]") {
    const Utf8Page page = decode_page(html_test::read_fixture("windows1251.html"), "");
    CHECK(page.charset == "windows-1251");
    CHECK(page.text.find("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0") != std::string::npos);  // Москва
    Options options;
    options.format = InputFormat::html;
    auto article = extract_article(html_test::read_fixture("windows1251.html"), options);
    REQUIRE(article.ok());
    CHECK(article.value().headline == "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
    REQUIRE_FALSE(article.value().body.empty());
    CHECK(article.value().body.front().text.starts_with("\xD0\x92 \xD0\x9C\xD0\xBE\xD1\x81"));  // "В Мос"
}

TEST_CASE("charset-fallback: wrong declarations do not garble or crash", "[html]") {
    // Declared UTF-8, bytes are windows-1252 ("café").
    const Utf8Page latin = decode_page("<meta charset=utf-8><p>caf\xE9</p>", "");
    CHECK(latin.charset == "windows-1252");
    CHECK(latin.text.find("caf\xC3\xA9") != std::string::npos);
    // Declared something unknown, bytes are UTF-8.
    const Utf8Page unknown = decode_page("<meta charset=x-no-such-charset><p>caf\xC3\xA9</p>", "");
    CHECK(unknown.charset == "utf-8");
    CHECK(unknown.text.find("caf\xC3\xA9") != std::string::npos);
    // Hint: windows-1251.
    CHECK(decode_page("<p>\xcc</p>", "windows-1251").text == "<p>\xD0\x9C</p>");
}
