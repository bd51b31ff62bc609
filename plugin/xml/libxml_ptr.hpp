// RAII owners for libxml2 objects: std::unique_ptr with a deleter that calls
// the matching libxml2 free function. Use these instead of raw pointers so
// that every early return and every exception releases what libxml2 handed
// out.
//
//   artnorm::xml::DocPtr doc{xmlReadMemory(...)};
//   if (!doc) { ...parse failed... }
//   xmlDocGetRootElement(doc.get());
//
// Each alias names the libxml2 type it owns and the function that frees it.
// Objects whose ownership libxml2 takes over (e.g. an xmlOutputBuffer given
// to xmlNewTextWriter) must be release()d from their owner at that moment.
#pragma once

#include <memory>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>

namespace artnorm::xml {

// Deleter calling FreeFunction(p) for a non-null p. The return value of free
// functions that report one (xmlOutputBufferClose) is ignored: call them
// yourself, after release(), when you need it.
template <auto FreeFunction>
struct LibxmlDeleter {
    template <class T>
    void operator()(T* pointer) const noexcept {
        if (pointer != nullptr) {
            FreeFunction(pointer);
        }
    }
};

template <class T, auto FreeFunction>
using LibxmlPtr = std::unique_ptr<T, LibxmlDeleter<FreeFunction>>;

// Trees and parsing.
using DocPtr = LibxmlPtr<xmlDoc, xmlFreeDoc>;                 // XML and HTML documents
using NodePtr = LibxmlPtr<xmlNode, xmlFreeNode>;              // an unlinked node (and its subtree)
using ParserCtxtPtr = LibxmlPtr<xmlParserCtxt, xmlFreeParserCtxt>;
using HtmlParserCtxtPtr = LibxmlPtr<htmlParserCtxt, htmlFreeParserCtxt>;
using TextReaderPtr = LibxmlPtr<xmlTextReader, xmlFreeTextReader>;
using UriPtr = LibxmlPtr<xmlURI, xmlFreeURI>;

// Output.
using TextWriterPtr = LibxmlPtr<xmlTextWriter, xmlFreeTextWriter>;  // also closes its output
using BufferPtr = LibxmlPtr<xmlBuffer, xmlBufferFree>;
using OutputBufferPtr = LibxmlPtr<xmlOutputBuffer, xmlOutputBufferClose>;

// RELAX NG: parser context -> compiled schema -> validation context.
using RelaxNGParserCtxtPtr = LibxmlPtr<xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt>;
using RelaxNGPtr = LibxmlPtr<xmlRelaxNG, xmlRelaxNGFree>;
using RelaxNGValidCtxtPtr = LibxmlPtr<xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt>;

// XPath.
using XPathContextPtr = LibxmlPtr<xmlXPathContext, xmlXPathFreeContext>;
using XPathObjectPtr = LibxmlPtr<xmlXPathObject, xmlXPathFreeObject>;

// Strings libxml2 allocates for the caller (xmlNodeGetContent, xmlGetProp,
// xmlXPathCastToString, xmlBuildURI...). xmlFree is a function pointer
// variable, not a function, so it cannot be a template argument.
struct XmlCharDeleter {
    void operator()(xmlChar* text) const noexcept {
        if (text != nullptr) {
            xmlFree(text);
        }
    }
};
using CharPtr = std::unique_ptr<xmlChar, XmlCharDeleter>;

}  // namespace artnorm::xml
