#include <catch2/catch.hpp>

#include "jsonl_record.hpp"

using artnorm_cli::jsonl_document_line;
using artnorm_cli::jsonl_error_line;
using artnorm_cli::parse_jsonl_request;

TEST_CASE("jsonl record: a text request keeps its id as written", "[jsonl]") {
    const auto request = parse_jsonl_request(R"({"id": "p\u00e9-1", "text": "Body"})");
    CHECK(request.error.empty());
    CHECK(request.id_json == "\"pé-1\"");
    CHECK(request.page == "Body");
    CHECK(request.from == "text");
    CHECK(request.options.empty());

    const auto numeric = parse_jsonl_request(R"({"id": 1e3, "html": "<p>x</p>", "options": "language=de"})");
    CHECK(numeric.error.empty());
    CHECK(numeric.id_json == "1e3");
    CHECK(numeric.from == "html");
    CHECK(numeric.options == "language=de");
}

TEST_CASE("jsonl record: bad records name the problem and keep a usable id", "[jsonl]") {
    CHECK(parse_jsonl_request("{oops").error.starts_with("not a JSON object: "));
    CHECK(parse_jsonl_request("{oops").id_json.empty());
    const auto neither = parse_jsonl_request(R"({"id": 7})");
    CHECK(neither.error == "needs a \"text\" or an \"html\" member");
    CHECK(neither.id_json == "7");
    CHECK(parse_jsonl_request(R"({"id": 7, "text": "a", "html": "b"})").error ==
          "has both \"text\" and \"html\"; give one");
    CHECK(parse_jsonl_request(R"({"id": 7, "text": 3})").error == "\"text\" must be a string");
    CHECK(parse_jsonl_request(R"({"id": [7], "text": "a"})").error ==
          "\"id\" must be a string or a number");
    CHECK(parse_jsonl_request(R"({"id": 7, "text": "a", "options": 1})")
              .error.starts_with("\"options\" must be a string"));
    const auto no_id = parse_jsonl_request(R"({"text": "a"})");
    CHECK(no_id.error.empty());
    CHECK(no_id.id_json.empty());
}

TEST_CASE("jsonl record: output lines", "[jsonl]") {
    CHECK(jsonl_document_line("\"a\"", "<?xml?>\n<a x=\"1\"/>\n") ==
          R"({"id":"a","xml":"<?xml?>\n<a x=\"1\"/>\n"})");
    CHECK(jsonl_error_line("3", "ARTNORM_ERROR_EMPTY_INPUT", "no \"text\"") ==
          R"({"id":3,"error":{"status":"ARTNORM_ERROR_EMPTY_INPUT","message":"no \"text\""}})");
}
