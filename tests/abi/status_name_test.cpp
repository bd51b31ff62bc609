#include <catch2/catch.hpp>
#include <string>
#include <utility>

#include "artnorm.h"

TEST_CASE("every status code has its own name", "[abi]") {
    const std::pair<int, const char*> expected[] = {
        {ARTNORM_OK, "ARTNORM_OK"},
        {ARTNORM_ERROR_NULL_ARGUMENT, "ARTNORM_ERROR_NULL_ARGUMENT"},
        {ARTNORM_ERROR_INVALID_OPTION, "ARTNORM_ERROR_INVALID_OPTION"},
        {ARTNORM_ERROR_INVALID_INPUT, "ARTNORM_ERROR_INVALID_INPUT"},
        {ARTNORM_ERROR_EMPTY_INPUT, "ARTNORM_ERROR_EMPTY_INPUT"},
        {ARTNORM_ERROR_INPUT_TOO_LARGE, "ARTNORM_ERROR_INPUT_TOO_LARGE"},
        {ARTNORM_ERROR_UNSUPPORTED, "ARTNORM_ERROR_UNSUPPORTED"},
        {ARTNORM_ERROR_OUT_OF_MEMORY, "ARTNORM_ERROR_OUT_OF_MEMORY"},
        {ARTNORM_ERROR_INTERNAL, "ARTNORM_ERROR_INTERNAL"},
        {ARTNORM_ERROR_NO_ARTICLE, "ARTNORM_ERROR_NO_ARTICLE"},
    };
    for (const auto& [code, name] : expected) {
        INFO("status " << code);
        CHECK(std::string(artnorm_status_name(code)) == name);
    }
}

TEST_CASE("unknown status codes get the unknown name, never NULL", "[abi]") {
    for (int code : {-1, 10, 11, 255, 1 << 30}) {
        INFO("status " << code);
        const char* name = artnorm_status_name(code);
        REQUIRE(name != nullptr);
        CHECK(std::string(name) == "ARTNORM_UNKNOWN_STATUS");
    }
}
