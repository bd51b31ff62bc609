#include "html/tag_table.hpp"

#include <string>
#include <unordered_map>

namespace artnorm::html {

TagKind tag_kind(std::string_view tag) {
    static const std::unordered_map<std::string_view, TagKind> kinds = {
        {"html", TagKind::container},       {"body", TagKind::container},
        {"div", TagKind::container},        {"section", TagKind::container},
        {"article", TagKind::container},    {"main", TagKind::container},
        {"header", TagKind::container},     {"aside", TagKind::container},
        {"center", TagKind::container},     {"details", TagKind::container},
        {"figure", TagKind::container},     {"blockquote", TagKind::container},
        {"ul", TagKind::container},         {"ol", TagKind::container},
        {"dl", TagKind::container},         {"menu", TagKind::container},
        {"table", TagKind::container},      {"tbody", TagKind::container},
        {"thead", TagKind::container},      {"tfoot", TagKind::container},
        {"fieldset", TagKind::container},   {"hgroup", TagKind::container},
        {"picture", TagKind::container},    {"video", TagKind::container},
        {"audio", TagKind::container},
        {"p", TagKind::text_block},         {"h1", TagKind::text_block},
        {"h2", TagKind::text_block},        {"h3", TagKind::text_block},
        {"h4", TagKind::text_block},        {"h5", TagKind::text_block},
        {"h6", TagKind::text_block},        {"li", TagKind::text_block},
        {"dt", TagKind::text_block},        {"dd", TagKind::text_block},
        {"pre", TagKind::text_block},       {"figcaption", TagKind::text_block},
        {"address", TagKind::text_block},   {"caption", TagKind::text_block},
        {"summary", TagKind::text_block},   {"legend", TagKind::text_block},
        {"tr", TagKind::table_row},         {"td", TagKind::table_cell},
        {"th", TagKind::table_cell},        {"br", TagKind::line_break},
        {"hr", TagKind::line_break},
    };
    const auto it = kinds.find(tag);
    return it == kinds.end() ? TagKind::inline_element : it->second;
}

int heading_level(std::string_view tag) {
    if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return tag[1] - '0';
    return 0;
}

}  // namespace artnorm::html
