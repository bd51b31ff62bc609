// A small, strict JSON reader for one JSON Lines record: the members of one
// top-level object. Scalar members are decoded (strings fully: every escape,
// \uXXXX and surrogate pairs); nested objects and arrays are checked for
// syntax and skipped, up to a bounded depth. RFC 8259 grammar, no extensions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace artnorm_cli {

enum class JsonKind { null, boolean, number, string, array, object };

struct JsonValue {
    JsonKind kind = JsonKind::null;
    // string: the decoded UTF-8; number: the token as written (e.g. "-1.5e3");
    // boolean: "true" or "false"; null, array, object: empty (not kept).
    std::string text;
};

struct JsonMember {
    std::string name;
    JsonValue value;
};

struct JsonObject {
    std::vector<JsonMember> members;  // in document order, duplicates kept

    // The last member called name (JSON leaves duplicates open; last wins
    // like most readers), or nullptr.
    const JsonValue* find(std::string_view name) const;
};

struct JsonError {
    std::size_t offset = 0;  // byte offset into the text where reading stopped
    std::string message;
};

struct JsonObjectParse {
    std::optional<JsonObject> object;  // set on success
    JsonError error;                   // meaningful when object is empty
};

// Nesting limit for skipped values: deeper input is an error, not a stack
// overflow.
inline constexpr std::size_t kJsonMaxDepth = 64;

// Parses text that must hold exactly one JSON object (white space around it
// allowed). A lone UTF-16 surrogate escape decodes to U+FFFD, because UTF-8
// cannot hold it; raw bytes inside strings are passed through unchanged.
JsonObjectParse parse_json_object(std::string_view text);

}  // namespace artnorm_cli
