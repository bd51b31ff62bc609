#include <catch2/catch.hpp>

#include <string>

#include "json_reader.hpp"
#include "json_writer.hpp"

using artnorm_cli::append_json_string;

namespace {

std::string quoted(std::string_view text) {
    std::string out;
    append_json_string(out, text);
    return out;
}

}  // namespace

TEST_CASE("json writer: quotes, backslashes and control characters are escaped", "[json]") {
    CHECK(quoted("plain") == R"("plain")");
    CHECK(quoted("a\"b\\c") == R"("a\"b\\c")");
    CHECK(quoted("\n\r\t\b\f") == R"("\n\r\t\b\f")");
    CHECK(quoted(std::string("\0\x01\x1f\x7f", 4)) == R"("\u0000\u0001\u001f\u007f")");
    CHECK(quoted("</script>") == R"("</script>")");
}

TEST_CASE("json writer: valid UTF-8 passes through, invalid bytes become \\ufffd", "[json]") {
    CHECK(quoted("é € 😀 Привет") == "\"é € 😀 Привет\"");
    CHECK(quoted("a\xff" "b") == R"("a\ufffdb")");
    CHECK(quoted("\xC3") == R"("\ufffd")");                      // truncated sequence
    CHECK(quoted("\xC0\xAF") == R"("\ufffd\ufffd")");            // overlong '/'
    CHECK(quoted("\xED\xA0\x80") == R"("\ufffd\ufffd\ufffd")");  // a UTF-16 surrogate
    CHECK(quoted("\xF4\x90\x80\x80") == R"("\ufffd\ufffd\ufffd\ufffd")");  // above U+10FFFF
}

TEST_CASE("json writer: what it writes, the reader reads back", "[json]") {
    const std::string text = std::string("x\0y\"\\\n\t é 😀 \x7f", 16);
    std::string document = "{\"s\":";
    append_json_string(document, text);
    document += "}";
    const auto parse = artnorm_cli::parse_json_object(document);
    REQUIRE(parse.object);
    CHECK(parse.object->find("s")->text == text);
}
