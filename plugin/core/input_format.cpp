#include "core/input_format.hpp"

#include <array>
#include <string>

#include "unicode/ascii_case.hpp"

namespace artnorm {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kSniffWindow = 1024;

}  // namespace

InputFormat detect_input_format(std::string_view input) {
    if (input.starts_with(kUtf8Bom)) input.remove_prefix(kUtf8Bom.size());
    const auto first = input.find_first_not_of(" \t\r\n\f\v");
    if (first == std::string_view::npos) return InputFormat::text;
    const std::string head = lower_ascii(input.substr(first, kSniffWindow));
    constexpr std::array<std::string_view, 5> openings = {"<!doctype html", "<html", "<head",
                                                          "<body", "<!--"};
    for (auto opening : openings) {
        if (head.starts_with(opening)) return InputFormat::html;
    }
    if (head.find("<html") != std::string::npos || head.find("<body") != std::string::npos) {
        return InputFormat::html;
    }
    return InputFormat::text;
}

}  // namespace artnorm
