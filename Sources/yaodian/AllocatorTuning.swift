import CAllocatorTuning

/// Keeps a long batch's peak memory flat by telling glibc's allocator how this process uses memory.
///
/// Without it the peak of `yaodian extract --jobs 1` rose in steps from ~60 MB at 20,000 documents
/// to 85–87 MB at 100,000 (`N=100000 scripts/bench`), and by how much depended on timing. Two glibc
/// defaults cause that: (1) up to eight heap arenas per processor, a thread taking another arena
/// when the one it used is busy, while a document's work hops between the concurrency pool's
/// threads — so several arenas each grow to hold the biggest documents they have seen and keep
/// their freed pieces; (2) a dynamic mmap threshold: once a big buffer (a 500 KB page's scalars are
/// 2 MB) is freed the threshold rises to its size, so later big buffers come from the arenas too
/// and fragment them. With the threshold fixed at 256 KiB and one arena per worker the same run
/// peaked at 48–59 MB (43–56 MB at 20,000), at no measurable cost in CPU time (README, Speed).
/// The main thread's arena counts as one: with `--jobs 2` and two arenas the two workers shared
/// one and lost 20% of their speed to its lock, so above one worker there is one more arena than
/// workers. Giving free pages back every 256 documents (`malloc_trim`) was tried and raised the peak.
///
/// (3) glibc gives the top of the heap back to the kernel whenever more than 128 KiB of it is
/// free — after nearly every document — and the next document takes the same pages again, each a
/// page fault. Keeping up to 4 MiB there cut the faults of `extract` over
/// `.bench/corpus-2000-s1/html` from 64,000 to 28,000 (`--jobs 1`, peak 40 → 42 MB) and from
/// 68,000 to 33,000 (`--jobs 2`, 45 → 46 MB); 32 MiB saved no more faults and kept more memory
/// in each arena.
enum AllocatorTuning {
    /// The arenas for `workers` documents processed at once: one when there is one (the main
    /// thread's, shared by the worker and the writer, which take turns), else one more than the
    /// workers (the main thread's arena is one of them).
    static func arenas(workers: Int) -> Int32 {
        workers <= 1 ? 1 : Int32(clamping: workers + 1)
    }

    /// Call once, before the workers start allocating. False where the C library is not glibc.
    @discardableResult
    static func apply(workers: Int) -> Bool {
        yaodian_tune_allocator(arenas(workers: workers), 256 * 1024, 4 << 20) == 1
    }
}
