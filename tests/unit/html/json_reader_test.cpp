#include <catch2/catch.hpp>

#include <string>

#include "html/json_reader.hpp"

using namespace artnorm::html;

TEST_CASE("json-reader: objects, arrays, escapes", "[html]") {
    const JsonValue v = parse_json(R"({"a": "x\"y\u00e9\ud83d\ude00", "b": [1, true, null], "c": {"d": "e"}})");
    REQUIRE(v.is_object());
    CHECK(v.find("a")->text == "x\"y\xC3\xA9\xF0\x9F\x98\x80");
    REQUIRE(v.find("b")->is_array());
    CHECK(v.find("b")->items.size() == 3);
    CHECK(v.find("b")->items[0].text == "1");
    CHECK(v.find("b")->items[1].boolean);
    CHECK(v.find("c")->find("d")->text == "e");
    CHECK(v.find("missing") == nullptr);
}

TEST_CASE("json-reader: lenient with what pages publish", "[html]") {
    // Raw new line in a string, trailing commas, HTML comment markers.
    const JsonValue v = parse_json("<!-- {\"headline\": \"two\nlines\", \"k\": [1,2,],} -->");
    REQUIRE(v.is_object());
    CHECK(v.find("headline")->text == "two\nlines");
    CHECK(v.find("k")->items.size() == 2);
    // Two concatenated objects become an array.
    const JsonValue two = parse_json(R"({"a":1} {"b":2})");
    REQUIRE(two.is_array());
    CHECK(two.items.size() == 2);
    // Truncated input gives what could be read.
    const JsonValue cut = parse_json(R"({"a": "b", "c": [1, 2)");
    CHECK(cut.find("a")->text == "b");
}

TEST_CASE("json-reader: depth is bounded", "[html]") {
    const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
    const JsonValue v = parse_json(deep);  // must not overflow the stack
    int depth = 0;
    const JsonValue* p = &v;
    while (p->is_array() && !p->items.empty()) {
        p = &p->items.front();
        ++depth;
    }
    CHECK(depth <= kMaxJsonDepth);
}
