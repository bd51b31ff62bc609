// Catch2 main of artnorm_oom_tests: routes libxml2's allocations through the
// fault injector before anything can touch libxml2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <libxml/xmlerror.h>

#include "fault_injection.hpp"

namespace {
void ignore_libxml2_message(void*, const char*, ...) {}
}  // namespace

int main(int argc, char* argv[]) {
    artnorm_oom::install_libxml2_hooks();
    // libxml2 reports each injected failure on stderr; that is expected noise.
    xmlSetGenericErrorFunc(nullptr, ignore_libxml2_message);
    return Catch::Session().run(argc, argv);
}
