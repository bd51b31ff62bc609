// Rule "tag-line": "Read more about: A, B", "Tags: A, B", "Topics:",
// "Themen:", "Теги:", "标签：" (phrases::kTagPrefixes, case-folded, followed by
// a colon or the end of the segment) -> tags, split at , ; | · • and
// trimmed ("Anti-war , Kazakhstan" -> "Anti-war", "Kazakhstan"). A bare label
// ("Tags:") takes the next segment as its list. The segment ends the body.
// Only segments of at most kTagLineMaxChars bytes qualify.
#include <algorithm>
#include <optional>

#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kTagLineMaxChars = 300;
constexpr std::size_t kMaxTagChars = 60;

// After the label: optional spaces, then ':' / '：'; returns the rest, or
// nullopt when no colon follows.
std::optional<std::string_view> after_colon(std::string_view text, std::size_t label) {
    std::string_view rest = text.substr(label);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.substr(0, 1) == ":") rest.remove_prefix(1);
    else if (rest.substr(0, 3) == "\uFF1A") rest.remove_prefix(3);
    else return std::nullopt;
    return rest;
}

std::vector<std::string> split_tags(std::string_view list) {
    std::vector<std::string> tags;
    std::string current;
    auto flush = [&] {
        std::string tag = collapse_whitespace(current);
        if (!tag.empty() && tag.size() <= kMaxTagChars) tags.push_back(std::move(tag));
        current.clear();
    };
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string_view rest = list.substr(i);
        std::size_t sep = 0;
        if (rest[0] == ',' || rest[0] == ';' || rest[0] == '|') sep = 1;
        else if (rest.substr(0, 2) == "\u00B7" ) sep = 2;
        else if (rest.substr(0, 3) == "\u2022" || rest.substr(0, 3) == "\uFF0C" || rest.substr(0, 3) == "\u3001") sep = 3;
        if (sep) { flush(); i += sep - 1; } else current.push_back(list[i]);
    }
    flush();
    return tags;
}

}  // namespace

void apply_tag_line(TextDocument& doc, Article& article) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.roles[i] == Role::tags || doc.folded[i].size() > kTagLineMaxChars) continue;
        if (doc.roles[i] != Role::unassigned && doc.roles[i] != Role::boilerplate) continue;
        const std::string_view folded = doc.folded[i];
        // Cheap: without a colon after_colon below finds no list.
        const std::string_view text = doc.segments[i].text;
        if (text.find(':') == std::string_view::npos && text.find("\uFF1A") == std::string_view::npos) continue;
        std::size_t label = 0;
        for (std::string_view p : phrases::kTagPrefixes) {
            if (p.size() > label && folded.substr(0, p.size()) == p) label = p.size();
        }
        if (label == 0) continue;
        const auto list = after_colon(doc.segments[i].text, label);
        if (!list) continue;
        std::vector<std::string> tags;
        if (!is_blank(*list)) {
            tags = split_tags(*list);
        } else if (i + 1 < doc.size() && doc.unassigned(i + 1) && doc.folded[i + 1].size() <= kTagLineMaxChars) {
            tags = split_tags(doc.segments[i + 1].text);
            doc.roles[i + 1] = Role::tags;
        }
        doc.roles[i] = Role::tags;
        doc.ends_body[i] = true;
        for (std::string& t : tags) {
            if (std::find(article.tags.begin(), article.tags.end(), t) == article.tags.end()) {
                article.tags.push_back(std::move(t));
            }
        }
    }
}

}  // namespace artnorm
