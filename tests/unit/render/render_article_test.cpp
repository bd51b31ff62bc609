// The XML writer on whole articles: every field lands where the vocabulary
// says, in order, and the result is valid against abi/artnorm.rng.
#include <catch2/catch.hpp>

#include "render/xml_writer.hpp"
#include "support/xml_checks.hpp"
#include "unit/render/sample_article.hpp"

using artnorm::Article;
using artnorm::BlockKind;
using artnorm::RenderOptions;
using artnorm::render_xml;
using artnorm::test::full_article;
using artnorm::test::schema_errors;
using artnorm::test::XmlDocument;
using Strings = std::vector<std::string>;

namespace {

std::string render_ok(const Article& article, bool pretty = false) {
    auto xml = render_xml(article, RenderOptions{pretty});
    REQUIRE(xml.ok());
    return xml.value();
}

}  // namespace

TEST_CASE("a full article renders, validates and reads back field by field", "[render]") {
    const bool pretty = GENERATE(false, true);
    const std::string xml = render_ok(full_article(), pretty);
    INFO(xml);
    REQUIRE(schema_errors(xml) == "");
    const XmlDocument doc(xml);

    CHECK(doc.string("namespace-uri(/*)") == "https://artnorm.dev/ns/article/1");
    CHECK(doc.string("/a:article/@xml:lang") == "en-GB");
    CHECK(doc.string("/a:article/@version") == "1.0");
    CHECK(doc.string("/a:article/a:headline") == "Moscow Marks Day of Unity");
    CHECK(doc.string("/a:article/a:published") == "2023-11-02T14:05:09+03:00");
    CHECK(doc.string("/a:article/a:updated") == "2023-11-03");
    CHECK(doc.strings("/a:article/a:author") == Strings{"Anna Ivanova", "John Smith"});
    CHECK(doc.string("/a:article/a:publisher") == "The Daily Example");
    CHECK(doc.string("/a:article/a:description") == "A short standfirst.");
    CHECK(doc.strings("/a:article/a:tag") == Strings{"Politics", "Russia"});

    CHECK(doc.count("/a:article/a:figure") == 2);
    CHECK(doc.string("/a:article/a:figure[1]/@src") == "https://img.example/a.jpg");
    CHECK(doc.string("/a:article/a:figure[1]/a:caption") == "Crowds on Red Square.");
    CHECK(doc.string("/a:article/a:figure[1]/a:credit") == "Photo: Jane Doe / Reuters");
    CHECK(doc.count("/a:article/a:figure[2]/@src") == 0);
    CHECK(doc.count("/a:article/a:figure[2]/a:credit") == 0);
    CHECK(doc.string("/a:article/a:figure[2]/a:caption") == "Only a caption.");

    // Body blocks in reading order.
    Strings block_names;
    const std::size_t blocks = doc.count("/a:article/a:body/*");
    for (std::size_t i = 1; i <= blocks; ++i) {
        block_names.push_back(doc.string("local-name(/a:article/a:body/*[" + std::to_string(i) + "])"));
    }
    CHECK(block_names == Strings{"p", "h", "list", "quote", "code", "table", "p"});
    CHECK(doc.strings("/a:article/a:body/a:p") == Strings{"First paragraph.", "Last paragraph."});
    CHECK(doc.string("/a:article/a:body/a:h") == "A subheading");
    CHECK(doc.string("/a:article/a:body/a:h/@level") == "2");
    CHECK(doc.string("/a:article/a:body/a:list/@type") == "ordered");
    CHECK(doc.strings("/a:article/a:body/a:list/a:item") == Strings{"one", "two"});
    CHECK(doc.string("/a:article/a:body/a:quote") == "To be or not to be.");
    CHECK(doc.string("/a:article/a:body/a:code") == "int main() { return 0; }");
    CHECK(doc.strings("/a:article/a:body/a:table/a:row[1]/a:cell") == Strings{"City", "Population"});
    CHECK(doc.strings("/a:article/a:body/a:table/a:row[2]/a:cell") == Strings{"Moscow", "13 million"});

    CHECK(doc.count("/a:article/a:related/a:link") == 2);
    CHECK(doc.string("/a:article/a:related/a:link[1]/@href") == "https://news.example/unity");
    CHECK(doc.string("/a:article/a:related/a:link[1]/a:kicker") == "Opinion");
    CHECK(doc.string("/a:article/a:related/a:link[1]/a:title") == "Why unity matters");
    CHECK(doc.string("/a:article/a:related/a:link[1]/a:summary") == "An essay.");
    CHECK(doc.string("/a:article/a:related/a:link[1]/a:reading-time/@minutes") == "5");
    CHECK(doc.count("/a:article/a:related/a:link[2]/*") == 1);
    CHECK(doc.count("/a:article/a:related/a:link[2]/@href") == 0);
    CHECK(doc.string("/a:article/a:related/a:link[2]/a:title") == "Title only");

    CHECK(doc.string("local-name(/a:article/*[last()])") == "source");
    CHECK(doc.string("/a:article/a:source/@format") == "html");
    CHECK(doc.string("/a:article/a:source/@bytes") == "12345");
    CHECK(doc.string("/a:article/a:source/@invalid-utf8") == "2");
    CHECK(doc.string("/a:article/a:source/@removed-controls") == "3");
}

TEST_CASE("top-level elements come in the vocabulary's order", "[render]") {
    const XmlDocument doc(render_ok(full_article()));
    Strings names;
    for (std::size_t i = 1; i <= doc.count("/a:article/*"); ++i) {
        names.push_back(doc.string("local-name(/a:article/*[" + std::to_string(i) + "])"));
    }
    CHECK(names == Strings{"headline", "published", "updated", "author", "author", "publisher",
                           "description", "tag", "tag", "figure", "figure", "body", "related",
                           "source"});
}

TEST_CASE("an empty article is only body and source, and valid", "[render]") {
    const std::string xml = render_ok(Article{});
    REQUIRE(schema_errors(xml) == "");
    const XmlDocument doc(xml);
    CHECK(doc.count("/a:article/*") == 2);
    CHECK(doc.count("/a:article/a:body/*") == 0);
    CHECK(doc.string("/a:article/@xml:lang") == "und");
    CHECK(doc.string("/a:article/a:source/@format") == "text");
    CHECK(doc.string("/a:article/a:source/@bytes") == "0");
}

TEST_CASE("empty values are omitted, never written as empty elements", "[render]") {
    Article article;
    article.authors = {"", "Real Author", ""};
    article.tags = {""};
    article.figures = {artnorm::Figure{}};
    article.related = {artnorm::RelatedLink{}, {"", "", "", "", 0}};
    const std::string xml = render_ok(article);
    REQUIRE(schema_errors(xml) == "");
    const XmlDocument doc(xml);
    CHECK(doc.strings("/a:article/a:author") == Strings{"Real Author"});
    CHECK(doc.count("/a:article/a:tag") == 0);
    CHECK(doc.count("/a:article/a:figure") == 0);
    CHECK(doc.count("/a:article/a:related") == 0);
}

TEST_CASE("compact output has no whitespace between elements, pretty output indents", "[render]") {
    const std::string compact = render_ok(full_article(), false);
    const std::string pretty = render_ok(full_article(), true);
    const auto root = compact.find("<article");
    REQUIRE(root != std::string::npos);
    CHECK(compact.find(">\n", root) == compact.size() - 2);  // only the final newline
    CHECK(compact.find("> <", root) == std::string::npos);
    CHECK(pretty.find("\n  <headline>") != std::string::npos);
    CHECK(pretty.find("\n    <p>First paragraph.</p>") != std::string::npos);
    CHECK(compact.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
}

TEST_CASE("the writer's defensive rules keep the document valid", "[render]") {
    Article article;
    SECTION("rule iso-date-or-omit: a malformed date is left out") {
        article.published = "2 November 2023";
        article.updated = "2023-11-02T25:00";
        const std::string xml = render_ok(article);
        CHECK(schema_errors(xml) == "");
        CHECK(XmlDocument(xml).count("/a:article/a:published | /a:article/a:updated") == 0);
    }
    SECTION("rule language-or-und: a malformed language becomes und") {
        article.language = "english language";
        const std::string xml = render_ok(article);
        CHECK(schema_errors(xml) == "");
        CHECK(XmlDocument(xml).string("/a:article/@xml:lang") == "und");
    }
    SECTION("rule heading-level-clamp: levels outside 1..6 are clamped") {
        article.body = {artnorm::test::text_block(BlockKind::heading, "zero", 0),
                        artnorm::test::text_block(BlockKind::heading, "nine", 9)};
        const std::string xml = render_ok(article);
        CHECK(schema_errors(xml) == "");
        CHECK(XmlDocument(xml).strings("//a:h/@level") == Strings{"1", "6"});
    }
    SECTION("a non-positive reading time is left out") {
        article.related = {{"", "T", "", "", -3}};
        const std::string xml = render_ok(article);
        CHECK(schema_errors(xml) == "");
        CHECK(XmlDocument(xml).count("//a:reading-time") == 0);
    }
}

TEST_CASE("an unknown provenance format is an internal error", "[render]") {
    Article article;
    article.provenance.format = "pdf";
    const auto xml = render_xml(article, RenderOptions{});
    REQUIRE_FALSE(xml.ok());
    CHECK(xml.error().status == artnorm::Status::internal);
    CHECK(xml.error().message.find("pdf") != std::string::npos);
}
