// artnorm_get_api: the table a dynamic host gets through one symbol.
#include <catch2/catch.hpp>
#include <climits>
#include <string>

#include "abi_test_support.hpp"

using namespace artnorm_abi_test;

TEST_CASE("version 1 of the function table is complete", "[abi]") {
    const auto* api = static_cast<const artnorm_api_v1*>(artnorm_get_api(1));
    REQUIRE(api != nullptr);
    CHECK(api->abi_version == 1);
    CHECK(api->struct_size == sizeof(artnorm_api_v1));
    CHECK(api == artnorm_get_api(ARTNORM_ABI_VERSION));  // static: same table every time
    // Each slot is the exported function itself.
    CHECK(api->version_number == &artnorm_version_number);
    CHECK(api->version_string == &artnorm_version_string);
    CHECK(api->status_name == &artnorm_status_name);
    CHECK(api->normalizer_new == &artnorm_normalizer_new);
    CHECK(api->normalizer_free == &artnorm_normalizer_free);
    CHECK(api->normalizer_set_int == &artnorm_normalizer_set_int);
    CHECK(api->normalizer_set_string == &artnorm_normalizer_set_string);
    CHECK(api->normalizer_configure == &artnorm_normalizer_configure);
    CHECK(api->normalizer_last_error == &artnorm_normalizer_last_error);
    CHECK(api->normalize == &artnorm_normalize);
    CHECK(api->result_status == &artnorm_result_status);
    CHECK(api->result_message == &artnorm_result_message);
    CHECK(api->result_xml == &artnorm_result_xml);
    CHECK(api->result_free == &artnorm_result_free);
    CHECK(api->option_bounds == &artnorm_option_bounds);
}

TEST_CASE("unsupported table versions give NULL", "[abi]") {
    CHECK(artnorm_get_api(0) == nullptr);
    CHECK(artnorm_get_api(2) == nullptr);
    CHECK(artnorm_get_api(UINT_MAX) == nullptr);
}

TEST_CASE("the seed normalizes through the function table", "[abi]") {
    const auto* api = static_cast<const artnorm_api_v1*>(artnorm_get_api(1));
    REQUIRE(api != nullptr);
    CHECK(std::string(api->version_string()) == ARTNORM_VERSION_STRING);
    artnorm_normalizer* normalizer = nullptr;
    REQUIRE(api->normalizer_new(&normalizer) == ARTNORM_OK);
    REQUIRE(api->normalizer_configure(normalizer, "pretty=1", 8) == ARTNORM_OK);
    const std::string& seed = seed_input();
    artnorm_result* result = nullptr;
    CHECK(api->normalize(normalizer, seed.data(), seed.size(), &result) == ARTNORM_OK);
    REQUIRE(result != nullptr);
    CHECK(api->result_status(result) == ARTNORM_OK);
    size_t length = 0;
    const char* xml = api->result_xml(result, &length);
    REQUIRE(xml != nullptr);
    CHECK(std::string(xml, length).rfind("<?xml", 0) == 0);
    api->result_free(result);
    api->normalizer_free(normalizer);
}
