#ifndef COPENCC_SHIM_H
#define COPENCC_SHIM_H
/* OpenCC's C API (Debian libopencc-dev): Traditional → Simplified conversion for matching. */
#include <opencc/opencc.h>
#endif
