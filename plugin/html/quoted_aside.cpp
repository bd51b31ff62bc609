#include "html/quoted_aside.hpp"

#include <string>
#include <string_view>

#include "xml/libxml_text.hpp"

namespace artnorm::html {
namespace {

constexpr std::string_view kOpening[] = {"\"", "\u201C", "\u201E", "\u00AB", "\u2018", "\u201A", "\u300C", "\u300E"};
constexpr std::string_view kClosing[] = {"\"", "\u201D", "\u201C", "\u00BB", "\u2019", "\u300D", "\u300F"};

// Appends the text under node; false when it holds a link or the text grows
// past the limit.
bool gather(const xmlNode* node, std::string& text) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            text += xml::to_view(c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            const std::string_view tag = xml::to_view(c->name);
            if (tag == "a") return false;
            if (tag == "script" || tag == "style") continue;
            if (!gather(c, text)) return false;
        }
        if (text.size() > 2 * kPullQuoteMaxBytes) return false;  // white space not trimmed yet
    }
    return true;
}

std::string_view trim(std::string_view s) {
    const std::size_t first = s.find_first_not_of(" \t\n\r\f");
    if (first == std::string_view::npos) return {};
    const std::size_t last = s.find_last_not_of(" \t\n\r\f");
    return s.substr(first, last - first + 1);
}

}  // namespace

bool is_quoted_aside(const xmlNode& aside) {
    std::string text;
    if (!gather(&aside, text)) return false;
    const std::string_view quote = trim(text);
    if (quote.empty() || quote.size() > kPullQuoteMaxBytes) return false;
    bool opens = false, closes = false;
    for (std::string_view q : kOpening) opens = opens || quote.starts_with(q);
    for (std::string_view q : kClosing) closes = closes || quote.ends_with(q);
    // One quotation mark alone is no quotation.
    return opens && closes && quote.size() > 2 * std::string_view("\u201C").size();
}

}  // namespace artnorm::html
