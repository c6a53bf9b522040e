#ifndef YAODIAN_ALLOCATOR_TUNING_H
#define YAODIAN_ALLOCATOR_TUNING_H

/// Caps glibc's malloc arenas at `arenas`, fixes its mmap threshold at `mmap_threshold` bytes
/// (which also stops glibc from raising it after each big free) and lets the heap keep up to
/// `trim_threshold` free bytes at its top instead of giving them back to the kernel. Call before
/// the threads that will allocate start working. Returns 1 when all were set, 0 when one was
/// refused or the C library is not glibc.
int yaodian_tune_allocator(int arenas, int mmap_threshold, int trim_threshold);

#endif
