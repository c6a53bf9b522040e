#if canImport(Glibc)
import Glibc
#endif

/// CPU time spent in each pipeline stage, summed over documents (for `scripts/bench` and
/// `yaodian extract --timings`). Measured with the calling thread's CPU clock, so parallel
/// workers add up to total CPU time, not wall time.
public struct StageTimings: Sendable, Codable, Hashable {
    public var ingest: Double = 0
    public var clean: Double = 0
    public var metadata: Double = 0
    public var segment: Double = 0
    public var extract: Double = 0
    public var audit: Double = 0
    public var emit: Double = 0
    public var documents: Int = 0

    public init() {}

    public static func + (a: StageTimings, b: StageTimings) -> StageTimings {
        var r = a
        r.ingest += b.ingest
        r.clean += b.clean
        r.metadata += b.metadata
        r.segment += b.segment
        r.extract += b.extract
        r.audit += b.audit
        r.emit += b.emit
        r.documents += b.documents
        return r
    }

    /// Seconds of CPU time used by the calling thread so far.
    public static func threadCPUTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// Measures consecutive stages: each `lap` charges the time since the previous one.
package struct StageStopwatch {
    private var last = StageTimings.threadCPUTime()

    package mutating func lap() -> Double {
        let now = StageTimings.threadCPUTime()
        defer { last = now }
        return now - last
    }
}
