// Options of one normalizer, as the C ABI sets them.
#pragma once

#include <cstdint>
#include <string>

namespace artnorm {

enum class InputFormat { automatic = 0, text = 1, html = 2 };

struct Options {
    InputFormat format = InputFormat::automatic;
    bool pretty = false;
    bool strict_utf8 = false;
    std::uint64_t max_input_bytes = std::uint64_t{256} << 20;
    std::string language;  // forced language ("" = detect)
    std::string base_url;
    std::string charset;   // charset hint ("" = detect / UTF-8)
};

inline constexpr std::uint64_t kMinInputLimit = 1;
inline constexpr std::uint64_t kMaxInputLimit = std::uint64_t{4} << 30;

}  // namespace artnorm
