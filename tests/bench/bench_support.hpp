// Runs one normalization through the public C API, as a host would.
#pragma once

#include <benchmark/benchmark.h>

#include <string>
#include <string_view>

#include "artnorm.hpp"

namespace artnorm_bench {

inline artnorm_handles::Normalizer make_normalizer(std::string_view spec) {
    artnorm_normalizer* raw = nullptr;
    artnorm_normalizer_new(&raw);
    artnorm_handles::Normalizer normalizer(raw);
    artnorm_normalizer_configure(normalizer.get(), spec.data(), spec.size());
    return normalizer;
}

// Normalizes input; returns the XML size (0 on failure) so the work cannot be
// optimized away.
inline std::size_t normalize(const artnorm_normalizer* normalizer, const std::string& input) {
    artnorm_result* raw = nullptr;
    artnorm_normalize(normalizer, input.data(), input.size(), &raw);
    artnorm_handles::Result result(raw);
    std::size_t length = 0;
    artnorm_result_xml(result.get(), &length);
    return length;
}

}  // namespace artnorm_bench
