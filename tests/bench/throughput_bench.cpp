// Throughput over the 121 pages of the benchmark corpus, one core: MB/s and
// pages/s per input kind (each text rendering, and HTML).
#include "bench_support.hpp"
#include "corpus.hpp"

namespace artnorm_bench {
namespace {

void run_corpus(benchmark::State& state, const Corpus& corpus, std::string_view spec) {
    if (corpus.pages.empty()) {
        state.SkipWithError("corpus not found (set ARTNORM_BENCH_CORPUS)");
        return;
    }
    const auto normalizer = make_normalizer(spec);
    std::size_t failures = 0;
    for (auto _ : state) {
        for (const auto& page : corpus.pages) {
            const std::size_t xml_bytes = normalize(normalizer.get(), page);
            failures += xml_bytes == 0;
            benchmark::DoNotOptimize(xml_bytes);
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.pages.size()));
    state.counters["pages"] = static_cast<double>(corpus.pages.size());
    state.counters["failed"] = static_cast<double>(failures) / static_cast<double>(state.iterations());
}

void register_corpus_benchmarks() {
    for (const char* rendering : {"html-text", "inscriptis", "html2text"}) {
        benchmark::RegisterBenchmark(
            (std::string("Corpus/text/") + rendering).c_str(),
            [rendering](benchmark::State& state) {
                run_corpus(state, text_corpus(rendering), "from=text");
            })
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("Corpus/html", [](benchmark::State& state) {
        run_corpus(state, html_corpus(), "from=html");
    })->Unit(benchmark::kMillisecond);
}

const bool registered = (register_corpus_benchmarks(), true);

}  // namespace
}  // namespace artnorm_bench
