// Helpers for the [reliability] tests: run the public C API on hostile input
// and check that the outcome is clean - a known status with a message, or
// schema-valid XML - within a bounded time and memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "abi/abi_test_support.hpp"

namespace artnorm_reliability {

using artnorm_abi_test::Outcome;

// Sanitizer builds (the nested ASan/UBSan and TSan runs) are several times
// slower and keep freed memory in quarantine: time and memory bounds are
// multiplied by this factor there.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr double kSanitizerSlowdown = 8.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
inline constexpr double kSanitizerSlowdown = 8.0;
#else
inline constexpr double kSanitizerSlowdown = 1.0;
#endif
#else
inline constexpr double kSanitizerSlowdown = 1.0;
#endif

// Normalizes input with a fresh normalizer configured by spec
// (artnorm_normalizer_configure syntax; the configure call must succeed).
Outcome normalize_with(std::string_view spec, std::string_view input);

// Asserts (Catch2) that the outcome is clean: the status is one artnorm.h
// defines and not ARTNORM_ERROR_INTERNAL; the result repeats it; on success
// the XML is present, starts with "<?xml" and is valid against the schema;
// on failure there is a message and no XML.
void require_clean(const Outcome& outcome);

// CPU seconds the calling thread spends in a call. CPU time, not wall-clock
// time: the CI machine is shared, and a busy neighbour must not fail a
// bound (nor hide a quadratic step).
double thread_cpu_seconds();
template <class F>
double seconds_of(F&& work) {
    const double start = thread_cpu_seconds();
    work();
    return thread_cpu_seconds() - start;
}

// Peak resident set size of this process so far, in bytes (getrusage).
std::size_t peak_rss_bytes();

}  // namespace artnorm_reliability
