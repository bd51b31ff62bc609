// Scaling with input size, 1 KiB to 64 MiB: bytes/s must stay flat (no
// quadratic step). run_benchmarks.py compares the smallest and largest sizes.
#include "bench_support.hpp"
#include "synthetic.hpp"

namespace artnorm_bench {
namespace {

constexpr int64_t kSmallest = 1 << 10;
constexpr int64_t kLargest = 64 << 20;
constexpr int kSizeStep = 8;

void scaling(benchmark::State& state, std::string (*make)(std::size_t), std::string_view spec) {
    const std::string input = make(static_cast<std::size_t>(state.range(0)));
    const auto normalizer = make_normalizer(spec);
    for (auto _ : state) benchmark::DoNotOptimize(normalize(normalizer.get(), input));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input.size()));
}

void text_scaling(benchmark::State& state) { scaling(state, synthetic_text, "from=text"); }
void html_scaling(benchmark::State& state) { scaling(state, synthetic_html, "from=html"); }

BENCHMARK(text_scaling)->Name("Scaling/text")->RangeMultiplier(kSizeStep)
    ->Range(kSmallest, kLargest)->Unit(benchmark::kMillisecond);
BENCHMARK(html_scaling)->Name("Scaling/html")->RangeMultiplier(kSizeStep)
    ->Range(kSmallest, kLargest)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace artnorm_bench
