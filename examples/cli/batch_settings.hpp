// Settings shared by the two batch modes (files, JSON Lines).
#pragma once

#include <cstddef>
#include <string>

namespace artnorm_cli {

// Inputs in flight (read or queued, not yet written) per worker thread:
// enough to keep every thread busy while a slow page holds back the in-order
// output, few enough to bound memory (at most jobs x 16 inputs and their XML).
// With 4, a long page stalled the other thread once its few short pages were
// done: --jobs 2 over the 363 corpus text pages was 1.78x --jobs 1, with 16
// it is 1.85x (hyperfine, 3 x 40 runs; issue 7).
inline constexpr std::size_t kInputsInFlightPerJob = 16;

struct BatchSettings {
    std::size_t jobs = 1;    // worker threads, at least 1
    std::string output_dir;  // files mode: "" writes to standard output

    std::size_t window() const { return jobs * kInputsInFlightPerJob; }
};

}  // namespace artnorm_cli
