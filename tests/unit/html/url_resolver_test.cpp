#include <catch2/catch.hpp>

#include "html/url_resolver.hpp"

using namespace artnorm::html;

TEST_CASE("url-resolution: <base href> over the option base", "[html]") {
    const UrlResolver urls("https://news.example.org/section/", "https://ignored.example/", "");
    CHECK(urls.resolve("../img/a.jpg") == "https://news.example.org/img/a.jpg");
    CHECK(urls.resolve("/x") == "https://news.example.org/x");
    CHECK(urls.resolve("https://other.example/y") == "https://other.example/y");
    CHECK(urls.resolve("#top").empty());
    CHECK(urls.resolve("javascript:void(0)").empty());
}

TEST_CASE("url-resolution: relative base against the option, page URL fallback", "[html]") {
    CHECK(UrlResolver("/docs/", "https://a.example/x/y.html", "").resolve("p.html") ==
          "https://a.example/docs/p.html");
    CHECK(UrlResolver("", "", "https://page.example/2023/story").resolve("other") ==
          "https://page.example/2023/other");
    CHECK(UrlResolver("", "", "").resolve("rel/path") == "rel/path");
}
