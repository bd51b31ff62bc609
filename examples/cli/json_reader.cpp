#include "json_reader.hpp"

#include <cstdint>

namespace artnorm_cli {
namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;
constexpr char32_t kHighSurrogateFirst = 0xD800;
constexpr char32_t kLowSurrogateFirst = 0xDC00;
constexpr char32_t kSurrogateLast = 0xDFFF;
constexpr char32_t kFirstSupplementary = 0x10000;
constexpr unsigned char kFirstNonControl = 0x20;

void append_utf8(std::string& out, char32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < kFirstSupplementary) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<unsigned> hex_digit(char c) {
    if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
    return std::nullopt;
}

// Recursive descent over one text; the first error stops everything.
class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}

    JsonObjectParse object_document() {
        JsonObjectParse parse;
        skip_space();
        if (!at('{')) {
            fail("expected '{' (a JSON object)");
        } else {
            JsonObject object;
            if (read_members(object) && (skip_space(), pos_ != text_.size())) {
                fail("unexpected text after the object");
            }
            if (error_.message.empty()) parse.object = std::move(object);
        }
        parse.error = error_;
        return parse;
    }

private:
    bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

    bool fail(std::string message) {
        if (error_.message.empty()) error_ = JsonError{pos_, std::move(message)};
        return false;
    }

    void skip_space() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                       text_[pos_] == '\n' || text_[pos_] == '\r')) {
            ++pos_;
        }
    }

    bool expect(char c) {
        skip_space();
        if (!at(c)) return fail(std::string("expected '") + c + "'");
        ++pos_;
        return true;
    }

    // At '{': the top-level object, members kept.
    bool read_members(JsonObject& object) {
        ++pos_;
        skip_space();
        if (at('}')) return ++pos_, true;
        while (true) {
            skip_space();
            JsonMember member;
            if (!at('"')) return fail("expected a member name in double quotes");
            if (!read_string(member.name) || !expect(':')) return false;
            if (!read_value(member.value, 1)) return false;
            object.members.push_back(std::move(member));
            skip_space();
            if (at(',')) {
                ++pos_;
                continue;
            }
            if (at('}')) return ++pos_, true;
            return fail("expected ',' or '}'");
        }
    }

    bool read_value(JsonValue& value, std::size_t depth) {
        skip_space();
        if (pos_ >= text_.size()) return fail("unexpected end of text");
        const char c = text_[pos_];
        if (c == '"') {
            value.kind = JsonKind::string;
            return read_string(value.text);
        }
        if (c == '{' || c == '[') {
            value.kind = c == '{' ? JsonKind::object : JsonKind::array;
            return skip_container(depth + 1);
        }
        if (c == '-' || is_digit(c)) {
            value.kind = JsonKind::number;
            return read_number(value.text);
        }
        for (const auto& [word, kind] : {std::pair{std::string_view("true"), JsonKind::boolean},
                                         std::pair{std::string_view("false"), JsonKind::boolean},
                                         std::pair{std::string_view("null"), JsonKind::null}}) {
            if (text_.substr(pos_, word.size()) == word) {
                value.kind = kind;
                value.text = kind == JsonKind::boolean ? std::string(word) : std::string();
                pos_ += word.size();
                return true;
            }
        }
        return fail("expected a JSON value");
    }

    // At '{' or '[': checks the syntax of a nested value and drops it.
    bool skip_container(std::size_t depth) {
        if (depth > kJsonMaxDepth) return fail("nested deeper than the limit");
        const bool is_object = text_[pos_] == '{';
        const char close = is_object ? '}' : ']';
        ++pos_;
        skip_space();
        if (at(close)) return ++pos_, true;
        while (true) {
            JsonValue ignored;
            if (is_object) {
                skip_space();
                if (!at('"')) return fail("expected a member name in double quotes");
                std::string name;
                if (!read_string(name) || !expect(':')) return false;
            }
            if (!read_value(ignored, depth)) return false;
            skip_space();
            if (at(',')) {
                ++pos_;
                continue;
            }
            if (at(close)) return ++pos_, true;
            return fail(std::string("expected ',' or '") + close + "'");
        }
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, kept as written.
    bool read_number(std::string& out) {
        const std::size_t start = pos_;
        if (at('-')) ++pos_;
        if (at('0')) {
            ++pos_;
        } else if (!digits()) {
            return fail("expected a digit");
        }
        if (at('.')) {
            ++pos_;
            if (!digits()) return fail("expected a digit after '.'");
        }
        if (at('e') || at('E')) {
            ++pos_;
            if (at('+') || at('-')) ++pos_;
            if (!digits()) return fail("expected a digit in the exponent");
        }
        out.assign(text_.substr(start, pos_ - start));
        return true;
    }

    bool digits() {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
        return pos_ > start;
    }

    std::optional<char32_t> read_hex4() {
        if (text_.size() - pos_ < 4) return std::nullopt;
        char32_t unit = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const auto digit = hex_digit(text_[pos_ + i]);
            if (!digit) return std::nullopt;
            unit = unit * 16 + *digit;
        }
        pos_ += 4;
        return unit;
    }

    // After "\u": one code point, joining a surrogate pair when one follows.
    bool read_unicode_escape(std::string& out) {
        const auto unit = read_hex4();
        if (!unit) return fail("expected four hex digits after \\u");
        const bool high = *unit >= kHighSurrogateFirst && *unit < kLowSurrogateFirst;
        const bool low = *unit >= kLowSurrogateFirst && *unit <= kSurrogateLast;
        if (high && text_.substr(pos_, 2) == "\\u") {
            const std::size_t before = pos_;
            pos_ += 2;
            const auto next = read_hex4();
            if (next && *next >= kLowSurrogateFirst && *next <= kSurrogateLast) {
                append_utf8(out, kFirstSupplementary + ((*unit - kHighSurrogateFirst) << 10) +
                                     (*next - kLowSurrogateFirst));
                return true;
            }
            pos_ = before;  // not a pair: the next escape is read on its own
        }
        append_utf8(out, high || low ? kReplacementCharacter : *unit);
        return true;
    }

    // At '"': a string, decoded into out.
    bool read_string(std::string& out) {
        ++pos_;
        out.clear();
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"') return ++pos_, true;
            if (static_cast<unsigned char>(c) < kFirstNonControl) {
                return fail("control character in a string (escape it)");
            }
            if (c != '\\') {
                // Copy the run up to the next quote, backslash or control byte.
                std::size_t end = pos_ + 1;
                while (end < text_.size() && text_[end] != '"' && text_[end] != '\\' &&
                       static_cast<unsigned char>(text_[end]) >= kFirstNonControl) {
                    ++end;
                }
                out.append(text_.substr(pos_, end - pos_));
                pos_ = end;
                continue;
            }
            if (++pos_ >= text_.size()) break;
            const char escape = text_[pos_++];
            switch (escape) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u':
                    if (!read_unicode_escape(out)) return false;
                    break;
                default: --pos_; return fail("unknown escape in a string");
            }
        }
        return fail("unterminated string");
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    JsonError error_;
};

}  // namespace

const JsonValue* JsonObject::find(std::string_view name) const {
    for (auto member = members.rbegin(); member != members.rend(); ++member) {
        if (member->name == name) return &member->value;
    }
    return nullptr;
}

JsonObjectParse parse_json_object(std::string_view text) { return Reader(text).object_document(); }

}  // namespace artnorm_cli
