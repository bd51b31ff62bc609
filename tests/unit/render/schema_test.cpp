// abi/artnorm.rng can fail: small hand-written documents that break one rule
// each are rejected, and the minimal valid document is accepted.
#include <catch2/catch.hpp>

#include "support/xml_checks.hpp"

using artnorm::test::schema_errors;
using artnorm::test::XmlDocument;

namespace {

constexpr const char* kSource =
    R"(<source format="text" bytes="10" invalid-utf8="0" removed-controls="0"/>)";

// A document whose root children are `children` (use kSource for the end).
std::string article_with(const std::string& children, const std::string& root_attributes =
                                                          R"( xml:lang="en" version="1.0")") {
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           R"(<article xmlns="https://artnorm.dev/ns/article/1")" +
           root_attributes + ">" + children + "</article>";
}

std::string with_body(const std::string& before_body, const std::string& body_content = "",
                      const std::string& after_body = "") {
    return article_with(before_body + "<body>" + body_content + "</body>" + after_body + kSource);
}

}  // namespace

TEST_CASE("schema accepts the minimal and a rich hand-written document", "[render][schema]") {
    CHECK(schema_errors(with_body("")) == "");
    CHECK(schema_errors(with_body(
              "<headline>H</headline><published>2023-11-02T10:00Z</published>"
              "<updated>2023-11-03</updated><author>A</author><tag>t</tag>"
              R"(<figure src="x.jpg"><caption>c</caption></figure>)",
              R"(<p>x</p><h level="6">h</h><list type="unordered"><item/></list><table><row><cell/></row></table>)",
              R"(<related><link href="u"><title>t</title><reading-time minutes="3"/></link></related>)")) ==
          "");
}

TEST_CASE("schema rejects documents that break the vocabulary", "[render][schema]") {
    const auto rejected = [](const std::string& xml) {
        INFO(xml);
        const std::string errors = schema_errors(xml);
        CHECK_FALSE(errors.empty());
        return errors;
    };
    SECTION("a wrong date") {
        rejected(with_body("<published>2023-13-02</published>"));
        rejected(with_body("<published>02.11.2023</published>"));
        rejected(with_body("<updated>2023-11-02T10:00+3</updated>"));
        rejected(with_body("<published>2023-11-02 10:00</published>"));
    }
    SECTION("a bad minutes value") {
        for (const char* minutes : {"0", "-1", "five", "2.5", ""}) {
            rejected(with_body("", "",
                               std::string(R"(<related><link><reading-time minutes=")") + minutes +
                                   R"("/></link></related>)"));
        }
    }
    SECTION("a missing body") {
        const std::string errors = rejected(article_with(kSource));
        CHECK(errors.find("line 1") != std::string::npos);
    }
    SECTION("a missing or misplaced source") {
        rejected(article_with("<body/>"));
        rejected(article_with(std::string(kSource) + "<body/>"));
    }
    SECTION("elements out of order") {
        rejected(with_body("<author>A</author><headline>H</headline>"));
        rejected(with_body("<tag>t</tag><description>d</description>"));
    }
    SECTION("a bad heading level or list type") {
        rejected(with_body("", R"(<h level="7">x</h>)"));
        rejected(with_body("", R"(<h>x</h>)"));
        rejected(with_body("", R"(<list type="bulleted"><item>x</item></list>)"));
    }
    SECTION("an empty related element") {
        rejected(with_body("", "", "<related/>"));
    }
    SECTION("bad root attributes or namespace") {
        rejected(with_body("").replace(with_body("").find(R"( xml:lang="en")"), 14, ""));
        rejected(article_with("<body/>" + std::string(kSource), R"( xml:lang="en" version="2.0")"));
        rejected(article_with("<body/>" + std::string(kSource), R"( xml:lang="not a tag" version="1.0")"));
        rejected(R"(<article xml:lang="en" version="1.0"><body/>)" + std::string(kSource) + "</article>");
    }
    SECTION("a bad source") {
        rejected(article_with(
            R"(<body/><source format="pdf" bytes="1" invalid-utf8="0" removed-controls="0"/>)"));
        rejected(article_with(
            R"(<body/><source format="text" bytes="-1" invalid-utf8="0" removed-controls="0"/>)"));
        rejected(article_with(R"(<body/><source format="text" bytes="1"/>)"));
    }
    SECTION("unknown elements and mixed content") {
        rejected(with_body("", "<div>x</div>"));
        rejected(with_body("", "<p>x<p>nested</p></p>"));
    }
}

TEST_CASE("test support: XmlDocument refuses malformed XML with libxml2's message",
          "[render][schema]") {
    CHECK_THROWS_WITH(XmlDocument("<a><b></a>"), Catch::Contains("not well-formed"));
    CHECK_THROWS(XmlDocument("<a>&undefined;</a>"));
    CHECK_THROWS(XmlDocument(""));
    CHECK_THROWS(schema_errors("<unclosed>"));
}

TEST_CASE("test support: XPath strings, string, count", "[render][schema]") {
    const XmlDocument doc(R"(<r xmlns="https://artnorm.dev/ns/article/1" k="v"><i>1</i><i>2</i></r>)");
    CHECK(doc.strings("/a:r/a:i") == std::vector<std::string>{"1", "2"});
    CHECK(doc.string("/a:r/@k") == "v");
    CHECK(doc.string("/a:r/a:missing") == "");
    CHECK(doc.string("count(/a:r/a:i)") == "2");
    CHECK(doc.count("/a:r/a:i") == 2);
    CHECK(doc.count("/r") == 0);  // no prefix: no namespace, no match
    CHECK_THROWS(doc.count("/a:r[")); // malformed expression
}
