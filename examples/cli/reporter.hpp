// What a batch tells the person running it, on standard error: error lines,
// a progress bar (redrawn in place, for terminals) and a summary line.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace artnorm_cli {

struct BatchStats {
    std::size_t pages = 0;   // inputs handled, failed ones included
    std::size_t failed = 0;  // inputs that gave no document
    std::uint64_t bytes_in = 0;
};

// "artnorm: 121 pages, 0 failed, 3.8 MB in 0.42 s (9.0 MB/s), 2 jobs"
// (MB = 10^6 bytes).
std::string format_summary(const BatchStats& stats, double seconds, std::size_t jobs);

// One progress line without the carriage return: a bar when the total is
// known ("[=====>    ]  45/121 pages, 1.2 MB, 3.1 MB/s, 2 failed"), else the
// counts alone.
std::string format_progress(const BatchStats& stats, std::optional<std::size_t> total,
                            double seconds);

class Reporter {
public:
    struct Settings {
        bool show_bar = false;
        bool show_summary = false;
        std::optional<std::size_t> total;  // inputs expected, when known
        std::size_t jobs = 1;
    };
    explicit Reporter(Settings settings);

    // "artnorm: SUBJECT: DETAIL", the bar cleared first so they do not mix.
    void error(std::string_view subject, std::string_view detail);
    // One more input handled.
    void count(bool ok, std::uint64_t bytes_in);
    // Clears the bar and prints the summary when asked for.
    void finish();

    const BatchStats& stats() const { return stats_; }

private:
    void clear_bar();
    double elapsed_seconds() const;

    Settings settings_;
    BatchStats stats_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_draw_{};
    bool bar_drawn_ = false;
};

}  // namespace artnorm_cli
