// artnorm_normalize on the seed and on hostile inputs: every input gets a
// defined status and a result that is consistent with it, never a crash.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "abi_test_support.hpp"

using namespace artnorm_abi_test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// The statuses artnorm.h documents for a rejected input.
bool is_documented_input_error(artnorm_status status) {
    return status == ARTNORM_ERROR_INVALID_INPUT || status == ARTNORM_ERROR_EMPTY_INPUT ||
           status == ARTNORM_ERROR_NO_ARTICLE || status == ARTNORM_ERROR_INPUT_TOO_LARGE;
}

// The result agrees with the returned status: XML on success, a message and
// no XML on failure.
void check_consistent(const Outcome& outcome) {
    REQUIRE(outcome.has_result);
    CHECK(outcome.result_status == outcome.status);
    if (outcome.status == ARTNORM_OK) {
        CHECK_FALSE(outcome.xml_is_null);
        CHECK_THAT(outcome.xml, StartsWith("<?xml"));
        CHECK_THAT(outcome.xml, Contains(ARTNORM_XML_NAMESPACE));
        CHECK(outcome.message.empty());
    } else {
        CHECK(is_documented_input_error(outcome.status));
        CHECK_FALSE(outcome.message.empty());
        CHECK(outcome.xml_is_null);
        CHECK(outcome.xml.empty());  // also: length reported as 0
    }
}

}  // namespace

TEST_CASE("the seed normalizes to an XML document", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    const Outcome outcome = normalize(normalizer.get(), seed_input());
    REQUIRE(outcome.status == ARTNORM_OK);
    check_consistent(outcome);
    CHECK(outcome.xml.find('\0') == std::string::npos);
}

TEST_CASE("hostile inputs get a defined status", "[abi]") {
    using namespace std::string_literals;
    const std::vector<std::string> inputs = {
        ""s,
        " \t\r\n \n\n   "s,
        "\xEF\xBB\xBF"s,                              // a BOM and nothing else
        "Headline\n\nBody with bad bytes \xFF\xFE\xC3 here.\n"s,
        "\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80"s,      // overlong, surrogate, > U+10FFFF
        "Embedded\0NUL in the\0 middle of a line.\n"s,
        std::string(64, '\0'),
        "\x01\x02\x03\x1B[31m control soup \x7F"s,
        std::string(100000, 'x'),                      // one huge word, no lines
        "<<<>>>&&&\"\"'' ]]> <!-- --> <?xml ?>\n"s,
    };
    const Normalizer lenient = make_normalizer();
    const Normalizer strict = make_normalizer();
    REQUIRE(configure(strict.get(), "strict-utf8=1") == ARTNORM_OK);
    for (const auto& input : inputs) {
        INFO("input of " << input.size() << " bytes: " << input.substr(0, 40));
        check_consistent(normalize(lenient.get(), input));
        check_consistent(normalize(strict.get(), input));
    }
}

TEST_CASE("(NULL, 0) input is the empty input", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    artnorm_result* raw = nullptr;
    const artnorm_status status = artnorm_normalize(normalizer.get(), nullptr, 0, &raw);
    const Result result(raw);
    REQUIRE(result != nullptr);
    CHECK(status == normalize(normalizer.get(), "").status);
}

TEST_CASE("strict UTF-8 rejects invalid bytes as INVALID_INPUT", "[abi]") {
    const Normalizer strict = make_normalizer();
    REQUIRE(configure(strict.get(), "strict-utf8=1") == ARTNORM_OK);
    const std::string input = seed_input() + "\nA trailing paragraph with a bad byte \xFF.\n";
    const Outcome outcome = normalize(strict.get(), input);
    CHECK(outcome.status == ARTNORM_ERROR_INVALID_INPUT);
    check_consistent(outcome);
}

TEST_CASE("inputs over max-input-bytes are rejected, at the limit accepted", "[abi]") {
    const Normalizer normalizer = make_normalizer();
    const std::string& seed = seed_input();
    REQUIRE(artnorm_normalizer_set_int(normalizer.get(), ARTNORM_OPT_MAX_INPUT_BYTES,
                                       static_cast<int64_t>(seed.size())) == ARTNORM_OK);
    CHECK(normalize(normalizer.get(), seed).status == ARTNORM_OK);
    const Outcome over = normalize(normalizer.get(), seed + "x");
    CHECK(over.status == ARTNORM_ERROR_INPUT_TOO_LARGE);
    check_consistent(over);

    REQUIRE(configure(normalizer.get(), "max-input-bytes=1") == ARTNORM_OK);
    CHECK(normalize(normalizer.get(), "ab").status == ARTNORM_ERROR_INPUT_TOO_LARGE);
}

TEST_CASE("a result outlives its normalizer", "[abi]") {
    Normalizer normalizer = make_normalizer();
    artnorm_result* raw = nullptr;
    const std::string& seed = seed_input();
    REQUIRE(artnorm_normalize(normalizer.get(), seed.data(), seed.size(), &raw) == ARTNORM_OK);
    const Result result(raw);
    normalizer.reset();
    size_t length = 0;
    const char* xml = artnorm_result_xml(result.get(), &length);
    REQUIRE(xml != nullptr);
    CHECK(std::string(xml).size() == length);  // NUL-terminated at length
    CHECK_THAT(std::string(xml, length), StartsWith("<?xml"));
}
