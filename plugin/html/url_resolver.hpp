// Rule "url-resolution": relative hrefs and srcs -> absolute URLs.
#pragma once

#include <string>
#include <string_view>

namespace artnorm::html {

class UrlResolver {
public:
    // The base is <base href> resolved against the caller's base URL
    // (Options::base_url); without either, the page's own URL (og:url or
    // canonical); without any, references stay as written.
    UrlResolver(std::string_view base_href, std::string_view option_base, std::string_view page_url);

    // reference made absolute with libxml2's xmlBuildURI (RFC 3986); the
    // reference as written when it cannot be resolved. javascript: and
    // fragment-only links give "".
    std::string resolve(std::string_view reference) const;

    const std::string& base() const { return base_; }

private:
    std::string base_;
};

}  // namespace artnorm::html
