// Normalizer handles: creation, option setters, bounds, last error.
#include <memory>
#include <optional>
#include <string_view>

#include "artnorm.h"
#include "guard.hpp"
#include "handles.hpp"
#include "option_rules.hpp"
#include "status_map.hpp"
#include "xml/libxml_init.hpp"

using artnorm::api::guard;

namespace {

// Keeps the message of a failed setter on the handle and returns its status.
artnorm_status record(artnorm_normalizer& normalizer, std::optional<artnorm::Error> error) {
    if (!error) return ARTNORM_OK;
    normalizer.last_error = std::move(error->message);
    return artnorm::api::to_c_status(error->status);
}

}  // namespace

extern "C" artnorm_status artnorm_normalizer_new(artnorm_normalizer** out) {
    if (out == nullptr) return ARTNORM_ERROR_NULL_ARGUMENT;
    return guard([out] {
        // libxml2's lazy initialization is not thread-safe; every normalizer
        // exists before it normalizes, so initializing here covers all threads.
        artnorm::xml::ensure_libxml_initialized();
        *out = std::make_unique<artnorm_normalizer>().release();
        return ARTNORM_OK;
    });
}

extern "C" void artnorm_normalizer_free(artnorm_normalizer* normalizer) {
    const std::unique_ptr<artnorm_normalizer> owned(normalizer);
}

extern "C" artnorm_status artnorm_normalizer_set_int(artnorm_normalizer* normalizer,
                                                     artnorm_option option, int64_t value) {
    if (normalizer == nullptr) return ARTNORM_ERROR_NULL_ARGUMENT;
    return guard(
        [&] {
            return record(*normalizer,
                          artnorm::api::set_int_option(normalizer->options,
                                                        artnorm::api::option_key(option), value));
        },
        &normalizer->last_error);
}

extern "C" artnorm_status artnorm_normalizer_set_string(artnorm_normalizer* normalizer,
                                                        artnorm_option option, const char* value,
                                                        size_t value_len) {
    if (normalizer == nullptr) return ARTNORM_ERROR_NULL_ARGUMENT;
    return guard(
        [&] {
            // (NULL, 0) is the empty string; NULL with a length is a bug.
            if (value == nullptr && value_len != 0) {
                normalizer->last_error = "artnorm_normalizer_set_string: value is NULL";
                return ARTNORM_ERROR_NULL_ARGUMENT;
            }
            const std::string_view text =
                value == nullptr ? std::string_view() : std::string_view(value, value_len);
            return record(*normalizer,
                          artnorm::api::set_string_option(
                              normalizer->options, artnorm::api::option_key(option), text));
        },
        &normalizer->last_error);
}

extern "C" artnorm_status artnorm_option_bounds(artnorm_option option, int64_t* min_value,
                                                int64_t* max_value) {
    if (min_value == nullptr || max_value == nullptr) return ARTNORM_ERROR_NULL_ARGUMENT;
    const auto bounds = artnorm::api::int_option_bounds(artnorm::api::option_key(option));
    if (!bounds) return ARTNORM_ERROR_INVALID_OPTION;
    *min_value = bounds->min;
    *max_value = bounds->max;
    return ARTNORM_OK;
}

extern "C" const char* artnorm_normalizer_last_error(const artnorm_normalizer* normalizer) {
    return normalizer == nullptr ? "" : normalizer->last_error.c_str();
}
