// SAX callbacks of the streaming HTML parse (parse_html.hpp): libxml2's own
// tree builders (xmlSAX2StartElement, xmlSAX2Characters...) make each node,
// the node is reported to a NodeStream, and what is done is freed at once.
//
// Why the builders still run: libxml2's HTML parser reads the tree it is
// building. Whether white space between tags is text or dropped as
// ignorable depends on the last child of the open element (areBlanks() in
// HTMLparser.c: "<td>a<img>  <b>c</b>" loses the spaces after <img>), and
// the builders decide how names and attributes are stored. A tree-less SAX
// handler would see a different page; this one sees exactly what the tree
// held, in the same order.
//
// What stays alive: the chain of open elements, the last child of each (the
// parser reads it), and a subtree the stream asked to get whole (look-ahead,
// node_stream.hpp). Every other node is freed once reported, so memory
// follows the depth of the page, not its size (peak memory, issue 7).
// Comments are never built: the walk ignores them and the white space rule
// skips them.
#pragma once

#include <exception>
#include <vector>

#include <libxml/HTMLparser.h>

#include "html/node_stream.hpp"

namespace artnorm::html {

class TrimmingSax {
public:
    explicit TrimmingSax(NodeStream& stream) : stream_(stream) {}
    TrimmingSax(const TrimmingSax&) = delete;
    TrimmingSax& operator=(const TrimmingSax&) = delete;

    // Points the context's SAX handler at these callbacks (the rest stay
    // libxml2's HTML defaults) and its _private at this object, which must
    // outlive the parse.
    void install(htmlParserCtxt& context);

    // Once the parse is over: rethrows what the stream threw inside a
    // callback (an exception cannot cross libxml2's C frames: the callback
    // stopped the parser instead), else reports the ends still due.
    void finish(htmlParserCtxt& context);

private:
    struct OpenElement {
        xmlNode* element;
        int depth;   // the builder's stack depth with it on top (nodeTab[depth - 1])
        bool whole;  // the stream asked for it whole (look-ahead)
    };

    static void start_element(void* context, const xmlChar* name, const xmlChar** attributes);
    static void end_element(void* context, const xmlChar* name);
    static void characters(void* context, const xmlChar* text, int length);
    static void cdata_block(void* context, const xmlChar* text, int length);
    // Both text events: libxml2's builder, then the report of what it kept.
    using TextBuilder = void (*)(void* context, const xmlChar* text, int length);
    static void built_text(void* context, const xmlChar* text, int length, TextBuilder build);

    template <class Report>
    void guarded(htmlParserCtxt& context, Report report);
    void catch_up(const htmlParserCtxt& context);
    void opened(htmlParserCtxt& context, xmlNode& element);
    void close_innermost();
    void report_root_close();
    void report_text(htmlParserCtxt& context, const xmlChar* text, int length);
    bool inside_whole() const { return !open_.empty() && open_.back().whole; }

    NodeStream& stream_;
    std::vector<OpenElement> open_;  // reported open, end not reported yet; innermost last
    // A root element (a child of the document) that ended. Its end is
    // reported only when no later element can land inside it: the builder
    // puts an element that starts after the root ended ("</html> <p>x")
    // inside the document's first child when that is an element, so the
    // tree held it inside the ended root.
    const xmlNode* unclosed_root_ = nullptr;
    std::exception_ptr failure_;
};

}  // namespace artnorm::html
