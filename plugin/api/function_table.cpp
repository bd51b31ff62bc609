// artnorm_get_api: the versioned function table for hosts that dlopen the
// library and look up a single symbol.
#include <cstddef>
#include <cstdint>

#include "artnorm.h"

namespace {

// The table is append-only (ABI version 1 forever keeps these slots): pin
// every member's offset so that a reordering, an insertion or a changed type
// in artnorm.h fails to compile instead of silently breaking old hosts.
constexpr std::size_t kHeaderBytes = 2 * sizeof(std::uint32_t);
constexpr std::size_t slot(std::size_t index) { return kHeaderBytes + index * sizeof(void (*)()); }

static_assert(offsetof(artnorm_api_v1, abi_version) == 0);
static_assert(offsetof(artnorm_api_v1, struct_size) == sizeof(std::uint32_t));
static_assert(offsetof(artnorm_api_v1, version_number) == slot(0));
static_assert(offsetof(artnorm_api_v1, version_string) == slot(1));
static_assert(offsetof(artnorm_api_v1, status_name) == slot(2));
static_assert(offsetof(artnorm_api_v1, normalizer_new) == slot(3));
static_assert(offsetof(artnorm_api_v1, normalizer_free) == slot(4));
static_assert(offsetof(artnorm_api_v1, normalizer_set_int) == slot(5));
static_assert(offsetof(artnorm_api_v1, normalizer_set_string) == slot(6));
static_assert(offsetof(artnorm_api_v1, normalizer_configure) == slot(7));
static_assert(offsetof(artnorm_api_v1, normalizer_last_error) == slot(8));
static_assert(offsetof(artnorm_api_v1, normalize) == slot(9));
static_assert(offsetof(artnorm_api_v1, result_status) == slot(10));
static_assert(offsetof(artnorm_api_v1, result_message) == slot(11));
static_assert(offsetof(artnorm_api_v1, result_xml) == slot(12));
static_assert(offsetof(artnorm_api_v1, result_free) == slot(13));
static_assert(offsetof(artnorm_api_v1, option_bounds) == slot(14));
static_assert(sizeof(artnorm_api_v1) == slot(15), "a new member needs its offset pinned here");

constexpr artnorm_api_v1 kApiV1 = {
    .abi_version = 1,
    .struct_size = sizeof(artnorm_api_v1),
    .version_number = artnorm_version_number,
    .version_string = artnorm_version_string,
    .status_name = artnorm_status_name,
    .normalizer_new = artnorm_normalizer_new,
    .normalizer_free = artnorm_normalizer_free,
    .normalizer_set_int = artnorm_normalizer_set_int,
    .normalizer_set_string = artnorm_normalizer_set_string,
    .normalizer_configure = artnorm_normalizer_configure,
    .normalizer_last_error = artnorm_normalizer_last_error,
    .normalize = artnorm_normalize,
    .result_status = artnorm_result_status,
    .result_message = artnorm_result_message,
    .result_xml = artnorm_result_xml,
    .result_free = artnorm_result_free,
    .option_bounds = artnorm_option_bounds,
};
static_assert(ARTNORM_ABI_VERSION == 1, "add a table for the new ABI version");

}  // namespace

extern "C" const void* artnorm_get_api(unsigned abi_version) {
    return abi_version == 1 ? &kApiV1 : nullptr;
}
