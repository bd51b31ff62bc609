// STUB — to be replaced by the C ABI engineer.
#include "artnorm.h"
extern "C" unsigned artnorm_version_number(void) { return ARTNORM_VERSION_NUMBER; }
