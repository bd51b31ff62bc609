// artnorm_normalizer_configure: the option-string language, all or nothing.
#include <catch2/catch.hpp>
#include <string>

#include "abi_test_support.hpp"

using namespace artnorm_abi_test;
using Catch::Matchers::Contains;

namespace {

// The seed is 2..3 KiB: a limit of 2K rejects it, 3K lets it through. That
// makes max-input-bytes observable from outside, so tests can see whether a
// configure() call changed anything.
bool limit_rejects_seed(const Normalizer& normalizer) {
    return normalize(normalizer.get(), seed_input()).status == ARTNORM_ERROR_INPUT_TOO_LARGE;
}

std::string last_error(const Normalizer& normalizer) {
    return artnorm_normalizer_last_error(normalizer.get());
}

}  // namespace

TEST_CASE("the seed size sits between 2K and 3K", "[abi]") {
    REQUIRE(seed_input().size() > 2048);
    REQUIRE(seed_input().size() < 3072);
}

TEST_CASE("configure accepts every option name and separator", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    CHECK(configure(normalizer.get(),
                    "from=text, pretty=1; strict-utf8=yes\tmax-input-bytes=1M\n"
                    "language=de base-url=\"https://x.test/a,b;c\" charset=UTF-8") == ARTNORM_OK);
    CHECK(last_error(normalizer).empty());
    CHECK(configure(normalizer.get(), "") == ARTNORM_OK);
    CHECK(configure(normalizer.get(), " ,;, \n ") == ARTNORM_OK);
    CHECK(configure(normalizer.get(), "PRETTY=TRUE, From=Auto, strict-utf8=off") == ARTNORM_OK);
    CHECK(configure(normalizer.get(), "language=, charset=, base-url=") == ARTNORM_OK);
}

TEST_CASE("configure sizes take K, M and G suffixes", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    REQUIRE(configure(normalizer.get(), "max-input-bytes=2K") == ARTNORM_OK);
    CHECK(limit_rejects_seed(normalizer));
    REQUIRE(configure(normalizer.get(), "max-input-bytes=3k") == ARTNORM_OK);
    CHECK_FALSE(limit_rejects_seed(normalizer));
    REQUIRE(configure(normalizer.get(), "max-input-bytes=2048") == ARTNORM_OK);
    CHECK(limit_rejects_seed(normalizer));
    CHECK(configure(normalizer.get(), "max-input-bytes=1") == ARTNORM_OK);
    CHECK(configure(normalizer.get(), "max-input-bytes=4G") == ARTNORM_OK);
    CHECK(configure(normalizer.get(), "max-input-bytes=4096M") == ARTNORM_OK);
    CHECK_FALSE(limit_rejects_seed(normalizer));
}

TEST_CASE("a later pair for the same name wins", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    REQUIRE(configure(normalizer.get(), "max-input-bytes=2K max-input-bytes=3K") == ARTNORM_OK);
    CHECK_FALSE(limit_rejects_seed(normalizer));
}

TEST_CASE("configure is all or nothing", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    REQUIRE(configure(normalizer.get(), "max-input-bytes=3K") == ARTNORM_OK);
    REQUIRE_FALSE(limit_rejects_seed(normalizer));

    CHECK(configure(normalizer.get(), "max-input-bytes=2K, pretty=maybe") ==
          ARTNORM_ERROR_INVALID_OPTION);
    CHECK_THAT(last_error(normalizer), Contains("pretty=maybe"));
    CHECK_FALSE(limit_rejects_seed(normalizer));

    CHECK(configure(normalizer.get(), "max-input-bytes=2K language=en_US") ==
          ARTNORM_ERROR_INVALID_OPTION);
    CHECK_FALSE(limit_rejects_seed(normalizer));
}

TEST_CASE("configure errors name the bad part", "[abi]") {
    struct Case {
        const char* spec;
        const char* mentions;
    };
    const Case cases[] = {
        {"colour=red", "colour=red"},
        {"colour=red", "unknown option name"},
        {"pretty", "name=value"},
        {"pretty=1 strict-utf8", "strict-utf8"},
        {"=1", "=1"},
        {"from=pdf", "text, html or auto"},
        {"pretty=2", "pretty=2"},
        {"strict-utf8=", "strict-utf8="},
        {"max-input-bytes=0", "out of range"},
        {"max-input-bytes=5G", "5G"},
        {"max-input-bytes=99999999999999999999999999", "out of range"},
        {"max-input-bytes=12X", "byte count"},
        {"max-input-bytes=-1", "byte count"},
        {"max-input-bytes=K", "byte count"},
        {"language=en_US", "ARTNORM_OPT_LANGUAGE"},
        {"charset=\"utf 8\"", "charset"},
        {"base-url=\"https://x.test/", "closing"},
        {"base-url=\"https://x.test/\"junk", "separator"},
        {"pretty=1, max-input-bytes=1T", "byte 10"},
    };
    for (const auto& c : cases) {
        INFO(c.spec);
        const Normalizer normalizer = make_normalizer();
        CHECK(configure(normalizer.get(), c.spec) == ARTNORM_ERROR_INVALID_OPTION);
        CHECK_THAT(last_error(normalizer), Contains(c.mentions));
    }
}
