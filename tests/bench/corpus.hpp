// Pages of the benchmark corpus, loaded once into memory (HTML pages are
// stored gzipped and inflated here), so benchmarks time normalization only.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace artnorm_bench {

struct Corpus {
    std::vector<std::string> pages;
    std::size_t bytes = 0;
};

// Directory of the scrapinghub corpus: $ARTNORM_BENCH_CORPUS, else the
// shared corpus next to the source tree. Empty corpus when absent.
std::string corpus_dir();

// text/<rendering>/*.txt
const Corpus& text_corpus(const std::string& rendering);
// html/*.html.gz
const Corpus& html_corpus();

}  // namespace artnorm_bench
