// RAII owners for the C handles of artnorm.h, so that every exit path of the
// program frees what the library handed out.
#pragma once

#include <memory>

#include "artnorm.h"

namespace artnorm_cli {

struct NormalizerFree {
    void operator()(artnorm_normalizer* normalizer) const { artnorm_normalizer_free(normalizer); }
};
struct ResultFree {
    void operator()(artnorm_result* result) const { artnorm_result_free(result); }
};

using Normalizer = std::unique_ptr<artnorm_normalizer, NormalizerFree>;
using Result = std::unique_ptr<artnorm_result, ResultFree>;

}  // namespace artnorm_cli
