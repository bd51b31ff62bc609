/*
 * artnorm.hpp — header-only C++ owners for the handles of artnorm.h.
 *
 * Nothing here is compiled into the library and no C++ type crosses the ABI:
 * these are std::unique_ptr aliases whose deleters call the C *_free
 * functions, so every exit path of a C++ host frees what the library handed
 * out.
 */
#ifndef ARTNORM_HPP
#define ARTNORM_HPP

#include <memory>

#include "artnorm.h"

namespace artnorm_handles {

struct NormalizerFree {
    void operator()(artnorm_normalizer *normalizer) const { artnorm_normalizer_free(normalizer); }
};
struct ResultFree {
    void operator()(artnorm_result *result) const { artnorm_result_free(result); }
};

using Normalizer = std::unique_ptr<artnorm_normalizer, NormalizerFree>;
using Result = std::unique_ptr<artnorm_result, ResultFree>;

}  // namespace artnorm_handles

#endif /* ARTNORM_HPP */
