#include <catch2/catch.hpp>

#include "reporter.hpp"

using artnorm_cli::BatchStats;
using artnorm_cli::format_progress;
using artnorm_cli::format_summary;

TEST_CASE("summary line: pages, failures, megabytes, seconds, rate, jobs", "[progress]") {
    CHECK(format_summary(BatchStats{121, 0, 3'800'000}, 0.42, 2) ==
          "artnorm: 121 pages, 0 failed, 3.8 MB in 0.42 s (9.0 MB/s), 2 jobs");
    CHECK(format_summary(BatchStats{1, 1, 0}, 0.0, 1) ==
          "artnorm: 1 page, 1 failed, 0.0 MB in 0.00 s (0.0 MB/s), 1 job");
}

TEST_CASE("progress line: a bar when the total is known, counts otherwise", "[progress]") {
    CHECK(format_progress(BatchStats{0, 0, 0}, 10, 1.0) ==
          "[>                             ] 0/10 pages, 0.0 MB, 0.0 MB/s");
    CHECK(format_progress(BatchStats{5, 1, 2'000'000}, 10, 2.0) ==
          "[===============>              ] 5/10 pages, 2.0 MB, 1.0 MB/s, 1 failed");
    CHECK(format_progress(BatchStats{10, 0, 0}, 10, 1.0) ==
          "[==============================] 10/10 pages, 0.0 MB, 0.0 MB/s");
    CHECK(format_progress(BatchStats{7, 0, 1'000'000}, std::nullopt, 1.0) ==
          "7 pages, 1.0 MB, 1.0 MB/s");
}
