#include "html/json_ld.hpp"

#include <deque>

#include "html/clean_value.hpp"
#include "html/json_reader.hpp"

namespace artnorm::html {
namespace {

constexpr std::size_t kMaxVisitedObjects = 2'000;

bool type_matches(const JsonValue& object, bool (*predicate)(std::string_view)) {
    const JsonValue* type = object.find("@type");
    if (type == nullptr) return false;
    if (type->is_string()) return predicate(type->text);
    for (const JsonValue& t : type->items) {
        if (t.is_string() && predicate(t.text)) return true;
    }
    return false;
}

bool is_article_type(std::string_view type) {
    return type.ends_with("Article") || type.ends_with("Posting") || type == "Report";
}

bool is_organization_type(std::string_view type) {
    return type == "Organization" || type == "NewsMediaOrganization" || type == "Corporation";
}

std::string_view string_of(const JsonValue* value) {
    return value != nullptr && value->is_string() ? std::string_view(value->text) : std::string_view{};
}

// A person/organization given as a string or as an object with a name.
std::string_view name_of(const JsonValue& value) {
    if (value.is_string()) return value.text;
    if (value.is_object()) return string_of(value.find("name"));
    return {};
}

void add_names(std::vector<std::string>& out, const JsonValue* value) {
    if (value == nullptr) return;
    if (value->is_array()) {
        for (const JsonValue& item : value->items) add_unique(out, name_of(item));
    } else {
        add_unique(out, name_of(*value));
    }
}

std::string url_of(const JsonValue* value) {
    if (value == nullptr) return {};
    if (value->is_string()) return clean_value(value->text);
    if (value->is_object()) return clean_value(string_of(value->find("url")));
    if (value->is_array() && !value->items.empty()) return url_of(&value->items.front());
    return {};
}

PageMetadata read_article(const JsonValue& article) {
    PageMetadata meta;
    meta.headline = clean_value(string_of(article.find("headline")));
    if (meta.headline.empty()) meta.headline = clean_value(string_of(article.find("name")));
    meta.published = iso_date(string_of(article.find("datePublished")));
    if (meta.published.empty()) meta.published = iso_date(string_of(article.find("dateCreated")));
    meta.updated = iso_date(string_of(article.find("dateModified")));
    add_names(meta.authors, article.find("author"));
    if (meta.authors.empty()) add_names(meta.authors, article.find("creator"));
    if (const JsonValue* publisher = article.find("publisher")) {
        const JsonValue& first = publisher->is_array() && !publisher->items.empty()
                                     ? publisher->items.front()
                                     : *publisher;
        meta.publisher = clean_value(name_of(first));
    }
    if (const JsonValue* keywords = article.find("keywords")) {
        if (keywords->is_array()) {
            for (const JsonValue& k : keywords->items) add_unique(meta.tags, string_of(&k));
        } else {
            meta.tags = split_list(string_of(keywords));
        }
    }
    meta.image = url_of(article.find("image"));
    meta.description = clean_value(string_of(article.find("description")));
    const JsonValue* language = article.find("inLanguage");
    meta.language = clean_value(language != nullptr && language->is_object()
                                    ? string_of(language->find("alternateName"))
                                    : string_of(language));
    meta.url = url_of(article.find("url"));
    return meta;
}

}  // namespace

PageMetadata read_json_ld(const std::vector<std::string>& scripts) {
    PageMetadata found;
    bool have_article = false;
    std::string organization;
    for (const std::string& script : scripts) {
        const JsonValue root = parse_json(script);
        // Breadth first through arrays, @graph and mainEntity: the article
        // nearest the top wins.
        std::deque<const JsonValue*> queue{&root};
        std::size_t visited = 0;
        while (!queue.empty() && visited++ < kMaxVisitedObjects) {
            const JsonValue* value = queue.front();
            queue.pop_front();
            if (value->is_array()) {
                for (const JsonValue& item : value->items) queue.push_back(&item);
                continue;
            }
            if (!value->is_object()) continue;
            if (!have_article && type_matches(*value, is_article_type)) {
                found = read_article(*value);
                have_article = true;
            } else if (organization.empty() && type_matches(*value, is_organization_type)) {
                organization = clean_value(string_of(value->find("name")));
            }
            for (const char* nested : {"@graph", "mainEntity", "mainEntityOfPage"}) {
                if (const JsonValue* inner = value->find(nested)) queue.push_back(inner);
            }
        }
    }
    if (found.publisher.empty()) found.publisher = organization;
    return found;
}

}  // namespace artnorm::html
