/* Compiles the public header as C (C99 and C11 objects) under -Wall -Wextra
 * -pedantic -Werror, and uses each declaration so that a typo in a prototype
 * or a type shows up here rather than in a host. */
#include "artnorm.h"

#include "artnorm.h" /* include guard works */

const artnorm_api_v1 *artnorm_header_check_c(void);

const artnorm_api_v1 *artnorm_header_check_c(void) {
    artnorm_status status = ARTNORM_OK;
    artnorm_input_format format = ARTNORM_FORMAT_TEXT;
    artnorm_option option = ARTNORM_OPT_CHARSET;
    artnorm_get_api_fn get_api = artnorm_get_api;
    (void)status;
    (void)format;
    (void)option;
    return (const artnorm_api_v1 *)get_api(ARTNORM_ABI_VERSION);
}
