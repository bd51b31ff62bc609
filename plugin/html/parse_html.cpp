#include "html/parse_html.hpp"

#include <climits>

#include <libxml/parserInternals.h>

#include "html/trimming_sax.hpp"
#include "xml/libxml_ptr.hpp"
#include "xml/error_collector.hpp"
#include "xml/libxml_init.hpp"

namespace artnorm::html {
namespace {

// What htmlCtxtReadMemory(context, page, size, nullptr, "UTF-8", options)
// does in libxml2 2.9, with one copy of the page: htmlCtxtReadMemory
// copies the page into a buffer of its own, which its UTF-8 converter then
// reads into a second one of twice the page's size (peak memory, issue 7).
// The one copy stays: the parser shrinks its input buffer as it reads,
// which garbles the text of a static (immutable) buffer.
xmlDoc* read_utf8_memory(htmlParserCtxt* context, std::string_view page, int options, TrimmingSax& sax) {
    htmlCtxtReset(context);
    xmlParserInputBuffer* buffer = xmlParserInputBufferCreateMem(
        page.data(), static_cast<int>(page.size()), XML_CHAR_ENCODING_NONE);
    if (buffer == nullptr) return nullptr;
    xmlParserInput* stream = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE);
    if (stream == nullptr) {
        xmlFreeParserInputBuffer(buffer);
        return nullptr;
    }
    inputPush(context, stream);
    htmlCtxtUseOptions(context, options);
    context->html = 1;
    // The text is UTF-8 already: the parser reads it as it is. (Switching to
    // libxml2's UTF-8 encoder, as htmlCtxtReadMemory does, converts the
    // whole page into a buffer of twice its size first.)
    context->charset = XML_CHAR_ENCODING_UTF8;
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
    const xml::DocPtr doc{read_utf8_memory(context.get(), utf8_page, kOptions, sax)};
    xmlSetStructuredErrorFunc(previous_context, previous_handler);
    sax.finish(*context);
    return doc != nullptr;
}

}  // namespace artnorm::html
