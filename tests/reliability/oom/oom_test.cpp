// Out of memory at the C ABI: with allocation number N failing (N = 0, 1,
// 2, ... until a run needs no failure at all), every call of the public API
// returns ARTNORM_OK or ARTNORM_ERROR_OUT_OF_MEMORY - never crashes, never
// another status, never leaks (blocks alive before == after), and a call
// that says OK produced exactly the output of an undisturbed run.
// Failures are injected into operator new and, separately, into libxml2's
// allocator (tests/reliability/oom/fault_injection.hpp).
#include <libxml/xmlerror.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "abi/abi_test_support.hpp"
#include "fault_injection.hpp"

using namespace artnorm_oom;

namespace {

constexpr std::string_view kSmallArticle =
    "Harbour reopens after repairs\n\nBy Jane Doe\n\n2 November 2023\n\n"
    "The harbour reopened on Monday after three weeks of repairs, officials said. Ships "
    "that had waited offshore began to unload their cargo in the morning.\n\n"
    "Workers replaced two cranes and dredged the main channel, the port authority said.\n";
constexpr std::string_view kOptions = "pretty=1, language=en, base-url=\"https://example.org/\"";
// Upper bound on the fault points tried per input: keeps the test bounded if
// a code path allocates far more than expected.
constexpr std::int64_t kMaxFaultPoints = 400;

// One pass over the API, with no Catch2 (or other allocating) code between
// arm() and disarm().
struct Run {
    artnorm_status created = ARTNORM_ERROR_INTERNAL;
    artnorm_status configured = ARTNORM_ERROR_INTERNAL;
    artnorm_status normalized = ARTNORM_ERROR_INTERNAL;
    bool has_result = false;
    artnorm_status result_status = ARTNORM_ERROR_INTERNAL;
    std::string xml;      // filled after disarm
    std::string message;  // filled after disarm
    std::int64_t injected = 0;
    std::int64_t allocations = 0;
    std::int64_t leaked_blocks = 0;
};

// 1 when the string's characters live in a heap block (not in the string
// object itself, the short-string optimization).
std::int64_t owns_heap_block(const std::string& text) {
    return text.capacity() > std::string().capacity() ? 1 : 0;
}

Run run_once(Allocator allocator, std::int64_t skip, FailureMode mode, std::string_view input) {
    Run run;
    // libxml2 keeps the last error (with an allocated message) per thread:
    // reset it on both sides so that it does not count as a leak.
    xmlResetLastError();
    const std::int64_t live_before = live_blocks(allocator);
    artnorm_normalizer* normalizer = nullptr;
    artnorm_result* result = nullptr;
    arm(allocator, skip, mode);
    run.created = artnorm_normalizer_new(&normalizer);
    if (run.created == ARTNORM_OK) {
        run.configured = artnorm_normalizer_configure(normalizer, kOptions.data(), kOptions.size());
        if (run.configured == ARTNORM_OK) {
            run.normalized = artnorm_normalize(normalizer, input.data(), input.size(), &result);
        }
    }
    run.allocations = allocations_since_arm(allocator);
    run.injected = disarm();
    run.has_result = result != nullptr;
    if (result != nullptr) {
        run.result_status = artnorm_result_status(result);
        run.message = artnorm_result_message(result);
        std::size_t length = 0;
        if (const char* xml = artnorm_result_xml(result, &length)) run.xml.assign(xml, length);
    }
    artnorm_result_free(result);
    artnorm_normalizer_free(normalizer);
    xmlResetLastError();
    // run.xml and run.message, copied after disarm(), may hold blocks of our own.
    const std::int64_t own_blocks =
        allocator == Allocator::cxx_new ? owns_heap_block(run.xml) + owns_heap_block(run.message) : 0;
    run.leaked_blocks = live_blocks(allocator) - live_before - own_blocks;
    return run;
}

bool ok_or_oom(artnorm_status status) {
    return status == ARTNORM_OK || status == ARTNORM_ERROR_OUT_OF_MEMORY;
}

// Whether leaked blocks count as a problem (see the libxml2 leak test below).
enum class Leaks { count, ignore };

// What is wrong with one run, or "".
std::string problems_of(const Run& run, const std::string& reference, Leaks leaks) {
    std::string problems;
    const auto add = [&problems](const std::string& what) { problems += what + "; "; };
    if (!ok_or_oom(run.created)) add(std::string("new: ") + artnorm_status_name(run.created));
    if (run.created == ARTNORM_OK && !ok_or_oom(run.configured)) {
        add(std::string("configure: ") + artnorm_status_name(run.configured));
    }
    if (run.configured == ARTNORM_OK) {
        if (!ok_or_oom(run.normalized)) {
            add(std::string("normalize: ") + artnorm_status_name(run.normalized) + " \"" +
                run.message + "\"");
        }
        if (run.normalized == ARTNORM_OK && !run.has_result) add("OK without a result");
        if (run.has_result && run.result_status != run.normalized) add("result status differs");
        if (run.normalized == ARTNORM_OK && run.xml != reference) {
            const auto at = std::mismatch(run.xml.begin(), run.xml.end(), reference.begin(),
                                          reference.end());
            const auto offset = static_cast<std::size_t>(at.first - run.xml.begin());
            add("OK but the XML differs from an undisturbed run (a swallowed allocation "
                "failure?) at byte " + std::to_string(offset) + ": \"" +
                run.xml.substr(offset > 40 ? offset - 40 : 0, 80) + "\"");
        }
    }
    if (leaks == Leaks::count && run.leaked_blocks != 0) {
        add(std::to_string(run.leaked_blocks) + " blocks leaked");
    }
    return problems;
}

// Fails allocation N for N spread over the whole run (every one for small
// runs, evenly strided for large ones) in both modes; returns the problems
// found, one line per fault point that went wrong.
std::vector<std::string> sweep(Allocator allocator, std::string_view input, Leaks leaks) {
    // Warm-up: lazily built tables and caches exist before we count blocks.
    const Run reference = run_once(allocator, std::numeric_limits<std::int64_t>::max(),
                                   FailureMode::once, input);
    REQUIRE(reference.normalized == ARTNORM_OK);
    const Run measured = run_once(allocator, std::numeric_limits<std::int64_t>::max(),
                                  FailureMode::once, input);
    REQUIRE(measured.xml == reference.xml);
    REQUIRE(measured.leaked_blocks == 0);
    const std::int64_t total = measured.allocations;
    const std::int64_t stride = std::max<std::int64_t>(1, total / kMaxFaultPoints);
    INFO(total << " allocations per run, every " << stride << "th one failed in turn");

    std::vector<std::string> failures;
    for (const FailureMode mode : {FailureMode::once, FailureMode::persistent}) {
        for (std::int64_t n = 0; n <= total; n += stride) {
            const Run run = run_once(allocator, n, mode, input);
            const std::string problems = problems_of(run, reference.xml, leaks);
            if (!problems.empty()) {
                failures.push_back((mode == FailureMode::once ? "once at " : "from ") +
                                   std::to_string(n) + ": " + problems);
            }
        }
        // Past the last allocation nothing fails and the run must be clean.
        const Run last = run_once(allocator, total + 1, mode, input);
        CHECK(last.injected == 0);
        CHECK(last.normalized == ARTNORM_OK);
    }
    return failures;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size() && i < 20; ++i) out += lines[i] + "\n";
    return out;
}

}  // namespace

TEST_CASE("operator new failing at any point: OK or OUT_OF_MEMORY, no leak",
          "[reliability][oom]") {
    for (const std::string_view input : {kSmallArticle, std::string_view(artnorm_abi_test::seed_input())}) {
        INFO(input.size() << "-byte input");
        const auto failures = sweep(Allocator::cxx_new, input, Leaks::count);
        INFO(failures.size() << " fault points went wrong, first ones:\n" << joined(failures));
        CHECK(failures.empty());
    }
}

// Status and output, strictly: a swallowed failure inside libxml2 must
// still come back as OUT_OF_MEMORY, never as OK with text or the namespace
// missing and never as INTERNAL (plugin/render/xml_writer.cpp).
TEST_CASE("libxml2's allocator failing at any point: OK or OUT_OF_MEMORY, exact output",
          "[reliability][oom]") {
    for (const std::string_view input : {kSmallArticle, std::string_view(artnorm_abi_test::seed_input())}) {
        INFO(input.size() << "-byte input");
        const auto failures = sweep(Allocator::libxml2, input, Leaks::ignore);
        INFO(failures.size() << " fault points went wrong, first ones:\n" << joined(failures));
        CHECK(failures.empty());
    }
}

// [!mayfail]: a libxml2 2.9.14 bug, not ours (README.md, Findings 2):
// xmlTextWriterStartElement ignores a failed xmlListPushFront of its element
// stack and so leaks the entry and its name (2 blocks) whenever that one
// allocation fails. Kept visible so that a libxml2 upgrade shows the fix.
TEST_CASE("libxml2's allocator failing at any point: no leak",
          "[reliability][oom][!mayfail]") {
    for (const std::string_view input : {kSmallArticle, std::string_view(artnorm_abi_test::seed_input())}) {
        INFO(input.size() << "-byte input");
        const auto failures = sweep(Allocator::libxml2, input, Leaks::count);
        INFO(failures.size() << " fault points went wrong, first ones:\n" << joined(failures));
        CHECK(failures.empty());
    }
}
