#include "reliability_support.hpp"

#include <sys/resource.h>
#include <time.h>

#include <catch2/catch.hpp>

#include "support/xml_checks.hpp"

namespace artnorm_reliability {

Outcome normalize_with(std::string_view spec, std::string_view input) {
    const auto normalizer = artnorm_abi_test::make_normalizer();
    const artnorm_status configured = artnorm_abi_test::configure(normalizer.get(), spec);
    INFO("configure(\"" << spec << "\"): " << artnorm_normalizer_last_error(normalizer.get()));
    REQUIRE(configured == ARTNORM_OK);
    return artnorm_abi_test::normalize(normalizer.get(), input);
}

void require_clean(const Outcome& outcome) {
    INFO("status " << artnorm_status_name(outcome.status) << ", message: " << outcome.message);
    REQUIRE(outcome.has_result);
    CHECK(outcome.result_status == outcome.status);
    REQUIRE(outcome.status >= ARTNORM_OK);
    REQUIRE(outcome.status <= ARTNORM_ERROR_NO_ARTICLE);
    REQUIRE(outcome.status != ARTNORM_ERROR_INTERNAL);
    if (outcome.status == ARTNORM_OK) {
        REQUIRE_FALSE(outcome.xml_is_null);
        REQUIRE(outcome.xml.rfind("<?xml", 0) == 0);
        CHECK(artnorm::test::schema_errors(outcome.xml).empty());
    } else {
        CHECK_FALSE(outcome.message.empty());
        CHECK(outcome.xml_is_null);
    }
}

double thread_cpu_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

std::size_t peak_rss_bytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::size_t>(usage.ru_maxrss) * 1024;  // ru_maxrss is in KiB
}

}  // namespace artnorm_reliability
