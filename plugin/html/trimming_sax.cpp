#include "html/trimming_sax.hpp"

#include <string_view>

#include <libxml/SAX2.h>

#include "xml/libxml_ptr.hpp"

namespace artnorm::html {
namespace {

TrimmingSax& self_of(htmlParserCtxt& context) { return *static_cast<TrimmingSax*>(context._private); }

// Frees the children of an open element that are done: all but the last,
// which the parser's white space rule still reads.
void free_done_children(xmlNode& element) {
    if (element.type != XML_ELEMENT_NODE) return;  // the document: its DTD is pointed to
    while (element.children != nullptr && element.children != element.last) {
        const xml::NodePtr done{element.children};
        xmlUnlinkNode(done.get());
    }
}

// Frees the subtree of an element that ended; the element itself stays as
// its parent's last child until a sibling follows it.
void free_children(xmlNode& element) {
    while (element.children != nullptr) {
        const xml::NodePtr child{element.children};
        xmlUnlinkNode(child.get());
    }
}

}  // namespace

void TrimmingSax::install(htmlParserCtxt& context) {
    htmlSAXHandler& sax = *context.sax;
    sax.startElement = &TrimmingSax::start_element;
    sax.endElement = &TrimmingSax::end_element;
    sax.characters = &TrimmingSax::characters;
    sax.cdataBlock = &TrimmingSax::cdata_block;
    sax.comment = nullptr;
    context._private = this;
}

// Runs report, which may call the stream; what it throws is kept for
// finish() and stops the parser. After a failure nothing is reported.
template <class Report>
void TrimmingSax::guarded(htmlParserCtxt& context, Report report) {
    if (failure_) return;
    try {
        report();
    } catch (...) {
        failure_ = std::current_exception();
        xmlStopParser(&context);
    }
}

// The parser sometimes pops an element without an end event (a start tag
// cut off by the end of the page: "Couldn't find end of Start Tag"); the
// tree still held it, closed where it stopped. Its end is reported here, at
// the next event.
void TrimmingSax::catch_up(const htmlParserCtxt& context) {
    while (!open_.empty()) {
        const OpenElement& top = open_.back();
        if (context.nodeNr >= top.depth && context.nodeTab[top.depth - 1] == top.element) return;
        close_innermost();
    }
}

void TrimmingSax::opened(htmlParserCtxt& context, xmlNode& element) {
    const bool root = element.parent != nullptr && element.parent->type != XML_ELEMENT_NODE;
    if (root && unclosed_root_ != nullptr) report_root_close();
    if (!root && element.parent != nullptr) free_done_children(*element.parent);
    open_.push_back(OpenElement{&element, context.nodeNr, false});
    open_.back().whole = stream_.opened(element);
}

void TrimmingSax::close_innermost() {
    xmlNode& element = *open_.back().element;
    open_.pop_back();
    if (element.parent != nullptr && element.parent->type != XML_ELEMENT_NODE) {
        if (unclosed_root_ != nullptr) report_root_close();
        unclosed_root_ = &element;
    } else {
        stream_.closed(element);
    }
    free_children(element);
}

void TrimmingSax::report_root_close() {
    const xmlNode* const root = unclosed_root_;
    unclosed_root_ = nullptr;
    stream_.closed(*root);
}

void TrimmingSax::start_element(void* context, const xmlChar* name, const xmlChar** attributes) {
    htmlParserCtxt& ctxt = *static_cast<htmlParserCtxt*>(context);
    TrimmingSax& self = self_of(ctxt);
    self.guarded(ctxt, [&] { self.catch_up(ctxt); });
    const xmlNode* const parent = ctxt.node;
    xmlSAX2StartElement(context, name, attributes);
    xmlNode* const element = ctxt.node;
    if (element == nullptr || element == parent || self.inside_whole()) return;  // not built, or look-ahead
    self.guarded(ctxt, [&] { self.opened(ctxt, *element); });
}

void TrimmingSax::end_element(void* context, const xmlChar* name) {
    htmlParserCtxt& ctxt = *static_cast<htmlParserCtxt*>(context);
    TrimmingSax& self = self_of(ctxt);
    self.guarded(ctxt, [&] {
        self.catch_up(ctxt);
        if (!self.open_.empty() && self.open_.back().element == ctxt.node) self.close_innermost();
    });
    xmlSAX2EndElement(context, name);  // pops ctxt.node
}

void TrimmingSax::built_text(void* context, const xmlChar* text, int length, TextBuilder build) {
    htmlParserCtxt& ctxt = *static_cast<htmlParserCtxt*>(context);
    const bool stopped_before = ctxt.disableSAX != 0;
    build(context, text, length);
    // A builder that refuses text (a text node past libxml2's size limit)
    // stops the parser: the tree never held it, so neither does the stream.
    if (!stopped_before && ctxt.disableSAX != 0) return;
    self_of(ctxt).report_text(ctxt, text, length);
}

void TrimmingSax::characters(void* context, const xmlChar* text, int length) {
    built_text(context, text, length, xmlSAX2Characters);
}

void TrimmingSax::cdata_block(void* context, const xmlChar* text, int length) {
    built_text(context, text, length, xmlSAX2CDataBlock);
}

void TrimmingSax::report_text(htmlParserCtxt& context, const xmlChar* text, int length) {
    guarded(context, [&] {
        catch_up(context);
        // Text outside any element is not kept by the builder either.
        if (context.node == nullptr || inside_whole() || length <= 0) return;
        free_done_children(*context.node);
        stream_.text(std::string_view(reinterpret_cast<const char*>(text), static_cast<std::size_t>(length)));
    });
}

void TrimmingSax::finish(htmlParserCtxt& context) {
    if (failure_) std::rethrow_exception(failure_);
    catch_up(context);
    while (!open_.empty()) close_innermost();
    if (unclosed_root_ != nullptr) report_root_close();
}

}  // namespace artnorm::html
