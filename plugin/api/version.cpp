// Runtime versions of the loaded library, for hosts to compare with the
// macros they were compiled against.
#include "artnorm.h"

extern "C" unsigned artnorm_version_number(void) { return ARTNORM_VERSION_NUMBER; }

extern "C" const char* artnorm_version_string(void) { return ARTNORM_VERSION_STRING; }

extern "C" unsigned artnorm_abi_version(void) { return ARTNORM_ABI_VERSION; }
