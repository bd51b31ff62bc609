#include "corpus.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>

namespace artnorm_bench {
namespace fs = std::filesystem;
namespace {

std::string read_plain(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string read_gzip(const fs::path& path) {
    struct GzClose {
        void operator()(gzFile file) const { gzclose(file); }
    };
    std::unique_ptr<gzFile_s, GzClose> file(gzopen(path.c_str(), "rb"));
    std::string out;
    if (!file) return out;
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(file.get(), buffer, sizeof buffer)) > 0) out.append(buffer, n);
    return out;
}

Corpus load(const fs::path& dir, const std::string& extension, bool gzipped) {
    Corpus corpus;
    if (!fs::is_directory(dir)) return corpus;
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().string().ends_with(extension)) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        corpus.pages.push_back(gzipped ? read_gzip(path) : read_plain(path));
        corpus.bytes += corpus.pages.back().size();
    }
    return corpus;
}

}  // namespace

std::string corpus_dir() {
    if (const char* dir = std::getenv("ARTNORM_BENCH_CORPUS")) return dir;
    return ARTNORM_DEFAULT_CORPUS;
}

// Benchmarks run on one thread; each corpus is loaded on first use.
const Corpus& text_corpus(const std::string& rendering) {
    static std::map<std::string, Corpus> loaded;
    auto [it, inserted] = loaded.try_emplace(rendering);
    if (inserted) it->second = load(fs::path(corpus_dir()) / "text" / rendering, ".txt", false);
    return it->second;
}

const Corpus& html_corpus() {
    static const Corpus corpus = load(fs::path(corpus_dir()) / "html", ".html.gz", true);
    return corpus;
}

}  // namespace artnorm_bench
