#include "html/removal_rules.hpp"

#include <array>

#include "html/class_hints.hpp"
#include "html/quoted_aside.hpp"
#include "xml/libxml_text.hpp"

namespace artnorm::html {
namespace {

constexpr std::array<std::string_view, 18> kRemovedTags = {
    "script", "style",  "noscript", "template", "iframe", "form",   "button", "input",  "select",
    "textarea", "option", "svg",    "canvas",   "object", "embed",  "nav",    "footer", "aside"};

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != b[i]) return false;
    }
    return true;
}

// style="display: none" -> "display:none" comparisons without allocating.
bool style_hides(std::string_view style) {
    std::string compact;
    compact.reserve(style.size());
    for (char c : style) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        compact.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return compact.find("display:none") != std::string::npos ||
           compact.find("visibility:hidden") != std::string::npos;
}

}  // namespace

std::string_view attribute(const xmlNode& element, const char* name) {
    for (const xmlAttr* a = element.properties; a != nullptr; a = a->next) {
        if (a->name == nullptr || !equals_ignoring_case(xml::to_view(a->name), name)) continue;
        if (a->children != nullptr && a->children->next == nullptr &&
            a->children->type == XML_TEXT_NODE) {
            return xml::to_view(a->children->content);
        }
        return a->children == nullptr ? std::string_view{" "} : std::string_view{};
    }
    return {};
}

bool is_removed_tag(std::string_view tag, bool inside_article) {
    for (std::string_view removed : kRemovedTags) {
        if (tag == removed) return true;
    }
    return tag == "header" && !inside_article;
}

bool is_hidden(const xmlNode& element) {
    for (const xmlAttr* a = element.properties; a != nullptr; a = a->next) {
        const std::string_view name = xml::to_view(a->name);
        if (equals_ignoring_case(name, "hidden")) return true;
        if (equals_ignoring_case(name, "aria-hidden")) {
            if (equals_ignoring_case(attribute(element, "aria-hidden"), "true")) return true;
        } else if (equals_ignoring_case(name, "style")) {
            if (style_hides(attribute(element, "style"))) return true;
        }
    }
    return false;
}

bool is_boilerplate_container(const xmlNode& element, std::string_view tag) {
    if (tag == "html" || tag == "body" || tag == "article" || tag == "main") return false;
    if (element.properties == nullptr) return false;
    const std::string_view itemprop = attribute(element, "itemprop");
    if (itemprop == "articleBody" || itemprop == "text") return false;
    return is_negative_only(attribute(element, "class"), attribute(element, "id"));
}

bool is_non_content_class(const xmlNode& element) {
    return element.properties != nullptr && names_non_content(attribute(element, "class"));
}

bool is_furniture_role(const xmlNode& element) {
    if (element.properties == nullptr) return false;
    const std::string_view role = attribute(element, "role");
    if (role.empty()) return false;
    for (std::string_view furniture : {"navigation", "banner", "contentinfo", "complementary",
                                       "dialog", "alertdialog", "search", "menu", "menubar"}) {
        if (role == furniture) return true;
    }
    return false;
}

bool is_page_wrapper_form(const xmlNode& element) {
    return element.parent != nullptr && element.parent->type == XML_ELEMENT_NODE &&
           xml::to_view(element.parent->name) == "body";
}

bool keep_aside(const xmlNode& element) {
    return class_hint_score(attribute(element, "class"), attribute(element, "id")) > 0 || is_pull_quote(element) ||
           is_quoted_aside(element);  // rule "quoted-aside"
}

bool is_pull_quote(const xmlNode& element) {
    bool quote = false;
    for (const xmlNode* c = element.children; c != nullptr; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            const std::string_view tag = xml::to_view(c->name);
            if (tag != "q" && tag != "blockquote") return false;
            quote = true;
        } else if (c->type == XML_TEXT_NODE &&
                   xml::to_view(c->content).find_first_not_of(" \t\n\r\f") != std::string_view::npos) {
            return false;
        }
    }
    return quote;
}

}  // namespace artnorm::html
