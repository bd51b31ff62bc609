// libFuzzer target: see check_text_case in fuzz_cases.hpp for what it feeds
// and which invariants it checks. A broken invariant aborts with its reason.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz_cases.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const std::string broken = artnorm_fuzz::check_text_case(
        std::string_view(reinterpret_cast<const char*>(data), size));
    if (!broken.empty()) {
        std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}
