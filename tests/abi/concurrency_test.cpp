// Threads: one configured normalizer shared by many threads, and one per
// thread, must all produce the single-threaded output, byte for byte.
#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

#include "abi_test_support.hpp"

using namespace artnorm_abi_test;

namespace {

constexpr int kThreads = 8;
constexpr int kRoundsPerThread = 25;

// Each thread normalizes the seed kRoundsPerThread times and keeps every
// output that differs from the reference (or a status line on failure).
// Catch2 assertions are not thread-safe, so threads only collect.
std::vector<std::string> run_threads(const std::string& reference,
                                     const artnorm_normalizer* shared) {
    std::vector<std::vector<std::string>> mismatches(kThreads);
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                Normalizer own;
                const artnorm_normalizer* normalizer = shared;
                if (normalizer == nullptr) {
                    own = make_normalizer();
                    configure(own.get(), "pretty=1");
                    normalizer = own.get();
                }
                for (int round = 0; round < kRoundsPerThread; ++round) {
                    const Outcome outcome = normalize(normalizer, seed_input());
                    if (outcome.status != ARTNORM_OK) {
                        mismatches[t].push_back(artnorm_status_name(outcome.status));
                    } else if (outcome.xml != reference) {
                        mismatches[t].push_back(outcome.xml);
                    }
                }
            });
        }
    }
    std::vector<std::string> all;
    for (auto& list : mismatches) all.insert(all.end(), list.begin(), list.end());
    return all;
}

}  // namespace

TEST_CASE("normalizing from many threads gives identical output", "[abi][threads]") {
    seed_input();  // load once before the threads start
    const Normalizer shared = make_normalizer();
    REQUIRE(configure(shared.get(), "pretty=1") == ARTNORM_OK);
    const Outcome reference = normalize(shared.get(), seed_input());
    REQUIRE(reference.status == ARTNORM_OK);

    SECTION("one normalizer shared by all threads") {
        const auto mismatches = run_threads(reference.xml, shared.get());
        INFO("first mismatch: " << (mismatches.empty() ? "" : mismatches.front()));
        CHECK(mismatches.empty());
    }
    SECTION("one normalizer per thread") {
        const auto mismatches = run_threads(reference.xml, nullptr);
        INFO("first mismatch: " << (mismatches.empty() ? "" : mismatches.front()));
        CHECK(mismatches.empty());
    }
}
