// artnorm:version(): the version of the libartnorm the module runs against.
#include <libxml/xpath.h>

#include "artnorm.h"
#include "functions.hpp"

namespace artnorm_xslt {

void version_function(xmlXPathParserContextPtr context, int argument_count) {
    if (argument_count != 0) {
        xmlXPathSetArityError(context);
        return;
    }
    valuePush(context, xmlXPathNewCString(artnorm_version_string()));
}

}  // namespace artnorm_xslt
