// The structs behind the opaque handles of artnorm.h. Only the C ABI layer
// (plugin/api) sees them; hosts hold pointers and call the functions.
#pragma once

#include <string>

#include "artnorm.h"
#include "core/options.hpp"

// Options plus the message of the last failed setter/configure call on it.
// artnorm_normalize only reads `options`, which is what makes a configured
// normalizer shareable between threads.
struct artnorm_normalizer {
    artnorm::Options options;
    std::string last_error;
};

// One normalization outcome, owned by the host until artnorm_result_free.
// `xml` is meaningful only when status == ARTNORM_OK; `message` only otherwise.
struct artnorm_result {
    artnorm_status status = ARTNORM_OK;
    std::string message;
    std::string xml;
};
