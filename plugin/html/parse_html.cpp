#include "html/parse_html.hpp"

#include <algorithm>
#include <climits>
#include <cstring>

#include <libxml/parserInternals.h>

#include "html/trimming_sax.hpp"
#include "xml/libxml_ptr.hpp"
#include "xml/error_collector.hpp"
#include "xml/libxml_init.hpp"

namespace artnorm::html {
namespace {

// The rest of the page, handed to libxml2 a few KB at a time.
struct PageReader {
    std::string_view rest;
};

int read_page(void* context, char* buffer, int length) {
    PageReader& reader = *static_cast<PageReader*>(context);
    const std::size_t count = std::min(reader.rest.size(), static_cast<std::size_t>(length));
    std::memcpy(buffer, reader.rest.data(), count);
    reader.rest.remove_prefix(count);
    return static_cast<int>(count);
}

// What htmlCtxtReadMemory(context, page, size, nullptr, "UTF-8", options)
// does in libxml2 2.9, without a copy of the page: htmlCtxtReadMemory
// copies the page into a buffer of its own, which its UTF-8 converter then
// reads into a second one of twice the page's size (peak memory, issue 7).
// Here the parser pulls the caller's bytes through a read callback into a
// window it shrinks as it goes (a static buffer over the page would be
// garbled by that shrinking), and reads them as UTF-8 without converting.
// reader must outlive the context (its input buffer points to it).
xmlDoc* read_utf8_memory(htmlParserCtxt* context, PageReader& reader, int options, TrimmingSax& sax) {
    htmlCtxtReset(context);
    xmlParserInputBuffer* buffer =
        xmlParserInputBufferCreateIO(&read_page, nullptr, &reader, XML_CHAR_ENCODING_NONE);
    if (buffer == nullptr) return nullptr;
    xmlParserInput* stream = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE);
    if (stream == nullptr) {
        xmlFreeParserInputBuffer(buffer);
        return nullptr;
    }
    inputPush(context, stream);
    htmlCtxtUseOptions(context, options);
    context->html = 1;
    context->charset = XML_CHAR_ENCODING_UTF8;  // no converter: the text is UTF-8 already
    sax.install(*context);
    htmlParseDocument(context);
    xmlDoc* doc = context->myDoc;
    context->myDoc = nullptr;
    return doc;
}

}  // namespace

bool parse_html(std::string_view utf8_page, NodeStream& stream) {
    xml::ensure_libxml_initialized();
    if (utf8_page.size() > static_cast<std::size_t>(INT_MAX)) return false;
    PageReader reader{utf8_page};
    xml::HtmlParserCtxtPtr context{htmlNewParserCtxt()};
    if (!context) return false;
    TrimmingSax sax(stream);
    xml::ErrorCollector errors;
    // The handler is thread-local state of libxml2: take it over for the
    // parse only and give the caller's back.
    const xmlStructuredErrorFunc previous_handler = xmlStructuredError;
    void* const previous_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(errors.context(), xml::ErrorCollector::handler);
    constexpr int kOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    // What is left of the tree: the document node and its emptied root.
    const xml::DocPtr doc{read_utf8_memory(context.get(), reader, kOptions, sax)};
    xmlSetStructuredErrorFunc(previous_context, previous_handler);
    sax.finish(*context);
    return doc != nullptr;
}

}  // namespace artnorm::html
