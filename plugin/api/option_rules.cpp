#include "option_rules.hpp"

#include <cstring>

#include <fmt/format.h>

#include "option_table.hpp"
#include "string_value_rules.hpp"

namespace artnorm::api {
namespace {

constexpr IntBounds kFormatBounds{static_cast<std::int64_t>(InputFormat::automatic),
                                  static_cast<std::int64_t>(InputFormat::html)};
constexpr IntBounds kFlagBounds{0, 1};
constexpr IntBounds kInputLimitBounds{static_cast<std::int64_t>(kMinInputLimit),
                                      static_cast<std::int64_t>(kMaxInputLimit)};

Error invalid(std::string message) { return Error{Status::invalid_option, std::move(message)}; }

Error unknown_option(int key) {
    return invalid(fmt::format("unknown option {}", key));
}

// Rejects a string value with the rule it broke, quoting the value only when
// it is printable (it may be arbitrary bytes).
Error bad_string(const OptionInfo& info, std::string_view value, std::string_view expected) {
    if (is_clean_utf8_text(value)) {
        return invalid(fmt::format("{} ({}): '{}' is not {}", info.c_name, info.spec_name, value,
                                   expected));
    }
    return invalid(fmt::format("{} ({}): the value ({} bytes) is not {}", info.c_name,
                               info.spec_name, value.size(), expected));
}

}  // namespace

int option_key(const artnorm_option& option) {
    // Copies the bytes instead of loading the enum: loading an out-of-range
    // value would already be undefined behaviour (UBSan: -fsanitize=enum).
    static_assert(sizeof(int) == sizeof(artnorm_option));
    int key = 0;
    std::memcpy(&key, &option, sizeof key);
    return key;
}

std::optional<IntBounds> int_option_bounds(int key) {
    switch (key) {
        case ARTNORM_OPT_INPUT_FORMAT: return kFormatBounds;
        case ARTNORM_OPT_PRETTY:
        case ARTNORM_OPT_STRICT_UTF8: return kFlagBounds;
        case ARTNORM_OPT_MAX_INPUT_BYTES: return kInputLimitBounds;
        case ARTNORM_OPT_LANGUAGE:
        case ARTNORM_OPT_BASE_URL:
        case ARTNORM_OPT_CHARSET: break;
    }
    return std::nullopt;
}

std::optional<Error> set_int_option(Options& options, int key, std::int64_t value) {
    const OptionInfo* info = find_option(key);
    if (info == nullptr) return unknown_option(key);
    const auto bounds = int_option_bounds(key);
    if (!bounds) {
        return invalid(fmt::format("{} ({}) is a string option; set it with "
                                   "artnorm_normalizer_set_string",
                                   info->c_name, info->spec_name));
    }
    if (value < bounds->min || value > bounds->max) {
        return invalid(fmt::format("{} ({}): {} is out of range {}..{}", info->c_name,
                                   info->spec_name, value, bounds->min, bounds->max));
    }
    switch (key) {
        case ARTNORM_OPT_INPUT_FORMAT: options.format = static_cast<InputFormat>(value); break;
        case ARTNORM_OPT_PRETTY: options.pretty = value != 0; break;
        case ARTNORM_OPT_STRICT_UTF8: options.strict_utf8 = value != 0; break;
        case ARTNORM_OPT_MAX_INPUT_BYTES:
            options.max_input_bytes = static_cast<std::uint64_t>(value);
            break;
        default: return unknown_option(key);  // unreachable: bounds checked the key
    }
    return std::nullopt;
}

std::optional<Error> set_string_option(Options& options, int key, std::string_view value) {
    const OptionInfo* info = find_option(key);
    if (info == nullptr) return unknown_option(key);
    switch (key) {
        case ARTNORM_OPT_LANGUAGE:
            if (!is_language_tag(value)) {
                return bad_string(*info, value, "a BCP 47 language tag such as \"en\" or \"pt-BR\"");
            }
            options.language = value;
            return std::nullopt;
        case ARTNORM_OPT_BASE_URL:
            if (!is_base_url(value)) {
                return bad_string(*info, value,
                                  "a URL (UTF-8 without spaces or control characters)");
            }
            options.base_url = value;
            return std::nullopt;
        case ARTNORM_OPT_CHARSET:
            if (!is_charset_name(value)) {
                return bad_string(*info, value, "a charset name such as \"windows-1251\"");
            }
            options.charset = value;
            return std::nullopt;
        default:
            return invalid(fmt::format("{} ({}) is an integer option; set it with "
                                       "artnorm_normalizer_set_int",
                                       info->c_name, info->spec_name));
    }
}

}  // namespace artnorm::api
