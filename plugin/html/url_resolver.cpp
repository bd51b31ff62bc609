#include "html/url_resolver.hpp"

#include "html/clean_value.hpp"
#include "xml/libxml_ptr.hpp"
#include "xml/libxml_text.hpp"

namespace artnorm::html {
namespace {

std::string build(std::string_view reference, const std::string& base) {
    const std::string ref(reference);
    if (base.empty()) return ref;
    xml::CharPtr built{xmlBuildURI(xml::to_xml(ref), xml::to_xml(base))};
    if (!built) return ref;
    return xml::take_string(std::move(built));
}

bool is_absolute(std::string_view url) {
    return url.starts_with("http://") || url.starts_with("https://");
}

}  // namespace

UrlResolver::UrlResolver(std::string_view base_href, std::string_view option_base,
                         std::string_view page_url) {
    std::string outer = clean_value(option_base);
    if (outer.empty()) outer = clean_value(page_url);
    const std::string href = clean_value(base_href);
    base_ = href.empty() ? outer : build(href, outer);
    if (!is_absolute(base_) && !base_.starts_with("//")) base_ = is_absolute(outer) ? outer : std::string{};
}

std::string UrlResolver::resolve(std::string_view reference) const {
    const std::string ref = clean_value(reference);
    if (ref.empty() || ref.starts_with('#') || ref.starts_with("javascript:") ||
        ref.starts_with("data:")) {
        return {};
    }
    return build(ref, base_);
}

}  // namespace artnorm::html
