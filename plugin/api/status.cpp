// artnorm_status_name: the stable spelling of every status code.
#include "artnorm.h"

extern "C" const char* artnorm_status_name(int status) {
    switch (status) {
        case ARTNORM_OK: return "ARTNORM_OK";
        case ARTNORM_ERROR_NULL_ARGUMENT: return "ARTNORM_ERROR_NULL_ARGUMENT";
        case ARTNORM_ERROR_INVALID_OPTION: return "ARTNORM_ERROR_INVALID_OPTION";
        case ARTNORM_ERROR_INVALID_INPUT: return "ARTNORM_ERROR_INVALID_INPUT";
        case ARTNORM_ERROR_EMPTY_INPUT: return "ARTNORM_ERROR_EMPTY_INPUT";
        case ARTNORM_ERROR_INPUT_TOO_LARGE: return "ARTNORM_ERROR_INPUT_TOO_LARGE";
        case ARTNORM_ERROR_UNSUPPORTED: return "ARTNORM_ERROR_UNSUPPORTED";
        case ARTNORM_ERROR_OUT_OF_MEMORY: return "ARTNORM_ERROR_OUT_OF_MEMORY";
        case ARTNORM_ERROR_INTERNAL: return "ARTNORM_ERROR_INTERNAL";
        case ARTNORM_ERROR_NO_ARTICLE: return "ARTNORM_ERROR_NO_ARTICLE";
    }
    return "ARTNORM_UNKNOWN_STATUS";
}
