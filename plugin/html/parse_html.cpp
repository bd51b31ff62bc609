#include "html/parse_html.hpp"

#include <climits>

#include "xml/error_collector.hpp"
#include "xml/libxml_init.hpp"

namespace artnorm::html {

xml::DocPtr parse_html(std::string_view utf8_page) {
    xml::ensure_libxml_initialized();
    if (utf8_page.size() > static_cast<std::size_t>(INT_MAX)) return nullptr;
    xml::HtmlParserCtxtPtr context{htmlNewParserCtxt()};
    if (!context) return nullptr;
    xml::ErrorCollector errors;
    // The handler is thread-local state of libxml2: take it over for the
    // parse only and give the caller's back.
    const xmlStructuredErrorFunc previous_handler = xmlStructuredError;
    void* const previous_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(errors.context(), xml::ErrorCollector::handler);
    constexpr int kOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    xml::DocPtr doc{htmlCtxtReadMemory(context.get(), utf8_page.data(),
                                       static_cast<int>(utf8_page.size()), nullptr, "UTF-8",
                                       kOptions)};
    xmlSetStructuredErrorFunc(previous_context, previous_handler);
    return doc;
}

}  // namespace artnorm::html
