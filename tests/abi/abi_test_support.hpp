// Helpers for the C ABI tests. They use the public header only (artnorm.h),
// the way a host would; nothing here reaches into the C++ core.
#pragma once

#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "artnorm.hpp"

namespace artnorm_abi_test {

using artnorm_handles::Normalizer;
using artnorm_handles::Result;

// A normalizer with default options; throws if the library cannot make one.
inline Normalizer make_normalizer() {
    artnorm_normalizer* raw = nullptr;
    if (artnorm_normalizer_new(&raw) != ARTNORM_OK || raw == nullptr) {
        throw std::runtime_error("artnorm_normalizer_new failed");
    }
    return Normalizer(raw);
}

inline artnorm_status configure(artnorm_normalizer* normalizer, std::string_view spec) {
    return artnorm_normalizer_configure(normalizer, spec.data(), spec.size());
}

// What one artnorm_normalize call produced, copied out of the result.
struct Outcome {
    artnorm_status status = ARTNORM_ERROR_INTERNAL;
    bool has_result = false;
    artnorm_status result_status = ARTNORM_ERROR_INTERNAL;
    std::string message;
    bool xml_is_null = true;
    std::string xml;
};

inline Outcome normalize(const artnorm_normalizer* normalizer, std::string_view input) {
    Outcome outcome;
    artnorm_result* raw = nullptr;
    outcome.status = artnorm_normalize(normalizer, input.data(), input.size(), &raw);
    const Result result(raw);
    outcome.has_result = result != nullptr;
    if (!result) return outcome;
    outcome.result_status = artnorm_result_status(result.get());
    outcome.message = artnorm_result_message(result.get());
    std::size_t length = 12345;  // must be overwritten
    const char* xml = artnorm_result_xml(result.get(), &length);
    outcome.xml_is_null = xml == nullptr;
    if (xml != nullptr) outcome.xml.assign(xml, length);
    else if (length != 0) outcome.xml = "<length not reset>";
    return outcome;
}

inline std::string read_bytes(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot open " + path);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

inline const std::string& seed_input() {
    static const std::string seed = read_bytes(std::string(ARTNORM_TESTS_DIR) +
                                               "/golden/seed/input.txt");
    return seed;
}

}  // namespace artnorm_abi_test
