// What the streaming HTML parse (parse_html.hpp) reports, in document
// order, while libxml2 reads the page: no whole tree is ever built.
#pragma once

#include <string_view>

#include <libxml/tree.h>

namespace artnorm::html {

class NodeStream {
public:
    virtual ~NodeStream() = default;

    // An element began: its name, attributes and parent are set, its
    // children do not exist yet. Returning true asks for look-ahead: the
    // element comes back whole (subtree included) in closed(), and nothing
    // inside it is reported before that.
    virtual bool opened(const xmlNode& element) = 0;

    // The element ended. Its children are freed once this returns.
    virtual void closed(const xmlNode& element) = 0;

    // Text (or CDATA) of the innermost open element. One text node of the
    // tree may come as several chunks, split anywhere.
    virtual void text(std::string_view chunk) = 0;
};

}  // namespace artnorm::html
