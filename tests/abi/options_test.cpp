// Integer and string options: ranges, unknown keys, messages, no change on error.
#include <catch2/catch.hpp>
#include <string>

#include "abi_test_support.hpp"

using namespace artnorm_abi_test;
using Catch::Matchers::Contains;

namespace {

constexpr int64_t kFourGiB = int64_t{4} << 30;

std::string last_error(const Normalizer& normalizer) {
    return artnorm_normalizer_last_error(normalizer.get());
}

}  // namespace

TEST_CASE("integer option bounds", "[abi]") {
    struct Expected {
        artnorm_option option;
        int64_t min;
        int64_t max;
    };
    const Expected table[] = {
        {ARTNORM_OPT_INPUT_FORMAT, ARTNORM_FORMAT_AUTO, ARTNORM_FORMAT_HTML},
        {ARTNORM_OPT_PRETTY, 0, 1},
        {ARTNORM_OPT_STRICT_UTF8, 0, 1},
        {ARTNORM_OPT_MAX_INPUT_BYTES, 1, kFourGiB},
    };
    for (const auto& row : table) {
        INFO("option " << row.option);
        int64_t min = -7;
        int64_t max = -7;
        REQUIRE(artnorm_option_bounds(row.option, &min, &max) == ARTNORM_OK);
        CHECK(min == row.min);
        CHECK(max == row.max);
    }
}

TEST_CASE("string and unknown options have no bounds", "[abi]") {
    for (int option : {int{ARTNORM_OPT_LANGUAGE}, int{ARTNORM_OPT_BASE_URL},
                       int{ARTNORM_OPT_CHARSET}, 0, 8, -1}) {
        INFO("option " << option);
        int64_t min = -7;
        int64_t max = -7;
        CHECK(artnorm_option_bounds(static_cast<artnorm_option>(option), &min, &max) ==
              ARTNORM_ERROR_INVALID_OPTION);
        CHECK(min == -7);
        CHECK(max == -7);
    }
}

TEST_CASE("set_int accepts both ends of every range and rejects just outside", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    CHECK(last_error(normalizer).empty());
    for (auto option : {ARTNORM_OPT_INPUT_FORMAT, ARTNORM_OPT_PRETTY, ARTNORM_OPT_STRICT_UTF8,
                        ARTNORM_OPT_MAX_INPUT_BYTES}) {
        INFO("option " << option);
        int64_t min = 0;
        int64_t max = 0;
        REQUIRE(artnorm_option_bounds(option, &min, &max) == ARTNORM_OK);
        CHECK(artnorm_normalizer_set_int(normalizer.get(), option, min) == ARTNORM_OK);
        CHECK(artnorm_normalizer_set_int(normalizer.get(), option, max) == ARTNORM_OK);
        CHECK(artnorm_normalizer_set_int(normalizer.get(), option, min - 1) ==
              ARTNORM_ERROR_INVALID_OPTION);
        CHECK_THAT(last_error(normalizer), Contains("out of range"));
        CHECK(artnorm_normalizer_set_int(normalizer.get(), option, max + 1) ==
              ARTNORM_ERROR_INVALID_OPTION);
        CHECK_THAT(last_error(normalizer), Contains(std::to_string(max + 1)));
    }
    CHECK(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_MAX_INPUT_BYTES, INT64_MIN) ==
          ARTNORM_ERROR_INVALID_OPTION);
    CHECK(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_MAX_INPUT_BYTES, INT64_MAX) ==
          ARTNORM_ERROR_INVALID_OPTION);
}

TEST_CASE("a rejected set_int leaves the value unchanged", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    const std::string& seed = seed_input();
    const auto limit = static_cast<int64_t>(seed.size() - 1);
    REQUIRE(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_MAX_INPUT_BYTES, limit) ==
            ARTNORM_OK);
    REQUIRE(normalize(normalizer.get(), seed).status == ARTNORM_ERROR_INPUT_TOO_LARGE);

    CHECK(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_MAX_INPUT_BYTES, 0) ==
          ARTNORM_ERROR_INVALID_OPTION);
    CHECK(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_MAX_INPUT_BYTES,
                                     kFourGiB + 1) == ARTNORM_ERROR_INVALID_OPTION);
    CHECK_THAT(last_error(normalizer), Contains("ARTNORM_OPT_MAX_INPUT_BYTES"));
    CHECK(normalize(normalizer.get(), seed).status == ARTNORM_ERROR_INPUT_TOO_LARGE);

    REQUIRE(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_MAX_INPUT_BYTES,
                                       limit + 1) == ARTNORM_OK);
    CHECK(normalize(normalizer.get(), seed).status != ARTNORM_ERROR_INPUT_TOO_LARGE);
}

TEST_CASE("unknown options and the wrong setter are INVALID_OPTION with a message", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    CHECK(artnorm_normalizer_set_int(normalizer.get(), static_cast<artnorm_option>(99), 1) ==
          ARTNORM_ERROR_INVALID_OPTION);
    CHECK_THAT(last_error(normalizer), Contains("99"));
    CHECK(artnorm_normalizer_set_string(normalizer.get(), static_cast<artnorm_option>(0), "x",
                                        1) == ARTNORM_ERROR_INVALID_OPTION);
    CHECK_THAT(last_error(normalizer), Contains("unknown option 0"));
    CHECK(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_LANGUAGE, 1) ==
          ARTNORM_ERROR_INVALID_OPTION);
    CHECK_THAT(last_error(normalizer), Contains("set_string"));
    CHECK(artnorm_normalizer_set_string(normalizer.get(), ARTNORM_OPT_PRETTY, "1", 1) ==
          ARTNORM_ERROR_INVALID_OPTION);
    CHECK_THAT(last_error(normalizer), Contains("set_int"));
}

TEST_CASE("string option values are checked", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    const auto set = [&](artnorm_option option, std::string_view value) {
        return artnorm_normalizer_set_string(normalizer.get(), option, value.data(), value.size());
    };
    for (std::string_view tag : {"en", "pt-BR", "zh-Hant-TW", "sr-Latn", "es-419", ""}) {
        INFO(tag);
        CHECK(set(ARTNORM_OPT_LANGUAGE, tag) == ARTNORM_OK);
    }
    for (std::string_view tag : {"e", "en_US", "en-", "-en", "1en", "english language",
                                 "en-toolongsubtag"}) {
        INFO(tag);
        CHECK(set(ARTNORM_OPT_LANGUAGE, tag) == ARTNORM_ERROR_INVALID_OPTION);
        CHECK_THAT(last_error(normalizer), Contains("ARTNORM_OPT_LANGUAGE"));
    }
    for (std::string_view charset : {"UTF-8", "windows-1251", "ISO-8859-1", "Shift_JIS", ""}) {
        INFO(charset);
        CHECK(set(ARTNORM_OPT_CHARSET, charset) == ARTNORM_OK);
    }
    CHECK(set(ARTNORM_OPT_CHARSET, "utf 8") == ARTNORM_ERROR_INVALID_OPTION);
    CHECK(set(ARTNORM_OPT_BASE_URL, "https://example.test/news/a,b?x=1") == ARTNORM_OK);
    CHECK(set(ARTNORM_OPT_BASE_URL, "https://b\xC3\xBC" "cher.test/") == ARTNORM_OK);
    CHECK(set(ARTNORM_OPT_BASE_URL, "https://example.test/a b") == ARTNORM_ERROR_INVALID_OPTION);
    CHECK(set(ARTNORM_OPT_BASE_URL, "https://example.test/\xFF") == ARTNORM_ERROR_INVALID_OPTION);
    CHECK(set(ARTNORM_OPT_BASE_URL, std::string_view("https://x.test/\0", 16)) ==
          ARTNORM_ERROR_INVALID_OPTION);
    CHECK(set(ARTNORM_OPT_LANGUAGE, "\xC0\x80") == ARTNORM_ERROR_INVALID_OPTION);
    CHECK_THAT(last_error(normalizer), Contains("2 bytes"));
}

TEST_CASE("the last error persists until the next failure replaces it", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    CHECK(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_PRETTY, 5) ==
          ARTNORM_ERROR_INVALID_OPTION);
    const std::string first = last_error(normalizer);
    CHECK_THAT(first, Contains("ARTNORM_OPT_PRETTY"));
    CHECK(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_PRETTY, 1) == ARTNORM_OK);
    CHECK(last_error(normalizer) == first);
    CHECK(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_STRICT_UTF8, 2) ==
          ARTNORM_ERROR_INVALID_OPTION);
    CHECK_THAT(last_error(normalizer), Contains("ARTNORM_OPT_STRICT_UTF8"));
}
