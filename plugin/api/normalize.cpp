// artnorm_normalize and the accessors of its result.
#include <memory>
#include <string_view>

#include "artnorm.h"
#include "core/normalize.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "status_map.hpp"

namespace {

// Fallback text for a failure the core reported without a message, so that a
// failed result never carries an empty message.
const char* default_message(artnorm_status status) {
    switch (status) {
        case ARTNORM_ERROR_INVALID_INPUT: return "the input was rejected";
        case ARTNORM_ERROR_EMPTY_INPUT: return "the input holds no text";
        case ARTNORM_ERROR_INPUT_TOO_LARGE: return "the input is larger than max-input-bytes";
        case ARTNORM_ERROR_UNSUPPORTED: return "this build does not support that input";
        case ARTNORM_ERROR_NO_ARTICLE: return "no article body was found";
        default: return "internal error";
    }
}

// The work, run behind the exception guard. Writes the outcome into result.
artnorm_status normalize_into(artnorm_result& result, const artnorm_normalizer* normalizer,
                              const char* input, size_t input_len) {
    if (normalizer == nullptr || (input == nullptr && input_len != 0)) {
        result.message = normalizer == nullptr ? "artnorm_normalize: normalizer is NULL"
                                               : "artnorm_normalize: input is NULL";
        return ARTNORM_ERROR_NULL_ARGUMENT;
    }
    // (NULL, 0) is the empty input; the core decides what empty input means.
    const std::string_view bytes =
        input == nullptr ? std::string_view() : std::string_view(input, input_len);
    auto xml = artnorm::normalize_to_xml(bytes, normalizer->options);
    if (!xml) {
        artnorm_status status = artnorm::api::to_c_status(xml.error().status);
        // An "error" that says ok would hand out a result without XML: a bug.
        if (status == ARTNORM_OK) status = ARTNORM_ERROR_INTERNAL;
        result.message = xml.error().message;
        if (result.message.empty()) result.message = default_message(status);
        return status;
    }
    result.xml = std::move(xml.value());
    return ARTNORM_OK;
}

}  // namespace

extern "C" artnorm_status artnorm_normalize(const artnorm_normalizer* normalizer,
                                            const char* input, size_t input_len,
                                            artnorm_result** out) {
    if (out == nullptr) return ARTNORM_ERROR_NULL_ARGUMENT;
    std::unique_ptr<artnorm_result> result;
    const artnorm_status allocated = artnorm::api::guard([&result] {
        result = std::make_unique<artnorm_result>();
        return ARTNORM_OK;
    });
    if (allocated != ARTNORM_OK) return allocated;  // no result to carry the error

    result->status = artnorm::api::guard(
        [&] { return normalize_into(*result, normalizer, input, input_len); }, &result->message);
    if (result->status != ARTNORM_OK) result->xml.clear();
    const artnorm_status status = result->status;
    *out = result.release();
    return status;
}

extern "C" artnorm_status artnorm_result_status(const artnorm_result* result) {
    return result == nullptr ? ARTNORM_ERROR_NULL_ARGUMENT : result->status;
}

extern "C" const char* artnorm_result_message(const artnorm_result* result) {
    return result == nullptr ? "" : result->message.c_str();
}

extern "C" const char* artnorm_result_xml(const artnorm_result* result, size_t* xml_len) {
    if (result == nullptr || result->status != ARTNORM_OK) {
        if (xml_len != nullptr) *xml_len = 0;
        return nullptr;
    }
    if (xml_len != nullptr) *xml_len = result->xml.size();
    return result->xml.c_str();
}

extern "C" void artnorm_result_free(artnorm_result* result) {
    const std::unique_ptr<artnorm_result> owned(result);
}
