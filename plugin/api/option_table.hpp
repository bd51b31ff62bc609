// Every option the C ABI knows: its enum key, its C spelling (for messages),
// the name configure() accepts, and whether it holds an integer or a string.
// One table, so set_int, set_string, bounds and configure cannot disagree.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "artnorm.h"

namespace artnorm::api {

enum class OptionKind { integer, string };

struct OptionInfo {
    artnorm_option key;
    std::string_view c_name;     // "ARTNORM_OPT_PRETTY"
    std::string_view spec_name;  // "pretty", as in artnorm_normalizer_configure
    OptionKind kind;
};

inline constexpr std::array<OptionInfo, 7> kOptionTable = {{
    {ARTNORM_OPT_INPUT_FORMAT, "ARTNORM_OPT_INPUT_FORMAT", "from", OptionKind::integer},
    {ARTNORM_OPT_PRETTY, "ARTNORM_OPT_PRETTY", "pretty", OptionKind::integer},
    {ARTNORM_OPT_STRICT_UTF8, "ARTNORM_OPT_STRICT_UTF8", "strict-utf8", OptionKind::integer},
    {ARTNORM_OPT_MAX_INPUT_BYTES, "ARTNORM_OPT_MAX_INPUT_BYTES", "max-input-bytes",
     OptionKind::integer},
    {ARTNORM_OPT_LANGUAGE, "ARTNORM_OPT_LANGUAGE", "language", OptionKind::string},
    {ARTNORM_OPT_BASE_URL, "ARTNORM_OPT_BASE_URL", "base-url", OptionKind::string},
    {ARTNORM_OPT_CHARSET, "ARTNORM_OPT_CHARSET", "charset", OptionKind::string},
}};

// The entry for a key, or nullptr for a key this version does not know.
constexpr const OptionInfo* find_option(int key) {
    for (const auto& info : kOptionTable) {
        if (info.key == key) return &info;
    }
    return nullptr;
}

// The entry for a configure() name (exact, lower case), or nullptr.
constexpr const OptionInfo* find_option(std::string_view spec_name) {
    for (const auto& info : kOptionTable) {
        if (info.spec_name == spec_name) return &info;
    }
    return nullptr;
}

}  // namespace artnorm::api
