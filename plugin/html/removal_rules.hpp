// Rules "removed-elements", "hidden-elements" and "boilerplate-container":
// which subtrees the DOM walk skips before segmenting.
#pragma once

#include <string_view>

#include <libxml/tree.h>

namespace artnorm::html {

// Rule "removed-elements": script, style, noscript, template, iframe, form,
// button, input, select, textarea, option, svg, canvas, object, embed, nav,
// footer and aside never hold article text (aside: see keep_aside), nor does
// a header outside an article (inside_article false).
bool is_removed_tag(std::string_view tag, bool inside_article);

// Rule "hidden-elements": the hidden attribute, aria-hidden="true", or an
// inline style with display:none / visibility:hidden (spaces ignored).
// Classes that hide an element: rule "hidden-class" (hidden_class.hpp).
bool is_hidden(const xmlNode& element);

// Rule "boilerplate-container": an element whose class/id hints are negative
// only (comment sections, share bars, ads, related teasers, newsletter boxes;
// see class_hints.hpp), unless it is html, body, article or main (pages
// mark their outermost wrappers with anything) or its itemprop marks the
// article body.
bool is_boilerplate_container(const xmlNode& element, std::string_view tag);

// Rule "non-content-class" (see class_hints.hpp): removed like <noscript>.
bool is_non_content_class(const xmlNode& element);

// Rule "furniture-role": an element whose ARIA role is page furniture
// (navigation, banner, contentinfo, complementary, dialog, alertdialog,
// search, menu, menubar) is removed like nav/footer.
bool is_furniture_role(const xmlNode& element);

// A form that is a child of <body> wraps the whole page (ASP.NET style)
// and is kept.
bool is_page_wrapper_form(const xmlNode& element);

// An aside is kept when it "clearly holds the article": its class/id hints
// are positive and not negative; or when it is a pull quote (rules
// "pull-quote" and "quoted-aside", quoted_aside.hpp).
bool keep_aside(const xmlNode& element);

// Rule "pull-quote": an aside whose only content is a quotation (q or
// blockquote elements, white space between them) lifts a line of the
// article out as a pull quote; it is article text, not a sidebar.
bool is_pull_quote(const xmlNode& element);

// Attribute value as a view into the DOM ("" when absent). Only plain
// attribute values (one text child) are seen, which is what the HTML parser
// produces.
std::string_view attribute(const xmlNode& element, const char* name);

}  // namespace artnorm::html
