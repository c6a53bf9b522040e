#include "allocator_tuning.h"

#include <stdlib.h> /* defines __GLIBC__ where the C library is glibc */

#if defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>
#endif

static int tuning_applied = 0;

#if defined(__GLIBC__)
__attribute__((constructor))
static void yaodian_tune_allocator(void) {
    long processors = sysconf(_SC_NPROCESSORS_ONLN);
    int arenas = processors < 1 ? 1 : (processors > 64 ? 64 : (int)processors);
    int ok = mallopt(M_ARENA_MAX, arenas);
    ok &= mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    tuning_applied = ok ? 1 : 0;
}
#endif

int yaodian_allocator_tuning_applied(void) {
    return tuning_applied;
}
