#include "html/printed_address.hpp"

#include <string>

#include "unicode/ascii_case.hpp"

namespace artnorm::html {

std::size_t count_addresses(std::string_view text) {
    const std::string lowered = lower_ascii(text);
    std::size_t count = 0;
    for (std::size_t at = lowered.find("http"); at != std::string::npos; at = lowered.find("http", at + 1)) {
        const std::string_view rest = std::string_view(lowered).substr(at);
        if (rest.starts_with("http://") || rest.starts_with("https://")) ++count;
    }
    for (std::size_t at = lowered.find("www."); at != std::string::npos; at = lowered.find("www.", at + 1)) {
        if (at < 3 || std::string_view(lowered).substr(at - 3, 3) != "://") ++count;  // "https://www." counted once
    }
    return count;
}

bool prints_address(std::string_view text) { return count_addresses(text) == 1; }

}  // namespace artnorm::html
