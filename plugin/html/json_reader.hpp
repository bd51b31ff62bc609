// Rule "json-reader": a small, lenient, bounded JSON reader for JSON-LD.
//
// Why not Boost.PropertyTree: it rejects what pages really publish (raw
// control characters and new lines inside strings, trailing commas, several
// concatenated objects), loses the difference between arrays and objects,
// and is slow. This reader accepts those slips, never recurses deeper than
// kMaxJsonDepth (deeper values become null), stops at kMaxJsonValues values,
// and never throws: what could be read is returned.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace artnorm::html {

struct JsonMember;

struct JsonValue {
    enum class Kind { null, boolean, number, string, array, object };
    Kind kind = Kind::null;
    std::string text;                  // string value, or the number as written
    bool boolean = false;
    std::vector<JsonValue> items;      // array elements
    // Object members, in order. A named struct, not std::pair: a pair of an
    // incomplete type does not compile with clang and libstdc++.
    std::vector<JsonMember> members;

    bool is_string() const { return kind == Kind::string; }
    bool is_array() const { return kind == Kind::array; }
    bool is_object() const { return kind == Kind::object; }
    // Member by name (first match), or nullptr.
    const JsonValue* find(std::string_view name) const;
};

struct JsonMember {
    std::string name;
    JsonValue value;
};

// Parses text; several top-level values (or a top-level value followed by
// garbage) give an array of what could be read.
JsonValue parse_json(std::string_view text);

inline constexpr int kMaxJsonDepth = 64;
inline constexpr std::size_t kMaxJsonValues = 100'000;

}  // namespace artnorm::html
