#include "reporter.hpp"

#include <cstdio>

namespace artnorm_cli {
namespace {

constexpr double kBytesPerMegabyte = 1e6;
constexpr std::size_t kBarWidth = 30;
// Redrawing more often than this only costs terminal time.
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
// Carriage return, then "erase to the end of the line" (ANSI EL).
constexpr std::string_view kClearLine = "\r\x1b[K";

std::string format(const char* pattern, auto... values) {
    const int length = std::snprintf(nullptr, 0, pattern, values...);
    std::string text(static_cast<std::size_t>(length > 0 ? length : 0), '\0');
    std::snprintf(text.data(), text.size() + 1, pattern, values...);
    return text;
}

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / kBytesPerMegabyte; }

double rate(std::uint64_t bytes, double seconds) {
    return seconds > 0 ? megabytes(bytes) / seconds : 0.0;
}

}  // namespace

std::string format_summary(const BatchStats& stats, double seconds, std::size_t jobs) {
    return format("artnorm: %zu %s, %zu failed, %.1f MB in %.2f s (%.1f MB/s), %zu %s",
                  stats.pages, stats.pages == 1 ? "page" : "pages", stats.failed,
                  megabytes(stats.bytes_in), seconds, rate(stats.bytes_in, seconds), jobs,
                  jobs == 1 ? "job" : "jobs");
}

std::string format_progress(const BatchStats& stats, std::optional<std::size_t> total,
                            double seconds) {
    std::string line;
    if (total && *total > 0) {
        const std::size_t done = std::min(stats.pages, *total);
        const std::size_t filled = done * kBarWidth / *total;
        line = "[" + std::string(filled, '=') + (filled < kBarWidth ? ">" : "") +
               std::string(kBarWidth - filled - (filled < kBarWidth ? 1 : 0), ' ') + "] " +
               format("%zu/%zu pages", stats.pages, *total);
    } else {
        line = format("%zu pages", stats.pages);
    }
    line += format(", %.1f MB, %.1f MB/s", megabytes(stats.bytes_in), rate(stats.bytes_in, seconds));
    if (stats.failed > 0) line += format(", %zu failed", stats.failed);
    return line;
}

Reporter::Reporter(Settings settings) : settings_(settings) {}

double Reporter::elapsed_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Reporter::clear_bar() {
    if (!bar_drawn_) return;
    std::fwrite(kClearLine.data(), 1, kClearLine.size(), stderr);
    bar_drawn_ = false;
}

void Reporter::error(std::string_view subject, std::string_view detail) {
    clear_bar();
    std::fprintf(stderr, "artnorm: %.*s: %.*s\n", static_cast<int>(subject.size()),
                 subject.data(), static_cast<int>(detail.size()), detail.data());
}

void Reporter::count(bool ok, std::uint64_t bytes_in) {
    ++stats_.pages;
    if (!ok) ++stats_.failed;
    stats_.bytes_in += bytes_in;
    if (!settings_.show_bar) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < kRedrawInterval) return;
    last_draw_ = now;
    const std::string line =
        std::string(kClearLine) + format_progress(stats_, settings_.total, elapsed_seconds());
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
    bar_drawn_ = true;
}

void Reporter::finish() {
    clear_bar();
    if (settings_.show_summary) {
        const std::string line = format_summary(stats_, elapsed_seconds(), settings_.jobs);
        std::fprintf(stderr, "%s\n", line.c_str());
    }
}

}  // namespace artnorm_cli
