#ifndef YAODIAN_ALLOCATOR_TUNING_H
#define YAODIAN_ALLOCATOR_TUNING_H

/// Caps glibc's malloc arenas at `arenas` and fixes its mmap threshold at `mmap_threshold` bytes
/// (which also stops glibc from raising it after each big free). Call before the threads that
/// will allocate start working. Returns 1 when both were set, 0 when one was refused or the C
/// library is not glibc.
int yaodian_tune_allocator(int arenas, int mmap_threshold);

#endif
