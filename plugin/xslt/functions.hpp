// XPath extension functions of the artnorm libxslt module. Each follows the
// libxml2 calling convention: arguments are popped from the XPath stack, the
// result is pushed onto it.
#pragma once

#include <libxml/xpathInternals.h>

namespace artnorm_xslt {

// artnorm:normalize(text [, options]) -> node-set holding the document node of
// the artnorm XML for text (options in artnorm_normalizer_configure syntax,
// e.g. "from=html, language=de"). A failure is soft: an empty node-set, and a
// message on libxslt's generic error channel; the transform goes on.
void normalize_function(xmlXPathParserContextPtr context, int argument_count);

// artnorm:version() -> the version string of the loaded libartnorm ("0.1.0").
void version_function(xmlXPathParserContextPtr context, int argument_count);

}  // namespace artnorm_xslt
