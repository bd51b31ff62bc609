// Text that needs escaping or filtering survives the XML writer exactly
// (or, for characters XML forbids, is removed and counted).
#include <catch2/catch.hpp>

#include "render/xml_writer.hpp"
#include "support/xml_checks.hpp"
#include "unit/render/sample_article.hpp"

using artnorm::Article;
using artnorm::BlockKind;
using artnorm::RenderOptions;
using artnorm::render_xml;
using artnorm::test::schema_errors;
using artnorm::test::text_block;
using artnorm::test::XmlDocument;

namespace {

std::string render_ok(const Article& article) {
    auto xml = render_xml(article, RenderOptions{});
    REQUIRE(xml.ok());
    REQUIRE(schema_errors(xml.value()) == "");
    return xml.value();
}

}  // namespace

TEST_CASE("markup characters are escaped in text and attributes", "[render]") {
    const std::string nasty = R"(a < b && c > d "quoted" 'single' ]]> <![CDATA[x]]> &amp; <p>)";
    Article article;
    article.headline = nasty;
    article.body = {text_block(BlockKind::paragraph, nasty)};
    article.figures = {{"", "", nasty}};
    article.related = {{"", "", "", nasty, std::nullopt}};
    const std::string xml = render_ok(article);
    CHECK(xml.find("]]>") == std::string::npos);
    CHECK(xml.find("<p>)") == std::string::npos);
    const XmlDocument doc(xml);
    CHECK(doc.string("/a:article/a:headline") == nasty);
    CHECK(doc.string("/a:article/a:body/a:p") == nasty);
    CHECK(doc.string("/a:article/a:figure/@src") == nasty);
    CHECK(doc.string("/a:article/a:related/a:link/@href") == nasty);
}

TEST_CASE("white space inside texts and attributes reads back unchanged", "[render]") {
    const std::string spaced = "line one\nline two\r\nthree\tfour  five";
    Article article;
    article.body = {text_block(BlockKind::code, spaced)};
    article.figures = {{"", "", spaced}};
    const XmlDocument doc(render_ok(article));
    CHECK(doc.string("/a:article/a:body/a:code") == spaced);
    CHECK(doc.string("/a:article/a:figure/@src") == spaced);
}

TEST_CASE("non-ASCII text is written as UTF-8", "[render]") {
    const std::string text = "Москва — 東京 — مرحبا — 😀 — \U0010FFFD — é";
    Article article;
    article.headline = text;
    article.language = "ru";
    article.figures = {{"", "", "https://пример.рф/фото.jpg"}};
    const std::string xml = render_ok(article);
    CHECK(xml.find("Москва") != std::string::npos);  // literal, not &#x...;
    CHECK(xml.find("https://пример.рф/фото.jpg") != std::string::npos);
    const XmlDocument doc(xml);
    CHECK(doc.string("/a:article/a:headline") == text);
    CHECK(doc.string("/a:article/a:figure/@src") == "https://пример.рф/фото.jpg");
}

TEST_CASE("characters XML 1.0 forbids are removed and counted", "[render]") {
    using namespace std::string_literals;
    Article article;
    article.provenance.removed_controls = 10;
    article.headline = "nul\0here"s;                       // 1
    article.body = {text_block(BlockKind::paragraph, "bell\a esc\x1b vt\v ff\f"),  // 4
                    text_block(BlockKind::paragraph, "non\xEF\xBF\xBE" "char\xEF\xBF\xBF")};  // 2
    article.tags = {"\x01\x02"};                            // 2, then empty: omitted
    const std::string xml = render_ok(article);
    const XmlDocument doc(xml);
    CHECK(doc.string("/a:article/a:headline") == "nulhere");
    CHECK(doc.strings("/a:article/a:body/a:p") ==
          std::vector<std::string>{"bell esc vt ff", "nonchar"});
    CHECK(doc.count("/a:article/a:tag") == 0);
    CHECK(doc.string("/a:article/a:source/@removed-controls") == "19");
}

TEST_CASE("ill-formed UTF-8 is replaced by U+FFFD and counted", "[render]") {
    Article article;
    article.provenance.invalid_utf8_sequences = 1;
    // stray continuation, overlong '/', encoded surrogate, truncated 3-byte sequence
    article.headline = "a\x80" "b\xC0\xAF" "c\xED\xA0\x80" "d\xE2\x82";
    const XmlDocument doc(render_ok(article));
    // \xC0 and \xAF are two subparts, \xED \xA0 \x80 three (Unicode's maximal subparts).
    CHECK(doc.string("/a:article/a:headline") ==
          "a\uFFFD" "b\uFFFD\uFFFD" "c\uFFFD\uFFFD\uFFFD" "d\uFFFD");
    CHECK(doc.string("/a:article/a:source/@invalid-utf8") == "8");
}
