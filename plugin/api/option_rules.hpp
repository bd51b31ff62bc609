// Validating setters over artnorm::Options, shared by artnorm_normalizer_set_int,
// artnorm_normalizer_set_string, artnorm_option_bounds and configure(). A
// setter either changes exactly one field or returns an Error (status
// invalid_option, message naming the option and the rejected value) and
// changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "artnorm.h"
#include "core/error.hpp"
#include "core/options.hpp"

namespace artnorm::api {

struct IntBounds {
    std::int64_t min;
    std::int64_t max;
};

// Option keys are plain ints here: a C host may pass any int as an
// artnorm_option, and in C++ an enum without a fixed underlying type only
// holds its enumerators' bit range, so the ABI entry points read the key with
// option_key() and nothing inside ever holds an out-of-range enum.
int option_key(const artnorm_option& option);

// Range of an integer option; std::nullopt for string and unknown options.
std::optional<IntBounds> int_option_bounds(int key);

std::optional<Error> set_int_option(Options& options, int key, std::int64_t value);

std::optional<Error> set_string_option(Options& options, int key, std::string_view value);

}  // namespace artnorm::api
