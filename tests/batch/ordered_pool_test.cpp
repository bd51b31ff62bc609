#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "ordered_pool.hpp"

using artnorm_cli::run_ordered;

namespace {

// Later tasks finish first: task i sleeps (count - i) units.
std::vector<int> run_reversed_delays(std::size_t jobs, int count, std::size_t window,
                                     std::atomic<int>* max_in_flight = nullptr) {
    int next = 0;
    std::atomic<int> in_flight = 0;
    std::vector<int> delivered;
    run_ordered<int, int>(
        jobs, window,
        [&]() -> std::optional<int> {
            if (next == count) return std::nullopt;
            const int now = ++in_flight;
            if (max_in_flight && now > *max_in_flight) *max_in_flight = now;
            return next++;
        },
        [&](int task) {
            std::this_thread::sleep_for(std::chrono::microseconds(200 * (count - task)));
            return task * 10;
        },
        [&](int outcome) {
            --in_flight;
            delivered.push_back(outcome);
        });
    return delivered;
}

std::vector<int> expected_outcomes(int count) {
    std::vector<int> expected;
    for (int i = 0; i < count; ++i) expected.push_back(i * 10);
    return expected;
}

}  // namespace

TEST_CASE("ordered pool: outcomes come in task order whatever order they finish", "[pool]") {
    for (const std::size_t jobs : {1, 2, 4, 8}) {
        INFO("jobs " << jobs);
        CHECK(run_reversed_delays(jobs, 40, jobs * 4) == expected_outcomes(40));
    }
}

TEST_CASE("ordered pool: no more than the window is in flight", "[pool]") {
    std::atomic<int> max_in_flight = 0;
    const std::size_t window = 6;
    CHECK(run_reversed_delays(4, 60, window, &max_in_flight) == expected_outcomes(60));
    CHECK(max_in_flight.load() <= static_cast<int>(window));
    CHECK(max_in_flight.load() >= 2);
}

TEST_CASE("ordered pool: an empty source delivers nothing", "[pool]") {
    int delivered = 0;
    run_ordered<int, int>(
        3, 12, []() -> std::optional<int> { return std::nullopt; }, [](int task) { return task; },
        [&](int) { ++delivered; });
    CHECK(delivered == 0);
}

TEST_CASE("ordered pool: work really runs on several threads", "[pool]") {
    int next = 0;
    std::atomic<int> running = 0;
    std::atomic<int> most_running = 0;
    run_ordered<int, int>(
        4, 16,
        [&]() -> std::optional<int> { return next < 32 ? std::optional(next++) : std::nullopt; },
        [&](int task) {
            const int now = ++running;
            int seen = most_running.load();
            while (now > seen && !most_running.compare_exchange_weak(seen, now)) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            --running;
            return task;
        },
        [](int) {});
    CHECK(most_running.load() > 1);
}

TEST_CASE("ordered pool: an exception in a task reaches the caller", "[pool]") {
    int next = 0;
    auto run = [&] {
        run_ordered<int, int>(
            2, 8,
            [&]() -> std::optional<int> { return next < 100 ? std::optional(next++) : std::nullopt; },
            [](int task) {
                if (task == 5) throw std::runtime_error("task 5");
                return task;
            },
            [](int) {});
    };
    CHECK_THROWS_WITH(run(), "task 5");
}
