import CAllocatorTuning

/// Keeps a long batch's peak memory flat by telling glibc's allocator how this process uses memory:
/// - one heap arena per worker (plus the main thread's when there are several workers), since
///   glibc's default of up to eight per processor lets each arena grow to the biggest documents it
///   has seen and keep their freed pieces while work hops between threads;
/// - a fixed mmap threshold of 256 KiB, so big buffers (a large page's scalars) are mapped apart
///   and never fragment the arenas, where a dynamic threshold would rise after each big free;
/// - up to 4 MiB kept free at the heap's top, so the next document does not fault in the same
///   pages the last one gave back.
/// The figures behind these choices are in docs/benchmarks.md and the commit history.
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
