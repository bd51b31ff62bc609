// artnorm::Status (C++ core) <-> artnorm_status (C ABI). The two enums mirror
// each other by value; the static_asserts make any drift a compile error, so
// the conversion can stay a cast.
#pragma once

#include "artnorm.h"
#include "core/error.hpp"

namespace artnorm::api {

#define ARTNORM_SAME_CODE(cxx, c) \
    static_assert(static_cast<int>(Status::cxx) == static_cast<int>(c), #cxx " drifted from " #c)
ARTNORM_SAME_CODE(ok, ARTNORM_OK);
ARTNORM_SAME_CODE(null_argument, ARTNORM_ERROR_NULL_ARGUMENT);
ARTNORM_SAME_CODE(invalid_option, ARTNORM_ERROR_INVALID_OPTION);
ARTNORM_SAME_CODE(invalid_input, ARTNORM_ERROR_INVALID_INPUT);
ARTNORM_SAME_CODE(empty_input, ARTNORM_ERROR_EMPTY_INPUT);
ARTNORM_SAME_CODE(input_too_large, ARTNORM_ERROR_INPUT_TOO_LARGE);
ARTNORM_SAME_CODE(unsupported, ARTNORM_ERROR_UNSUPPORTED);
ARTNORM_SAME_CODE(out_of_memory, ARTNORM_ERROR_OUT_OF_MEMORY);
ARTNORM_SAME_CODE(internal, ARTNORM_ERROR_INTERNAL);
ARTNORM_SAME_CODE(no_article, ARTNORM_ERROR_NO_ARTICLE);
#undef ARTNORM_SAME_CODE

inline constexpr artnorm_status to_c_status(Status status) {
    return static_cast<artnorm_status>(status);
}

}  // namespace artnorm::api
