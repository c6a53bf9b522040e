import CAllocatorTuning

/// Keeps a long batch's peak memory flat: glibc's allocator is told, before `main` runs (a C
/// constructor in `CAllocatorTuning`), to keep one arena per processor and to map buffers of
/// 256 KiB and more on their own.
///
/// Without it the peak of `yaodian extract --jobs 1` rose from ~60 MB at 20,000 documents to ~87 MB
/// at 100,000 (`N=100000 scripts/bench`), in steps, never falling back. Two glibc defaults cause
/// that: (1) up to eight arenas per processor, each thread that allocates taking one, and a
/// document's work hops between threads, so several arenas each grow to the size of the biggest
/// documents they have seen and keep their freed pieces; (2) a dynamic mmap threshold: after a
/// big buffer (a 500 KB page's scalars are 2 MB) is freed it rises to that size, so later big
/// buffers come from the arenas too and fragment them. With both set the peak stayed at 45–55 MB
/// on the same 100,000 documents, at no measurable cost in CPU time (README, Speed). Setting them
/// from Swift is too late: glibc fixes the arena limit when a second thread first allocates.
enum AllocatorTuning {
    /// Whether the tuning took effect (false where the C library is not glibc). Reading it also
    /// keeps the constructor's object file in the link.
    static var isApplied: Bool { yaodian_allocator_tuning_applied() == 1 }
}
