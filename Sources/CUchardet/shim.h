#ifndef CUCHARDET_SHIM_H
#define CUCHARDET_SHIM_H
/* uchardet (Debian libuchardet-dev): charset detection for pages that do not declare one. */
#include <uchardet/uchardet.h>
#endif
