/* A probe that puts every public type of artnorm.h into one exported
 * signature. artnorm_get_api returns `const void *`, so abidw never sees the
 * layout of artnorm_api_v1 (nor artnorm_input_format, passed as an int) in
 * libartnorm.so.1 itself; this probe, built with -g from the public header
 * alone, makes those layouts part of a checked baseline
 * (tests/abi-check/public-types.abi). */
#include "artnorm.h"

ARTNORM_API size_t artnorm_abi_probe_public_types(const artnorm_api_v1 *table,
                                                  artnorm_input_format format,
                                                  artnorm_option option,
                                                  artnorm_status status,
                                                  artnorm_get_api_fn get_api) {
    return sizeof *table + (size_t)format + (size_t)option + (size_t)status +
           (get_api != NULL);
}
