#include "html/json_reader.hpp"

#include "unicode/utf8_encode.hpp"

namespace artnorm::html {
namespace {

class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}

    bool at_end() {
        skip_space();
        return pos_ >= text_.size();
    }

    // Depth is bounded by kMaxJsonDepth, so this recursion is too.
    JsonValue value(int depth) {
        JsonValue v;
        skip_space();
        if (pos_ >= text_.size() || ++count_ > kMaxJsonValues) {
            pos_ = text_.size();
            return v;
        }
        const char c = text_[pos_];
        if (c == '{' || c == '[') {
            if (depth >= kMaxJsonDepth) {
                skip_balanced();
                return v;
            }
            return c == '{' ? object(depth) : array(depth);
        }
        if (c == '"' || c == '\'') {
            v.kind = JsonValue::Kind::string;
            v.text = string();
            return v;
        }
        // Literals and numbers: read a bare word.
        const std::size_t start = pos_;
        while (pos_ < text_.size() && !is_delimiter(text_[pos_])) ++pos_;
        const std::string_view word = text_.substr(start, pos_ - start);
        if (word.empty()) {
            ++pos_;  // a stray delimiter: skip it
        } else if (word == "true" || word == "false") {
            v.kind = JsonValue::Kind::boolean;
            v.boolean = word == "true";
        } else if (word != "null") {
            v.kind = JsonValue::Kind::number;
            v.text = std::string(word);
        }
        return v;
    }

private:
    static bool is_delimiter(char c) {
        return c == ',' || c == ':' || c == '}' || c == ']' || c == '{' || c == '[' || c == '"' ||
               c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    void skip_space() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                ++pos_;
            } else if (text_.substr(pos_).starts_with("<!--") || text_.substr(pos_).starts_with("-->")) {
                pos_ += c == '<' ? 4 : 3;  // HTML comment markers around script bodies
            } else {
                break;
            }
        }
    }

    void skip_balanced() {
        int depth = 0;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"') {
                (void)string();
                continue;
            }
            ++pos_;
            if (c == '{' || c == '[') ++depth;
            if ((c == '}' || c == ']') && --depth == 0) return;
        }
    }

    JsonValue object(int depth) {
        JsonValue v;
        v.kind = JsonValue::Kind::object;
        ++pos_;  // '{'
        while (!at_end()) {
            const char c = text_[pos_];
            if (c == '}') {
                ++pos_;
                return v;
            }
            if (c == ',') {
                ++pos_;
                continue;
            }
            std::string name;
            if (c == '"' || c == '\'') {
                name = string();
            } else {
                const std::size_t start = pos_;
                while (pos_ < text_.size() && !is_delimiter(text_[pos_])) ++pos_;
                if (pos_ == start) {
                    ++pos_;
                    continue;
                }
                name = std::string(text_.substr(start, pos_ - start));
            }
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ':') ++pos_;
            v.members.push_back(JsonMember{std::move(name), value(depth + 1)});
        }
        return v;
    }

    JsonValue array(int depth) {
        JsonValue v;
        v.kind = JsonValue::Kind::array;
        ++pos_;  // '['
        while (!at_end()) {
            const char c = text_[pos_];
            if (c == ']') {
                ++pos_;
                return v;
            }
            if (c == ',') {
                ++pos_;
                continue;
            }
            if (c == '}' || c == ':') {  // mismatched: skip
                ++pos_;
                continue;
            }
            v.items.push_back(value(depth + 1));
        }
        return v;
    }

    bool hex4(char32_t& out) {
        if (pos_ + 4 > text_.size()) return false;
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text_[pos_ + static_cast<std::size_t>(i)];
            value <<= 4;
            if (c >= '0' && c <= '9') value |= static_cast<char32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') value |= static_cast<char32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') value |= static_cast<char32_t>(c - 'A' + 10);
            else return false;
        }
        pos_ += 4;
        out = value;
        return true;
    }

    std::string string() {
        const char quote = text_[pos_++];
        std::string out;
        while (pos_ < text_.size()) {
            const char c = text_[pos_++];
            if (c == quote) return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= text_.size()) break;
            const char e = text_[pos_++];
            switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': case 'f': out += ' '; break;
            case 'u': {
                char32_t c1 = 0;
                if (!hex4(c1)) break;
                if (c1 >= 0xD800 && c1 <= 0xDBFF && text_.substr(pos_).starts_with("\\u")) {
                    pos_ += 2;
                    char32_t c2 = 0;
                    if (hex4(c2) && c2 >= 0xDC00 && c2 <= 0xDFFF) {
                        c1 = 0x10000 + ((c1 - 0xD800) << 10) + (c2 - 0xDC00);
                    } else {
                        c1 = 0xFFFD;
                    }
                } else if (c1 >= 0xD800 && c1 <= 0xDFFF) {
                    c1 = 0xFFFD;
                }
                if (c1 != 0) append_utf8(out, c1);
                break;
            }
            default: out += e; break;  // \" \\ \/ and lenient others
            }
        }
        return out;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t count_ = 0;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view name) const {
    for (const auto& [key, value] : members) {
        if (key == name) return &value;
    }
    return nullptr;
}

JsonValue parse_json(std::string_view text) {
    Reader reader(text);
    JsonValue first = reader.value(0);
    if (reader.at_end()) return first;
    JsonValue all;
    all.kind = JsonValue::Kind::array;
    all.items.push_back(std::move(first));
    while (!reader.at_end()) all.items.push_back(reader.value(0));
    return all;
}

}  // namespace artnorm::html
