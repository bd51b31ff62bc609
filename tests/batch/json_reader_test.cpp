#include <catch2/catch.hpp>

#include <string>

#include "json_reader.hpp"

using artnorm_cli::JsonKind;
using artnorm_cli::parse_json_object;

namespace {

// The decoded value of member name in a one-object document; fails the test
// when the document does not parse.
std::string string_member(const std::string& document, const char* name) {
    const auto parse = parse_json_object(document);
    INFO(document << " -> " << parse.error.message);
    REQUIRE(parse.object);
    const auto* value = parse.object->find(name);
    REQUIRE(value != nullptr);
    REQUIRE(value->kind == JsonKind::string);
    return value->text;
}

std::string error_of(const std::string& document) {
    const auto parse = parse_json_object(document);
    REQUIRE_FALSE(parse.object);
    return parse.error.message;
}

}  // namespace

TEST_CASE("json reader: members of every scalar kind", "[json]") {
    const auto parse = parse_json_object(
        R"( {"id": -12.5e+3, "ok": true, "no": false, "none": null, "text": "a b"} )");
    REQUIRE(parse.object);
    const auto& object = *parse.object;
    REQUIRE(object.members.size() == 5);
    CHECK(object.find("id")->kind == JsonKind::number);
    CHECK(object.find("id")->text == "-12.5e+3");
    CHECK(object.find("ok")->kind == JsonKind::boolean);
    CHECK(object.find("ok")->text == "true");
    CHECK(object.find("no")->text == "false");
    CHECK(object.find("none")->kind == JsonKind::null);
    CHECK(object.find("text")->text == "a b");
    CHECK(object.find("missing") == nullptr);
}

TEST_CASE("json reader: every string escape", "[json]") {
    CHECK(string_member(R"({"s": "q\" b\\ s\/ \b\f\n\r\t"})", "s") == "q\" b\\ s/ \b\f\n\r\t");
    CHECK(string_member(R"({"s": "\u00e9\u20AC"})", "s") == "\xC3\xA9\xE2\x82\xAC");  // é €
    CHECK(string_member(R"({"s": "\u0000x"})", "s") == std::string("\0x", 2));
}

TEST_CASE("json reader: surrogate pairs join, lone surrogates become U+FFFD", "[json]") {
    CHECK(string_member(R"({"s": "\ud83d\ude00"})", "s") == "\xF0\x9F\x98\x80");  // 😀
    CHECK(string_member(R"({"s": "\uD834\uDD1E"})", "s") == "\xF0\x9D\x84\x9E");  // 𝄞
    CHECK(string_member(R"({"s": "\ud83dx"})", "s") == "\xEF\xBF\xBDx");
    CHECK(string_member(R"({"s": "\ude00"})", "s") == "\xEF\xBF\xBD");
    // A high surrogate followed by an escape that is not a low one: both kept apart.
    CHECK(string_member(R"({"s": "\ud83d\u0041"})", "s") == "\xEF\xBF\xBD" "A");
}

TEST_CASE("json reader: raw UTF-8 passes through", "[json]") {
    CHECK(string_member("{\"s\": \"Привет 世界\"}", "s") == "Привет 世界");
}

TEST_CASE("json reader: nested values are skipped, the last duplicate wins", "[json]") {
    const auto parse = parse_json_object(
        R"({"meta": {"a": [1, {"b": []}, "x\"]"], "c": {}}, "id": 1, "id": "two", "list": []})");
    REQUIRE(parse.object);
    CHECK(parse.object->find("meta")->kind == JsonKind::object);
    CHECK(parse.object->find("list")->kind == JsonKind::array);
    CHECK(parse.object->find("id")->text == "two");
}

TEST_CASE("json reader: nesting beyond the limit is an error, not a crash", "[json]") {
    const std::size_t depth = 100000;
    const std::string deep = "{\"a\": " + std::string(depth, '[') + std::string(depth, ']') + "}";
    CHECK(error_of(deep) == "nested deeper than the limit");
    const std::size_t allowed = artnorm_cli::kJsonMaxDepth - 1;
    const std::string fine =
        "{\"a\": " + std::string(allowed, '[') + std::string(allowed, ']') + "}";
    CHECK(parse_json_object(fine).object.has_value());
}

TEST_CASE("json reader: malformed documents are refused with a position", "[json]") {
    CHECK(error_of("") == "expected '{' (a JSON object)");
    CHECK(error_of("[1]") == "expected '{' (a JSON object)");
    CHECK(error_of(R"({"a": 1,})") == "expected a member name in double quotes");
    CHECK(error_of(R"({"a" 1})") == "expected ':'");
    CHECK(error_of(R"({"a": 1} x)") == "unexpected text after the object");
    CHECK(error_of(R"({"a": "abc)") == "unterminated string");
    CHECK(error_of("{\"a\": \"line\nbreak\"}") == "control character in a string (escape it)");
    CHECK(error_of(R"({"a": "\x"})") == "unknown escape in a string");
    CHECK(error_of(R"({"a": "\u12G4"})") == "expected four hex digits after \\u");
    CHECK(error_of(R"({"a": 01})") == "expected ',' or '}'");
    CHECK(error_of(R"({"a": 1.})") == "expected a digit after '.'");
    CHECK(error_of(R"({"a": 1e})") == "expected a digit in the exponent");
    CHECK(error_of(R"({"a": -})") == "expected a digit");
    CHECK(error_of(R"({"a": tru})") == "expected a JSON value");
    CHECK(error_of(R"({"a": [1 2]})") == "expected ',' or ']'");
    CHECK(error_of(R"({"a": 1)") == "expected ',' or '}'");
    const auto parse = parse_json_object(R"({"a" 1})");
    CHECK(parse.error.offset == 5);
}
