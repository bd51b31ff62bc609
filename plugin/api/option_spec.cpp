#include "option_spec.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include <fmt/format.h>

#include "option_rules.hpp"
#include "option_table.hpp"
#include "unicode/ascii_case.hpp"

namespace artnorm::api {
namespace {

constexpr std::string_view kSeparators = ",; \t\r\n\f\v";
constexpr char kQuote = '"';
constexpr unsigned kKibiShift = 10;
constexpr std::uint64_t kMaxSizeBeforeShift = UINT64_MAX >> 30;  // headroom for any suffix

bool is_separator(char c) { return kSeparators.find(c) != std::string_view::npos; }

// One "name=value" pair as written, with where it starts (for messages).
struct Pair {
    std::size_t offset = 0;
    std::string_view text;  // the whole pair, for messages
    std::string_view name;
    std::string_view value;
};

Error spec_error(const Pair& pair, std::string_view what) {
    return Error{Status::invalid_option,
                 fmt::format("option string, byte {}: '{}': {}", pair.offset, pair.text, what)};
}

// Cuts the next pair off the front of rest (after leading separators).
// Returns nullopt at the end of the spec, an Error for a malformed pair.
std::optional<Expected<Pair>> next_pair(std::string_view spec, std::size_t& position) {
    while (position < spec.size() && is_separator(spec[position])) ++position;
    if (position == spec.size()) return std::nullopt;
    Pair pair;
    pair.offset = position;
    std::size_t end = position;
    while (end < spec.size() && !is_separator(spec[end]) && spec[end] != '=') ++end;
    pair.name = spec.substr(position, end - position);
    if (end == spec.size() || spec[end] != '=') {
        pair.text = pair.name;
        position = end;
        return Expected<Pair>(spec_error(pair, "expected name=value"));
    }
    std::size_t value_begin = end + 1;
    if (value_begin < spec.size() && spec[value_begin] == kQuote) {
        const std::size_t close = spec.find(kQuote, value_begin + 1);
        if (close == std::string_view::npos) {
            pair.text = spec.substr(position);
            position = spec.size();
            return Expected<Pair>(spec_error(pair, "the quoted value has no closing '\"'"));
        }
        pair.value = spec.substr(value_begin + 1, close - value_begin - 1);
        end = close + 1;
        if (end < spec.size() && !is_separator(spec[end])) {
            pair.text = spec.substr(position, end + 1 - position);
            position = end;
            return Expected<Pair>(spec_error(pair, "expected a separator after the quoted value"));
        }
    } else {
        end = value_begin;
        while (end < spec.size() && !is_separator(spec[end])) ++end;
        pair.value = spec.substr(value_begin, end - value_begin);
    }
    pair.text = spec.substr(position, end - position);
    position = end;
    return Expected<Pair>(pair);
}

std::optional<std::int64_t> parse_format(std::string_view value) {
    const std::string word = lower_ascii(value);
    if (word == "auto") return static_cast<std::int64_t>(InputFormat::automatic);
    if (word == "text") return static_cast<std::int64_t>(InputFormat::text);
    if (word == "html") return static_cast<std::int64_t>(InputFormat::html);
    return std::nullopt;
}

std::optional<std::int64_t> parse_boolean(std::string_view value) {
    static constexpr std::array<std::string_view, 4> yes = {"1", "true", "yes", "on"};
    static constexpr std::array<std::string_view, 4> no = {"0", "false", "no", "off"};
    const std::string word = lower_ascii(value);
    if (std::find(yes.begin(), yes.end(), word) != yes.end()) return 1;
    if (std::find(no.begin(), no.end(), word) != no.end()) return 0;
    return std::nullopt;
}

// Decimal digits with an optional K/M/G (x1024, x1024^2, x1024^3) suffix.
// Values too big for the option's range come back as INT64_MAX so that the
// range check reports them.
std::optional<std::int64_t> parse_size(std::string_view value) {
    unsigned shift = 0;
    if (!value.empty()) {
        switch (lower_ascii(value.back())) {
            case 'k': shift = kKibiShift; break;
            case 'm': shift = 2 * kKibiShift; break;
            case 'g': shift = 3 * kKibiShift; break;
            default: break;
        }
        if (shift != 0) value.remove_suffix(1);
    }
    if (value.empty()) return std::nullopt;
    std::uint64_t number = 0;
    for (char c : value) {
        if (c < '0' || c > '9') return std::nullopt;
        if (number > kMaxSizeBeforeShift) return INT64_MAX;
        number = number * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (number > kMaxSizeBeforeShift) return INT64_MAX;
    number <<= shift;
    return number > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX
                                                          : static_cast<std::int64_t>(number);
}

// Converts the value of an integer option from its spelling.
Expected<std::int64_t> parse_int_value(const OptionInfo& info, const Pair& pair) {
    std::optional<std::int64_t> number;
    std::string_view expected;
    switch (info.key) {
        case ARTNORM_OPT_INPUT_FORMAT:
            number = parse_format(pair.value);
            expected = "expected text, html or auto";
            break;
        case ARTNORM_OPT_PRETTY:
        case ARTNORM_OPT_STRICT_UTF8:
            number = parse_boolean(pair.value);
            expected = "expected 0/1, true/false, yes/no or on/off";
            break;
        default:
            number = parse_size(pair.value);
            expected = "expected a byte count such as 1048576, 512K, 16M or 1G";
            break;
    }
    if (!number) return spec_error(pair, expected);
    return *number;
}

std::optional<Error> apply_pair(Options& options, const Pair& pair) {
    const OptionInfo* info = find_option(std::string_view(lower_ascii(pair.name)));
    if (info == nullptr) {
        return spec_error(pair, "unknown option name (known: from, pretty, strict-utf8, "
                                "max-input-bytes, language, base-url, charset)");
    }
    std::optional<Error> error;
    if (info->kind == OptionKind::string) {
        error = set_string_option(options, info->key, pair.value);
    } else {
        auto number = parse_int_value(*info, pair);
        if (!number) return number.error();
        error = set_int_option(options, info->key, number.value());
    }
    if (error) return spec_error(pair, error->message);
    return std::nullopt;
}

}  // namespace

Expected<Options> apply_option_spec(std::string_view spec, Options options) {
    std::size_t position = 0;
    while (auto pair = next_pair(spec, position)) {
        if (!*pair) return pair->error();
        if (auto error = apply_pair(options, pair->value())) return *std::move(error);
    }
    return options;
}

}  // namespace artnorm::api
