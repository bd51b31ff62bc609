// Entry point of the libxslt extension module. libxslt turns the namespace URI
// "https://artnorm.dev/ns/xslt/1" into the file name artnorm_dev_ns_xslt_1.so
// (scheme dropped, "/ . - \" turned into "_") and calls <name>_init with no
// arguments (libxslt 1.1.35), so the URI is repeated here.
#include <libxslt/extensions.h>

#include "functions.hpp"

namespace {

const xmlChar* bytes(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

}  // namespace

extern "C" __attribute__((visibility("default"))) void artnorm_dev_ns_xslt_1_init(void) {
    xsltRegisterExtModuleFunction(bytes("normalize"), bytes(ARTNORM_XSLT_NAMESPACE),
                                  artnorm_xslt::normalize_function);
    xsltRegisterExtModuleFunction(bytes("version"), bytes(ARTNORM_XSLT_NAMESPACE),
                                  artnorm_xslt::version_function);
}
