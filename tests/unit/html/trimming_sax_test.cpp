#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "html/parse_html.hpp"
#include "xml/libxml_ptr.hpp"
#include "xml/libxml_text.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {

// Events as one line each; adjacent text merged (chunks split anywhere).
class Recorder : public NodeStream {
public:
    std::vector<std::string> events;

    bool opened(const xmlNode& element) override {
        std::string line = "<" + std::string(xml::to_view(element.name));
        for (const xmlAttr* a = element.properties; a != nullptr; a = a->next) {
            line += " " + std::string(xml::to_view(a->name));
            if (a->children != nullptr) line += "=" + std::string(xml::to_view(a->children->content));
        }
        events.push_back(line + ">");
        return false;
    }
    void closed(const xmlNode& element) override { events.push_back("</" + std::string(xml::to_view(element.name)) + ">"); }
    void text(std::string_view chunk) override {
        if (events.empty() || events.back().front() != '"') events.emplace_back("\"");
        events.back() += chunk;
    }
};

// The same events read from the whole tree libxml2 builds with the same
// options (the tree the walk used to read).
void record_tree(const xmlNode* node, Recorder& out) {
    for (; node != nullptr; node = node->next) {
        if (node->type == XML_ELEMENT_NODE) {
            out.opened(*node);
            record_tree(node->children, out);
            out.closed(*node);
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            out.text(xml::to_view(node->content));
        }
    }
}

std::vector<std::string> tree_events(const std::string& page) {
    constexpr int kOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                             HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    const xml::DocPtr doc{htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8", kOptions)};
    Recorder out;
    if (doc) record_tree(doc->children, out);
    return out.events;
}

std::vector<std::string> stream_events(const std::string& page) {
    Recorder out;
    CHECK(parse_html(page, out));
    return out.events;
}

std::size_t count_nodes(const xmlNode* node) {
    std::size_t n = 0;
    for (; node != nullptr; node = node->next) n += 1 + count_nodes(node->children);
    return n;
}

}  // namespace

TEST_CASE("html-parse: the stream holds what the whole tree held, in order", "[html]") {
    for (const std::string page : {
             // White space the parser drops or keeps by looking at the last child.
             std::string("<html><body><p>foo<img src=a.jpg>  <a href=x>bar</a> baz</p><div>t<span>s</span>  "
                         "<div>d</div> <i>e</i></div><p>x<!-- c -->  <b>y</b></p></body></html>"),
             std::string("<table> <tr> <td> a </td> <td><b>b</b> <i>c</i></td> </tr></table>"),
             // Names with a prefix, boolean and empty attributes, entities.
             std::string("<p>Word<o:p></o:p> <fb:like href=x>liked</fb:like></p><input checked><div class hidden "
                         "xml:lang=fr>a &amp; b &unknown; &#x41;</div>"),
             // Broken structure: misplaced html/body/head, text after the end
             // (inside the ended root; after a doctype, a root of its own).
             std::string("<body class=a><p>one<body class=b><p>two</body><head><title>late</title></head>"
                         "<p>three</html> after <html lang=xx>second"),
             std::string("<!DOCTYPE html><html><body><p>one</p></body></html><p>two</p></html><b>three"),
             std::string("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body>  <p>x</p>  <b>y</b>  "
                         "z<?pi x?>  <b>w</b></body></html>"),
             std::string("<p>x<![CDATA[ y ]]>z</p><script>if (a<b) {}</script><style>p{}</style><pre>\n a\n</pre>"),
             // Longer than the parser's read window: UTF-8 characters and tags
             // across its edges.
             [] {
                 std::string page = "<html><body>";
                 for (int i = 0; i < 3000; ++i) page += "<p>\u0436\u65E5 <b>x</b> \u00E9</p>\n ";
                 return page + "</body></html>";
             }(),
             // A start tag cut off by the end of the page: popped without an end event.
             std::string("<div><p>one <b>two</b><u class=\"x"),
         }) {
        INFO(page);
        CHECK(stream_events(page) == tree_events(page));
    }
}

TEST_CASE("html-parse: done nodes are freed, so the tree stays small", "[html]") {
    std::string page = "<html><body><article>";
    for (int i = 0; i < 2000; ++i) page += "<p>Paragraph <b>" + std::to_string(i) + "</b> of the page.</p>\n";
    page += "</article></body></html>";

    struct Counter : NodeStream {
        std::size_t most = 0, texts = 0;
        const xmlDoc* doc = nullptr;
        bool opened(const xmlNode& element) override {
            doc = element.doc;
            return false;
        }
        void closed(const xmlNode&) override {}
        void text(std::string_view) override {
            ++texts;
            most = std::max(most, count_nodes(doc->children));
        }
    } counter;
    REQUIRE(parse_html(page, counter));
    CHECK(counter.texts > 4000);
    // The whole tree has over 10000 nodes; the open chain and the last child
    // of each open element stay (DTD, html, body, article, p, b, texts).
    CHECK(counter.most <= 12);
}

TEST_CASE("html-parse: look-ahead gets the element whole, the rest is freed after", "[html]") {
    struct Asides : NodeStream {
        std::vector<std::string> seen;
        std::size_t aside_children = 0;
        std::size_t alive_at_p = 0;
        bool opened(const xmlNode& element) override {
            const std::string_view name = xml::to_view(element.name);
            seen.emplace_back(name);
            if (name == "p") alive_at_p = count_nodes(element.doc->children);
            return name == "aside" || name == "script";
        }
        void closed(const xmlNode& element) override {
            if (xml::to_view(element.name) == "aside") aside_children = count_nodes(element.children);
        }
        void text(std::string_view chunk) override { seen.emplace_back(chunk); }
    } stream;
    REQUIRE(parse_html("<body><aside><p>a <b>b</b></p><p>c</p></aside><script>var x = 1;</script><p>d</p></body>",
                       stream));
    CHECK(stream.aside_children == 6);  // p, "a ", b, "b", p, "c"
    CHECK(stream.seen == std::vector<std::string>{"html", "body", "aside", "script", "p", "d"});
    CHECK(stream.alive_at_p == 3);  // html, body, p: the aside and the script text are gone
}

TEST_CASE("html-parse: an exception of the stream stops the parse and comes out", "[html]") {
    struct Thrower : NodeStream {
        int texts = 0;
        bool opened(const xmlNode&) override { return false; }
        void closed(const xmlNode&) override {}
        void text(std::string_view) override {
            if (++texts == 2) throw std::runtime_error("stop");
        }
    } stream;
    CHECK_THROWS_AS(parse_html("<p>one</p><p>two</p><p>three</p><p>four</p>", stream), std::runtime_error);
    CHECK(stream.texts == 2);
}
