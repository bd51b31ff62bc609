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

// Range of an integer option; std::nullopt for string and unknown options.
std::optional<IntBounds> int_option_bounds(artnorm_option option);

std::optional<Error> set_int_option(Options& options, artnorm_option option, std::int64_t value);

std::optional<Error> set_string_option(Options& options, artnorm_option option,
                                       std::string_view value);

}  // namespace artnorm::api
