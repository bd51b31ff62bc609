// artnorm_normalizer_configure: options from text, all or nothing.
#include <string_view>

#include "artnorm.h"
#include "guard.hpp"
#include "handles.hpp"
#include "option_spec.hpp"
#include "status_map.hpp"

extern "C" artnorm_status artnorm_normalizer_configure(artnorm_normalizer* normalizer,
                                                       const char* spec, size_t spec_len) {
    if (normalizer == nullptr) return ARTNORM_ERROR_NULL_ARGUMENT;
    return artnorm::api::guard(
        [&] {
            // (NULL, 0) is the empty spec: nothing to change.
            if (spec == nullptr && spec_len != 0) {
                normalizer->last_error = "artnorm_normalizer_configure: spec is NULL";
                return ARTNORM_ERROR_NULL_ARGUMENT;
            }
            const std::string_view text =
                spec == nullptr ? std::string_view() : std::string_view(spec, spec_len);
            // Parsed into a copy; the normalizer changes only when every pair is valid.
            auto options = artnorm::api::apply_option_spec(text, normalizer->options);
            if (!options) {
                normalizer->last_error = options.error().message;
                return artnorm::api::to_c_status(options.error().status);
            }
            normalizer->options = std::move(options.value());
            return ARTNORM_OK;
        },
        &normalizer->last_error);
}
