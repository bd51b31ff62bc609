// Every function of artnorm.h against NULL pointers: a status, never a crash.
#include <catch2/catch.hpp>
#include <string>

#include "abi_test_support.hpp"

using namespace artnorm_abi_test;

TEST_CASE("normalizer functions reject NULL handles", "[abi]") {
    CHECK(artnorm_normalizer_new(nullptr) == ARTNORM_ERROR_NULL_ARGUMENT);
    artnorm_normalizer_free(nullptr);
    CHECK(artnorm_normalizer_set_int(nullptr, ARTNORM_OPT_PRETTY, 1) ==
          ARTNORM_ERROR_NULL_ARGUMENT);
    CHECK(artnorm_normalizer_set_string(nullptr, ARTNORM_OPT_LANGUAGE, "en", 2) ==
          ARTNORM_ERROR_NULL_ARGUMENT);
    CHECK(artnorm_normalizer_configure(nullptr, "pretty=1", 8) == ARTNORM_ERROR_NULL_ARGUMENT);
    const char* message = artnorm_normalizer_last_error(nullptr);
    REQUIRE(message != nullptr);
    CHECK(std::string(message).empty());
}

TEST_CASE("NULL data with a length is rejected, (NULL, 0) means empty", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    CHECK(artnorm_normalizer_set_string(normalizer.get(), ARTNORM_OPT_LANGUAGE, nullptr, 2) ==
          ARTNORM_ERROR_NULL_ARGUMENT);
    CHECK_FALSE(std::string(artnorm_normalizer_last_error(normalizer.get())).empty());
    CHECK(artnorm_normalizer_set_string(normalizer.get(), ARTNORM_OPT_LANGUAGE, nullptr, 0) ==
          ARTNORM_OK);
    CHECK(artnorm_normalizer_configure(normalizer.get(), nullptr, 4) ==
          ARTNORM_ERROR_NULL_ARGUMENT);
    CHECK(artnorm_normalizer_configure(normalizer.get(), nullptr, 0) == ARTNORM_OK);
}

TEST_CASE("option_bounds rejects NULL outputs and leaves the other untouched", "[abi]") {
    int64_t value = 42;
    CHECK(artnorm_option_bounds(ARTNORM_OPT_PRETTY, nullptr, &value) ==
          ARTNORM_ERROR_NULL_ARGUMENT);
    CHECK(value == 42);
    CHECK(artnorm_option_bounds(ARTNORM_OPT_PRETTY, &value, nullptr) ==
          ARTNORM_ERROR_NULL_ARGUMENT);
    CHECK(value == 42);
}

TEST_CASE("artnorm_normalize with NULL arguments", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    const std::string input = "Some text.";

    SECTION("NULL out: status only") {
        CHECK(artnorm_normalize(normalizer.get(), input.data(), input.size(), nullptr) ==
              ARTNORM_ERROR_NULL_ARGUMENT);
    }
    SECTION("NULL normalizer: a result carries the error") {
        const Outcome outcome = normalize(nullptr, input);
        CHECK(outcome.status == ARTNORM_ERROR_NULL_ARGUMENT);
        REQUIRE(outcome.has_result);
        CHECK(outcome.result_status == ARTNORM_ERROR_NULL_ARGUMENT);
        CHECK_FALSE(outcome.message.empty());
        CHECK(outcome.xml_is_null);
        CHECK(outcome.xml.empty());
    }
    SECTION("NULL input with a length") {
        artnorm_result* raw = nullptr;
        CHECK(artnorm_normalize(normalizer.get(), nullptr, 5, &raw) == ARTNORM_ERROR_NULL_ARGUMENT);
        const Result result(raw);
        REQUIRE(result != nullptr);
        CHECK(artnorm_result_status(result.get()) == ARTNORM_ERROR_NULL_ARGUMENT);
        CHECK_FALSE(std::string(artnorm_result_message(result.get())).empty());
    }
}

TEST_CASE("result accessors accept NULL", "[abi]") {
    CHECK(artnorm_result_status(nullptr) == ARTNORM_ERROR_NULL_ARGUMENT);
    const char* message = artnorm_result_message(nullptr);
    REQUIRE(message != nullptr);
    CHECK(std::string(message).empty());
    size_t length = 99;
    CHECK(artnorm_result_xml(nullptr, &length) == nullptr);
    CHECK(length == 0);
    CHECK(artnorm_result_xml(nullptr, nullptr) == nullptr);
    artnorm_result_free(nullptr);
}
