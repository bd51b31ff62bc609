// Compiles the public header as C++17 under -Wall -Wextra -pedantic -Werror
// (the .cc suffix keeps it out of the artnorm_tests glob of tests/abi/*.cpp).
#include "artnorm.h"
#include "artnorm.hpp"  // the header-only C++ owners compile warning-free too

#include <type_traits>

static_assert(std::is_standard_layout_v<artnorm_api_v1>);
static_assert(ARTNORM_OK == 0);

const artnorm_api_v1* artnorm_header_check_cxx();

const artnorm_api_v1* artnorm_header_check_cxx() {
    return static_cast<const artnorm_api_v1*>(artnorm_get_api(ARTNORM_ABI_VERSION));
}

static_assert(std::is_same_v<artnorm_handles::Normalizer::pointer, artnorm_normalizer*>);
static_assert(std::is_same_v<artnorm_handles::Result::pointer, artnorm_result*>);
