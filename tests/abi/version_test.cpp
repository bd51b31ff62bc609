#include <catch2/catch.hpp>
#include <string>

#include "artnorm.h"

TEST_CASE("runtime versions match the header macros", "[abi]") {
    CHECK(artnorm_version_number() == ARTNORM_VERSION_NUMBER);
    CHECK(std::string(artnorm_version_string()) == ARTNORM_VERSION_STRING);
    CHECK(artnorm_abi_version() == ARTNORM_ABI_VERSION);
    CHECK(ARTNORM_ABI_VERSION == 1);
    CHECK(ARTNORM_VERSION_NUMBER == ARTNORM_VERSION_MAJOR * 10000 +
                                        ARTNORM_VERSION_MINOR * 100 + ARTNORM_VERSION_PATCH);
    CHECK(std::string(ARTNORM_VERSION_STRING) ==
          std::to_string(ARTNORM_VERSION_MAJOR) + "." + std::to_string(ARTNORM_VERSION_MINOR) +
              "." + std::to_string(ARTNORM_VERSION_PATCH));
}
