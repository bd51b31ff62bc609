#include <catch2/catch.hpp>

#include "html/json_ld.hpp"

using namespace artnorm::html;

TEST_CASE("json-ld: NewsArticle inside @graph", "[html]") {
    const PageMetadata m = read_json_ld({R"({"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","name":"Page"},
        {"@type":"NewsArticle","headline":"Big news","datePublished":"2023-11-02T08:30:00+01:00",
         "dateModified":"2023-11-03","author":[{"@type":"Person","name":"Anna Berg"},"Tom Field"],
         "publisher":{"@type":"Organization","name":"Herald"},"keywords":"a, b ,c",
         "image":{"@type":"ImageObject","url":"https://x.example/i.jpg"},"inLanguage":"de-DE",
         "description":"Short"}]})"});
    CHECK(m.headline == "Big news");
    CHECK(m.published == "2023-11-02T08:30:00+01:00");
    CHECK(m.updated == "2023-11-03");
    CHECK(m.authors == std::vector<std::string>{"Anna Berg", "Tom Field"});
    CHECK(m.publisher == "Herald");
    CHECK(m.tags == std::vector<std::string>{"a", "b", "c"});
    CHECK(m.image == "https://x.example/i.jpg");
    CHECK(m.language == "de-DE");
    CHECK(m.description == "Short");
}

TEST_CASE("json-ld: top-level array, type array, string author, publisher from graph", "[html]") {
    const PageMetadata m = read_json_ld({R"([{"@type":"NewsMediaOrganization","name":"Daily"},
        {"@type":["BlogPosting"],"name":"Post title","author":"Jane Roe","keywords":["x","y"]}])"});
    CHECK(m.headline == "Post title");
    CHECK(m.authors == std::vector<std::string>{"Jane Roe"});
    CHECK(m.publisher == "Daily");
    CHECK(m.tags == std::vector<std::string>{"x", "y"});
}

TEST_CASE("json-ld: ReportageNewsArticle, broken scripts ignored", "[html]") {
    const PageMetadata m = read_json_ld({"{not json at all", R"({"@type":"ReportageNewsArticle",
        "headline":"Field report &amp; more","author":{"name":"Ola Nordmann"}})"});
    CHECK(m.headline == "Field report & more");
    CHECK(m.authors == std::vector<std::string>{"Ola Nordmann"});
    CHECK(read_json_ld({R"({"@type":"Recipe","name":"Soup"})"}).headline.empty());
}
