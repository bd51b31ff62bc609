// Settings shared by the two batch modes (files, JSON Lines).
#pragma once

#include <cstddef>
#include <string>

namespace artnorm_cli {

// Inputs read ahead per worker thread: enough to keep every thread busy while
// a slow page holds back the in-order output, few enough to bound memory.
inline constexpr std::size_t kInputsInFlightPerJob = 4;

struct BatchSettings {
    std::size_t jobs = 1;    // worker threads, at least 1
    std::string output_dir;  // files mode: "" writes to standard output

    std::size_t window() const { return jobs * kInputsInFlightPerJob; }
};

}  // namespace artnorm_cli
