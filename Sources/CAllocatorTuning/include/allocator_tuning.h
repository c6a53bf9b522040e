#ifndef YAODIAN_ALLOCATOR_TUNING_H
#define YAODIAN_ALLOCATOR_TUNING_H

/// 1 when glibc's allocator was tuned at load time (arenas capped at the number of online
/// processors, mmap threshold fixed at 256 KiB), 0 when it was not (not glibc, or refused).
///
/// The tuning runs in a load-time constructor because glibc fixes its arena limit the first time
/// a second thread allocates, which happens before any Swift code of the command runs.
int yaodian_allocator_tuning_applied(void);

#endif
