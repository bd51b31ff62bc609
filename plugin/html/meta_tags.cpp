#include "html/meta_tags.hpp"

#include <initializer_list>
#include <string_view>

#include "html/clean_value.hpp"
#include "metadata/site_name.hpp"

namespace artnorm::html {
namespace {

using Keys = std::initializer_list<std::string_view>;

std::string_view first_of(const RawMetadata& raw, Keys keys) {
    for (std::string_view key : keys) {
        for (const auto& [name, content] : raw.meta) {
            if (name == key && !content.empty()) return content;
        }
    }
    return {};
}

std::string first_date(const RawMetadata& raw, Keys keys) {
    for (std::string_view key : keys) {
        for (const auto& [name, content] : raw.meta) {
            if (name != key) continue;
            std::string iso = iso_date(content);
            if (!iso.empty()) return iso;
        }
    }
    return {};
}

bool looks_like_url(std::string_view value) {
    return value.starts_with("http://") || value.starts_with("https://") || value.starts_with("//") ||
           value.starts_with("/");
}

void add_all(std::vector<std::string>& out, const RawMetadata& raw, Keys keys, bool split) {
    for (std::string_view key : keys) {
        for (const auto& [name, content] : raw.meta) {
            if (name != key || looks_like_url(content)) continue;
            if (split) {
                for (const std::string& item : split_list(content)) add_unique(out, item);
            } else {
                add_unique(out, content);
            }
        }
    }
}

std::string strip_by(std::string value) {
    for (std::string_view prefix : {"By ", "by ", "BY "}) {
        if (value.starts_with(prefix)) return value.substr(prefix.size());
    }
    return value;
}

std::string language_tag(std::string_view value) {
    std::string tag = clean_value(value);
    for (char& c : tag) {
        if (c == '_') c = '-';
    }
    const std::size_t space = tag.find_first_of(" ,;");
    if (space != std::string::npos) tag.resize(space);
    return tag;
}

}  // namespace

PageMetadata read_meta_tags(const RawMetadata& raw) {
    PageMetadata meta;
    const TitleParts title = split_site_name(clean_value(raw.title));
    for (std::string_view key : {"og:title", "twitter:title", "parsely-title", "dc.title", "headline"}) {
        for (const auto& [name, content] : raw.meta) {
            if (name == key) add_unique(meta.other_headlines, content);
        }
    }
    if (!meta.other_headlines.empty()) {
        meta.headline = std::move(meta.other_headlines.front());
        meta.other_headlines.erase(meta.other_headlines.begin());
    }
    meta.page_title = title.title;
    meta.published = first_date(raw, {"article:published_time", "datepublished", "parsely-pub-date",
                                       "dc.date.issued", "dc.date", "dcterms.created", "date",
                                       "pubdate", "publishdate", "publish-date", "sailthru.date",
                                       "og:published_time"});
    for (const std::string& datetime : raw.time_datetimes) {
        if (!meta.published.empty()) break;
        meta.published = iso_date(datetime);
    }
    meta.updated = first_date(raw, {"article:modified_time", "datemodified", "og:updated_time",
                                    "dcterms.modified", "last-modified"});
    add_all(meta.authors, raw, {"article:author", "author"}, false);
    if (meta.authors.empty()) {
        add_all(meta.authors, raw, {"parsely-author", "dc.creator", "sailthru.author"}, false);
    }
    if (meta.authors.empty()) {
        const std::string byline = strip_by(clean_value(first_of(raw, {"byl"})));
        if (!byline.empty()) meta.authors.push_back(byline);
    }
    meta.publisher = clean_value(first_of(raw, {"og:site_name", "dc.publisher", "application-name"}));
    if (meta.publisher.empty()) meta.publisher = title.site;
    meta.description = clean_value(
        first_of(raw, {"description", "og:description", "twitter:description", "dc.description"}));
    add_all(meta.tags, raw, {"article:tag"}, false);
    if (meta.tags.empty()) {
        add_all(meta.tags, raw, {"keywords", "news_keywords", "parsely-tags", "dc.subject"}, true);
    }
    meta.image = clean_value(first_of(raw, {"og:image", "twitter:image"}));
    meta.language = language_tag(raw.lang);
    if (meta.language.empty()) {
        meta.language = language_tag(first_of(raw, {"content-language", "dc.language", "og:locale"}));
    }
    meta.url = clean_value(first_of(raw, {"og:url"}));
    if (meta.url.empty()) meta.url = clean_value(raw.canonical);
    return meta;
}

}  // namespace artnorm::html
