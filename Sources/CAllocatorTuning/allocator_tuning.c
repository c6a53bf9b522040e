#include "allocator_tuning.h"

#include <stdlib.h> /* defines __GLIBC__ where the C library is glibc */

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int yaodian_tune_allocator(int arenas, int mmap_threshold, int trim_threshold) {
#if defined(__GLIBC__)
    int ok = mallopt(M_ARENA_MAX, arenas);
    ok &= mallopt(M_MMAP_THRESHOLD, mmap_threshold);
    ok &= mallopt(M_TRIM_THRESHOLD, trim_threshold);
    return ok ? 1 : 0;
#else
    (void)arenas;
    (void)mmap_threshold;
    (void)trim_threshold;
    return 0;
#endif
}
