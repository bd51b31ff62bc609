#include <catch2/catch.hpp>

#include "html/meta_tags.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

TEST_CASE("meta-tags: OpenGraph, article:*, author, title split", "[html]") {
    const HtmlPage page = html_test::walk(html_test::read_fixture("meta_only.html"));
    const PageMetadata m = read_meta_tags(page.metadata);
    CHECK(m.headline.empty());  // no og:title and the like
    CHECK(m.page_title == "Council approves new park");  // <title> without " | Valley Times"
    CHECK(m.publisher == "Valley Times");
    CHECK(m.published == "2022-05-14T09:15:00Z");
    CHECK(m.updated == "2022-05-15T11:00:00Z");
    CHECK(m.authors == std::vector<std::string>{"Maria Lopez"});
    CHECK(m.tags == std::vector<std::string>{"parks", "council"});
    CHECK(m.description == "A new park for the valley.");
    CHECK(m.image == "/images/park.jpg");
}

TEST_CASE("meta-tags: dc.*, parsely-*, <time>, <html lang>", "[html]") {
    const HtmlPage page = html_test::walk(
        "<html lang='fr'><head><meta name='DC.creator' content='Jean Dupont'>"
        "<meta name='parsely-title' content='Le titre'><meta name='keywords' content='un; deux'>"
        "</head><body><time datetime='2021-03-04T05:06:07+01:00'>4 mars</time><p>x</p></body></html>");
    const PageMetadata m = read_meta_tags(page.metadata);
    CHECK(m.headline == "Le titre");
    CHECK(m.authors == std::vector<std::string>{"Jean Dupont"});
    CHECK(m.tags == std::vector<std::string>{"un", "deux"});
    CHECK(m.published == "2021-03-04T05:06:07+01:00");
    CHECK(m.language == "fr");
}

TEST_CASE("meta-tags: URL-valued article:author is skipped", "[html]") {
    const HtmlPage page = html_test::walk(
        "<html><head><meta property='article:author' content='https://facebook.com/x'>"
        "<meta name='author' content='Real Name'></head><body><p>x</p></body></html>");
    CHECK(read_meta_tags(page.metadata).authors == std::vector<std::string>{"Real Name"});
}
