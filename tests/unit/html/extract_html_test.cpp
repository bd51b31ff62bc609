#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "core/normalize.hpp"
#include "html_test_support.hpp"

using namespace artnorm;

namespace {

Options html_options() {
    Options options;
    options.format = InputFormat::html;
    return options;
}

std::string repeat(std::string_view piece, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

const std::string kParagraph =
    "<p>The article goes on with a sentence long enough to count as body text, and some commas.</p>";

}  // namespace

TEST_CASE("extract_from_html: metadata, body structure, figures, related links", "[html]") {
    auto result = extract_article(html_test::read_fixture("article_jsonld_graph.html"), html_options());
    REQUIRE(result.ok());
    const Article& a = result.value();
    CHECK(a.provenance.format == "html");
    CHECK(a.headline == "Harbour bridge reopens after repairs");
    CHECK(a.published == "2023-11-02T08:30:00+01:00");
    CHECK(a.updated == "2023-11-03T10:00:00+01:00");
    CHECK(a.authors == std::vector<std::string>{"Anna Berg", "Tom Field"});
    CHECK(a.publisher == "Coastal Herald");
    CHECK(a.language == "en-GB");
    CHECK(a.tags == std::vector<std::string>{"bridges", "transport"});
    REQUIRE(a.figures.size() == 1);
    CHECK(a.figures[0].src == "https://news.example.org/img/bridge.jpg");
    CHECK(a.figures[0].credit == "Photo: Lena Holm");

    bool heading = false, bullets = false, numbers = false, quote = false, table = false, code = false;
    for (const BodyBlock& b : a.body) {
        heading |= b.kind == BlockKind::heading && b.level == 2 && b.text == "What changes for drivers";
        bullets |= b.kind == BlockKind::list && !b.ordered && b.items.size() == 2;
        numbers |= b.kind == BlockKind::list && b.ordered && b.items.size() == 2;
        quote |= b.kind == BlockKind::quote;
        table |= b.kind == BlockKind::table && b.rows.size() == 2 && b.rows[1][1] == "12,000";
        code |= b.kind == BlockKind::code && b.text == "open_bridge(now);";
        CHECK(b.text != a.headline);  // the headline is not repeated in the body
        CHECK(b.text.find("Share this") == std::string::npos);
    }
    CHECK(heading);
    CHECK(bullets);
    CHECK(numbers);
    CHECK(quote);
    CHECK(table);
    CHECK(code);
    REQUIRE(a.related.size() == 2);
    CHECK(a.related[0].href == "https://news.example.org/2023/ferry-timetable");
    CHECK(a.related[1].href == "https://other.example.com/tunnel");
}

TEST_CASE("extract_from_html: output is schema-valid", "[html]") {
    for (const char* fixture : {"article_jsonld_graph.html", "meta_only.html", "windows1251.html"}) {
        INFO(fixture);
        Options options = html_options();
        options.pretty = true;
        auto xml = normalize_to_xml(html_test::read_fixture(fixture), options);
        REQUIRE(xml.ok());
        CHECK(test::schema_errors(xml.value()).empty());
    }
}

TEST_CASE("extract_from_html: meta-only page, comments left out", "[html]") {
    auto result = extract_article(html_test::read_fixture("meta_only.html"), html_options());
    REQUIRE(result.ok());
    const Article& a = result.value();
    CHECK(a.headline == "Council approves new park");
    CHECK(a.published == "2022-05-14T09:15:00Z");
    CHECK(a.body.size() == 3);
    for (const BodyBlock& b : a.body) CHECK(b.text.find("waste of money") == std::string::npos);
}

TEST_CASE("extract_from_html: automatic format detection dispatches HTML", "[html]") {
    auto result = extract_article(html_test::read_fixture("meta_only.html"), Options{});
    REQUIRE(result.ok());
    CHECK(result.value().provenance.format == "html");
}

TEST_CASE("extract_from_html: nested 100,000 deep, bounded time, no crash", "[html]") {
    for (const char* tag : {"div", "b", "table", "li"}) {
        INFO(tag);
        const std::string open = std::string("<") + tag + ">", close = std::string("</") + tag + ">";
        const std::string page = "<html><body>" + repeat(open, 100'000) + kParagraph + kParagraph +
                                 repeat(close, 100'000) + "</body></html>";
        const auto start = std::chrono::steady_clock::now();
        auto result = extract_article(page, html_options());
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        CHECK(seconds < 10.0);
        if (!result.ok()) CHECK(result.error().status == Status::no_article);
    }
}

TEST_CASE("extract_from_html: entity bomb and external entities are not expanded", "[html]") {
    std::string laughs = "<!DOCTYPE html [\n<!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 10; ++level) {
        laughs += "<!ENTITY lol" + std::to_string(level) + " \"" +
                  repeat("&lol" + std::to_string(level - 1) + ";", 10) + "\">\n";
    }
    laughs += "]>\n<html><body><p>&lol10;</p>" + kParagraph + kParagraph + "</body></html>";
    auto bomb = normalize_to_xml(laughs, html_options());
    if (bomb.ok()) {
        CHECK(bomb.value().size() < 20'000);
        CHECK(bomb.value().find("lollollol") == std::string::npos);
    }
    const std::string xxe = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                            "<html><body><p>Leak: &xxe;</p>" + kParagraph + kParagraph + "</body></html>";
    auto leak = normalize_to_xml(xxe, html_options());
    REQUIRE(leak.ok());
    CHECK(leak.value().find("root:") == std::string::npos);
}

TEST_CASE("extract_from_html: empty and text-free pages", "[html]") {
    CHECK(extract_article("", html_options()).error().status == Status::empty_input);
    CHECK(extract_article("<html><body><script>x()</script></body></html>", html_options()).error().status ==
          Status::no_article);
}

TEST_CASE("rule-roles: bylines, date lines and boilerplate phrases stay out of the body", "[html]") {
    const std::string page =
        "<html><body><article><h1>Harbour bridge reopens after repairs</h1>"
        "<p>By Anna Berg and Tom Field</p><p>Published 11:34 PM EST Nov 19, 2019</p>" + kParagraph +
        kParagraph + "<p>Share this article</p></article></body></html>";
    auto result = extract_article(page, html_options());
    REQUIRE(result.ok());
    const Article& a = result.value();
    CHECK(a.authors == std::vector<std::string>{"Anna Berg", "Tom Field"});
    REQUIRE(a.body.size() == 2);
    for (const BodyBlock& b : a.body) CHECK(b.text.starts_with("The article goes on"));
}

TEST_CASE("trailing-heading: a heading that ends the body introduces what follows, not the article", "[html]") {
    const std::string page = "<html><body><article><h1>Harbour crane season opens early</h1>" + repeat(kParagraph, 3) +
                             "<h2>Inside the yard</h2>" + repeat(kParagraph, 2) +
                             "<h3>Tell us what you think</h3><div class='fb-widget'></div></article></body></html>";
    auto result = extract_article(page, html_options());
    REQUIRE(result.ok());
    const std::vector<BodyBlock>& body = result.value().body;
    REQUIRE(body.size() == 6);
    CHECK(body[3].kind == BlockKind::heading);  // a heading with text after it stays
    CHECK(body[3].text == "Inside the yard");
    CHECK(body.back().kind == BlockKind::paragraph);
}

TEST_CASE("quoted-metadata: the attribution line of an embedded post stays in its quote", "[html]") {
    const std::string page = "<html><body><article><h1>Harbour crane season opens early</h1>" + repeat(kParagraph, 3) +
                             "<blockquote class='embedded-post'><p>The cranes are back, and the harbour is busy "
                             "again.</p><p>\xE2\x80\x94 Harbour Office (@harbour) <a href='/s/1'>October 9, 2018</a>"
                             "</p></blockquote>" + repeat(kParagraph, 2) + "</article></body></html>";
    auto result = extract_article(page, html_options());
    REQUIRE(result.ok());
    bool attribution = false;
    for (const BodyBlock& block : result.value().body) {
        attribution = attribution || block.text.find("(@harbour) October 9, 2018") != std::string::npos;
    }
    CHECK(attribution);
}
