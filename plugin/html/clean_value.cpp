#include "html/clean_value.hpp"

#include <algorithm>

#include "html/character_references.hpp"
#include "metadata/dates.hpp"
#include "unicode/locale.hpp"
#include "unicode/whitespace.hpp"
#include "xml/xml_chars.hpp"

namespace artnorm::html {

std::string clean_value(std::string_view value) {
    std::string text = decode_character_references(value);
    if (!xml::is_clean_xml_text(text)) {
        xml::SanitizeCounts counts;
        text = xml::sanitize_xml_text(text, counts);
    }
    return to_nfc(collapse_whitespace(text));
}

std::string iso_date(std::string_view value) {
    const auto match = find_date(value);
    return match ? match->value.iso() : std::string{};
}

void add_unique(std::vector<std::string>& list, std::string_view value) {
    std::string cleaned = clean_value(value);
    if (cleaned.empty()) return;
    if (std::find(list.begin(), list.end(), cleaned) == list.end()) list.push_back(std::move(cleaned));
}

std::vector<std::string> split_list(std::string_view value) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find_first_of(",;", start);
        if (end == std::string_view::npos) end = value.size();
        add_unique(out, value.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

}  // namespace artnorm::html
