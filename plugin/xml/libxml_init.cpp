#include "xml/libxml_init.hpp"

#include <libxml/parser.h>

namespace artnorm::xml {

void ensure_libxml_initialized() noexcept {
    // C++ guarantees the initialiser runs exactly once, even when several
    // threads get here at the same time.
    static const bool initialized = [] {
        xmlInitParser();
        return true;
    }();
    (void)initialized;
}

}  // namespace artnorm::xml
