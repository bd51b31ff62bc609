// artnorm:normalize(text [, options]): runs libartnorm on a string and hands
// the resulting article document to the stylesheet as a node-set.
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxslt/documents.h>
#include <libxslt/extensions.h>
#include <libxslt/xsltutils.h>

#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "artnorm.hpp"
#include "xml/libxml_ptr.hpp"
#include "functions.hpp"

namespace artnorm_xslt {
namespace {

using artnorm::xml::CharPtr;
using artnorm::xml::DocPtr;
using artnorm::xml::ParserCtxtPtr;
using artnorm_handles::Normalizer;
using artnorm_handles::Result;

// URL given to the parsed documents (shows in messages and base-uri()).
constexpr const char* kDocumentUrl = "artnorm:normalize";

// The XML comes from our own library: no network, no entity expansion needed.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOWARNING;

// Pops the top of the XPath stack as a string (node-sets give their string
// value, as with any XPath string argument).
std::string pop_string(xmlXPathParserContextPtr context) {
    const CharPtr text(xmlXPathPopString(context));
    if (text == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(text.get()));
}

void report(std::string_view what, std::string_view detail) {
    xsltGenericError(xsltGenericErrorContext, "artnorm:normalize(): %.*s: %.*s\n",
                     static_cast<int>(what.size()), what.data(),
                     static_cast<int>(detail.size()), detail.data());
}

// The normalized XML of text, or nothing (after a report) on failure.
Result run_artnorm(const std::string& text, const std::string& options) {
    artnorm_normalizer* raw_normalizer = nullptr;
    artnorm_status status = artnorm_normalizer_new(&raw_normalizer);
    const Normalizer normalizer(raw_normalizer);
    if (status != ARTNORM_OK) {
        report(artnorm_status_name(status), "cannot create a normalizer");
        return nullptr;
    }
    status = artnorm_normalizer_configure(normalizer.get(), options.data(), options.size());
    if (status != ARTNORM_OK) {
        report(artnorm_status_name(status), artnorm_normalizer_last_error(normalizer.get()));
        return nullptr;
    }
    artnorm_result* raw_result = nullptr;
    status = artnorm_normalize(normalizer.get(), text.data(), text.size(), &raw_result);
    Result result(raw_result);
    if (status != ARTNORM_OK) {
        report(artnorm_status_name(status),
               result != nullptr ? artnorm_result_message(result.get()) : "");
        return nullptr;
    }
    return result;
}

// Parses the XML with the transform's dictionary, as libxslt does for
// document(), so names in the new tree are interned where the stylesheet's are.
DocPtr parse(const artnorm_result& result, xmlDictPtr dictionary) {
    size_t length = 0;
    const char* xml = artnorm_result_xml(&result, &length);
    // libxml2 takes an int size; larger documents are reported as not parsed.
    if (xml == nullptr || length > static_cast<size_t>(std::numeric_limits<int>::max()))
        return nullptr;
    const ParserCtxtPtr parser(xmlNewParserCtxt());
    if (parser == nullptr) return nullptr;
    if (dictionary != nullptr) {
        xmlDictFree(parser->dict);
        parser->dict = dictionary;
        xmlDictReference(dictionary);
    }
    return DocPtr(xmlCtxtReadMemory(parser.get(), xml, static_cast<int>(length), kDocumentUrl,
                                 "UTF-8", kParseOptions));
}

void push_empty_node_set(xmlXPathParserContextPtr context) {
    valuePush(context, xmlXPathNewNodeSet(nullptr));
}

}  // namespace

void normalize_function(xmlXPathParserContextPtr context, int argument_count) {
    if (argument_count < 1 || argument_count > 2) {
        xmlXPathSetArityError(context);
        return;
    }
    // Arguments come off the stack last first.
    const std::string options = argument_count == 2 ? pop_string(context) : std::string();
    const std::string text = pop_string(context);
    if (context->error != XPATH_EXPRESSION_OK) return;

    const xsltTransformContextPtr transform = xsltXPathGetTransformContext(context);
    if (transform == nullptr) {
        report("ARTNORM_ERROR_UNSUPPORTED", "called outside an XSLT transformation");
        push_empty_node_set(context);
        return;
    }
    const Result result = run_artnorm(text, options);
    if (result == nullptr) {
        push_empty_node_set(context);
        return;
    }
    DocPtr doc = parse(*result, transform->dict);
    if (doc == nullptr) {
        report("ARTNORM_ERROR_INTERNAL", "the XML from the library could not be parsed");
        push_empty_node_set(context);
        return;
    }
    // From here the transform context owns the document and frees it when
    // the transformation ends, like any document loaded with document().
    if (xsltNewDocument(transform, doc.get()) == nullptr) {
        report("ARTNORM_ERROR_OUT_OF_MEMORY", "cannot register the document");
        push_empty_node_set(context);
        return;
    }
    valuePush(context, xmlXPathNewNodeSet(reinterpret_cast<xmlNodePtr>(doc.release())));
}

}  // namespace artnorm_xslt
